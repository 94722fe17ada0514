"""What the checks work on and what they return.

:class:`EditionData` reads an edition once (a handful of queries) and every check reads
from it; :class:`Finding` is one thing a check found, with a message template and its
parameters kept apart so the Qt face can translate the template.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from core.reference import Reference, load_reference
from core.store import Store

SEVERITIES = ("error", "warning", "note")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass
class Finding:
    """One finding. ``key`` identifies it across runs (for acceptance): rule, units, detail."""

    rule: str
    severity: str
    units: tuple[int, ...]
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    advice: str = ""
    basis: str = ""
    detail: str = ""  # what distinguishes two findings of one rule on the same units
    data: dict[str, Any] = field(default_factory=dict)  # e.g. the two statements of an overlap
    accepted: Acceptance | None = None

    @property
    def key(self) -> str:
        return f"{self.rule}|{','.join(str(u) for u in sorted(self.units))}|{self.detail}"

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def advice_text(self) -> str:
        return self.advice.format(**self.params)


@dataclass(frozen=True)
class Acceptance:
    reason: str
    accepted_by: str
    accepted_at: str


@dataclass(frozen=True)
class UnitRow:
    id: int
    parent_id: int | None
    kind: str
    name: str
    typology: str | None
    eselon: str | None
    sort_order: int
    short_name: str | None = None


@dataclass(frozen=True)
class Statement:
    id: int
    unit_id: int
    number: int  # 1-based, as printed in the Perkada
    text: str
    urusan: str | None = None  # the bidang urusan the statement is tagged with, if any


class EditionData:
    """An edition's units, urusan, programs and statements, read once for all checks."""

    def __init__(self, store: Store, edition_id: int) -> None:
        self.store = store
        self.edition_id = edition_id
        self.ref: Reference = load_reference()
        edition = store.one(
            "SELECT e.id, e.name, e.region_id, r.kind AS region_kind, r.name AS region_name"
            " FROM editions e JOIN regions r ON r.id = e.region_id WHERE e.id = ?",
            (edition_id,),
        )
        if edition is None:
            from core.regions import get_edition

            get_edition(store, edition_id)  # raises the usual NotFoundError
        assert edition is not None
        self.edition_name: str = edition["name"]
        self.region_id: int = edition["region_id"]
        self.region_kind: str = edition["region_kind"]
        self.region_name: str = edition["region_name"]
        conn = store.conn
        self.units: dict[int, UnitRow] = {
            row[0]: UnitRow(*row)
            for row in conn.execute(
                "SELECT id, parent_id, kind, name, typology, eselon, sort_order, short_name FROM units WHERE edition_id = ?"
                " ORDER BY sort_order, id",
                (edition_id,),
            )
        }
        self.children: dict[int | None, list[int]] = defaultdict(list)
        for unit in self.units.values():
            self.children[unit.parent_id].append(unit.id)
        self.urusan: dict[int, list[str]] = defaultdict(list)
        for unit_id, code in conn.execute(
            "SELECT uu.unit_id, uu.urusan_code FROM unit_urusan uu JOIN units u ON u.id = uu.unit_id"
            " WHERE u.edition_id = ? ORDER BY uu.unit_id, uu.sort_order",
            (edition_id,),
        ):
            self.urusan[unit_id].append(code)
        self.programs: dict[int, list[str]] = defaultdict(list)
        for unit_id, code in conn.execute(
            "SELECT p.unit_id, p.program_code FROM unit_programs p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?",
            (edition_id,),
        ):
            self.programs[unit_id].append(code)
        self.statements: list[Statement] = []
        numbers: dict[int, int] = defaultdict(int)
        for function_id, unit_id, text, code in conn.execute(
            "SELECT f.id, f.unit_id, f.text, f.urusan_code FROM unit_functions f JOIN units u ON u.id = f.unit_id"
            " WHERE u.edition_id = ? ORDER BY f.unit_id, f.sort_order, f.id",
            (edition_id,),
        ):
            numbers[unit_id] += 1
            self.statements.append(Statement(function_id, unit_id, numbers[unit_id], text, code))
        self.problems: list[CheckProblem] = []  # rule tables with mistakes, checks that failed
        self.shared: dict[str, Any] = {}  # work one check does that another reuses (the overlap index)
        self._paths: dict[int, str] = {}
        self._pd_urusan: dict[int, list[str]] | None = None
        self.relevant_urusan: set[str] = {
            row[0]
            for row in conn.execute("SELECT urusan_code FROM region_relevant_urusan WHERE region_id = ?", (self.region_id,))
        }

    @cached_property
    def pd_of(self) -> dict[int, int]:
        """Each unit's perangkat daerah: the top-level unit above it (itself at the top)."""
        result: dict[int, int] = {}
        for top in self.children.get(None, []):
            stack = [top]
            while stack:
                unit_id = stack.pop()
                result[unit_id] = top
                stack.extend(self.children.get(unit_id, ()))
        return result

    @property
    def pds(self) -> list[int]:
        return list(self.children.get(None, []))

    def name(self, unit_id: int) -> str:
        return self.units[unit_id].name

    def pd_urusan(self) -> dict[int, list[str]]:
        """Urusan carried per PD: its own and those of units below it, in order, once each
        (worked out once per edition: five checks ask; read it, do not change it)."""
        if self._pd_urusan is None:
            carried: dict[int, list[str]] = defaultdict(list)
            for unit_id in self.units:
                pd = self.pd_of.get(unit_id)
                if pd is None:
                    continue
                for code in self.urusan.get(unit_id, ()):
                    if code not in carried[pd]:
                        carried[pd].append(code)
            self._pd_urusan = dict(carried)
        return self._pd_urusan

    def pd_programs(self) -> dict[int, set[str]]:
        programs: dict[int, set[str]] = defaultdict(set)
        for unit_id, codes in self.programs.items():
            pd = self.pd_of.get(unit_id)
            if pd is not None:
                programs[pd].update(codes)
        return programs

    def urusan_of(self, unit_id: int) -> str | None:
        """The first urusan a unit carries, or else the nearest unit above it carries."""
        current: int | None = unit_id
        while current is not None:
            codes = self.urusan.get(current)
            if codes:
                return codes[0]
            current = self.units[current].parent_id
        return None

    def label(self, unit_id: int) -> str:
        """'Bidang Statistik (Dinas Komunikasi dan Informatika)': a unit by its own name with
        its perangkat daerah (by its short name where the file gives one: 'Bappeda'), short
        enough to read in one pass; a PD by its name alone."""
        pd = self.pd_of.get(unit_id, unit_id)
        own = self.units[unit_id].name
        return own if pd == unit_id else f"{own} ({self.units[pd].short_name or self.units[pd].name})"

    def path(self, unit_id: int) -> str:
        """'Dinas X › Bidang Y': how a unit is named in details (each built once: a staffing
        note lists every position of its PD)."""
        known = self._paths.get(unit_id)
        if known is None:
            unit = self.units[unit_id]
            known = unit.name if unit.parent_id is None else f"{self.path(unit.parent_id)} › {unit.name}"
            self._paths[unit_id] = known
        return known


@dataclass
class CheckProblem:
    """A check that could not run as asked (e.g. a rule table with a mistake)."""

    rule: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)
