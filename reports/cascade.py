"""Pohon kinerja: the cascade of a region's latest RPJMD, visi → misi → tujuan → sasaran →
program → kegiatan → sub-kegiatan, with the perangkat daerah responsible and the pagu, and
the planning findings printed at the node they concern (a sasaran no program supports, a
program outside its PD's urusan, a sub-kegiatan run by two PD). Programs that support no
sasaran follow under their own heading; generic support programs (program 01, X.XX), most
of every Renstra, are summarised one row per PD and program. Findings that belong to no
node (a priority program nobody runs, an issue carried alone) close the report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from core.checks import run_checks
from core.checks.model import Finding
from core.errors import RefusedError
from core.i18n import N_
from core.money import format_rupiah
from core.plans.cascade import Node, cascade_tree
from core.store import Store
from reports.findings import SEVERITY_WORDS
from reports.fonts import escape
from reports.kit import Report, Styles, build, fit_lines, keep_with_first, para, styles, table
from reports.page import ReportOptions, Written
from reports.scope import Scope, resolve_scope, scope_regions
from reports.synergy import NO_PLANS

PLAN_RULES = ("plan_outside_urusan", "plan_alignment", "sub_kegiatan_twice", "ego_sektoral", "plan_codes")
CODE_RULES = ("plan_outside_urusan", "sub_kegiatan_twice", "plan_codes")  # their detail is the item's code
MARK_INK = colors.HexColor("#a3271b")
MARK = "▲"
PROGRAM_SHADE = colors.HexColor("#f2f5f8")
GOAL_INDENT = {"misi": 0, "tujuan": 6 * mm, "sasaran": 12 * mm}
LEVEL_WORDS = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}
LEVEL_INDENT = {"program": 0, "kegiatan": 4 * mm, "sub_kegiatan": 8 * mm}

Key = tuple[Any, ...]


class Placed:
    """The findings by the node they concern, and which of them were printed at a node."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.by_key: dict[Key, list[Finding]] = defaultdict(list)
        self.all = list(findings)
        self.printed: set[int] = set()
        for finding in self.all:
            for key in self._keys(finding):
                self.by_key[key].append(finding)

    @staticmethod
    def _keys(finding: Finding) -> list[Key]:
        kind, _, value = finding.detail.partition(":")
        if finding.rule == "plan_alignment" and kind == "sasaran":
            return [("goal", int(value))]
        code = value if finding.rule == "plan_alignment" and kind == "program" else None
        if finding.rule in CODE_RULES:
            code = finding.detail
        if code is None:
            return []
        return [("item", pd, code) for pd in finding.units] or [("code", code)]

    def at(self, node: Node) -> list[Finding]:
        if node.ref == "goal":
            found = self.by_key.get(("goal", node.id), [])
        elif node.ref == "item":
            found = [*self.by_key.get(("item", node.pd_id, node.code), []), *self.by_key.get(("code", node.code), [])]
        else:
            return []
        self.printed.update(id(f) for f in found)
        return found

    def below(self, node: Node) -> list[Finding]:
        """The findings at a node and every node under it (for a summarised program)."""
        found = self.at(node)
        for child in node.children:
            found += [f for f in self.below(child) if f not in found]
        return found

    def rest(self) -> list[Finding]:
        return [f for f in self.all if id(f) not in self.printed]


def total_pagu(node: Node) -> int:
    """A node's own pagu, or what the sub-kegiatan below it add up to when it has none."""
    return node.pagu_sen or sum(total_pagu(child) for child in node.children)


def _mark_style(s: Styles, indent: float) -> ParagraphStyle:
    return ParagraphStyle("cascadeMark", parent=s.small, textColor=MARK_INK, leftIndent=indent + 4 * mm, firstLineIndent=-4 * mm)


def _marks(findings: list[Finding], style: ParagraphStyle) -> list[Paragraph]:
    return [
        Paragraph(f"{MARK} <b>{SEVERITY_WORDS[f.severity]}:</b> {escape(fit_lines(f.message, 400, style.fontSize))}", style)
        for f in findings
    ]


def _program_table(programs: list[Node], placed: Placed, width: float, s: Styles) -> Flowable:
    """Programs with their kegiatan and sub-kegiatan, one row each (a program's row shaded),
    the findings on a row of their own under the node they concern."""
    rows: list[list[Any]] = [["Program / kegiatan / sub kegiatan", "Perangkat daerah / pelaksana", "Pagu indikatif"]]
    first = width * 0.6
    spans: list[int] = []
    shaded: list[int] = []

    def visit(node: Node) -> None:
        cell = ParagraphStyle(f"level{node.kind}", parent=s.cell_bold if node.kind == "program" else s.cell)
        cell.leftIndent = LEVEL_INDENT.get(node.kind, 0)
        who = node.pd_name if node.kind == "program" else node.unit_name or ""
        words = LEVEL_WORDS.get(node.kind, node.kind)
        text = f"{words} <b>{escape(node.code or '')}</b> {escape(fit_lines(node.text, first, 8))}"
        pagu = total_pagu(node)
        if node.kind == "program":
            shaded.append(len(rows))
        rows.append([Paragraph(text, cell), who or "", format_rupiah(pagu) if pagu else "–"])
        found = placed.at(node)
        if found:
            spans.append(len(rows))
            rows.append([_marks(found, _mark_style(s, LEVEL_INDENT.get(node.kind, 0))), "", ""])
        for child in node.children:
            visit(child)

    for program in programs:
        visit(program)
    grid = table(rows, [first, width * 0.23, width * 0.17], right=(2,), style=s)
    grid.setStyle(
        [*(("SPAN", (0, r), (-1, r)) for r in spans), *(("BACKGROUND", (0, r), (-1, r), PROGRAM_SHADE) for r in shaded)]
    )
    return grid


def _support_table(programs: list[Node], placed: Placed, width: float, s: Styles) -> Flowable:
    rows: list[list[Any]] = [["Perangkat daerah", "Program", "Kegiatan", "Sub kegiatan", "Pagu indikatif"]]
    for program in sorted(programs, key=lambda p: (p.pd_name or "", p.code or "")):
        kegiatan = program.children
        subs = sum(len(k.children) for k in kegiatan)
        found = placed.below(program)
        name: Any = f"{program.code} {program.text}"
        if found:
            name = [para(name, s.cell), *_marks(found, _mark_style(s, 0))]
        pagu = total_pagu(program)
        rows.append([program.pd_name or "", name, str(len(kegiatan)), str(subs), format_rupiah(pagu) if pagu else "–"])
    return table(rows, [width * 0.25, width * 0.36, width * 0.09, width * 0.11, width * 0.19], right=(2, 3, 4), style=s)


def _goal_story(node: Node, placed: Placed, width: float, s: Styles) -> list[Flowable]:
    indent = GOAL_INDENT.get(node.kind, 0)
    style = ParagraphStyle(
        f"goal{node.kind}", parent=s.subheading if node.kind == "misi" else s.body, leftIndent=indent, spaceBefore=4
    )
    label = node.kind.capitalize()
    code = f" {escape(node.code)}" if node.code else ""
    head = Paragraph(f"<b>{label}{code}:</b> {escape(fit_lines(node.text, width - indent, style.fontSize))}", style)
    heads: list[Flowable] = [head, *_marks(placed.at(node), _mark_style(s, indent))]
    programs = [c for c in node.children if c.ref == "item"]
    goals = [c for c in node.children if c.ref == "goal"]
    content: list[Flowable] = []
    if programs:
        grid = _program_table(programs, placed, width - indent - 6 * mm, s)
        grid.hAlign = "RIGHT"
        content += [grid, Spacer(1, 2 * mm)]
    if node.kind == "sasaran" and not programs:
        content.append(para("Belum ada program perangkat daerah yang mendukung sasaran ini.", _mark_style(s, indent)))
    story = keep_with_first(heads, content, rows=2) if content else heads
    for goal in goals:
        story += _goal_story(goal, placed, width, s)
    return story


def cascade_story(tree: Node, placed: Placed, width: float, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [para(f"Visi: {tree.text}", ParagraphStyle("visi", parent=s.heading, fontSize=11))]
    for child in tree.children:
        if child.ref == "goal":
            story += _goal_story(child, placed, width, s)
    for group in tree.children:
        if group.kind == "unaligned":
            heads = [para(f"{group.text} ({len(group.children)})", s.heading)]
            story += keep_with_first(heads, [_program_table(group.children, placed, width, s), Spacer(1, 2 * mm)])
        elif group.kind == "support":
            heads = [
                para(f"{group.text} ({len(group.children)} program)", s.heading),
                para("Diringkas per perangkat daerah dan program; temuan pada kegiatan dan sub kegiatannya ditandai.", s.small),
            ]
            story += keep_with_first(heads, [_support_table(group.children, placed, width, s)])
    return story


def cascade_section(store: Store, scope: Scope, findings: Iterable[Finding], width: float, s: Styles) -> list[Flowable]:
    """The cascade of every region in the scope, for the meeting pack, marked with the
    planning findings among ``findings`` (the checks the pack already ran)."""
    story: list[Flowable] = []
    planning = [f for f in findings if f.rule in PLAN_RULES]
    for region, _edition in scope_regions(store, scope):
        trees = cascade_tree(store, region.id)
        if trees:
            if len(scope.edition_ids) > 1:
                story.append(para(region.name, s.heading))
            story += cascade_story(trees[0], Placed(planning), width, s)
    return story or [para("Belum ada RPJMD dalam lingkup ini.", s.body)]


def write_cascade(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    s = styles()
    doc = Report(path, options.page_size(), f"Pohon kinerja {scope.subject}", options)
    story: list[Flowable] = []
    notes: list[str] = []
    regions = scope_regions(store, scope)
    for number, (region, edition) in enumerate(regions):
        trees = cascade_tree(store, region.id)
        if not trees:
            continue
        options.step(0.6 * number / len(regions), N_("Menjalankan pemeriksaan"))
        report = run_checks(store, edition.id, only=PLAN_RULES, cancel=options.cancel)
        placed = Placed(report.open)
        tree = trees[0]  # the latest period: the one the planning checks hold the Renstra against
        if len(trees) > 1:
            notes.append(f"{region.name}: dicetak RPJMD terbaru ({tree.period}); {len(trees) - 1} RPJMD lain tidak dicetak.")
        story += [
            para("POHON KINERJA", s.title),
            para(region.name.upper(), s.subtitle),
            para(f"RPJMD {tree.period} · {edition.name} · dicetak {options.today()}", s.centre),
            para(f"{MARK} menandai temuan pemeriksaan perencanaan pada simpul yang bersangkutan.", _mark_style(s, 0)),
            Spacer(1, 3 * mm),
            *cascade_story(tree, placed, doc.inner_width, s),
        ]
        rest = placed.rest()
        if rest:
            content = _marks(rest, _mark_style(s, 0))
            story += keep_with_first([para(f"Temuan perencanaan lainnya ({len(rest)})", s.heading)], content)
    if not story:
        raise RefusedError(NO_PLANS)
    options.step(0.8, N_("Menulis PDF"))
    build(doc, story, f"Pohon kinerja — {scope.subject} — dicetak {options.today()}")
    return Written(path, doc.page, notes)
