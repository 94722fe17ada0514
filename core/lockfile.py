"""A lock file beside an open ``.sotk`` file, as office programs keep one.

SQLite's own locks last only for a transaction; two people editing the same file on
a shared folder would overwrite each other's view of it. The lock file names who has
the file open (user, computer, process, since when), so a second program opens the
file read-only and can say who has it, or the user can take over a stale lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from core.audit import os_user


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock file, as written in it."""

    user: str
    host: str
    pid: int
    since: str

    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def looks_stale(self) -> bool:
        """True when the owner ran on this computer and its process is gone."""
        return self.host == socket.gethostname() and not pid_alive(self.pid)


def lock_path_for(db_path: Path) -> Path:
    """``report.sotk`` → ``.~lock.report.sotk#`` in the same folder (LibreOffice's pattern)."""
    return db_path.with_name(f".~lock.{db_path.name}#")


def held_by_other(db_path: Path) -> LockOwner | None:
    """Who else has this data file open (None: nobody, this program, or a lock left by a
    crash on this computer): such a file must not be replaced or deleted under them."""
    owner = FileLock(db_path).read_owner()
    if owner is None or owner.is_this_process() or owner.looks_stale():
        return None
    return owner


def owner_alive_here(owner: LockOwner) -> bool:
    """The owner runs on this very computer and its program is still open: taking over
    would let two programs write to one file."""
    return owner.host == socket.gethostname() and pid_alive(owner.pid)


class FileLock:
    """The lock file of one data file; ``acquire`` either takes it or names its owner."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self.held = False

    def acquire(self, *, take_over: bool = False) -> LockOwner | None:
        """Take the lock. Returns ``None`` on success, else the owner who has it.

        ``take_over`` replaces a lock held by someone else; the user asked for it.
        Raises ``OSError`` when the folder cannot hold a lock file (read-only share).
        """
        me = LockOwner(os_user(), socket.gethostname(), os.getpid(), datetime.now().astimezone().isoformat(timespec="seconds"))
        if take_over:
            self._write(me, exclusive=False)
            return None
        try:
            self._write(me, exclusive=True)
            return None
        except FileExistsError:
            owner = self.read_owner()
            if owner is None or owner.is_this_process() or (owner.looks_stale() and owner.user == me.user):
                # Unreadable (half-written), our own, or left by our own program that
                # crashed on this computer: ours to rewrite. Anyone else's needs the user's say.
                self._write(me, exclusive=False)
                return None
            return owner

    def read_owner(self) -> LockOwner | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def release(self) -> None:
        """Remove the lock file if it is still ours (a taker-over may have replaced it)."""
        if not self.held:
            return
        self.held = False
        owner = self.read_owner()
        if owner is not None and owner.is_this_process():
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _write(self, owner: LockOwner, *, exclusive: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
        fd = os.open(self.path, flags, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(owner), handle)
        if sys.platform == "win32":
            _hide_on_windows(self.path)
        self.held = True


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer still runs (no signal is sent)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _hide_on_windows(path: Path) -> None:
    import ctypes

    file_attribute_hidden = 0x02
    ctypes.windll.kernel32.SetFileAttributesW(str(path), file_attribute_hidden)  # type: ignore[attr-defined]
