"""Panduan pengguna: the guide the window shows (core/guide.py), printed: a cover, a contents
page with page numbers, then every chapter from a new page with its headings, paragraphs,
lists, tables, notes and screenshots; links between chapters are links in the PDF and the
chapters are bookmarks. Written in the language asked for (``ReportOptions.language``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from core import __version__, guide
from core.i18n import N_
from core.store import Store
from reports.fonts import BOLD, REGULAR
from reports.kit import INK, RULE, SHADE, Report, ReportTable, numbered_canvas, styles
from reports.page import ReportOptions, Written

WORDS = {
    "id": {"title": "PANDUAN PENGGUNA", "contents": "Daftar isi", "printed": "dicetak", "version": "versi"},
    "en": {"title": "USER GUIDE", "contents": "Contents", "printed": "printed", "version": "version"},
}
LINK_COLOUR = "#1c4f80"
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class GuideDocument(Report):
    """A report that records each chapter and section for the contents page and bookmarks."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


def write_guide(
    store: Store | None, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    """The whole guide as a PDF (no file is read: ``store`` and the scope are not used)."""
    language = options.language if options.language in guide.LANGUAGES else "id"
    words = WORDS[language]
    chapters = guide.chapters(language)
    doc = GuideDocument(path, options.page_size(), f"SOTK Planner — {words['title'].title()}", options)
    s = styles()
    width = doc.inner_width
    looks = _looks(s)
    printed = options.today()
    if language == "en":
        day = options.printed_on or date.today()
        printed = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        Paragraph("SOTK Planner", looks["cover"]),
        Paragraph(words["title"], s.title),
        Paragraph(f"{words['version']} {__version__} · {words['printed']} {printed}", s.centre),
        PageBreak(),
        Paragraph(words["contents"], looks["h1"]),
        _contents(),
        PageBreak(),
    ]
    for number, chap in enumerate(chapters, start=1):
        options.step(0.1 + 0.6 * number / len(chapters), N_("Menyusun bab {chapter}"), chapter=chap.title)
        story += _chapter(chap, number, width, looks)
        story.append(PageBreak())
    options.step(0.75, N_("Menulis PDF"))
    footer = f"SOTK Planner — {words['title'].title()} — {words['printed']} {printed}"
    doc.multiBuild(story[:-1], canvasmaker=numbered_canvas(footer, language))
    return Written(path, doc.page)


def _looks(s: Any) -> dict[str, ParagraphStyle]:
    def look(name: str, parent: ParagraphStyle, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, bulletFontName=REGULAR, **changes)

    return {
        "cover": look("cover", s.title, fontSize=24, leading=30, spaceAfter=10),
        "h1": look("guideH1", s.heading, fontSize=17, leading=21, spaceBefore=0, spaceAfter=8),
        "h2": look("guideH2", s.heading, fontSize=12.5, leading=16, spaceBefore=10, textColor=LINK_COLOUR),
        "h3": look("guideH3", s.subheading, fontSize=10.5, leading=13, spaceBefore=8),
        "body": look("guideBody", s.body, fontSize=9.5, leading=12.5, spaceAfter=4),
        "item": look("guideItem", s.body, fontSize=9.5, leading=12.5, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "cell": look("guideCell", s.cell, fontSize=8, leading=10),
        "head": look("guideHead", s.cell_bold, fontSize=8, leading=10),
        "caption": look("guideCaption", s.small, textColor=RULE, spaceAfter=8, alignment=1),
        "toc0": look("toc0", s.body, fontName=BOLD, fontSize=10.5, leading=15, spaceBefore=4),
        "toc1": look("toc1", s.body, fontSize=9, leading=12, leftIndent=14),
    }


def _contents() -> TableOfContents:
    # Its table's cells in the report font (reportlab's default would name Helvetica on the page).
    toc = TableOfContents(
        dotsMinLevel=0, tableStyle=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    toc.levelStyles = [
        ParagraphStyle("tocLevel0", fontName=BOLD, fontSize=10.5, leading=15, spaceBefore=5, textColor=INK),
        ParagraphStyle("tocLevel1", fontName=REGULAR, fontSize=9, leading=12, leftIndent=14, textColor=INK),
    ]
    return toc


def _heading(text: str, style: ParagraphStyle, key: str, level: int | None) -> Paragraph:
    paragraph = Paragraph(f'<a name="{key}"/>{text}', style)
    if level is not None:
        paragraph.toc_entry = (level, guide.plain(text), key)  # type: ignore[attr-defined]
    return paragraph


def _chapter(chap: guide.Chapter, number: int, width: float, looks: dict[str, ParagraphStyle]) -> list[Flowable]:
    def text(markdown: str) -> str:
        return guide.inline(markdown, chap.name, "pdf", BOLD)

    story: list[Flowable] = []
    for block in chap.blocks:
        if isinstance(block, guide.Heading):
            if block.level == 1:
                key = guide.destination(chap.name, "")
                story.append(_heading(f"{number}. {text(block.text)}", looks["h1"], key, 0))
                if block.anchor:  # the chapter's own anchor leads to its top as well
                    story.append(Paragraph(f'<a name="{guide.destination(chap.name, block.anchor)}"/>', looks["caption"]))
            else:
                key = guide.destination(chap.name, block.anchor)
                story.append(
                    _heading(text(block.text), looks["h2" if block.level == 2 else "h3"], key, 1 if block.level == 2 else None)
                )
        elif isinstance(block, guide.Paragraph):
            if block.note:
                box = ReportTable([[Paragraph(text(block.text), looks["body"])]], colWidths=[width])
                box.setStyle(
                    TableStyle(
                        [
                            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                            ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ]
                    )
                )
                story += [box, Spacer(1, 4)]
            else:
                story.append(Paragraph(text(block.text), looks["body"]))
        elif isinstance(block, guide.Items):
            for position, item in enumerate(block.items, start=1):
                bullet = f"{position}." if block.ordered else "•"
                story.append(Paragraph(text(item), looks["item"], bulletText=bullet))
            story.append(Spacer(1, 3))
        elif isinstance(block, guide.Grid):
            story += [_grid(block, chap.name, width, looks), Spacer(1, 6)]
        else:
            story.append(_picture(block, width, looks))
    return story


def _grid(block: guide.Grid, here: str, width: float, looks: dict[str, ParagraphStyle]) -> ReportTable:
    """A Markdown table: columns as wide as their text asks, within the page."""
    columns = max(len(row) for row in block.rows)
    rows = [list(row) + [""] * (columns - len(row)) for row in block.rows]

    texts = [[guide.plain(row[c]) for row in rows] for c in range(columns)]
    # Each column at least as wide as its longest word in bold (a header such as "Wajib" is
    # never broken), the rest shared by the length of the text it holds.
    least = [max(stringWidth(w, BOLD, 8) for t in column for w in (t.split() or [""])) + 10 for column in texts]
    wants = [max(1, min(60, max(len(t) for t in column))) for column in texts]
    spare = max(0.0, width - sum(least))
    widths = [low + spare * want / sum(wants) for low, want in zip(least, wants, strict=True)]
    if sum(widths) > width:  # words too long for the page: shrink all alike
        widths = [w * width / sum(widths) for w in widths]
    cells = [
        [Paragraph(guide.inline(cell, here, "pdf", BOLD), looks["head" if number == 0 else "cell"]) for cell in row]
        for number, row in enumerate(rows)
    ]
    table = ReportTable(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _picture(block: guide.Picture, width: float, looks: dict[str, ParagraphStyle]) -> Flowable:
    """A screenshot across the text width, its caption under it, never split from it."""
    path = guide.guide_dir() / block.src
    image = Image(str(path))
    scale = width / image.imageWidth
    image.drawWidth, image.drawHeight = width, image.imageHeight * scale
    return KeepTogether([Spacer(1, 2), image, Paragraph(guide.inline(block.alt, "", "pdf"), looks["caption"])])
