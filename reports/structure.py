"""Daftar unit dan tugas fungsi: every unit of the scope, indented by level, with its kind,
head, the urusan it carries and its numbered function statements."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from core.edition_content import functions_by_unit, urusan_by_unit
from core.i18n import N_
from core.org_chart import caption
from core.reference import load_reference
from core.store import Store
from core.units import OrderedUnit, units_in_order
from reports.kit import RULE, Report, Styles, build, lampiran_block, markup, para, signature_block, styles
from reports.page import ReportOptions, Written
from reports.scope import Scope, resolve_scope, scope_regions

INDENT = 6 * mm


def structure_story(store: Store, scope: Scope, options: ReportOptions, s: Styles) -> list[Flowable]:
    """Every unit of the scope with its kind, head, urusan and numbered functions."""
    by_edition = {e: units_in_order(store, e, scope.root_id) for e in scope.edition_ids}
    units = [u for e in scope.edition_ids for u in by_edition[e]]
    wanted = {u.id for u in units}
    functions = {u: found for u, found in functions_by_unit(store, scope.edition_ids).items() if u in wanted}
    urusan = {u: found for u, found in urusan_by_unit(store, scope.edition_ids).items() if u in wanted}
    reference = load_reference()
    story: list[Flowable] = []
    if not units:
        story.append(para("Tidak ada unit dalam lingkup ini.", s.body))
        return story
    several = len(scope.edition_ids) > 1
    region_head = ParagraphStyle(
        "regionHead", parent=s.title, alignment=0, fontSize=13, leading=16, spaceBefore=10, keepWithNext=1
    )
    region_note = ParagraphStyle("regionNote", parent=s.body, textColor=RULE, keepWithNext=1, spaceAfter=6)
    number = 0
    for region, edition in scope_regions(store, scope) if several else [(scope.region, scope.edition)]:
        mine = by_edition[edition.id]
        if several:  # each region under its own name and edition, those without units too
            story += [
                para(region.name.upper(), region_head),
                para(f"{edition.name} · {len(mine)} unit" if mine else f"{edition.name} · belum ada unit", region_note),
            ]
        for unit in mine:
            number += 1
            if number % 200 == 0:
                options.step(number / len(units) * 0.8, N_("Menyusun daftar unit"))
            story += _unit_block(unit, functions.get(unit.id, []), urusan.get(unit.id, []), reference, s)
    return story


def write_structure(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    doc = Report(path, options.page_size(), f"Daftar unit dan tugas fungsi {scope.subject}", options)
    s = styles()
    body = structure_story(store, scope, options, s)
    count = sum(len(units_in_order(store, e, scope.root_id)) for e in scope.edition_ids)
    story: list[Flowable] = []
    if options.lampiran:
        story += [lampiran_block(scope.edition, scope.region, 85 * mm), Spacer(1, 6 * mm)]
    story += [
        para("DAFTAR UNIT DAN TUGAS FUNGSI", s.title),
        para(scope.subject.upper(), s.subtitle),
        para(f"{scope.edition.name} · {count} unit" if len(scope.edition_ids) == 1 else f"{count} unit", s.centre),
        Spacer(1, 6 * mm),
        *body,
    ]
    if options.signature:
        story += [Spacer(1, 10 * mm), signature_block(scope.region, options, s)]
    options.step(0.85, N_("Menulis PDF"))
    build(doc, story, f"Daftar unit dan tugas fungsi — {scope.subject} — dicetak {options.today()}")
    return Written(path, doc.page)


def _unit_block(unit: OrderedUnit, functions: list[tuple[str, str | None]], codes: list[str], reference, s) -> list[Flowable]:  # type: ignore[no-untyped-def]
    indent = unit.depth * INDENT
    head = ParagraphStyle(
        f"unit{unit.depth}", parent=s.subheading if unit.depth else s.heading, leftIndent=indent, keepWithNext=1
    )
    note = ParagraphStyle(f"note{unit.depth}", parent=s.small, leftIndent=indent, textColor=RULE, keepWithNext=1, spaceAfter=2)
    line = ParagraphStyle(f"line{unit.depth}", parent=s.body, leftIndent=indent + 5 * mm, firstLineIndent=-5 * mm, spaceAfter=1.5)
    block: list[Flowable] = [para(unit.name, head)]
    details = " · ".join(x for x in (reference.unit_kind(unit.kind).label_id, caption(unit.head_title, unit.eselon)) if x)
    block.append(para(details, note))
    if codes:
        names = "; ".join(f"{code} {reference.urusan[code].name}" if code in reference.urusan else code for code in codes)
        block.append(markup("<b>Urusan:</b> {names}", ParagraphStyle("urusan", parent=line, firstLineIndent=0), names=names))
    for number, (text, code) in enumerate(functions, start=1):
        suffix = f" [{code}]" if code else ""
        block.append(markup("{n}.&nbsp;&nbsp;{text}", line, n=str(number), text=text + suffix))
    return block
