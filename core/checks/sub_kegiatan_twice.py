"""Check: two perangkat daerah run the same sub-kegiatan: the precise form of "an urusan
claimed twice" (a program split between two dinas by kegiatan is deliberate; the same
sub-kegiatan in both is not). Generic support sub-kegiatan (program 01, X.XX) aside."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.checks.plan_data import plan_data
from core.checks.rules import settings
from core.i18n import N_

RULE = "sub_kegiatan_twice"
TITLE = N_("Sub kegiatan dijalankan dua perangkat daerah")


def run(data: EditionData) -> list[Finding]:
    plans = plan_data(data)
    runners: dict[str, dict[int, str]] = defaultdict(dict)  # code → PD → name as written
    for item in plans.specific:
        if item.level == "sub_kegiatan":
            runners[item.code.text].setdefault(item.pd, item.name)
    basis = str(settings(RULE).get("basis", ""))
    findings = []
    for code, pds in sorted(runners.items()):
        if len(pds) < 2:
            continue
        ordered = sorted(pds)
        findings.append(
            Finding(
                RULE,
                "error",
                tuple(ordered),
                N_("Sub kegiatan {code} {name} dijalankan oleh {count} perangkat daerah: {pds}."),
                {"code": code, "name": pds[ordered[0]], "count": len(ordered), "pds": ", ".join(data.name(pd) for pd in ordered)},
                N_("Satu sub kegiatan dijalankan satu perangkat daerah: tetapkan pelaksananya dan hapus dari Renstra yang lain."),
                basis,
                detail=code,
            )
        )
    return findings
