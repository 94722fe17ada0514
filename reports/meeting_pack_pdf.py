"""Bahan rapat: one document for a coordination meeting. A cover, a table of contents, one
page of key figures with small charts (units per kind, findings per severity, staffing,
assets by condition), then the sections the user chose: the chart, the findings, the
competency summary, the asset summary, the list of units and functions."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents, defaultTableStyle

from core.assets import RegisterSnapshot
from core.i18n import N_
from core.money import format_rupiah, group_thousands
from core.org_chart import region_overview, unit_tree
from core.org_layout import COMES_FROM, GOES_ON, ChartPage, fit_pages
from core.reference import load_reference
from core.store import Store
from core.units import units_in_order
from reports.cascade import cascade_section
from reports.competency import competency_story
from reports.findings import findings_story, gather
from reports.fonts import font_name, measure
from reports.kit import RULE, Report, Styles, numbered_canvas, para, styles, table
from reports.meeting_pack import DEFAULT_SECTIONS, SECTIONS
from reports.meeting_pack_summary import KIND_BARS, summary_story, top_with_rest
from reports.org_chart import draw_page

__all__ = ["KIND_BARS", "top_with_rest", "write_meeting_pack"]
from reports.page import ReportOptions, Written
from reports.scope import Scope, editions_line, resolve_scope
from reports.structure import structure_story
from reports.synergy import synergy_section

NOTE_ROOM = 14.0  # above or below a chart page: "— Bersambung ke halaman 5 —"


class ChartFlowable(Flowable):
    """One page of an organisation chart in the flow of a document, with the continuation
    markers above and below it worded as on the chart's own report. Their page numbers are
    the document's, known only when the page is drawn (each chart page starts a new one)."""

    def __init__(self, page: ChartPage, width: float, comes_from: bool, goes_on: bool) -> None:
        super().__init__()
        self.page = page
        self.width = width
        self.comes_from, self.goes_on = comes_from, goes_on
        self.chart_height = page.height * page.scale
        self.top = NOTE_ROOM if comes_from else 0.0
        self.height = self.chart_height + self.top + (NOTE_ROOM if goes_on else 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        bottom = self.height - self.top - self.chart_height
        draw_page(self.canv, self.page, 0, bottom, self.width, self.chart_height)
        number = self.canv.getPageNumber()
        self.canv.setFont(font_name(False), 7.5)
        self.canv.setFillColor(RULE)
        if self.comes_from:
            marker = f"— {COMES_FROM.format(page=number - 1)} —"
            self.canv.drawCentredString(self.width / 2, self.height - 9, marker)
        if self.goes_on:
            self.canv.drawCentredString(self.width / 2, bottom - 10, f"— {GOES_ON.format(page=number + 1)} —")


class MeetingDoc(Report):
    """Section titles go into the table of contents, with the page they start on."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Paragraph) and flowable.style.name == "section":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def write_meeting_pack(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    chosen = [key for key in (options.sections or DEFAULT_SECTIONS) if key in SECTIONS]
    s = styles()
    doc = MeetingDoc(path, options.page_size(), f"Bahan rapat {scope.subject}", options)
    width, height = doc.inner_width, doc.pagesize[1] - 2 * 15 * mm
    section = ParagraphStyle("section", parent=s.title, alignment=0, fontSize=14, leading=18, spaceAfter=8)

    options.step(0.05, N_("Menjalankan pemeriksaan"))
    reports = gather(store, options, scope)
    staffing_story, staffing = competency_story(store, scope, options, width, s, detail=False)
    snapshot = RegisterSnapshot(store, scope.edition_ids, scope.root_id)
    try:
        asset_groups, conditions = snapshot.groups(), snapshot.by_condition()
    finally:
        snapshot.close()
    units = [u for e in scope.edition_ids for u in units_in_order(store, e, scope.root_id)]

    story: list[Flowable] = _cover(scope, editions_line(store, scope), options, s, height)
    contents = TableOfContents()
    contents.tableStyle = TableStyle(
        [*defaultTableStyle.getCommands(), ("FONTNAME", (0, 0), (-1, -1), font_name(False))]
    )  # not Helvetica
    contents.levelStyles = [ParagraphStyle("toc", parent=s.body, fontSize=10, leading=16)]
    story += [para("Daftar isi", ParagraphStyle("contentsTitle", parent=section)), contents, PageBreak()]
    story += [para("Ringkasan", section), *summary_story(units, reports, staffing, asset_groups, conditions, width, s)]
    for key in chosen:
        options.step(0.8, N_("Menyusun bahan rapat"))
        story += [PageBreak(), para(SECTIONS[key], section)]
        if key == "org-chart":
            story += _chart(store, scope, width, height - 30 * mm, s)
        elif key == "findings":
            story += findings_story(reports, width, s)
        elif key == "competency":
            story += staffing_story
        elif key == "assets":
            story += _asset_summary(asset_groups, width, s)
        elif key == "structure":
            story += structure_story(store, scope, options, s)
        elif key == "synergy":
            story += synergy_section(store, scope, width, s)
        elif key == "cascade":
            story += cascade_section(store, scope, [f for r in reports for f in r.open], width, s)
    options.step(0.9, N_("Menulis PDF"))
    doc.multiBuild(story, canvasmaker=numbered_canvas(f"Bahan rapat — {scope.subject} — {options.today()}"))
    return Written(path, doc.page)


def _cover(scope: Scope, editions: str, options: ReportOptions, s: Styles, height: float) -> list[Flowable]:
    """Title, the subject, and the edition of every region it covers (``editions``)."""
    big = ParagraphStyle("cover", parent=s.title, fontSize=24, leading=30)
    return [
        Spacer(1, height * 0.28),
        para("BAHAN RAPAT KOORDINASI", big),
        para("Penataan Struktur Organisasi dan Tata Kerja Perangkat Daerah", s.subtitle),
        Spacer(1, 10 * mm),
        para(scope.subject.upper(), ParagraphStyle("coverSubject", parent=s.title, fontSize=16, leading=20)),
        para(editions, s.centre),
        Spacer(1, height * 0.25),
        para(options.today_with_day(), s.centre),
        PageBreak(),
    ]


def _chart(store: Store, scope: Scope, width: float, height: float, s: Styles) -> list[Flowable]:
    if scope.root_id is not None:
        tree = unit_tree(store, scope.root_id)
    elif len(scope.edition_ids) == 1:
        tree = region_overview(store, scope.edition_ids[0])
    else:
        return [para("Bagan dicetak per wilayah: pilih satu wilayah.", s.body)]
    if tree.id is None and not any(child.id is not None for child in tree.children):
        return [para("Belum ada unit.", s.body)]
    pages = fit_pages(tree, lambda _wide: (width, height - 2 * NOTE_ROOM), measure, landscape=False)
    flow: list[Flowable] = []
    for number, page in enumerate(pages):
        if number:
            flow += [PageBreak()]
        flow.append(ChartFlowable(page, width, comes_from=number > 0, goes_on=number < len(pages) - 1))
    return flow


def _asset_summary(groups: list[tuple[int, str, str, str, int, int]], width: float, s: Styles) -> list[Flowable]:
    if not groups:
        return [para("Tidak ada aset dalam lingkup ini.", s.body)]
    names = {k: v.name for k, v in load_reference().kib.items()}
    several = len({g[2] for g in groups}) > 1
    rows: list[list[Any]] = [["Perangkat daerah / unit", "KIB", "Jumlah barang", "Nilai perolehan"]]
    for _pd, pd, region, kib, count, value in groups:
        rows.append(
            [f"{region} · {pd}" if several else pd, f"{kib} {names.get(kib, '')}", group_thousands(count), format_rupiah(value)]
        )
    rows.append(["Jumlah", "", group_thousands(sum(g[4] for g in groups)), format_rupiah(sum(g[5] for g in groups))])
    return [
        CondPageBreak(40 * mm),
        table(rows, [width * 0.4, width * 0.25, width * 0.12, width * 0.23], right=(2, 3), total_row=True, style=s),
    ]
