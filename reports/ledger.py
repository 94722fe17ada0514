"""A long table drawn straight onto the canvas, page by page, for lists of any length (the
asset register of a province runs to hundreds of thousands of rows).

Rows have one height, so the page count is known from the counts alone: a first pass with
no canvas counts pages, the second draws them with "Halaman i dari n" in place, and no page
is kept in memory once it is done. Cells too long for their column end with "…".

Plain rows are written as one PDF text block per page from pieces made once per distinct
cell (see :class:`PlainCells`): a register repeats its codes, names and places on every
page, and reportlab's text object would encode each of them again, letter by letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import BOLD, REGULAR, printable, register, widest
from reports.kit import INK, RULE, SHADE, draw_footer, fitted_line
from reports.page import MARGIN

FONT_SIZE = 7.2
ROW = 10.5


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the page width
    align: str = "left"  # left, right, centre
    tail: str = ""  # a separator: when the cell is too long, what comes after it stays whole
    sample: str = ""  # the widest value (a code, a year, an amount): the column is just that wide

    def fixed_width(self) -> float:
        """Points a column with a ``sample`` needs for it and its title (both bold at worst)."""
        return max(stringWidth(self.title, BOLD, FONT_SIZE), stringWidth(self.sample, BOLD, FONT_SIZE)) + 5


def fit_with_tail(text: str, width: float, separator: str) -> str:
    """``text`` cut to ``width`` points, shortening what comes before the last ``separator``
    first ("Jl. Sultan Abd… · Bagian Otonomi Daerah"): the unit is what a reader looks for,
    the street less so."""
    head, found, tail = text.rpartition(separator)
    if not found or not head:
        return fit_cell(text, width)
    rest = stringWidth(separator + tail, REGULAR, FONT_SIZE)
    if width - rest < 6 * FONT_SIZE:  # not even a few letters of the head fit: cut at the end
        return fit_cell(text, width)
    return fit_cell(head, width - rest) + separator + tail


def fit_cell(text: str, width: float, bold: bool = False) -> str:
    """``text`` cut to ``width`` points, with an ellipsis when it had to be cut."""
    font = BOLD if bold else REGULAR
    if len(text) * FONT_SIZE * widest(bold, text.isascii()) <= width:
        return text
    if stringWidth(text, font, FONT_SIZE) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, FONT_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


Pieces = tuple[tuple[int, str], ...]  # (font subset, "(glyph codes) Tj") for one cell's text
CACHED_CELLS = 200_000  # distinct (text, column) pairs remembered: a few tens of MB at most


class PlainCells:
    """The plain (regular-weight) cells of one page, gathered as a single PDF text block.

    Why not reportlab's text object: it turns every string into glyph codes in Python, one
    character at a time (``TTFont.splitString``), and formats every position anew; here a
    cell's text is encoded once per document and reused wherever it is printed again. The
    operators are the ones the text object writes (``Tm``, ``Tf`` per font subset, ``Tj``), so
    the page looks exactly the same.
    """

    def __init__(self, canvas: Canvas, font: str, size: float) -> None:
        self.canvas = canvas
        self.font = getFont(font)
        self.size = fp_str(size)
        self.doc = canvas._doc  # the document the font numbers its glyphs for (private in reportlab)
        self.selects: dict[int, str] = {}
        self.code: list[str] = []
        self.subset = -1

    def encode(self, text: str) -> Pieces:
        """``text`` (printable, fitted) as glyph codes of this document's font subsets."""
        return tuple((subset, f"({escapePDF(chunk)}) Tj") for subset, chunk in self.font.splitString(text, self.doc))

    def add(self, x: str, y: str, pieces: Pieces) -> None:
        """One cell at (``x``, ``y``), both already formatted with ``fp_str``."""
        code = self.code
        code.append(f"1 0 0 1 {x} {y} Tm")
        for subset, shown in pieces:
            if subset != self.subset:
                select = self.selects.get(subset)
                if select is None:
                    select = self.selects[subset] = f"{self.font.getSubsetInternalName(subset, self.doc)} {self.size} Tf"
                code.append(select)
                self.subset = subset
            code.append(shown)

    def flush(self) -> None:
        """Draw what was gathered (before anything that must lie on top of it)."""
        if self.code:
            self.canvas.addLiteral("BT " + " ".join(self.code) + " ET")
            self.code = []
            self.subset = -1


class Ledger:
    """Draws (``canvas`` given) or only counts pages (``canvas`` None)."""

    def __init__(
        self,
        canvas: Canvas | None,
        size: tuple[float, float],
        columns: Sequence[Column],
        title: str,
        subtitle: str,
        footer: str,
        total_pages: int = 0,
    ) -> None:
        register()
        self.canvas = canvas
        self.size = size
        self.title, self.subtitle, self.footer = title, subtitle, footer
        self.total_pages = total_pages
        self._use(columns)
        self.page = 0
        self.y = 0.0
        self.context = ""  # the heading the rows on this page fall under, repeated on the next
        self.group = ""  # the group heading (a perangkat daerah) the current headings belong to
        self.plain = PlainCells(canvas, REGULAR, FONT_SIZE) if canvas is not None else None

    def _use(self, columns: Sequence[Column]) -> None:
        inner = self.size[0] - 2 * MARGIN
        fixed = sum(c.fixed_width() for c in columns if c.sample)
        total = sum(c.weight for c in columns if not c.sample)
        self.columns = list(columns)
        # Columns of known width get it, on any paper; the names share the rest by weight.
        self.widths = [c.fixed_width() if c.sample else (inner - fixed) * c.weight / total for c in columns]
        self.lefts = [MARGIN + sum(self.widths[:i]) for i in range(len(columns))]
        self.cells: dict[tuple[str, int], tuple[str, Pieces]] = {}  # (value, column) → (x, pieces)

    def section(self, columns: Sequence[Column]) -> None:
        """Start a part of the document with other columns, on a new page."""
        self._use(columns)
        self.context = self.group = ""
        if self.page:
            self._new_page()

    # -- pages ---------------------------------------------------------------------------------

    def _room(self) -> float:
        return self.y - MARGIN - 4

    def _new_page(self) -> None:
        self._end_page()
        self.page += 1
        top = self.size[1] - MARGIN
        c = self.canvas
        if self.page == 1:
            if c is not None:
                c.setFillColor(INK)
                c.setFont(BOLD, 12)
                inner = self.size[0] - 2 * MARGIN
                c.drawCentredString(self.size[0] / 2, top - 12, fitted_line(self.title, inner, BOLD, 12))
                c.setFont(REGULAR, 9)
                c.drawCentredString(self.size[0] / 2, top - 25, fitted_line(self.subtitle, inner, REGULAR, 9, " · "))
            top -= 36
        elif c is not None:
            c.setFillColor(RULE)
            c.setFont(REGULAR, 7.5)
            c.drawString(MARGIN, top - 8, fitted_line(f"{self.title} — {self.subtitle}", self.size[0] - 2 * MARGIN, REGULAR, 7.5))
        if self.page > 1:
            top -= 12
        self.y = top
        self._header_row()
        if self.page > 1 and self.context:
            self._band(f"{self.context} (lanjutan)", bold=True, shade=False)

    def _end_page(self) -> None:
        if self.page == 0:
            return
        c = self.canvas
        if c is not None:
            self._flush_text()
            draw_footer(c, self.size[0], self.footer, self.page, self.total_pages or self.page)
            c.showPage()

    def _header_row(self) -> None:
        c = self.canvas
        height = ROW + 3
        if c is not None:
            c.setFillColor(SHADE)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.rect(MARGIN, self.y - height, self.size[0] - 2 * MARGIN, height, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(BOLD, FONT_SIZE)
            for column, left, width in zip(self.columns, self.lefts, self.widths, strict=True):
                self._cell(c, column.title, left, width, self.y - height + 3.5, column.align, bold=True)
        self.y -= height

    def _cell(self, c: Canvas, text: str, left: float, width: float, baseline: float, align: str, bold: bool = False) -> None:
        text = fit_cell(printable(text), width - 4, bold)
        if align == "right":
            c.drawRightString(left + width - 2, baseline, text)
        elif align == "centre":
            c.drawCentredString(left + width / 2, baseline, text)
        else:
            c.drawString(left + 2, baseline, text)

    def _band(self, text: str, bold: bool, shade: bool) -> None:
        c = self.canvas
        if c is not None:
            if shade:
                c.setFillColor(SHADE)
                c.rect(MARGIN, self.y - ROW - 2, self.size[0] - 2 * MARGIN, ROW + 2, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(BOLD if bold else REGULAR, FONT_SIZE + 0.8)
            c.drawString(MARGIN + 2, self.y - ROW + 1.5, fit_cell(printable(text), self.size[0] - 2 * MARGIN - 4, True))
        self.y -= ROW + 2

    # -- what callers write ----------------------------------------------------------------------

    def heading(self, text: str, keep_rows: int = 2, context: str | None = None, group: bool = False) -> None:
        """A bold line across the table, never left alone at the foot of a page; ``context``
        (the heading by default) is repeated on the next page while its rows go on. A ``group``
        heading (a perangkat daerah) is repeated above its later headings that open a page."""
        if group:
            self.group = text
        if self.page == 0 or self._room() < (ROW + 2) + keep_rows * ROW:
            self.context = "" if group else self.group
            self._new_page()
        self._band(text, bold=True, shade=True)
        self.context = text if context is None else context

    def row(self, values: Sequence[str] | None, bold: bool = False) -> None:
        """One row (``values`` None when only counting)."""
        if self.page == 0 or self._room() < ROW:
            self._new_page()
        self.y -= ROW
        if self.canvas is None or values is None:
            return
        if bold:
            self._flush_text()
            self.canvas.setFillColor(INK)
            self.canvas.setFont(BOLD, FONT_SIZE)
            for value, column, left, width in zip(values, self.columns, self.lefts, self.widths, strict=True):
                self._cell(self.canvas, value, left, width, self.y + 3, column.align, bold=True)
            self.canvas.setStrokeColor(RULE)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(MARGIN, self.y + ROW - 0.5, self.size[0] - MARGIN, self.y + ROW - 0.5)
            return
        plain = self.plain
        assert plain is not None and len(values) == len(self.columns)
        y = fp_str(self.y + 3)
        cells = self.cells
        for index, value in enumerate(values):
            if not value:
                continue
            cell = cells.get((value, index))
            if cell is None:
                cell = self._plain_cell(value, index)
            plain.add(cell[0], y, cell[1])

    def _plain_cell(self, value: str, index: int) -> tuple[str, Pieces]:
        """Where a plain cell's text starts and its glyph codes, worked out once per value."""
        assert self.plain is not None
        column, left, width = self.columns[index], self.lefts[index], self.widths[index]
        text = printable(value)
        cell = fit_with_tail(text, width - 4, column.tail) if column.tail else fit_cell(text, width - 4)
        x = left + 2
        if column.align == "right":
            x = left + width - 2 - stringWidth(cell, REGULAR, FONT_SIZE)
        if len(self.cells) >= CACHED_CELLS:
            self.cells.clear()
        made = self.cells[(value, index)] = (fp_str(x), self.plain.encode(cell))
        return made

    def _flush_text(self) -> None:
        """Draw the plain rows gathered so far, so a bold row's drawing does not hide under them."""
        if self.plain is not None:
            self.plain.flush()

    def finish(self) -> int:
        if self.page == 0:
            self._new_page()
        self._end_page()
        return self.page
