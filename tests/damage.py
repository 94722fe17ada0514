"""Damaged and foreign files as users meet them: each case turns a copy of a sound file
into one way a ``.sotk`` file goes wrong (shared by the command-line and window tests)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(12).randbytes(64 * 1024))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flipped_mid_file(path: Path) -> None:
    """Eight pages in the middle of the file scrambled, as a bad sector or a torn copy does."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    for i in range(middle, middle + 8 * 4096):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _other_program(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Siti', '0812')")
    conn.commit()
    conn.close()


def _pragma(statement: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(statement)
        conn.commit()
        conn.close()

    return change


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


CASES: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "random-bytes": _random_bytes,
    "truncated": _truncated,
    "flipped-mid-file": _flipped_mid_file,
    "other-program": _other_program,
    "user-version-0": _pragma("PRAGMA user_version = 0"),
    "user-version-999": _pragma("PRAGMA user_version = 999"),
    "units-dropped": _pragma("DROP TABLE units"),
    "assets-dropped": _pragma("DROP TABLE assets"),
    "directory": _directory,
}

# What the message must say for each case (Indonesian, as the user reads it).
SAYS: dict[str, str] = {
    "empty": "kosong",
    "random-bytes": "bukan berkas SOTK Planner",
    "truncated": "terpotong",
    "flipped-mid-file": "rusak",
    "other-program": "bukan berkas SOTK Planner",
    "user-version-0": "tidak dapat diperbarui",
    "user-version-999": "lebih baru",
    "units-dropped": "tabel units tidak ada",
    "assets-dropped": "tabel assets tidak ada",
    "directory": "folder",
}


def damaged_copy(sound: Path, folder: Path, case: str) -> Path:
    """A copy of ``sound`` in ``folder``, damaged the way ``case`` says."""
    target = folder / f"{case}.sotk"
    shutil.copy(sound, target)
    CASES[case](target)
    return target


def without_permission(sound: Path, folder: Path) -> Path:
    target = folder / "no-permission.sotk"
    shutil.copy(sound, target)
    os.chmod(target, 0)
    return target
