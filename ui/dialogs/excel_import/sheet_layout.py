"""What the dialog knows of a sheet before the dry run: its first rows, its merged ranges,
and the table layout the core guessed or the user set (header rows, first data row,
mapping). Qt-free: it runs in a worker thread and in tests alike."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from core.excel.headers import PREVIEW_ROWS, SCAN_ROWS, Layout, find_layout, header_parts, is_numbering, kib_in_title
from core.excel.mapping import Mapping, MappingMemory, guess_mapping
from core.excel.read import Cell, open_workbook

TOP_ROWS = SCAN_ROWS + PREVIEW_ROWS  # what the preview shows and the header is looked for in


@dataclass(frozen=True)
class SheetTop:
    """The first rows of one sheet of a workbook, with its sheet names, merged ranges and the
    layout the core found in it (None: no header it recognises)."""

    path: Path
    sheets: list[str]
    sheet: str
    rows: list[list[Cell]]
    merged: list[tuple[int, int, int, int]]
    found: Layout | None

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def read_top(path: Path, kind: str, sheet: str | None = None) -> SheetTop:
    """Open the file and read the sheet asked for, else the one whose header the core
    recognises best (a file that cannot be read, or has no such sheet, raises FileProblem)."""
    from core.excel.headers import guess_layout

    with open_workbook(path) as book:
        found: Layout | None
        if sheet is None:
            found = guess_layout(book, kind)
            sheet = found.sheet
        else:
            found = find_layout(book.sheet(sheet), kind)
        loaded = book.sheet(sheet)
        rows: list[list[Cell]] = []
        for row in loaded.rows():
            rows.append(row)
            if len(rows) >= TOP_ROWS:
                break
        return SheetTop(path, list(book.sheet_names), sheet, rows, list(loaded.merged), found)


def _blank(row: list[Cell]) -> bool:
    return all(value is None or not str(value).strip() for value in row)


def layout_at(top: SheetTop, kind: str, first: int, last: int, data_first: int | None = None) -> Layout:
    """The layout with the header on rows ``first``..``last`` (0-based): each column's header
    parts, the guessed mapping, the first data row (after a row of column numbers and blank
    rows unless given) and the title block above the header."""
    if top.found is not None and (top.found.header_first, top.found.header_last) == (first, last):
        layout = replace(top.found, mapping=Mapping(kind, dict(top.found.mapping.columns)))
        if data_first is not None:
            layout.data_first = data_first
        return layout
    rows = top.rows[first : last + 1]
    parts = header_parts(rows, first, top.merged) if rows else []
    if data_first is None:
        data_first = last + 1
        while data_first < len(top.rows) and (is_numbering(top.rows[data_first]) or _blank(top.rows[data_first])):
            data_first += 1
    title = [" ".join(str(v).strip() for v in row if v is not None and str(v).strip()) for row in top.rows[:first]]
    title = [line for line in title if line]
    return Layout(
        top.sheet,
        first,
        last,
        data_first,
        parts,
        guess_mapping(kind, parts),
        top.rows[: data_first + PREVIEW_ROWS],
        title,
        kib_in_title(title),
    )


def recalled(layout: Layout, kind: str, memory: MappingMemory | None) -> bool:
    """Give the layout the mapping remembered for its shape, if any (True: one was)."""
    remembered = memory.recall(kind, layout.labels) if memory is not None else None
    if remembered is None:
        return False
    width = len(layout.parts)
    layout.mapping = Mapping(kind, {name: index for name, index in remembered.columns.items() if index < width})
    return True


def samples(top: SheetTop, layout: Layout, column: int, count: int = 3) -> list[str]:
    """The first few values of a column under the header, as the sheet holds them."""
    from core.excel.report import shown

    found: list[str] = []
    for row in top.rows[layout.data_first :]:
        if column < len(row) and row[column] is not None and str(row[column]).strip():
            found.append(" ".join(shown(row[column]).split()))
            if len(found) == count:
                break
    return found
