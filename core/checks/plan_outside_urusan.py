"""Check: a perangkat daerah runs a program, kegiatan or sub-kegiatan outside the urusan it
carries. Program codes start with their bidang urusan, so this is a mechanical test of the
plans against the structure; program 01 and X.XX (generic support) are run by every PD.
Only the highest item outside is named: its kegiatan and sub-kegiatan go with it."""

from __future__ import annotations

from core.checks.model import EditionData, Finding
from core.checks.plan_data import plan_data
from core.checks.rules import settings
from core.i18n import N_

RULE = "plan_outside_urusan"
TITLE = N_("Program di luar urusan perangkat daerah")


def run(data: EditionData) -> list[Finding]:
    plans = plan_data(data)
    if not plans.items:
        return []
    basis = str(settings(RULE).get("basis", ""))
    carried = data.pd_urusan()
    findings = []
    outside = [item for item in plans.specific if item.code.bidang not in carried.get(item.pd, ())]
    for item in sorted(outside, key=lambda i: (i.pd, i.code.text)):
        parent = plans.items.get(item.parent_id) if item.parent_id is not None else None
        if parent is not None and not parent.code.generic and parent.code.bidang == item.code.bidang:
            continue  # its program (or kegiatan) is named already
        urusan = data.ref.urusan.get(item.code.bidang)
        findings.append(
            Finding(
                RULE,
                "error",
                (item.pd,),
                N_("{pd} menjalankan {code} {name}, padahal tidak mengemban urusan {bidang} {urusan} (urusannya: {carried})."),
                {
                    "pd": data.name(item.pd),
                    "code": item.code.text,
                    "name": item.name,
                    "bidang": item.code.bidang,
                    "urusan": urusan.name if urusan else item.code.bidang,
                    "carried": ", ".join(carried.get(item.pd, ())) or "-",
                },
                N_(
                    "Serahkan {code} kepada perangkat daerah yang mengemban urusan {bidang}, atau tetapkan urusan itu pada {pd} bila memang tugasnya."
                ),
                basis,
                detail=item.code.text,
            )
        )
    return findings
