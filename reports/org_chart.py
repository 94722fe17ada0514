"""Bagan struktur organisasi: the chart of a perangkat daerah (or a unit and below), or of a
whole region's perangkat daerah, drawn from the geometry of ``core.org_layout``.

The geometry (pages, areas, title lines) is what the Bagan tab uses too; reportlab is
imported where a page is drawn or text measured, so the window starts without it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.errors import RefusedError
from core.i18n import N_
from core.org_chart import region_overview, unit_tree
from core.org_layout import ChartPage, ChartUnit, fit_pages
from core.store import Store
from reports.fonts import font_name, measure, printable
from reports.page import MARGIN, PAPERS, ReportOptions, Written
from reports.scope import resolve_scope

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TITLE_SPACE = 40.0
SIGNATURE_SPACE = 96.0
NOTE_SPACE = 14.0
LAMPIRAN_WIDTH = 232.0
TITLE_WIDTH = 300.0
SUBTITLE_SIZE = 10.5
SUBTITLE_MIN = 8.0
UNIT_TITLE = "BAGAN STRUKTUR ORGANISASI"
REGION_TITLE = "BAGAN SUSUNAN PERANGKAT DAERAH"  # as the lampiran of a Perda on perangkat daerah heads it
FILL = {"head": "#dfe8f1", "continuation": "#eef1f4", "functional": "#ffffff"}


def write_org_chart(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    """The chart of ``unit_id`` and everything below it, or the overview of ``edition_id``."""
    from reports.kit import INK, RULE, lampiran_block, numbered_canvas, signature_block

    scope = resolve_scope(store, unit_id, edition_id)
    edition, region = scope.edition, scope.region
    if scope.root_id is not None:
        tree = unit_tree(store, scope.root_id)
    elif len(scope.edition_ids) == 1:
        tree = region_overview(store, edition.id)
        if not any(child.id is not None for child in tree.children):
            raise RefusedError(N_("Edisi '{name}' belum punya unit; tidak ada bagan untuk dicetak."), name=edition.name)
    else:
        raise RefusedError(N_("Berkas ini punya {count} wilayah; pilih satu wilayah atau unit."), count=len(scope.edition_ids))
    title, subject = chart_title(tree), scope.subject
    options.step(0.1, N_("Menata bagan"))
    bottom = NOTE_SPACE + (SIGNATURE_SPACE if options.signature else 0)
    paper = PAPERS[options.paper]
    block = lampiran_block(edition, region, LAMPIRAN_WIDTH) if options.lampiran else None
    block_height = block.wrap(LAMPIRAN_WIDTH, 10_000)[1] if block is not None else 0.0  # a long "tentang" runs longer
    pages = chart_pages(tree, options.paper, options.landscape, block_height, options.signature)
    options.step(0.6, N_("Menggambar"))
    footer = f"{title.capitalize()} — {subject} — dicetak {options.today()}"
    canvas = numbered_canvas(footer)(path, pagesize=paper, invariant=1 if options.invariant else 0)
    canvas.setTitle(f"{title.capitalize()} {subject}")
    canvas.setAuthor("SOTK Planner")
    canvas.setCreator("SOTK Planner")
    notes: list[str] = []
    for number, page in enumerate(pages, start=1):
        size = (paper[1], paper[0]) if page.landscape else paper
        canvas.setPageSize(size)
        y = size[1] - MARGIN
        band = top_band(size[0], block_height)
        if block is not None:
            block.wrapOn(canvas, LAMPIRAN_WIDTH, block_height)
            block.drawOn(canvas, size[0] - MARGIN - LAMPIRAN_WIDTH, y - block_height)
        title_top = y - (band - TITLE_SPACE)
        canvas.setFillColor(INK)
        canvas.setFont(font_name(True), 12)
        canvas.drawCentredString(size[0] / 2, title_top - 13, title)
        size_used, line = subtitle_line(subject.upper(), title_room(size[0], block_height))
        canvas.setFont(font_name(True), size_used)
        canvas.drawCentredString(size[0] / 2, title_top - 28, line)
        y -= band
        chart_bottom = MARGIN + bottom
        draw_page(canvas, page, MARGIN, chart_bottom, size[0] - 2 * MARGIN, y - chart_bottom)
        canvas.setFont(font_name(False), 7.5)
        canvas.setFillColor(RULE)
        for note in page.notes:
            note_y = y + 4 if note.where == "top" else y - page.height * page.scale - 14
            canvas.drawCentredString(size[0] / 2, note_y, printable(f"— {note.text} —"))
        if options.signature and number == len(pages):
            signature = signature_block(region, options)
            signature.wrapOn(canvas, 80 * 2.835, SIGNATURE_SPACE)
            signature.drawOn(canvas, size[0] - MARGIN - 80 * 2.835, MARGIN + 2)
        if page.smallest_printed < 6 - 1e-3:
            notes.append(f"Halaman {number}: teks terkecil {page.smallest_printed:.1f} pt (terlalu tinggi untuk satu halaman).")
        canvas.showPage()
        options.step(0.6 + 0.4 * number / len(pages), N_("Menggambar"))
    canvas.save()
    return Written(path, len(pages), notes)


def chart_title(tree: ChartUnit) -> str:
    """The heading a chart prints under: a region's is the Perda's bagan, a unit's its structure."""
    return REGION_TITLE if tree.kind == "kepala_daerah" else UNIT_TITLE


def sheet_size(paper: str, landscape: bool) -> tuple[float, float]:
    """Width and height of the paper in points, turned as the page is printed."""
    width, height = PAPERS[paper]
    return (height, width) if landscape else (width, height)


def chart_area(paper: str, lampiran_height: float = 0.0, signature: bool = False) -> Callable[[bool], tuple[float, float]]:
    """The room for the chart on a page (width, height) of either orientation: the paper less
    its margins, the title band, the notes and the signature."""
    bottom = NOTE_SPACE + (SIGNATURE_SPACE if signature else 0)

    def area(wide: bool) -> tuple[float, float]:
        width, height = sheet_size(paper, wide)
        return width - 2 * MARGIN, height - 2 * MARGIN - top_band(width, lampiran_height) - bottom

    return area


def chart_pages(
    tree: ChartUnit, paper: str, landscape: bool | None, lampiran_height: float = 0.0, signature: bool = False
) -> list[ChartPage]:
    """The pages a chart prints on. The PDF and the Bagan tab both call this, so the tab shows
    the chart exactly as it prints on that paper."""
    return fit_pages(tree, chart_area(paper, lampiran_height, signature), measure, landscape=landscape)


def top_band(page_width: float, lampiran_height: float) -> float:
    """Height above the chart: the title, and the lampiran block (of the height measured) at
    the right, beside the title where the page is wide enough, else above it."""
    if not lampiran_height:
        return TITLE_SPACE
    beside = page_width / 2 + TITLE_WIDTH / 2 < page_width - MARGIN - LAMPIRAN_WIDTH
    return max(TITLE_SPACE, lampiran_height) + 6 if beside else TITLE_SPACE + lampiran_height + 4


def title_room(page_width: float, lampiran_height: float) -> float:
    """How wide the centred title lines may be: the whole inner width, or up to the
    lampiran block where it stands beside the title."""
    inner = page_width - 2 * MARGIN
    beside = lampiran_height and page_width / 2 + TITLE_WIDTH / 2 < page_width - MARGIN - LAMPIRAN_WIDTH
    return 2 * (page_width / 2 - MARGIN - LAMPIRAN_WIDTH - 6) if beside else inner


def subtitle_line(text: str, room: float) -> tuple[float, str]:
    """The subject under the title, in 10.5 pt or smaller (down to 8 pt), shortened with "…"
    if a long region name still does not fit: it never runs off the paper."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.kit import shortened

    text = printable(text)
    size = SUBTITLE_SIZE
    while size > SUBTITLE_MIN and stringWidth(text, font_name(True), size) > room:
        size -= 0.5
    return size, shortened(text, room, font_name(True), size)


def draw_page(canvas: Canvas, page: ChartPage, left: float, bottom: float, width: float, height: float) -> None:
    """Draw the chart scaled by ``page.scale``, centred across the area and hanging from its
    top (PDF's y grows upwards; the layout's downwards)."""
    from reportlab.lib import colors

    from reports.kit import INK

    s = page.scale
    ox = left + (width - page.width * s) / 2
    oy = bottom + height  # the chart's top edge: charts hang from the top of the page

    def at(x: float, y: float) -> tuple[float, float]:
        return ox + x * s, oy - y * s

    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7 * s)
    for connector in page.connectors:
        canvas.setDash([3 * s, 2 * s] if connector.dashed else [])
        path = canvas.beginPath()
        path.moveTo(*at(*connector.points[0]))
        for point in connector.points[1:]:
            path.lineTo(*at(*point))
        canvas.drawPath(path, stroke=1, fill=0)
    for box in page.boxes:
        canvas.setDash([3 * s, 2 * s] if box.role == "functional" else [])
        canvas.setFillColor(colors.HexColor(FILL.get(box.role, "#ffffff")))
        x, y = at(box.x, box.bottom)
        canvas.rect(x, y, box.w * s, box.h * s, stroke=1, fill=1)
        canvas.setFillColor(INK)
        for line in box.lines:
            canvas.setFont(font_name(line.bold), line.size * s)
            canvas.drawString(*at(box.x + line.x, box.y + line.baseline), printable(line.text))
    canvas.restoreState()
