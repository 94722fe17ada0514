"""Check: the same bidang urusan carried by two perangkat daerah.

Some splits are deliberate (two agriculture dinas, BPBD and Satpol PP, BKAD and Bapenda),
so the precise test is at program level (U.BB.PP): two PD running the same program is an
error; so is a split where neither PD names its programs while their statements overlap.
Otherwise the finding is a warning asking for the programs. Program 01 ("Program
Penunjang Urusan") and X.XX are support every PD runs and never count. The programs of
each PD's Renstra count as its programs too, and where both PD's sub-kegiatan under a
shared program are known and none is the same, the program is split by kegiatan on
purpose: no error (two PD running one sub-kegiatan is the sub_kegiatan_twice check's).
"""

from __future__ import annotations

from itertools import combinations

from core.checks.function_overlap import overlap_index
from core.checks.model import EditionData, Finding
from core.checks.plan_data import plan_data
from core.checks.rules import settings
from core.i18n import N_

RULE = "urusan_twice"
TITLE = N_("Urusan diemban dua perangkat daerah")


def _programs_within(programs: set[str], code: str) -> set[str]:
    """A PD's programs of one urusan, leaving out program 01 (generic support)."""
    return {p for p in programs if p.startswith(code + ".") and not p.endswith(".01")}


def run(data: EditionData) -> list[Finding]:
    config = settings("urusan_claims")
    ignore = set(config.get("ignore_codes", ["X.XX"]))
    ignore_groups = set(config.get("ignore_groups", ["kewilayahan"]))
    ignore |= {u.code for u in data.ref.urusan.values() if u.group in ignore_groups}
    basis = str(config.get("basis", ""))
    carriers: dict[str, list[int]] = {}
    for pd, codes in data.pd_urusan().items():
        for code in codes:
            if code not in ignore:
                carriers.setdefault(code, []).append(pd)
    programs = data.pd_programs()
    plans = plan_data(data)
    for pd, codes in plans.programs_by_pd().items():
        programs[pd] = programs.get(pd, set()) | codes
    subs = plans.subs_by_pd_program()
    findings: list[Finding] = []
    for code, pds in sorted(carriers.items()):
        if len(pds) < 2:
            continue
        name = data.ref.urusan[code].name if code in data.ref.urusan else code
        for a, b in combinations(sorted(pds), 2):
            own_a, own_b = _programs_within(programs.get(a, set()), code), _programs_within(programs.get(b, set()), code)
            params = {"code": code, "urusan": name, "pd_a": data.name(a), "pd_b": data.name(b)}
            shared = [p for p in sorted(own_a & own_b) if not _split_by_kegiatan(subs, a, b, p)]
            if shared:
                findings.append(
                    Finding(
                        RULE,
                        "error",
                        (a, b),
                        N_(
                            "{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan} dan menjalankan program yang sama ({programs})."
                        ),
                        {**params, "programs": ", ".join(shared)},
                        N_(
                            "Satu program dijalankan satu perangkat daerah. Tetapkan siapa yang menjalankannya dan hapus program itu dari yang lain."
                        ),
                        basis,
                        detail=code,
                        data={"programs": shared},
                    )
                )
            elif own_a and own_b:
                continue  # a clean split by program (or by kegiatan within one): the deliberate kind
            elif not own_a and not own_b and _statements_overlap(data, a, b):
                findings.append(
                    Finding(
                        RULE,
                        "error",
                        (a, b),
                        N_(
                            "{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan}, tidak menyebut programnya, dan tugas fungsinya tumpang tindih."
                        ),
                        params,
                        N_(
                            "Bagi urusan ini menurut program nomenklatur (U.BB.PP) dan catat program tiap perangkat daerah, atau serahkan urusan ini ke satu perangkat daerah."
                        ),
                        basis,
                        detail=code,
                    )
                )
            else:
                findings.append(
                    Finding(
                        RULE,
                        "warning",
                        (a, b),
                        N_(
                            "{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan}. Bila pembagian ini disengaja, catat program masing-masing."
                        ),
                        params,
                        N_(
                            "Isi kolom Program (U.BB.PP) pada kedua perangkat daerah, sehingga terlihat bahwa mereka menjalankan program yang berbeda."
                        ),
                        basis,
                        detail=code,
                    )
                )
    return findings


def _statements_overlap(data: EditionData, pd_a: int, pd_b: int) -> bool:
    overlap = overlap_index(data)
    return bool(overlap.by_pd_pair.get((min(pd_a, pd_b), max(pd_a, pd_b))))


def _split_by_kegiatan(subs: dict[tuple[int, str], set[str]], pd_a: int, pd_b: int, program: str) -> bool:
    """Both PD name their sub-kegiatan under ``program`` and none is the same."""
    own_a, own_b = subs.get((pd_a, program)), subs.get((pd_b, program))
    return bool(own_a and own_b and not own_a & own_b)
