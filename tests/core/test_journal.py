"""Undo by journal, without the window: a bulk change of many rows comes back exactly (same
rows, same ids), redo gives the change again, both are in the audit log, and a change that
fails or is cancelled half-way leaves the file as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core import assets, journal, staff
from core.errors import Cancelled, ReadOnlyError, ValidationError
from core.store import Store, open_store
from core.validation import Problem

TABLES = ("units", "unit_functions", "unit_urusan", "positions", "staff", "assessments", "assets", "asset_transfers", "meta")


def fingerprint(store: Store) -> str:
    """Every row of every data table, with its rowid: equal only if the data is exactly equal."""
    digest = hashlib.sha256()
    for table in TABLES:
        for row in store.conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def sample(sample_file: Path, tmp_path: Path) -> Store:
    copy = tmp_path / "contoh.sotk"
    copy.write_bytes(sample_file.read_bytes())
    store = open_store(copy)
    yield store
    store.close()


def region_and_unit(store: Store) -> tuple[int, int]:
    row = store.conn.execute(
        "SELECT e.region_id, u.id FROM units u JOIN editions e ON e.id = u.edition_id WHERE u.kind = 'bidang' ORDER BY u.id LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def test_a_bulk_move_of_thousands_undoes_and_redoes_exactly(sample: Store) -> None:
    before = fingerprint(sample)
    _, unit_id = region_and_unit(sample)
    every_asset = [row[0] for row in sample.conn.execute("SELECT id FROM assets WHERE unit_id <> ?", (unit_id,))]
    assert len(every_asset) > 10_000
    with sample.write(undo="Pindahkan aset") as tx:
        moved = assets.move_assets(tx, every_asset, unit_id, on="2026-03-01", reference="BAST 1")
    assert moved.count == len(every_asset) and tx.step is not None
    after = fingerprint(sample)
    assert after != before

    redo_step = journal.reverse(sample, tx.step, "undo", "Pindahkan aset")
    assert fingerprint(sample) == before  # every asset back, the transfers gone, same ids
    assert redo_step is not None
    undo_again = journal.reverse(sample, redo_step, "redo", "Pindahkan aset")
    assert fingerprint(sample) == after
    assert undo_again is not None
    journal.reverse(sample, undo_again, "undo", "Pindahkan aset")
    assert fingerprint(sample) == before
    actions = [row[0] for row in sample.conn.execute("SELECT action FROM audit_log WHERE entity = 'change' ORDER BY id")]
    assert actions == ["undo", "redo", "undo"]
    assert len(journal.steps(sample.conn)) == 1  # replayed steps are gone; only the way back remains


def test_undo_of_deleted_people_brings_back_their_assessments_with_the_same_ids(sample: Store) -> None:
    before = fingerprint(sample)
    people = [row[0] for row in sample.conn.execute("SELECT DISTINCT staff_id FROM assessments LIMIT 3000")]
    with sample.write(undo="Hapus pegawai") as tx:
        staff.delete_staff(tx, people)
    assert not any(sample.one("SELECT 1 FROM staff WHERE id = ?", (person,)) for person in people[:50])
    assert tx.step is not None
    journal.reverse(sample, tx.step, "undo", "Hapus pegawai")
    assert fingerprint(sample) == before


def test_swapped_unique_values_undo_without_a_clash(sample: Store) -> None:
    """Two NIPs exchanged (through a third value) come back, although a one-statement
    restore would make the two rows hold the same NIP half-way."""
    first, second = [staff.get_staff(sample, row[0]) for row in sample.conn.execute("SELECT id FROM staff ORDER BY id LIMIT 2")]
    before = fingerprint(sample)
    with sample.write(undo="Tukar NIP") as tx:
        tx.execute("UPDATE staff SET nip = 'sementara' WHERE id = ?", (first.id,))
        tx.execute("UPDATE staff SET nip = ? WHERE id = ?", (first.nip, second.id))
        tx.execute("UPDATE staff SET nip = ? WHERE id = ?", (second.nip, first.id))
        tx.audit("swap", "staff", None)
    assert tx.step is not None
    swapped = fingerprint(sample)
    redo = journal.reverse(sample, tx.step, "undo", "Tukar NIP")
    assert fingerprint(sample) == before and redo is not None
    again = journal.reverse(sample, redo, "redo", "Tukar NIP")  # the row-by-row way was journalled too
    assert fingerprint(sample) == swapped and again is not None
    journal.reverse(sample, again, "undo", "Tukar NIP")
    assert fingerprint(sample) == before


def _journal_rows(store: Store, step: int) -> list[tuple[object, ...]]:
    """A step's journal as the replay reads it (seq and step aside), in rowid order."""
    return store.conn.execute(f"SELECT tbl, op, rid, {', '.join(f'c{i}' for i in range(1, journal.WIDTH + 1))}"
        " FROM undo_journal WHERE step = ? ORDER BY tbl, rid, seq", (step,)).fetchall()  # fmt: skip


def test_an_update_journalled_as_a_set_is_the_same_journal_and_undoes_exactly(sample: Store) -> None:
    """journal.updating (one INSERT … SELECT of old images, as apply re-points 70,000 assets)
    writes what the per-row trigger writes; undo and redo of it are exact; the trigger is
    back afterwards, so a later change in the same step is journalled too."""
    chosen = "SELECT id FROM assets WHERE id % 3 = 0"
    _, unit_id = region_and_unit(sample)
    before = fingerprint(sample)
    with sample.write(undo="Pindah") as tx:
        tx.execute(f"UPDATE assets SET unit_id = ? WHERE id IN ({chosen})", (unit_id,))
        tx.audit("move", "asset", None)
    assert tx.step is not None
    by_trigger = _journal_rows(sample, tx.step)
    assert len(by_trigger) > 3000
    journal.reverse(sample, tx.step, "undo", "Pindah")
    assert fingerprint(sample) == before

    with sample.write(undo="Pindah") as tx:
        with journal.updating(tx.conn, tx.step, "assets", chosen):
            tx.execute(f"UPDATE assets SET unit_id = ? WHERE id IN ({chosen})", (unit_id,))
        tx.execute("UPDATE assets SET notes = 'sesudah' WHERE id = 1")  # the trigger again
        tx.audit("move", "asset", None)
    assert tx.step is not None
    by_set = _journal_rows(sample, tx.step)
    assert [row for row in by_set if row[2] != 1] == by_trigger
    assert [row[2] for row in by_set].count(1) == 1
    after = fingerprint(sample)
    redo = journal.reverse(sample, tx.step, "undo", "Pindah")
    assert fingerprint(sample) == before and redo is not None
    journal.reverse(sample, redo, "redo", "Pindah")
    assert fingerprint(sample) == after


def test_a_change_that_touched_nothing_has_no_undo_step(sample: Store) -> None:
    person = staff.get_staff(sample, 1)
    with sample.write(undo="Ubah") as tx:
        staff.update_staff(tx, person.id, name=person.name)
    assert tx.step is None
    assert journal.steps(sample.conn) == set()


def test_a_failure_half_way_through_a_bulk_change_leaves_the_file_as_it_was(sample: Store) -> None:
    before = fingerprint(sample)
    region_id, unit_id = region_and_unit(sample)
    rows = [{"nip": f"19800101200501{1000 + i:04d}"[:18], "name": f"Orang {i}", "status": "PPPK"} for i in range(2000)]
    for cut in (0, 700, 1999):
        with pytest.raises(Cancelled), sample.write(undo="Impor") as tx:
            context = staff.StaffContext(tx, region_id)
            for number, row in enumerate(rows):
                if number == cut:
                    raise Cancelled()
                values = staff.validate_staff(tx, region_id, {**row, "unit_id": unit_id}, context=context).raise_first()
                staff.insert_staff(tx, region_id, [values])
        assert fingerprint(sample) == before
        assert journal.steps(sample.conn) == set()


def test_validation_lists_every_problem_with_its_field(sample: Store) -> None:
    region_id, _ = region_and_unit(sample)
    taken = staff.get_staff(sample, 1)
    checked = staff.validate_staff(
        sample,
        region_id,
        {
            "nip": taken.nip,
            "name": " ",
            "status": "PNS",
            "golongan": "V/z",
            "kinerja": 7,
            "front_title": "x" * 500,
            "unit_id": 10**9,
        },
    )
    fields = sorted(problem.field for problem in checked.problems)
    assert fields == ["front_title", "golongan", "kinerja", "name", "nip", "unit"]
    assert all(isinstance(problem, Problem) for problem in checked.problems)
    assert "sudah dipakai" in next(p.message for p in checked.problems if p.field == "nip")
    assert "Gelar depan" in next(p.message for p in checked.problems if p.field == "front_title")  # not "Nama"
    with pytest.raises(ValidationError):
        checked.raise_first()


def test_one_sheet_giving_a_nip_twice_is_caught_by_the_shared_context(sample: Store) -> None:
    region_id, _ = region_and_unit(sample)
    context = staff.StaffContext(sample, region_id)
    row = {"nip": "199001012015031001", "name": "Baru", "status": "PNS"}
    first = staff.validate_staff(sample, region_id, row, context=context)
    assert first.ok
    context.claim(first.values["nip"], None, "Baru")
    second = staff.validate_staff(sample, region_id, row, context=context)
    assert [p.field for p in second.problems] == ["nip"]


def test_a_read_only_file_refuses_a_bulk_write_before_any_work(sample_file: Path) -> None:
    with open_store(sample_file, read_only=True) as store, pytest.raises(ReadOnlyError), store.write(undo="Impor"):
        raise AssertionError("the body of a refused write never runs")


def test_an_import_of_thousands_of_people_undoes_and_redoes_with_the_same_ids(sample: Store) -> None:
    region_id, unit_id = region_and_unit(sample)
    before = fingerprint(sample)
    rows = [{"nip": f"1990010120150{i:05d}", "name": f"Orang {i}", "status": "PPPK", "unit_id": unit_id} for i in range(5000)]
    with sample.write(undo="Impor pegawai") as tx:
        context = staff.StaffContext(tx, region_id)
        ids = staff.insert_staff(
            tx, region_id, [staff.validate_staff(tx, region_id, r, context=context).raise_first() for r in rows]
        )
    after = fingerprint(sample)
    assert tx.journalled == 1  # the new ids as one range, not a row each
    assert tx.step is not None
    redo = journal.reverse(sample, tx.step, "undo", "Impor pegawai")
    assert fingerprint(sample) == before
    assert redo is not None
    journal.reverse(sample, redo, "redo", "Impor pegawai")
    assert fingerprint(sample) == after
    assert staff.get_staff(sample, ids[-1]).name == "Orang 4999"


def test_a_forgotten_step_is_dropped_at_once_and_its_rows_purged_later_without_touching_the_rest(sample: Store) -> None:
    """Forgetting a dropped redo step must not delete its 10,000 journal rows on the window's
    thread; the next background change purges them, and the steps kept still replay."""
    _, unit_id = region_and_unit(sample)
    every_asset = [row[0] for row in sample.conn.execute("SELECT id FROM assets WHERE unit_id <> ?", (unit_id,))]
    with sample.write(undo="Pindahkan aset") as tx:
        assets.move_assets(tx, every_asset, unit_id, on="2026-03-01", reference="BAST 1")
    dropped = tx.step
    before_small = fingerprint(sample)
    first = sample.scalar("SELECT id FROM assets ORDER BY id LIMIT 1")
    with sample.write(undo="Ubah satu") as tx:
        assets.update_asset(tx, first, name="Satu")
    kept = tx.step
    assert dropped is not None and kept is not None
    rows = sample.scalar("SELECT count(*) FROM undo_journal WHERE step = ?", (dropped,))
    assert rows > 10_000
    with sample.write() as tx:
        journal.forget(tx.conn, {dropped})
        tx.audit("forget_undo_steps", "change", None, None, {"count": 1})
    assert journal.steps(sample.conn) == {kept}
    assert sample.scalar("SELECT count(*) FROM undo_journal WHERE step = ?", (dropped,)) == rows  # left for later
    with sample.write() as tx:
        journal.purge(tx.conn)
        tx.audit("forget_undo_steps", "change", None, None, {"count": 0})
    assert sample.scalar("SELECT count(*) FROM undo_journal WHERE step = ?", (dropped,)) == 0
    assert sample.scalar("SELECT count(*) FROM undo_journal WHERE step = ?", (kept,)) > 0
    journal.reverse(sample, kept, "undo", "Ubah satu")
    assert fingerprint(sample) == before_small
