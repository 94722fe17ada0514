"""Check: positions left vacant or over-filled against the anjab/ABK need, and people of
the edition's units who hold no position.

Bezetting against kebutuhan is one note per perangkat daerah, listing its positions:
the need is an estimate of the anjab/ABK and offices balance it over years, so neither a
vacancy nor a surplus blocks a structure. A person who holds no position is a warning:
every ASN is appointed to a jabatan, so the record is incomplete until one is set."""

from __future__ import annotations

from collections import defaultdict

from core.checks.model import EditionData, Finding
from core.i18n import N_

RULE = "staffing"
TITLE = N_("Kebutuhan dan bezetting pegawai")
BASIS = N_("Analisis jabatan dan analisis beban kerja (anjab/ABK)")
VACANT = N_("{pd}: {positions} jabatan belum terisi penuh; kurang {missing} orang dari kebutuhan {needed}.")
OVER = N_("{pd}: {over_positions} jabatan terisi melebihi kebutuhan; lebih {extra} orang.")
BOTH = N_(
    "{pd}: {positions} jabatan belum terisi penuh (kurang {missing} orang dari kebutuhan {needed}); "
    "{over_positions} jabatan terisi melebihi kebutuhan (lebih {extra} orang)."
)
ADVICE = N_(
    "Isi jabatan yang kosong dengan pegawai yang berlebih, lewat mutasi, promosi atau usulan formasi; "
    "atau tinjau ulang kebutuhannya dalam anjab/ABK."
)


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
    for pd in sorted(vacant.keys() | over.keys()):
        short, extra = vacant.get(pd, []), over.get(pd, [])
        params = {
            "pd": data.name(pd),
            "positions": len(short),
            "missing": sum(n - h for _, _, n, h in short),
            "needed": sum(n for _, _, n, _ in short),
            "over_positions": len(extra),
            "extra": sum(h - n for _, _, n, h in extra),
        }
        if short and extra:
            template = BOTH
        else:
            template = VACANT if short else OVER
        findings.append(
            Finding(
                RULE,
                "note",
                (pd,),
                template,
                params,
                ADVICE,
                BASIS,
                detail="bezetting",
                data={
                    "positions": [{"unit": data.path(u), "title": t, "needed": n, "held": h} for u, t, n, h in [*short, *extra]]
                },
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
