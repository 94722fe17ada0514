"""Importing a perangkat daerah's Renstra/Renja from the sheets offices keep
(tests/data/excel/renstra/, shapes described in its README): what lands, what is refused
naming the row and column, that nothing is written while a row is refused, that the export
imports back unchanged, and that the whole import undoes in one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core import journal
from core.errors import RefusedError
from core.excel.export import export
from core.excel.headers import guess_layout
from core.excel.importers import IMPORTERS, Target
from core.excel.read import open_workbook
from core.excel.report import Plan
from core.excel.template import write_template
from core.store import Store
from tests.core.excel.renstra_store import FIXTURES, GOVERNANCE, HEALTH, RenstraFile, build

IMPORTER = IMPORTERS["renstra"]


@pytest.fixture
def office(store: Store) -> RenstraFile:
    return build(store)


def dry_run(store: Store, sheet: Path, into: int) -> Plan:
    with open_workbook(sheet) as book:
        return IMPORTER.plan(store, book, guess_layout(book, "renstra"), Target(into=into))


def write(store: Store, sheet: Path, into: int, *, accept_valid: bool = False) -> tuple[Plan, int | None]:
    with open_workbook(sheet) as book, store.write(undo=f"Impor {sheet.name}") as tx:
        plan = IMPORTER.plan(tx, book, guess_layout(book, "renstra"), Target(into=into))
        IMPORTER.write(tx, plan, accept_valid=accept_valid)
    return plan, tx.step


def items(store: Store) -> dict[str, dict[str, Any]]:
    rows = store.rows("SELECT i.id, i.code, i.level, i.name, i.pagu_sen, i.unit_id, p.code AS parent FROM renstra_items i"
                      " LEFT JOIN renstra_items p ON p.id = i.parent_id")  # fmt: skip
    return {row["code"]: dict(row) for row in rows}


def targets(store: Store, code: str) -> dict[str, dict[int, str]]:
    found: dict[str, dict[int, str]] = {}
    for name, year, value in store.conn.execute(
        "SELECT p.name, t.year, t.value FROM plan_indicators p JOIN renstra_items i ON i.id = p.item_id"
        " JOIN plan_targets t ON t.indicator_id = p.id WHERE i.code = ?",
        (code,),
    ):
        found.setdefault(name, {})[year] = value
    return found


def linked(store: Store, code: str) -> set[str]:
    return {
        row[0]
        for row in store.conn.execute(
            "SELECT g.text FROM renstra_item_goals l JOIN plan_goals g ON g.id = l.goal_id"
            " JOIN renstra_items i ON i.id = l.item_id WHERE i.code = ?",
            (code,),
        )
    }


def test_a_tc27_matrix_lands_as_a_renstra_with_its_tree_indicators_pagu_and_sasaran(store: Store, office: RenstraFile) -> None:
    """Three-row merged header, code split over five columns typed as numbers, urusan and
    bidang heading rows, Tujuan/Sasaran merged down, an indicator-only line, Rp as text and as
    numbers, a signature block under the table."""
    plan, _ = write(store, FIXTURES / "renstra_tc27.xlsx", office.pd)
    assert plan.summary() == {"rows": 10, "added": 7, "updated": 0, "unchanged": 0, "rejected_rows": 0, "problems": 0}
    found = items(store)
    assert sorted(found) == [
        "1.02.01", "1.02.01.2.01", "1.02.01.2.01.0001", "1.02.02", "1.02.02.2.01", "1.02.02.2.01.0002", "1.02.02.2.01.0009",
    ]  # fmt: skip
    assert found["1.02.02.2.01.0009"]["parent"] == "1.02.02.2.01" and found["1.02.02.2.01"]["parent"] == "1.02.02"
    assert found["1.02.02"]["pagu_sen"] == 6_750_000_000_00  # the kondisi-akhir Rp, '6.750.000.000,00'
    assert found["1.02.02.2.01.0002"]["pagu_sen"] == 2_500_000_000_00
    assert found["1.02.02"]["unit_id"] == office.units["Bidang Pelayanan Kesehatan"]
    program = targets(store, "1.02.02")
    assert program["Persentase fasilitas kesehatan terakreditasi"] == {2025: "65", 2026: "70", 2027: "75", 2028: "80", 2029: "85"}
    assert program["Persentase puskesmas dengan dokter"][2029] == "95"  # the indicator-only line below the program
    assert targets(store, "1.02.01")["Nilai SAKIP perangkat daerah"][2027] == "A"  # a text indicator keeps its words
    assert linked(store, "1.02.02") == {HEALTH} and linked(store, "1.02.01") == {GOVERNANCE}
    assert store.scalar("SELECT count(*) FROM renstra WHERE unit_id = ?", (office.pd,)) == 1
    again = dry_run(store, FIXTURES / "renstra_tc27.xlsx", office.pd)
    assert (again.summary()["unchanged"], again.summary()["added"], again.summary()["updated"]) == (7, 0, 0)


def test_codes_written_in_mixed_styles_are_read_as_one_with_a_note_naming_the_row(store: Store, office: RenstraFile) -> None:
    plan, _ = write(store, FIXTURES / "renstra_one_cell_codes.xlsx", office.pd)
    assert plan.summary()["added"] == 4 and not plan.rejected
    assert {"1.02.02.2.01", "1.02.02.2.01.0003"} <= set(items(store))
    notes = {(n.row, n.column): n.problem.message for n in plan.notes}
    assert "1.02.02.02.01" in notes[(7, "A")] and "1.02.02.2.01" in notes[(7, "A")]
    assert "1.02.02.2.01.0003" in notes[(9, "A")]
    assert items(store)["1.02.02"]["pagu_sen"] == 5 * 1_000_000_000_00  # 'Tahun 1'..'Tahun 5' Rp summed
    assert targets(store, "1.02.02")["Cakupan pelayanan kesehatan dasar"][2025] == "80"  # '80%': the number, satuan %
    assert store.scalar("SELECT measure FROM plan_indicators WHERE name = 'Cakupan pelayanan kesehatan dasar'") == "%"


def test_a_renja_updates_the_renstra_by_code_and_adds_new_codes(store: Store, office: RenstraFile) -> None:
    write(store, FIXTURES / "renstra_tc27.xlsx", office.pd)
    plan, _ = write(store, FIXTURES / "renja_2026.xlsx", office.pd)
    summary = plan.summary()
    assert (summary["added"], summary["rejected_rows"]) == (1, 0)  # 1.02.02.2.01.0006 is new
    assert "1.02.02.2.01.0006" in items(store)
    assert items(store)["1.02.02"]["pagu_sen"] == 1_300_000_000_00  # the year's pagu indikatif
    assert targets(store, "1.02.02.2.01.0006")["Jumlah puskesmas yang dikembangkan"] == {2026: "2"}
    changed = {u.row: u.changes for u in plan.updated}
    assert changed[6]["pagu_sen"] == (6_750_000_000_00, 1_300_000_000_00)
    said = [n for n in plan.notes if n.row == 6]
    assert said and "2026" in said[0].problem.message and "Rp 6.750.000.000" in said[0].problem.message
    # the prakiraan maju (2027) is read past: the 2027 targets of the Renstra stay
    assert targets(store, "1.02.02")["Persentase fasilitas kesehatan terakreditasi"][2027] == "75"


def test_bad_rows_are_refused_naming_sheet_row_and_column_and_nothing_is_written(store: Store, office: RenstraFile) -> None:
    sheet = FIXTURES / "renstra_bad_rows.xlsx"
    plan = dry_run(store, sheet, office.pd)
    refused = {(r.sheet, r.row, r.column): r.reason for r in plan.rejected}
    assert set(refused) == {
        ("Renstra", 6, "A"),
        ("Renstra", 7, "A"),
        ("Renstra", 8, "F"),
        ("Renstra", 9, "C"),
        ("Renstra", 10, "A"),
    }
    assert "tidak ada dalam nomenklatur" in refused[("Renstra", 6, "A")]
    assert "1.02.02.2.01.0009 Rehabilitasi dan Pemeliharaan Puskesmas" in refused[("Renstra", 6, "A")]  # the nearest
    assert "provinsi" in refused[("Renstra", 7, "A")] and "kabupaten/kota" in refused[("Renstra", 7, "A")]
    assert "meningkat" in refused[("Renstra", 8, "F")] and "bukan angka" in refused[("Renstra", 8, "F")]
    assert "Provinsi Contoh" in refused[("Renstra", 9, "C")] and "wilayah lain" in refused[("Renstra", 9, "C")]
    assert "1.02.04" in refused[("Renstra", 10, "A")]
    with pytest.raises(RefusedError, match="5 baris ditolak"):
        write(store, sheet, office.pd)
    assert store.scalar("SELECT count(*) FROM renstra_items") == 0
    assert store.scalar("SELECT count(*) FROM renstra") == 0
    plan, _ = write(store, sheet, office.pd, accept_valid=True)
    assert sorted(items(store)) == ["1.02.02", "1.02.02.2.01", "1.02.02.2.01.0009"]


def test_an_exported_renstra_imports_back_unchanged_and_the_template_reads(
    store: Store, office: RenstraFile, tmp_path: Path
) -> None:
    write(store, FIXTURES / "renstra_tc27.xlsx", office.pd)
    write(store, FIXTURES / "renstra_one_cell_codes.xlsx", office.pd)
    out = tmp_path / "renstra.xlsx"
    written = export(store, "renstra", out, unit_id=office.pd).sheets[0][1]
    indicators = int(store.scalar("SELECT count(*) FROM plan_indicators WHERE item_id IS NOT NULL"))
    assert written == indicators == 12  # a row per indicator: the item's first, then lines of their own
    plan = dry_run(store, out, office.pd)
    assert plan.summary() == {"rows": 12, "added": 0, "updated": 0, "unchanged": 8, "rejected_rows": 0, "problems": 0}
    template = tmp_path / "templat.xlsx"
    write_template("renstra", template)
    tried = dry_run(store, template, office.pd)
    assert tried.summary()["rows"] == 1 and not tried.rejected


def test_the_import_undoes_in_one_step_renstra_and_all(store: Store, office: RenstraFile) -> None:
    tables = ("renstra", "renstra_items", "renstra_item_goals", "plan_indicators", "plan_targets")

    def counts() -> list[int]:
        return [int(store.scalar(f"SELECT count(*) FROM {t}")) for t in tables]

    before = counts()
    _, step = write(store, FIXTURES / "renstra_tc27.xlsx", office.pd)
    after = counts()
    assert after != before and step is not None
    redo = journal.reverse(store, step, "undo", "Impor")
    assert counts() == before
    assert redo is not None
    journal.reverse(store, redo, "redo", "Impor")
    assert counts() == after


def test_the_command_line_dry_runs_refuses_and_imports_after_a_backup(tmp_path: Path) -> None:
    """`main.py import renstra FILE IN --into PD [--dry-run] [--json]`: the dry run lists every
    refused row with its sheet, row and column; a real import with refused rows writes
    nothing; ``--accept-valid`` writes the good rows after backing the file up."""
    import json
    import subprocess
    import sys

    from core.backups import list_backups
    from core.store import create_store, open_for_reading

    path = tmp_path / "kabupaten.sotk"
    made = create_store(path)
    pd = build(made).pd
    made.close()
    root = Path(__file__).parents[3]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "main.py", "import", "renstra", str(path), str(FIXTURES / "renstra_bad_rows.xlsx")]
        return subprocess.run([*command, "--into", str(pd), *args], capture_output=True, text=True, cwd=root, timeout=120)

    tried = run("--dry-run", "--json")
    assert tried.returncode == 1, tried.stderr
    report = json.loads(tried.stdout)
    assert report["summary"]["added"] == 3 and report["summary"]["rejected_rows"] == 5
    assert {(r["sheet"], r["row"], r["column"]) for r in report["rejected"]} >= {("Renstra", 6, "A"), ("Renstra", 8, "F")}
    refused = run()
    assert refused.returncode == 1 and "Tidak ada yang ditulis" in refused.stdout
    with open_for_reading(path) as store:
        assert store.scalar("SELECT count(*) FROM renstra_items") == 0
    accepted = run("--accept-valid")
    assert accepted.returncode == 1, accepted.stderr  # rows were refused, the good ones written
    with open_for_reading(path) as store:
        assert store.scalar("SELECT count(*) FROM renstra_items") == 3
    assert list_backups(path)


def test_a_province_s_renstra_is_checked_against_the_provinsi_nomenclature(store: Store, tmp_path: Path) -> None:
    """A province's codes are checked too: its own kegiatan (1.xx) pass, an unknown one is
    refused with the nearest provinsi codes, a kabupaten's kegiatan (2.xx) is refused."""
    from openpyxl import Workbook

    from core import regions, units
    from core.plans import rpjmd

    region = regions.create_region(store, "Provinsi Contoh", "provinsi")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force")
    pd = units.create_unit(store, edition.id, None, "Dinas Pendidikan", "dinas").unit_id
    rpjmd.create_rpjmd(store, region.id, "RPJMD Provinsi Contoh 2025–2029", 2025, 2029, "Provinsi yang cerdas")
    book = Workbook()
    sheet = book.active
    sheet.title = "Renstra"
    sheet.append(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2025", "Pagu Indikatif (Rp)"])
    sheet.append(["1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", "APK SMA", 90, "10.000.000.000,00"])
    sheet.append(["1.01.02.1.01", "Pengelolaan Pendidikan Sekolah Menengah Atas", "Jumlah SMA", 120, "6.000.000.000,00"])
    sheet.append(["1.01.02.1.09", "Kegiatan yang tidak ada", "Jumlah", 1, "1.000.000,00"])
    sheet.append(["1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", "Jumlah SD", 1, "1.000.000,00"])
    path = tmp_path / "renstra_provinsi.xlsx"
    book.save(path)
    plan = dry_run(store, path, pd)
    assert [a.values["code"] for a in plan.added] == ["1.01.02", "1.01.02.1.01"]
    refused = {r.row: r.reason for r in plan.rejected}
    assert set(refused) == {4, 5} and not plan.notes  # checked: no "tidak diperiksa" note
    assert (
        "tidak ada dalam nomenklatur" in refused[4] and "1.01.02.1.01 Pengelolaan Pendidikan Sekolah Menengah Atas" in refused[4]
    )
    assert "1.01.02.2." not in refused[4]  # the nearest offered are the province's own
    assert "kabupaten/kota" in refused[5]


def test_a_sasaran_is_found_by_its_code_or_its_words_and_a_typo_is_offered_the_nearest(
    store: Store, office: RenstraFile, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Renstra"
    sheet.append(["Kode", "Program/Kegiatan/Sub Kegiatan", "Sasaran", "Indikator Kinerja", "Target 2025"])
    sheet.append(["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "1.1.1", "Cakupan", 80])  # by its code
    sheet.append(
        ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "meningkatnya derajat kesehatan  masyarakat", "SDM", 5]
    )
    sheet.append(
        ["1.02.05", "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", "Meningkatnya derajad kesehatan warga", "Desa", 3]
    )
    path = tmp_path / "sasaran.xlsx"
    book.save(path)
    plan = dry_run(store, path, office.pd)
    linked = {a.values["code"]: a.values["_sasaran"] for a in plan.added}
    assert linked == {"1.02.02": [office.sasaran[HEALTH]], "1.02.03": [office.sasaran[HEALTH]]}
    assert any(n.row == 3 and n.column == "C" and HEALTH in n.problem.message for n in plan.notes)  # read otherwise than written
    [refused] = plan.rejected
    assert (refused.row, refused.column) == (4, "C") and f"'{HEALTH}'" in refused.reason  # the nearest offered


def test_a_refused_code_split_over_columns_is_quoted_whole(store: Store, office: RenstraFile, tmp_path: Path) -> None:
    """The report quoted the first cell of a split code ('1'); the user needs the code the row
    makes, '1.02.02.2.01.0099', to find it in the sheet."""
    from openpyxl import load_workbook

    book = load_workbook(FIXTURES / "renstra_tc27.xlsx")
    book.active.cell(row=15, column=8).value = 99  # Rehabilitasi dan Pemeliharaan Puskesmas: 0009 → 0099
    path = tmp_path / "satu_kode_salah.xlsx"
    book.save(path)
    plan = dry_run(store, path, office.pd)
    [refused] = plan.rejected
    assert refused.row == 15 and refused.value == "1.02.02.2.01.0099"
