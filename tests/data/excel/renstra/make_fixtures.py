"""Write the Renstra/Renja fixtures of this folder (see README.md for the shape each one copies).

    /work/main/.venv/bin/python tests/data/excel/renstra/make_fixtures.py

The files are committed; rerun this only to change them. Codes are real codes of the
kabupaten/kota nomenclature shipped in resources/reference/nomenklatur.csv; the region, PD,
sasaran and money are fictional (tests/core/excel/renstra_store.py builds the file they go into).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent
YEARS = (2025, 2026, 2027, 2028, 2029)
SASARAN_HEALTH = "Meningkatnya derajat kesehatan masyarakat"
SASARAN_GOVERNANCE = "Meningkatnya kualitas tata kelola pemerintahan"
SASARAN_OTHER_REGION = "Meningkatnya pertumbuhan ekonomi provinsi"
PROGRAM = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
KEGIATAN = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
SUPPORT = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
PLANNING = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"


def _header(sheet: Worksheet, row: int, column: int, text: str, rows: int = 1, columns: int = 1) -> None:
    sheet.cell(row, column, text).font = Font(bold=True)
    sheet.cell(row, column).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if rows > 1 or columns > 1:
        sheet.merge_cells(start_row=row, start_column=column, end_row=row + rows - 1, end_column=column + columns - 1)


def _put(sheet: Worksheet, row: int, values: list[Any]) -> None:
    for column, value in enumerate(values, start=1):
        if value is not None:
            sheet.cell(row, column, value)


def tc27() -> Path:
    """T-C.27: Tujuan | Sasaran | Indikator Sasaran | Kode (5 columns) | Program/Kegiatan/Sub
    Kegiatan | Indikator | Data capaian awal | (Target, Rp) × 5 years | Kondisi akhir (Target,
    Rp) | Unit penanggung jawab | Lokasi; a three-row merged header, a row of column numbers,
    urusan and bidang heading rows, Tujuan/Sasaran merged down, an indicator-only line, Rp as
    text '1.250.000.000,00' and as numbers, a signature block."""
    book = Workbook()
    sheet = book.active
    sheet.title = "T-C.27"
    sheet["A1"] = "Tabel T-C.27"
    sheet["A2"] = "Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Contoh"
    sheet["A3"] = "Tahun 2025-2029"
    top = 5
    _header(sheet, top, 1, "Tujuan", rows=3)
    _header(sheet, top, 2, "Sasaran", rows=3)
    _header(sheet, top, 3, "Indikator Sasaran", rows=3)
    _header(sheet, top, 4, "Kode", rows=3, columns=5)
    _header(sheet, top, 9, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", rows=3)
    _header(sheet, top, 10, "Indikator Kinerja Program (outcome)/Kegiatan (output)", rows=3)
    _header(sheet, top, 11, "Data Capaian pada Tahun Awal Perencanaan", rows=3)
    _header(sheet, top, 12, "Target Kinerja dan Kerangka Pendanaan", columns=10)
    for number, year in enumerate(YEARS):
        _header(sheet, top + 1, 12 + 2 * number, str(year), columns=2)
        _header(sheet, top + 2, 12 + 2 * number, "Target")
        _header(sheet, top + 2, 13 + 2 * number, "Rp.")
    _header(sheet, top, 22, "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah", rows=2, columns=2)
    _header(sheet, top + 2, 22, "Target")
    _header(sheet, top + 2, 23, "Rp.")
    _header(sheet, top, 24, "Unit Kerja Perangkat Daerah Penanggungjawab", rows=3)
    _header(sheet, top, 25, "Lokasi", rows=3)
    _put(sheet, top + 3, [f"({n})" for n in range(1, 26)])
    row = top + 4
    rows: list[list[Any]] = [
        [None, None, None, 1, None, None, None, None, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"],
        [None, None, None, 1, 2, None, None, None, "URUSAN PEMERINTAHAN BIDANG KESEHATAN"],
        # program 02, its kegiatan and two sub-kegiatan (codes typed as numbers, as offices do)
        ["Meningkatkan kualitas kesehatan", SASARAN_HEALTH, "Angka harapan hidup", 1, 2, 2, None, None, PROGRAM,
         "Persentase fasilitas kesehatan terakreditasi", 60, 65, "1.250.000.000,00", 70, "1.300.000.000,00", 75,
         "1.350.000.000,00", 80, "1.400.000.000,00", 85, "1.450.000.000,00", 85, "6.750.000.000,00",
         "Bidang Pelayanan Kesehatan", "Kabupaten Contoh"],
        [None, None, None, None, None, None, None, None, None, "Persentase puskesmas dengan dokter", 70, 75, None, 80, None, 85,
         None, 90, None, 95, None, 95, None],
        [None, None, None, 1, 2, 2, 2.01, None, KEGIATAN, "Jumlah fasilitas kesehatan yang dibangun", 2, 1, 750000000, 1,
         800000000, 1, 850000000, 1, 900000000, 1, 950000000, 5, 4250000000, "Bidang Pelayanan Kesehatan", "Kabupaten Contoh"],
        [None, None, None, 1, 2, 2, 2.01, 2, "Pembangunan Puskesmas", "Jumlah puskesmas yang dibangun", 0, 1, 500000000, 1,
         500000000, 1, 500000000, 1, 500000000, 1, 500000000, 5, 2500000000, "Bidang Pelayanan Kesehatan", "Kecamatan Utara"],
        [None, None, None, 1, 2, 2, 2.01, 9, "Rehabilitasi dan Pemeliharaan Puskesmas", "Jumlah puskesmas yang direhabilitasi",
         3, 2, 250000000, 2, 300000000, 2, 350000000, 2, 400000000, 2, 450000000, 10, 1750000000, "Bidang Pelayanan Kesehatan",
         "Kabupaten Contoh"],
        # the support program 01 under the second sasaran
        ["Meningkatkan tata kelola", SASARAN_GOVERNANCE, "Nilai SAKIP", 1, 2, 1, None, None, SUPPORT,
         "Nilai SAKIP perangkat daerah", "B", "BB", "300.000.000,00", "BB", "310.000.000,00", "A", "320.000.000,00", "A",
         "330.000.000,00", "A", "340.000.000,00", "A", "1.600.000.000,00", "Sekretariat", "Kabupaten Contoh"],
        [None, None, None, 1, 2, 1, 2.01, None, PLANNING, "Jumlah dokumen perencanaan", 5, 5, 60000000, 5, 62000000, 5,
         64000000, 5, 66000000, 5, 68000000, 25, 320000000, "Sekretariat", "Kabupaten Contoh"],
        [None, None, None, 1, 2, 1, 2.01, 1, "Penyusunan Dokumen Perencanaan Perangkat Daerah",
         "Jumlah dokumen perencanaan yang tersusun", 3, 3, 40000000, 3, 41000000, 3, 42000000, 3, 43000000, 3, 44000000, 15,
         210000000, "Sekretariat", "Kabupaten Contoh"],
    ]  # fmt: skip
    first_group = row + 2
    for values in rows:
        _put(sheet, row, values)
        row += 1
    for column in (1, 2, 3):  # Tujuan, Sasaran and their indicator merged down over each group
        sheet.merge_cells(start_row=first_group, start_column=column, end_row=first_group + 4, end_column=column)
        sheet.merge_cells(start_row=first_group + 5, start_column=column, end_row=first_group + 7, end_column=column)
    row += 1
    sheet.cell(row, 20, "Kabupaten Contoh, 2 Januari 2025")
    sheet.cell(row + 1, 20, "KEPALA DINAS KESEHATAN")
    sheet.cell(row + 4, 20, "dr. BUDI SANTOSO, M.Kes")
    sheet.cell(row + 5, 20, "NIP. 19750101 200212 1 001")
    path = HERE / "renstra_tc27.xlsx"
    book.save(path)
    return path


def one_cell_codes() -> Path:
    """'Rencana Program, Kegiatan, dan Pendanaan': the code in one cell, written in the
    styles offices mix (1.02.02.2.01, 1.02.02.02.01, 1.02.02.02.01.0003), 'Tahun 1..5' headers
    over Target/Rp, targets with '%'."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Renstra"
    sheet["A1"] = "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH"
    sheet["A2"] = "DINAS KESEHATAN KABUPATEN CONTOH"
    _header(sheet, 4, 1, "Kode", rows=2)
    _header(sheet, 4, 2, "Program/Kegiatan/Sub Kegiatan", rows=2)
    _header(sheet, 4, 3, "Sasaran", rows=2)
    _header(sheet, 4, 4, "Indikator Kinerja", rows=2)
    for number in range(5):
        _header(sheet, 4, 5 + 2 * number, f"Tahun {number + 1}", columns=2)
        _header(sheet, 5, 5 + 2 * number, "Target")
        _header(sheet, 5, 6 + 2 * number, "Rp")
    _header(sheet, 4, 15, "Unit Penanggung Jawab", rows=2)
    rows = [
        ["1.02.02", PROGRAM, SASARAN_HEALTH, "Cakupan pelayanan kesehatan dasar", "80%", "Rp 1.000.000.000,00", "82%",
         "Rp 1.000.000.000,00", "84%", "Rp 1.000.000.000,00", "86%", "Rp 1.000.000.000,00", "88%", "Rp 1.000.000.000,00",
         "Bidang Pelayanan Kesehatan"],
        ["1.02.02.02.01", KEGIATAN, None, "Jumlah fasilitas kesehatan", 2, "Rp 600.000.000,00", 2, "Rp 600.000.000,00", 2,
         "Rp 600.000.000,00", 2, "Rp 600.000.000,00", 2, "Rp 600.000.000,00", "Bidang Pelayanan Kesehatan"],
        ["1.02.02.2.01.0002", "Pembangunan Puskesmas", None, "Puskesmas dibangun", 1, "Rp 400.000.000,00", 1,
         "Rp 400.000.000,00", 1, "Rp 400.000.000,00", 1, "Rp 400.000.000,00", 1, "Rp 400.000.000,00", "Bidang Pelayanan Kesehatan"],
        ["1.02.02.02.01.0003", "Pembangunan Fasilitas Kesehatan Lainnya", None, "Fasilitas dibangun", 1, "Rp 200.000.000,00",
         1, "Rp 200.000.000,00", 1, "Rp 200.000.000,00", 1, "Rp 200.000.000,00", 1, "Rp 200.000.000,00",
         "Bidang Pelayanan Kesehatan"],
    ]  # fmt: skip
    for offset, values in enumerate(rows):
        _put(sheet, 6 + offset, values)
    path = HERE / "renstra_one_cell_codes.xlsx"
    book.save(path)
    return path


def renja() -> Path:
    """A Renja (Rencana Kerja, one year): Kode over four columns (bidang | program | kegiatan
    | sub), Urusan/Bidang/Program/Kegiatan, Indikator, Lokasi, Target capaian kinerja over two
    columns (number, satuan), Kebutuhan dana/pagu indikatif (Rp), Sumber dana, Catatan
    penting, and the next year's prakiraan maju (read past: not part of this year's plan)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Renja 2026"
    sheet["A1"] = "RENCANA KERJA (RENJA) DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2026"
    _header(sheet, 3, 1, "Kode", rows=2, columns=4)
    _header(sheet, 3, 5, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", rows=2)
    _header(sheet, 3, 6, "Indikator Kinerja", rows=2)
    _header(sheet, 3, 7, "Rencana Tahun 2026", columns=5)
    _header(sheet, 4, 7, "Lokasi")
    _header(sheet, 4, 8, "Target Capaian Kinerja", columns=2)
    _header(sheet, 4, 10, "Kebutuhan Dana/Pagu Indikatif (Rp)")
    _header(sheet, 4, 11, "Sumber Dana")
    _header(sheet, 3, 12, "Catatan Penting", rows=2)
    _header(sheet, 3, 13, "Prakiraan Maju Rencana Tahun 2027", columns=3)
    _header(sheet, 4, 13, "Target Capaian Kinerja", columns=2)
    _header(sheet, 4, 15, "Kebutuhan Dana (Rp)")
    _put(sheet, 5, [1, None, None, None, 2, 3, 4, 5, None, 6, 7, 8, 9, None, 10])
    rows = [
        ["1.02", "02", None, None, PROGRAM, "Persentase fasilitas kesehatan terakreditasi", "Kabupaten Contoh", 70, "%",
         "1.300.000.000,00", "DAU", None, 75, "%", "1.350.000.000,00"],
        ["1.02", "02", "2.01", None, KEGIATAN, "Jumlah fasilitas kesehatan yang dibangun", "Kabupaten Contoh", 1, "unit",
         "800.000.000,00", "DAU", None, 1, "unit", "850.000.000,00"],
        ["1.02", "02", "2.01", "0002", "Pembangunan Puskesmas", "Jumlah puskesmas yang dibangun", "Kecamatan Utara", 1, "unit",
         "500.000.000,00", "DAK", "Lanjutan", 1, "unit", "500.000.000,00"],
        ["1.02", "02", "2.01", "0006", "Pengembangan Puskesmas", "Jumlah puskesmas yang dikembangkan", "Kecamatan Selatan", 2,
         "unit", "300.000.000,00", "DAK", None, 2, "unit", "300.000.000,00"],
    ]  # fmt: skip
    for offset, values in enumerate(rows):
        _put(sheet, 6 + offset, values)
    sheet.cell(11, 1, "JUMLAH")
    sheet.cell(11, 10, "1.600.000.000,00")
    path = HERE / "renja_2026.xlsx"
    book.save(path)
    return path


def bad_rows() -> Path:
    """A one-cell-code sheet with one row of every kind of mistake, between good rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Renstra"
    sheet["A1"] = "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN — DINAS KESEHATAN"
    headers = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Sasaran", "Indikator Kinerja", "Target 2025", "Target 2026",
               "Target 2027", "Target 2028", "Target 2029", "Pagu Indikatif (Rp)"]  # fmt: skip
    for column, text in enumerate(headers, start=1):
        _header(sheet, 3, column, text)
    rows = [
        ["1.02.02", PROGRAM, SASARAN_HEALTH, "Cakupan pelayanan", 80, 82, 84, 86, 88, "5.000.000.000,00"],  # 4: good
        ["1.02.02.2.01", KEGIATAN, None, "Jumlah fasilitas", 2, 2, 2, 2, 2, "3.000.000.000,00"],  # 5: good
        ["1.02.02.2.01.0099", "Sub kegiatan yang tidak ada", None, "Jumlah", 1, 1, 1, 1, 1, "100.000.000,00"],  # 6: unknown code
        ["1.02.02.1.01", "Kegiatan provinsi", None, "Jumlah", 1, 1, 1, 1, 1, "100.000.000,00"],  # 7: provinsi kegiatan
        ["1.02.02.2.01.0002", "Pembangunan Puskesmas", None, "Puskesmas dibangun", 1, "meningkat", 1, 1, 1,
         "500.000.000,00"],  # 8: a word where the indicator is numeric
        ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", SASARAN_OTHER_REGION, "Jumlah SDM", 10, 10,
         10, 10, 10, "200.000.000,00"],  # 9: a sasaran of another region's RPJMD
        ["1.02.04.2.01", "Kegiatan tanpa program", None, "Jumlah", 1, 1, 1, 1, 1, "100.000.000,00"],  # 10: no program 1.02.04
        ["1.02.02.2.01.0009", "Rehabilitasi dan Pemeliharaan Puskesmas", None, "Puskesmas direhabilitasi", 2, 2, 2, 2, 2,
         "250.000.000,00"],  # 11: good
    ]  # fmt: skip
    for offset, values in enumerate(rows):
        _put(sheet, 4 + offset, values)
    path = HERE / "renstra_bad_rows.xlsx"
    book.save(path)
    return path


if __name__ == "__main__":
    for made in (tc27(), one_cell_codes(), renja(), bad_rows()):
        print(made)
