"""Spreadsheets shaped like the ones offices keep, made with openpyxl by the tests
themselves: a DUK with a title block, a merged two-row header, a row of column numbers,
NIPs written every way, Indonesian dates, a JUMLAH row and a signature block; a KIB B
register with its header block and a three-row header; a semicolon CSV in Windows-1252;
and hostile files."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# People of the DUK: (name cell, PANGKAT GOL/RUANG, TMT, JABATAN, JABATAN TMT, unit, TGL LAHIR)
DUK_PEOPLE = [
    ("Drs. BUDI SANTOSO, M.Si\nNIP. 19720315 199803 1 002", "Pembina Tk. I", "01-04-2018", "Sekretaris", "1/10/2020",
     "Sekr.", "15 Maret 1972"),
    ("SITI AMINAH, S.E.\nNIP. '19851120 201001 2 003", "III/c", date(2019, 4, 1), "Analis Keuangan", "", "Subbag Keuangan",
     "20 Nopember 1985"),
    ("AGUS PRASETYO, S.Kom\n19900101 201503 1 004", "III-b", "1 April 2021", "Pranata Komputer", "", "Bid. Sosial",
     "1 Januari 1990"),
    ("Ir. H. RAHMAT HIDAYAT\nNIP. 19680817 199403 1 001", "Pembina Utama Muda", 43922, "Kepala Bidang", "",
     "Bidang Sosial", "17 Agustus 1968"),
]  # fmt: skip


def duk(path: Path, people: list[tuple] | None = None, *, extra_rows: list[list] | None = None) -> Path:
    """A DUK as a bureau prints it: four title rows, a two-row header with merged cells, a
    row of column numbers, people, a JUMLAH row and a signature block."""
    book = Workbook()
    sheet = book.active
    sheet.title = "DUK 2024"
    sheet["A1"] = "PEMERINTAH PROVINSI UJI"
    sheet["A2"] = "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"
    sheet["A3"] = "DINAS A"
    sheet["A4"] = "Keadaan per 31 Desember 2024"
    for row in (1, 2, 3, 4):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        sheet.cell(row, 1).font = Font(bold=True)
    top = ["NO", "NAMA / NIP", "PANGKAT", None, "JABATAN", None, "UNIT KERJA", "TGL LAHIR", "PENDIDIKAN", "KET"]
    sub = [None, None, "GOL/RUANG", "TMT", "NAMA", "TMT", None, None, None, None]
    for column, value in enumerate(top, start=1):
        sheet.cell(6, column, value)
    for column, value in enumerate(sub, start=1):
        sheet.cell(7, column, value)
    for column in (1, 2, 7, 8, 9, 10):
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column)
    sheet.merge_cells("C6:D6")
    sheet.merge_cells("E6:F6")
    for column in range(1, 11):
        sheet.cell(8, column, column)  # the row of column numbers
    row = 9
    for number, person in enumerate(people if people is not None else DUK_PEOPLE, start=1):
        name, rank, since, title, title_since, unit, born = person
        for column, value in enumerate([number, name, rank, since, title, title_since, unit, born, "S1", None], start=1):
            cell = sheet.cell(row, column, value)
            if isinstance(value, date):
                cell.number_format = "DD-MM-YYYY"
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True)
        row += 1
    for extra in extra_rows or []:
        for column, value in enumerate(extra, start=1):
            sheet.cell(row, column, value)
        row += 1
    row += 1
    sheet.cell(row, 1, "JUMLAH")
    sheet.cell(row, 3, f"{len(people or DUK_PEOPLE)} orang")
    row += 2
    sheet.cell(row, 8, "Pontianak, 31 Desember 2024")
    sheet.cell(row + 1, 8, "KEPALA DINAS A,")
    sheet.cell(row + 4, 8, "Dr. IR. KEPALA, M.T.")
    sheet.cell(row + 5, 8, "NIP. 19700101 199503 1 001")
    book.save(path)
    return path


def staff_list(path: Path, rows: list[list], headers: list[str] | None = None) -> Path:
    """A plain list with one header row (our own export's column names by default)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(headers or ["NIP", "Nama", "Gelar depan", "Gelar belakang", "Status", "Golongan", "Jabatan", "Unit"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def kib_b(path: Path, items: list[list]) -> Path:
    """A KIB B register as SIMDA BMD prints it: a header block (provinsi, OPD, kode lokasi)
    and a three-row header (Nomor: Kode Barang, Register; …)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "KIB B"
    sheet["A1"] = "KARTU INVENTARIS BARANG (KIB) B"
    sheet["A2"] = "PERALATAN DAN MESIN"
    sheet["A4"], sheet["C4"] = "PROVINSI", ": PROVINSI UJI"
    sheet["A5"], sheet["C5"] = "OPD", ": DINAS A"
    sheet["A6"], sheet["C6"] = "KODE LOKASI", ": 12.01.03.00.01"
    headers = [
        ["No", "Nomor", None, "Nama Barang / Jenis Barang", "Merk / Type", "Tahun Pembelian", "Kondisi", "Asal Usul",
         "Harga (Rp)", "Keterangan", "Unit Kerja"],
        [None, "Kode Barang", "Register", None, None, None, None, None, None, None, None],
    ]  # fmt: skip
    for r, values in enumerate(headers, start=8):
        for c, value in enumerate(values, start=1):
            sheet.cell(r, c, value)
    sheet.merge_cells("B8:C8")
    for column in (1, 4, 5, 6, 7, 8, 9, 10, 11):
        sheet.merge_cells(start_row=8, start_column=column, end_row=9, end_column=column)
    for c in range(1, 12):
        sheet.cell(10, c, f"({c})")
    for r, item in enumerate(items, start=11):
        for c, value in enumerate(item, start=1):
            sheet.cell(r, c, value)
    last = 11 + len(items)
    sheet.cell(last, 1, "JUMLAH")
    sheet.cell(last, 9, f"=SUM(I11:I{last - 1})")
    sheet.cell(last + 2, 9, "PENGURUS BARANG")
    book.save(path)
    return path


def kib_a_three_rows(path: Path, items: list[list]) -> Path:
    """A KIB A header on three rows: Status Tanah over Hak and Sertifikat, Sertifikat over
    Tanggal and Nomor."""
    book = Workbook()
    sheet = book.active
    sheet.title = "KIB A"
    sheet["A1"] = "KARTU INVENTARIS BARANG (KIB) A TANAH"
    rows = [
        ["No", "Nama Barang", "Nomor", None, "Luas (M2)", "Tahun Pengadaan", "Letak / Alamat", "Status Tanah", None, None,
         "Harga (Rp)"],
        [None, None, "Kode Barang", "Register", None, None, None, "Hak", "Sertifikat", None, None],
        [None, None, None, None, None, None, None, None, "Tanggal", "Nomor", None],
    ]  # fmt: skip
    for r, values in enumerate(rows, start=3):
        for c, value in enumerate(values, start=1):
            sheet.cell(r, c, value)
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("H3:J3")
    sheet.merge_cells("I4:J4")
    for column in (1, 2, 5, 6, 7, 11):
        sheet.merge_cells(start_row=3, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells("C4:C5")
    sheet.merge_cells("D4:D5")
    sheet.merge_cells("H4:H5")
    for r, item in enumerate(items, start=6):
        for c, value in enumerate(item, start=1):
            sheet.cell(r, c, value)
    book.save(path)
    return path


def locale_csv(path: Path, rows: list[list[str]], header: list[str]) -> Path:
    """A CSV as Excel saves it on an Indonesian PC: ';' between fields, Windows-1252, no BOM."""
    lines = [";".join(header)] + [";".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


# -- hostile files ------------------------------------------------------------------------------


def text_as_xlsx(path: Path) -> Path:
    path.write_text("NIP;Nama\n198001012005011001;Budi\n", encoding="utf-8")
    return path


def png_as_xlsx(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


def truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(path: Path, declared: int = 50_000_000_000) -> Path:
    """A small zip whose directory declares a huge uncompressed sheet (the size a bomb would
    inflate to), written without inflating anything."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>" * 1000 + "</worksheet>")
    data = bytearray(path.read_bytes())
    # Patch the sheet's uncompressed size in its central-directory entry (offset 24 of the entry).
    name = b"xl/worksheets/sheet1.xml"
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[at + 24 : at + 28] = min(declared, 0xFFFFFFFE).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def entity_xlsx(source: Path, path: Path) -> Path:
    """A real workbook whose shared strings declare an entity that expands a billion times."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol3;</t></si></sst>'
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            archive.writestr(entry, original.read(entry))
        archive.writestr("xl/sharedStrings.xml", bomb)
    return path


def ole_as_xlsx(path: Path) -> Path:
    """What Excel writes for a password-protected .xlsx: an OLE compound file holding an
    EncryptionInfo and an EncryptedPackage stream (the directory names are UTF-16)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    directory = "Root Entry".encode("utf-16-le").ljust(128, b"\x00")
    directory += "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00")
    directory += "EncryptedPackage".encode("utf-16-le").ljust(128, b"\x00")
    path.write_bytes(bytes(header) + directory + b"\x00" * 4096)
    return path
