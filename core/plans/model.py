"""The records of the plans, as the core hands them out (plain values, no database rows)."""

from __future__ import annotations

from dataclasses import dataclass

GOAL_KINDS = ("misi", "tujuan", "sasaran")
GOAL_PARENT = {"misi": None, "tujuan": "misi", "sasaran": "tujuan"}  # the cascade's layers
ITEM_PARENT = {"program": None, "kegiatan": "program", "sub_kegiatan": "kegiatan"}
INDICATOR_OWNERS = {"goal": "goal_id", "item": "item_id", "issue": "issue_id", "priority": "priority_program_id"}


@dataclass(frozen=True)
class Rpjmd:
    id: int
    region_id: int
    name: str
    period_start: int
    period_end: int
    visi: str
    legal_basis: str | None
    created_at: str

    @property
    def years(self) -> range:
        return range(self.period_start, self.period_end + 1)


@dataclass(frozen=True)
class Goal:
    """A misi, tujuan or sasaran of an RPJMD."""

    id: int
    rpjmd_id: int
    parent_id: int | None
    kind: str
    sort_order: int
    code: str | None
    text: str


@dataclass(frozen=True)
class PriorityProgram:
    id: int
    rpjmd_id: int
    rumpun: str | None
    sort_order: int
    name: str
    goal_id: int | None


@dataclass(frozen=True)
class StrategicIssue:
    id: int
    rpjmd_id: int
    sort_order: int
    name: str
    description: str | None


@dataclass(frozen=True)
class Renstra:
    id: int
    rpjmd_id: int
    unit_id: int
    name: str
    period_start: int
    period_end: int


@dataclass(frozen=True)
class RenstraItem:
    """A program, kegiatan or sub-kegiatan of a Renstra; ``unit_id`` is the unit inside the
    perangkat daerah that carries it out (a bidang, a UPTD), when one is named."""

    id: int
    renstra_id: int
    parent_id: int | None
    level: str
    sort_order: int
    code: str
    name: str
    unit_id: int | None
    pagu_sen: int


@dataclass(frozen=True)
class Indicator:
    id: int
    owner: str  # 'goal', 'item', 'issue' or 'priority'
    owner_id: int
    name: str
    measure: str | None  # the satuan: "persen", "orang", "indeks"
    numeric: bool
    targets: dict[int, str]
