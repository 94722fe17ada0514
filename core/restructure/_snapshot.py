"""One edition read whole for the restructuring reads: units, their own function statements
and the urusan they carry, in three queries (never a query per unit)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from core.reference import load_reference
from core.regions import Edition, get_edition
from core.store import Reader


@dataclass(frozen=True)
class SnapUnit:
    id: int
    parent_id: int | None
    kind: str
    name: str
    typology: str | None
    eselon: str | None
    code: str | None
    copied_from_id: int | None


@dataclass
class Snapshot:
    edition: Edition
    units: dict[int, SnapUnit]
    statements: dict[int, list[str]] = field(default_factory=dict)
    urusan: dict[int, list[str]] = field(default_factory=dict)
    _carried: dict[int, list[str]] = field(default_factory=dict, repr=False)

    @cached_property
    def children(self) -> dict[int | None, list[int]]:
        found: dict[int | None, list[int]] = defaultdict(list)
        for unit in self.units.values():
            found[unit.parent_id].append(unit.id)
        return found

    @cached_property
    def depth(self) -> dict[int, int]:
        """0 for a perangkat daerah at the top, 1 below it, and so on."""
        found: dict[int, int] = {}
        stack = [(unit_id, 0) for unit_id in self.children.get(None, [])]
        while stack:
            unit_id, level = stack.pop()
            found[unit_id] = level
            stack.extend((child, level + 1) for child in self.children.get(unit_id, []))
        return found

    @cached_property
    def pd_of(self) -> dict[int, int]:
        """Each unit's perangkat daerah: the unit at the top above it (itself at the top)."""
        found: dict[int, int] = {}
        for top in self.children.get(None, []):
            stack = [top]
            while stack:
                unit_id = stack.pop()
                found[unit_id] = top
                stack.extend(self.children.get(unit_id, []))
        return found

    def subtree(self, unit_id: int) -> list[int]:
        """The unit and every unit below it."""
        found, stack = [], [unit_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children.get(current, []))
        return found

    def path(self, unit_id: int) -> str:
        """'Dinas X › Bidang Y': how messages name a unit."""
        names = []
        current: int | None = unit_id
        while current is not None:
            names.append(self.units[current].name)
            current = self.units[current].parent_id
        return " › ".join(reversed(names))

    def carried(self, unit_id: int) -> list[str]:
        """Urusan a unit carries, its own and those of the units below it, once each."""
        if unit_id not in self._carried:
            codes: list[str] = []
            for member in self.subtree(unit_id):
                codes.extend(code for code in self.urusan.get(member, []) if code not in codes)
            self._carried[unit_id] = codes
        return self._carried[unit_id]


def unit_group(kind: str) -> str:
    """Units are mapped to units of their own group: every perangkat daerah kind is one group
    (a dinas may become a badan), any other kind is its own (a biro to a biro)."""
    kinds = load_reference().unit_kinds
    known = kinds.get(kind)
    return "pd" if known is not None and known.is_pd else kind


def read_snapshot(reader: Reader, edition_id: int) -> Snapshot:
    edition = get_edition(reader, edition_id)
    conn = reader.conn
    units = {
        row[0]: SnapUnit(*row)
        for row in conn.execute(
            "SELECT id, parent_id, kind, name, typology, eselon, code, copied_from_id FROM units"
            " WHERE edition_id = ? ORDER BY sort_order, id",
            (edition_id,),
        )
    }
    snapshot = Snapshot(edition, units)
    for unit_id, text in conn.execute(
        "SELECT f.unit_id, f.text FROM unit_functions f JOIN units u ON u.id = f.unit_id"
        " WHERE u.edition_id = ? ORDER BY f.unit_id, f.sort_order, f.id",
        (edition_id,),
    ):
        snapshot.statements.setdefault(unit_id, []).append(text)
    for unit_id, code in conn.execute(
        "SELECT x.unit_id, x.urusan_code FROM unit_urusan x JOIN units u ON u.id = x.unit_id"
        " WHERE u.edition_id = ? ORDER BY x.unit_id, x.sort_order, x.urusan_code",
        (edition_id,),
    ):
        snapshot.urusan.setdefault(unit_id, []).append(code)
    return snapshot
