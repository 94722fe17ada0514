"""Importing positions as a bureau meets it: an ABK/formasi table into a perangkat daerah,
our own export brought back whole (standards and new technical competencies with it), rows
refused with their reasons, and the import as one undo step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import journal, positions, regions, units
from core.excel.export import export
from core.excel.headers import guess_layout
from core.excel.import_positions import plan_positions, write_positions_plan
from core.excel.read import open_workbook
from core.store import create_store, open_store
from tests.core.excel import structure_sheets as sheets
from ui.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def office_at(path: Path) -> dict[str, int]:
    """Provinsi Uji: Dinas A (Sekretariat › Subbagian Umum, Bidang Sosial) and Dinas B
    (Sekretariat): two units named Sekretariat, one per PD."""
    store = create_store(path)
    region = regions.create_region(store, "Provinsi Uji", "provinsi", edition_name="Perda 1/2024")
    (edition,) = regions.list_editions(store, region.id)
    ids = {"edition": edition.id}
    ids["a"] = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    ids["sek"] = units.create_unit(store, edition.id, ids["a"], "Sekretariat", "sekretariat").unit_id
    ids["umum"] = units.create_unit(store, edition.id, ids["sek"], "Subbagian Umum", "subbagian").unit_id
    ids["sos"] = units.create_unit(store, edition.id, ids["a"], "Bidang Sosial", "bidang").unit_id
    ids["b"] = units.create_unit(store, edition.id, None, "Dinas B", "dinas").unit_id
    ids["sek_b"] = units.create_unit(store, edition.id, ids["b"], "Sekretariat", "sekretariat").unit_id
    store.close()
    return ids


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "kantor.sotk"
    return path, office_at(path)


def held(path: Path) -> dict[tuple[str, str], tuple]:
    """(unit, title) → (category, level, eselon, grade, needed, standard) of every position."""
    with open_store(path, read_only=True) as store:
        rows = store.conn.execute(
            "SELECT p.id, u.name, p.title, p.category, p.level, p.eselon, p.grade, p.needed FROM positions p JOIN units u ON u.id = p.unit_id"
        ).fetchall()
        return {(unit, title): (*rest, positions.standard_of(store, pid)) for pid, unit, title, *rest in rows}


ABK = [  # NAMA JABATAN, JENIS JABATAN, ESELON, KELAS, UNIT KERJA, BEZETTING, KEBUTUHAN, KURANG/LEBIH, STANDAR
    ["Kepala Dinas", "Struktural", "II.a", 14, None, 1, 1, 0, "M.01:4; M.02:4"],
    ["Sekretaris", "Struktural", "III.a", 12, "Sekr.", 1, 1, 0, "M.01:3"],
    ["Kepala Subbagian Umum", "Jabatan Pengawas", "IV.a", 9, "Subbag Umum", 0, 1, -1, None],
    ["Analis Kebijakan Ahli Muda", "Fungsional", None, 11, "Bid. Sosial", 2, 3, -1, "M.01:3\nM.03:3"],
    ["Pengadministrasi Umum", "Pelaksana", None, 5, "Subbagian Umum", 3, 2, 1, None],
]


def test_an_abk_table_comes_in_to_its_units(tmp_path, office, capsys) -> None:
    path, ids = office
    sheet = sheets.abk_table(tmp_path / "abk.xlsx", ABK)
    code, out, _ = run(["import", "positions", str(path), str(sheet), "--into", str(ids["a"]), "--dry-run", "--json"], capsys)
    report = json.loads(out)
    assert code == 0, report["rejected"]
    assert report["header_rows"] == [4, 5] and report["first_data_row"] == 7
    assert report["mapping"]["needed"]["header"] == "ABK KEBUTUHAN"
    assert report["summary"]["added"] == 5
    assert held(path) == {}

    code, out, _ = run(["import", "positions", str(path), str(sheet), "--into", str(ids["a"])], capsys)
    assert code == 0
    assert held(path) == {
        ("Dinas A", "Kepala Dinas"): ("jpt_pratama", None, "IIa", 14, 1, {"M.01": 4, "M.02": 4}),
        ("Sekretariat", "Sekretaris"): ("administrator", None, "IIIa", 12, 1, {"M.01": 3}),
        ("Subbagian Umum", "Kepala Subbagian Umum"): ("pengawas", None, "IVa", 9, 1, {}),
        ("Bidang Sosial", "Analis Kebijakan Ahli Muda"): ("fungsional", "ahli_muda", None, 11, 3, {"M.01": 3, "M.03": 3}),
        ("Subbagian Umum", "Pengadministrasi Umum"): ("pelaksana", None, None, 5, 2, {}),
    }
    # a second ABK with a new kebutuhan updates the position it names
    changed = [list(row) for row in ABK]
    changed[3][6] = 4
    sheet = sheets.abk_table(tmp_path / "abk2.xlsx", changed)
    code, out, _ = run(["import", "positions", str(path), str(sheet), "--into", str(ids["a"]), "--json"], capsys)
    report = json.loads(out)
    assert [u["changes"] for u in report["updated"]] == [{"needed": [3, 4]}]
    assert report["summary"]["unchanged"] == 4
    assert held(path)[("Bidang Sosial", "Analis Kebijakan Ahli Muda")][4] == 4


def test_rows_are_rejected_with_their_reasons(tmp_path, office, capsys) -> None:
    path, ids = office
    rows = [
        ["Kepala Dinas", "Struktural", None, 14, None, 1, 1, 0, None],  # struktural without eselon
        ["Sekretaris", "Direktur", "III.a", 12, "Sekretariat", 1, 1, 0, None],  # unknown category
        ["Analis", "Fungsional", None, 21, "Bidang Sosial", 1, 1, 0, None],  # kelas jabatan out of range
        ["Penata Laporan", "Pelaksana", None, 7, "Bidang Ekonomi", 1, 1, 0, None],  # no such unit
        ["Pengolah Data", "Pelaksana", None, 7, "Bidang Sosial", 1, 1, 0, "M.01:7"],  # level out of range
        ["Pengolah Data", "Pelaksana", None, 7, "Bid. Sosial", 1, 2, 0, "X.99:3"],  # twice; unknown competency
    ]
    sheet = sheets.abk_table(tmp_path / "salah.xlsx", rows)
    code, out, _ = run(["import", "positions", str(path), str(sheet), "--into", str(ids["a"]), "--json"], capsys)
    report = json.loads(out)
    assert code == 1 and report["written"] is False
    by_row: dict[int, list[str]] = {}
    for r in report["rejected"]:
        by_row.setdefault(r["row"], []).append(f"{r['column']}: {r['reason']}")
    assert by_row[7] == [
        "C: Jabatan struktural 'Struktural' perlu eselonnya untuk menentukan kategorinya (JPT, administrator, pengawas)."
    ]
    assert by_row[8][0].startswith("C: Kategori jabatan 'Direktur' tidak dikenal")
    assert by_row[9] == ["E: Kelas jabatan: 21 di luar batas 1–17."]
    assert by_row[10][0].startswith("F: Unit 'Bidang Ekonomi' tidak ditemukan di Dinas A. Yang paling mirip: Bidang Sosial")
    assert len(by_row[11]) == 1 and by_row[11][0].endswith("M.01: 7 di luar batas 1–5.")
    assert by_row[12] == ["J: Kompetensi 'X.99' tidak ada dalam kamus kompetensi."]
    assert held(path) == {}


def test_the_same_position_twice_in_a_sheet_is_rejected(tmp_path, office, capsys) -> None:
    path, ids = office
    rows = [
        ["Pengolah Data", "Pelaksana", None, 7, "Bidang Sosial", 1, 1, 0, None],
        ["PENGOLAH DATA", "Pelaksana", None, 7, "Bid. Sosial", 1, 2, 0, None],
    ]
    code, out, _ = run(
        ["import", "positions", str(path), str(sheets.abk_table(tmp_path / "dua.xlsx", rows)), "--into", str(ids["a"]), "--json"],
        capsys,
    )
    (rejected,) = json.loads(out)["rejected"]
    assert code == 1 and rejected["row"] == 8
    assert (
        rejected["reason"]
        == "Jabatan 'PENGOLAH DATA' di unit Dinas A › Bidang Sosial muncul dua kali di lembar ini (juga di baris 7)."
    )


def test_exported_positions_import_into_an_empty_file_with_the_same_standards(tmp_path, office, capsys) -> None:
    path, ids = office
    code_t = positions.define_competency(path_store := open_store(path), "T.01", "Perumusan Kebijakan Teknis")
    try:
        made = [
            positions.create_position(path_store, ids["a"], "Kepala Dinas A", "jpt_pratama", eselon="IIa", grade=14, needed=1),
            positions.create_position(path_store, ids["sek"], "Sekretaris", "administrator", eselon="IIIa", grade=12),
            positions.create_position(path_store, ids["sek_b"], "Sekretaris", "administrator", eselon="IIIa", grade=12),
            positions.create_position(path_store, ids["sos"], "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda", grade=11, needed=3, notes="ABK 2024"),
        ]  # fmt: skip
        positions.set_standard(path_store, made[0].id, {"M.01": 4, code_t: 3})
        positions.set_standard(path_store, made[3].id, {"M.01": 3, "SK.01": 2})
    finally:
        path_store.close()
    out_file = tmp_path / "jabatan.xlsx"
    with open_store(path, read_only=True) as store:
        export(store, "positions", out_file)
    empty = tmp_path / "kosong.sotk"
    office_at(empty)
    # the whole region's sheet: each row's unit found within the PD its 'Perangkat daerah' column names
    code, out, _ = run(["import", "positions", str(empty), str(out_file), "--json"], capsys)
    report = json.loads(out)
    assert code == 0, report["rejected"]
    assert report["scope"]["new_competencies"] == {"T.01": "Perumusan Kebijakan Teknis"}
    assert held(empty) == held(path)
    with open_store(empty, read_only=True) as store:
        assert positions.known_competencies(store)["T.01"] == ("Perumusan Kebijakan Teknis", "teknis")
    code, out, _ = run(["import", "positions", str(empty), str(out_file), "--json"], capsys)
    assert json.loads(out)["summary"]["unchanged"] == 4


def test_a_positions_import_is_one_undo_step(tmp_path, office) -> None:
    path, ids = office
    sheet = sheets.abk_table(tmp_path / "abk.xlsx", ABK)
    store = open_store(path)
    try:
        with open_workbook(sheet) as book, store.write(undo="Impor abk.xlsx") as tx:
            layout = guess_layout(book, "positions")
            plan = plan_positions(tx, book, layout, into=ids["a"])
            write_positions_plan(tx, plan)
            step = tx.step
        assert store.scalar("SELECT count(*) FROM positions") == 5 and step is not None
        journal.reverse(store, step, "undo", "Impor abk.xlsx")
        assert store.scalar("SELECT count(*) FROM positions") == 0
        assert store.scalar("SELECT count(*) FROM position_competencies") == 0
    finally:
        store.close()


def test_the_positions_template_filled_as_a_clerk_would_imports(tmp_path, office, capsys) -> None:
    from openpyxl import load_workbook

    from core.excel.template import write_template

    path, ids = office
    template = tmp_path / "templat.xlsx"
    write_template("positions", template)
    book = load_workbook(template)
    sheet = book["Jabatan"]
    headers = [cell.value for cell in sheet[1]]
    rows = [
        {"Unit": "Bidang Sosial", "Nama jabatan": "Penyuluh Sosial Ahli Pertama", "Kategori": "Fungsional",
         "Jenjang": "Ahli Pertama", "Kelas jabatan": 9, "Kebutuhan": 4, "Standar kompetensi": "M.01: 2\nSK.01: 2"},
        {"Unit": "Sekretariat", "Nama jabatan": "Sekretaris", "Kategori": "Administrator", "Eselon": "IIIa", "Kebutuhan": 1},
    ]  # fmt: skip
    for number, values in enumerate(rows, start=2):
        for column, header in enumerate(headers, start=1):
            sheet.cell(number, column).value = values.get(header)
    book.save(template)
    code, out, _ = run(["import", "positions", str(path), str(template), "--into", str(ids["a"])], capsys)
    assert code == 0, out
    assert held(path) == {
        ("Bidang Sosial", "Penyuluh Sosial Ahli Pertama"): ("fungsional", "ahli_pertama", None, 9, 4, {"M.01": 2, "SK.01": 2}),
        ("Sekretariat", "Sekretaris"): ("administrator", None, "IIIa", None, 1, {}),
    }


def test_a_whole_regions_staff_export_comes_back_unchanged_without_into(sample_copy, tmp_path) -> None:
    """A region-wide staff sheet names units by their PD column ("Subbagian Keuangan" repeats
    in every dinas): imported back without --into, every row is found unchanged (1,024 of 3,596
    were rejected as ambiguous before)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sheet = tmp_path / "pegawai.xlsx"

    def main(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True, cwd=root, timeout=600)

    assert main("export", "staff", str(sample_copy), str(sheet)).returncode == 0
    done = main("import", "staff", str(sample_copy), str(sheet), "--dry-run", "--json")
    assert done.returncode == 0, done.stdout[-2000:]
    summary = json.loads(done.stdout)["summary"]
    assert summary["rejected_rows"] == 0 and summary["unchanged"] == summary["rows"] > 3000
