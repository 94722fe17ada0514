"""Importing the sheets offices keep, as a user meets it: the command line on a DUK, a KIB
register, a locale CSV and hostile files (exit status, what is printed, what the file
holds afterwards), and the core behind it (guessed layout, values, dry run, one undo step)."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from core import journal, positions, regions, units
from core.errors import FileProblem, ValidationError
from core.excel import values
from core.excel.headers import guess_layout
from core.excel.import_assets import plan_assets
from core.excel.import_staff import import_staff, plan_staff
from core.excel.read import Limits, open_workbook
from core.excel.units import UnitMatcher
from core.staff import StaffFilter, staff_ids, staff_rows
from core.store import Store, create_store, open_store
from tests.core import office_sheets as sheets
from ui.cli import main


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A file with Provinsi Uji: Dinas A (Sekretariat › Subbagian Keuangan, Bidang Sosial,
    UPTD Laboratorium) and a second region with one person in it."""
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Provinsi Uji", "provinsi")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force")
    ids = {"region": region.id}
    ids["a"] = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    ids["sek"] = units.create_unit(store, edition.id, ids["a"], "Sekretariat", "sekretariat").unit_id
    ids["keu"] = units.create_unit(store, edition.id, ids["sek"], "Subbagian Keuangan", "subbagian").unit_id
    ids["sos"] = units.create_unit(store, edition.id, ids["a"], "Bidang Sosial", "bidang").unit_id
    ids["lab"] = units.create_unit(store, edition.id, ids["a"], "UPTD Laboratorium", "uptd").unit_id
    ids["sekretaris"] = positions.create_position(store, ids["sek"], "Sekretaris", "administrator").id
    other = regions.create_region(store, "Kabupaten Lain", "kabupaten")
    from core.staff import create_staff

    create_staff(store, other.id, "198001012005011001", "Orang Lain")
    store.close()
    return path, ids


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def people(path: Path) -> dict[str, dict]:
    with open_store(path, read_only=True) as store:
        rows = staff_rows(store, staff_ids(store, StaffFilter()))
        return {r.nip: {"name": r.name, "golongan": r.golongan, "unit": r.unit, "position": r.position} for r in rows}


# -- a DUK as bureaus print it ---------------------------------------------------------------


def test_a_duk_with_title_rows_merged_header_and_signature_block_comes_in_whole(tmp_path, office, capsys) -> None:
    path, ids = office
    duk = sheets.duk(tmp_path / "duk.xlsx")
    code, out, _ = run(["import", "staff", str(path), str(duk), "--into", str(ids["a"]), "--dry-run", "--json"], capsys)
    report = json.loads(out)
    assert code == 0
    assert report["header_rows"] == [6, 7] and report["first_data_row"] == 9  # title rows and the column numbers skipped
    assert report["mapping"]["golongan"] == {"column": "C", "header": "PANGKAT GOL/RUANG"}
    assert report["mapping"]["position"]["header"] == "JABATAN NAMA"  # not the person's name
    assert report["summary"] == {"rows": 4, "added": 4, "updated": 0, "unchanged": 0, "rejected_rows": 0, "problems": 0}
    assert people(path).keys() == {"198001012005011001"}  # a dry run writes nothing

    code, out, _ = run(["import", "staff", str(path), str(duk), "--into", str(ids["a"])], capsys)
    assert code == 0 and "4 ditambah" in out
    found = people(path)
    assert found["197203151998031002"] == {
        "name": "Drs. BUDI SANTOSO, M.Si",
        "golongan": "IV/b",  # "Pembina Tk. I"
        "unit": "Sekretariat",  # "Sekr."
        "position": "Sekretaris",
    }
    assert found["198511202010012003"]["unit"] == "Subbagian Keuangan"  # "Subbag Keuangan", NIP after an apostrophe
    assert found["199001012015031004"]["golongan"] == "III/b"  # "III-b"
    assert found["196808171994031001"]["golongan"] == "IV/c"  # "Pembina Utama Muda"

    code, out, _ = run(["import", "staff", str(path), str(duk), "--into", str(ids["a"])], capsys)
    assert code == 0 and "4 tanpa perubahan" in out  # the same sheet again: matched by NIP


def test_bad_rows_are_rejected_each_with_row_column_value_and_reason_and_nothing_is_written(tmp_path, office, capsys) -> None:
    path, ids = office
    bad = [
        ("ANI", "III/a", "", "", "", "Bidang Sosial", ""),
        ("DEDI\nNIP. 19750230 200003 1 001", "III/a", "", "", "", "Bidang Sosial", ""),  # 30 February in the NIP
        ("EKO\nNIP. 19720315 199803 1 002", "III/a", "", "", "", "Bidang Sosial", ""),  # BUDI's NIP again
        ("FANI\nNIP. 19800101 200501 1 001", "III/a", "", "", "", "Bidang Sosial", ""),  # another region's person
        ("GITA\nNIP. 19900202 201503 2 001", "III/a", "31-04-2015", "", "", "Bidang Sosail", "2 Februari 1990"),
        ("HADI\nNIP. 19910303 201503 1 001", "III/a", "", "", "", "Bidang Sosial", "4 Maret 1991"),
    ]
    duk = sheets.duk(tmp_path / "duk.xlsx", sheets.DUK_PEOPLE[:1] + bad)
    code, out, _ = run(["import", "staff", str(path), str(duk), "--into", str(ids["a"]), "--json"], capsys)
    report = json.loads(out)
    assert code == 1 and report["written"] is False
    assert people(path).keys() == {"198001012005011001"}
    by_row = {}
    for rejected in report["rejected"]:
        assert rejected["sheet"] == "DUK 2024"
        by_row.setdefault(rejected["row"], []).append(rejected)
    assert sorted(by_row) == [10, 11, 12, 13, 14, 15]
    assert "NIP tidak boleh kosong" in by_row[10][0]["reason"]
    assert "tanggal lahir 30 Februari 1975 tidak ada" in by_row[11][0]["reason"]
    assert "dua kali" in by_row[12][0]["reason"] and "baris 9" in by_row[12][0]["reason"]
    assert "Kabupaten Lain" in by_row[13][0]["reason"] and by_row[13][0]["column"] == "B"
    reasons = {r["column"]: r["reason"] for r in by_row[14]}
    assert "31 April 2015 tidak ada" in reasons["D"]  # TMT on a day that does not exist
    assert "Bidang Sosial" in reasons["G"] and "tidak ditemukan" in reasons["G"]  # the nearest name offered
    assert {r["column"]: r["value"] for r in by_row[14]}["G"] == "Bidang Sosail"
    assert "tidak sama dengan tanggal lahir di NIP" in by_row[15][0]["reason"]

    code, out, _ = run(["import", "staff", str(path), str(duk), "--into", str(ids["a"]), "--accept-valid"], capsys)
    assert code == 1 and "1 ditambah" in out  # the valid row only
    assert set(people(path)) == {"198001012005011001", "197203151998031002"}


def test_a_nip_the_spreadsheet_made_a_number_is_refused_with_the_reason(tmp_path, office, capsys) -> None:
    path, ids = office
    sheet = sheets.staff_list(
        tmp_path / "angka.xlsx",
        [
            [199003152015032005, "Nomor Float", None, None, "PNS", "III/a", None, "Bidang Sosial"],
            ["1.99003E+17", "Nomor Ilmiah", None, None, "PNS", "III/a", None, "Bidang Sosial"],
            ["'19900315 201503 2 005", "Nomor Teks", None, None, "PNS", "Penata Muda", None, "Bid. Sosial"],
        ],
    )
    code, out, _ = run(["import", "staff", str(path), str(sheet), "--into", str(ids["a"]), "--dry-run", "--json"], capsys)
    report = json.loads(out)
    assert code == 1
    float_row, text_row = report["rejected"]
    assert float_row["row"] == 2 and float_row["column"] == "A" and float_row["value"] == "1.99003152015032e+17"
    assert "15 digit" in float_row["reason"] and "sudah hilang" in float_row["reason"]
    assert text_row["row"] == 3 and "angka ilmiah" in text_row["reason"]
    assert report["added"][0]["values"]["nip"] == "199003152015032005"
    assert report["added"][0]["values"]["golongan"] == "III/a"  # "Penata Muda"


def test_our_own_export_columns_update_people_matched_by_nip(tmp_path, office, capsys) -> None:
    path, ids = office
    first = sheets.staff_list(
        tmp_path / "ekspor.xlsx",
        [["199003152015032005", "Rina", "Dr.", "M.Si.", "PNS", "III/a", "Sekretaris", "Sekretariat"]],
    )
    assert run(["import", "staff", str(path), str(first), "--into", str(ids["a"])], capsys)[0] == 0
    second = sheets.staff_list(
        tmp_path / "ekspor2.xlsx",
        [["199003152015032005", "Rina", "Dr.", "M.Si.", "PNS", "III/b", "Sekretaris", "Sekretariat"]],
    )
    code, out, _ = run(["import", "staff", str(path), str(second), "--into", str(ids["a"]), "--json"], capsys)
    report = json.loads(out)
    assert code == 0 and report["summary"]["updated"] == 1
    assert report["updated"][0]["changes"] == {"golongan": ["III/a", "III/b"]}
    assert people(path)["199003152015032005"]["golongan"] == "III/b"


def test_an_import_is_one_undo_step(tmp_path, office) -> None:
    path, ids = office
    duk = sheets.duk(tmp_path / "duk.xlsx")
    store = open_store(path)
    try:
        with open_workbook(duk) as book, store.write(undo="Impor duk.xlsx") as tx:
            layout = guess_layout(book, "staff")
            plan = import_staff(tx, book, layout, into=ids["a"])
            step = tx.step
        assert len(plan.added) == 4 and step is not None
        assert store.scalar("SELECT count(*) FROM staff") == 5
        journal.reverse(store, step, "undo", "Impor duk.xlsx")
        assert store.scalar("SELECT count(*) FROM staff") == 1
    finally:
        store.close()


def test_a_remembered_mapping_is_used_for_the_next_file_of_the_same_shape(tmp_path, office, capsys) -> None:
    path, ids = office
    sheet = sheets.staff_list(
        tmp_path / "a.xlsx",
        [["199003152015032005", "Rina", "Sosial"]],
        headers=["NIP", "Nama", "Seksi"],  # 'Seksi' is no header the program knows
    )
    memory = tmp_path / "pemetaan.json"
    run(["import", "staff", str(path), str(sheet), "--into", str(ids["a"]), "--dry-run", "--mapping", str(memory)], capsys)
    data = json.loads(memory.read_text(encoding="utf-8"))
    (shape,) = data["shapes"].values()
    assert shape["columns"] == {"nip": "A", "name": "B"}
    shape["columns"]["unit"] = "C"  # the user says column C is the unit
    memory.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(
        ["import", "staff", str(path), str(sheet), "--into", str(ids["a"]), "--dry-run", "--json", "--mapping", str(memory)],
        capsys,
    )
    report = json.loads(out)
    assert code == 1 and report["mapping"]["unit"]["column"] == "C"
    assert "Bidang Sosial" in report["rejected"][0]["reason"]  # 'Sosial' alone: the nearest names are offered


# -- assets ------------------------------------------------------------------------------------


KIB_ITEMS = [
    [1, "1.3.2.02.01.01.001", "0001", "Sedan", "Toyota Vios", 2012, "Baik", "Pembelian", "826.761.850,00", None, None],
    [2, "1.3.2.05.01.04.002", "0001", "Laptop", "Lenovo", "5 Mei 2019", "KB", "Pembelian", "Rp 12.500.000", None, "UPT Laboratorium"],
    [3, "1.3.2.05.01.04.002", "0002", "Laptop", "Lenovo", 2019, "Rusak Berat", "Hibah", 12500000, None, "Bid. Sosial"],
    [4, "1.3.3.01.01.01.001", "0001", "Gedung Kantor", None, 2001, "B", "Pembelian", "1.000.000,00", None, None],
    [5, "1.3.2.05.01.04.002", "0001", "Laptop lagi", "Lenovo", 2019, "B", "Pembelian", "1,500", None, None],
]  # fmt: skip


def test_a_kib_b_register_with_header_block_and_merged_header(tmp_path, office, capsys) -> None:
    path, ids = office
    register = sheets.kib_b(tmp_path / "kib_b.xlsx", KIB_ITEMS)
    code, out, _ = run(["import", "assets", str(path), str(register), "--into", str(ids["a"]), "--dry-run", "--json"], capsys)
    report = json.loads(out)
    assert code == 1
    assert report["header_rows"] == [8, 9] and report["first_data_row"] == 11  # the "(1) (2) …" row skipped
    assert report["mapping"]["kode_barang"]["header"] == "Nomor Kode Barang"
    assert report["summary"]["rows"] == 5  # the JUMLAH row and the signature are not rows
    added = {a["row"]: a["values"] for a in report["added"]}
    assert added[11]["value_sen"] == 82_676_185_000 and added[11]["condition"] == "B" and added[11]["kib"] == "B"
    assert added[12]["year"] == 2019 and added[12]["condition"] == "KB" and added[12]["unit_id"] == ids["lab"]
    assert added[13]["condition"] == "RB" and added[13]["unit_id"] == ids["sos"]
    rejected: dict[int, dict[str, str]] = {}
    for problem in report["rejected"]:
        rejected.setdefault(problem["row"], {})[problem["column"]] = problem["reason"]
    assert sorted(rejected) == [14, 15]
    assert "termasuk KIB C, bukan KIB B" in rejected[14]["B"]  # a building's code in the KIB B
    assert "dua kali" in rejected[15]["C"] and "baris 12" in rejected[15]["C"]
    assert "bisa dibaca dua cara" in rejected[15]["I"]  # '1,500': thousands or sen? asked, not guessed
    code, out, _ = run(["import", "assets", str(path), str(register), "--into", str(ids["a"]), "--accept-valid"], capsys)
    assert code == 1 and "3 ditambah" in out
    with open_store(path, read_only=True) as store:
        assert store.scalar("SELECT sum(value_sen) FROM assets") == 82_676_185_000 + 2 * 1_250_000_000


def test_a_kib_a_header_on_three_rows_maps_the_certificate_number(tmp_path, office) -> None:
    path, ids = office
    register = sheets.kib_a_three_rows(
        tmp_path / "kib_a.xlsx",
        [[1, "Tanah Kantor", "1.3.1.01.01.01.001", "0001", "1.250,5", 1990, "Jl. Ahmad Yani", "Hak Pakai", "5 Mei 2012", "12.01.02.03.4.00123", "250.000.000"]],
    )  # fmt: skip
    with open_workbook(register) as book, open_store(path, read_only=True) as store:
        layout = guess_layout(book, "assets")
        assert (layout.header_first, layout.header_last, layout.kib) == (2, 4, "A")
        labels = dict(zip(layout.mapping.columns, (layout.labels[i] for i in layout.mapping.columns.values()), strict=True))
        assert labels["certificate_no"] == "Status Tanah Sertifikat Nomor"
        assert labels["_certificate_date"] == "Status Tanah Sertifikat Tanggal"
        plan = plan_assets(store, book, layout, into=ids["a"])
    assert not plan.rejected
    (added,) = plan.added
    assert added.values["certificate_no"] == "12.01.02.03.4.00123" and added.values["area_m2"] == 1250.5
    assert added.values["location"] == "Jl. Ahmad Yani" and added.values["value_sen"] == 25_000_000_000


# -- a CSV as an Indonesian Excel saves it -------------------------------------------------------


def test_a_semicolon_csv_in_windows_1252(tmp_path, office, capsys) -> None:
    path, ids = office
    csv_file = sheets.locale_csv(
        tmp_path / "pegawai.csv",
        [["'19900315 201503 2 005", "Désy Anggraini", "Penata Muda Tk. I", "Bid. Sosial"]],
        ["NIP", "NAMA LENGKAP", "PANGKAT/GOL", "UNIT KERJA"],
    )
    code, out, _ = run(["import", "staff", str(path), str(csv_file), "--into", str(ids["a"]), "--json"], capsys)
    report = json.loads(out)
    assert code == 0 and report["written"] is True
    assert people(path)["199003152015032005"] == {
        "name": "Désy Anggraini",
        "golongan": "III/b",
        "unit": "Bidang Sosial",
        "position": None,
    }


# -- files that cannot be read -------------------------------------------------------------------


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    good = sheets.duk(tmp_path / "baik.xlsx")
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    no_header = tmp_path / "tanpa_judul.xlsx"
    book = Workbook()
    book.active.append(["apa", "saja"])
    book.save(no_header)
    return {
        "teks": sheets.text_as_xlsx(tmp_path / "teks.xlsx"),
        "gambar": sheets.png_as_xlsx(tmp_path / "foto.xlsx"),
        "terpotong": sheets.truncated(good, tmp_path / "terpotong.xlsx"),
        "bom": sheets.zip_bomb(tmp_path / "bom.xlsx"),
        "entitas": sheets.entity_xlsx(good, tmp_path / "entitas.xlsx"),
        "sandi": sheets.ole_as_xlsx(tmp_path / "sandi.xlsx"),
        "kosong": empty,
        "tanpa judul": no_header,
    }


EXPECTED = {
    "teks": "berisi teks biasa",
    "gambar": "gambar atau dokumen PNG",
    "terpotong": "rusak atau terpotong",
    "bom": "ditolak sebelum dibuka",
    "entitas": "DTD/entitas",
    "sandi": "dilindungi kata sandi",
    "kosong": "kosong",
    "tanpa judul": "judul kolom yang dikenali",
}


def test_files_that_cannot_be_read_exit_2_and_leave_the_file_untouched(tmp_path, office, capsys) -> None:
    path, ids = office
    before = path.read_bytes()
    for name, bad in hostile_files(tmp_path).items():
        started = time.perf_counter()
        code, _out, err = run(["import", "staff", str(path), str(bad), "--into", str(ids["a"])], capsys)
        assert code == 2, name
        assert EXPECTED[name] in err and bad.name in err, (name, err)
        assert time.perf_counter() - started < 2, name
    assert path.read_bytes() == before


def test_a_zip_bomb_is_refused_from_its_declared_size_in_well_under_a_second(tmp_path) -> None:
    bomb = sheets.zip_bomb(tmp_path / "bom.xlsx")
    assert bomb.stat().st_size < 10_000
    started = time.perf_counter()
    with pytest.raises(FileProblem, match="ditolak sebelum dibuka"):
        open_workbook(bomb)
    assert time.perf_counter() - started < 0.5


def test_a_sheet_of_a_million_rows_is_refused_with_its_size_before_it_is_loaded(tmp_path) -> None:
    big = tmp_path / "sejuta.xlsx"
    book = Workbook()
    book.active.append(["NIP", "NAMA"])
    book.active.cell(1_048_576, 1, "baris terakhir")
    book.save(big)
    started = time.perf_counter()
    with open_workbook(big) as opened, pytest.raises(FileProblem, match=r"1\.048\.576 baris"):
        opened.sheet()
    assert time.perf_counter() - started < 1


def test_a_csv_beyond_the_row_limit_is_refused(tmp_path) -> None:
    csv_file = sheets.locale_csv(tmp_path / "panjang.csv", [["1", "x"]] * 50, ["NIP", "NAMA"])
    with open_workbook(csv_file, Limits(max_rows=20)) as book, pytest.raises(FileProblem, match="lebih dari 20 baris"):
        list(book.sheet().rows())


# -- values and names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("15 Maret 1972", date(1972, 3, 15)),
        ("20 Nopember 1985", date(1985, 11, 20)),
        ("01-04-2021", date(2021, 4, 1)),
        ("1/10/2020", date(2020, 10, 1)),  # day first
        (43922, date(2020, 4, 1)),  # an Excel serial number
        (date(2019, 4, 1), date(2019, 4, 1)),
        ("5 Agust. 2012", date(2012, 8, 5)),
    ],
)
def test_dates_as_offices_write_them(written, expected) -> None:
    assert values.parse_date(written, "_birth_date") == expected


def test_a_date_that_does_not_exist_is_refused_never_moved() -> None:
    with pytest.raises(ValidationError, match="30 Februari 1987 tidak ada"):
        values.parse_date("30 Februari 1987", "_birth_date")


@pytest.mark.parametrize("written", ["III/a", "III-a", "IIIa", "III / A", "Penata Muda", "Penata Muda, III/a"])
def test_ranks_in_every_spelling(written) -> None:
    assert values.golongan(written) == "III/a"


def test_pppk_golongan_and_unknown_ranks() -> None:
    assert values.golongan("IX", "PPPK") == "IX"
    with pytest.raises(ValidationError, match="tidak dikenal"):
        values.golongan("Penata Madya")


def test_nip_cells() -> None:
    assert values.nip("'19800101 200501 1 001") == "198001012005011001"
    assert values.nip(" NIP. 19800101 200501 1 001") == "198001012005011001"
    with pytest.raises(ValidationError, match="15 digit"):
        values.nip(1.99003e17)
    with pytest.raises(ValidationError, match="15 digit"):
        values.nip(199003152015032005.0)
    assert values.name_and_nip("Drs. BUDI\nNIP. 19800101 200501 1 001") == ("Drs. BUDI", "19800101 200501 1 001")


@pytest.mark.parametrize("cell", ["  Bidang Sosial ", "", "   ", "III/a", "\u00a0x\u00a0", "a\nb"])
def test_a_text_cell_reads_as_its_general_reading(cell: str) -> None:
    """values.text answers plain str cells first: as the general path (str(), strip) would."""

    class Typed(str):
        pass

    assert values.text(cell) == values.text(Typed(cell))


@pytest.mark.parametrize(
    ("written", "refusal"),
    [("19800101 200501 1 001", None), ("1980 0101 2005 0110 01", None), ("19800101" + " " * 50 + "2005011001", "terlalu panjang"),
     ("19800101 200501 1 00", "harus 18 angka"), ("19800101 200501 1 0011", "harus 18 angka"), ("19800101 2005O1 1 001", "hanya boleh")],
)  # fmt: skip
def test_a_nip_with_spaces_is_read_as_the_full_cleaning_reads_it(written: str, refusal: str | None) -> None:
    """values.nip takes a short cut for digits and spaces: the same answer, the same refusals."""
    from core import nip

    if refusal is None:
        assert values.nip(written) == nip.clean(written) == written.replace(" ", "")
    else:
        for read in (values.nip, nip.clean):
            with pytest.raises(ValidationError, match=refusal):
                read(written)


def test_units_are_matched_without_case_punctuation_and_abbreviations() -> None:
    matcher = UnitMatcher(
        [(1, "Sekretariat", "Dinas A › Sekretariat"), (2, "Bidang Sosial", "Dinas A › Bidang Sosial"),
         (3, "Subbagian Umum dan Kepegawaian", "Dinas A › Sekretariat › Subbagian Umum dan Kepegawaian"),
         (4, "UPTD Laboratorium", "Dinas A › UPTD Laboratorium")],
        "Dinas A",
    )  # fmt: skip
    assert matcher.match("Sekr.") == 1
    assert matcher.match("BIDANG SOSIAL") == 2
    assert matcher.match("Bid. Sosial") == 2
    assert matcher.match("Subbag Umum & Kepeg.") == 3
    assert matcher.match("UPT Laboratorium") == 4
    with pytest.raises(ValidationError, match="Yang paling mirip: Bidang Sosial"):
        matcher.match("Bidang Sosail")


def test_plan_reports_progress_and_can_be_cancelled(tmp_path, office) -> None:
    from core.errors import Cancelled

    path, ids = office
    rows = [[f"1990031520150320{n:02d}", f"Orang {n}", None, None, "PNS", "III/a", None, None] for n in range(1, 60)]
    sheet = sheets.staff_list(tmp_path / "banyak.xlsx", rows)
    seen: list[float] = []
    with open_workbook(sheet) as book, open_store(path, read_only=True) as store:
        layout = guess_layout(book, "staff")
        plan = plan_staff(store, book, layout, into=ids["a"], progress=lambda done, _: seen.append(done))
        assert len(plan.added) == 59 and seen[-1] == 1.0
        with pytest.raises(Cancelled):
            plan_staff(store, book, layout, into=ids["a"], cancelled=lambda: True)


def test_the_first_screen_of_a_dry_run_arrives_before_the_rest_and_the_final_plan_is_unchanged(tmp_path, office) -> None:
    """``first`` gets the plan of the first 200 data rows while the rest is being checked; the
    plan returned is the one made without it, and a shorter sheet gets it once, complete."""
    from core.excel.report import FIRST_ROWS, plan_json

    path, ids = office
    rows = []
    for n in range(1, 451):
        nip = f"1990031520150310{n:02d}"[:14] + f"1{n:03d}"
        golongan = "XX" if n % 7 == 0 else "III/a"  # every seventh row is refused
        rows.append([nip, f"Orang {n}", None, None, "PNS", golongan, None, "Bidang Sosial" if n % 2 else None])
    sheet = sheets.staff_list(tmp_path / "banyak.xlsx", rows)
    firsts: list = []
    with open_workbook(sheet) as book, open_store(path, read_only=True) as store:
        layout = guess_layout(book, "staff")
        plan = plan_staff(store, book, layout, into=ids["a"], first=firsts.append)
        alone = plan_staff(store, book, layout, into=ids["a"])
        assert plan_json(plan) == plan_json(alone)
        assert len(firsts) == 1
        early = firsts[0]
        assert early.rows == FIRST_ROWS and plan.rows == 450
        assert early.added == plan.added[: len(early.added)] and len(early.added) == FIRST_ROWS - FIRST_ROWS // 7
        assert early.rejected == plan.rejected[: len(early.rejected)] and early.rejected_rows == FIRST_ROWS // 7
        assert all(r.row <= FIRST_ROWS + 1 for r in early.rejected + early.added)  # header on row 1

        short = sheets.staff_list(tmp_path / "sedikit.xlsx", rows[:20])
        firsts.clear()
        with open_workbook(short) as small:
            whole = plan_staff(store, small, guess_layout(small, "staff"), into=ids["a"], first=firsts.append)
        assert len(firsts) == 1 and plan_json(firsts[0]) == plan_json(whole)


def test_a_store_fixture_is_not_needed_for_values(store: Store) -> None:
    """The value readers need no file: the dialog can show a cell's reading before any plan."""
    assert values.condition("Kurang Baik") == "KB" and values.year("5 Mei 2012") == 2012
