"""The Renstra of a perangkat daerah: programs, kegiatan and sub-kegiatan with their codes,
the unit carrying each out, the pagu indikatif, and the links that join them to the RPJMD
(the sasaran a program or kegiatan supports, the priority programs it carries, the
strategic issues a sub-kegiatan serves) — and the wilayah tugas of each Asisten and Staf Ahli.

Bulk work follows core/staff.py: a :class:`RenstraContext` read once, a pure
:func:`validate_item` per row, then :func:`insert_items` (one statement, one audit row each).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core import journal
from core.errors import NotFoundError, RefusedError, ValidationError
from core.i18n import N_
from core.money import parse_rupiah
from core.nomenclature import UNKNOWN_CODE, UNKNOWN_CODE_ALONE, WRONG_GOVERNMENT
from core.plans import nomenclature_source
from core.plans.codes import check_level, government_of, level_label, normalise_code, parse_code
from core.plans.model import ITEM_PARENT, Renstra, RenstraItem
from core.plans.rpjmd import HAS_CHILDREN, get_rpjmd, refuse_cycle, validate_rpjmd
from core.store import Reader, Tx, id_table, writes
from core.validation import Checked, choice, require_text

ITEM_FIELDS = ("parent_id", "level", "sort_order", "code", "name", "unit_id", "pagu_sen")
COORDINATOR_KINDS = ("asisten",)
STAF_AHLI = "staf ahli"  # no unit kind of its own: a Staf Ahli is known by its name
_ITEM_COLUMNS = "id, renstra_id, parent_id, level, sort_order, code, name, unit_id, pagu_sen"


def get_renstra(reader: Reader, renstra_id: int) -> Renstra:
    row = reader.one("SELECT id, rpjmd_id, unit_id, name, period_start, period_end FROM renstra WHERE id = ?", (renstra_id,))
    if row is None:
        raise NotFoundError(N_("Renstra dengan id {id} tidak ada."), id=renstra_id)
    return Renstra(**row)


def get_item(reader: Reader, item_id: int) -> RenstraItem:
    row = reader.one(f"SELECT {_ITEM_COLUMNS} FROM renstra_items WHERE id = ?", (item_id,))
    if row is None:
        raise NotFoundError(N_("Butir Renstra dengan id {id} tidak ada."), id=item_id)
    return RenstraItem(**row)


def _unit_region(reader: Reader, unit_id: int) -> dict[str, Any]:
    row = reader.one(
        "SELECT u.id, u.name, u.parent_id, u.kind, u.edition_id, e.region_id, r.kind AS region_kind"
        " FROM units u JOIN editions e ON e.id = u.edition_id JOIN regions r ON r.id = e.region_id WHERE u.id = ?",
        (unit_id,),
    )
    if row is None:
        raise ValidationError("unit", N_("Unit dengan id {id} tidak ada (mungkin sudah dihapus)."), id=unit_id)
    return row


@writes
def create_renstra(tx: Tx, rpjmd_id: int, unit_id: int, name: str | None = None) -> Renstra:
    """The Renstra of a perangkat daerah (a top-level unit) under its region's RPJMD."""
    rpjmd = get_rpjmd(tx, rpjmd_id)
    unit = _unit_region(tx, unit_id)
    if unit["region_id"] != rpjmd.region_id:
        raise RefusedError(N_("{unit} milik wilayah lain; Renstra-nya tidak dapat berada di bawah RPJMD ini."), unit=unit["name"])
    if unit["parent_id"] is not None:
        raise RefusedError(N_("{unit} bukan perangkat daerah: Renstra disusun per perangkat daerah."), unit=unit["name"])
    title = name or f"Renstra {unit['name']} {rpjmd.period_start}–{rpjmd.period_end}"
    values = validate_rpjmd(
        {"name": title, "period_start": rpjmd.period_start, "period_end": rpjmd.period_end, "visi": "-"}
    ).raise_first()
    if tx.scalar("SELECT 1 FROM renstra WHERE rpjmd_id = ? AND unit_id = ?", (rpjmd_id, unit_id)):
        raise RefusedError(N_("{unit} sudah mempunyai Renstra untuk RPJMD ini."), unit=unit["name"])
    renstra_id = int(
        tx.execute(
            "INSERT INTO renstra (rpjmd_id, unit_id, name, period_start, period_end) VALUES (?, ?, ?, ?, ?)",
            (rpjmd_id, unit_id, values["name"], rpjmd.period_start, rpjmd.period_end),
        ).lastrowid
        or 0
    )
    tx.audit("create", "renstra", renstra_id, None, {"rpjmd_id": rpjmd_id, "unit_id": unit_id, "name": values["name"]})
    return get_renstra(tx, renstra_id)


class RenstraContext:
    """What validating the items of one Renstra needs, read once: the region's level of
    government, the units of the perangkat daerah, its items by id and by code, and the
    sasaran, priority programs and issues of the RPJMD. Rows accepted into a batch are
    remembered (:meth:`claim`) so a sheet's kegiatan can name a program a row above."""

    def __init__(self, reader: Reader, renstra_id: int, *, planned: Renstra | None = None) -> None:
        self.renstra = planned if planned is not None else get_renstra(reader, renstra_id)
        unit = _unit_region(reader, self.renstra.unit_id)
        self.region_kind: str = unit["region_kind"]
        self.pd_name: str = unit["name"]
        conn = reader.conn
        self.units: dict[int, str] = {
            row[0]: row[1]
            for row in conn.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)"
                " SELECT u.id, u.name FROM sub JOIN units u ON u.id = sub.id",
                (self.renstra.unit_id,),
            )
        }
        self.items: dict[int, tuple[str, str]] = {}  # id → (level, code)
        self.by_code: dict[tuple[str, int | None], int] = {}  # (code, unit) → id; (code, None): the first of any unit
        self.taken: set[tuple[str, int | None]] = set()  # (code, unit) of every item: each once per Renstra
        for item_id, level, code, unit_id in conn.execute(
            "SELECT id, level, code, unit_id FROM renstra_items WHERE renstra_id = ?", (renstra_id,)
        ):
            self.claim(item_id, level, code, unit_id)
        rpjmd_id = self.renstra.rpjmd_id
        self.goals: dict[int, tuple[int, str, str]] = {
            row[0]: (row[1], row[2], row[3])
            for row in conn.execute(
                "SELECT g.id, g.rpjmd_id, g.kind, g.text FROM plan_goals g JOIN rpjmd r ON r.id = g.rpjmd_id"
                " WHERE r.region_id = (SELECT region_id FROM rpjmd WHERE id = ?)",
                (rpjmd_id,),
            )
        }
        self.rpjmd_id = rpjmd_id
        self.priorities = {row[0] for row in conn.execute("SELECT id FROM priority_programs WHERE rpjmd_id = ?", (rpjmd_id,))}
        self.issues = {row[0] for row in conn.execute("SELECT id FROM strategic_issues WHERE rpjmd_id = ?", (rpjmd_id,))}
        self.goal_regions: dict[int, str] = {
            row[0]: row[1]
            for row in conn.execute(
                "SELECT g.id, rg.name FROM plan_goals g JOIN rpjmd r ON r.id = g.rpjmd_id JOIN regions rg ON rg.id = r.region_id"
                " WHERE r.region_id <> (SELECT region_id FROM rpjmd WHERE id = ?)",
                (rpjmd_id,),
            )
        }

    @classmethod
    def planned(cls, reader: Reader, rpjmd_id: int, unit_id: int) -> RenstraContext:
        """The context of a Renstra not yet written (an import's dry run creates it only when
        it writes): no items, the RPJMD's period and links."""
        plan = get_rpjmd(reader, rpjmd_id)
        return cls(reader, 0, planned=Renstra(0, rpjmd_id, unit_id, "-", plan.period_start, plan.period_end))

    def claim(self, item_id: int, level: str, code: str, unit_id: int | None) -> None:
        self.items[item_id] = (level, code)
        self.taken.add((code, unit_id))
        self.by_code.setdefault((code, None), item_id)
        self.by_code[(code, unit_id)] = item_id


def _sasaran(context: RenstraContext, goal_ids: Iterable[Any]) -> list[int]:
    """Sasaran ids of this Renstra's RPJMD; one of another region (or plan) is refused."""
    chosen = []
    for raw in goal_ids:
        goal_id = int(raw)
        if goal_id in context.goal_regions:
            raise ValidationError(
                "sasaran",
                N_("Sasaran dengan id {id} milik RPJMD {region}, wilayah lain."),
                id=goal_id,
                region=context.goal_regions[goal_id],
            )
        goal = context.goals.get(goal_id)
        if goal is None:
            raise ValidationError("sasaran", N_("Sasaran dengan id {id} tidak ada."), id=goal_id)
        if goal[0] != context.rpjmd_id:
            raise ValidationError("sasaran", N_("Sasaran '{text}' milik RPJMD lain dari wilayah ini."), text=goal[2])
        if goal[1] != "sasaran":
            raise ValidationError("sasaran", N_("'{text}' adalah sebuah {kind}, bukan sasaran."), text=goal[2], kind=goal[1])
        chosen.append(goal_id)
    return chosen


def _parent(context: RenstraContext, level: str, code: str, fields: dict[str, Any]) -> int | None:
    """The item a kegiatan or sub-kegiatan hangs under: given by id, or found by its code
    (the kegiatan's program, the sub-kegiatan's kegiatan); it must be that code's parent."""
    wanted = ITEM_PARENT[level]
    if wanted is None:
        if fields.get("parent_id") is not None:
            raise ValidationError("parent", N_("Sebuah program tidak berada di bawah butir lain."))
        return None
    parsed = parse_code(code)
    parent_code = parsed.parent()
    parent_id = fields.get("parent_id")
    if parent_id is None:
        parent_id = context.by_code.get((str(parent_code), fields.get("unit_id"))) or context.by_code.get(
            (str(parent_code), None)
        )
        if parent_id is None:
            raise ValidationError(
                "parent",
                N_("Kode {code} memerlukan {parent} {parent_code} di Renstra ini; tambahkan itu lebih dulu."),
                code=code,
                parent=level_label(wanted),
                parent_code=parent_code,
            )
    parent = context.items.get(int(parent_id))
    if parent is None:
        raise ValidationError("parent", N_("Induk dengan id {id} bukan butir Renstra ini."), id=parent_id)
    if parent[0] != wanted or parent[1] != parent_code:
        raise ValidationError(
            "parent",
            N_("{code} tidak dapat berada di bawah {parent_code}: induknya harus {wanted_code}."),
            code=code,
            parent_code=parent[1],
            wanted_code=parent_code,
        )
    return int(parent_id)


def validate_item(context: RenstraContext, fields: dict[str, Any]) -> Checked:
    """Check a program, kegiatan or sub-kegiatan row without writing: its level, its code
    (normalised; of that level and of the region's level of government), its parent, name,
    unit, pagu and links. ``values`` holds the clean item and its ``sasaran``, ``issues``
    and ``priorities`` links."""
    checked = Checked()
    level = checked.check("level", lambda: choice(fields.get("level"), "jenjang", tuple(ITEM_PARENT), required=True))
    code = None
    if level is not None:

        def read_code() -> str:
            parsed = parse_code(fields.get("code"))
            check_level(parsed, level, context.region_kind)
            return parsed.text

        code = checked.check("code", read_code)
    checked.check("name", lambda: require_text(fields.get("name"), "name", max_length=1000))
    if fields.get("pagu") not in (None, ""):
        checked.check("pagu_sen", lambda: parse_rupiah(fields["pagu"], "pagu_indikatif"))
    else:
        checked.values["pagu_sen"] = int(fields.get("pagu_sen") or 0)
    unit_id = fields.get("unit_id")
    if unit_id is not None and int(unit_id) not in context.units:
        checked.refuse(ValidationError("unit", N_("Unit dengan id {id} bukan bagian dari {pd}."), id=unit_id, pd=context.pd_name))
    else:
        checked.values["unit_id"] = None if unit_id is None else int(unit_id)
    if level is not None and code is not None:
        if (code, checked.values.get("unit_id")) in context.taken:
            checked.refuse(
                ValidationError("code", N_("{code} sudah ada di Renstra {pd} untuk unit ini."), code=code, pd=context.pd_name)
            )
        checked.check("parent_id", lambda: _parent(context, level, code, fields))
    sasaran = fields.get("sasaran") or ()
    if sasaran and level == "sub_kegiatan":
        checked.refuse(ValidationError("sasaran", N_("Sasaran RPJMD didukung oleh program atau kegiatan, bukan sub kegiatan.")))
    else:
        checked.check("sasaran", lambda: _sasaran(context, sasaran))
    issues = [int(i) for i in fields.get("issues") or ()]
    unknown = [i for i in issues if i not in context.issues]
    if unknown:
        checked.refuse(ValidationError("isu_strategis", N_("Isu strategis dengan id {id} bukan isu RPJMD ini."), id=unknown[0]))
    checked.values["issues"] = issues
    priorities = [int(p) for p in fields.get("priorities") or ()]
    unknown = [p for p in priorities if p not in context.priorities]
    if unknown:
        checked.refuse(
            ValidationError("program_prioritas", N_("Program prioritas dengan id {id} bukan milik RPJMD ini."), id=unknown[0])
        )
    checked.values["priorities"] = priorities
    checked.values["sort_order"] = int(fields.get("sort_order") or 0)
    return checked


def _next_id(tx: Tx, table: str) -> int:
    return int(
        tx.scalar(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0),"
            f" coalesce((SELECT max(id) FROM {table}), 0)) + 1"
        )
    )


def insert_items(tx: Tx, renstra_id: int, records: list[dict[str, Any]], context: RenstraContext | None = None) -> list[int]:
    """Write items a validator has cleaned (parents before children), in one statement, one
    audit row each, and their links; returns their new ids in order."""
    if not records:
        return []
    first = _next_id(tx, "renstra_items")
    ids = list(range(first, first + len(records)))
    with journal.inserting(tx.conn, tx.step, "renstra_items", first, ids[-1]):
        tx.executemany(
            f"INSERT INTO renstra_items (id, renstra_id, {', '.join(ITEM_FIELDS)}) VALUES ({', '.join('?' * (len(ITEM_FIELDS) + 2))})",
            ((item_id, renstra_id, *(values.get(k) for k in ITEM_FIELDS)) for item_id, values in zip(ids, records, strict=True)),
        )
    pairs = list(zip(ids, records, strict=True))
    tx.executemany(
        "INSERT INTO renstra_item_goals (item_id, goal_id) VALUES (?, ?)",
        ((i, g) for i, v in pairs for g in v.get("sasaran", ())),
    )
    tx.executemany(
        "INSERT INTO renstra_item_issues (item_id, issue_id) VALUES (?, ?)",
        ((i, s) for i, v in pairs for s in v.get("issues", ())),
    )
    tx.executemany(
        "INSERT INTO renstra_item_priorities (item_id, priority_program_id) VALUES (?, ?)",
        ((i, p) for i, v in pairs for p in v.get("priorities", ())),
    )
    tx.audit_many("create", "renstra_item", ((i, None, {**v, "renstra_id": renstra_id}) for i, v in pairs))
    if context is not None:
        for item_id, values in pairs:
            context.claim(item_id, values["level"], values["code"], values.get("unit_id"))
    return ids


UPDATABLE = ("name", "unit_id", "pagu_sen")


def update_items(tx: Tx, changes: list[tuple[int, dict[str, tuple[Any, Any]]]]) -> None:
    """Change the name, unit or pagu of items a validator has checked (an import's updates):
    one statement per field changed, one audit row per item. ``changes``: (item id, field →
    (before, after)); other fields in it are left to their own writes."""
    for name in UPDATABLE:
        rows = [(change[name][1], item_id) for item_id, change in changes if name in change]
        if rows:
            tx.executemany(f"UPDATE renstra_items SET {name} = ? WHERE id = ?", rows)
    tx.audit_many(
        "update",
        "renstra_item",
        (
            (
                item_id,
                {k: v[0] for k, v in change.items() if k in UPDATABLE},
                {k: v[1] for k, v in change.items() if k in UPDATABLE},
            )
            for item_id, change in changes
            if any(k in UPDATABLE for k in change)
        ),
    )


def insert_item_indicators(
    tx: Tx, records: list[tuple[int, str, str | None, bool, dict[str, tuple[str, float | None]]]]
) -> list[int]:
    """Indicators of Renstra items with their yearly targets, checked already (by
    :func:`core.plans.rpjmd.validate_targets`): (item id, name, satuan, numeric, year →
    (text, number)) each, in a few statements; returns the new ids in order."""
    if not records:
        return []
    first = _next_id(tx, "plan_indicators")
    ids = list(range(first, first + len(records)))
    with id_table(tx, {r[0] for r in records}) as chosen:
        orders: dict[int, int] = dict(
            tx.conn.execute(
                f"SELECT c.id, max(i.sort_order) + 1 FROM {chosen} c CROSS JOIN plan_indicators i ON i.item_id = c.id GROUP BY c.id"
            )
        )
    rows = []
    for indicator_id, (item_id, name, measure, numeric, _targets) in zip(ids, records, strict=True):
        orders.setdefault(item_id, 0)
        rows.append((indicator_id, item_id, orders[item_id], name, measure, int(numeric)))
        orders[item_id] += 1
    tx.executemany(
        "INSERT INTO plan_indicators (id, item_id, sort_order, name, measure, numeric) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    tx.executemany(
        "INSERT INTO plan_targets (indicator_id, year, value, number) VALUES (?, ?, ?, ?)",
        (
            (i, int(year), text, number)
            for i, record in zip(ids, records, strict=True)
            for year, (text, number) in record[4].items()
        ),
    )
    tx.audit_many(
        "create",
        "plan_indicator",
        (
            (
                i,
                None,
                {
                    "owner": "item",
                    "owner_id": r[0],
                    "name": r[1],
                    "measure": r[2],
                    "numeric": r[3],
                    "targets": {y: t for y, (t, _) in r[4].items()},
                },
            )
            for i, r in zip(ids, records, strict=True)
        ),
    )
    return ids


@writes
def add_item(tx: Tx, renstra_id: int, level: str, code: str, name: str, **fields: Any) -> RenstraItem:
    """One program, kegiatan or sub-kegiatan (the one-record form of :func:`insert_items`)."""
    context = RenstraContext(tx, renstra_id)
    values = validate_item(context, {"level": level, "code": code, "name": name, **fields}).raise_first()
    values["level"] = level
    return get_item(tx, insert_items(tx, renstra_id, [values])[0])


@writes
def move_item(tx: Tx, item_id: int, parent_id: int) -> RenstraItem:
    """Hang an item under another of the same Renstra; a cycle is refused, and so is a
    parent whose code is not the item's parent code."""
    item = get_item(tx, item_id)
    refuse_cycle(tx, "renstra_items", item_id, parent_id, "parent")
    context = RenstraContext(tx, item.renstra_id)
    new_parent = _parent(context, item.level, item.code, {"parent_id": parent_id})
    tx.execute("UPDATE renstra_items SET parent_id = ? WHERE id = ?", (new_parent, item_id))
    tx.audit("update", "renstra_item", item_id, {"parent_id": item.parent_id}, {"parent_id": new_parent})
    return get_item(tx, item_id)


@writes
def link_sasaran(tx: Tx, item_id: int, goal_id: int) -> None:
    """Record that a program or kegiatan supports an RPJMD sasaran of its own region."""
    item = get_item(tx, item_id)
    if item.level == "sub_kegiatan":
        raise ValidationError("sasaran", N_("Sasaran RPJMD didukung oleh program atau kegiatan, bukan sub kegiatan."))
    _sasaran(RenstraContext(tx, item.renstra_id), [goal_id])
    tx.execute("INSERT OR IGNORE INTO renstra_item_goals (item_id, goal_id) VALUES (?, ?)", (item_id, goal_id))
    tx.audit("link", "renstra_item_goal", item_id, None, {"goal_id": goal_id})


@writes
def link_issue(tx: Tx, item_id: int, issue_id: int, indicator_id: int | None = None) -> None:
    """Record that a sub-kegiatan serves a strategic issue (and which of its indicators); a
    kegiatan or program is taken too, for a Renstra not yet broken down to sub-kegiatan."""
    item = get_item(tx, item_id)
    context = RenstraContext(tx, item.renstra_id)
    if issue_id not in context.issues:
        raise ValidationError("isu_strategis", N_("Isu strategis dengan id {id} bukan isu RPJMD ini."), id=issue_id)
    if indicator_id is not None and not tx.scalar(
        "SELECT 1 FROM plan_indicators WHERE id = ? AND issue_id = ?", (indicator_id, issue_id)
    ):
        raise ValidationError("indikator", N_("Indikator dengan id {id} bukan indikator isu ini."), id=indicator_id)
    tx.execute(
        "INSERT INTO renstra_item_issues (item_id, issue_id, indicator_id) VALUES (?, ?, ?)"
        " ON CONFLICT (item_id, issue_id) DO UPDATE SET indicator_id = excluded.indicator_id",
        (item_id, issue_id, indicator_id),
    )
    tx.audit("link", "renstra_item_issue", item_id, None, {"issue_id": issue_id, "indicator_id": indicator_id})


@writes
def set_coordination(tx: Tx, coordinator_id: int, unit_ids: list[int]) -> list[int]:
    """Set the wilayah tugas of an Asisten or Staf Ahli: the perangkat daerah it
    coordinates, all of its own edition. Returns the ids it coordinated before."""
    coordinator = _unit_region(tx, coordinator_id)
    if coordinator["kind"] not in COORDINATOR_KINDS and STAF_AHLI not in coordinator["name"].casefold():
        raise ValidationError("unit", N_("{unit} bukan Asisten atau Staf Ahli."), unit=coordinator["name"])
    for unit_id in unit_ids:
        unit = _unit_region(tx, unit_id)
        if unit["edition_id"] != coordinator["edition_id"]:
            raise ValidationError("unit", N_("{unit} berada di edisi struktur lain."), unit=unit["name"])
        if unit["parent_id"] is not None:
            raise ValidationError("unit", N_("{unit} bukan perangkat daerah."), unit=unit["name"])
    before = [row[0] for row in tx.conn.execute("SELECT unit_id FROM coordination WHERE coordinator_id = ?", (coordinator_id,))]
    tx.execute("DELETE FROM coordination WHERE coordinator_id = ?", (coordinator_id,))
    tx.executemany(
        "INSERT INTO coordination (coordinator_id, unit_id) VALUES (?, ?)", ((coordinator_id, u) for u in dict.fromkeys(unit_ids))
    )
    tx.audit("update", "coordination", coordinator_id, {"units": before}, {"units": list(dict.fromkeys(unit_ids))})
    return before


# -- the window's edits: an item typed by code, changed, removed; links undone ------------------


def nomenclature_entry(code: object, level: str, region_kind: str) -> nomenclature_source.Entry | None:
    """The nomenclature's entry for a code typed for ``level`` in a region of ``region_kind``
    (any written form; normalised), or None where no nomenclature of that level of
    government is shipped (the code's form and level are still checked). An unknown code is
    refused with the nearest known ones; one of the other level of government is refused."""
    parsed = parse_code(code)
    check_level(parsed, level, region_kind)
    table = nomenclature_source.current()
    government = government_of(region_kind)
    if table is None or not table.covers(government):
        return None
    entry = table.lookup(parsed.text)
    if entry is None:
        near = [e for e in table.nearest(parsed.text, 8) if e.level == level and e.government in (government, "both")][:3]
        if not near:
            raise ValidationError("code", UNKNOWN_CODE_ALONE, code=parsed.text)
        raise ValidationError("code", UNKNOWN_CODE, code=parsed.text, nearest="; ".join(f"{e.code} {e.name}" for e in near))
    if entry.government not in (government, "both"):
        raise ValidationError("code", WRONG_GOVERNMENT[government], code=parsed.text, name=entry.name)
    return entry


@writes
def add_coded_item(tx: Tx, renstra_id: int, level: str, code: str, name: str | None = None, **fields: Any) -> RenstraItem:
    """An item typed in the window: its code checked against the nomenclature in force (the
    nearest codes offered when unknown) and, left unnamed, named from it."""
    context_kind = _unit_region(tx, get_renstra(tx, renstra_id).unit_id)["region_kind"]
    entry = nomenclature_entry(code, level, context_kind)
    if not (name or "").strip() and entry is not None:
        name = entry.name
    return add_item(tx, renstra_id, level, normalise_code(code), name or "", **fields)


@writes
def update_item(tx: Tx, item_id: int, name: str | None = None, pagu: object = None, unit_id: object = ...) -> RenstraItem:
    """Change an item's name, pagu indikatif (any rupiah form; blank is zero) or the unit of the
    PD carrying it out (``None``: the PD itself). Its code stays: a code is what it is."""
    item = get_item(tx, item_id)
    changed: dict[str, Any] = {}
    if name is not None:
        changed["name"] = require_text(name, "name", max_length=1000)
    if pagu is not None:
        changed["pagu_sen"] = parse_rupiah(pagu, "pagu_indikatif") if str(pagu).strip() else 0
    if unit_id is not ...:
        context = RenstraContext(tx, item.renstra_id)
        if unit_id is not None and int(str(unit_id)) not in context.units:
            raise ValidationError("unit", N_("Unit dengan id {id} bukan bagian dari {pd}."), id=unit_id, pd=context.pd_name)
        changed["unit_id"] = None if unit_id is None else int(str(unit_id))
    changed = {k: v for k, v in changed.items() if v != getattr(item, k)}
    if changed:
        update_items(tx, [(item_id, {k: (getattr(item, k), v) for k, v in changed.items()})])
    return get_item(tx, item_id)


def items_below(reader: Reader, item_id: int) -> int:
    """How many kegiatan and sub-kegiatan hang below an item (what deleting it takes along)."""
    return int(
        reader.scalar(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM renstra_items WHERE parent_id = ?"
            " UNION ALL SELECT i.id FROM renstra_items i JOIN sub ON i.parent_id = sub.id) SELECT count(*) FROM sub",
            (item_id,),
        )
    )


@writes
def delete_item(tx: Tx, item_id: int, with_children: bool = False) -> int:
    """Delete an item; one with kegiatan or sub-kegiatan below is refused unless
    ``with_children`` (then its whole branch goes, indicators and links with it). Returns
    how many items went."""
    item = get_item(tx, item_id)
    below = items_below(tx, item_id)
    if below and not with_children:
        raise RefusedError(HAS_CHILDREN, text=f"{item.code} {item.name}", count=below)
    tx.execute("DELETE FROM renstra_items WHERE id = ?", (item_id,))
    tx.audit("delete", "renstra_item", item_id, {"code": item.code, "name": item.name, "items_below": below}, None)
    return below + 1


@writes
def unlink_sasaran(tx: Tx, item_id: int, goal_id: int) -> None:
    """The item no longer supports that sasaran."""
    get_item(tx, item_id)
    if tx.execute("DELETE FROM renstra_item_goals WHERE item_id = ? AND goal_id = ?", (item_id, goal_id)).rowcount:
        tx.audit("unlink", "renstra_item_goal", item_id, {"goal_id": goal_id}, None)


@writes
def link_priority(tx: Tx, item_id: int, priority_id: int) -> None:
    """Record that a Renstra item carries a priority program (program unggulan) of its RPJMD:
    what the synergy matrix by priority program shows."""
    item = get_item(tx, item_id)
    if priority_id not in RenstraContext(tx, item.renstra_id).priorities:
        raise ValidationError(
            "program_prioritas", N_("Program prioritas dengan id {id} bukan program RPJMD ini."), id=priority_id
        )
    tx.execute(
        "INSERT OR IGNORE INTO renstra_item_priorities (item_id, priority_program_id) VALUES (?, ?)", (item_id, priority_id)
    )
    tx.audit("link", "renstra_item_priority", item_id, None, {"priority_program_id": priority_id})


@writes
def unlink_priority(tx: Tx, item_id: int, priority_id: int) -> None:
    """The item no longer carries that priority program."""
    get_item(tx, item_id)
    deleted = tx.execute(
        "DELETE FROM renstra_item_priorities WHERE item_id = ? AND priority_program_id = ?", (item_id, priority_id)
    ).rowcount
    if deleted:
        tx.audit("unlink", "renstra_item_priority", item_id, {"priority_program_id": priority_id}, None)


@writes
def unlink_issue(tx: Tx, item_id: int, issue_id: int) -> None:
    """The item no longer serves that strategic issue."""
    get_item(tx, item_id)
    if tx.execute("DELETE FROM renstra_item_issues WHERE item_id = ? AND issue_id = ?", (item_id, issue_id)).rowcount:
        tx.audit("unlink", "renstra_item_issue", item_id, {"issue_id": issue_id}, None)


def plan_renstra(reader: Reader, rpjmd_id: int) -> list[tuple[int, str]]:
    """(Renstra id, PD name) of every perangkat daerah with a Renstra under this RPJMD."""
    return [
        (row[0], row[1])
        for row in reader.conn.execute(
            "SELECT s.id, u.name FROM renstra s JOIN units u ON u.id = s.unit_id WHERE s.rpjmd_id = ? ORDER BY u.sort_order, u.id",
            (rpjmd_id,),
        )
    ]


def region_kind_of(reader: Reader, renstra_id: int) -> str:
    """'provinsi', 'kabupaten' or 'kota': the level of government a Renstra's codes belong to."""
    return str(_unit_region(reader, get_renstra(reader, renstra_id).unit_id)["region_kind"])


def units_of_pd(reader: Reader, pd_id: int) -> list[tuple[int, str]]:
    """The PD and the units inside it, in tree order (who may carry an item out)."""
    return [
        (row[0], row[1])
        for row in reader.conn.execute(
            "WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL SELECT u.id, depth + 1 FROM units u JOIN sub ON u.parent_id = sub.id)"
            " SELECT u.id, u.name FROM sub JOIN units u ON u.id = sub.id ORDER BY sub.depth, u.sort_order, u.id",
            (pd_id,),
        )
    ]


def coordination_choices(
    reader: Reader, edition_id: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], dict[int, set[int]]]:
    """Of one structure: the Asisten and Staf Ahli, the perangkat daerah, and who coordinates which."""
    coordinators = [
        (row[0], row[1])
        for row in reader.conn.execute(
            "SELECT id, name FROM units WHERE edition_id = ? AND (kind IN ('asisten') OR lower(name) LIKE '%staf ahli%')"
            " ORDER BY sort_order, id",
            (edition_id,),
        )
    ]
    pds = [
        (row[0], row[1])
        for row in reader.conn.execute(
            "SELECT id, name FROM units WHERE edition_id = ? AND parent_id IS NULL ORDER BY sort_order, id", (edition_id,)
        )
    ]
    current: dict[int, set[int]] = {}
    for coordinator_id, unit_id in reader.conn.execute(
        "SELECT c.coordinator_id, c.unit_id FROM coordination c JOIN units u ON u.id = c.coordinator_id WHERE u.edition_id = ?",
        (edition_id,),
    ):
        current.setdefault(coordinator_id, set()).add(unit_id)
    return coordinators, pds, current
