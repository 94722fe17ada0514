"""Temuan pemeriksaan: a summary table per rule and severity, then every open finding grouped
by severity and rule with its units, advice and legal basis; overlapping functions show
both statements side by side with the shared words in bold. Accepted findings are listed
at the end with the reason they were accepted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from core.checks import CheckReport, check_titles, run_checks
from core.checks.model import SEVERITIES, Finding
from core.i18n import N_
from core.store import Store
from core.units import units_in_order
from reports.fonts import escape
from reports.kit import FULL_WIDTH, RULE, Report, Styles, build, fit_lines, keep_with_first, markup, para, styles, table
from reports.page import ReportOptions, Written
from reports.scope import Scope, editions_line, resolve_scope

SEVERITY_WORDS = {"error": "Galat", "warning": "Peringatan", "note": "Catatan"}


def highlighted(text: str, spans: Sequence[Sequence[int]]) -> str:
    """Paragraph markup of ``text`` with the character spans in bold, everything escaped
    (and cut to a few lines, as every paragraph of user text is)."""
    text = fit_lines(text, FULL_WIDTH, 8)
    out, at = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        if start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(f"<b>{escape(text[start:end])}</b>")
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _gather(store: Store, options: ReportOptions, edition_ids: list[int], root_id: int | None) -> list[CheckReport]:
    reports = []
    for number, edition_id in enumerate(edition_ids):

        def progress(fraction: float, _message: str, number: int = number) -> None:
            options.step(0.7 * (number + fraction) / len(edition_ids), N_("Menjalankan pemeriksaan"))

        report = run_checks(store, edition_id, progress=progress, cancel=options.cancel)
        if root_id is not None:
            inside = {u.id for u in units_in_order(store, edition_id, root_id)}
            report.findings = [f for f in report.findings if inside.intersection(f.units)]
        reports.append(report)
    return reports


def gather(store: Store, options: ReportOptions, scope: Scope) -> list[CheckReport]:
    """Run the checks on the scope's editions (keeping the findings that touch the unit asked for)."""
    return _gather(store, options, scope.edition_ids, scope.root_id)


def findings_story(reports: list[CheckReport], width: float, s: Styles) -> list[Flowable]:
    """The summary table, then every open finding by severity and rule, then the accepted ones."""
    titles = check_titles()
    story: list[Flowable] = [para("Ringkasan", s.heading), _summary(reports, titles, width, s)]
    problems = [p for r in reports for p in r.problems]
    if problems:
        story.append(para("Masalah saat memeriksa", s.subheading))
        story += [para(p.message, s.body) for p in problems]
    open_findings = [(r, f) for r in reports for f in r.open]
    if not open_findings:
        story.append(para("Tidak ada temuan terbuka: struktur ini lolos semua pemeriksaan.", s.body))
    for severity in SEVERITIES:
        chosen = [(r, f) for r, f in open_findings if f.severity == severity]
        if not chosen:
            continue
        heads: list[Flowable] = [para(f"{SEVERITY_WORDS[severity]} ({len(chosen)})", s.heading)]
        for rule in dict.fromkeys(f.rule for _, f in chosen):
            of_rule = [(r, f) for r, f in chosen if f.rule == rule]
            title = titles.get(rule, rule)
            heads.append(markup("{title} <font size=8>({count})</font>", s.subheading, title=title, count=str(len(of_rule))))
            blocks = [_finding(number, finding, report, width, s) for number, (report, finding) in enumerate(of_rule, start=1)]
            story += keep_with_first(heads, blocks)  # a heading never ends a page alone
            heads = []
    accepted = [(r, f) for r in reports for f in r.accepted]
    if accepted:
        blocks = []
        for number, (report, finding) in enumerate(accepted, start=1):
            parts = _finding_parts(number, finding, report, width, s)
            assert finding.accepted is not None
            reason = markup(
                "<i>Diterima oleh {by} ({at}): {reason}</i>",
                ParagraphStyle("reason", parent=s.small, leftIndent=6 * mm),
                by=finding.accepted.accepted_by,
                at=finding.accepted.accepted_at[:10],
                reason=finding.accepted.reason,
            )
            blocks.append(KeepTogether([*parts, reason]))  # one level: reportlab moves a nested one to a new page
        story += keep_with_first([para(f"Temuan yang diterima ({len(accepted)})", s.heading)], blocks)
    return story


def write_findings(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    reports = gather(store, options, scope)
    s = styles()
    doc = Report(path, options.page_size(), f"Temuan pemeriksaan {scope.subject}", options)
    story: list[Flowable] = [
        para("TEMUAN PEMERIKSAAN STRUKTUR", s.title),
        para(scope.subject.upper(), s.subtitle),
        para(f"Diperiksa {options.today()} · {editions_line(store, scope)}", s.centre),
        Spacer(1, 5 * mm),
        *findings_story(reports, doc.inner_width, s),
    ]
    options.step(0.8, N_("Menulis PDF"))
    build(doc, story, f"Temuan pemeriksaan — {scope.subject} — dicetak {options.today()}")
    return Written(path, doc.page)


def _summary(reports: list[CheckReport], titles: dict[str, str], width: float, s: Styles) -> Flowable:
    rows: list[list[Any]] = [["Pemeriksaan", "Galat", "Peringatan", "Catatan", "Diterima"]]
    totals = [0, 0, 0, 0]
    for rule, title in titles.items():
        counts = [sum(1 for r in reports for f in r.open if f.rule == rule and f.severity == sev) for sev in SEVERITIES]
        counts.append(sum(1 for r in reports for f in r.accepted if f.rule == rule))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        rows.append([title, *(str(c) if c else "–" for c in counts)])
    rows.append(["Jumlah", *(str(c) for c in totals)])
    narrow = 20 * mm
    return table(rows, [width - 4 * narrow, narrow, narrow, narrow, narrow], right=(1, 2, 3, 4), total_row=True, style=s)


def _finding(number: int, finding: Finding, report: CheckReport, width: float, s: Styles) -> Flowable:
    return KeepTogether(_finding_parts(number, finding, report, width, s))


def _finding_parts(number: int, finding: Finding, report: CheckReport, width: float, s: Styles) -> list[Flowable]:
    """A finding's message, units, statements side by side, advice and basis, kept together by the caller."""
    indent = ParagraphStyle("findingBody", parent=s.body, leftIndent=6 * mm)
    small = ParagraphStyle("findingSmall", parent=s.small, leftIndent=6 * mm, textColor=RULE, spaceAfter=1)
    parts: list[Flowable] = [
        markup(
            "<b>{n}.</b> {message}",
            ParagraphStyle("findingHead", parent=s.body, leftIndent=6 * mm, firstLineIndent=-6 * mm),
            n=str(number),
            message=finding.message,
        )
    ]
    if finding.units:
        names = "; ".join(report.paths.get(u, str(u)) for u in finding.units)
        parts.append(markup("<b>Unit:</b> {names}", indent, names=names))
    statements = finding.data.get("statements") if finding.rule == "function_overlap" else None
    if statements and len(statements) == 2:
        cells = []
        for statement in statements:
            where = report.paths.get(statement["unit_id"], "")
            cells.append(
                [
                    markup("<b>{where}</b>, fungsi nomor {n}", s.cell, where=where, n=str(statement["number"])),
                    Paragraph(highlighted(statement["text"], statement.get("highlight", [])), s.cell),
                ]
            )
        half = (width - 6 * mm) / 2
        side = table([[cells[0][0], cells[1][0]], [cells[0][1], cells[1][1]]], [half, half], header_rows=0, style=s)
        side.hAlign = "RIGHT"
        parts += [Spacer(1, 1.5 * mm), side, Spacer(1, 1.5 * mm)]
    if finding.advice_text:
        parts.append(markup("<b>Saran:</b> {advice}", indent, advice=finding.advice_text))
    if finding.basis:
        parts.append(markup("Dasar: {basis}", small, basis=finding.basis))
    parts.append(Spacer(1, 2 * mm))
    return parts
