"""Kompetensi dan kebutuhan pegawai: for the scope, the nine-box grid and the JPM categories;
then per perangkat daerah (or the unit asked for) its positions with need against bezetting,
its most common competency gaps, and each holder's JPM and what they lack."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from core import competency
from core.competency import Gap, Jpm
from core.i18n import N_
from core.money import group_thousands
from core.nip import format_nip
from core.positions import known_competencies, positions_below
from core.staff import StaffFilter, count_in_units, staff_ids, staff_rows
from core.store import Store
from core.units import get_unit, units_in_order
from reports.charts import nine_box_grid
from reports.kit import Report, Styles, build, keep_with_first, markup, para, styles, table
from reports.page import ReportOptions, Written
from reports.scope import Scope, resolve_scope

PER_PERSON_LIMIT = 20_000  # above this a per-person list would run to thousands of pages and gigabytes


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def _lacks(gaps: list[Gap]) -> str:
    """'M.03 −1; M.04 −1; belum diases: SK.01, T.06': what a person lacks against their position."""
    short = [f"{g.competency_code} {g.gap:+d}".replace("-", "−") for g in gaps if g.gap is not None and g.gap < 0]
    missing = [g.competency_code for g in gaps if g.level is None]
    if missing and len(missing) == len(gaps):
        return f"belum pernah diases ({len(missing)} kompetensi)"
    if missing:
        short.append("belum diases: " + ", ".join(missing))
    return "; ".join(short)


@dataclass
class Staffing:
    """What the scope adds up to: need and bezetting, JPM categories, the nine boxes."""

    needed: int = 0
    held: int = 0
    vacant: int = 0  # Σ of need not met, position by position
    over: int = 0  # Σ of bezetting above need
    categories: Counter[str] = field(default_factory=Counter)
    boxes: Counter[int] = field(default_factory=Counter)


def competency_story(
    store: Store, scope: Scope, options: ReportOptions, width: float, s: Styles, detail: bool = True
) -> tuple[list[Flowable], Staffing]:
    """The summary (JPM categories, nine boxes) and a section per top unit: need against
    bezetting and common gaps, and with ``detail`` every holder's JPM and what they lack."""
    tops = [u for e in scope.edition_ids for u in units_in_order(store, e, scope.root_id) if u.depth == 0]
    names = {code: name for code, (name, _kind) in known_competencies(store).items()}
    facts = Staffing()
    sections: list[Flowable] = []
    for number, top in enumerate(tops, start=1):
        options.step(0.8 * number / max(1, len(tops)), N_("Menghitung JPM"))
        results = {r.staff_id: r for r in competency.jpm(store, unit_id=top.id)}
        facts.boxes.update(competency.nine_box(store, unit_id=top.id))
        for result in results.values():
            category = result.category
            facts.categories[category.code if category else "-"] += 1
        sections += _unit_section(store, top.id, top.name, results, names, width, s, facts, detail)
    counted = sum(facts.categories.values())
    labels = {c.code: c.name for c in competency.categories()}
    rows: list[list[Any]] = [["Kategori JPM", "Orang", "Bagian"]]
    for code in [*labels, "-"]:
        count = facts.categories.get(code, 0)
        share = _percent(100 * count / counted) if counted else "–"
        rows.append([f"{code} — {labels[code]}" if code in labels else "Belum diases", str(count), share])
    rows.append(["Jumlah pemegang jabatan", str(counted), ""])
    story: list[Flowable] = [
        para("Ringkasan", s.heading),
        table(rows, [70 * mm, 18 * mm, 18 * mm], right=(1, 2), total_row=True, style=s),
        Spacer(1, 5 * mm),
        para("Sembilan kotak manajemen talenta", s.subheading),
        nine_box_grid(dict(facts.boxes), width=min(130 * mm, width)),
        para("Kotak 7–9: kelompok suksesi (PermenPAN-RB 3/2020).", s.small),
    ]
    if not tops:
        story.append(para("Tidak ada unit dalam lingkup ini.", s.body))
    return story + sections, facts


def write_competency(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    s = styles()
    doc = Report(path, options.page_size(), f"Kompetensi {scope.subject}", options)
    people = count_in_units(store, scope.edition_ids, scope.root_id)
    detail = people <= PER_PERSON_LIMIT
    body, _facts = competency_story(store, scope, options, doc.inner_width, s, detail=detail)
    story: list[Flowable] = [
        para("KOMPETENSI DAN KEBUTUHAN PEGAWAI", s.title),
        para(scope.subject.upper(), s.subtitle),
        markup("Dicetak {date}", s.centre, date=options.today()),
        Spacer(1, 5 * mm),
    ]
    if not detail:
        story.append(
            para(
                f"Lingkup ini memuat {group_thousands(people)} pegawai: daftar per orang dicetak per wilayah atau per "
                f"perangkat daerah (sampai {group_thousands(PER_PERSON_LIMIT)} orang per laporan).",
                s.body,
            )
        )
    story += body
    options.step(0.85, N_("Menulis PDF"))
    build(doc, story, f"Kompetensi — {scope.subject} — dicetak {options.today()}")
    return Written(path, doc.page)


def edition_of(store: Store, unit_id: int) -> int:
    return get_unit(store, unit_id).edition_id


def _unit_section(
    store: Store,
    unit_id: int,
    name: str,
    results: dict[int, Jpm],
    names: dict[str, str],
    width: float,
    s: Styles,
    facts: Staffing,
    detail: bool,
) -> list[Flowable]:
    heading = para(name, s.heading if detail else s.subheading)
    flow: list[Flowable] = [heading]
    positions = positions_below(store, unit_id)
    facts.needed += sum(p.needed for p in positions)
    facts.held += sum(p.held for p in positions)
    facts.vacant += sum(max(0, -p.difference) for p in positions)
    facts.over += sum(max(0, p.difference) for p in positions)
    if positions and not detail:
        flow.append(
            markup(
                "Kebutuhan {needed}, bezetting {held}: {vacant} kosong, {over} lebih.",
                s.body,
                needed=str(sum(p.needed for p in positions)),
                held=str(sum(p.held for p in positions)),
                vacant=str(sum(max(0, -p.difference) for p in positions)),
                over=str(sum(max(0, p.difference) for p in positions)),
            )
        )
    if positions and detail:
        unit_names = {u.id: u.name for u in units_in_order(store, edition_of(store, unit_id), unit_id)}
        rows: list[list[Any]] = [["Unit", "Jabatan", "Kebutuhan", "Bezetting", "Selisih"]]
        for position in positions:
            difference = position.difference
            shown = f"{difference:+d}".replace("-", "−") if difference else "0"
            rows.append([unit_names.get(position.unit_id, ""), position.title, str(position.needed), str(position.held), shown])
        rows.append(["Jumlah", "", str(sum(p.needed for p in positions)), str(sum(p.held for p in positions)), ""])
        narrow = 18 * mm
        widths = [(width - 3 * narrow) * 0.45, (width - 3 * narrow) * 0.55, narrow, narrow, narrow]
        # The caption row repeats with the header: a continued page says whose positions these are.
        needs = table(
            rows, widths, right=(2, 3, 4), plain=(2, 3, 4), total_row=True, style=s, caption=f"{name} — kebutuhan dan bezetting"
        )
        flow = keep_with_first(flow, [needs])
    common = competency.common_gaps(store, unit_id, limit=5)
    if common:
        text = "; ".join(f"{code} {names.get(code, '')} ({short} dari {assessed} orang)" for code, short, assessed in common)
        flow += [Spacer(1, 2 * mm), markup("<b>Kekurangan yang paling sering:</b> {text}", s.body, text=text)]
    people = staff_ids(store, StaffFilter(unit_id=unit_id)) if detail else []
    if people:
        gaps = competency.gaps_of_people(store, [p for p in people if p in results])
        rows = [["NIP", "Nama", "Jabatan", "JPM", "Kat.", "Kekurangan"]]
        for start in range(0, len(people), 900):
            for person in staff_rows(store, people[start : start + 900]):
                result = results.get(person.id)
                category = result.category if result else None
                rows.append(
                    [
                        format_nip(person.nip),
                        person.name,
                        person.position or "(tanpa jabatan)",
                        _percent(result.percent) if result and result.assessed else "–",
                        category.code if category else "",
                        _lacks(gaps.get(person.id, [])),
                    ]
                )
        fixed = [34 * mm, 38 * mm, 0, 13 * mm, 10 * mm, 42 * mm]
        widths = [w or width - sum(fixed) for w in fixed]  # the position takes what is left
        staff = table(rows, widths, right=(3,), plain=(0, 3, 4), style=s, caption=f"{name} — pegawai ({len(people)})")
        heads = [heading] if flow[-1] is heading else []  # no positions: the name heads the staff
        flow = flow[: len(flow) - len(heads)] + ([] if heads else [Spacer(1, 2 * mm)]) + keep_with_first(heads, [staff])
    elif not positions and detail:
        flow.append(para("Belum ada jabatan atau pegawai.", s.body))
    return flow
