"""After a crash: a change left unfinished is rolled back when the file is next opened, and
the user is told; only a file that truly cannot be written is called read-only, with the
true reason. A file another tool left in WAL mode is read without leaving files beside it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import units
from core.errors import FileProblem
from core.store import ReadOnlyReason, create_store, open_store
from tools.crash_harness import fingerprint, fingerprint_conn

ROOT = Path(__file__).resolve().parents[2]


def crashed_copy(source: Path, target: Path) -> None:
    """``target``: ``source`` as a program killed in the middle of a big write leaves it,
    half-written pages in the file and the hot journal beside it."""
    work = target.with_name("kerja-" + target.name)
    shutil.copy(source, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA cache_size = 10")  # spill changed pages into the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE assets SET name = name || ' (dipindah)'")
    conn.execute("DELETE FROM staff")
    shutil.copy(work, target)
    shutil.copy(work.with_name(work.name + "-journal"), target.with_name(target.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    work.unlink()


def test_an_unfinished_change_is_rolled_back_and_the_user_told(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    crashed_copy(sample_file, path)
    assert path.with_name("kantor.sotk-journal").exists()
    store = open_store(path)
    assert not store.read_only
    [notice] = store.notices
    assert "belum selesai itu sudah diurungkan" in notice.message and str(path) in notice.message
    assert not path.with_name("kantor.sotk-journal").exists()
    assert fingerprint_conn(store.conn) == fingerprint(sample_file)  # every row as before the change
    units.update_unit(store, store.scalar("SELECT min(id) FROM units"), name="Dinas Baru")  # writable for real
    store.close()


def test_every_command_opens_a_crashed_file_and_says_what_was_undone(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    crashed_copy(sample_file, path)
    result = subprocess.run([sys.executable, "main.py", "info", str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Catatan: Program berhenti di tengah sebuah perubahan pada berkas " + str(path))
    assert "Kalimantan Barat" in result.stdout and "hanya-baca" not in result.stderr
    again = subprocess.run([sys.executable, "main.py", "info", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0 and again.stderr == ""  # told once: nothing is left to undo


def test_a_crashed_file_that_cannot_be_written_is_refused_plainly(
    sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kantor.sotk"
    crashed_copy(sample_file, path)
    before = path.read_bytes()
    monkeypatch.setattr("core.store._write_blocker", lambda p: ReadOnlyReason("media penyimpanannya hanya-baca"))
    with pytest.raises(FileProblem) as caught:
        open_store(path, read_only=True)
    message = caught.value.message
    assert "perubahan yang belum selesai" in message and "media penyimpanannya hanya-baca" in message
    assert "kantor.sotk-journal" in message and "tidak dapat dibaca dengan benar" in message
    assert path.read_bytes() == before and path.with_name("kantor.sotk-journal").exists()


def test_the_journal_of_a_program_still_writing_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    create_store(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO meta (key, value) VALUES ('catatan', 'sedang ditulis')")
    assert path.with_name("kantor.sotk-journal").exists()
    with open_store(path, read_only=True) as reader:
        assert reader.notices == []
        assert reader.meta("catatan") == ""
    writer.execute("COMMIT")
    writer.close()
    with open_store(path, read_only=True) as reader:
        assert reader.meta("catatan") == "sedang ditulis"


def test_read_only_says_the_true_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kantor.sotk"
    create_store(path).close()
    monkeypatch.setattr("core.store._on_read_only_medium", lambda p: True)
    with open_store(path) as store:
        assert store.read_only_reason is not None
        assert store.read_only_reason.template == "media penyimpanannya hanya-baca"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write any folder whatever its permissions")
def test_a_folder_that_cannot_be_written_is_named_as_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "bersama"
    folder.mkdir()
    path = folder / "kantor.sotk"
    create_store(path).close()
    folder.chmod(0o555)
    try:
        with open_store(path) as store:
            assert store.read_only_reason is not None
            assert store.read_only_reason.template == "folder berkas tidak dapat ditulisi"
    finally:
        folder.chmod(0o755)


def wal_copy(source: Path, target: Path) -> None:
    """``target``: ``source`` as a tool using WAL mode leaves it, one committed row still
    in its -wal file (the tool was closed without a checkpoint)."""
    work = target.with_name("kerja-" + target.name)
    shutil.copy(source, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO meta (key, value) VALUES ('dari_wal', 'ya')")
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(work.with_name(work.name + suffix), target.with_name(target.name + suffix))
    conn.close()
    work.unlink()


def test_a_wal_file_is_read_without_leaving_files_beside_it(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    wal_copy(sample_file, path)
    result = subprocess.run(
        [sys.executable, "main.py", "info", str(path), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "mode jurnal WAL" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kantor.sotk"]
    with open_store(path, read_only=True) as store:
        assert store.meta("dari_wal") == "ya"  # what was in the WAL is in the file now
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kantor.sotk"]
