"""Peta sinergi: per region, the matrix perangkat daerah × strategic issue, then perangkat
daerah × priority program; each cell the codes a PD links to that column with their pagu.
A column that rests on one PD is shaded and marked (ego sektoral), one that no PD carries
says so. Printed landscape; a matrix wider than the paper is split into column parts, the
PD column repeated on each, and tall ones repeat their header on every page."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from core.errors import RefusedError
from core.i18n import N_
from core.money import format_rupiah
from core.plans.rpjmd import region_rpjmd
from core.plans.synergy import AXIS_TITLES, Entry, SynergyMatrix, synergy_matrix
from core.regions import Region
from core.store import Store
from reports.fonts import escape
from reports.kit import Report, Styles, build, fit_lines, keep_with_first, para, styles, table
from reports.page import ReportOptions, Written
from reports.scope import Scope, resolve_scope, scope_regions

ALONE = colors.HexColor("#f7d9d4")  # a column carried by one PD
ALONE_INK = colors.HexColor("#a3271b")
PD_WIDTH = 48 * mm
MIN_COLUMN = 42 * mm
ENTRIES_SHOWN = 6  # per cell; more are counted ("+3 lainnya")
LEVEL_WORDS = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}
NO_PLANS = N_("Berkas ini belum punya RPJMD: peta sinergi dan pohon kinerja memerlukan rencana (lihat 'main.py plans').")


def pagu_text(sen: int, before: str = " · ") -> str:
    """`` · Rp 1.234``: the pagu without sen, or nothing when none is filled in (that is not
    zero rupiah planned)."""
    return f"{before}{format_rupiah(sen)}" if sen else ""


def marked(matrix: SynergyMatrix, column_id: int) -> bool:
    """An issue resting on one PD (ego sektoral) or any column no PD carries. A priority
    program run by one PD is usual, so only a gap is marked there."""
    return matrix.unsupported(column_id) or (matrix.axis == "issue" and matrix.alone(column_id))


def column_parts(count: int, width: float) -> list[range]:
    """The columns each part of a matrix holds: as many as fit ``width`` at their least width."""
    per_part = max(1, int((width - PD_WIDTH) // MIN_COLUMN))
    return [range(start, min(count, start + per_part)) for start in range(0, count, per_part)] or [range(0)]


def _styles(s: Styles) -> dict[str, ParagraphStyle]:
    return {
        "entry": ParagraphStyle("synergyEntry", parent=s.cell, fontSize=6.8, leading=8.2, spaceAfter=1.5),
        "total": ParagraphStyle("synergyTotal", parent=s.cell_bold, fontSize=7, leading=8.5),
        "mark": ParagraphStyle("synergyMark", parent=s.cell_bold, fontSize=7, leading=8.5, textColor=ALONE_INK),
        "head": ParagraphStyle("synergyHead", parent=s.cell_bold, fontSize=7.5, leading=9),
        "group": ParagraphStyle("synergyGroup", parent=s.cell, fontSize=6.5, leading=8),
    }


def _entry(entry: Entry, width: float, st: dict[str, ParagraphStyle]) -> Paragraph:
    name = escape(fit_lines(entry.name, width, 6.8)[:90].rstrip() + ("…" if len(entry.name) > 90 else ""))
    return Paragraph(f"<b>{escape(entry.code)}</b> {name}{pagu_text(entry.pagu_sen)}", st["entry"])


def _cell(matrix: SynergyMatrix, pd: int, column: int, width: float, st: dict[str, ParagraphStyle]) -> Any:
    entries = matrix.cells.get((pd, column), [])
    if not entries:
        return ""
    flow: list[Flowable] = [_entry(e, width, st) for e in entries[:ENTRIES_SHOWN]]
    if len(entries) > ENTRIES_SHOWN:
        flow.append(Paragraph(f"+{len(entries) - ENTRIES_SHOWN} lainnya", st["entry"]))
    if len(entries) > 1:
        flow.append(Paragraph(f"Jumlah {len(entries)}{pagu_text(matrix.cell_pagu(pd, column), ': ')}", st["total"]))
    return flow


def _header(matrix: SynergyMatrix, index: int, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    column = matrix.columns[index]
    flow: list[Flowable] = []
    if column.group:
        flow.append(Paragraph(escape(column.group), st["group"]))
    flow.append(Paragraph(escape(fit_lines(column.name, MIN_COLUMN, 7.5)), st["head"]))
    return flow


def _footer_cell(matrix: SynergyMatrix, column_id: int, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    pds = matrix.pds_of(column_id)
    if not pds:
        return [Paragraph("⚠ Tidak dikerjakan perangkat daerah mana pun", st["mark"])]
    flow: list[Flowable] = [Paragraph(f"{len(pds)} perangkat daerah{pagu_text(matrix.column_pagu(column_id))}", st["total"])]
    if len(pds) == 1 and marked(matrix, column_id):
        flow.append(Paragraph("⚠ Hanya satu perangkat daerah (ego sektoral)", st["mark"]))
    return flow


def matrix_story(matrix: SynergyMatrix, width: float, s: Styles) -> list[Flowable]:
    """The matrix as tables, one per part of its columns, each with the PD column first."""
    st = _styles(s)
    title = AXIS_TITLES[matrix.axis]
    heading = para(f"Perangkat daerah × {title.lower()}", s.heading)
    if not matrix.columns:
        return [heading, para(f"RPJMD ini belum memuat {title.lower()}.", s.body)]
    story: list[Flowable] = []
    parts = column_parts(len(matrix.columns), width)
    for number, part in enumerate(parts, start=1):
        column_width = (width - PD_WIDTH) / len(part)
        rows: list[list[Any]] = [["Perangkat daerah", *(_header(matrix, i, st) for i in part)]]
        for pd, name in matrix.rows:
            rows.append([name, *(_cell(matrix, pd, matrix.columns[i].id, column_width, st) for i in part)])
        rows.append(["Jumlah", *(_footer_cell(matrix, matrix.columns[i].id, st) for i in part)])
        grid = table(rows, [PD_WIDTH, *([column_width] * len(part))], total_row=True, style=s)
        marks: list[tuple[Any, ...]] = []
        for offset, i in enumerate(part, start=1):
            if marked(matrix, matrix.columns[i].id):
                marks.append(("BACKGROUND", (offset, 0), (offset, -1), ALONE))
        grid.setStyle(marks)
        heads: list[Flowable] = [heading] if number == 1 else []
        if len(parts) > 1:
            first, last = part[0] + 1, part[-1] + 1
            heads.append(
                para(f"Bagian {number} dari {len(parts)}: kolom {first}–{last} dari {len(matrix.columns)}", s.subheading)
            )
        story += keep_with_first(heads, [grid, Spacer(1, 4 * mm)], rows=1)
    quiet = matrix.renstra_count - len(matrix.rows)
    if quiet > 0:
        story.append(
            para(f"{quiet} perangkat daerah lain yang punya Renstra tidak mengaitkan programnya dengan {title.lower()}.", s.small)
        )
    return story


def region_matrices(store: Store, region: Region) -> list[SynergyMatrix]:
    """The matrices of the region's latest RPJMD along both axes (none without an RPJMD)."""
    plans = region_rpjmd(store, region.id)
    if not plans:
        return []
    latest = plans[0]
    period = f"{latest.period_start}–{latest.period_end}"
    name = latest.name if str(latest.period_start) in latest.name else f"{latest.name} ({period})"
    return [synergy_matrix(store, latest.id, name, axis) for axis in ("issue", "priority")]


def synergy_section(store: Store, scope: Scope, width: float, s: Styles) -> list[Flowable]:
    """The matrices of every region in the scope, for the meeting pack."""
    story: list[Flowable] = []
    for region, _edition in scope_regions(store, scope):
        matrices = region_matrices(store, region)
        if len(scope.edition_ids) > 1 and matrices:
            story.append(para(region.name, s.heading))
        for matrix in matrices:
            story += matrix_story(matrix, width, s)
    return story or [para("Belum ada RPJMD dalam lingkup ini.", s.body)]


def write_synergy(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    s = styles()
    doc = Report(path, options.page_size(default_landscape=True), f"Peta sinergi {scope.subject}", options)
    story: list[Flowable] = []
    notes: list[str] = []
    for region, _edition in scope_regions(store, scope):
        options.step(0.1, N_("Membaca rencana"))
        matrices = region_matrices(store, region)
        if not matrices:
            continue
        story += [
            para("PETA SINERGI PROGRAM PERANGKAT DAERAH", s.title),
            para(region.name.upper(), s.subtitle),
            para(f"{matrices[0].rpjmd_name} · dicetak {options.today()}", s.centre),
            para(
                "Setiap sel memuat kode dan nama program, kegiatan atau sub kegiatan yang dikaitkan perangkat daerah "
                "dengan kolomnya, beserta pagu indikatif bila sudah diisi. Kolom berwarna: isu strategis yang "
                "dikerjakan satu perangkat daerah saja, atau kolom yang tidak dikerjakan perangkat daerah mana pun.",
                s.small,
            ),
            Spacer(1, 3 * mm),
        ]
        for matrix in matrices:
            story += matrix_story(matrix, doc.inner_width, s)
            if len(column_parts(len(matrix.columns), doc.inner_width)) > 1 and options.paper != "A3":
                notes.append("Matriks yang lebar dipecah per bagian kolom; pada kertas A3 bagiannya lebih sedikit.")
    if not story:
        raise RefusedError(NO_PLANS)
    options.step(0.8, N_("Menulis PDF"))
    build(doc, story, f"Peta sinergi — {scope.subject} — dicetak {options.today()}")
    return Written(path, doc.page, list(dict.fromkeys(notes)))
