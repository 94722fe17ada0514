"""Backups before bulk changes and migrations, kept to the last N, listed and restored."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from core import backups, regions
from core.errors import FileProblem
from core.lockfile import lock_path_for
from core.store import Store, create_store, open_store


def region_names(path: Path) -> list[str]:
    with open_store(path, read_only=True) as store:
        return [r.name for r in regions.list_regions(store)]


def test_a_backup_is_a_consistent_copy_that_says_what_followed(store: Store) -> None:
    regions.create_region(store, "Kota Sebelum", "kota")
    made = backups.backup_before_change(store, "Pindahkan 11.581 aset")
    regions.create_region(store, "Kota Sesudah", "kota")
    assert made.parent == store.path.parent and made.name.startswith("uji.cadangan-sebelum-")
    [listed] = backups.list_backups(store.path, file_id=store.meta("file_id"))
    assert listed.path == made and listed.size == made.stat().st_size
    assert backups.reason_text(listed) == "Pindahkan 11.581 aset"
    assert listed.made_at[:4].isdigit() and "T" in listed.made_at
    assert region_names(made) == ["Kota Sebelum"]
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM undo_steps").fetchone()[0] == 0
    conn.close()


def test_only_the_last_n_backups_of_this_file_are_kept(tmp_path: Path) -> None:
    other = create_store(tmp_path / "lain.sotk")
    backups.backup_before_change(other, "milik berkas lain")
    other.close()
    store = create_store(tmp_path / "kantor.sotk")
    chosen = backups.Policy(keep=3)
    for number in range(5):
        regions.create_region(store, f"Kota {number}", "kota")
        backups.make_backup(store, store.path, "{label}", reason_params={"label": f"langkah {number}"}, chosen=chosen)
    kept = backups.list_backups(store.path, chosen)
    assert [backups.reason_text(b) for b in kept] == ["langkah 4", "langkah 3", "langkah 2"]  # newest first
    assert len(list(tmp_path.glob("kantor.cadangan-*.sotk"))) == 3
    assert len(list(tmp_path.glob("lain.cadangan-*.sotk"))) == 1  # another file's backups stay
    store.close()


def test_backups_go_to_the_folder_chosen(tmp_path: Path) -> None:
    folder = tmp_path / "cadangan"
    store = create_store(tmp_path / "kantor.sotk")
    made = backups.make_backup(store, store.path, "{label}", reason_params={"label": "x"}, chosen=backups.Policy(folder, 10))
    assert made.parent == folder
    assert [b.path for b in backups.list_backups(store.path, backups.Policy(folder, 10))] == [made]
    store.close()


def test_no_backup_no_change(tmp_path: Path) -> None:
    store = create_store(tmp_path / "kantor.sotk")
    blocked = tmp_path / "bukan-folder"
    blocked.write_text("x")
    with pytest.raises(FileProblem) as caught:
        backups.make_backup(store, store.path, "{label}", reason_params={"label": "x"}, chosen=backups.Policy(blocked, 10))
    assert "kantor.sotk" in caught.value.message and "tidak dijalankan" in caught.value.message
    store.close()


def test_restoring_keeps_the_current_file_as_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    regions.create_region(store, "Kota Lama", "kota")
    chosen = backups.Policy(keep=10)
    old = backups.backup_before_change(store, "Pindahkan 40 pegawai")
    regions.create_region(store, "Kota Baru", "kota")
    store.close()

    kept = backups.restore_backup(path, old, chosen)
    assert region_names(path) == ["Kota Lama"]
    assert sorted(region_names(kept)) == ["Kota Baru", "Kota Lama"]  # what was there before restoring
    reasons = {b.path: backups.reason_text(b) for b in backups.list_backups(path, chosen)}
    assert reasons[kept] == f"sebelum memulihkan cadangan {old.name}"
    with open_store(path) as reopened:  # a document again, writable, not itself marked a backup
        assert not reopened.read_only and reopened.meta("backup_made_at") == ""
    assert not list(tmp_path.glob(".*sementara"))


def test_restoring_never_replaces_a_file_another_program_has_open(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    old = backups.backup_before_change(store, "x")
    regions.create_region(store, "Kota Baru", "kota")
    store.close()
    owner = {"user": "siti", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-11-23T08:00:00+07:00"}
    lock_path_for(path).write_text(json.dumps(owner), encoding="utf-8")
    with pytest.raises(FileProblem) as caught:
        backups.restore_backup(path, old)
    assert "siti" in caught.value.message
    assert region_names(path) == ["Kota Baru"]


def test_a_damaged_backup_is_refused_and_the_file_stays(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    old = backups.backup_before_change(store, "x")
    regions.create_region(store, "Kota Baru", "kota")
    store.close()
    data = bytearray(old.read_bytes())
    data[16:18] = b"\x00\x03"
    old.write_bytes(bytes(data))
    with pytest.raises(FileProblem):
        backups.restore_backup(path, old)
    assert region_names(path) == ["Kota Baru"]
