"""Check: the Renstra held against the RPJMD. A program that supports no sasaran (through
itself or one of its kegiatan) is "tidak sesuai visi misi"; a sasaran or priority program
that no perangkat daerah supports is a gap in the cascade. Generic support (program 01,
X.XX) serves every sasaran alike and is left out."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.checks.plan_data import plan_data
from core.checks.rules import settings
from core.i18n import N_

RULE = "plan_alignment"
TITLE = N_("Keselarasan Renstra dengan RPJMD")


def run(data: EditionData) -> list[Finding]:
    plans = plan_data(data)
    if plans.rpjmd_id is None or not plans.items:
        return []
    basis = str(settings(RULE).get("basis", ""))
    supported: dict[int, set[int]] = defaultdict(set)  # program → sasaran it or its kegiatan support
    for item_id, goals in plans.goals_of.items():
        item = plans.items.get(item_id)
        if item is None:
            continue
        program = item if item.level == "program" else plans.items.get(item.parent_id or -1)
        if program is not None:
            supported[program.id].update(goals)
    findings = []
    unaligned = [i for i in plans.specific if i.level == "program" and not supported.get(i.id)]
    for item in sorted(unaligned, key=lambda i: (i.pd, i.code.text)):
        findings.append(
            Finding(
                RULE,
                "warning",
                (item.pd,),
                N_("Program {code} {name} pada Renstra {pd} tidak mendukung sasaran RPJMD mana pun (tidak sesuai visi misi)."),
                {"pd": data.name(item.pd), "code": item.code.text, "name": item.name},
                N_(
                    "Kaitkan program ini (atau kegiatannya) dengan sasaran RPJMD yang didukungnya, atau tinjau kembali perlunya program ini."
                ),
                basis,
                detail=f"program:{item.code.text}",
            )
        )
    served = {goal for goals in plans.goals_of.values() for goal in goals}
    for goal_id, text in plans.sasaran.items():
        if goal_id not in served:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (),
                    N_("Sasaran RPJMD '{sasaran}' tidak didukung program perangkat daerah mana pun di {region}."),
                    {"sasaran": text, "region": data.region_name},
                    N_("Tetapkan perangkat daerah dan program yang mendukung sasaran ini dalam Renstra-nya."),
                    basis,
                    detail=f"sasaran:{goal_id}",
                )
            )
    carried = {priority for priorities in plans.priorities_of.values() for priority in priorities}
    for priority_id, name in plans.priorities.items():
        if priority_id not in carried:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (),
                    N_("Program prioritas '{priority}' tidak dijalankan perangkat daerah mana pun di {region}."),
                    {"priority": name, "region": data.region_name},
                    N_("Petakan program prioritas ini ke program atau kegiatan perangkat daerah yang menjalankannya."),
                    basis,
                    detail=f"priority:{priority_id}",
                )
            )
    return findings
