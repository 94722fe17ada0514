"""Small charts drawn as reportlab vector drawings: the nine-box grid and plain bar charts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from core.competency import KINERJA, POTENSI
from core.reference import load_reference
from reports.fonts import BOLD, REGULAR, printable, register
from reports.kit import INK, RULE

POOL = colors.HexColor("#d8ecd9")  # boxes 7–9: the succession pool
LOW = colors.HexColor("#f6dcdc")  # box 1
PLAIN = colors.HexColor("#eef1f4")
BAR = colors.HexColor("#4f6d8a")
ROW_WORDS = {3: "Di atas ekspektasi", 2: "Sesuai ekspektasi", 1: "Di bawah ekspektasi"}
COLUMN_WORDS = {1: "Rendah", 2: "Menengah", 3: "Tinggi"}


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in the report font: its renderer selects its initial font on the
    page even where every string names its own, and reportlab's default (Helvetica) would be a
    font the PDF names but does not embed."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def nine_box_grid(counts: dict[int, int], width: float = 300) -> Drawing:
    """Kinerja rows (top: above expectation) × potensi columns (right: high), each box with
    its number and how many people sit in it (PermenPAN-RB 3/2020)."""
    register()
    label_w, label_h = 78.0, 16.0
    cell_w = (width - label_w) / 3
    cell_h = max(34.0, cell_w * 0.5)
    height = 3 * cell_h + label_h * 2
    drawing = _drawing(width, height)
    boxes = {(b.kinerja, b.potensi): b.box for b in load_reference().nine_box.values()}
    for row, kinerja in ((0, 3), (1, 2), (2, 1)):
        y = height - label_h - (row + 1) * cell_h
        drawing.add(
            String(
                label_w - 4,
                y + cell_h / 2 - 3,
                ROW_WORDS[kinerja],
                fontName=REGULAR,
                fontSize=6.5,
                textAnchor="end",
                fillColor=INK,
            )
        )
        for column, potensi in ((0, 1), (1, 2), (2, 3)):
            box = boxes[(KINERJA[kinerja], POTENSI[potensi])]
            x = label_w + column * cell_w
            fill = POOL if box >= 7 else LOW if box == 1 else PLAIN
            drawing.add(Rect(x, y, cell_w, cell_h, fillColor=fill, strokeColor=colors.white, strokeWidth=1.5))
            drawing.add(String(x + 4, y + cell_h - 9, f"Kotak {box}", fontName=REGULAR, fontSize=6.5, fillColor=RULE))
            drawing.add(
                String(
                    x + cell_w / 2,
                    y + cell_h / 2 - 6,
                    str(counts.get(box, 0)),
                    fontName=BOLD,
                    fontSize=14,
                    textAnchor="middle",
                    fillColor=INK,
                )
            )
    for column, potensi in ((0, 1), (1, 2), (2, 3)):
        x = label_w + column * cell_w + cell_w / 2
        drawing.add(
            String(x, label_h - 10, COLUMN_WORDS[potensi], fontName=REGULAR, fontSize=6.5, textAnchor="middle", fillColor=INK)
        )
    drawing.add(String(label_w - 4, 2, "Potensi →", fontName=REGULAR, fontSize=6.5, textAnchor="end", fillColor=RULE))
    drawing.add(String(label_w - 4, height - 10, "Kinerja ↑", fontName=REGULAR, fontSize=6.5, textAnchor="end", fillColor=RULE))
    return drawing


def bar_chart(
    title: str, labels: Sequence[str], values: Sequence[float], width: float = 240, texts: Sequence[str] | None = None
) -> Drawing:
    """Horizontal bars with their label at the left and their value at the right of the bar."""
    register()
    row = 13.0
    label_w = width * 0.42
    height = 16 + row * len(labels)
    drawing = _drawing(width, height)
    drawing.add(String(0, height - 10, printable(title), fontName=BOLD, fontSize=8, fillColor=INK))
    top = max([1.0, *values])
    room = width - label_w - 48
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = height - 16 - (index + 1) * row + 3
        drawing.add(
            String(label_w - 4, y + 1.5, printable(label)[:34], fontName=REGULAR, fontSize=6.8, textAnchor="end", fillColor=INK)
        )
        length = room * value / top
        if length > 0:
            drawing.add(Rect(label_w, y, length, row - 4, fillColor=BAR, strokeColor=None))
        shown = texts[index] if texts is not None else f"{value:g}"
        drawing.add(String(label_w + length + 3, y + 1.5, shown, fontName=REGULAR, fontSize=6.8, fillColor=INK))
    drawing.add(Line(label_w, height - 16, label_w, 2, strokeColor=RULE, strokeWidth=0.5))
    return drawing
