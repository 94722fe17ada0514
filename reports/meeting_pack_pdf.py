"""Bahan rapat: one document for a coordination meeting. A cover, a table of contents, one
page of key figures with small charts (units per kind, findings per severity, staffing,
assets by condition), then the sections the user chose: the chart, the findings, the
competency summary, the asset summary, the list of units and functions."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from core.assets import CONDITIONS, RegisterSnapshot
from core.checks.model import SEVERITIES
from core.i18n import N_
from core.money import format_rupiah, group_thousands
from core.org_chart import region_overview, unit_tree
from core.org_layout import COMES_FROM, GOES_ON, ChartPage, fit_pages
from core.reference import load_reference
from core.store import Store
from core.units import units_in_order
from reports.cascade import cascade_section
from reports.charts import bar_chart
from reports.competency import Staffing, competency_story
from reports.findings import SEVERITY_WORDS, findings_story, gather
from reports.fonts import font_name, measure
from reports.kit import RULE, Report, Styles, numbered_canvas, para, styles, table
from reports.meeting_pack import DEFAULT_SECTIONS, SECTIONS
from reports.org_chart import draw_page
from reports.page import ReportOptions, Written
from reports.scope import Scope, editions_line, resolve_scope
from reports.structure import structure_story
from reports.synergy import synergy_section

CONDITION_WORDS = {"B": "Baik", "KB": "Kurang baik", "RB": "Rusak berat"}
NOTE_ROOM = 14.0  # above or below a chart page: "— Bersambung ke halaman 5 —"
KIND_BARS = 8  # bars in "Unit menurut jenis", the last one "Lainnya" when there are more kinds


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
    contents.levelStyles = [ParagraphStyle("toc", parent=s.body, fontSize=10, leading=16)]
    story += [para("Daftar isi", ParagraphStyle("contentsTitle", parent=section)), contents, PageBreak()]
    story += [para("Ringkasan", section), *_key_figures(units, reports, staffing, asset_groups, conditions, width, s)]
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


def _key_figures(
    units: list[Any],
    reports: list[Any],
    staffing: Staffing,
    groups: list[tuple[int, str, str, str, int, int]],
    conditions: dict[str, tuple[int, int]],
    width: float,
    s: Styles,
) -> list[Flowable]:
    reference = load_reference()
    kinds = Counter(reference.unit_kind(u.kind).label_id for u in units)
    severities = {sev: sum(1 for r in reports for f in r.open if f.severity == sev) for sev in SEVERITIES}
    asset_count = sum(g[4] for g in groups)
    asset_value = sum(g[5] for g in groups)
    figures = [
        ["Perangkat daerah / unit teratas", group_thousands(sum(1 for u in units if u.depth == 0))],
        ["Unit seluruhnya", group_thousands(len(units))],
        ["Temuan terbuka (galat / peringatan / catatan)", " / ".join(str(severities[sev]) for sev in SEVERITIES)],
        ["Jabatan: kebutuhan / bezetting", f"{group_thousands(staffing.needed)} / {group_thousands(staffing.held)}"],
        ["Jabatan kosong / kelebihan pegawai", f"{group_thousands(staffing.vacant)} / {group_thousands(staffing.over)}"],
        ["Aset (barang) dan nilai perolehan", f"{group_thousands(asset_count)} · {format_rupiah(asset_value, with_sen=False)}"],
    ]
    half = (width - 6 * mm) / 2
    kind_labels, kind_counts = top_with_rest(kinds, KIND_BARS)
    charts = [
        bar_chart("Unit menurut jenis", kind_labels, kind_counts, half),
        bar_chart(
            "Temuan terbuka menurut tingkat",
            [SEVERITY_WORDS[sev] for sev in SEVERITIES],
            [severities[sev] for sev in SEVERITIES],
            half,
        ),
        bar_chart(
            "Jabatan",
            ["Kebutuhan", "Bezetting", "Kosong", "Kelebihan"],
            [staffing.needed, staffing.held, staffing.vacant, staffing.over],
            half,
            texts=[group_thousands(v) for v in (staffing.needed, staffing.held, staffing.vacant, staffing.over)],
        ),
        bar_chart(
            "Aset menurut kondisi (jumlah barang)",
            [CONDITION_WORDS[c] for c in CONDITIONS],
            [conditions.get(c, (0, 0))[0] for c in CONDITIONS],
            half,
            texts=[group_thousands(conditions.get(c, (0, 0))[0]) for c in CONDITIONS],
        ),
    ]
    grid = Table([[charts[0], charts[1]], [charts[2], charts[3]]], colWidths=[half + 3 * mm, half + 3 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm)]))
    return [
        table([["Angka pokok", ""], *figures], [width * 0.62, width * 0.38], right=(1,), style=s),
        Spacer(1, 8 * mm),
        grid,
    ]


def top_with_rest(counts: Counter[str], bars: int) -> tuple[list[str], list[int]]:
    """The ``bars`` largest counts, the last bar summing all the others ("lainnya"), so the
    chart adds up to the same total as the table beside it."""
    if len(counts) <= bars:
        chosen = counts.most_common()
        return [k for k, _ in chosen], [v for _, v in chosen]
    chosen = counts.most_common(bars - 1)
    rest = sum(counts.values()) - sum(v for _, v in chosen)
    others = len(counts) - len(chosen)
    return [*(k for k, _ in chosen), f"Lainnya ({others} jenis)"], [*(v for _, v in chosen), rest]


def _chart(store: Store, scope: Scope, width: float, height: float, s: Styles) -> list[Flowable]:
    if scope.root_id is not None:
        tree = unit_tree(store, scope.root_id)
    elif len(scope.edition_ids) == 1:
        tree = region_overview(store, scope.edition_ids[0])
    else:
        return [para("Bagan dicetak per wilayah: pilih satu wilayah.", s.body)]
    if not tree.children and tree.id is None:
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
