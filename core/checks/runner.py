"""Running the checks: :data:`CHECKS` lists the check modules, :func:`run_checks` runs them
all on one edition, each guarded so that one failing check never stops the others."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from core.checks import (
    acceptance,
    assets_outside,
    combining,
    coverage,
    ego_sektoral,
    function_overlap,
    hygiene,
    plan_alignment,
    plan_codes,
    plan_outside_urusan,
    staffing,
    structure_limits,
    sub_kegiatan_twice,
    urusan_claims,
)
from core.checks.model import SEVERITY_RANK, CheckProblem, EditionData, Finding
from core.checks.rules import settings_problems
from core.errors import Cancelled
from core.i18n import N_
from core.store import Store

log = logging.getLogger("sotk.checks")

CHECKS: tuple[ModuleType, ...] = (
    urusan_claims,
    coverage,
    combining,
    function_overlap,
    structure_limits,
    hygiene,
    staffing,
    assets_outside,
    plan_outside_urusan,
    plan_alignment,
    sub_kegiatan_twice,
    ego_sektoral,
    plan_codes,
)
Progress = Callable[[float, str], None]


@dataclass
class CheckReport:
    edition_id: int
    findings: list[Finding] = field(default_factory=list)
    problems: list[CheckProblem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    paths: dict[int, str] = field(default_factory=dict)  # unit id → "PD › unit", as messages name units
    pd_of: dict[int, int] = field(default_factory=dict)  # unit id → its perangkat daerah

    @property
    def open(self) -> list[Finding]:
        return [f for f in self.findings if f.accepted is None]

    @property
    def accepted(self) -> list[Finding]:
        return [f for f in self.findings if f.accepted is not None]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.open if f.severity == severity)


def check_titles() -> dict[str, str]:
    return {module.RULE: module.TITLE for module in CHECKS}


def run_checks(
    store: Store,
    edition_id: int,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CheckReport:
    """Run the checks (all, or those named in ``only``) on an edition; read-only."""
    report = CheckReport(edition_id)
    started = time.perf_counter()
    data = EditionData(store, edition_id)
    report.seconds["load"] = time.perf_counter() - started
    report.problems.extend(settings_problems())
    chosen = [m for m in CHECKS if only is None or m.RULE in only]
    for number, module in enumerate(chosen):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(number / len(chosen), module.TITLE)
        began = time.perf_counter()
        try:
            report.findings.extend(module.run(data))
        except sqlite3.DatabaseError:
            raise  # the file is at fault, not the check: its opener says so, naming the file
        except Exception as exc:
            log.exception("check %s failed", module.RULE)
            report.problems.append(
                CheckProblem(
                    module.RULE, N_("Pemeriksaan '{title}' gagal: {reason}"), {"title": module.TITLE, "reason": str(exc)}
                )
            )
        report.seconds[module.RULE] = time.perf_counter() - began
    report.problems.extend(data.problems)
    report.pd_of = dict(data.pd_of)
    report.paths = {unit_id: data.path(unit_id) for unit_id in data.units}
    taken = acceptance.accepted(store, edition_id)
    for finding in report.findings:
        finding.accepted = taken.get(finding.key)
    report.findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.rule, f.key))
    if progress is not None:
        progress(1.0, N_("selesai"))
    return report
