"""Every report by its command-line name, and the one way to write one: into a temporary
file beside the target, renamed at the end, so a cancelled or failed report never leaves a
half-written PDF where the old one was.

The catalogue names each builder by module and function and imports it only when that report
is written: the window lists the reports at start, and the builders load reportlab (~0.3 s).
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import FileProblem, RefusedError, os_reason
from core.i18n import N_
from reports.page import ReportOptions, Written

if TYPE_CHECKING:
    from core.store import Store

Writer = Callable[..., Written]


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str  # Indonesian; the window translates it
    builder: str  # "module:function" that writes it
    needs_file: bool = True  # False: written without a .sotk file (the user guide)

    @property
    def writer(self) -> Writer:
        """The builder function, imported now (with reportlab) if it was not yet."""
        module, function = self.builder.split(":")
        writer: Writer = getattr(importlib.import_module(module), function)
        return writer


KINDS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind("org-chart", N_("Bagan struktur organisasi"), "reports.org_chart:write_org_chart"),
        ReportKind("structure", N_("Daftar unit dan tugas fungsi"), "reports.structure:write_structure"),
        ReportKind("findings", N_("Temuan pemeriksaan"), "reports.findings:write_findings"),
        ReportKind("competency", N_("Kompetensi dan kebutuhan pegawai"), "reports.competency:write_competency"),
        ReportKind("assets", N_("Daftar aset (KIB)"), "reports.assets:write_assets"),
        ReportKind("synergy", N_("Peta sinergi program perangkat daerah"), "reports.synergy:write_synergy"),
        ReportKind("cascade", N_("Pohon kinerja (cascading RPJMD)"), "reports.cascade:write_cascade"),
        ReportKind("meeting-pack", N_("Bahan rapat"), "reports.meeting_pack_pdf:write_meeting_pack"),
        ReportKind("restructuring", N_("Penataan kelembagaan (draf)"), "reports.restructuring:write_restructuring"),
        ReportKind("guide", N_("Panduan pengguna"), "reports.guide:write_guide", needs_file=False),
    )
}


def check_report_target(target: Path) -> None:
    """A report is a PDF and never replaces a data file (a typo in -o must not destroy a
    region's structure)."""
    if target.suffix.lower() != ".pdf":
        raise FileProblem(N_("Laporan ditulis sebagai PDF: nama berkasnya harus berakhiran .pdf ({path})."), path=str(target))
    with contextlib.suppress(OSError), target.open("rb") as existing:
        from core.store import SQLITE_MAGIC

        if existing.read(16) == SQLITE_MAGIC:
            raise FileProblem(
                N_("{path} adalah berkas data SOTK, bukan PDF: laporan tidak ditulis di atasnya."), path=str(target)
            )


def write_report(
    store: Store | None,
    kind: str,
    path: str | Path,
    options: ReportOptions,
    unit_id: int | None = None,
    edition_id: int | None = None,
) -> Written:
    target = Path(path)
    check_report_target(target)
    if store is None and KINDS[kind].needs_file:
        raise RefusedError(N_("Laporan {kind} dibuat dari berkas SOTK: sebutkan berkasnya."), kind=kind)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.touch()  # an unwritable folder is found now, not after minutes of laying out pages
        written = KINDS[kind].writer(store, str(partial), options, unit_id=unit_id, edition_id=edition_id)
        os.replace(partial, target)
    except OSError as exc:
        raise FileProblem(N_("Laporan {path} tidak dapat ditulis: {reason}"), path=str(target), reason=os_reason(exc)) from exc
    finally:
        with contextlib.suppress(OSError):  # gone already, or a read-only folder: the first error is the one to tell
            partial.unlink()
    written.path = str(target)
    return written
