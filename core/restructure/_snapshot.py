"""One edition read whole for the restructuring reads: the checks' :class:`EditionData`
(units, urusan, statements in a handful of queries, never one per unit) plus where each
unit of a copied draft came from."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import cast

from core.checks.model import EditionData, UnitRow
from core.reference import load_reference
from core.regions import Edition, get_edition
from core.store import Reader, Store


class Snapshot:
    def __init__(self, reader: Reader, edition_id: int) -> None:
        self.edition: Edition = get_edition(reader, edition_id)
        self.data = EditionData(cast(Store, reader), edition_id)
        self.units: dict[int, UnitRow] = self.data.units
        self.urusan: dict[int, list[str]] = self.data.urusan
        self.statements: dict[int, list[str]] = defaultdict(list)
        for statement in self.data.statements:
            self.statements[statement.unit_id].append(statement.text)
        self.copied_from: dict[int, int] = {
            unit_id: source
            for unit_id, source in reader.conn.execute(
                "SELECT id, copied_from_id FROM units WHERE edition_id = ? AND copied_from_id IS NOT NULL", (edition_id,)
            )
        }
        self.children = self.data.children
        self.pd_of = self.data.pd_of
        self.path = self.data.path
        self._carried: dict[int, list[str]] = {}

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

    def subtree(self, unit_id: int) -> list[int]:
        """The unit and every unit below it."""
        found, stack = [], [unit_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children.get(current, []))
        return found

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
    known = load_reference().unit_kinds.get(kind)
    return "pd" if known is not None and known.is_pd else kind


def read_snapshot(reader: Reader, edition_id: int) -> Snapshot:
    return Snapshot(reader, edition_id)
