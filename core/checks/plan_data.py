"""The plans of an edition's perangkat daerah, read once for every planning check.

The Renstra of the edition's PD, the RPJMD of its region (the latest period) with its
sasaran, priority programs and issues, and the links between them: a handful of
statements, then dictionaries the checks share through ``data.shared``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from core.checks.model import EditionData
from core.plans.codes import PlanCode, parse_code


@dataclass(frozen=True)
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
    has_renstra: set[int] = field(default_factory=set)  # PD with a Renstra

    def subs_by_pd_program(self) -> dict[tuple[int, str], set[str]]:
        """The sub-kegiatan codes (generic support left out) each PD runs under each program."""
        found: dict[tuple[int, str], set[str]] = defaultdict(set)
        for item in self.items.values():
            if item.level == "sub_kegiatan" and not item.code.generic:
                found[(item.pd, item.code.program)].add(item.code.text)
        return found

    def programs_by_pd(self) -> dict[int, set[str]]:
        found: dict[int, set[str]] = defaultdict(set)
        for item in self.items.values():
            found[item.pd].add(item.code.program)
        return found


def plan_data(data: EditionData) -> PlanData:
    """The edition's plans, read on first use and shared by the checks of one run."""
    cached = data.shared.get("plans")
    if isinstance(cached, PlanData):
        return cached
    plans = PlanData()
    data.shared["plans"] = plans
    conn = data.store.conn
    row = conn.execute(
        "SELECT id FROM rpjmd WHERE region_id = ? ORDER BY period_start DESC, id DESC LIMIT 1", (data.region_id,)
    ).fetchone()
    plans.rpjmd_id = None if row is None else int(row[0])
    codes: dict[str, PlanCode] = {}
    for item_id, pd, parent_id, level, code, name in conn.execute(
        "SELECT i.id, s.unit_id, i.parent_id, i.level, i.code, i.name FROM units u CROSS JOIN renstra s ON s.unit_id = u.id"
        " JOIN renstra_items i ON i.renstra_id = s.id WHERE u.edition_id = ? AND u.parent_id IS NULL",
        (data.edition_id,),
    ):
        parsed = codes.get(code)
        if parsed is None:
            parsed = codes[code] = parse_code(code)
        plans.items[item_id] = PlanItem(item_id, pd, parent_id, level, parsed, name)
        plans.has_renstra.add(pd)
    scope = (
        " FROM units u CROSS JOIN renstra s ON s.unit_id = u.id JOIN renstra_items i ON i.renstra_id = s.id {join}"
        " WHERE u.edition_id = ? AND u.parent_id IS NULL"
    )
    for item_id, goal_id in conn.execute(
        "SELECT l.item_id, l.goal_id" + scope.format(join="JOIN renstra_item_goals l ON l.item_id = i.id"), (data.edition_id,)
    ):
        plans.goals_of[item_id].add(goal_id)
    for item_id, priority_id in conn.execute(
        "SELECT l.item_id, l.priority_program_id" + scope.format(join="JOIN renstra_item_priorities l ON l.item_id = i.id"),
        (data.edition_id,),
    ):
        plans.priorities_of[item_id].add(priority_id)
    for item_id, issue_id, indicator_id in conn.execute(
        "SELECT l.item_id, l.issue_id, l.indicator_id" + scope.format(join="JOIN renstra_item_issues l ON l.item_id = i.id"),
        (data.edition_id,),
    ):
        plans.issues_of[item_id][issue_id] = indicator_id
    if plans.rpjmd_id is not None:
        plans.sasaran = dict(
            conn.execute(
                "SELECT id, text FROM plan_goals WHERE rpjmd_id = ? AND kind = 'sasaran' ORDER BY sort_order, id",
                (plans.rpjmd_id,),
            ).fetchall()
        )
        plans.priorities = dict(
            conn.execute(
                "SELECT id, name FROM priority_programs WHERE rpjmd_id = ? ORDER BY sort_order, id", (plans.rpjmd_id,)
            ).fetchall()
        )
        plans.issues = dict(
            conn.execute(
                "SELECT id, name FROM strategic_issues WHERE rpjmd_id = ? ORDER BY sort_order, id", (plans.rpjmd_id,)
            ).fetchall()
        )
        plans.issue_indicators = dict(
            conn.execute(
                "SELECT p.id, p.issue_id FROM plan_indicators p JOIN strategic_issues s ON s.id = p.issue_id WHERE s.rpjmd_id = ?",
                (plans.rpjmd_id,),
            ).fetchall()
        )
    return plans
