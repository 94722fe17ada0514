"""Structure and positions sheets shaped like the ones bureaus keep, made with openpyxl by
the tests themselves: the Kalimantan Barat list (resources/reference/sotk_kalbar.csv) as a
province's structure table with title rows, a merged two-row header, a row of column
numbers and outline numbering; a regency's table by indentation (leading spaces, or one
column further right per level); a list with a parent column and functions one per line;
and an ABK/formasi table of positions."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from core.resources import resource_path

KIND_WORDS = {
    "sekretariat_daerah": "SEKRETARIAT DAERAH",
    "sekretariat_dprd": "Sekretariat DPRD",
    "inspektorat": "Inspektorat",
    "dinas": "DINAS",
    "badan": "Badan",
    "satpol_pp": "Satpol PP",
    "asisten": "Asisten",
    "biro": "Biro",
    "rsud": "RSUD",
}


def kalbar_rows() -> list[dict[str, str]]:
    """The perangkat daerah of Kalimantan Barat (Perda 5/2021) as the reference table lists them."""
    with resource_path("reference", "sotk_kalbar.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _outline(rows: list[dict[str, str]]) -> list[tuple[str, dict[str, str]]]:
    """Rows in tree order with their outline numbers (1, 1.1, 1.1.2), children after parents."""
    children: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        children.setdefault(row["parent"], []).append(row)
    ordered: list[tuple[str, dict[str, str]]] = []

    def walk(parent: str, prefix: str) -> None:
        for number, row in enumerate(children.get(parent, []), start=1):
            label = f"{prefix}{number}"
            ordered.append((label, row))
            walk(row["name"], label + ".")

    walk("", "")
    return ordered


def kalbar_province(path: Path, *, extra: list[list] | None = None) -> Path:
    """SUSUNAN ORGANISASI PERANGKAT DAERAH PROVINSI KALIMANTAN BARAT: three title rows, a
    header on two rows (URUSAN PEMERINTAHAN over KODE and NAMA URUSAN), a row of column
    numbers, every unit numbered 1, 1.1, 1.1.1, urusan written '1.01, 2.22', typology
    'Tipe A', and a signature block."""
    book = Workbook()
    sheet = book.active
    sheet.title = "SOTK"
    sheet["A1"] = "SUSUNAN ORGANISASI PERANGKAT DAERAH PROVINSI KALIMANTAN BARAT"
    sheet["A2"] = "BERDASARKAN PERATURAN DAERAH NOMOR 5 TAHUN 2021"
    sheet["A3"] = "TENTANG PEMBENTUKAN DAN SUSUNAN PERANGKAT DAERAH"
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        sheet.cell(row, 1).font = Font(bold=True)
    top = ["NO", "NAMA PERANGKAT DAERAH / UNIT KERJA", "JENIS", "TIPOLOGI", "URUSAN PEMERINTAHAN", None, "KETERANGAN"]
    sub = [None, None, None, None, "KODE", "NAMA URUSAN", None]
    for column, value in enumerate(top, start=1):
        sheet.cell(5, column, value)
    for column, value in enumerate(sub, start=1):
        sheet.cell(6, column, value)
    for column in (1, 2, 3, 4, 7):
        sheet.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    sheet.merge_cells("E5:F5")
    for column in range(1, 8):
        sheet.cell(7, column, f"({column})")
    row = 8
    for number, unit in _outline(kalbar_rows()):
        typology = f"Tipe {unit['typology']}" if unit["typology"] else None
        codes = unit["urusan_codes"].replace(";", ", ")
        values = [number, unit["name"], KIND_WORDS[unit["kind"]], typology, codes, None, None]
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value)
        row += 1
    for values in extra or []:
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value)
        row += 1
    sheet.cell(row + 1, 5, "Pontianak, 2 Januari 2024")
    sheet.cell(row + 2, 5, "GUBERNUR KALIMANTAN BARAT,")
    sheet.cell(row + 5, 5, "ttd")
    book.save(path)
    return path


REGENCY = [  # (depth, name, eselon)
    (0, "Dinas Pendidikan dan Kebudayaan", "IIb"),
    (1, "Sekretariat", "IIIa"),
    (2, "Sub Bagian Umum dan Kepegawaian", "IVa"),
    (2, "Subbag. Keuangan", "IVa"),
    (1, "Bidang Pembinaan SD", "IIIb"),
    (2, "Kelompok Jabatan Fungsional", None),
    (1, "UPT Pendidikan Kecamatan Kapuas", "IVa"),
    (0, "Kecamatan Kapuas", "IIIa"),
    (1, "Sekretariat", "IVa"),
    (1, "Seksi Pemerintahan", "IVa"),
    (1, "Seksi Ketenteraman dan Ketertiban Umum", "IVa"),
    (1, "Kelurahan Beringin", "IVa"),
]


def regency_indented(path: Path, *, by_column: bool = False) -> Path:
    """A regency's table without a kind column: a running NO, the unit's name indented four
    spaces per level (or, ``by_column``, one column further right per level under a
    merged 'UNIT ORGANISASI' header), eselon written 'III.a'."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Struktur"
    sheet["A1"] = "BAGAN SUSUNAN ORGANISASI PERANGKAT DAERAH KABUPATEN SANGGAU"
    names = 3 if by_column else 1
    headers = ["NO", "UNIT ORGANISASI", *([None] * (names - 1)), "ESELON", "KET"]
    for column, value in enumerate(headers, start=1):
        sheet.cell(3, column, value)
    if by_column:
        sheet.merge_cells(start_row=3, start_column=2, end_row=3, end_column=4)
    for number, (depth, name, eselon) in enumerate(REGENCY, start=1):
        row = 3 + number
        sheet.cell(row, 1, number)
        if by_column:
            sheet.cell(row, 2 + depth, name)
        else:
            sheet.cell(row, 2, "    " * depth + name)
        written = f"{eselon[:-1]}.{eselon[-1]}" if eselon and eselon[-1] in "ab" else eselon
        sheet.cell(row, 2 + names, written)
    book.save(path)
    return path


def with_parents(path: Path, rows: list[list], headers: list[str] | None = None) -> Path:
    """A plain list: name, parent name, kind, urusan, functions (several lines in a cell)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Unit"
    for column, value in enumerate(headers or ["Nama Unit", "Induk", "Jenis", "Kode Urusan", "Tugas dan Fungsi"], start=1):
        sheet.cell(1, column, value)
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column, value)
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True)
    book.save(path)
    return path


def abk_table(path: Path, rows: list[list]) -> Path:
    """An ABK/formasi table: title rows, NO | NAMA JABATAN | JENIS JABATAN | ESELON | KELAS
    JABATAN | UNIT KERJA | ABK (BEZETTING, KEBUTUHAN, KURANG/LEBIH) | STANDAR KOMPETENSI on
    two rows, a row of column numbers, then a JUMLAH row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "ABK"
    sheet["A1"] = "REKAPITULASI ANALISIS BEBAN KERJA DAN FORMASI JABATAN"
    sheet["A2"] = "DINAS A PROVINSI UJI TAHUN 2024"
    top = [
        "NO",
        "NAMA JABATAN",
        "JENIS JABATAN",
        "ESELON",
        "KELAS JABATAN",
        "UNIT KERJA",
        "ABK",
        None,
        None,
        "STANDAR KOMPETENSI",
    ]
    sub = [None, None, None, None, None, None, "BEZETTING", "KEBUTUHAN", "KURANG/LEBIH", None]
    for column, value in enumerate(top, start=1):
        sheet.cell(4, column, value)
    for column, value in enumerate(sub, start=1):
        sheet.cell(5, column, value)
    for column in (1, 2, 3, 4, 5, 6, 10):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells("G4:I4")
    for column in range(1, 11):
        sheet.cell(6, column, column)
    row = 7
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate([number, *values], start=1):
            sheet.cell(row, column, value)
        row += 1
    sheet.cell(row, 1, "JUMLAH")
    sheet.cell(row, 8, sum(v[6] for v in rows if isinstance(v[6], int)))
    book.save(path)
    return path
