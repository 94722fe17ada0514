"""The *Ringkasan* page of the meeting pack: what a coordination meeting reads first, on one
full page. The key figures; small charts of units, findings, staffing and asset condition;
which checks found what (most serious first); the perangkat daerah by kind and typology;
and the perangkat daerah (or, for one of them, its units) with the most open findings, so
the meeting knows where to look before turning to the sections."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from core.assets import CONDITIONS
from core.checks import check_titles
from core.checks.model import SEVERITIES
from core.money import format_rupiah, group_thousands
from core.reference import load_reference
from reports.charts import bar_chart
from reports.competency import Staffing
from reports.findings import SEVERITY_WORDS
from reports.kit import ReportTable, Styles, keep_with_first, para, table

CONDITION_WORDS = {"B": "Baik", "KB": "Kurang baik", "RB": "Rusak berat"}
KIND_BARS = 8  # bars in "Unit menurut jenis", the last one "Lainnya" when there are more kinds
RULE_ROWS = 6  # the checks with most findings; the rest summed in one row, so the page keeps its last tables
PLACE_ROWS = 8  # perangkat daerah (or units) listed with their findings
TYPOLOGIES = ("A", "B", "C")
NO_TYPOLOGY = "–"


def summary_story(
    units: list[Any],
    reports: list[Any],
    staffing: Staffing,
    groups: list[tuple[int, str, str, str, int, int]],
    conditions: dict[str, tuple[int, int]],
    width: float,
    s: Styles,
) -> list[Flowable]:
    """The flowables of the summary (its heading is the caller's)."""
    open_findings = [f for r in reports for f in r.open]
    severities = {sev: sum(1 for f in open_findings if f.severity == sev) for sev in SEVERITIES}
    half = (width - 6 * mm) / 2
    narrow = width * 0.42 - 3 * mm  # the kinds table: short names, five short numbers
    wide = width - narrow - 6 * mm  # the places: long names of perangkat daerah
    return [
        _key_figures(units, severities, staffing, groups, width, s),
        Spacer(1, 6 * mm),
        _charts(units, severities, staffing, conditions, half),
        *keep_with_first([para("Temuan terbuka menurut pemeriksaan", s.subheading)], [_by_rule(open_findings, width, s)], rows=3),
        Spacer(1, 3 * mm),
        _side_by_side(
            [para("Perangkat daerah menurut jenis dan tipologi", s.subheading), _by_kind(units, narrow, s)],
            [para(_places_title(units), s.subheading), _by_place(units, open_findings, wide, s)],
            narrow,
            wide,
        ),
    ]


def _key_figures(
    units: list[Any],
    severities: dict[str, int],
    staffing: Staffing,
    groups: list[tuple[int, str, str, str, int, int]],
    width: float,
    s: Styles,
) -> Flowable:
    asset_count = sum(g[4] for g in groups)
    asset_value = sum(g[5] for g in groups)
    figures = [
        ["Perangkat daerah / unit teratas", group_thousands(sum(1 for u in units if u.depth == 0))],
        ["Unit seluruhnya", group_thousands(len(units))],
        ["Temuan terbuka (galat / peringatan / catatan)", " / ".join(str(severities[sev]) for sev in SEVERITIES)],
        ["Jabatan: kebutuhan / bezetting", f"{group_thousands(staffing.needed)} / {group_thousands(staffing.held)}"],
        ["Jabatan kosong / kelebihan pegawai", f"{group_thousands(staffing.vacant)} / {group_thousands(staffing.over)}"],
        ["Aset (barang) dan nilai perolehan", f"{group_thousands(asset_count)} · {format_rupiah(asset_value)}"],
    ]
    return table([["Angka pokok", ""], *figures], [width * 0.58, width * 0.42], right=(1,), style=s)


def _charts(
    units: list[Any], severities: dict[str, int], staffing: Staffing, conditions: dict[str, tuple[int, int]], half: float
) -> Flowable:
    reference = load_reference()
    kinds = Counter(reference.unit_kind(u.kind).label_id for u in units)
    kind_labels, kind_counts = top_with_rest(kinds, KIND_BARS)
    staff_values = (staffing.needed, staffing.held, staffing.vacant, staffing.over)
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
            list(staff_values),
            half,
            texts=[group_thousands(v) for v in staff_values],
        ),
        bar_chart(
            "Aset menurut kondisi (jumlah barang)",
            [CONDITION_WORDS[c] for c in CONDITIONS],
            [conditions.get(c, (0, 0))[0] for c in CONDITIONS],
            half,
            texts=[group_thousands(conditions.get(c, (0, 0))[0]) for c in CONDITIONS],
        ),
    ]
    grid = ReportTable([[charts[0], charts[1]], [charts[2], charts[3]]], colWidths=[half + 3 * mm, half + 3 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return grid


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


def _severity_cells(counts: Sequence[int]) -> list[str]:
    return [group_thousands(c) if c else "–" for c in counts]


def _by_rule(findings: list[Any], width: float, s: Styles) -> Flowable:
    """Each check with open findings, most errors first, then most warnings; the rest summed."""
    titles = check_titles()
    per_rule: dict[str, list[int]] = {}
    for finding in findings:
        per_rule.setdefault(finding.rule, [0] * len(SEVERITIES))[SEVERITIES.index(finding.severity)] += 1
    ordered = sorted(per_rule.items(), key=lambda item: [-c for c in item[1]])
    rows: list[list[Any]] = [["Pemeriksaan", *(SEVERITY_WORDS[sev] for sev in SEVERITIES)]]
    if not ordered:
        rows.append(["Tidak ada temuan terbuka", "–", "–", "–"])
    shown = ordered if len(ordered) <= RULE_ROWS else ordered[: RULE_ROWS - 1]
    for rule, counts in shown:
        rows.append([titles.get(rule, rule), *_severity_cells(counts)])
    if len(shown) < len(ordered):
        rest = [sum(counts[i] for _, counts in ordered[len(shown) :]) for i in range(len(SEVERITIES))]
        rows.append([f"Pemeriksaan lainnya ({len(ordered) - len(shown)})", *_severity_cells(rest)])
    rows.append(["Jumlah", *_severity_cells([sum(c[i] for c in per_rule.values()) for i in range(len(SEVERITIES))])])
    narrow = 22 * mm
    return table(rows, [width - 3 * narrow, narrow, narrow, narrow], right=(1, 2, 3), total_row=True, style=s)


def _by_kind(units: list[Any], width: float, s: Styles) -> Flowable:
    """The top units (perangkat daerah) by kind in rows and typology in columns."""
    reference = load_reference()
    counts: dict[str, Counter[str]] = {}
    for unit in units:
        if unit.depth == 0:
            typology = unit.typology if unit.typology in TYPOLOGIES else NO_TYPOLOGY
            counts.setdefault(reference.unit_kind(unit.kind).label_id, Counter())[typology] += 1
    columns = (*TYPOLOGIES, NO_TYPOLOGY)
    rows: list[list[Any]] = [["Jenis", *columns, "Jumlah"]]
    for label, by_type in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        rows.append([label, *(str(by_type[c]) if by_type[c] else "" for c in columns), str(sum(by_type.values()))])
    totals = [sum(by_type[c] for by_type in counts.values()) for c in columns]
    rows.append(["Jumlah", *(str(t) for t in totals), str(sum(totals))])
    narrow, total = 9 * mm, 15 * mm
    return table(rows, [width - 4 * narrow - total, *([narrow] * 4), total], right=(1, 2, 3, 4, 5), total_row=True, style=s)


def _places_title(units: list[Any]) -> str:
    several = sum(1 for u in units if u.depth == 0) > 1
    return "Perangkat daerah dengan temuan terbanyak" if several else "Unit dengan temuan terbanyak"


def _by_place(units: list[Any], findings: list[Any], width: float, s: Styles) -> Flowable:
    """The perangkat daerah (for a scope of one, the units right below it) with the most open
    errors, then warnings, then notes, the first ``PLACE_ROWS`` of them (those without any
    too: a meeting also wants to see which are clean); a finding counts once for each place
    it touches."""
    level = 0 if sum(1 for u in units if u.depth == 0) > 1 else 1
    place_of: dict[int, int] = {}
    names: dict[int, str] = {}
    chain: list[int] = []
    for unit in units:  # tree order: a unit's ancestors come before it
        del chain[unit.depth :]
        chain.append(unit.id)
        if unit.depth >= level:
            place_of[unit.id] = chain[level]
        if unit.depth == level:
            names[unit.id] = unit.name
    per_place: dict[int, list[int]] = {place: [0] * len(SEVERITIES) for place in names}
    for finding in findings:
        for place in {place_of[u] for u in finding.units if u in place_of}:
            per_place[place][SEVERITIES.index(finding.severity)] += 1
    ordered = sorted(per_place.items(), key=lambda item: ([-c for c in item[1]], names[item[0]]))[:PLACE_ROWS]
    rows: list[list[Any]] = [["Nama", *(SEVERITY_WORDS[sev] for sev in SEVERITIES)]]
    rows += [[names[place], *_severity_cells(counts)] for place, counts in ordered]
    if not ordered:
        rows.append(["Tidak ada unit", "–", "–", "–"])
    narrow = 19 * mm
    return table(rows, [width - 3 * narrow, narrow, narrow, narrow], right=(1, 2, 3), style=s)


def _side_by_side(left: list[Flowable], right: list[Flowable], left_width: float, right_width: float) -> Flowable:
    grid = ReportTable([[left, right]], colWidths=[left_width + 6 * mm, right_width])
    grid.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        )
    )
    return grid
