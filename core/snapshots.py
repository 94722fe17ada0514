"""Snapshots of what a delete removes, so undo can put it back with the same ids.

A snapshot holds every row the delete removes (the units and everything that
cascades from them) plus the references that SQLite sets to NULL (a copied unit's
origin, an asset transfer's from/to). Keeping the ids means later undo steps that
name those records still find them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.store import Store, Tx, dict_rows

# Tables in the order rows must be re-inserted (parents before children).
RESTORE_ORDER = (
    "regions",
    "editions",
    "units",
    "unit_functions",
    "unit_urusan",
    "unit_programs",
    "positions",
    "position_competencies",
    "restructurings",
    "unit_mappings",
)


@dataclass
class Snapshot:
    """Rows per table, and (table, column, row id, value) references to re-point."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    references: list[tuple[str, str, int, int]] = field(default_factory=list)

    def unit_count(self) -> int:
        return len(self.rows.get("units", []))


def _select(tx: Tx, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return dict_rows(tx.execute(sql, params))


def _fill_unit_set(tx: Tx, select_ids_sql: str, params: Any) -> None:
    tx.execute("CREATE TEMP TABLE IF NOT EXISTS snap_units (id INTEGER PRIMARY KEY)")
    tx.execute("DELETE FROM temp.snap_units")
    tx.execute(f"INSERT INTO temp.snap_units (id) {select_ids_sql}", params)


def _take_unit_set(tx: Tx, snap: Snapshot) -> None:
    """Capture everything that hangs off the units listed in temp.snap_units."""
    in_set = "IN (SELECT id FROM temp.snap_units)"
    # Parents first: ordering by depth lets restore insert with foreign keys on.
    snap.rows["units"] = _select(
        tx,
        f"""WITH RECURSIVE depth(id, d) AS (
                SELECT id, 0 FROM units WHERE id {in_set} AND (parent_id IS NULL OR parent_id NOT {in_set})
                UNION ALL SELECT u.id, depth.d + 1 FROM units u JOIN depth ON u.parent_id = depth.id)
            SELECT units.* FROM units JOIN depth ON depth.id = units.id ORDER BY depth.d, units.id""",
    )
    snap.rows["unit_functions"] = _select(tx, f"SELECT * FROM unit_functions WHERE unit_id {in_set} ORDER BY id")
    snap.rows["unit_urusan"] = _select(tx, f"SELECT * FROM unit_urusan WHERE unit_id {in_set}")
    snap.rows["unit_programs"] = _select(tx, f"SELECT * FROM unit_programs WHERE unit_id {in_set}")
    snap.rows["positions"] = _select(tx, f"SELECT * FROM positions WHERE unit_id {in_set} ORDER BY id")
    snap.rows["position_competencies"] = _select(
        tx, f"SELECT pc.* FROM position_competencies pc JOIN positions p ON p.id = pc.position_id WHERE p.unit_id {in_set}"
    )
    mappings = _select(tx, f"SELECT * FROM unit_mappings WHERE from_unit_id {in_set} OR to_unit_id {in_set} ORDER BY id")
    snap.rows.setdefault("unit_mappings", []).extend(mappings)
    # References that ON DELETE SET NULL would erase (from rows that are not deleted themselves).
    reference_queries = (
        ("units", "copied_from_id", f"SELECT id, copied_from_id FROM units WHERE copied_from_id {in_set} AND id NOT {in_set}"),
        ("asset_transfers", "from_unit_id", f"SELECT id, from_unit_id FROM asset_transfers WHERE from_unit_id {in_set}"),
        ("asset_transfers", "to_unit_id", f"SELECT id, to_unit_id FROM asset_transfers WHERE to_unit_id {in_set}"),
    )
    for table, column, sql in reference_queries:
        snap.references.extend((table, column, row[0], row[1]) for row in tx.execute(sql))
    tx.execute("DELETE FROM temp.snap_units")


def take_units(tx: Tx, unit_id: int) -> Snapshot:
    """Snapshot a unit with all its descendants."""
    snap = Snapshot()
    _fill_unit_set(
        tx,
        "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub",
        (unit_id,),
    )
    _take_unit_set(tx, snap)
    return snap


def take_edition(tx: Tx, edition_id: int) -> Snapshot:
    snap = Snapshot()
    snap.rows["editions"] = _select(tx, "SELECT * FROM editions WHERE id = ?", (edition_id,))
    _take_edition_extras(tx, snap, "= ?", (edition_id,))
    _fill_unit_set(tx, "SELECT id FROM units WHERE edition_id = ?", (edition_id,))
    _take_unit_set(tx, snap)
    return snap


def take_region(tx: Tx, region_id: int) -> Snapshot:
    snap = Snapshot()
    snap.rows["regions"] = _select(tx, "SELECT * FROM regions WHERE id = ?", (region_id,))
    snap.rows["editions"] = _select(tx, "SELECT * FROM editions WHERE region_id = ? ORDER BY id", (region_id,))
    _take_edition_extras(tx, snap, "IN (SELECT id FROM editions WHERE region_id = ?)", (region_id,))
    _fill_unit_set(tx, "SELECT u.id FROM units u JOIN editions e ON e.id = u.edition_id WHERE e.region_id = ?", (region_id,))
    _take_unit_set(tx, snap)
    return snap


def _take_edition_extras(tx: Tx, snap: Snapshot, match: str, params: Any) -> None:
    restructurings = _select(
        tx, f"SELECT * FROM restructurings WHERE from_edition_id {match} OR to_edition_id {match} ORDER BY id", params * 2
    )
    snap.rows["restructurings"] = restructurings
    ids = [r["id"] for r in restructurings]
    if ids:
        marks = ",".join("?" * len(ids))
        snap.rows["unit_mappings"] = _select(tx, f"SELECT * FROM unit_mappings WHERE restructuring_id IN ({marks})", ids)
    for row in tx.execute(f"SELECT id, copied_from_id FROM editions WHERE copied_from_id {match}", params):
        snap.references.append(("editions", "copied_from_id", row[0], row[1]))


def restore(store: Store, snap: Snapshot, action: str = "restore", prepare: Callable[[Tx], None] | None = None) -> None:
    """Put a snapshot back exactly (same ids), in one transaction; ``prepare`` runs first
    in the same transaction (e.g. to make room among siblings)."""
    with store.write() as tx:
        if prepare is not None:
            prepare(tx)
        for table in RESTORE_ORDER:
            rows = snap.rows.get(table) or []
            seen: set[Any] = set()
            for row in rows:
                key = row.get("id") or tuple(sorted(row.items()))
                if key in seen:  # a mapping may be captured twice (by edition and by unit)
                    continue
                seen.add(key)
                cols = ", ".join(row)
                marks = ", ".join(f":{c}" for c in row)
                tx.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", row)
        for table, column, row_id, value in snap.references:
            tx.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
        top = (snap.rows.get("regions") or snap.rows.get("editions") or snap.rows.get("units") or [{}])[0]
        entity = "region" if snap.rows.get("regions") else "edition" if snap.rows.get("editions") else "unit"
        tx.audit(action, entity, top.get("id"), None, {"units": snap.unit_count()})
