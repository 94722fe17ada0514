"""Reading a spreadsheet as an office saved it: .xlsx and .xls through python-calamine (about
ten times faster than openpyxl), .csv as an Indonesian-locale Excel writes it (``;`` or ``,``,
UTF-8 with a BOM or Windows-1252).

Nothing from the file is trusted before it is checked: the first bytes say what the file
really is (text or an image renamed .xlsx, an encrypted workbook, which Excel keeps in an
OLE container), the zip directory's declared sizes and entry count are compared with
:data:`LIMITS` before anything is inflated (a zip bomb is refused in milliseconds), every
XML part is inflated once in bounded chunks, never past its declared size, and refused if it
carries a DTD (entity expansion), and a sheet beyond the row or cell limit is refused with
its size before calamine would hold it in memory. Every refusal is a :class:`FileProblem`
naming the file.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from core.errors import FileProblem, os_reason
from core.i18n import N_

Cell = str | int | float | bool | date | datetime | time | timedelta | None


@dataclass(frozen=True)
class Limits:
    """What a workbook may hold. A sheet of 200,000 rows is twenty times the staff of a large
    province; calamine holds about 70 bytes a cell, so the cell limit keeps a read well under
    the program's 400 MB."""

    max_entries: int = 5_000
    max_part_bytes: int = 300_000_000  # one XML part, uncompressed
    max_total_bytes: int = 600_000_000  # every part together, uncompressed
    max_rows: int = 200_000
    max_cells: int = 2_500_000
    max_csv_bytes: int = 300_000_000


LIMITS = Limits()

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"%PDF": "PDF", b"BM": "BMP"}
_PROLOG_BYTES = 65_536
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?"')
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="([0-9]+)"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3})[0-9]+"')

NOT_SPREADSHEET_TEXT = N_("Berkas {path} berisi teks biasa, bukan lembar kerja Excel. Pilih berkas .xlsx, .xls atau .csv.")
NOT_SPREADSHEET_IMAGE = N_(
    "Berkas {path} adalah gambar atau dokumen {kind}, bukan lembar kerja Excel. Pilih berkas .xlsx, .xls atau .csv."
)
NOT_SPREADSHEET = N_("Berkas {path} bukan lembar kerja Excel (isinya tidak dikenal). Pilih berkas .xlsx, .xls atau .csv.")
NOT_WORKBOOK = N_("Berkas {path} adalah arsip zip tanpa buku kerja Excel (mungkin dokumen Word atau arsip biasa).")
DAMAGED = N_("Berkas {path} rusak atau terpotong ({reason}). Simpan ulang dari Excel lalu coba lagi.")
ENCRYPTED = N_("Berkas {path} dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.")
TOO_MANY_PARTS = N_("Berkas {path} berisi {count} bagian (batas {limit}): bukan lembar kerja biasa, ditolak.")
PART_TOO_BIG = N_("Berkas {path} menyatakan bagian {part} sebesar {size} setelah diurai (batas {limit}): ditolak sebelum dibuka.")
TOTAL_TOO_BIG = N_("Berkas {path} menyatakan isi sebesar {size} setelah diurai (batas {limit}): ditolak sebelum dibuka.")
CSV_TOO_BIG = N_("Berkas CSV {path} sebesar {size} (batas {limit}); bagi menjadi beberapa berkas.")
ENTITIES = N_(
    "Berkas {path} memuat deklarasi DTD/entitas XML di bagian {part}; lembar kerja Excel tidak pernah memuatnya. Berkas ditolak."
)
EMPTY = N_("Berkas {path} kosong.")
UNREADABLE = N_("Berkas {path} tidak dapat dibaca: {reason}")
SHEET_TOO_BIG = N_(
    "Lembar '{sheet}' di {path} terlalu besar: {rows} baris × {columns} kolom (batas {max_rows} baris, {max_cells} sel)."
)
NO_SHEET = N_("Lembar '{sheet}' tidak ada di {path} (yang ada: {names}).")
CSV_TOO_LONG = N_("Berkas {path} lebih dari {max_rows} baris; bagi menjadi beberapa berkas.")


def column_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB': how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """'A' → 0, 'AB' → 27."""
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number - 1


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB".replace(",", ".")


@dataclass
class Sheet:
    """One sheet: its name, size and merged ranges, and its rows read in order."""

    name: str
    height: int | None  # rows from the top of the sheet; None while a CSV is not read through
    width: int
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 0-based
    _rows: Any = None

    def rows(self) -> Iterator[list[Cell]]:
        """Every row from the sheet's first (row index 0 = Excel row 1); blank cells are None."""
        return self._rows()


class Workbook:
    """A spreadsheet file opened for reading; the sheets are loaded one at a time."""

    def __init__(self, path: Path, kind: str, sheet_names: list[str], limits: Limits) -> None:
        self.path = path
        self.kind = kind  # "xlsx", "xls" or "csv"
        self.sheet_names = sheet_names
        self.limits = limits
        self._book: Any = None
        self._sizes: dict[str, tuple[int, int]] = {}
        self._cached: tuple[str, Sheet] | None = None
        self._csv: tuple[str, str] | None = None  # encoding, delimiter

    def sheet(self, name: str | None = None) -> Sheet:
        """A sheet by name (the first when None); the last one asked for is kept loaded."""
        name = self.sheet_names[0] if name is None else name
        if name not in self.sheet_names:
            raise FileProblem(NO_SHEET, sheet=name, path=str(self.path), names=", ".join(self.sheet_names))
        if self._cached and self._cached[0] == name:
            return self._cached[1]
        self._cached = None
        sheet = self._load_csv(name) if self.kind == "csv" else self._load_calamine(name)
        self._cached = (name, sheet)
        return sheet

    def _refuse_size(self, name: str, rows: int, columns: int) -> None:
        if rows > self.limits.max_rows or rows * columns > self.limits.max_cells:
            raise FileProblem(
                SHEET_TOO_BIG,
                sheet=name,
                path=str(self.path),
                rows=f"{rows:,}".replace(",", "."),
                columns=columns,
                max_rows=f"{self.limits.max_rows:,}".replace(",", "."),
                max_cells=f"{self.limits.max_cells:,}".replace(",", "."),
            )

    def _load_calamine(self, name: str) -> Sheet:
        import python_calamine

        if name in self._sizes:
            self._refuse_size(name, *self._sizes[name])
        try:
            loaded = self._book.get_sheet_by_name(name)
        except python_calamine.PasswordError:
            raise FileProblem(ENCRYPTED, path=str(self.path)) from None
        except (python_calamine.CalamineError, ValueError, OSError) as exc:
            raise FileProblem(DAMAGED, path=str(self.path), reason=str(exc)) from None
        _first_row, first_column = loaded.start or (0, 0)
        last_row, last_column = loaded.end or (-1, -1)
        height, width = last_row + 1, last_column + 1
        self._refuse_size(name, height, width)
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (loaded.merged_cell_ranges or [])]

        def rows() -> Iterator[list[Cell]]:
            # calamine's rows run from the sheet's row 1 but its columns from the first used one
            pad: list[Cell] = [None] * first_column
            for values in loaded.iter_rows():
                row = [None if value == "" else value for value in values]
                yield pad + row if pad else row

        return Sheet(name, height, width, merged, rows)

    def _load_csv(self, name: str) -> Sheet:
        assert self._csv is not None
        encoding, delimiter = self._csv
        path, limit = self.path, self.limits.max_rows
        width = [0]

        def rows() -> Iterator[list[Cell]]:
            with path.open(encoding=encoding, newline="", errors="strict") as handle:
                first = handle.readline()
                if not first.lower().startswith("sep="):
                    handle.seek(0)
                for count, values in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                    if count > limit + 1:
                        raise FileProblem(CSV_TOO_LONG, path=str(path), max_rows=f"{limit:,}".replace(",", "."))
                    width[0] = max(width[0], len(values))
                    yield [value if value.strip() else None for value in values]

        return Sheet(name, None, 0, [], rows)

    def close(self) -> None:
        self._cached = None
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workbook(path: str | Path, limits: Limits = LIMITS) -> Workbook:
    """Open an .xlsx, .xls or .csv after checking what it really is; a file that cannot be
    read is a :class:`FileProblem` that names it and says why."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise FileProblem(UNREADABLE, path=str(path), reason=os_reason(exc)) from None
    if size == 0:
        raise FileProblem(EMPTY, path=str(path))
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        sizes = check_zip(path, limits)
        return _open_calamine(path, "xlsx", limits, sizes)
    if head.startswith(OLE_MAGIC):
        if suffix in (".xlsx", ".xlsm") or _is_encrypted_package(path):
            raise FileProblem(ENCRYPTED, path=str(path))
        return _open_calamine(path, "xls", limits, {})
    for magic, what in _IMAGES.items():
        if head.startswith(magic):
            raise FileProblem(NOT_SPREADSHEET_IMAGE, path=str(path), kind=what)
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise FileProblem(NOT_SPREADSHEET_TEXT if _looks_like_text(path) else NOT_SPREADSHEET, path=str(path))
    if size > limits.max_csv_bytes:
        raise FileProblem(CSV_TOO_BIG, path=str(path), size=_megabytes(size), limit=_megabytes(limits.max_csv_bytes))
    encoding, delimiter = sniff_csv(path)
    book = Workbook(path, "csv", [path.stem], limits)
    book._csv = (encoding, delimiter)
    return book


def _open_calamine(path: Path, kind: str, limits: Limits, sizes: dict[str, tuple[int, int]]) -> Workbook:
    import python_calamine

    try:
        calamine = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise FileProblem(ENCRYPTED, path=str(path)) from None
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise FileProblem(DAMAGED, path=str(path), reason=str(exc)) from None
    book = Workbook(path, kind, list(calamine.sheet_names), limits)
    book._book = calamine
    book._sizes = sizes
    return book


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(4096)
    return b"\x00" not in head


def _is_encrypted_package(path: Path) -> bool:
    """An OLE file holding an encrypted OOXML package (how Excel saves a password-protected .xlsx)."""
    needle = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if needle in chunk:
                return True
    return False


# -- the zip container ----------------------------------------------------------------------


def check_zip(path: Path, limits: Limits = LIMITS) -> dict[str, tuple[int, int]]:
    """Check an .xlsx before any parser sees it; returns (rows, columns) per sheet name as the
    sheets declare or end. Declared sizes first (no byte inflated), then each XML part
    inflated in 1 MB chunks (never past its declared size: a part that lies is damaged)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileProblem(DAMAGED, path=str(path), reason=str(exc)) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.max_entries:
            raise FileProblem(TOO_MANY_PARTS, path=str(path), count=len(entries), limit=limits.max_entries)
        total = 0
        for entry in entries:
            total += entry.file_size
            if entry.file_size > limits.max_part_bytes:
                raise FileProblem(
                    PART_TOO_BIG,
                    path=str(path),
                    part=entry.filename,
                    size=_megabytes(entry.file_size),
                    limit=_megabytes(limits.max_part_bytes),
                )
        if total > limits.max_total_bytes:
            raise FileProblem(TOTAL_TOO_BIG, path=str(path), size=_megabytes(total), limit=_megabytes(limits.max_total_bytes))
        names = {entry.filename for entry in entries}
        if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            raise FileProblem(NOT_WORKBOOK, path=str(path))
        if entries and entries[0].flag_bits & 0x1:
            raise FileProblem(ENCRYPTED, path=str(path))
        dimensions: dict[str, tuple[int, int]] = {}
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels", ".vml")):
                shape = _scan_part(archive, entry, path)
                if shape is not None:
                    dimensions[entry.filename] = shape
        return _sizes_by_sheet(archive, dimensions, path)


def _scan_part(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, path: Path) -> tuple[int, int] | None:
    """Inflate one part once: refuse a DTD in its prolog; for a worksheet, its size as the
    larger of what its <dimension> declares and the last row and widest column at its end."""
    worksheet = entry.filename.startswith("xl/worksheets/")
    head = b""
    tail = b""
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(1 << 20):
                if len(head) < _PROLOG_BYTES:
                    head += chunk[: _PROLOG_BYTES - len(head)]
                if worksheet:
                    tail = (tail + chunk)[-_PROLOG_BYTES:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise FileProblem(ENCRYPTED, path=str(path)) from None
        raise FileProblem(DAMAGED, path=str(path), reason=f"{entry.filename}: {exc}") from None
    if _DTD.search(head):
        raise FileProblem(ENTITIES, path=str(path), part=entry.filename)
    if not worksheet:
        return None
    rows, columns = 0, 0
    declared = _DIMENSION.search(head)
    if declared:
        last_column = declared.group(3) or declared.group(1)
        rows, columns = int(declared.group(4) or declared.group(2)), column_index(last_column.decode()) + 1
    numbers = _ROW_NUMBER.findall(tail)
    if numbers:
        rows = max(rows, int(numbers[-1]))
    cells = _CELL_REF.findall(tail)
    if cells:
        columns = max(columns, *(column_index(ref.decode()) + 1 for ref in cells))
    return rows, columns


def _sizes_by_sheet(archive: zipfile.ZipFile, dimensions: dict[str, tuple[int, int]], path: Path) -> dict[str, tuple[int, int]]:
    """Sheet name → (rows, columns), through workbook.xml and its relationships (read with
    defusedxml: nothing in them is trusted either)."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    except (DefusedXmlException, ElementTree.ParseError) as exc:
        raise FileProblem(DAMAGED, path=str(path), reason=f"workbook.xml: {exc}") from None
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = re.sub(r"[^/]+/\.\./", "", target)
    relation = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    sizes = {}
    for sheet in book.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"):
        part = targets.get(sheet.get(relation))
        if part in dimensions:
            sizes[sheet.get("name", "")] = dimensions[part]
    return sizes


# -- CSV ---------------------------------------------------------------------------------------


def sniff_csv(path: Path) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV as Excel saves it: UTF-8 with a BOM, UTF-16 ("Unicode
    text"), plain UTF-8, else Windows-1252; ``;`` (Indonesian locale), ``,`` or tab."""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8" if _is_utf8(path) else "cp1252"
    text = head.decode(encoding if encoding != "utf-16" else "utf-16", errors="ignore")
    first = text.split("\n", 1)[0].strip().lower()
    if first.startswith("sep=") and len(first) >= 5:
        return encoding, first[4]
    sample = "\n".join(text.splitlines()[:50])
    try:
        return encoding, csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return encoding, max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
