"""Opening and creating data files, and every way a file can be unfit to open."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import regions, schema
from core.errors import FileProblem, ReadOnlyError
from core.lockfile import lock_path_for
from core.store import create_store, open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_the_whole_model_and_safe_settings(tmp_path: Path) -> None:
    store = create_store(tmp_path / "baru.sotk")
    tables = {r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (
        "regions",
        "editions",
        "units",
        "unit_functions",
        "unit_urusan",
        "unit_programs",
        "positions",
        "position_competencies",
        "competencies",
        "staff",
        "assessments",
        "assets",
        "asset_transfers",
        "restructurings",
        "unit_mappings",
        "audit_log",
    ):
        assert table in tables
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA journal_mode") == "delete"
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    store.close()


def test_closing_and_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "x.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Kabupaten Uji", "kabupaten", edition_name="Perbup 7/2023")
    store.close()
    again = open_store(path)
    assert [r.name for r in regions.list_regions(again)] == ["Kabupaten Uji"]
    assert [e.name for e in regions.list_editions(again, region.id)] == ["Perbup 7/2023"]
    again.close()


def test_a_text_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "catatan.sotk"
    path.write_text("bukan basis data", encoding="utf-8")
    with pytest.raises(FileProblem) as caught:
        open_store(path)
    assert "catatan.sotk" in caught.value.message
    assert "bukan" in caught.value.message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as caught:
        open_store(tmp_path / "tidak-ada.sotk")
    assert "tidak-ada.sotk" in caught.value.message


def test_another_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lain.sotk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(FileProblem) as caught:
        open_store(path)
    assert "bukan berkas SOTK" in caught.value.message
    assert digest(path) == before


def test_a_truncated_file_is_refused_and_untouched(sample_copy: Path) -> None:
    data = sample_copy.read_bytes()
    sample_copy.write_bytes(data[: len(data) // 2])
    before = digest(sample_copy)
    with pytest.raises(FileProblem) as caught:
        open_store(sample_copy)
    assert "terpotong" in caught.value.message
    assert digest(sample_copy) == before


def test_a_damaged_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rusak.sotk"
    create_store(path).close()
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x03"  # an impossible page size
    path.write_bytes(bytes(data))
    with pytest.raises(FileProblem) as caught:
        open_store(path)
    assert "rusak.sotk" in caught.value.message


def test_a_file_from_a_newer_version_is_refused_and_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "baru.sotk"
    create_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(FileProblem) as caught:
        open_store(path)
    assert "lebih baru" in caught.value.message
    assert digest(path) == before
    assert not lock_path_for(path).exists()


def test_a_read_only_file_opens_read_only_and_refuses_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sotk"
    create_store(path).close()
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # root ignores permission bits: make the check see what a user would
        real_access = os.access
        monkeypatch.setattr(
            "core.store.os.access", lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode)
        )
    before = digest(path)
    store = open_store(path)
    assert store.read_only
    with pytest.raises(ReadOnlyError):
        regions.create_region(store, "X", "kota")
    store.close()
    path.chmod(0o644)
    assert digest(path) == before


def test_asking_for_read_only_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "x.sotk"
    create_store(path).close()
    before = digest(path)
    store = open_store(path, read_only=True)
    with pytest.raises(ReadOnlyError) as caught:
        regions.create_region(store, "X", "kota")
    assert "hanya-baca" in caught.value.message
    store.close()
    assert digest(path) == before
    assert not lock_path_for(path).exists()


def test_a_file_locked_by_another_program_is_named(tmp_path: Path) -> None:
    path = tmp_path / "terkunci.sotk"
    create_store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileProblem) as caught:
            open_store(path)
        assert "dikunci" in caught.value.message
        assert "terkunci.sotk" in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not lock_path_for(path).exists()


def _write_lock(path: Path, **owner: object) -> None:
    data = {"user": "siti", "host": "PC-BIRO-ORG-02", "pid": 4242, "since": "2026-11-23T08:15:00+07:00", **owner}
    lock_path_for(path).write_text(json.dumps(data), encoding="utf-8")


def test_a_file_open_elsewhere_opens_read_only_and_says_who(tmp_path: Path) -> None:
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    _write_lock(path)
    store = open_store(path)
    assert store.read_only
    assert store.read_only_reason is not None and store.read_only_reason.owner is not None
    assert store.read_only_reason.owner.user == "siti"
    assert store.read_only_reason.owner.host == "PC-BIRO-ORG-02"
    store.close()
    assert json.loads(lock_path_for(path).read_text())["user"] == "siti"  # their lock stays


def test_the_user_can_take_over_a_lock_gone_stale(tmp_path: Path) -> None:
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    _write_lock(path)  # Siti's lock, refreshed a moment ago: her program still runs
    with pytest.raises(FileProblem) as refused:
        open_store(path, take_over_lock=True)
    assert "siti" in refused.value.message and "masih aktif" in refused.value.message
    assert json.loads(lock_path_for(path).read_text())["user"] == "siti"
    _write_lock(path, refreshed="2026-11-23T08:15:00+07:00")
    old = time.time() - 3600  # her computer went off an hour ago
    os.utime(lock_path_for(path), (old, old))
    store = open_store(path, take_over_lock=True)
    assert not store.read_only
    assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
    store.close()
    assert not lock_path_for(path).exists()


def test_our_own_crashed_lock_on_this_computer_is_taken_back(tmp_path: Path) -> None:
    path = tmp_path / "crash.sotk"
    create_store(path).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    from core.audit import os_user

    _write_lock(path, user=os_user(), host=socket.gethostname(), pid=int(dead.stdout))
    store = open_store(path)
    assert not store.read_only
    store.close()


def test_a_second_program_on_the_same_file_gets_read_only(tmp_path: Path) -> None:
    """Two real processes: the second sees the first's lock."""
    path = tmp_path / "dua.sotk"
    create_store(path).close()
    first = open_store(path)
    code = (
        "import sys; from core.store import open_store; "
        f"s = open_store({str(path)!r}); print(s.read_only, s.read_only_reason.owner.pid if s.read_only_reason else '')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2]
    )
    assert result.stdout.split() == ["True", str(os.getpid())]
    first.close()


def test_migration_backs_up_first_and_moves_forward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lama.sotk"
    create_store(path).close()

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE regions ADD COLUMN motto TEXT")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current: add_column})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr("core.store.SCHEMA_VERSION", current + 1)
    store = open_store(path)
    assert store.scalar("PRAGMA user_version") == current + 1
    assert "motto" in {r["name"] for r in store.rows("PRAGMA table_info(regions)")}
    store.close()
    backups = list(tmp_path.glob(f"lama.cadangan-v{current}-*.sotk"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as kept:  # the file as it was, saying what it is a backup for
        assert kept.execute("PRAGMA user_version").fetchone()[0] == current
        assert "motto" not in {row[1] for row in kept.execute("PRAGMA table_info(regions)")}
        meta = dict(kept.execute("SELECT key, value FROM meta").fetchall())
    kept.close()
    assert meta["backup_reason"].startswith("sebelum pembaruan") and meta["backup_of"] == meta["file_id"]


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lama.sotk"
    create_store(path).close()
    before = digest(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE regions ADD COLUMN motto TEXT")
        conn.execute("ALTER TABLE no_such_table ADD COLUMN x")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current: broken})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr("core.store.SCHEMA_VERSION", current + 1)
    with pytest.raises(FileProblem):
        open_store(path)
    assert digest(path) == before


def test_a_file_made_by_version_one_still_opens() -> None:
    """tests/data/schema_v1.sotk was written by schema version 1 and is never regenerated."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema_v1.sotk"
    target = fixture.parent / "_copy_v1.sotk"
    target.write_bytes(fixture.read_bytes())
    try:
        store = open_store(target)
        assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        assert len(list(fixture.parent.glob("_copy_v1.cadangan-v1-*.sotk"))) == 1  # backed up before migrating
        assert store.scalar("SELECT count(*) FROM finding_acceptances") == 0  # version 2 table exists
        names = [r["name"] for r in store.rows("SELECT name FROM units ORDER BY id")]
        assert names == ["Dinas Pendidikan", "Bidang Pembinaan SMA", "Dinas Kesehatan"]
        assert store.scalar("SELECT text FROM unit_functions") == "pembinaan sekolah menengah atas"
        store.close()
    finally:
        for leftover in fixture.parent.glob("_copy_v1*"):
            leftover.unlink()


def test_a_file_made_by_version_two_still_opens_with_its_records(tmp_path: Path) -> None:
    """tests/data/schema_v2.sotk was written by schema version 2 and is never regenerated."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "schema_v2.sotk"
    target = tmp_path / "lama.sotk"
    target.write_bytes(fixture.read_bytes())
    store = open_store(target)
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert len(list(tmp_path.glob("lama.cadangan-v2-*.sotk"))) == 1
    assert store.scalar("SELECT count(*) FROM undo_journal") == 0  # version 3 table exists
    assert [r["name"] for r in store.rows("SELECT name FROM units ORDER BY id")] == ["Dinas Pendidikan", "Bidang SMA"]
    assert store.scalar("SELECT nip FROM staff") == "198001012005011001"
    assert store.scalar("SELECT value_sen FROM assets") == 1250000000
    store.close()


def test_every_write_records_who_and_what(store: object) -> None:
    from core.store import Store

    assert isinstance(store, Store)
    region = regions.create_region(store, "Kota Uji", "kota")
    row = store.one("SELECT * FROM audit_log WHERE entity = 'region' ORDER BY id DESC LIMIT 1")
    assert row is not None
    assert row["action"] == "create" and row["entity_id"] == region.id
    assert row["os_user"]
    assert json.loads(row["after"])["name"] == "Kota Uji"


def test_a_copy_holds_the_same_data_and_the_original_stays_open(tmp_path: Path) -> None:
    path = tmp_path / "asli.sotk"
    store = create_store(path)
    regions.create_region(store, "Kota Uji", "kota", edition_name="Perwali 2/2025")
    copy = tmp_path / "untuk-kantor-lain.sotk"
    store.copy_to(copy)
    regions.create_region(store, "Kabupaten Setelah Salin", "kabupaten")
    with pytest.raises(FileProblem):
        store.copy_to(path)
    store.close()
    with open_store(copy, read_only=True) as copied:
        assert [r.name for r in regions.list_regions(copied)] == ["Kota Uji"]
    assert not list(tmp_path.glob("*.sementara"))


def test_a_file_another_program_has_open_is_never_replaced_by_a_copy(tmp_path: Path) -> None:
    theirs = tmp_path / "bersama.sotk"
    create_store(theirs).close()
    before = theirs.read_bytes()
    _write_lock(theirs)  # Siti has it open on another computer
    mine = create_store(tmp_path / "saya.sotk")
    try:
        with pytest.raises(FileProblem) as caught:
            mine.copy_to(theirs)
        assert "siti" in caught.value.message and "PC-BIRO-ORG-02" in caught.value.message
    finally:
        mine.close()
    assert theirs.read_bytes() == before


def test_reports_never_write_over_a_data_file(tmp_path: Path) -> None:
    from reports.catalog import check_report_target

    data = tmp_path / "wilayah.sotk"
    create_store(data).close()
    renamed = tmp_path / "kiriman.pdf"
    renamed.write_bytes(data.read_bytes())  # a data file someone named .pdf
    for target in (data, renamed, tmp_path / "laporan"):
        with pytest.raises(FileProblem):
            check_report_target(target)
    check_report_target(tmp_path / "laporan.pdf")
