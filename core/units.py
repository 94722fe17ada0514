"""Units of an edition's tree: create, edit, move, reorder, delete, and the tree queries.

A unit's place is (parent, sort_order) within its edition; siblings are numbered
0..n-1 and renumbered after every change, so positions stay simple to reason about.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from core.errors import NotFoundError, Notice, RefusedError, ValidationError
from core.i18n import N_
from core.reference import ESELON_ORDER, load_reference
from core.regions import get_edition
from core.store import Reader, Tx, writes
from core.validation import choice, clean_text, code_text, require_text

UNIT_FIELDS = ("name", "kind", "short_name", "typology", "head_title", "eselon", "code", "notes")
TYPOLOGIES = ("A", "B", "C")
NAME_MAX = 300


@dataclass(frozen=True)
class Unit:
    id: int
    edition_id: int
    parent_id: int | None
    sort_order: int
    kind: str
    name: str
    short_name: str | None
    typology: str | None
    head_title: str | None
    eselon: str | None
    code: str | None
    notes: str | None


@dataclass(frozen=True)
class TreeRow:
    """What the tree shows of a unit: enough to draw it and know if it can expand."""

    id: int
    parent_id: int | None
    name: str
    kind: str
    short_name: str | None
    eselon: str | None
    child_count: int


@dataclass
class Change:
    """What an edit did: values before and after, and warnings the user should see."""

    unit_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    warnings: list[Notice] = field(default_factory=list)


_UNIT_COLUMNS = "id, edition_id, parent_id, sort_order, kind, name, short_name, typology, head_title, eselon, code, notes"


def get_unit(store: Reader, unit_id: int) -> Unit:
    row = store.one(f"SELECT {_UNIT_COLUMNS} FROM units WHERE id = ?", (unit_id,))
    if row is None:
        raise NotFoundError(N_("Unit dengan id {id} tidak ada (mungkin sudah dihapus)."), id=unit_id)
    return Unit(**row)


def children(store: Reader, edition_id: int, parent_id: int | None, only: set[int] | None = None) -> list[TreeRow]:
    """The direct children of a parent (``None`` = the PD at the top), in order, with
    how many children each has: one query per expanded node, never one per row."""
    rows = store.conn.execute(
        "SELECT u.id, u.parent_id, u.name, u.kind, u.short_name, u.eselon,"
        " (SELECT count(*) FROM units c WHERE c.parent_id = u.id) AS child_count"
        " FROM units u WHERE u.edition_id = ? AND u.parent_id IS ? ORDER BY u.sort_order, u.id",
        (edition_id, parent_id),
    ).fetchall()
    result = [TreeRow(*row) for row in rows]
    if only is not None:
        result = [row for row in result if row.id in only]
    return result


def sibling_count(store: Reader, edition_id: int, parent_id: int | None) -> int:
    """How many units share this parent (the top of the edition when None)."""
    return int(store.scalar("SELECT count(*) FROM units WHERE edition_id = ? AND parent_id IS ?", (edition_id, parent_id)))


def ancestors(store: Reader, unit_id: int) -> list[int]:
    """Ids from the top-level PD down to the unit's parent."""
    rows = store.conn.execute(
        "WITH RECURSIVE up(id, parent_id, d) AS (SELECT id, parent_id, 0 FROM units WHERE id = ?"
        " UNION ALL SELECT u.id, u.parent_id, up.d + 1 FROM units u JOIN up ON u.id = up.parent_id)"
        " SELECT id FROM up WHERE d > 0 ORDER BY d DESC",
        (unit_id,),
    ).fetchall()
    return [r[0] for r in rows]


@dataclass(frozen=True)
class SearchResult:
    """What a filtered tree shows: the matching units, and every ancestor of them."""

    matches: set[int]
    visible: set[int]
    with_visible_children: set[int | None]


def search(store: Reader, edition_id: int | None, text: str) -> SearchResult:
    """Units whose name or short name contains ``text`` (any case), in one edition or all.

    One query reads (id, parent, names) of the scope; matching and walking up to the
    ancestors happen in memory, which for 10,000 units takes milliseconds.
    """
    needle = text.strip().casefold()
    if not needle:
        return SearchResult(set(), set(), set())
    sql = "SELECT id, parent_id, name, coalesce(short_name, '') FROM units"
    rows = (
        store.conn.execute(sql + " WHERE edition_id = ?", (edition_id,)).fetchall()
        if edition_id
        else store.conn.execute(sql).fetchall()
    )
    parent_of = {row[0]: row[1] for row in rows}
    matches = {row[0] for row in rows if needle in row[2].casefold() or needle in row[3].casefold()}
    visible = set(matches)
    for unit_id in matches:
        parent = parent_of.get(unit_id)
        while parent is not None and parent not in visible:
            visible.add(parent)
            parent = parent_of.get(parent)
    return SearchResult(matches, visible, {parent_of[u] for u in visible})


def subtree_ids_sql() -> str:
    """A recursive CTE named ``sub`` listing a unit (parameter 1) and all its descendants."""
    return "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)"


@dataclass(frozen=True)
class DeleteImpact:
    """What deleting a unit would take with it, and what stops it."""

    units: int
    functions: int
    positions: int
    staff: int
    assets: int

    @property
    def blocked(self) -> bool:
        return bool(self.staff or self.assets)


def delete_impact(store: Reader, unit_id: int) -> DeleteImpact:
    get_unit(store, unit_id)
    row = store.conn.execute(
        subtree_ids_sql() + " SELECT (SELECT count(*) FROM sub),"
        " (SELECT count(*) FROM unit_functions WHERE unit_id IN sub),"
        " (SELECT count(*) FROM positions WHERE unit_id IN sub),"
        " (SELECT count(*) FROM staff WHERE unit_id IN sub"
        "    OR position_id IN (SELECT id FROM positions WHERE unit_id IN sub)),"
        " (SELECT count(*) FROM assets WHERE unit_id IN sub)",
        (unit_id,),
    ).fetchone()
    return DeleteImpact(*row)


def _kinds() -> tuple[str, ...]:
    return tuple(load_reference().unit_kinds)


def default_child_kind(parent_kind: str | None, otherwise: str = "lainnya") -> str:
    """The kind a new unit starts with under a parent of ``parent_kind`` (None: at the top of an
    edition), from unit_kinds.csv, so the usual kind need not be chosen each time; ``otherwise``
    where the table names none. The user can still change it."""
    kinds = load_reference().unit_kinds
    if parent_kind is None:
        return next((k.kind for k in kinds.values() if k.top_default), otherwise)
    parent = kinds.get(parent_kind)
    return parent.child_kind if parent is not None and parent.child_kind else otherwise


def _unit_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            values[key] = require_text(value, key, max_length=NAME_MAX)
        elif key == "kind":
            values[key] = choice(value, key, _kinds(), required=True)
        elif key == "typology":
            values[key] = choice(value, key, TYPOLOGIES)
        elif key == "eselon":
            values[key] = choice(value, key, ESELON_ORDER)
        elif key in ("short_name", "head_title"):
            values[key] = clean_text(value, key, max_length=NAME_MAX)
        elif key == "code":
            values[key] = code_text(value, key, max_length=NAME_MAX)
        elif key == "notes":
            values[key] = clean_text(value, key, max_length=10000)
        else:
            raise ValidationError(key, N_("Kolom '{key}' tidak dikenal."), key=key)
    return values


def sibling_name_warning(store: Reader, edition_id: int, parent_id: int | None, name: str, except_id: int | None) -> list[Notice]:
    """A warning (not a refusal) when a sibling already has this name."""
    clash = store.scalar(
        "SELECT count(*) FROM units WHERE edition_id = ? AND parent_id IS ? AND id IS NOT ? AND lower(trim(name)) = lower(?)",
        (edition_id, parent_id, except_id, name.strip()),
    )
    if clash:
        return [Notice(N_("Sudah ada unit lain bernama '{name}' di bawah induk yang sama."), name=name)]
    return []


def _check_parent(store: Reader, edition_id: int, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent = get_unit(store, parent_id)
    if parent.edition_id != edition_id:
        raise RefusedError(N_("Induk '{name}' berada di edisi lain."), name=parent.name)


def _renumber(tx: Tx, edition_id: int, parent_id: int | None) -> None:
    tx.execute(
        "UPDATE units SET sort_order = r.n FROM (SELECT id, row_number() OVER (ORDER BY sort_order, id) - 1 AS n"
        " FROM units WHERE edition_id = ? AND parent_id IS ?) AS r WHERE units.id = r.id AND units.sort_order <> r.n",
        (edition_id, parent_id),
    )


def _make_room(tx: Tx, edition_id: int, parent_id: int | None, position: int | None) -> int:
    """Free the slot ``position`` among the siblings (end when None); return the slot."""
    count = tx.execute("SELECT count(*) FROM units WHERE edition_id = ? AND parent_id IS ?", (edition_id, parent_id)).fetchone()[
        0
    ]
    if position is None or position >= count:
        return int(count)
    position = max(0, position)
    tx.execute(
        "UPDATE units SET sort_order = sort_order + 1 WHERE edition_id = ? AND parent_id IS ? AND sort_order >= ?",
        (edition_id, parent_id, position),
    )
    return position


@writes
def create_unit(
    tx: Tx,
    edition_id: int,
    parent_id: int | None,
    name: str,
    kind: str,
    *,
    position: int | None = None,
    **fields: Any,
) -> Change:
    """Add a unit under ``parent_id`` (None: a new PD at the top) at ``position`` (end when None)."""
    get_edition(tx, edition_id)
    _check_parent(tx, edition_id, parent_id)
    values = _unit_values({"name": name, "kind": kind, **fields})
    warnings = sibling_name_warning(tx, edition_id, parent_id, values["name"], None)
    slot = _make_room(tx, edition_id, parent_id, position)
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    unit_id = tx.execute(
        f"INSERT INTO units (edition_id, parent_id, sort_order, {cols}) VALUES (:edition_id, :parent_id, :slot, {marks})",
        {**values, "edition_id": edition_id, "parent_id": parent_id, "slot": slot},
    ).lastrowid
    assert unit_id is not None
    tx.audit("create", "unit", unit_id, None, {**values, "parent_id": parent_id})
    return Change(int(unit_id), {}, asdict(get_unit(tx, int(unit_id))), warnings)


@writes
def update_unit(tx: Tx, unit_id: int, **fields: Any) -> Change:
    """Change fields of a unit; ``Change.before`` holds the old values (for undo)."""
    unit = get_unit(tx, unit_id)
    values = _unit_values(fields)
    current = asdict(unit)
    values = {k: v for k, v in values.items() if current[k] != v}
    if not values:
        return Change(unit_id, {}, {})
    warnings = []
    if "name" in values:
        warnings = sibling_name_warning(tx, unit.edition_id, unit.parent_id, values["name"], unit_id)
    before = {k: current[k] for k in values}
    sets = ", ".join(f"{k} = :{k}" for k in values)
    tx.execute(f"UPDATE units SET {sets} WHERE id = :id", {**values, "id": unit_id})
    tx.audit("update", "unit", unit_id, before, values)
    return Change(unit_id, before, values, warnings)


def is_descendant(store: Reader, unit_id: int, candidate_id: int) -> bool:
    """Whether ``candidate_id`` is ``unit_id`` itself or lies below it."""
    found = store.conn.execute(subtree_ids_sql() + " SELECT 1 FROM sub WHERE id = ? LIMIT 1", (unit_id, candidate_id)).fetchone()
    return found is not None


@writes
def move_unit(tx: Tx, unit_id: int, new_parent_id: int | None, position: int | None = None) -> Change:
    """Move a unit (with its sub-units) under another parent of the same edition, or to
    another place among its siblings. A unit never becomes its own descendant."""
    unit = get_unit(tx, unit_id)
    _check_parent(tx, unit.edition_id, new_parent_id)
    if new_parent_id is not None and is_descendant(tx, unit_id, new_parent_id):
        raise RefusedError(N_("Unit '{name}' tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya."), name=unit.name)
    before = {"parent_id": unit.parent_id, "position": unit.sort_order}
    warnings: list[Notice] = []
    if new_parent_id != unit.parent_id:
        warnings = sibling_name_warning(tx, unit.edition_id, new_parent_id, unit.name, unit_id)
    # Take the unit out of its old row of siblings, then make room in the new one.
    tx.execute("UPDATE units SET sort_order = -1 WHERE id = ?", (unit_id,))
    _renumber_without(tx, unit.edition_id, unit.parent_id, unit_id)
    tx.execute("UPDATE units SET parent_id = ?, sort_order = -1 WHERE id = ?", (new_parent_id, unit_id))
    slot = _make_room_excluding(tx, unit.edition_id, new_parent_id, position, unit_id)
    tx.execute("UPDATE units SET sort_order = ? WHERE id = ?", (slot, unit_id))
    after = {"parent_id": new_parent_id, "position": slot}
    tx.audit("move", "unit", unit_id, before, after)
    return Change(unit_id, before, after, warnings)


def _renumber_without(tx: Tx, edition_id: int, parent_id: int | None, unit_id: int) -> None:
    tx.execute(
        "UPDATE units SET sort_order = r.n FROM (SELECT id, row_number() OVER (ORDER BY sort_order, id) - 1 AS n"
        " FROM units WHERE edition_id = ? AND parent_id IS ? AND id <> ?) AS r WHERE units.id = r.id",
        (edition_id, parent_id, unit_id),
    )


def _make_room_excluding(tx: Tx, edition_id: int, parent_id: int | None, position: int | None, unit_id: int) -> int:
    count = tx.execute(
        "SELECT count(*) FROM units WHERE edition_id = ? AND parent_id IS ? AND id <> ?", (edition_id, parent_id, unit_id)
    ).fetchone()[0]
    if position is None or position >= count:
        return int(count)
    position = max(0, position)
    tx.execute(
        "UPDATE units SET sort_order = sort_order + 1 WHERE edition_id = ? AND parent_id IS ? AND id <> ? AND sort_order >= ?",
        (edition_id, parent_id, unit_id, position),
    )
    return position


@writes
def delete_unit(tx: Tx, unit_id: int) -> DeleteImpact:
    """Delete a unit with its sub-units; refused (with the reason) while staff or assets
    still belong to it or to a sub-unit. Returns what went with it."""
    unit = get_unit(tx, unit_id)
    impact = delete_impact(tx, unit_id)
    if impact.blocked:
        raise RefusedError(
            N_(
                "Unit '{name}' tidak dapat dihapus: {staff} pegawai dan {assets} aset masih tercatat pada unit ini atau sub-unitnya. Pindahkan mereka dulu."
            ),
            name=unit.name,
            staff=impact.staff,
            assets=impact.assets,
        )
    tx.execute("DELETE FROM units WHERE id = ?", (unit_id,))
    _renumber(tx, unit.edition_id, unit.parent_id)
    tx.audit("delete", "unit", unit_id, {**asdict(unit), "sub_units": impact.units - 1}, None)
    return impact


def unit_paths(store: Reader, edition_id: int) -> list[tuple[int, str]]:
    """Every unit of an edition as (id, 'PD › … › unit'), in tree order: one query."""
    result: list[tuple[int, str]] = []
    trail: list[str] = []
    for unit in units_in_order(store, edition_id):
        del trail[unit.depth :]
        trail.append(unit.name)
        result.append((unit.id, " › ".join(trail)))
    return result


@dataclass(frozen=True)
class OrderedUnit:
    id: int
    parent_id: int | None
    depth: int  # 0 for the scope's top units
    kind: str
    name: str
    head_title: str | None
    eselon: str | None
    typology: str | None = None
    short_name: str | None = None
    code: str | None = None
    notes: str | None = None


def units_in_order(store: Reader, edition_id: int, root_id: int | None = None) -> list[OrderedUnit]:
    """The units of an edition (or of one unit and below) in tree order with their depth, as
    printed lists show them: one query."""
    rows = store.conn.execute(
        "SELECT id, parent_id, kind, name, head_title, eselon, typology, short_name, code, notes FROM units"
        " WHERE edition_id = ? ORDER BY sort_order, id",
        (edition_id,),
    ).fetchall()
    children: dict[int | None, list[tuple]] = {}
    by_id = {}
    for row in rows:
        children.setdefault(row[1], []).append(row)
        by_id[row[0]] = row
    tops = [by_id[root_id]] if root_id is not None else children.get(None, [])
    result: list[OrderedUnit] = []
    stack = [(row, 0) for row in reversed(tops)]
    while stack:
        row, depth = stack.pop()
        result.append(OrderedUnit(row[0], row[1], depth, *row[2:]))
        stack.extend((child, depth + 1) for child in reversed(children.get(row[0], [])))
    return result
