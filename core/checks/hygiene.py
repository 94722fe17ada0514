"""Check: the small things that make a structure document sloppy — a unit without
functions, a PD without urusan, duplicate names among siblings, an empty edition, a
head whose eselon does not fit the kind of unit."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.i18n import N_

RULE = "hygiene"
TITLE = N_("Kerapian data")
BASIS = N_("Praktik penyusunan Perkada tentang kedudukan, susunan organisasi, tugas dan fungsi")
NO_FUNCTIONS_EXEMPT = {"kelompok_jf"}


def run(data: EditionData) -> list[Finding]:
    findings: list[Finding] = []
    if not data.units:
        return [
            Finding(
                RULE,
                "warning",
                (),
                N_("Edisi {edition} belum berisi unit apa pun."),
                {"edition": data.edition_name},
                N_("Tambahkan perangkat daerah dan unitnya, atau salin edisi yang berlaku."),
                BASIS,
                detail="empty",
            )
        ]
    with_functions = {s.unit_id for s in data.statements}
    carried = data.pd_urusan()
    siblings: dict[tuple[int | None, str], list[int]] = defaultdict(list)
    for unit in data.units.values():
        siblings[(unit.parent_id, unit.name.strip().casefold())].append(unit.id)
        kind = data.ref.unit_kind(unit.kind)
        if unit.id not in with_functions and unit.kind not in NO_FUNCTIONS_EXEMPT:
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (unit.id,),
                    N_("{unit} belum memiliki pernyataan fungsi."),
                    {"unit": data.path(unit.id)},
                    N_("Tuliskan fungsi unit ini sesuai Perkada."),
                    BASIS,
                    detail="no_functions",
                )
            )
        if unit.parent_id is None and kind.is_pd and not carried.get(unit.id):
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (unit.id,),
                    N_("{unit} belum mengemban urusan apa pun."),
                    {"unit": unit.name},
                    N_("Pilih urusan yang diemban perangkat daerah ini."),
                    BASIS,
                    detail="no_urusan",
                )
            )
        if unit.eselon and not kind.eselon_fits(unit.eselon):
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    (unit.id,),
                    N_("Eselon kepala {unit} ({eselon}) tidak lazim untuk {kind} (biasanya {low}–{high})."),
                    {
                        "unit": data.path(unit.id),
                        "eselon": unit.eselon,
                        "kind": kind.label_id,
                        "low": kind.eselon_min,
                        "high": kind.eselon_max or kind.eselon_min,
                    },
                    N_("Periksa eselon kepala unit ini, atau jenis unitnya."),
                    BASIS,
                    detail="eselon",
                )
            )
    for (parent_id, _name), ids in siblings.items():
        if len(ids) > 1:
            where = data.path(parent_id) if parent_id is not None else data.edition_name
            findings.append(
                Finding(
                    RULE,
                    "warning",
                    tuple(ids),
                    N_("{count} unit di bawah {where} bernama sama: {name}."),
                    {"count": len(ids), "where": where, "name": data.units[ids[0]].name},
                    N_("Beri setiap unit nama yang berbeda."),
                    BASIS,
                    detail="duplicate_name",
                )
            )
    return findings
