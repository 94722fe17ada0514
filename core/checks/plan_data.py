"""The plans of an edition's perangkat daerah, read once for every planning check.

The Renstra of the edition's PD, the RPJMD of its region (the latest period) with its
sasaran, priority programs and issues, and the links between them: a handful of
statements, then dictionaries the checks share through ``data.shared``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from core.checks.model import EditionData
from core.plans.codes import PlanCode, parse_code


@dataclass(slots=True)
class PlanItem:
    id: int
    pd: int
    parent_id: int | None
    level: str
    code: PlanCode
    name: str


@dataclass
class PlanData:
    rpjmd_id: int | None = None
    items: dict[int, PlanItem] = field(default_factory=dict)
    goals_of: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # item → sasaran
    priorities_of: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # item → priority programs
    issues_of: dict[int, dict[int, int | None]] = field(default_factory=lambda: defaultdict(dict))  # item → issue → indicator
    sasaran: dict[int, str] = field(default_factory=dict)
    priorities: dict[int, str] = field(default_factory=dict)
    issues: dict[int, str] = field(default_factory=dict)
    issue_indicators: dict[int, int] = field(default_factory=dict)  # indicator → its issue
    specific: list[PlanItem] = field(default_factory=list)  # the items, in the order read

    def subs_by_pd_program(self) -> dict[tuple[int, str], set[str]]:
        """The sub-kegiatan codes (generic support left out) each PD runs under each program."""
        found: dict[tuple[int, str], set[str]] = defaultdict(set)
        for item in self.specific:
            if item.level == "sub_kegiatan":
                found[(item.pd, item.code.program)].add(item.code.text)
        return found

    def programs_by_pd(self) -> dict[int, set[str]]:
        """The programs (generic support left out) each PD runs, by any item under them."""
        found: dict[int, set[str]] = defaultdict(set)
        for item in self.specific:
            found[item.pd].add(item.code.program)
        return found


# The statements that read an edition's plans (module level, so bench/bench_plans.py
# can time the same reads with nothing built from them).
LATEST_RPJMD_SQL = "SELECT id FROM rpjmd WHERE region_id = ? ORDER BY period_start DESC, id DESC LIMIT 1"
_SCOPE = (
    " FROM units u CROSS JOIN renstra s ON s.unit_id = u.id JOIN renstra_items i ON i.renstra_id = s.id {join}"
    " WHERE u.edition_id = ? AND u.parent_id IS NULL"
)
# Generic support (program 01 of a bidang, or X.XX: see PlanCode.generic) is most of every
# Renstra and no planning check asks about it: SQLite leaves it out while reading.
_SPECIFIC = " AND substr(i.code, 6, 2) <> '01' AND i.code NOT LIKE 'X.%'"
ITEMS_SQL = "SELECT i.id, s.unit_id, i.parent_id, i.level, i.code, i.name" + _SCOPE.format(join="") + _SPECIFIC
DISTINCT_CODES_SQL = "SELECT DISTINCT i.code" + _SCOPE.format(join="")
CODE_USES_SQL = (
    "SELECT i.code, min(i.name), group_concat(DISTINCT s.unit_id)"
    + _SCOPE.format(join="")
    + " AND i.code IN (SELECT value FROM json_each(?)) GROUP BY i.code"
)
ITEM_GOALS_SQL = "SELECT l.item_id, l.goal_id" + _SCOPE.format(join="JOIN renstra_item_goals l ON l.item_id = i.id")
ITEM_PRIORITIES_SQL = "SELECT l.item_id, l.priority_program_id" + _SCOPE.format(
    join="JOIN renstra_item_priorities l ON l.item_id = i.id"
)
ITEM_ISSUES_SQL = "SELECT l.item_id, l.issue_id, l.indicator_id" + _SCOPE.format(
    join="JOIN renstra_item_issues l ON l.item_id = i.id"
)
SASARAN_SQL = "SELECT id, text FROM plan_goals WHERE rpjmd_id = ? AND kind = 'sasaran' ORDER BY sort_order, id"
PRIORITIES_SQL = "SELECT id, name FROM priority_programs WHERE rpjmd_id = ? ORDER BY sort_order, id"
ISSUES_SQL = "SELECT id, name FROM strategic_issues WHERE rpjmd_id = ? ORDER BY sort_order, id"
ISSUE_INDICATORS_SQL = (
    "SELECT p.id, p.issue_id FROM plan_indicators p JOIN strategic_issues s ON s.id = p.issue_id WHERE s.rpjmd_id = ?"
)
EDITION_STATEMENTS = (ITEMS_SQL, ITEM_GOALS_SQL, ITEM_PRIORITIES_SQL, ITEM_ISSUES_SQL)
RPJMD_STATEMENTS = (SASARAN_SQL, PRIORITIES_SQL, ISSUES_SQL, ISSUE_INDICATORS_SQL)


def plan_data(data: EditionData) -> PlanData:
    """The edition's plans, read on first use and shared by the checks of one run. Items of
    generic support are not read (see ``_SPECIFIC``); :func:`codes_in_use` lists every code."""
    cached = data.shared.get("plans")
    if isinstance(cached, PlanData):
        return cached
    plans = PlanData()
    data.shared["plans"] = plans
    conn = data.store.conn
    row = conn.execute(LATEST_RPJMD_SQL, (data.region_id,)).fetchone()
    plans.rpjmd_id = None if row is None else int(row[0])
    codes: dict[str, PlanCode] = {}
    for item_id, pd, parent_id, level, code, name in conn.execute(ITEMS_SQL, (data.edition_id,)):
        parsed = codes.get(code)
        if parsed is None:
            parsed = codes[code] = parse_code(code)
        item = plans.items[item_id] = PlanItem(item_id, pd, parent_id, level, parsed, name)
        plans.specific.append(item)
    for item_id, goal_id in conn.execute(ITEM_GOALS_SQL, (data.edition_id,)):
        plans.goals_of[item_id].add(goal_id)
    for item_id, priority_id in conn.execute(ITEM_PRIORITIES_SQL, (data.edition_id,)):
        plans.priorities_of[item_id].add(priority_id)
    for item_id, issue_id, indicator_id in conn.execute(ITEM_ISSUES_SQL, (data.edition_id,)):
        plans.issues_of[item_id][issue_id] = indicator_id
    if plans.rpjmd_id is not None:
        plans.sasaran = dict(conn.execute(SASARAN_SQL, (plans.rpjmd_id,)).fetchall())
        plans.priorities = dict(conn.execute(PRIORITIES_SQL, (plans.rpjmd_id,)).fetchall())
        plans.issues = dict(conn.execute(ISSUES_SQL, (plans.rpjmd_id,)).fetchall())
        plans.issue_indicators = dict(conn.execute(ISSUE_INDICATORS_SQL, (plans.rpjmd_id,)).fetchall())
    return plans


def has_codes(data: EditionData) -> bool:
    """Whether the edition's Renstra hold any item (one row read, not every code grouped)."""
    return data.store.conn.execute("SELECT 1" + _SCOPE.format(join="") + " LIMIT 1", (data.edition_id,)).fetchone() is not None


def codes_in_use(data: EditionData) -> list[str]:
    """Every distinct code of the edition's Renstra, generic support included."""
    return [row[0] for row in data.store.conn.execute(DISTINCT_CODES_SQL, (data.edition_id,))]


def code_uses(data: EditionData, codes: list[str]) -> dict[str, tuple[str, list[int]]]:
    """For the codes asked about: a name each is written with and the PD using it. Read
    only for the codes a finding names, not grouped for every code of the edition."""
    if not codes:
        return {}
    found: dict[str, tuple[str, list[int]]] = {}
    for code, name, pds in data.store.conn.execute(CODE_USES_SQL, (data.edition_id, json.dumps(codes))):
        found[code] = (name, sorted(int(pd) for pd in str(pds).split(",")))
    return found
