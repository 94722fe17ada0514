"""Import templates: an empty sheet with the headers the importer reads, one example row, a
notes sheet explaining each column in Indonesian, and drop-down lists (kinds of unit, KIB,
golongan, condition, urusan codes, status) so a clerk picks values instead of typing them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xlsxwriter.worksheet import Worksheet

from core.errors import RefusedError
from core.excel.export import (
    ASSET_COLUMNS,
    CATEGORY_WORDS,
    LEVEL_WORDS,
    POSITION_COLUMNS,
    STAFF_COLUMNS,
    STRUCTURE_COLUMNS,
    Exported,
    renstra_columns,
)
from core.excel.workbook import RUPIAH, Book, Column, replacing
from core.i18n import N_
from core.money import format_rupiah
from core.reference import ESELON_ORDER, load_reference
from core.staff import PPPK_GOLONGAN, STATUSES
from core.units import TYPOLOGIES

LIST_SHEET = "Daftar"
VALIDATED_ROWS = 5000  # rows below the header that offer the drop-down lists


@dataclass(frozen=True)
class TemplateKind:
    sheet: str
    title: str
    columns: tuple[Column, ...]
    about: str  # the first lines of the notes sheet


TEMPLATES = {
    "staff": TemplateKind(
        "Pegawai",
        "Templat impor pegawai",
        STAFF_COLUMNS,
        "Satu baris per pegawai. Pegawai dicocokkan dengan NIP: NIP yang sudah ada diperbarui, NIP baru ditambahkan.",
    ),
    "assets": TemplateKind(
        "Aset",
        "Templat impor aset (KIB)",
        ASSET_COLUMNS,
        "Satu baris per barang. Barang dicocokkan dengan kode barang dan register; semua KIB boleh dalam satu lembar.",
    ),
    "structure": TemplateKind(
        "Struktur",
        "Templat impor struktur organisasi",
        STRUCTURE_COLUMNS,
        "Satu baris per unit, dari atas ke bawah. Letak unit diberikan oleh kolom No. (1, 1.1, 1.1.2) atau oleh kolom Induk.",
    ),
    "positions": TemplateKind(
        "Jabatan",
        "Templat impor jabatan",
        POSITION_COLUMNS,
        "Satu baris per jabatan dalam satu unit, dengan kebutuhan menurut anjab/ABK dan standar kompetensinya.",
    ),
    "renstra": TemplateKind(
        "Renstra",
        "Templat impor Renstra perangkat daerah",
        renstra_columns(None),
        "Satu baris per program, kegiatan dan sub kegiatan, dari atas ke bawah; jenjang dan induknya dibaca dari kode."
        " Butir dicocokkan dengan kodenya di Renstra perangkat daerah tujuan: kode yang sudah ada diperbarui, kode baru"
        " ditambahkan. Tahun 1 adalah tahun pertama periode RPJMD.",
    ),
}


def lists() -> dict[str, list[tuple[str, str]]]:
    """Each drop-down list: (value, what it means), from the reference tables."""
    ref = load_reference()
    return {
        "kinds": [(kind.label_id, "") for kind in ref.unit_kinds.values()],
        "typology": [(t, "") for t in TYPOLOGIES],
        "eselon": [(e, "") for e in ESELON_ORDER],
        "urusan": [(u.code, u.name) for u in ref.urusan.values()],
        "categories": [(word, "") for word in CATEGORY_WORDS.values()],
        "levels": [(word, "") for word in LEVEL_WORDS.values()],
        "status": [(s, "") for s in STATUSES],
        "golongan": [(r.golongan, r.pangkat) for r in ref.ranks.values()] + [(g, "PPPK") for g in PPPK_GOLONGAN],
        "rating": [("1", ""), ("2", ""), ("3", "")],
        "kib": [(k.kib, k.name) for k in ref.kib.values()],
        "condition": [("B", "Baik"), ("KB", "Kurang baik"), ("RB", "Rusak berat")],
    }


LIST_TITLES = {
    "kinds": "Jenis unit",
    "typology": "Tipologi",
    "eselon": "Eselon",
    "urusan": "Kode urusan",
    "categories": "Kategori jabatan",
    "levels": "Jenjang",
    "status": "Status",
    "golongan": "Golongan",
    "rating": "Kinerja/potensi",
    "kib": "KIB",
    "condition": "Kondisi",
}


def write_template(kind: str, path: str | Path) -> Exported:
    """Write the template of ``kind`` (staff, assets, structure, positions, renstra) to ``path``."""
    if kind not in TEMPLATES:
        raise RefusedError(N_("Templat '{kind}' tidak dikenal (pilih dari {kinds})."), kind=kind, kinds=", ".join(TEMPLATES))
    spec = TEMPLATES[kind]
    columns = [c for c in spec.columns if not c.derived]
    wanted = list(dict.fromkeys(c.choices for c in columns if c.choices))
    every = lists()
    with replacing(path) as book:
        sources: dict[str, str] = {}
        for number, name in enumerate(wanted):  # list ranges are known before the sheets are written
            letter = _letter(number * 3)
            sources[name] = f"='{LIST_SHEET}'!${letter}$2:${letter}${len(every[name]) + 1}"
        example = [c.example for c in columns]
        book.table(spec.sheet, columns, [example], validations=_validations(book, columns, sources))
        _notes(book, spec, columns)
        _lists(book, wanted, every)
    return Exported(str(path), [(spec.sheet, 1)])


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _validations(book: Book, columns: list[Column], sources: dict[str, str]) -> Callable[[Worksheet, int, int], None]:
    def add(sheet: Worksheet, first: int, _last: int) -> None:
        for col, column in enumerate(columns):
            if not column.choices:
                continue
            several = column.choices == "urusan"  # a cell may hold '1.01;2.22': offer the list, accept any text
            sheet.data_validation(
                first,
                col,
                first + VALIDATED_ROWS,
                col,
                {
                    "validate": "list",
                    "source": sources[column.choices],
                    "input_title": column.header[:32],
                    "input_message": column.note[:255],
                    "show_error": not several,
                    "error_title": column.header[:32],
                    "error_message": f"Pilih dari daftar di lembar {LIST_SHEET}."[:255],
                },
            )

    return add


def _notes(book: Book, spec: TemplateKind, columns: list[Column]) -> None:
    sheet = book.add_sheet("Petunjuk")
    bold, wrap = book.format(bold=True, font_size=13), book.format(text_wrap=True, valign="top")
    sheet.write_string(0, 0, spec.title.upper(), bold)
    sheet.write_string(1, 0, spec.about)
    sheet.write_string(
        2,
        0,
        f"Isi lembar {spec.sheet} mulai baris 2 (baris contoh boleh ditimpa atau dihapus). Jangan mengubah judul kolom.",
    )
    sheet.write_string(3, 0, "NIP, kode barang dan kode urusan ditulis sebagai teks, bukan angka.")
    header = book.header_format
    for col, text in enumerate(("Kolom", "Wajib", "Penjelasan", "Contoh")):
        sheet.write_string(5, col, text, header)
    sheet.set_column(0, 0, 20)
    sheet.set_column(1, 1, 8)
    sheet.set_column(2, 2, 80, wrap)
    sheet.set_column(3, 3, 30, wrap)
    for row, column in enumerate(columns, start=6):
        sheet.write_string(row, 0, column.header, book.format(bold=True, valign="top"))
        sheet.write_string(row, 1, "ya" if column.required else "")
        note = column.note + (
            f" Pilihan: lihat daftar {LIST_TITLES[column.choices]} di lembar {LIST_SHEET}." if column.choices else ""
        )
        sheet.write_string(row, 2, note, wrap)
        if column.example not in (None, ""):
            shown = format_rupiah(column.example) if column.kind == RUPIAH else str(column.example)
            sheet.write_string(row, 3, shown, wrap)
    sheet.freeze_panes(6, 0)


def _lists(book: Book, wanted: list[str], every: dict[str, list[tuple[str, str]]]) -> None:
    """The lists side by side (value, meaning), written row by row as constant-memory needs."""
    sheet = book.add_sheet(LIST_SHEET)
    header = book.header_format
    text = book.format(num_format="@")
    for number, name in enumerate(wanted):
        sheet.set_column(number * 3, number * 3, 16, text)
        sheet.set_column(number * 3 + 1, number * 3 + 1, 40 if any(m for _, m in every[name]) else 4)
        sheet.write_string(0, number * 3, LIST_TITLES[name], header)
        sheet.write_string(0, number * 3 + 1, "Arti", header)
    for row in range(1, max(len(every[name]) for name in wanted) + 1 if wanted else 1):
        for number, name in enumerate(wanted):
            if row > len(every[name]):
                continue
            value, meaning = every[name][row - 1]
            if name == "rating":  # the cells it checks hold numbers
                sheet.write_number(row, number * 3, int(value))
            else:
                sheet.write_string(row, number * 3, value, text)
            if meaning:
                sheet.write_string(row, number * 3 + 1, meaning)
