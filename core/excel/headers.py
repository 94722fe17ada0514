"""Where the table is in a sheet an office keeps: which sheet, which row(s) the header
takes, where the data starts and ends. Copes with title rows above the header, a header
on two or three rows with merged cells ("PANGKAT" over "GOL/RUANG" and "TMT"), a row of
column numbers under it, and blank rows, a total row ("JUMLAH") and a signature block
under the table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.errors import FileProblem
from core.excel.mapping import Mapping, guess_mapping, required, vocabulary, words
from core.excel.read import Cell, Sheet, Workbook
from core.i18n import N_
from core.reference import load_reference

SCAN_ROWS = 40  # a header further down than this is not a header
PREVIEW_ROWS = 20
NO_HEADER = N_(
    "Tidak ada lembar di {path} dengan baris judul kolom yang dikenali untuk {kind} (dicari: {wanted}). Lembar yang diperiksa: {sheets}."
)
KIND_WORDS = {
    "staff": N_("pegawai"),
    "assets": N_("aset"),
    "structure": N_("struktur"),
    "positions": N_("jabatan"),
    "renstra": N_("Renstra/Renja"),
}
_PLACE_DATE = re.compile(r"^[A-Z][A-Za-z .]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$")
_KIB_TITLE = re.compile(r"\bKIB\s*\)?\s*[-.:]?\s*\(?([A-F])\)?(?![A-Za-z])")


@dataclass
class Layout:
    """The table of one sheet: header rows (0-based, inclusive), first data row, each
    column's header parts and joined label, the first rows to show, and what the title
    block says (a KIB letter)."""

    sheet: str
    header_first: int
    header_last: int
    data_first: int
    parts: list[list[str]]
    mapping: Mapping
    preview: list[list[Cell]] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    kib: str | None = None

    @property
    def labels(self) -> list[str]:
        return [" ".join(p) for p in self.parts]


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def is_numbering(row: list[Cell]) -> bool:
    """A row of column numbers under a header: 1, 2, 3 … (or '(1)', '(2)' …), rising."""
    numbers = []
    for value in row:
        written = _text(value).strip("()")
        if not written:
            continue
        if not written.isdigit():
            return False
        numbers.append(int(written))
    return len(numbers) >= 3 and numbers == sorted(numbers) and numbers[0] <= 2


def _merged_fill(rows: list[list[Cell]], first: int, merged: list[tuple[int, int, int, int]]) -> list[list[str]]:
    """The texts of header rows with every merged range's text copied into all its cells."""
    width = max((len(r) for r in rows), default=0)
    grid = [[_text(r[c]) if c < len(r) else "" for c in range(width)] for r in rows]
    last = first + len(rows) - 1
    for r0, c0, r1, c1 in merged:
        if r0 > last or r1 < first or r0 < first:
            continue
        value = grid[r0 - first][c0] if c0 < width else ""
        for r in range(r0, min(r1, last) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                grid[r - first][c] = value
    return grid


def header_parts(rows: list[list[Cell]], first: int, merged: list[tuple[int, int, int, int]]) -> list[list[str]]:
    """Each column's header texts from top to bottom. Without merge information (CSV, .xls
    saved flat) a group header is carried right over the blank cells beside it that have
    a sub-header below ("PANGKAT" | "" over "GOL/RUANG" | "TMT")."""
    grid = _merged_fill(rows, first, merged)
    width = len(grid[0]) if grid else 0
    for level in range(len(grid) - 1):
        carry = ""
        for c in range(width):
            below = any(grid[lower][c] for lower in range(level + 1, len(grid)))
            if grid[level][c]:
                carry = grid[level][c] if below else ""
            elif carry and below:
                grid[level][c] = carry
            else:
                carry = ""
    parts = []
    for c in range(width):
        column: list[str] = []
        for level in range(len(grid)):
            if grid[level][c] and (not column or column[-1] != grid[level][c]):
                column.append(grid[level][c])
        parts.append(column)
    return parts


def _score(mapping: Mapping, kind: str) -> int:
    fields = {name for name in mapping.columns}
    if not set(required(kind)) <= fields or len(fields) < 2:
        return 0
    return len(fields)


def find_layout(sheet: Sheet, kind: str) -> Layout | None:
    """The best header in the first rows of one sheet, or None."""
    top: list[list[Cell]] = []
    for row in sheet.rows():
        top.append(row)
        if len(top) >= SCAN_ROWS + PREVIEW_ROWS:
            break
    best: tuple[int, int, int] | None = None  # score, first, depth
    best_layout: Layout | None = None
    for first in range(min(SCAN_ROWS, len(top))):
        if not any(_text(v) for v in top[first]):
            continue
        for depth in (1, 2, 3):
            rows = top[first : first + depth]
            if len(rows) < depth or (depth > 1 and (is_numbering(rows[-1]) or not any(_text(v) for v in rows[-1]))):
                break
            parts = header_parts(rows, first, sheet.merged)
            mapping = guess_mapping(kind, parts)
            score = _score(mapping, kind)
            if score and (best is None or score > best[0]):
                best = (score, first, depth)
                best_layout = Layout(sheet.name, first, first + depth - 1, first + depth, parts, mapping)
    if best_layout is None:
        return None
    data_first = best_layout.data_first
    while data_first < len(top) and (is_numbering(top[data_first]) or not any(_text(v) for v in top[data_first])):
        data_first += 1
    best_layout.data_first = data_first
    best_layout.preview = top[: data_first + PREVIEW_ROWS]
    best_layout.title = [" ".join(_text(v) for v in row if _text(v)) for row in top[: best_layout.header_first]]
    best_layout.title = [line for line in best_layout.title if line]
    best_layout.kib = kib_in_title(best_layout.title)
    return best_layout


def kib_in_title(lines: list[str]) -> str | None:
    """The KIB a register's title block names ("KARTU INVENTARIS BARANG (KIB) B", "KIB A
    TANAH", "... PERALATAN DAN MESIN")."""
    names = {words(k.name): k.kib for k in load_reference().kib.values()}
    for line in lines:
        found = _KIB_TITLE.search(line.upper())
        if found:
            return found.group(1)
    for line in lines:
        normal = words(line)
        for name, kib in names.items():
            if re.search(rf"\b{re.escape(name)}\b", normal) and ("KARTU" in normal or "INVENTARIS" in normal or "KIB" in normal):
                return kib
    return None


def guess_layout(book: Workbook, kind: str, sheet: str | None = None) -> Layout:
    """The sheet (the one asked for, else the one whose header names the most fields) and
    its table; none recognisable is a FileProblem listing what was looked for."""
    names = [sheet] if sheet is not None else book.sheet_names
    found: list[Layout] = []
    for name in names:
        layout = find_layout(book.sheet(name), kind)
        if layout is not None:
            found.append(layout)
    if not found:
        wanted = ", ".join(vocabulary()[kind][r][0] for r in required(kind))
        raise FileProblem(
            NO_HEADER, path=str(book.path), kind=KIND_WORDS[kind], wanted=wanted, sheets=", ".join(repr(n) for n in names)
        )
    return max(found, key=lambda layout: _score(layout.mapping, kind))


@lru_cache(maxsize=1)
def _end_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(first words of every closing text, totals, signature words), normalised once."""
    end = vocabulary()["table_end"]
    totals = tuple(words(w) for w in end["totals"])
    signature = tuple(words(w) for w in end["signature"])
    return frozenset(w.split(" ", 1)[0] for w in totals + signature), totals, signature


_TOTAL_HEADS = ("JUMLAH", "TOTAL", "SUB", "GRAND")


def ends_table(row: list[Cell]) -> bool:
    """A total row ('JUMLAH') or the start of a signature block ('Pontianak, 2 Januari
    2024', 'KEPALA DINAS …', 'NIP. …' alone on its row): the table is over. Asked of every
    row, so a row of data is let through after a look at its first cell."""
    first_cell = row[0] if row else None
    if first_cell is None:  # the first cell filled
        first_cell = next((v for v in row if v is not None), None)
    if not isinstance(first_cell, str):
        return False
    filled = len(row) - row.count(None)
    if filled > 2 and (first_cell[:1].isdigit() or not first_cell.lstrip()[:12].upper().startswith(_TOTAL_HEADS)):
        return False  # a digit first (a NIP, a number): no total heading starts so
    firsts, totals, signature = _end_words()
    first = words(first_cell)
    if first.split(" ", 1)[0] not in firsts and not (filled <= 2 and _PLACE_DATE.match(" ".join(first_cell.split()))):
        return False
    if any(first == w or first.startswith(w + " ") for w in totals):
        return True
    if filled <= 2:
        if _PLACE_DATE.match(" ".join(first_cell.split())):
            return True
        return any(first == w or first.startswith(w + " ") for w in signature)
    return False
