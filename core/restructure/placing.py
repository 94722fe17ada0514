"""The user's placements where the mapping leaves a choice (a split, a dissolved unit), many
at once: each person or asset with its own target (a selection accepting its proposals), in
one statement for all and one audit row each; the decision forgotten again (the person back
on the bench, the asset back to waiting on its proposal); and what the window lists of them:
who and what waits, the proposal with its reason, the decision once taken, read set-based.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from core.audit import now_iso, os_user
from core.errors import ValidationError
from core.i18n import N_
from core.restructure.drafts import get_draft
from core.restructure.impact import Impact
from core.staff import full_name
from core.store import Reader, Tx, id_table, writes

NOT_A_DRAFT_UNIT = N_("Unit tujuan {id} bukan unit draf ini.")
NOT_A_UNIT_POST = N_("Jabatan tujuan {id} bukan jabatan unit tujuan.")
ASSET_NEEDS_UNIT = N_("Aset selalu dipegang sebuah unit: pilih unit tujuannya.")
NOT_IN_OLD_EDITION = {
    "staff": N_("{count} pegawai yang dipilih bukan dari edisi asal draf ini (yang pertama: id {id})."),
    "asset": N_("{count} aset yang dipilih bukan dari edisi asal draf ini (yang pertama: id {id})."),
}
WAITING = ("proposed", "bench", "decided")  # the hows the placement lists show

Row = tuple[int, int | None, int | None]  # entity id, draft unit (None: the bench), draft post


def _json_rows(rows: Sequence[Row]) -> str:
    return json.dumps([[int(i), u, p] for i, u, p in rows])


def _check(tx: Tx, edition_id: int, from_edition_id: int, entity: str, given: str) -> None:
    """Every target a unit of the draft, every post one of its target unit, every record one
    of the old edition: one query each over all rows."""
    each = "SELECT json_extract(j.value, '$[0]') AS id, json_extract(j.value, '$[1]') AS unit,"
    each += " json_extract(j.value, '$[2]') AS post FROM json_each(?) j"
    bad = tx.one(
        f"SELECT r.unit FROM ({each}) r LEFT JOIN units u ON u.id = r.unit"
        " WHERE r.unit IS NOT NULL AND u.edition_id IS NOT ? LIMIT 1",
        (given, edition_id),
    )
    if bad is not None:
        raise ValidationError("to_unit", NOT_A_DRAFT_UNIT, id=bad["unit"])
    bad = tx.one(
        f"SELECT r.post FROM ({each}) r LEFT JOIN positions p ON p.id = r.post"
        " WHERE r.post IS NOT NULL AND p.unit_id IS NOT r.unit LIMIT 1",
        (given,),
    )
    if bad is not None:
        raise ValidationError("to_position", NOT_A_UNIT_POST, id=bad["post"])
    if entity == "staff":
        home = (
            "SELECT u.edition_id FROM staff s LEFT JOIN positions p ON p.id = s.position_id"
            " LEFT JOIN units u ON u.id = coalesce(p.unit_id, s.unit_id) WHERE s.id = r.id"
        )
    else:
        home = "SELECT u.edition_id FROM assets a JOIN units u ON u.id = a.unit_id WHERE a.id = r.id"
    found = tx.one(f"SELECT count(*) AS n, min(r.id) AS first FROM ({each}) r WHERE ({home}) IS NOT ?", (given, from_edition_id))
    if found is not None and found["n"]:
        raise ValidationError("entity_id", NOT_IN_OLD_EDITION[entity], count=found["n"], id=found["first"])


@writes
def place_each(tx: Tx, edition_id: int, entity: str, rows: Sequence[Row]) -> int:
    """Store the user's placement of each person or asset of the old edition (its own draft
    unit and post; a person with no unit goes to the bench): validated for all rows first,
    then one statement, one audit row per record. Returns how many were stored."""
    if entity not in NOT_IN_OLD_EDITION:
        raise ValueError(entity)
    if not rows:
        return 0
    if entity == "asset" and any(unit is None for _i, unit, _p in rows):
        raise ValidationError("to_unit", ASSET_NEEDS_UNIT)
    draft = get_draft(tx, edition_id)
    given = _json_rows(rows)
    _check(tx, edition_id, draft.from_edition_id, entity, given)
    tx.execute(
        "INSERT INTO placements (restructuring_id, entity, entity_id, to_unit_id, to_position_id, decided_by, decided_at)"
        " SELECT ?, ?, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), ?, ?"
        " FROM json_each(?) j WHERE true ON CONFLICT (restructuring_id, entity, entity_id) DO UPDATE SET"
        " to_unit_id = excluded.to_unit_id, to_position_id = excluded.to_position_id,"
        " decided_by = excluded.decided_by, decided_at = excluded.decided_at",
        (draft.restructuring_id, entity, os_user(), now_iso(), given),
    )
    tx.audit_many("place", entity, ((i, None, {"to_unit_id": u, "to_position_id": p}) for i, u, p in rows))
    return len(rows)


@writes
def unplace(tx: Tx, edition_id: int, entity: str, entity_ids: Sequence[int]) -> int:
    """Forget the user's placement of these people or assets: a person waits on the bench
    again with the program's proposal, an asset waits on its proposal. One statement."""
    if entity not in NOT_IN_OLD_EDITION:
        raise ValueError(entity)
    draft = get_draft(tx, edition_id)
    with id_table(tx, entity_ids) as chosen:
        gone = tx.rows(
            f"DELETE FROM placements WHERE restructuring_id = ? AND entity = ? AND entity_id IN (SELECT id FROM {chosen})"
            " RETURNING entity_id, to_unit_id, to_position_id",
            (draft.restructuring_id, entity),
        )
    tx.audit_many(
        "unplace",
        entity,
        ((r["entity_id"], {"to_unit_id": r["to_unit_id"], "to_position_id": r["to_position_id"]}, None) for r in gone),
    )
    return len(gone)


@dataclass(frozen=True)
class Waiting:
    """One person or asset where the mapping leaves a choice, as the placement lists show it.
    ``key`` is the person's NIP or the asset's kode barang and register."""

    entity_id: int
    key: str
    name: str
    detail: str  # the person's post, the asset's location
    from_unit: str
    proposed_unit_id: int | None
    proposed_position_id: int | None
    proposed: str  # unit (and post)
    reason: str
    how: str  # 'proposed' | 'bench' | 'decided'
    decided: str  # unit (and post), '' while undecided


def waiting(reader: Reader, impact: Impact, entity: str) -> list[Waiting]:
    """The people (``staff``) or assets of split and dissolved units and of any the user
    placed, in the old edition's order: one query for the records, one for the draft's posts."""
    placements = impact.staff if entity == "staff" else impact.assets
    chosen = [p for p in placements if p.how in WAITING]
    if not chosen:
        return []
    m = impact.mapping
    posts = _post_titles(reader, m.draft.edition_id)
    with id_table(reader, [p.entity_id for p in chosen]) as ids:
        if entity == "staff":
            sql = (
                "SELECT s.id, coalesce(s.nip, ''), s.name, s.front_title, s.back_title, coalesce(p.title, '')"
                f" FROM {ids} c CROSS JOIN staff s ON s.id = c.id LEFT JOIN positions p ON p.id = s.position_id"
            )
            records = {r[0]: (r[1], full_name(r[2], r[3], r[4]), r[5]) for r in reader.conn.execute(sql)}
        else:
            sql = (
                "SELECT a.id, a.kode_barang || coalesce(' / ' || a.register, ''), a.name, coalesce(a.location, '')"
                f" FROM {ids} c CROSS JOIN assets a ON a.id = c.id"
            )
            records = {r[0]: r[1:] for r in reader.conn.execute(sql)}
    proposals = impact.proposals

    def where(unit: int | None, post: int | None) -> str:
        if unit is None:
            return ""
        name = m.new[unit].name if unit in m.new else str(unit)
        return f"{name} · {posts[post]}" if post is not None and post in posts else name

    found = []
    for p in chosen:
        key, name, detail = records.get(p.entity_id, ("", "", ""))
        proposal = p if p.how == "proposed" else proposals.get((entity, p.entity_id))
        old = m.old.get(p.from_unit_id)
        found.append(
            Waiting(
                p.entity_id,
                key,
                name,
                detail,
                old.name if old is not None else "",
                proposal.to_unit_id if proposal is not None else None,
                proposal.to_position_id if proposal is not None else None,
                where(proposal.to_unit_id, proposal.to_position_id) if proposal is not None else "",
                (proposal.reason or "") if proposal is not None else "",
                p.how,
                where(p.to_unit_id, p.to_position_id) if p.how == "decided" else "",
            )
        )
    return found


def _post_titles(reader: Reader, edition_id: int) -> dict[int, str]:
    return {
        row[0]: row[1]
        for row in reader.conn.execute(
            "SELECT p.id, p.title FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?", (edition_id,)
        )
    }
