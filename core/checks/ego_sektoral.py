"""Check: a strategic issue (kemiskinan, stunting, inflasi ...) that only one perangkat daerah
works on, or that several work on without sharing any of its indicators ("ego sektoral"):
coordination meetings ask who contributes, through which sub-kegiatan, and whether anyone
works alone."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.checks.plan_data import plan_data
from core.checks.rules import settings
from core.i18n import N_

RULE = "ego_sektoral"
TITLE = N_("Isu strategis dikerjakan sendiri-sendiri")


def run(data: EditionData) -> list[Finding]:
    plans = plan_data(data)
    if not plans.issues or not plans.items:
        return []  # no Renstra in this edition (a draft structure, say): nothing to hold the issues against
    basis = str(settings(RULE).get("basis", ""))
    pds: dict[int, set[int]] = defaultdict(set)  # issue → PD contributing
    per_indicator: dict[int, set[int]] = defaultdict(set)  # issue indicator → PD serving it
    for item_id, links in plans.issues_of.items():
        item = plans.items.get(item_id)
        if item is None:
            continue
        for issue_id, indicator_id in links.items():
            pds[issue_id].add(item.pd)
            if indicator_id is not None:
                per_indicator[indicator_id].add(item.pd)
    findings = []
    for issue_id, name in plans.issues.items():
        carriers = sorted(pds.get(issue_id, ()))
        params = {"issue": name, "region": data.region_name}
        if not carriers:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (),
                    N_("Isu strategis '{issue}' tidak didukung sub kegiatan perangkat daerah mana pun di {region}."),
                    params,
                    N_("Tetapkan perangkat daerah yang berkontribusi dan sub kegiatan masing-masing untuk isu ini."),
                    basis,
                    detail=f"issue:{issue_id}:none",
                )
            )
        elif len(carriers) == 1:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    tuple(carriers),
                    N_(
                        "Isu strategis '{issue}' hanya dikerjakan oleh {pd}; isu lintas sektor memerlukan kontribusi beberapa perangkat daerah."
                    ),
                    {**params, "pd": data.name(carriers[0])},
                    N_(
                        "Libatkan perangkat daerah lain yang tugasnya menyentuh isu ini, dengan sub kegiatan dan indikator bersama."
                    ),
                    basis,
                    detail=f"issue:{issue_id}:alone",
                )
            )
        elif not any(len(per_indicator.get(ind, ())) > 1 for ind, owner in plans.issue_indicators.items() if owner == issue_id):
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    tuple(carriers),
                    N_("Isu strategis '{issue}' dikerjakan {count} perangkat daerah ({pds}) tanpa satu pun indikator bersama."),
                    {**params, "count": len(carriers), "pds": ", ".join(data.name(pd) for pd in carriers)},
                    N_(
                        "Sepakati indikator isu yang dituju bersama dan kaitkan sub kegiatan tiap perangkat daerah dengan indikator itu."
                    ),
                    basis,
                    detail=f"issue:{issue_id}:no_shared_indicator",
                )
            )
    return findings
