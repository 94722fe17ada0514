"""Check: a dinas carrying more than three urusan, or urusan of different families
(rumpun), against PP 18/2016 Pasal 18."""

from __future__ import annotations

from core.checks.model import EditionData, Finding
from core.checks.rules import settings
from core.i18n import N_

RULE = "combining"
TITLE = N_("Penggabungan urusan")


def run(data: EditionData) -> list[Finding]:
    config = settings(RULE)
    limit = int(config.get("max_urusan", 3))
    kinds = set(config.get("kinds", ["dinas", "satpol_pp"]))
    basis = str(config.get("basis", ""))
    findings = []
    for pd, codes in sorted(data.pd_urusan().items()):
        if data.units[pd].kind not in kinds:
            continue
        known = [data.ref.urusan[c] for c in codes if c in data.ref.urusan]
        params = {"pd": data.name(pd), "count": len(codes), "max": limit, "codes": ", ".join(codes)}
        if len(codes) > limit:
            findings.append(
                Finding(
                    RULE,
                    "error",
                    (pd,),
                    N_("{pd} mengemban {count} urusan ({codes}); paling banyak {max}."),
                    params,
                    N_("Pisahkan urusan yang berlebih ke perangkat daerah lain yang serumpun."),
                    basis,
                    detail="count",
                )
            )
        families = {u.rumpun for u in known if u.rumpun}
        if len(families) > 1:
            by_family = "; ".join(
                f"{family}: {', '.join(u.code for u in known if u.rumpun == family)}" for family in sorted(families)
            )
            findings.append(
                Finding(
                    RULE,
                    "error",
                    (pd,),
                    N_("{pd} menggabungkan urusan dari rumpun berbeda ({families})."),
                    {**params, "families": by_family},
                    N_(
                        "Satu dinas hanya menggabungkan urusan dari satu rumpun; pindahkan urusan rumpun lain ke dinas yang sesuai."
                    ),
                    basis,
                    detail="rumpun",
                )
            )
    return findings
