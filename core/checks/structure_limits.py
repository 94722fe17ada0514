"""Check: the structure against the rule table resources/rules/structure.toml — sub-unit
counts per typology, mandatory sections of a kecamatan, and kinds in the wrong place
(a seksi directly under a dinas, a bidang under a seksi)."""

from __future__ import annotations

from collections import Counter

from core.checks.model import EditionData, Finding
from core.checks.rules import TOP, StructureRules, load_structure_rules
from core.i18n import N_

RULE = "structure"
TITLE = N_("Batas dan susunan struktur")


def run(data: EditionData, rules: StructureRules | None = None) -> list[Finding]:
    rules = rules or load_structure_rules()
    data.problems.extend(rules.problems)
    findings: list[Finding] = []
    level = data.region_kind
    label = data.ref.unit_kind
    for unit in data.units.values():
        children = [data.units[c] for c in data.children.get(unit.id, ())]
        counts = Counter(child.kind for child in children)
        pd = data.units[data.pd_of.get(unit.id, unit.id)]
        for limit in rules.limits:
            if unit.kind not in limit.parents or limit.level not in ("*", level):
                continue
            if limit.typology != "*" and (pd.typology or "") != limit.typology:
                continue
            if counts[limit.child] > limit.max:
                findings.append(
                    Finding(
                        RULE,
                        "error" if limit.verified else "warning",
                        (unit.id,),
                        N_("{unit} (tipologi {typology}) memiliki {count} {child}; batasnya {max}.{unverified}"),
                        {
                            "unit": data.path(unit.id),
                            "typology": pd.typology or "-",
                            "count": counts[limit.child],
                            "child": label(limit.child).label_id.lower(),
                            "max": limit.max,
                            "unverified": ""
                            if limit.verified
                            else N_(" (Angka batas dari praktik; dasar hukumnya belum diverifikasi.)"),
                        },
                        N_("Gabungkan atau hapus unit yang berlebih, atau periksa tipologi perangkat daerah ini."),
                        limit.basis,
                        detail=f"limit:{limit.child}",
                    )
                )
        for mandatory in rules.mandatory:
            if unit.kind != mandatory.parent:
                continue
            wanted = mandatory.name.casefold()
            if not any(c.kind == mandatory.child and wanted in c.name.casefold() for c in children):
                findings.append(
                    Finding(
                        RULE,
                        "error" if mandatory.verified else "warning",
                        (unit.id,),
                        N_("{unit} tidak memiliki {child} {name}, yang wajib ada."),
                        {"unit": data.path(unit.id), "child": label(mandatory.child).label_id, "name": mandatory.name},
                        N_("Tambahkan unit itu di bawah {unit}."),
                        mandatory.basis,
                        detail=f"mandatory:{mandatory.name}",
                    )
                )
        placement = rules.placement.get(unit.kind)
        if placement is not None:
            parent_kind = data.units[unit.parent_id].kind if unit.parent_id is not None else TOP
            if parent_kind not in placement.parents:
                where = data.path(unit.parent_id) if unit.parent_id is not None else N_("puncak struktur")
                allowed = ", ".join(N_("puncak struktur") if p == TOP else label(p).label_id for p in placement.parents)
                findings.append(
                    Finding(
                        RULE,
                        "error",
                        (unit.id,),
                        N_("{kind} {unit} berada langsung di bawah {where}; tempatnya di bawah: {allowed}."),
                        {"kind": label(unit.kind).label_id, "unit": unit.name, "where": where, "allowed": allowed},
                        N_("Pindahkan unit ini ke induk yang sesuai, atau ubah jenisnya bila jenisnya keliru."),
                        placement.basis,
                        detail="placement",
                    )
                )
    return findings
