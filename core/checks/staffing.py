"""Check: positions left vacant or over-filled against the anjab/ABK need, and people of
the edition's units who hold no position. One finding per perangkat daerah and kind of
problem, listing its positions, so a region with many vacancies stays readable."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.i18n import N_

RULE = "staffing"
TITLE = N_("Kebutuhan dan bezetting pegawai")
BASIS = N_("Analisis jabatan dan analisis beban kerja (anjab/ABK)")


def run(data: EditionData) -> list[Finding]:
    if not data.units:
        return []
    conn = data.store.conn
    vacant: dict[int, list[tuple[int, str, int, int]]] = defaultdict(list)
    over: dict[int, list[tuple[int, str, int, int]]] = defaultdict(list)
    for unit_id, title, needed, held in conn.execute(
        "SELECT p.unit_id, p.title, p.needed, (SELECT count(*) FROM staff s WHERE s.position_id = p.id)"
        " FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ? ORDER BY p.unit_id, p.sort_order",
        (data.edition_id,),
    ):
        pd = data.pd_of.get(unit_id)
        if pd is None:
            continue
        if held < needed:
            vacant[pd].append((unit_id, title, needed, held))
        elif held > needed:
            over[pd].append((unit_id, title, needed, held))
    findings: list[Finding] = []
    for pd, rows in sorted(vacant.items()):
        findings.append(
            Finding(
                RULE,
                "note",
                (pd,),
                N_("{pd}: {positions} jabatan belum terisi penuh; kurang {missing} orang dari kebutuhan {needed}."),
                {
                    "pd": data.name(pd),
                    "positions": len(rows),
                    "missing": sum(n - h for _, _, n, h in rows),
                    "needed": sum(n for _, _, n, _ in rows),
                },
                N_("Isi jabatan yang kosong (mutasi, promosi, usulan formasi), atau tinjau ulang kebutuhannya dalam anjab/ABK."),
                BASIS,
                detail="vacant",
                data={"positions": [{"unit": data.path(u), "title": t, "needed": n, "held": h} for u, t, n, h in rows]},
            )
        )
    for pd, rows in sorted(over.items()):
        findings.append(
            Finding(
                RULE,
                "warning",
                (pd,),
                N_("{pd}: {positions} jabatan terisi melebihi kebutuhan; lebih {extra} orang."),
                {"pd": data.name(pd), "positions": len(rows), "extra": sum(h - n for _, _, n, h in rows)},
                N_("Pindahkan pegawai yang berlebih ke jabatan yang masih kosong, atau tinjau ulang kebutuhannya."),
                BASIS,
                detail="over",
                data={"positions": [{"unit": data.path(u), "title": t, "needed": n, "held": h} for u, t, n, h in rows]},
            )
        )
    unplaced: dict[int, int] = defaultdict(int)
    for unit_id, count in conn.execute(
        "SELECT s.unit_id, count(*) FROM staff s JOIN units u ON u.id = s.unit_id"
        " WHERE u.edition_id = ? AND s.position_id IS NULL GROUP BY s.unit_id",
        (data.edition_id,),
    ):
        if unit_id in data.pd_of:
            unplaced[data.pd_of[unit_id]] += count
    for pd, count in sorted(unplaced.items()):
        findings.append(
            Finding(
                RULE,
                "warning",
                (pd,),
                N_("{pd}: {count} pegawai belum memegang jabatan."),
                {"pd": data.name(pd), "count": count},
                N_("Tetapkan jabatan setiap pegawai, lewat daftar pegawai unit itu."),
                BASIS,
                detail="unplaced",
            )
        )
    return findings
