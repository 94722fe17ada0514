"""The staff importer's whole report on two messy sheets, compared with an expectation written
out by hand: every value added, every refusal (sheet, row, column, header, value, reason, in
order) and every note. It guards the speed work on the per-row path (values read once per
distinct spelling, a fast path for clean NIPs): a cheaper reading must read the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core import positions, regions, units
from core.excel.headers import guess_layout
from core.excel.import_staff import plan_staff
from core.excel.read import open_workbook
from core.excel.report import plan_json
from core.staff import STAFF_FIELDS, create_staff
from core.store import create_store, open_for_reading
from tests.core import office_sheets as sheets


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """Provinsi Uji: Dinas A (Sekretariat › Subbagian Keuangan, Bidang Sosial, UPTD
    Laboratorium; a Sekretaris position), and Kabupaten Lain with one person."""
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Provinsi Uji", "provinsi")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force")
    ids = {"a": units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id}
    ids["sek"] = units.create_unit(store, edition.id, ids["a"], "Sekretariat", "sekretariat").unit_id
    ids["keu"] = units.create_unit(store, edition.id, ids["sek"], "Subbagian Keuangan", "subbagian").unit_id
    ids["sos"] = units.create_unit(store, edition.id, ids["a"], "Bidang Sosial", "bidang").unit_id
    ids["lab"] = units.create_unit(store, edition.id, ids["a"], "UPTD Laboratorium", "uptd").unit_id
    ids["sekretaris"] = positions.create_position(store, ids["sek"], "Sekretaris", "administrator").id
    other = regions.create_region(store, "Kabupaten Lain", "kabupaten")
    create_staff(store, other.id, "198001012005011001", "Orang Lain")
    store.close()
    return path, ids


def report_of(path: Path, sheet: Path, into: int) -> dict[str, Any]:
    with open_workbook(sheet) as book, open_for_reading(path) as store:
        return plan_json(plan_staff(store, book, guess_layout(book, "staff"), into=into))


def added(ids: dict[str, int], row: int, nip: str, name: str, front: str | None, back: str | None, status: str,
          golongan: str | None, unit: str, position: str | None = None) -> dict[str, Any]:  # fmt: skip
    values = dict.fromkeys(STAFF_FIELDS)
    values.update(nip=nip, name=name, front_title=front, back_title=back, status=status, golongan=golongan)
    values.update(unit_id=ids[unit], position_id=ids[position] if position else None)
    return {"row": row, "values": values}


def rejected(sheet: str, row: int, column: str, header: str, value: str, reason: str) -> dict[str, Any]:
    return {"sheet": sheet, "row": row, "column": column, "header": header, "value": value, "reason": reason}


# The nearest names: token_sort_ratio ≥ 40, best first (Bidang Sosial 92, Subbagian Keuangan 45; for
# 'Bagian Umum': UPTD Laboratorium 43, Bidang Sosial 42, Subbagian Keuangan 41, the rest below 40).
SOSIAL_TYPO = "Unit 'Bidang Sosail' tidak ditemukan di Dinas A. Yang paling mirip: Bidang Sosial; Subbagian Keuangan."


def test_a_messy_duk_is_read_row_by_row_as_written_out_here(tmp_path, office) -> None:
    """A DUK with its title block, merged two-row header, column numbers, JUMLAH row and
    signature block; NIPs under the names (apostrophe, no 'NIP.'), Indonesian dates, ranks
    by name and by letter, and rows refused for every reason a DUK gives, some sharing the
    rank, position and unit of a sound row (a reading kept per spelling must not leak)."""
    path, ids = office
    people = [
        *sheets.DUK_PEOPLE,
        ("ANI SUSANTI\nNIP. 19880512 201101 2 001", "Penata Muda", "", "", "", "Bidang Sosial", "12 Mei 1988"),
        ("BUDI LAGI\nNIP. 19720315 199803 1 002", "III/a", "", "", "", "Bidang Sosial", ""),
        ("CICI\nNIP. 19900202 201503 2 001", "III/a", "", "", "", "Bidang Sosail", ""),
        ("DEDI\nNIP. 19750230 200003 1 001", "III/a", "", "", "", "Bidang Sosail", ""),
        ("EMA\nNIP. 19910303 201503 2 001", "III/a", "", "", "", "Bidang Sosial", "4 Maret 1991"),
        ("FAJAR\nNIP. 19920404 201503 1 002", "III/a", "31-04-2015", "", "", "Bidang Sosial", ""),
        ("GITA\nNIP. 19930505 201503 2 002", "Penata Mud", "", "", "", "Bidang Sosial", ""),
        ("HADI SAPUTRA", "III/a", "", "", "", "Bidang Sosial", ""),
        ("IRA, S.Pd.\nNIP. 19940606 201903 2 001", "Penata Muda", "", "Pranata Komputer", "", "Bid. Sosial", ""),
    ]
    report = report_of(path, sheets.duk(tmp_path / "duk.xlsx", people), ids["a"])
    duk = "DUK 2024"
    assert report["header_rows"] == [6, 7] and report["first_data_row"] == 9
    assert report["summary"] == {"rows": 13, "added": 6, "updated": 0, "unchanged": 0, "rejected_rows": 7, "problems": 8}
    assert report["added"] == [
        added(ids, 9, "197203151998031002", "BUDI SANTOSO", "Drs.", "M.Si", "PNS", "IV/b", "sek", "sekretaris"),
        added(ids, 10, "198511202010012003", "SITI AMINAH", None, "S.E.", "PNS", "III/c", "keu"),
        added(ids, 11, "199001012015031004", "AGUS PRASETYO", None, "S.Kom", "PNS", "III/b", "sos"),
        added(ids, 12, "196808171994031001", "RAHMAT HIDAYAT", "Ir. H.", None, "PNS", "IV/c", "sos"),
        added(ids, 13, "198805122011012001", "ANI SUSANTI", None, None, "PNS", "III/a", "sos"),
        added(ids, 21, "199406062019032001", "IRA", None, "S.Pd.", "PNS", "III/a", "sos"),
    ]
    assert report["rejected"] == [
        rejected(duk, 14, "B", "NAMA / NIP", "BUDI LAGI\nNIP. 19720315 199803 1 002",
                 "NIP 19720315 199803 1 002 muncul dua kali di lembar ini (juga di baris 9)."),
        rejected(duk, 15, "G", "UNIT KERJA", "Bidang Sosail", SOSIAL_TYPO),
        rejected(duk, 16, "G", "UNIT KERJA", "Bidang Sosail", SOSIAL_TYPO),
        rejected(duk, 16, "B", "NAMA / NIP", "DEDI\nNIP. 19750230 200003 1 001",
                 "NIP 19750230 200003 1 001: tanggal lahir 30 Februari 1975 tidak ada."),
        rejected(duk, 17, "H", "TGL LAHIR", "4 Maret 1991",
                 "Tanggal lahir 4 Maret 1991 tidak sama dengan tanggal lahir di NIP 19910303 201503 2 001 (03-03-1991)."),
        rejected(duk, 18, "D", "PANGKAT TMT", "31-04-2015", "TMT pangkat: tanggal 31 April 2015 tidak ada."),
        rejected(duk, 19, "C", "PANGKAT GOL/RUANG", "Penata Mud",
                 "Golongan 'Penata Mud' tidak dikenal (contoh: III/a, III-a, IIIa atau Penata Muda)."),
        rejected(duk, 20, "B", "NAMA / NIP", "HADI SAPUTRA", "NIP tidak boleh kosong (kolom NIP, atau NIP di bawah nama)."),
    ]  # fmt: skip
    keuangan, sosial = "Dinas A › Sekretariat › Subbagian Keuangan", "Dinas A › Bidang Sosial"
    assert report["notes"] == [
        {"row": 10, "column": "E", "value": "Analis Keuangan",
         "note": f"Jabatan 'Analis Keuangan' tidak ada di unit {keuangan}: pegawai dicatat tanpa jabatan."},
        {"row": 11, "column": "E", "value": "Pranata Komputer",
         "note": f"Jabatan 'Pranata Komputer' tidak ada di unit {sosial}: pegawai dicatat tanpa jabatan."},
        {"row": 12, "column": "E", "value": "Kepala Bidang",
         "note": f"Jabatan 'Kepala Bidang' tidak ada di unit {sosial}: pegawai dicatat tanpa jabatan."},
        {"row": 21, "column": "E", "value": "Pranata Komputer",
         "note": f"Jabatan 'Pranata Komputer' tidak ada di unit {sosial}: pegawai dicatat tanpa jabatan."},
    ]  # fmt: skip


def test_a_messy_list_with_a_nip_column_is_read_row_by_row_as_written_out_here(tmp_path, office) -> None:
    """Our own export's columns as a clerk fills them: a NIP the spreadsheet made a number,
    an apostrophe and spaces, PNS and PPPK, a PPPK given a PNS rank, an unknown status, a NIP
    of another region and one given twice, abbreviations, an unknown unit; rows with the same
    status, rank and unit as a refused one are still read on their own."""
    path, ids = office
    rows = [
        [199003152015032005, "Nomor Float", None, None, "PNS", "III/a", None, "Bidang Sosial"],
        ["'19900315 201503 2 006", "Rina", "Dr.", "M.Si.", "PNS", "Penata Muda", "Sekretaris", "Sekretariat"],
        [" 19900315  201503 2 007 ", "Sari", None, None, "PPPK", "IX", None, "Subbag Keuangan"],
        ["199003152021212008", "Tono", None, None, "PPPK", "III/a", None, "Subbag Keuangan"],
        ["199003152015032009", "Umar", None, None, "Honorer", "III/b", None, "Bidang Sosial"],
        ["198001012005011001", "Orang Lain Lagi", None, None, "PNS", "III/a", None, "Bidang Sosial"],
        ["199003152015032006", "Rina Lagi", None, None, "PNS", "III/a", None, "Bidang Sosial"],
        ["199003152015032010", "Vina", "Hj.", None, "PNS", "III/a", None, "UPT Laboratorium"],
        ["199003152015031011", "Wawan", None, None, "PNS", "III/a", None, "Bagian Umum"],
        ["199003152015031012", "Yudi", None, None, "PNS", "III/a", None, "Bidang Sosial"],
        ["199003152015031013", "Zaki", None, None, "PPPK", "IX", None, "Subbag Keuangan"],
    ]
    report = report_of(path, sheets.staff_list(tmp_path / "daftar.xlsx", rows), ids["a"])
    sheet = "Pegawai"
    assert report["summary"] == {"rows": 11, "added": 5, "updated": 0, "unchanged": 0, "rejected_rows": 6, "problems": 6}
    assert report["added"] == [
        added(ids, 3, "199003152015032006", "Rina", "Dr.", "M.Si.", "PNS", "III/a", "sek", "sekretaris"),
        added(ids, 4, "199003152015032007", "Sari", None, None, "PPPK", "IX", "keu"),
        added(ids, 9, "199003152015032010", "Vina", "Hj.", None, "PNS", "III/a", "lab"),
        added(ids, 11, "199003152015031012", "Yudi", None, None, "PNS", "III/a", "sos"),
        added(ids, 12, "199003152015031013", "Zaki", None, None, "PPPK", "IX", "keu"),
    ]
    umum = (
        "Unit 'Bagian Umum' tidak ditemukan di Dinas A. Yang paling mirip: UPTD Laboratorium; Bidang Sosial; Subbagian Keuangan."
    )
    number = (
        "NIP 1.99003152015032e+17 tersimpan sebagai angka di lembar kerja: angka hanya menyimpan 15 digit dengan pasti,"
        " jadi digit terakhir NIP sudah hilang. Format kolom NIP sebagai Teks lalu ketik ulang dari SK."
    )
    assert report["rejected"] == [
        rejected(sheet, 2, "A", "NIP", "1.99003152015032e+17", number),
        rejected(sheet, 5, "F", "Golongan", "III/a", "Golongan 'III/a' tidak dikenal (contoh: III/a, III-a, IIIa atau Penata Muda)."),
        rejected(sheet, 6, "E", "Status", "Honorer", "Status 'Honorer' tidak dikenal (tulis PNS atau PPPK)."),
        rejected(sheet, 7, "A", "NIP", "198001012005011001",
                 "NIP 19800101 200501 1 001 sudah tercatat di wilayah lain dalam berkas ini (Kabupaten Lain, atas nama Orang Lain)."),
        rejected(sheet, 8, "A", "NIP", "199003152015032006",
                 "NIP 19900315 201503 2 006 muncul dua kali di lembar ini (juga di baris 3)."),
        rejected(sheet, 10, "H", "Unit", "Bagian Umum", umum),
    ]  # fmt: skip
    assert report["notes"] == []
