"""The shared kit for writing .xlsx: sheets with a title block, a bold frozen header, sensible
widths and typed cells, written by XlsxWriter in constant-memory mode (a row goes to disk as
soon as it is written, so 100,000 rows take little memory; the figures that chose it are in
pyproject.toml).

Cells are typed the way Excel users expect: NIP and codes as text with the text format ``@``
(never numbers, so no digit is lost), rupiah as numbers with the format ``#,##0.00``, dates as
real dates. The format code in the file is locale-neutral: ``,`` there means "the thousands
separator" and ``.`` "the decimal separator", so Excel shows 1.234.567,00 on an Indonesian PC
(writing ``#.##0,00`` into the file would be read as a decimal point after the first digit).

Text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written as a
string cell with Excel's quote prefix: it shows as text and never runs, even when the user
edits the cell and presses Enter (formula injection).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from core.errors import Cancelled, FileProblem, os_reason
from core.i18n import N_
from core.store import SQLITE_MAGIC

Progress = Callable[[float, str], None]

TEXT = "text"  # free text
CODE = "code"  # NIP, kode barang, urusan codes: text with the text format, never a number
LINES = "lines"  # several lines in one cell (functions, units of a finding)
INTEGER = "integer"
NUMBER = "number"  # two decimals (area, percent)
RUPIAH = "rupiah"  # sen in the file, rupiah with two decimals in the sheet
DATE = "date"

RUPIAH_FORMAT = "#,##0.00"
DATE_FORMAT = "dd/mm/yyyy"
# 0x0421 is the language id of Indonesian: month names in Indonesian whatever the PC's language.
TITLE_DATE_FORMAT = '[$-421]"Tanggal ekspor: "d mmmm yyyy'
UNSAFE_START = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
SHEET_NAME_MAX = 31
CHECK_EVERY = 2000  # rows between looks at the cancel flag
MAX_CELL_TEXT = 32767  # Excel's limit of characters in one cell


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its header (Indonesian, as the importer reads it), what its
    cells hold, its width, and for templates what to write in it and which list it offers."""

    header: str
    kind: str = TEXT
    width: float = 14
    note: str = ""  # what the column holds, for the template's notes sheet (Indonesian)
    example: Any = None  # the template's example row
    choices: str | None = None  # name of a drop-down list (core.excel.template.LISTS)
    required: bool = False
    derived: bool = False  # computed by the program: exported, not asked for in a template


class Indented(str):
    """Text written with Excel's indent: a unit's name one step in per level of the tree."""

    depth: int

    def __new__(cls, text: str, depth: int) -> Indented:
        made = super().__new__(cls, text)
        made.depth = depth
        return made


def sheet_name(text: str, taken: Iterable[str] = ()) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\, unique in the book."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in text).strip().strip("'") or "Lembar"
    cleaned = cleaned[:SHEET_NAME_MAX]
    used = {name.casefold() for name in taken}
    candidate, number = cleaned, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = cleaned[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    return candidate


class Book:
    """One .xlsx being written. Sheets are written one after the other, rows in order."""

    def __init__(self, path: str | Path, *, constant_memory: bool = True) -> None:
        self.path = Path(path)
        self.workbook = xlsxwriter.Workbook(
            str(self.path),
            {
                "constant_memory": constant_memory,
                # Strings stay strings: no guessing of numbers, formulas or links from text.
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "default_date_format": DATE_FORMAT,
            },
        )
        self.workbook.set_properties({"title": "SOTK Planner", "creator": "SOTK Planner"})
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self.sheets: list[str] = []

    def format(self, **properties: Any) -> Format:
        """One shared format per set of properties (Excel keeps a table of them)."""
        key = tuple(sorted(properties.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.workbook.add_format(properties)
        return found

    def add_sheet(self, name: str, *, hidden: bool = False) -> Worksheet:
        name = sheet_name(name, self.sheets)
        sheet = self.workbook.add_worksheet(name)
        if hidden:
            sheet.hide()
        self.sheets.append(name)
        return sheet

    def close(self) -> None:
        self.workbook.close()

    # -- tables --------------------------------------------------------------------------

    def table(
        self,
        name: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        *,
        title: Sequence[str] = (),
        exported_on: date | None = None,
        total: int | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        message: str = "",
        validations: Callable[[Worksheet, int, int], None] | None = None,
    ) -> int:
        """Write a sheet: the title block (lines of bold text, then the date of export as a
        real date), a blank row, the header (bold, frozen, with a filter) and the rows.
        Returns how many rows were written. ``total`` (if known) drives ``progress``."""
        sheet = self.add_sheet(name)
        row = 0
        for number, line in enumerate(title):
            sheet.write_string(row, 0, line, self.format(bold=True, font_size=13 if number == 0 else 11))
            row += 1
        if exported_on is not None:  # a real date, its words in the format: "Tanggal ekspor: 3 Desember 2026"
            when = datetime(exported_on.year, exported_on.month, exported_on.day)
            span = min(len(columns), 4) - 1
            if span > 0:  # merged over the first columns, so a narrow first column does not cut it
                sheet.merge_range(row, 0, row, span, "", self.date_title)
            sheet.write_datetime(row, 0, when, self.date_title)
            row += 1
        if row:
            row += 1  # a blank row between the title block and the table
        header_row = row
        rows = iter(rows)
        first = list(islice(rows, 200))  # widths are measured on the first rows
        for col, column in enumerate(columns):
            sheet.set_column(col, col, _width(column, first, col), self.column_format(column))
            sheet.write_string(header_row, col, column.header, self.header_format)
        sheet.freeze_panes(header_row + 1, 0)
        sheet.set_landscape()  # printed: as wide as the page, the header on every page
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(header_row)
        sheet.set_row(header_row, 30)
        writers = [self._writer(sheet, column) for column in columns]
        count = 0
        for count, values in enumerate(_chain(first, rows), start=1):
            at = header_row + count
            for col, value in enumerate(values):
                if value is not None and value != "":
                    writers[col](at, col, value)
            if count % CHECK_EVERY == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if progress is not None and total:
                    progress(min(count / total, 1.0), message)
        last = header_row + max(count, 1)
        sheet.autofilter(header_row, 0, last, len(columns) - 1)
        if validations is not None:
            validations(sheet, header_row + 1, max(last, header_row + 1000))
        return count

    @property
    def header_format(self) -> Format:
        return self.format(bold=True, text_wrap=True, valign="top", bg_color="#DDEBF7", border=1)

    @property
    def date_title(self) -> Format:
        return self.format(num_format=TITLE_DATE_FORMAT, align="left", italic=True)

    def column_format(self, column: Column) -> Format | None:
        """The format of a whole column: also what a user typing a new row gets (a NIP typed
        into the NIP column stays text)."""
        if column.kind == CODE:
            return self.format(num_format="@")
        if column.kind == RUPIAH:
            return self.format(num_format=RUPIAH_FORMAT)
        if column.kind == NUMBER:
            return self.format(num_format="0.00")
        if column.kind == DATE:
            return self.format(num_format=DATE_FORMAT)
        if column.kind == LINES:
            return self.format(text_wrap=True, valign="top")
        return None

    def _writer(self, sheet: Worksheet, column: Column) -> Callable[[int, int, Any], Any]:
        """A function writing one value of this column: chosen once per column, not per cell."""
        kind = column.kind
        if kind in (INTEGER, NUMBER):
            plain = self.column_format(column)
            return lambda r, c, v: sheet.write_number(r, c, v, plain)
        if kind == RUPIAH:
            money = self.column_format(column)
            return lambda r, c, v: sheet.write_number(r, c, v / 100, money)
        if kind == DATE:
            day = self.column_format(column)
            return lambda r, c, v: sheet.write_datetime(r, c, _as_datetime(v), day)
        normal = self.column_format(column)
        quoted = self.format(quote_prefix=True, **({"num_format": "@"} if kind == CODE else {}))
        write = sheet.write_string

        def text(r: int, c: int, v: Any) -> None:
            if isinstance(v, Indented) and v.depth:
                write(r, c, str(v), self.format(indent=min(v.depth, 15), quote_prefix=v.startswith(UNSAFE_START)))
                return
            v = str(v)
            if len(v) > MAX_CELL_TEXT:
                v = v[: MAX_CELL_TEXT - 1] + "…"
            write(r, c, v, quoted if v.startswith(UNSAFE_START) else normal)

        return text


def _chain(first: list[Sequence[Any]], rest: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    yield from first
    yield from rest


def _as_datetime(value: date | str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return datetime(value.year, value.month, value.day)


def _width(column: Column, rows: list[Sequence[Any]], col: int) -> float:
    """Wide enough for the header word and the first rows' values, never more than 60."""
    longest = max(len(word) for word in column.header.split()) + 2 if column.header else 8
    for values in rows:
        value = values[col] if col < len(values) else None
        if value is None:
            continue
        if column.kind == RUPIAH:
            longest = max(longest, len(f"{value / 100:,.2f}") + 2)
        elif column.kind == DATE:
            longest = max(longest, 11)
        else:
            line = max(str(value).split("\n"), key=len)
            longest = max(longest, len(line) + 2)
    return float(min(max(column.width, longest), MAX_WIDTH))


# -- writing beside the target, replacing it at the end -------------------------------------------


def check_target(target: Path) -> None:
    """An export is an .xlsx and never replaces a data file (a typo must not destroy a region)."""
    if target.suffix.lower() != ".xlsx":
        raise FileProblem(
            N_("Berkas Excel ditulis sebagai .xlsx: nama berkasnya harus berakhiran .xlsx ({path})."), path=str(target)
        )
    if target.is_dir():
        raise FileProblem(N_("{path} adalah folder; beri nama berkas .xlsx."), path=str(target))
    with contextlib.suppress(OSError), target.open("rb") as existing:
        if existing.read(16) == SQLITE_MAGIC:
            raise FileProblem(
                N_("{path} adalah berkas data SOTK, bukan berkas Excel: tidak ditulis di atasnya."), path=str(target)
            )


@contextlib.contextmanager
def replacing(target: str | Path) -> Iterator[Book]:
    """A book written into a temporary file beside ``target`` and renamed over it at the end:
    a failed or cancelled export leaves the old file as it was."""
    target = Path(target)
    check_target(target)
    partial = target.with_name(f".{target.stem}.part.xlsx")
    try:
        partial.touch()  # an unwritable folder is found now, not after 100,000 rows
        book = Book(partial)
        try:
            yield book
            book.close()
        except BaseException:
            with contextlib.suppress(Exception):
                book.close()
            raise
        os.replace(partial, target)
    except (OSError, FileCreateError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise FileProblem(N_("Berkas Excel {path} tidak dapat ditulis: {reason}"), path=str(target), reason=reason) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
