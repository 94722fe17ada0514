"""What the units of whole editions hold, read in one query per kind (functions, urusan)
for a report or an export that lists every unit: never a query per unit."""

from __future__ import annotations

from core.store import Store


def functions_by_unit(store: Store, edition_ids: list[int]) -> dict[int, list[tuple[str, str | None]]]:
    """unit id → its function statements (text, urusan code) in their order."""
    marks = ",".join("?" * len(edition_ids)) or "NULL"
    found: dict[int, list[tuple[str, str | None]]] = {}
    for unit, text, code in store.conn.execute(
        "SELECT f.unit_id, f.text, f.urusan_code FROM unit_functions f JOIN units u ON u.id = f.unit_id"
        f" WHERE u.edition_id IN ({marks}) ORDER BY f.unit_id, f.sort_order",
        edition_ids,
    ):
        found.setdefault(unit, []).append((text, code))
    return found


def urusan_by_unit(store: Store, edition_ids: list[int]) -> dict[int, list[str]]:
    """unit id → the urusan codes it carries, in their order."""
    marks = ",".join("?" * len(edition_ids)) or "NULL"
    found: dict[int, list[str]] = {}
    for unit, code in store.conn.execute(
        "SELECT x.unit_id, x.urusan_code FROM unit_urusan x JOIN units u ON u.id = x.unit_id"
        f" WHERE u.edition_id IN ({marks}) ORDER BY x.unit_id, x.sort_order, x.urusan_code",
        edition_ids,
    ):
        found.setdefault(unit, []).append(code)
    return found
