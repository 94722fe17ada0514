"""Excel export and templates, read back with openpyxl as Excel would show them: sheet names,
a frozen bold header, NIP as text with all 18 digits, rupiah as formatted numbers, real dates,
the title block, text that looks like a formula kept as text, drop-down lists in templates."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from core import assets, positions, regions, staff, unit_content
from core.errors import Cancelled, FileProblem, NotFoundError
from core.excel.export import export
from core.excel.template import write_template
from core.store import Store, open_for_reading

ROOT = Path(__file__).resolve().parents[2]
NIP = "198503142009061002"
HOSTILE = '=HYPERLINK("http://contoh.invalid","klik")'


@pytest.fixture
def filled(store: Store, edition: regions.Edition, tree: dict[str, int]) -> dict[str, int]:
    unit_content.set_urusan(store, tree["a"], ["1.01", "2.22"])
    unit_content.set_functions(
        store, tree["x"], [unit_content.Function(None, "pembinaan koperasi"), unit_content.Function(None, "-pengawasan")]
    )
    position = positions.create_position(store, tree["x"], "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda")
    positions.set_standard(store, position.id, {"M.01": 3})
    staff.create_staff(
        store,
        edition.region_id,
        NIP,
        "Budi Santoso",
        "PNS",
        front_title="Dr.",
        back_title="M.Si.",
        golongan="III/b",
        position_id=position.id,
    )
    staff.create_staff(store, edition.region_id, "199001012020122001", HOSTILE, "PNS", unit_id=tree["sek"])
    assets.create_asset(
        store, tree["sek"], "C", "1.3.3.01.01.01.001", "Gedung Kantor", register="000001", value="Rp 1.250.000,50", year=2015
    )
    assets.create_asset(store, tree["x"], "B", "1.3.2.02.01.01.004", "Laptop", value_sen=1_500_000_00, condition="KB")
    return {**tree, "position": position.id}


def read(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path, read_only=False)


def header_row(sheet: openpyxl.worksheet.worksheet.Worksheet) -> int:
    return next(row for row in range(1, 12) if sheet.cell(row, 1).value in ("NIP", "No.", "KIB", "Unit", "Tingkat"))


def test_staff_sheet_as_excel_shows_it(store: Store, edition: regions.Edition, filled: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "pegawai.xlsx"
    written = export(store, "staff", out)
    assert written.sheets == [("Pegawai", 2)]
    sheet = read(out)["Pegawai"]
    top = header_row(sheet)
    assert sheet.cell(1, 1).value == "DAFTAR PEGAWAI"
    assert sheet.cell(2, 1).value == "Provinsi Uji — Perda 1/2024"
    when = sheet.cell(3, 1)
    assert when.is_date and when.value.date() == date.today()
    assert '"Tanggal ekspor: "' in when.number_format
    assert sheet.freeze_panes == f"A{top + 1}"
    headers = [sheet.cell(top, col).value for col in range(1, 9)]
    assert headers == ["NIP", "Nama", "Gelar depan", "Gelar belakang", "Status", "Golongan", "Jabatan", "Unit"]
    assert all(sheet.cell(top, col).font.b for col in range(1, 9))
    rows = {sheet.cell(r, 1).value: r for r in range(top + 1, top + 3)}
    budi = rows[NIP]
    nip = sheet.cell(budi, 1)
    assert nip.data_type == "s" and nip.value == NIP and len(nip.value) == 18 and nip.number_format == "@"
    assert [sheet.cell(budi, c).value for c in (2, 3, 4, 5, 6, 7, 8)] == [
        "Budi Santoso",
        "Dr.",
        "M.Si.",
        "PNS",
        "III/b",
        "Analis Kebijakan Ahli Muda",
        "Bidang X",
    ]
    born = sheet.cell(budi, [sheet.cell(top, c).value for c in range(1, 30)].index("Tanggal lahir") + 1)
    assert born.is_date and born.value == datetime(1985, 3, 14)
    hostile = sheet.cell(rows["199001012020122001"], 2)
    assert hostile.data_type == "s" and hostile.value == HOSTILE  # text, not a formula
    assert hostile.quotePrefix  # and Excel keeps it text when the cell is edited
    assert sheet.column_dimensions["A"].width >= 18  # the NIP fits


def test_assets_one_sheet_per_kib_with_rupiah_as_numbers(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "aset.xlsx"
    export(store, "assets", out)
    book = read(out)
    assert book.sheetnames == ["KIB B", "KIB C"]
    sheet = book["KIB C"]
    top = header_row(sheet)
    headers = [sheet.cell(top, col).value for col in range(1, 12)]
    assert headers == [
        "KIB",
        "Kode barang",
        "Register",
        "Nama barang",
        "Tahun",
        "Nilai (Rp)",
        "Kondisi",
        "Lokasi",
        "Luas (m²)",
        "Nomor sertifikat",
        "Catatan",
    ]
    value = sheet.cell(top + 1, 6)
    assert value.data_type == "n" and value.value == pytest.approx(1_250_000.50) and value.number_format == "#,##0.00"
    assert sheet.cell(top + 1, 2).data_type == "s" and sheet.cell(top + 1, 3).value == "000001"  # codes keep their zeros
    assert sheet.cell(1, 1).value.startswith("KARTU INVENTARIS BARANG (KIB) C")


def test_structure_in_tree_order_with_outline_kinds_urusan_and_functions(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "struktur.xlsx"
    export(store, "structure", out)
    sheet = read(out)["Struktur"]
    top = header_row(sheet)
    headers = [sheet.cell(top, c).value for c in range(1, 14)]
    rows = [[sheet.cell(r, c).value for c in range(1, 14)] for r in range(top + 1, sheet.max_row + 1)]
    col = {name: headers.index(name) for name in headers}
    assert [(r[col["No."]], r[col["Nama unit"]], r[col["Jenis"]]) for r in rows] == [
        ("1", "Dinas A", "Dinas"),
        ("1.1", "Sekretariat", "Sekretariat"),
        ("1.2", "Bidang X", "Bidang"),
        ("1.3", "Bidang Y", "Bidang"),
        ("2", "Dinas B", "Dinas"),
    ]
    assert rows[0][col["Urusan"]] == "1.01;2.22"
    assert rows[2][col["Induk"]] == "Dinas A"
    assert rows[2][col["Fungsi"]] == "pembinaan koperasi\n-pengawasan"
    assert sheet.cell(top + 3, col["Nama unit"] + 1).alignment.indent == 1


def test_all_gives_one_sheet_per_kind_and_a_unit_narrows_it(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "semua.xlsx"
    export(store, "all", out)
    assert read(out).sheetnames == ["Struktur", "Jabatan", "Pegawai", "KIB B", "KIB C", "Temuan", "JPM"]
    positions_sheet = read(out)["Jabatan"]
    top = header_row(positions_sheet)
    standard = [positions_sheet.cell(top, c).value for c in range(1, 13)].index("Standar kompetensi") + 1
    assert positions_sheet.cell(top + 1, standard).value == "M.01: 3 — Integritas"
    narrow = tmp_path / "bidang.xlsx"
    export(store, "staff", narrow, unit_id=filled["x"])
    sheet = read(narrow)["Pegawai"]
    assert sheet.cell(3, 1).value == "Unit: Bidang X"
    assert sheet.max_row == header_row(sheet) + 1  # Budi only


def test_a_cancelled_export_leaves_the_old_file_and_no_partial(
    store: Store, filled: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.excel import workbook

    monkeypatch.setattr(workbook, "CHECK_EVERY", 1)
    out = tmp_path / "pegawai.xlsx"
    out.write_bytes(b"old")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        export(store, "staff", out, cancel=cancel)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_never_over_a_data_file_and_only_xlsx(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(FileProblem):
        export(store, "staff", store.path)
    disguised = tmp_path / "data.xlsx"
    disguised.write_bytes(store.path.read_bytes())
    with pytest.raises(FileProblem):
        export(store, "staff", disguised)
    assert disguised.read_bytes()[:16] == b"SQLite format 3\x00"
    with pytest.raises(NotFoundError):
        export(store, "staff", tmp_path / "x.xlsx", edition_id=999)


@pytest.mark.parametrize(
    ("kind", "sheet", "lists"),
    [
        ("staff", "Pegawai", {"E", "F", "I", "J"}),
        ("assets", "Aset", {"A", "G"}),
        ("structure", "Struktur", {"D", "F", "H", "J"}),
        ("positions", "Jabatan", {"C", "D", "E"}),
    ],
)
def test_templates_have_headers_an_example_notes_and_drop_downs(kind: str, sheet: str, lists: set[str], tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.xlsx"
    write_template(kind, out)
    book = read(out)
    assert book.sheetnames == [sheet, "Petunjuk", "Daftar"]
    data = book[sheet]
    assert data.freeze_panes == "A2" and data.cell(1, 1).font.b
    assert data.cell(2, 1).value not in (None, "")  # the example row
    validations = data.data_validations.dataValidation
    assert {str(v.sqref).split(":")[0].rstrip("0123456789") for v in validations} == lists
    assert all(v.type == "list" and v.formula1.startswith("'Daftar'!") for v in validations)
    notes = book["Petunjuk"]
    explained = [notes.cell(r, 1).value for r in range(7, notes.max_row + 1)]
    assert explained == [data.cell(1, c).value for c in range(1, data.max_column + 1)]
    assert all(notes.cell(r, 3).value for r in range(7, notes.max_row + 1))


def test_structure_template_offers_urusan_codes_and_kinds_in_words(tmp_path: Path) -> None:
    out = tmp_path / "struktur.xlsx"
    write_template("structure", out)
    lists = read(out)["Daftar"]
    columns = {lists.cell(1, c).value: c for c in range(1, lists.max_column + 1) if lists.cell(1, c).value}
    urusan = [lists.cell(r, columns["Kode urusan"]).value for r in range(2, lists.max_row + 1)]
    assert "1.01" in urusan and "2.22" in urusan and all(isinstance(code, str) for code in urusan if code)
    kinds = [lists.cell(r, columns["Jenis unit"]).value for r in range(2, lists.max_row + 1)]
    assert "Dinas" in kinds and "Bidang" in kinds


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_command_line_export_and_template(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "semua.xlsx"
    done = run("export", "all", str(sample_file), str(out))
    assert done.returncode == 0, done.stderr
    assert "Pegawai" in done.stdout
    names = read(out).sheetnames
    assert names[:3] == ["Struktur", "Jabatan", "Pegawai"] and "KIB A" in names and names[-2:] == ["Temuan", "JPM"]
    template = run("template", "staff", str(tmp_path / "templat.xlsx"))
    assert template.returncode == 0 and (tmp_path / "templat.xlsx").exists()


def test_command_line_refuses_with_status_2(sample_file: Path, tmp_path: Path) -> None:
    before = sample_file.read_bytes()
    for args in (
        ("export", "staff", str(sample_file), str(sample_file)),  # over the data file
        ("export", "staff", str(sample_file), str(tmp_path / "x.xlsx"), "--edition", "999"),
        ("export", "staff", str(sample_file), str(tmp_path / "x.xlsx"), "--unit", "999999"),
        ("export", "staff", str(tmp_path / "missing.sotk"), str(tmp_path / "x.xlsx")),
        ("export", "nothing", str(sample_file), str(tmp_path / "x.xlsx")),
        ("template", "findings", str(tmp_path / "t.xlsx")),
    ):
        done = run(*args)
        assert done.returncode == 2, args
        assert done.stderr.strip(), args
    assert sample_file.read_bytes() == before
    assert not (tmp_path / "x.xlsx").exists()


def test_export_reads_a_file_without_changing_it(sample_file: Path, tmp_path: Path) -> None:
    before = sample_file.read_bytes()
    with open_for_reading(sample_file) as store:
        written = export(store, "staff", tmp_path / "p.xlsx")
    assert written.rows > 1000 and sample_file.read_bytes() == before
