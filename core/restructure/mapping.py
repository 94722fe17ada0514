"""The mapping of a restructuring: what becomes of each unit of the edition in force in
the draft (kept, renamed, merged into, split into several, moved, dissolved).

Decisions are stored one row per (old unit, new unit) in ``unit_mappings``. A unit with no
decision of its own follows its nearest decided ancestor: to its own copy in the draft
(``copied_from_id``) wherever that now stands, else to the unit of the same name under the
ancestor's target, else to that target itself. A unit with neither is *undecided*: apply
waits until there are none. Draft units no old unit leads to are *new*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from core.audit import now_iso, os_user
from core.errors import RefusedError, ValidationError
from core.excel.units import UnitMatcher, unit_words
from core.i18n import N_
from core.restructure.drafts import Draft, get_draft
from core.store import Reader, Tx, writes
from core.validation import Problem

ACTIONS = ("kept", "renamed", "merged", "split", "moved", "dissolved", "new")
SINGLE_TARGET = ("kept", "renamed", "merged", "moved")
ACTION_WORDS = {  # how a mapping sheet may write an action (Indonesian or English)
    "tetap": "kept", "kept": "kept",
    "ganti nama": "renamed", "ubah nama": "renamed", "berganti nama": "renamed", "renamed": "renamed",
    "gabung": "merged", "digabung": "merged", "merged": "merged",
    "pecah": "split", "dipecah": "split", "split": "split",
    "pindah": "moved", "dipindah": "moved", "moved": "moved",
    "bubar": "dissolved", "dibubarkan": "dissolved", "dihapus": "dissolved", "dissolved": "dissolved",
}  # fmt: skip

UNKNOWN_ACTION = N_("Tindakan '{action}' tidak dikenal. Pilih: tetap, ganti nama, gabung, pecah, pindah, bubar.")
NEW_NEEDS_NO_DECISION = N_("Unit baru tidak memerlukan keputusan: unit draf tanpa asal otomatis tercatat baru.")
NO_SOURCE = N_("Unit lama dengan id {id} tidak ada.")
SOURCE_ELSEWHERE = N_("Unit '{name}' bukan unit edisi yang berlaku yang ditata draf ini.")
NO_TARGET = N_("Unit tujuan dengan id {id} tidak ada.")
TARGET_OTHER_REGION = N_("Unit tujuan '{name}' milik wilayah lain.")
TARGET_OTHER_EDITION = N_("Unit tujuan '{name}' bukan unit draf ini (edisi lain).")
ONE_TARGET = N_("Unit '{name}': tindakan {action} perlu tepat satu unit tujuan (ada {count}).")
SPLIT_TARGETS = N_("Unit '{name}' dipecah: sebutkan sedikitnya dua unit tujuan (ada {count}).")
DISSOLVED_NO_TARGET = N_("Unit '{name}' dibubarkan: unit tujuan tidak diisi (pegawai dan asetnya ditempatkan satu per satu).")
TWICE = N_("Unit '{name}' diberi dua keputusan.")
MOVE_CYCLE = N_("Pemindahan berputar: {names}. Satu unit tidak dapat dipindah ke bawah dirinya sendiri.")
REFUSED = N_("Pemetaan ditolak, tidak ada yang diubah: {count} masalah. Yang pertama: {first}")
SHEET_ROW = N_("Baris {row}, kolom {column}: {message}")
SHEET_EMPTY = N_("Lembar pemetaan {path} tidak berisi baris keputusan (kolom: unit lama, tindakan, unit baru).")


class MappingRefused(RefusedError):
    """Decisions refused as a whole; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(REFUSED, count=len(problems), first=problems[0].message)


@dataclass(frozen=True)
class Decision:
    from_unit_id: int | None
    action: str
    to_unit_ids: tuple[int, ...] = ()


class DecisionLike(Protocol):
    """What a proposal has in common with a decision (core.restructure.propose.Proposal)."""

    from_unit_id: int | None
    action: str
    to_unit_ids: tuple[int, ...]


@dataclass(frozen=True)
class UnitRow:
    id: int
    parent_id: int | None
    name: str
    kind: str
    copied_from_id: int | None
    depth: int
    root_id: int


@dataclass(frozen=True)
class Resolved:
    """What becomes of one old unit: its action and targets, and the ancestor it follows
    (None: decided for itself)."""

    action: str
    targets: tuple[int, ...]
    follows: int | None = None


@dataclass
class Mapping:
    """A draft's decisions resolved over both trees, read in a few queries."""

    draft: Draft
    old: dict[int, UnitRow]
    new: dict[int, UnitRow]
    decisions: dict[int, Decision]
    resolved: dict[int, Resolved] = field(default_factory=dict)
    undecided: list[int] = field(default_factory=list)  # the top-most undecided old units, in tree order
    new_units: list[int] = field(default_factory=list)  # draft units no old unit leads to

    def subtree(self, unit_id: int, *, old: bool = False) -> list[int]:
        """A unit and every unit below it (in tree order)."""
        tree = self.old if old else self.new
        below: dict[int | None, list[int]] = {}
        for row in tree.values():
            below.setdefault(row.parent_id, []).append(row.id)
        found, stack = [], [unit_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(reversed(below.get(current, [])))
        return found


def read_units(reader: Reader, edition_id: int) -> dict[int, UnitRow]:
    """The units of an edition with depth and perangkat daerah, in tree order (one query)."""
    rows = reader.conn.execute(
        "WITH RECURSIVE t(id, parent_id, name, kind, copied_from_id, depth, root_id, path) AS ("
        " SELECT id, parent_id, name, kind, copied_from_id, 0, id, printf('%08d.%08d', sort_order, id)"
        " FROM units WHERE edition_id = :e AND parent_id IS NULL"
        " UNION ALL SELECT u.id, u.parent_id, u.name, u.kind, u.copied_from_id, t.depth + 1, t.root_id,"
        " t.path || '/' || printf('%08d.%08d', u.sort_order, u.id) FROM units u JOIN t ON u.parent_id = t.id)"
        " SELECT id, parent_id, name, kind, copied_from_id, depth, root_id FROM t ORDER BY path",
        {"e": edition_id},
    ).fetchall()
    return {row[0]: UnitRow(*row) for row in rows}


def stored_decisions(reader: Reader, restructuring_id: int) -> dict[int, Decision]:
    targets: dict[int, list[int]] = {}
    actions: dict[int, str] = {}
    for from_id, to_id, kind in reader.conn.execute(
        "SELECT from_unit_id, to_unit_id, kind FROM unit_mappings WHERE restructuring_id = ? AND from_unit_id IS NOT NULL"
        " ORDER BY id",
        (restructuring_id,),
    ):
        actions[from_id] = kind
        if to_id is not None:
            targets.setdefault(from_id, []).append(to_id)
    return {unit: Decision(unit, action, tuple(targets.get(unit, ()))) for unit, action in actions.items()}


def load_mapping(reader: Reader, edition_id: int) -> Mapping:
    """The draft's decisions resolved: every old unit's fate, the undecided and the new."""
    draft = get_draft(reader, edition_id)
    mapping = Mapping(
        draft, read_units(reader, draft.from_edition_id), read_units(reader, draft.edition_id),
        stored_decisions(reader, draft.restructuring_id),
    )  # fmt: skip
    _resolve(mapping)
    return mapping


def _resolve(mapping: Mapping) -> None:
    copies = {row.copied_from_id: row.id for row in mapping.new.values() if row.copied_from_id in mapping.old}
    by_name: dict[tuple[int, str], int] = {}  # (draft PD, unit words) → unit, for "the same name under the target"
    for row in mapping.new.values():
        by_name.setdefault((row.root_id, unit_words(row.name)), row.id)
    blocked: set[int | None] = set()  # undecided units and everything below them
    for row in mapping.old.values():  # tree order: a parent is resolved before its children
        own = mapping.decisions.get(row.id)
        if own is not None:
            mapping.resolved[row.id] = Resolved(own.action, own.to_unit_ids)
            continue
        parent = mapping.resolved.get(row.parent_id) if row.parent_id is not None else None
        if parent is None:
            if row.parent_id not in blocked:  # list only the top-most undecided unit of a branch
                mapping.undecided.append(row.id)
            blocked.add(row.id)
            continue
        follows = parent.follows or row.parent_id
        copy = copies.get(row.id)
        if copy is not None:
            mapping.resolved[row.id] = Resolved("kept", (copy,), follows)
        elif parent.action in SINGLE_TARGET:
            target = parent.targets[0]
            same = by_name.get((mapping.new[target].root_id, unit_words(row.name)))
            if same is not None and same in mapping.subtree(target):
                mapping.resolved[row.id] = Resolved("kept", (same,), follows)
            else:
                mapping.resolved[row.id] = Resolved("merged", (target,), follows)
        else:  # split or dissolved above: people and assets are placed one by one
            mapping.resolved[row.id] = Resolved(parent.action, parent.targets, follows)
    targeted = {t for r in mapping.resolved.values() for t in r.targets}
    mapping.new_units = [row.id for row in mapping.new.values() if row.id not in targeted]


# -- checking and storing decisions -----------------------------------------------------------


def check_decisions(reader: Reader, draft: Draft, decisions: Iterable[DecisionLike]) -> tuple[list[Decision], list[Problem]]:
    """Decisions cleaned, and every problem with them (nothing written)."""
    old = read_units(reader, draft.from_edition_id)
    new = read_units(reader, draft.edition_id)
    problems: list[Problem] = []
    cleaned: list[Decision] = []
    seen: set[int] = set()
    for raw in decisions:
        decision = Decision(raw.from_unit_id, str(raw.action), tuple(int(t) for t in raw.to_unit_ids))
        found = _problems_of(reader, draft, old, new, decision)
        if decision.from_unit_id is not None and decision.from_unit_id in seen:
            found.append(Problem("unit", TWICE, {"name": old[decision.from_unit_id].name}))
        if decision.from_unit_id is not None:
            seen.add(decision.from_unit_id)
        problems.extend(found)
        if not found:
            cleaned.append(decision)
    if not problems:
        stored = stored_decisions(reader, draft.restructuring_id)
        stored.update({d.from_unit_id: d for d in cleaned if d.from_unit_id is not None})
        problems.extend(move_cycles(old, new, stored))
    return cleaned, problems


def _problems_of(
    reader: Reader, draft: Draft, old: dict[int, UnitRow], new: dict[int, UnitRow], decision: Decision
) -> list[Problem]:
    if decision.action not in ACTIONS:
        return [Problem("action", UNKNOWN_ACTION, {"action": decision.action})]
    if decision.action == "new" or decision.from_unit_id is None:
        return [Problem("action", NEW_NEEDS_NO_DECISION, {})]
    problems: list[Problem] = []
    source = old.get(decision.from_unit_id)
    if source is None:
        row = reader.one("SELECT name FROM units WHERE id = ?", (decision.from_unit_id,))
        if row is None:
            return [Problem("from_unit", NO_SOURCE, {"id": decision.from_unit_id})]
        return [Problem("from_unit", SOURCE_ELSEWHERE, {"name": row["name"]})]
    for target in decision.to_unit_ids:
        if target in new:
            continue
        row = reader.one(
            "SELECT u.name, e.region_id FROM units u JOIN editions e ON e.id = u.edition_id WHERE u.id = ?", (target,)
        )
        if row is None:
            problems.append(Problem("to_unit", NO_TARGET, {"id": target}))
        elif row["region_id"] != draft.region_id:
            problems.append(Problem("to_unit", TARGET_OTHER_REGION, {"name": row["name"]}))
        else:
            problems.append(Problem("to_unit", TARGET_OTHER_EDITION, {"name": row["name"]}))
    count = len(decision.to_unit_ids)
    if decision.action in SINGLE_TARGET and count != 1:
        problems.append(Problem("to_unit", ONE_TARGET, {"name": source.name, "action": decision.action, "count": count}))
    elif decision.action == "split" and count < 2:
        problems.append(Problem("to_unit", SPLIT_TARGETS, {"name": source.name, "count": count}))
    elif decision.action == "dissolved" and count:
        problems.append(Problem("to_unit", DISSOLVED_NO_TARGET, {"name": source.name}))
    return problems


def move_cycles(old: dict[int, UnitRow], new: dict[int, UnitRow], decisions: dict[int, Decision]) -> list[Problem]:
    """Moves that go round: a unit moved below its own copy, or A moved to where B went and
    B to where A went (following each target's origin back to the old unit it copies)."""
    copies = {row.copied_from_id: row.id for row in new.values() if row.copied_from_id is not None}
    problems: list[Problem] = []
    reported: set[int] = set()
    for start, decision in decisions.items():
        if decision.action != "moved" or start in reported or not decision.to_unit_ids:
            continue
        own_copy = copies.get(start)
        target = decision.to_unit_ids[0]
        if own_copy is not None and target != own_copy and _below(new, target, own_copy):
            problems.append(Problem("to_unit", MOVE_CYCLE, {"names": f"{old[start].name} → {new[target].name}"}))
            reported.add(start)
            continue
        chain, current = [start], start
        while True:
            origin = new[decisions[current].to_unit_ids[0]].copied_from_id
            following = decisions.get(origin) if origin is not None else None
            if origin is None or following is None or following.action != "moved" or not following.to_unit_ids:
                break
            if origin == start:
                if len(chain) > 1:
                    reported.update(chain)
                    names = " → ".join(old[u].name for u in [*chain, start])
                    problems.append(Problem("to_unit", MOVE_CYCLE, {"names": names}))
                break
            if origin in chain:
                break
            chain.append(origin)
            current = origin
    return problems


def _below(tree: dict[int, UnitRow], unit_id: int, ancestor_id: int) -> bool:
    current = tree[unit_id].parent_id
    while current is not None:
        if current == ancestor_id:
            return True
        current = tree[current].parent_id
    return False


@writes
def set_decisions(tx: Tx, edition_id: int, decisions: Iterable[DecisionLike], *, notes: dict[int, str] | None = None) -> int:
    """Store decisions (replacing earlier ones for the same old units); every one is checked
    first and any problem refuses them all. Returns how many were stored."""
    draft = get_draft(tx, edition_id)
    cleaned, problems = check_decisions(tx, draft, decisions)
    if problems:
        raise MappingRefused(problems)
    if not cleaned:
        return 0
    by, at = os_user(), now_iso()
    tx.executemany(
        "DELETE FROM unit_mappings WHERE restructuring_id = ? AND from_unit_id = ?",
        [(draft.restructuring_id, d.from_unit_id) for d in cleaned],
    )
    rows = []
    for d in cleaned:
        note = (notes or {}).get(int(d.from_unit_id or 0))
        for target in d.to_unit_ids or (None,):
            rows.append((draft.restructuring_id, d.from_unit_id, target, d.action, note, by, at))
    tx.executemany(
        "INSERT INTO unit_mappings (restructuring_id, from_unit_id, to_unit_id, kind, notes, decided_by, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    tx.audit_many("map", "unit", ((d.from_unit_id, None, {"action": d.action, "to": list(d.to_unit_ids)}) for d in cleaned))
    return len(cleaned)


@writes
def accept_proposals(tx: Tx, edition_id: int, proposals: Iterable[Any]) -> int:
    """Store proposals (anything with from_unit_id, action, to_unit_ids; a ``reason`` is kept
    as the decision's note) as the user's decisions."""
    chosen = list(proposals)
    notes = {int(p.from_unit_id): str(p.reason) for p in chosen if getattr(p, "reason", None) and p.from_unit_id is not None}
    return set_decisions(tx, edition_id, [p for p in chosen if p.action != "new"], notes=notes)


@writes
def clear_decisions(tx: Tx, edition_id: int, from_unit_ids: list[int]) -> int:
    """Forget decisions: these units become undecided again (or follow their ancestor)."""
    draft = get_draft(tx, edition_id)
    count = 0
    for unit in from_unit_ids:
        count += tx.execute(
            "DELETE FROM unit_mappings WHERE restructuring_id = ? AND from_unit_id = ?", (draft.restructuring_id, unit)
        ).rowcount
    if count:
        tx.audit("unmap", "restructuring", draft.restructuring_id, {"units": from_unit_ids}, None)
    return count


# -- the mapping sheet ---------------------------------------------------------------------------

_HEADERS = {
    "from": ("unit lama", "old unit", "unit asal", "dari", "from"),
    "action": ("tindakan", "action", "aksi", "keputusan"),
    "to": ("unit baru", "new unit", "new units", "new unit(s)", "unit tujuan", "ke", "to"),
}


def read_sheet(reader: Reader, edition_id: int, path: str | Path) -> list[Decision]:
    """Decisions from a .csv/.xlsx sheet: old unit, action, new unit(s) (separated by ';' or '|'),
    each unit by id, name or 'PD › … › unit' path. Any row at fault refuses the sheet, with
    every problem named by row and column."""
    from core.excel.read import column_letter, open_workbook

    draft = get_draft(reader, edition_id)
    old_units, new_units = _scope(reader, draft.from_edition_id), _scope(reader, draft.edition_id)
    old_match, new_match = UnitMatcher(old_units, "edisi yang berlaku"), UnitMatcher(new_units, "draf")
    old_ids, new_ids = {u[0] for u in old_units}, {u[0] for u in new_units}
    with open_workbook(path) as book:
        rows = [list(row) for row in book.sheet().rows()]
    rows = [r for r in rows if any(c is not None and str(c).strip() for c in r)]
    columns = {"from": 0, "action": 1, "to": 2}
    if rows:
        header = [str(c or "").strip().lower() for c in rows[0]]
        found = {key: next((i for i, h in enumerate(header) if h in names), None) for key, names in _HEADERS.items()}
        if all(v is not None for v in found.values()):
            columns = {k: int(v) for k, v in found.items() if v is not None}
            rows = rows[1:]
            start = 2
        else:
            start = 1
    decisions: list[Decision] = []
    problems: list[Problem] = []
    for number, row in enumerate(rows, start=start):
        cells = {k: (str(row[i]).strip() if i < len(row) and row[i] is not None else "") for k, i in columns.items()}

        def refuse(key: str, message: str, number: int = number) -> None:
            problems.append(Problem(key, SHEET_ROW, {"row": number, "column": column_letter(columns[key]), "message": message}))

        action = ACTION_WORDS.get(" ".join(cells["action"].lower().split()))
        if action is None:
            refuse("action", UNKNOWN_ACTION.format(action=cells["action"]))
            continue
        try:
            source = _unit_of(cells["from"], old_match, old_ids)
        except ValidationError as exc:
            refuse("from", exc.message)
            continue
        targets: list[int] = []
        written = cells["to"]
        if columns["to"] == max(columns.values()):  # 'Y1; Y2' in a ';'-separated file: the cells after it
            written = ";".join([written, *(str(c) for c in row[columns["to"] + 1 :] if c is not None)])
        for part in (p.strip() for p in written.replace("\n", ";").replace("|", ";").split(";")):
            if not part:
                continue
            try:
                targets.append(_unit_of(part, new_match, new_ids))
            except ValidationError as exc:
                refuse("to", exc.message)
        decisions.append(Decision(source, action, tuple(targets)))
    if not decisions and not problems:
        raise RefusedError(SHEET_EMPTY, path=str(path))
    if problems:
        raise MappingRefused(problems)
    return decisions


def _scope(reader: Reader, edition_id: int) -> list[tuple[int, str, str]]:
    from core.units import units_in_order

    trail: list[str] = []
    found = []
    for unit in units_in_order(reader, edition_id):
        del trail[unit.depth :]
        trail.append(unit.name)
        found.append((unit.id, unit.name, " › ".join(trail)))
    return found


def _unit_of(value: str, matcher: UnitMatcher, ids: set[int]) -> int:
    if value.isdigit() and int(value) in ids:
        return int(value)
    return matcher.match(value)


@writes
def load_sheet(tx: Tx, edition_id: int, path: str | Path) -> int:
    """Read a mapping sheet and store its decisions (all or nothing)."""
    return set_decisions(tx, edition_id, read_sheet(tx, edition_id, path))
