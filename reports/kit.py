"""The page kit every report shares, built on reportlab: styles in the embedded font,
"Halaman 3 dari 12" footers, the lampiran header and signature block of a Perkada, tables.
Paper and options are in ``reports.page``, which loads no reportlab (the window imports it
at start)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.dates import written_date
from core.i18n import N_
from core.regions import Edition, Region
from reports.fonts import BOLD, REGULAR, capped, escape, font_name, printable, register
from reports.page import MARGIN, ReportOptions

INK = colors.HexColor("#1f2a36")
RULE = colors.HexColor("#8a96a3")
SHADE = colors.HexColor("#e8edf2")


# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    centre: ParagraphStyle


def styles() -> Styles:
    register()

    def style(
        name: str, size: float, bold: bool = False, align: int = TA_LEFT, before: float = 0, after: float = 0, keep: bool = False
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=BOLD if bold else REGULAR,
            fontSize=size,
            leading=size * 1.25,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
            textColor=INK,
            keepWithNext=1 if keep else 0,  # a heading never ends a page
        )

    return Styles(
        title=style("title", 15, True, TA_CENTER, after=4),
        subtitle=style("subtitle", 10, False, TA_CENTER, after=10),
        heading=style("heading", 12, True, before=10, after=5, keep=True),
        subheading=style("subheading", 10, True, before=7, after=3, keep=True),
        body=style("body", 9, after=3),
        small=style("small", 7.5),
        cell=style("cell", 8),
        cell_bold=style("cellBold", 8, True),
        cell_right=style("cellRight", 8, align=TA_RIGHT),
        cell_bold_right=style("cellBoldRight", 8, True, TA_RIGHT),
        centre=style("centre", 9, align=TA_CENTER),
    )


MAX_LINES = 6  # of one paragraph or table cell of user text: a hand-edited name cannot fill pages
NEVER_CUT_BELOW = 300  # characters: every name the program accepts (300 at most) prints whole
FULL_WIDTH = 540.0  # points: an A4 page's text width, for paragraphs that do not say theirs


def fit_lines(text: str, width: float, size: float) -> str:
    """``text`` cut (ending with "…") to about :data:`MAX_LINES` lines of ``width`` points
    at font ``size``, estimated generously (narrow glyphs) so text that fits is never cut."""
    per_line = max(1, int(width / (0.45 * size)))
    return capped(text, max(NEVER_CUT_BELOW, MAX_LINES * per_line))


def para(text: str, style: ParagraphStyle, width: float = FULL_WIDTH) -> Paragraph:
    """A paragraph of user text: escaped, so ``<`` and ``&`` in a name print as they are,
    and at most a few lines long however long the text is."""
    return Paragraph(escape(fit_lines(text, width, style.fontSize)), style)


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A paragraph of our own markup (``<b>``) with user values escaped into it."""
    return Paragraph(template.format(**{k: escape(fit_lines(v, FULL_WIDTH, style.fontSize)) for k, v in values.items()}), style)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    right: Sequence[int] = (),
    plain: Sequence[int] = (),
    total_row: bool = False,
    style: Styles | None = None,
    caption: str | None = None,
) -> Table:
    """A ruled table whose header repeats on every page. Strings become wrapped, escaped
    paragraphs (right-aligned in the ``right`` columns), except in the ``plain`` columns:
    short values (numbers, NIP) drawn as text, many times faster in long tables. A
    ``caption`` is a first header line across all columns, repeated with the header, so a
    page that continues a long table still says whose rows these are."""
    s = style or styles()
    if caption is not None:
        rows = [[caption, *([""] * (len(widths) - 1))], *rows]
        header_rows += 1
    last = len(rows) - 1

    def cell(value: Any, row: int, column: int) -> Any:
        if not isinstance(value, str):
            return value
        bold = row < header_rows or (total_row and row == last)
        if column in plain and row >= header_rows:
            return printable(value)
        if bold:  # a header or total over a column of numbers stands right, as they do
            return para(value, s.cell_bold_right if column in right else s.cell_bold, widths[column])
        return para(value, s.cell_right if column in right else s.cell, widths[column])

    data = [[cell(v, r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in plain:
        commands += [("FONT", (column, header_rows), (column, -1), REGULAR, 8), ("TEXTCOLOR", (column, 0), (column, -1), INK)]
        if column in right:
            commands.append(("ALIGN", (column, header_rows), (column, -1), "RIGHT"))
        if total_row:
            commands.append(("FONT", (column, -1), (column, -1), BOLD, 8))
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    if caption is not None:
        commands.append(("SPAN", (0, 0), (-1, 0)))
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    return ReportTable(data, colWidths=list(widths), repeatRows=header_rows, style=TableStyle(commands), hAlign="LEFT")


class KeepRoom(CondPageBreak):
    """Starts a new page unless a heading and the start of what it heads (a finding, the
    header and first rows of a table) fit in what is left of this one. reportlab's
    keepWithNext cannot join a heading to a KeepTogether, and joined to a table it moves the
    whole table to the next page; this keeps only as much as a reader needs together."""

    def __init__(self, flowables: Sequence[Flowable], rows: int = 2) -> None:
        super().__init__(0)
        self.flowables = list(flowables)
        self.rows = rows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0  # already at the top of a page: a break would only leave it blank
        self.height = sum(self._needed(f, available_width, available_height) for f in self.flowables)
        return super().wrap(available_width, available_height)

    def _needed(self, flowable: Flowable, width: float, height: float) -> float:
        if isinstance(flowable, Table):
            flowable.wrapOn(self.canv, width, height)
            first = flowable.repeatRows if isinstance(flowable.repeatRows, int) else len(flowable.repeatRows)
            return float(sum(flowable._rowHeights[: first + self.rows]))
        used = flowable.wrapOn(self.canv, width, height)[1]
        if isinstance(flowable, KeepTogether):
            used = flowable._H  # its wrap answers "huge" to force a split; _H is what it measured
        return used + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def keep_with_first(heads: Sequence[Flowable], content: Sequence[Flowable], rows: int = 2) -> list[Flowable]:
    """``heads`` (headings) followed by ``content``, the headings never left alone at the foot
    of a page: they go to the next page unless the first of ``content`` (the header and
    ``rows`` rows of a table) fits below them."""
    for head in heads:
        head.__dict__["keepWithNext"] = 0  # KeepRoom does it, without moving a whole table
    return [KeepRoom([*heads, *content[:1]], rows), *heads, *content]


# -- the Perkada's lampiran header and signature block -----------------------------------------


def lampiran_lines(edition: Edition, region: Region) -> list[tuple[str, str]]:
    """('LAMPIRAN', ''), ('PERATURAN DAERAH PROVINSI ...', ''), ('NOMOR', '5 TAHUN 2021'), ...
    read from the edition's legal basis; what is missing is left as dots to fill by hand."""
    basis = (edition.legal_basis or "").strip()
    regulation, _, about = basis.partition(" tentang ")
    if not about:
        regulation, _, about = basis.partition(" TENTANG ")
    for marker in (" Nomor ", " NOMOR "):
        regulation = regulation.split(marker)[0]
    regulation = regulation or f"Peraturan {region.head} {region.place}"
    dots = "...................."
    return [
        ("LAMPIRAN", ""),
        (regulation.upper(), ""),
        ("NOMOR", (edition.legal_number or dots).upper()),
        ("TANGGAL", written_date(edition.legal_date).upper() if edition.legal_date else dots),
        ("TENTANG", about.upper() or dots),
    ]


def lampiran_block(edition: Edition, region: Region, width: float, s: Styles | None = None) -> Table:
    """The header block at the top right of a lampiran page."""
    s = s or styles()
    rows = []
    for label, value in lampiran_lines(edition, region):
        if value:
            rows.append([para(label, s.small), para(":", s.small), para(value, s.small)])
        else:
            rows.append([para(label, s.small), "", ""])
    block = ReportTable(rows, colWidths=[18 * mm, 3 * mm, width - 21 * mm], hAlign="RIGHT")
    block.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return block


def signer_title(region: Region, options: ReportOptions) -> str:
    return options.signer_title or f"{region.head} {region.place}".upper()


def signature_block(region: Region, options: ReportOptions, s: Styles | None = None) -> Table:
    """Title, 'ttd', name: the end of a lampiran, at the right."""
    s = s or styles()
    name = options.signer_name.upper() or "...................................."
    rows = [
        [para(signer_title(region, options) + ",", s.centre)],
        [Spacer(1, 10 * mm)],
        [para("ttd", s.centre)],
        [Spacer(1, 8 * mm)],
    ]
    rows.append([para(name, ParagraphStyle("signer", parent=s.centre, fontName=BOLD))])
    block = ReportTable(rows, colWidths=[80 * mm], hAlign="RIGHT")
    block.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return block


# -- documents: header, footer "Halaman i dari n" --------------------------------------------

FOOTER_SIZE = 7.5
FOOTER_GAP = 6 * mm  # between the footer's left part and "Halaman i dari n"
SEPARATOR = " — "


def shortened(text: str, width: float, font: str, size: float) -> str:
    """``text`` (already printable) cut at the end to ``width`` points, with "…" when cut."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


def fitted_line(text: str, width: float, font: str, size: float, separator: str = SEPARATOR) -> str:
    """A line of parts (title — subject — date) no wider than ``width`` points: the longest
    part (a long region or unit name) is shortened with "…" first, so the report's title and
    the printing date stay readable."""
    text = printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    parts = text.split(separator)
    if len(parts) > 1:
        longest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
        rest = separator.join(p for i, p in enumerate(parts) if i != longest)
        room = width - stringWidth(rest + separator, font, size)
        if room >= stringWidth("MMMMMM…", font, size):
            parts[longest] = shortened(parts[longest], room, font, size)
            return separator.join(parts)
    return shortened(text, width, font, size)


def page_number(number: int, total: int, language: str = "id") -> str:
    return f"Page {number} of {total}" if language == "en" else f"Halaman {number} dari {total}"


def draw_footer(c: pdfcanvas.Canvas, page_width: float, left: str, number: int, total: int, language: str = "id") -> None:
    """The footer line: ``left`` (shortened to its room) and "Halaman i dari n" at the right;
    the two never run into each other however long a region's name is."""
    c.saveState()
    c.setFont(font_name(False), FOOTER_SIZE)
    c.setFillColor(RULE)
    numbering = page_number(number, total, language)
    c.drawRightString(page_width - MARGIN, MARGIN / 2, numbering)
    if left:
        room = page_width - 2 * MARGIN - stringWidth(numbering, font_name(False), FOOTER_SIZE) - FOOTER_GAP
        c.drawString(MARGIN, MARGIN / 2, fitted_line(left, room, font_name(False), FOOTER_SIZE))
    c.restoreState()


class ReportTable(Table):
    """A table whose cells start in the report font: reportlab selects each cell's font before
    drawing it, Helvetica unless told, even where the cell holds a paragraph with its own."""

    def __init__(self, data: Any, *args: Any, style: TableStyle | None = None, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
        if style is not None:
            self.setStyle(style)


class EmbeddedFontCanvas(pdfcanvas.Canvas):
    """A canvas whose every page names only the report font. reportlab starts each page's
    content with a font selection in its default (Helvetica, never embedded) even when no text
    is drawn in it; print shops and PDF/A checkers reject a file naming a font it does not
    carry. Every report draws on this canvas or a subclass."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or font_name(False)  # platypus passes None
        super().__init__(*args, **kwargs)


class NumberedCanvas(EmbeddedFontCanvas):
    """A canvas that writes "Halaman i dari n" once n is known (the pages are kept until save)."""

    footer_left = ""
    language = "id"  # of "Halaman i dari n" (the guide prints in English too)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        draw_footer(self, self._pagesize[0], self.footer_left, number, total, self.language)


def numbered_canvas(footer: str, language: str = "id") -> type[NumberedCanvas]:
    """A canvas class whose footer carries ``footer`` at the left (report title, date)."""
    return type("ReportCanvas", (NumberedCanvas,), {"footer_left": footer, "language": language})


class Report(BaseDocTemplate):
    """A flowing document on the chosen paper with one frame inside the margins."""

    def __init__(self, path: str, size: tuple[float, float], title: str, options: ReportOptions, **kwargs: Any) -> None:
        super().__init__(
            path,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author="SOTK Planner",
            creator="SOTK Planner",
            invariant=1 if options.invariant else 0,
            **kwargs,
        )
        frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.options = options

    @property
    def inner_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        """Laying out pages is most of a long report's time: say so, and stop at Cancel."""
        self.options.step(0.85 + 0.14 * self.page / (self.page + 40), N_("Menulis halaman {page}"), page=self.page)


def build(doc: Report, story: list[Flowable], footer: str) -> None:
    doc.build(story, canvasmaker=numbered_canvas(footer))
