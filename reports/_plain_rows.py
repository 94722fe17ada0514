"""A long list as a platypus flowable that costs little to split: rows of one height drawn
as plain text (the ledger's cells, encoded once per distinct value), the header and a
caption repeated on every page the list runs onto. reportlab's Table re-measures every
remaining row at each page break, which makes a list of 60,000 assets take minutes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from reports.fonts import BOLD, REGULAR, printable, register
from reports.kit import INK, RULE, SHADE
from reports.ledger import FONT_SIZE, ROW, Column, Pieces, PlainCells, fit_cell, fit_with_tail

HEADER = ROW + 3


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    """Columns with a ``sample`` get just its width; the others share the rest by weight."""
    fixed = sum(c.fixed_width() for c in columns if c.sample)
    total = sum(c.weight for c in columns if not c.sample) or 1
    return [c.fixed_width() if c.sample else (width - fixed) * c.weight / total for c in columns]


class PlainRows(Flowable):
    """``rows`` of text under a shaded header; ``caption`` (whose list this is) heads every
    page after the first, with "(lanjutan)"."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        caption: str = "",
        *,
        start: int = 0,
        end: int | None = None,
        continued: bool = False,
        cache: dict[tuple[str, int], tuple[float, Pieces]] | None = None,
    ) -> None:
        super().__init__()
        register()
        self.columns = list(columns)
        self.rows = rows
        self.start = start  # the rows this piece draws: a split copies no rows
        self.end = len(rows) if end is None else end
        self.caption = caption
        self.continued = continued
        self.cache: dict[tuple[str, int], tuple[float, Pieces]] = {} if cache is None else cache
        self.widths: list[float] = []

    def _top(self) -> float:
        return HEADER + (ROW + 2 if self.continued and self.caption else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.widths = column_widths(self.columns, available_width)
        self.height = self._top() + ROW * (self.end - self.start)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fitting = int((available_height - self._top()) // ROW)
        if fitting < 2:  # the header and fewer than two rows: move all of it to the next page
            return []
        if self.start + fitting >= self.end:
            return [self]
        middle = self.start + fitting
        return [
            PlainRows(
                self.columns, self.rows, self.caption, start=self.start, end=middle, continued=self.continued, cache=self.cache
            ),
            PlainRows(self.columns, self.rows, self.caption, start=middle, end=self.end, continued=True, cache=self.cache),
        ]

    def draw(self) -> None:
        c: Any = self.canv
        y = self.height
        if self.continued and self.caption:
            c.setFillColor(INK)
            c.setFont(BOLD, FONT_SIZE + 0.8)
            y -= ROW + 2
            c.drawString(2, y + 3.5, fit_cell(printable(f"{self.caption} (lanjutan)"), self.width - 4, True))
        c.setFillColor(SHADE)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.rect(0, y - HEADER, self.width, HEADER, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, FONT_SIZE)
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        for column, left, width in zip(self.columns, lefts, self.widths, strict=True):
            text = fit_cell(printable(column.title), width - 4, True)
            if column.align == "right":
                c.drawRightString(left + width - 2, y - HEADER + 3.5, text)
            elif column.align == "centre":
                c.drawCentredString(left + width / 2, y - HEADER + 3.5, text)
            else:
                c.drawString(left + 2, y - HEADER + 3.5, text)
        y -= HEADER
        plain = PlainCells(c, REGULAR, FONT_SIZE)  # positions inside this flowable: the frame moved the origin here
        for index in range(self.start, self.end):
            y -= ROW
            baseline = f"{y + 3:.2f}"
            for number, value in enumerate(self.rows[index]):
                if not value:
                    continue
                cell = self.cache.get((value, number))
                if cell is None:
                    cell = self.cache[(value, number)] = self._cell(plain, value, number, lefts[number])
                plain.add(f"{cell[0]:.2f}", baseline, cell[1])
        plain.flush()
        c.setStrokeColor(RULE)
        c.line(0, y, self.width, y)

    def _cell(self, plain: PlainCells, value: str, number: int, left: float) -> tuple[float, Pieces]:
        column, width = self.columns[number], self.widths[number]
        text = printable(value)
        text = fit_with_tail(text, width - 4, column.tail) if column.tail else fit_cell(text, width - 4)
        x = left + 2
        if column.align == "right":
            x = left + width - 2 - stringWidth(text, REGULAR, FONT_SIZE)
        elif column.align == "centre":
            x = left + (width - stringWidth(text, REGULAR, FONT_SIZE)) / 2
        return x, plain.encode(text)
