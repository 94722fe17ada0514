"""Check: mandatory urusan carried by no perangkat daerah (kekosongan), and pilihan urusan
the region marked as relevant but gave to no one."""

from __future__ import annotations

from core.checks.model import EditionData, Finding
from core.checks.rules import settings
from core.i18n import N_

RULE = "coverage"
TITLE = N_("Urusan tanpa perangkat daerah")


def run(data: EditionData) -> list[Finding]:
    config = settings(RULE)
    mandatory_groups = set(config.get("mandatory_groups", ["wajib_pelayanan_dasar", "wajib_non_pelayanan_dasar"]))
    basis = str(config.get("basis", ""))
    if not data.units:
        return []  # an empty edition is reported once, by the hygiene check
    carried = {code for codes in data.pd_urusan().values() for code in codes}
    findings = []
    for urusan in data.ref.urusan.values():
        if urusan.code in carried:
            continue
        if urusan.group in mandatory_groups:
            findings.append(
                Finding(
                    RULE,
                    "error",
                    (),
                    N_("Urusan wajib {code} {urusan} tidak diemban perangkat daerah mana pun di {region}."),
                    {"code": urusan.code, "urusan": urusan.name, "region": data.region_name},
                    N_(
                        "Tetapkan perangkat daerah yang mengemban urusan ini (tambahkan pada dinas yang serumpun, paling banyak 3 urusan)."
                    ),
                    basis,
                    detail=urusan.code,
                )
            )
        elif urusan.group == "pilihan" and urusan.code in data.relevant_urusan:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (),
                    N_(
                        "Urusan pilihan {code} {urusan} ditandai relevan untuk {region}, tetapi tidak diemban perangkat daerah mana pun."
                    ),
                    {"code": urusan.code, "urusan": urusan.name, "region": data.region_name},
                    N_("Tetapkan perangkat daerah yang mengembannya, atau hapus tanda relevan pada wilayah ini."),
                    basis,
                    detail=urusan.code,
                )
            )
    return findings
