"""Applying an approved draft: in one transaction, after a backup, the draft becomes the
edition in force and the old one is archived; every person and asset of the old edition
is re-pointed as the impact says, and each asset that changes perangkat daerah gets a
transfer row that is both sides of the hand-over (``from_unit``: it leaves the old
pengguna's KIB; ``to_unit``: it enters the new one's) with the BAST reference, numbered
per pair of PD.

Refused, with the list and nothing changed, while anything is undecided or the draft is
not approved, or when the draft changed since the impact the user saw (its stamp). Run
with ``store.write(undo=...)`` the whole step is journalled, so undo puts everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from core import audit, journal
from core.audit import now_iso, os_user
from core.errors import RefusedError
from core.i18n import N_
from core.regions import update_edition
from core.restructure.drafts import get_draft, mark_applied
from core.restructure.impact import Impact, compute_impact, current_stamp
from core.restructure.mapping import Decision, set_decisions
from core.store import Reader, Store, Tx, writes
from core.validation import Problem, clean_text

NOT_APPROVED = N_("Draf '{name}' berstatus {status}: hanya draf yang disetujui yang dapat diterapkan.")
STAMP_CHANGED = N_(
    "Draf '{name}' berubah sejak dampaknya dihitung (oleh program atau jendela lain). Hitung dampaknya lagi, periksa, lalu terapkan."
)
NOT_READY = N_("Draf '{name}' belum dapat diterapkan: {count} hal belum diputuskan, tidak ada yang diubah. Yang pertama: {first}")
UNDO_LABEL = N_("Terapkan penataan {name}")
BENCH_NOTE = "bench"


class ApplyRefused(RefusedError):
    """Apply refused; ``problems`` lists everything still undecided or invalid."""

    def __init__(self, template: str, problems: list[Problem], **params: Any) -> None:
        self.problems = problems
        super().__init__(template, **params)


@dataclass
class Applied:
    edition_id: int
    archived_edition_id: int
    staff_moved: int
    bench: int
    assets_moved: int
    transfers: int
    references: dict[tuple[int, int], str | None] = field(default_factory=dict)  # (old PD, new PD) → BAST number
    backup: Path | None = None
    left_in_archive: dict[str, int] = field(default_factory=dict)  # the check afterwards: all zero

    def to_json(self) -> dict[str, Any]:
        return {
            "edition_id": self.edition_id,
            "archived_edition_id": self.archived_edition_id,
            "staff_moved": self.staff_moved,
            "bench": self.bench,
            "assets_moved": self.assets_moved,
            "transfers": self.transfers,
            "bast": [{"from_pd": a, "to_pd": b, "reference": r} for (a, b), r in self.references.items()],
            "backup": str(self.backup) if self.backup else None,
            "left_in_archive": self.left_in_archive,
        }


def refusal(reader: Reader, impact: Impact, stamp: str | None = None, *, accept_proposed: bool = False) -> ApplyRefused | None:
    """Why this impact cannot be applied now (None: it can). With ``accept_proposed``, assets
    waiting only for the user to confirm a proposal do not count: apply will confirm them."""
    draft = get_draft(reader, impact.mapping.draft.edition_id)
    problems = [p for p in impact.problems if not (accept_proposed and p.field == "asset_proposed")]
    if draft.status != "approved":
        problem = Problem("status", NOT_APPROVED, {"name": draft.name, "status": draft.status})
        return ApplyRefused(NOT_APPROVED, [problem, *problems], name=draft.name, status=draft.status)
    if stamp is not None and stamp != impact.stamp:
        return ApplyRefused(STAMP_CHANGED, [Problem("stamp", STAMP_CHANGED, {"name": draft.name})], name=draft.name)
    if problems:
        return ApplyRefused(NOT_READY, problems, name=draft.name, count=len(problems), first=problems[0].message)
    return None


def apply_draft(
    store: Store,
    edition_id: int,
    *,
    stamp: str | None = None,
    bast: str | None = None,
    accept_proposed: bool = False,
    backup: bool = True,
    decisions: list[Decision] | None = None,
) -> Applied:
    """Check, back up, then apply in one undoable transaction (the command line's way; the
    window runs :func:`apply_in` in its background operation after its own backup).
    ``decisions`` (a mapping sheet's) are stored in that same transaction."""
    draft = get_draft(store, edition_id)
    impact = preview(store, edition_id, decisions) if decisions else compute_impact(store, edition_id)
    problem = refusal(store, impact, stamp, accept_proposed=accept_proposed)
    if problem is not None:
        raise problem
    made = None
    if backup:
        from core.backups import backup_before_change

        made = backup_before_change(store, UNDO_LABEL.format(name=draft.name))
    with store.write(undo=UNDO_LABEL.format(name=draft.name)) as tx:
        if decisions:
            set_decisions(tx, edition_id, decisions)
        seen = None if decisions or accept_proposed else impact  # else it is computed again inside
        result = apply_in(tx, edition_id, stamp=impact.stamp, bast=bast, accept_proposed=accept_proposed, impact=seen)
    result.backup = made
    result.left_in_archive = left_in_archive(store, draft.region_id)
    return result


class _Preview(Exception):
    def __init__(self, impact: Impact) -> None:
        self.impact = impact


def preview(store: Store, edition_id: int, decisions: list[Decision]) -> Impact:
    """The impact as it would be with these decisions stored, computed in a transaction
    that is rolled back: nothing is written."""
    try:
        with store.write() as tx:
            set_decisions(tx, edition_id, decisions)
            raise _Preview(compute_impact(tx, edition_id))
    except _Preview as done:
        return done.impact
    raise AssertionError("unreachable")


def apply_in(
    tx: Tx,
    edition_id: int,
    *,
    stamp: str | None = None,
    bast: str | None = None,
    accept_proposed: bool = False,
    impact: Impact | None = None,
) -> Applied:
    """Apply inside the caller's transaction (which should capture an undo step). An
    ``impact`` computed just before is used as it is when the draft's stamp still matches
    it (it is computed again otherwise, and ``stamp`` then decides)."""
    draft = get_draft(tx, edition_id)
    if impact is not None and current_stamp(tx, edition_id) == impact.stamp:
        stamp = stamp or impact.stamp  # the impact handed in still holds: nothing changed since
    else:
        impact = compute_impact(tx, edition_id)
    problem = refusal(tx, impact, stamp, accept_proposed=accept_proposed)
    if problem is not None:
        raise problem
    if accept_proposed and accept_proposed_placements(tx, edition_id, impact):
        impact = compute_impact(tx, edition_id)  # now with those placements as decisions
        problem = refusal(tx, impact)
        if problem is not None:
            raise problem
    bast = clean_text(bast, "bast", max_length=200)
    rows = plan_writes(impact, draft.name, draft.effective_date or date.today().isoformat(), bast)
    by, at = os_user(), now_iso()
    conn = tx.conn

    # People: each to their new post and unit, or to the bench (no unit, no post) with a
    # placement row that keeps them visible as waiting.
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS restructure_moves (id INTEGER PRIMARY KEY, unit_id INTEGER, position_id INTEGER,"
        " from_unit_id INTEGER, to_unit_id INTEGER, to_position_id INTEGER, how TEXT)"
    )
    conn.execute("DELETE FROM temp.restructure_moves")
    conn.executemany(
        "INSERT INTO temp.restructure_moves (id, unit_id, position_id, from_unit_id, to_unit_id, to_position_id, how)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (staff_id, unit_id, position_id, p.from_unit_id, p.to_unit_id, p.to_position_id, p.how)
            for (staff_id, unit_id, position_id), p in zip(rows.staff, impact.staff, strict=True)
        ),
    )
    # One audit row per person, its text made by SQLite from the rows just listed.
    audit.record_selected(
        conn,
        "move",
        "staff",
        "SELECT id, from_unit_id, to_unit_id, to_position_id, how FROM temp.restructure_moves",
        {"unit_id": "from_unit_id"},
        {"unit_id": "to_unit_id", "position_id": "to_position_id", "how": "how"},
    )
    with journal.updating(conn, tx.step, "staff", "SELECT id FROM temp.restructure_moves"):
        conn.execute(
            "UPDATE staff SET unit_id = m.unit_id, position_id = m.position_id FROM temp.restructure_moves m WHERE staff.id = m.id"
        )
    conn.executemany(
        "INSERT INTO placements (restructuring_id, entity, entity_id, to_unit_id, to_position_id, decided_by, decided_at)"
        " VALUES (?, 'staff', ?, NULL, NULL, ?, ?) ON CONFLICT (restructuring_id, entity, entity_id) DO NOTHING",
        ((draft.restructuring_id, staff_id, by, at) for staff_id in rows.bench),
    )
    conn.execute("DELETE FROM temp.restructure_moves")

    # Assets: re-pointed; those that change perangkat daerah get their hand-over row.
    conn.executemany("INSERT INTO temp.restructure_moves (id, unit_id) VALUES (?, ?)", rows.assets)
    first = int(
        tx.scalar(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'asset_transfers'), 0),"
            " coalesce((SELECT max(id) FROM asset_transfers), 0)) + 1"
        )
    )
    with journal.inserting(conn, tx.step, "asset_transfers", first, first + len(rows.transfers) - 1):
        conn.executemany(TRANSFER_INSERT, ((first + n, *row) for n, row in enumerate(rows.transfers)))
    with journal.updating(conn, tx.step, "assets", "SELECT id FROM temp.restructure_moves"):
        conn.execute("UPDATE assets SET unit_id = m.unit_id FROM temp.restructure_moves m WHERE assets.id = m.id")
    conn.execute("DELETE FROM temp.restructure_moves")
    tx.audit(
        "move",
        "asset",
        None,
        {"count": len(rows.assets), "edition_id": draft.from_edition_id},
        {"edition_id": edition_id, "transfers": len(rows.transfers), "bast": bast},
    )

    # The editions: the old one archived, the draft in force; the draft's last step.
    update_edition(tx, draft.from_edition_id, status="archived")
    update_edition(tx, edition_id, status="in_force")
    mark_applied(tx, draft)
    tx.audit(
        "apply", "restructuring", draft.restructuring_id, {"status": "approved"}, {"status": "applied", "stamp": impact.stamp}
    )
    return Applied(
        edition_id,
        draft.from_edition_id,
        staff_moved=len(rows.staff) - len(rows.bench),
        bench=len(rows.bench),
        assets_moved=len(rows.assets),
        transfers=len(rows.transfers),
        references=rows.references,
    )


TRANSFER_INSERT = (
    "INSERT INTO asset_transfers (id, asset_id, transferred_on, from_unit_id, from_unit_name, to_unit_id, to_unit_name,"
    " reference, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass
class Writes:
    """The rows an apply writes, worked out from the impact alone (no query): people
    (id, unit, post), those of them left on the bench, assets (id, unit), and the
    hand-over rows (asset, date, from unit and name, to unit and name, BAST, note)."""

    staff: list[tuple[int, int | None, int | None]]
    bench: list[int]
    assets: list[tuple[int, int]]
    transfers: list[tuple[int, str, int, str, int, str, str | None, str]]
    references: dict[tuple[int, int], str | None]


def plan_writes(impact: Impact, name: str, on: str, bast: str | None) -> Writes:
    """What apply writes for this impact; a person with only a proposal goes to the bench."""
    old, new = impact.mapping.old, impact.mapping.new
    staff = [
        (p.entity_id, None, None) if p.how == "proposed" else (p.entity_id, p.to_unit_id, p.to_position_id) for p in impact.staff
    ]
    bench = [row[0] for row in staff if row[1] is None]
    continuing = _continuations(impact)
    handed = []
    pairs: set[tuple[int, int]] = set()
    for p in impact.assets:
        assert p.to_unit_id is not None, "apply is refused while an asset has no target"
        key = (old[p.from_unit_id].root_id, new[p.to_unit_id].root_id)
        if continuing.get(key[0]) != key[1]:
            pairs.add(key)
            handed.append((p.entity_id, p.from_unit_id, p.to_unit_id, key))
    order = {unit: n for n, unit in enumerate(old)} | {unit: n for n, unit in enumerate(new)}
    references = {
        key: (f"{bast}/{number:03d}" if bast else None)
        for number, key in enumerate(sorted(pairs, key=lambda k: (order[k[0]], order[k[1]])), start=1)
    }
    note = f"Penataan kelembagaan: {name}"
    transfers = [(asset, on, a, old[a].name, b, new[b].name, references[key], note) for asset, a, b, key in handed]
    return Writes(staff, bench, [(p.entity_id, int(p.to_unit_id or 0)) for p in impact.assets], transfers, references)


def _continuations(impact: Impact) -> dict[int, int]:
    """Old perangkat daerah that go on as one draft PD (kept, renamed, moved): their assets
    stay with the same pengguna, so they need no hand-over."""
    m = impact.mapping
    found = {}
    for unit, resolved in m.resolved.items():
        if m.old[unit].parent_id is None and resolved.follows is None and resolved.action in ("kept", "renamed", "moved"):
            found[unit] = m.new[resolved.targets[0]].root_id
    return found


@writes
def accept_proposed_placements(tx: Tx, edition_id: int, impact: Impact | None = None) -> int:
    """Store every proposal of the impact (people and assets of split and dissolved units)
    as the user's placement; returns how many were stored."""
    draft = get_draft(tx, edition_id)
    impact = impact or compute_impact(tx, edition_id)
    by, at = os_user(), now_iso()
    rows = [
        (draft.restructuring_id, entity, p.entity_id, p.to_unit_id, p.to_position_id, by, at)
        for entity, placements in (("staff", impact.staff), ("asset", impact.assets))
        for p in placements
        if p.how == "proposed" and p.to_unit_id is not None
    ]
    tx.executemany(
        "INSERT INTO placements (restructuring_id, entity, entity_id, to_unit_id, to_position_id, decided_by, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (restructuring_id, entity, entity_id) DO UPDATE SET"
        " to_unit_id = excluded.to_unit_id, to_position_id = excluded.to_position_id,"
        " decided_by = excluded.decided_by, decided_at = excluded.decided_at",
        rows,
    )
    if rows:
        tx.audit("place", "restructuring", draft.restructuring_id, None, {"accepted_proposals": len(rows)})
    return len(rows)


@writes
def place(
    tx: Tx, edition_id: int, entity: str, entity_ids: list[int], to_unit_id: int | None, to_position_id: int | None = None
) -> int:
    """The user's placement of people or assets of a split or dissolved unit, all to one unit
    of the draft (and post; None puts people on the bench): :func:`placing.place_each` with
    one target for every record."""
    from core.restructure.placing import place_each

    return place_each(tx, edition_id, entity, [(i, to_unit_id, to_position_id) for i in entity_ids])


def left_in_archive(reader: Reader, region_id: int) -> dict[str, int]:
    """The check after apply: staff, staff posts and assets that still point at a unit of an
    archived edition of the region (all zero after a sound apply)."""
    row = reader.one(
        "SELECT"
        " (SELECT count(*) FROM staff s JOIN units u ON u.id = s.unit_id JOIN editions e ON e.id = u.edition_id"
        "   WHERE s.region_id = :r AND e.status = 'archived') AS staff,"
        " (SELECT count(*) FROM staff s JOIN positions p ON p.id = s.position_id JOIN units u ON u.id = p.unit_id"
        "   JOIN editions e ON e.id = u.edition_id WHERE s.region_id = :r AND e.status = 'archived') AS positions,"
        " (SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id JOIN editions e ON e.id = u.edition_id"
        "   WHERE e.region_id = :r AND e.status = 'archived') AS assets",
        {"r": region_id},
    )
    assert row is not None
    return {k: int(v) for k, v in row.items()}


def bench(reader: Reader, region_id: int) -> list[dict[str, Any]]:
    """People waiting on the bench after an applied restructuring: detached from their old
    post, not yet placed (they have no unit, and a bench placement names them)."""
    return reader.rows(
        "SELECT s.id, s.nip, s.name, r.name AS restructuring FROM placements pl JOIN restructurings r ON r.id = pl.restructuring_id"
        " JOIN staff s ON s.id = pl.entity_id JOIN editions e ON e.id = r.to_edition_id"
        " WHERE pl.entity = 'staff' AND pl.to_unit_id IS NULL AND r.status = 'applied' AND e.region_id = ? AND s.unit_id IS NULL"
        " ORDER BY s.name",
        (region_id,),
    )
