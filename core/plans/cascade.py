"""The cascade (pohon kinerja) read as a tree: visi → misi → tujuan → sasaran → program →
kegiatan → sub-kegiatan, each with the perangkat daerah responsible.

A node is named by ``(kind, id)``: ``("rpjmd", id)`` is the visi, ``("goal", id)`` a
misi, tujuan or sasaran, ``("item", id)`` a Renstra item. :func:`children` answers one
node in a statement or two (the window opens a node at a time); :func:`cascade_tree`
reads a whole region in a handful of statements for the command line and reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.errors import NotFoundError
from core.i18n import N_
from core.plans.codes import parse_code
from core.plans.rpjmd import region_rpjmd
from core.store import Reader

NodeRef = tuple[str, int]


@dataclass
class Node:
    kind: str  # 'visi', 'misi', 'tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan'
    id: int
    ref: str  # 'rpjmd', 'goal' or 'item': what to pass to :func:`children`
    text: str
    code: str | None = None
    pd_id: int | None = None
    pd_name: str | None = None
    pagu_sen: int = 0
    unit_name: str | None = None  # the unit inside the PD that carries a sub-kegiatan out
    period: str | None = None  # of a visi: '2025–2029'
    detail: str | None = None  # a priority program's rumpun, a strategic issue's description
    has_children: bool = False
    children: list[Node] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "id": self.id, "text": self.text}
        if self.code:
            data["code"] = self.code
        if self.pd_id is not None:
            data["pd"] = {"id": self.pd_id, "name": self.pd_name}
        if self.ref == "item":
            data["pagu_sen"] = self.pagu_sen
        if self.unit_name:
            data["unit"] = self.unit_name
        if self.period:
            data["period"] = self.period
        if self.children:
            data["children"] = [child.as_dict() for child in self.children]
        return data


_ITEM_SELECT = (
    "SELECT i.id, i.level, i.code, i.name, i.pagu_sen, s.unit_id AS pd_id, u.name AS pd_name, x.name AS unit_name,"
    " EXISTS (SELECT 1 FROM renstra_items c WHERE c.parent_id = i.id) AS has_children"
    " FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id JOIN units u ON u.id = s.unit_id"
    " LEFT JOIN units x ON x.id = i.unit_id"
)


def _item_node(row: dict[str, Any]) -> Node:
    return Node(
        row["level"],
        row["id"],
        "item",
        row["name"],
        row["code"],
        row["pd_id"],
        row["pd_name"],
        row["pagu_sen"],
        row["unit_name"],
        has_children=bool(row["has_children"]),
    )


def roots(reader: Reader, region_id: int) -> list[Node]:
    """The region's RPJMD, each as its visi (the top of a cascade)."""
    return [
        Node("visi", plan.id, "rpjmd", plan.visi, period=f"{plan.period_start}–{plan.period_end}", has_children=True)
        for plan in region_rpjmd(reader, region_id)
    ]


_GOAL_SELECT = (
    "SELECT g.id, g.kind, g.code, g.text, EXISTS (SELECT 1 FROM plan_goals c WHERE c.parent_id = g.id)"
    " OR EXISTS (SELECT 1 FROM renstra_item_goals l WHERE l.goal_id = g.id) AS has_children FROM plan_goals g"
)
# The statements :func:`children` runs (module level, so bench/bench_plans.py times the same reads).
TOP_GOALS_SQL = f"{_GOAL_SELECT} WHERE g.rpjmd_id = ? AND g.parent_id IS NULL ORDER BY g.sort_order, g.id"
CHILD_GOALS_SQL = f"{_GOAL_SELECT} WHERE g.parent_id = ? ORDER BY g.sort_order, g.id"
SASARAN_PROGRAMS_SQL = (
    f"{_ITEM_SELECT} JOIN renstra_item_goals l ON l.item_id = i.id WHERE l.goal_id = ? AND i.level = 'program'"
    " ORDER BY i.code, u.sort_order, u.id"
)
CHILD_ITEMS_SQL = f"{_ITEM_SELECT} WHERE i.parent_id = ? ORDER BY i.sort_order, i.code, i.id"


def children(reader: Reader, kind: str, node_id: int) -> list[Node]:
    """The children of one node, in order: a few indexed statements whatever the file's size."""
    if kind == "rpjmd":
        return [_goal_node(row) for row in reader.rows(TOP_GOALS_SQL, (node_id,))]
    if kind == "goal":
        goals = [_goal_node(row) for row in reader.rows(CHILD_GOALS_SQL, (node_id,))]
        return goals + [_item_node(row) for row in reader.rows(SASARAN_PROGRAMS_SQL, (node_id,))]
    if kind == "item":
        return [_item_node(row) for row in reader.rows(CHILD_ITEMS_SQL, (node_id,))]
    if kind in GROUP_SQL:
        return [_item_node(row) for row in reader.rows(GROUP_SQL[kind], (node_id,))]
    if kind == "issue":
        return [_item_node(row) for row in reader.rows(ISSUE_ITEMS_SQL, (node_id,))]
    if kind == "priority":
        return [_item_node(row) for row in reader.rows(PRIORITY_ITEMS_SQL, (node_id,))]
    if kind == "priorities":
        return [
            Node("priority", row["id"], "priority", row["name"], detail=row["rumpun"], has_children=bool(row["has_children"]))
            for row in reader.rows(PRIORITIES_SQL, (node_id,))
        ]
    if kind == "issues":
        return [
            Node("issue", row["id"], "issue", row["name"], detail=row["description"], has_children=bool(row["has_children"]))
            for row in reader.rows(ISSUES_SQL, (node_id,))
        ]
    raise NotFoundError(N_("Simpul pohon kinerja '{kind}' tidak dikenal."), kind=kind)


def _goal_node(row: dict[str, Any]) -> Node:
    return Node(row["kind"], row["id"], "goal", row["text"], row["code"], has_children=bool(row["has_children"]))


def cascade_tree(reader: Reader, region_id: int) -> list[Node]:
    """Every RPJMD of a region as a whole tree, read in four statements per RPJMD. Programs
    that support no sasaran hang under a node of kind 'unaligned' (tidak selaras), the
    generic support programs (program 01) under one of kind 'support'."""
    trees = roots(reader, region_id)
    for top in trees:
        goals = reader.rows(
            "SELECT id, parent_id, kind, code, text FROM plan_goals WHERE rpjmd_id = ? ORDER BY sort_order, id", (top.id,)
        )
        items = reader.rows(
            "SELECT i.id, i.parent_id, i.level, i.code, i.name, i.pagu_sen, s.unit_id AS pd_id, u.name AS pd_name,"
            " x.name AS unit_name FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id JOIN units u ON u.id = s.unit_id"
            " LEFT JOIN units x ON x.id = i.unit_id WHERE s.rpjmd_id = ? ORDER BY i.sort_order, i.code, i.id",
            (top.id,),
        )
        links = reader.conn.execute(
            "SELECT l.goal_id, l.item_id FROM renstra_item_goals l JOIN plan_goals g ON g.id = l.goal_id WHERE g.rpjmd_id = ?",
            (top.id,),
        ).fetchall()
        goal_nodes = {row["id"]: _goal_node({**row, "has_children": False}) for row in goals}
        item_nodes = {row["id"]: _item_node({**row, "has_children": False}) for row in items}
        for row in goals:
            parent = goal_nodes.get(row["parent_id"]) if row["parent_id"] is not None else top
            (parent or top).children.append(goal_nodes[row["id"]])
        linked: set[int] = set()
        by_goal: dict[int, list[int]] = defaultdict(list)
        for goal_id, item_id in links:
            if item_id in item_nodes and item_nodes[item_id].kind == "program":
                by_goal[goal_id].append(item_id)
            linked.add(item_id)
        for goal_id, item_ids in by_goal.items():
            if goal_id in goal_nodes:
                goal_nodes[goal_id].children.extend(
                    item_nodes[i] for i in sorted(item_ids, key=lambda i: item_nodes[i].code or "")
                )
        unaligned = Node("unaligned", top.id, "rpjmd", N_("Program yang tidak mendukung sasaran RPJMD"))
        support = Node("support", top.id, "rpjmd", N_("Program penunjang urusan (dijalankan setiap perangkat daerah)"))
        for row in items:
            node = item_nodes[row["id"]]
            if row["parent_id"] is not None and row["parent_id"] in item_nodes:
                item_nodes[row["parent_id"]].children.append(node)
            elif node.kind == "program" and row["id"] not in linked:
                (support if parse_code(node.code).generic else unaligned).children.append(node)
        top.children.extend(group for group in (unaligned, support) if group.children)
        for node in (*goal_nodes.values(), *item_nodes.values(), top):
            node.has_children = bool(node.children)
    return trees


# -- beside the cascade, under each visi: what the window lists next to misi ------------------

# Generic support (program 01 of any bidang, X.XX) in SQL: codes are kept in one written form.
# Programs are the items without a parent: "parent_id IS NULL" lets SQLite walk the index
# renstra_items_tree (renstra_id, parent_id) instead of every item of the Renstra (10-20x).
_GENERIC = "(substr(i.code, 1, 4) = 'X.XX' OR substr(i.code, 5, 3) = '.01')"
# A program is aligned when it, or one of its kegiatan, supports a sasaran (as plan_alignment judges).
_ALIGNED = (
    "(EXISTS (SELECT 1 FROM renstra_item_goals l WHERE l.item_id = i.id) OR EXISTS (SELECT 1 FROM renstra_items k"
    " JOIN renstra_item_goals l ON l.item_id = k.id WHERE k.parent_id = i.id))"
)
_PROGRAMS_OF_PLAN = f"{_ITEM_SELECT} WHERE i.renstra_id IN (SELECT id FROM renstra WHERE rpjmd_id = ?) AND i.parent_id IS NULL AND i.level = 'program'"
GROUP_SQL = {
    "unaligned": f"{_PROGRAMS_OF_PLAN} AND NOT {_GENERIC} AND NOT {_ALIGNED} ORDER BY u.sort_order, u.id, i.code",
    "support": f"{_PROGRAMS_OF_PLAN} AND {_GENERIC} ORDER BY u.sort_order, u.id, i.code",
}
ISSUE_ITEMS_SQL = (
    f"{_ITEM_SELECT} JOIN renstra_item_issues l ON l.item_id = i.id WHERE l.issue_id = ? ORDER BY u.sort_order, i.code"
)
PRIORITY_ITEMS_SQL = (
    f"{_ITEM_SELECT} JOIN renstra_item_priorities l ON l.item_id = i.id WHERE l.priority_program_id = ?"
    " ORDER BY u.sort_order, i.code"
)
PRIORITIES_SQL = (
    "SELECT p.id, p.name, p.rumpun, EXISTS (SELECT 1 FROM renstra_item_priorities l WHERE l.priority_program_id = p.id)"
    " AS has_children FROM priority_programs p WHERE p.rpjmd_id = ? ORDER BY p.sort_order, p.id"
)
ISSUES_SQL = (
    "SELECT s.id, s.name, s.description, EXISTS (SELECT 1 FROM renstra_item_issues l WHERE l.issue_id = s.id) AS has_children"
    " FROM strategic_issues s WHERE s.rpjmd_id = ? ORDER BY s.sort_order, s.id"
)
GROUP_TEXTS = {
    "priorities": N_("Program prioritas"),
    "issues": N_("Isu strategis"),
    "unaligned": N_("Program yang tidak mendukung sasaran RPJMD"),
    "support": N_("Program penunjang urusan (dijalankan setiap perangkat daerah)"),
}
GROUPS_SQL = (
    "SELECT (SELECT count(*) FROM priority_programs WHERE rpjmd_id = :p),"
    " (SELECT count(*) FROM strategic_issues WHERE rpjmd_id = :p),"
    f" (SELECT count(*) FROM renstra_items i WHERE i.renstra_id IN (SELECT id FROM renstra WHERE rpjmd_id = :p)"
    f" AND i.parent_id IS NULL AND i.level = 'program' AND NOT {_GENERIC} AND NOT {_ALIGNED}),"
    f" (SELECT count(*) FROM renstra_items i WHERE i.renstra_id IN (SELECT id FROM renstra WHERE rpjmd_id = :p)"
    f" AND i.parent_id IS NULL AND i.level = 'program' AND {_GENERIC})"
)


def groups(reader: Reader, rpjmd_id: int) -> list[Node]:
    """The lists a visi shows after its misi (one statement): priority programs and strategic
    issues (always, to add to), programs that support no sasaran and the generic support
    programs (when there are any). Each node's ``pagu_sen`` holds how many it lists."""
    counts = reader.conn.execute(GROUPS_SQL, {"p": rpjmd_id}).fetchone()
    found = []
    for kind, count in zip(GROUP_TEXTS, counts, strict=True):
        if count or kind in ("priorities", "issues"):
            found.append(Node(kind, rpjmd_id, kind, GROUP_TEXTS[kind], pagu_sen=int(count), has_children=bool(count)))
    return found


@dataclass(frozen=True)
class Alignment:
    """How much of one perangkat daerah's Renstra supports the RPJMD: its programs (generic
    support left out) that support a sasaran themselves or through a kegiatan, and their pagu."""

    pd_id: int
    pd_name: str
    programs: int
    aligned: int
    pagu_sen: int
    aligned_pagu_sen: int

    @property
    def pagu_share(self) -> float | None:
        return self.aligned_pagu_sen / self.pagu_sen if self.pagu_sen else None


ALIGNMENT_SQL = (
    f"SELECT s.unit_id AS pd_id, u.name AS pd_name, count(i.id) AS programs, coalesce(sum({_ALIGNED}), 0) AS aligned,"
    f" coalesce(sum(i.pagu_sen), 0) AS pagu_sen, coalesce(sum(CASE WHEN {_ALIGNED} THEN i.pagu_sen END), 0) AS aligned_pagu_sen"
    f" FROM renstra s JOIN units u ON u.id = s.unit_id"
    f" LEFT JOIN renstra_items i ON i.renstra_id = s.id AND i.parent_id IS NULL AND i.level = 'program' AND NOT {_GENERIC}"
    " WHERE s.rpjmd_id = ? GROUP BY s.id ORDER BY count(i.id) = 0, u.sort_order, u.id"
)


def alignment(reader: Reader, rpjmd_id: int) -> list[Alignment]:
    """Per perangkat daerah with a Renstra under this RPJMD, in one statement; those with
    programs of their own first (a PD running only the support program has nothing to align)."""
    return [Alignment(**row) for row in reader.rows(ALIGNMENT_SQL, (rpjmd_id,))]


# The owners of the indicators shown beside a node's children: (owner, the children's ids).
_CHILD_OWNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "rpjmd": (("goal", "SELECT id FROM plan_goals WHERE rpjmd_id = :n AND parent_id IS NULL"),),
    "goal": (
        ("goal", "SELECT id FROM plan_goals WHERE parent_id = :n"),
        ("item", "SELECT item_id FROM renstra_item_goals WHERE goal_id = :n"),
    ),
    "item": (("item", "SELECT id FROM renstra_items WHERE parent_id = :n"),),
    "priorities": (("priority", "SELECT id FROM priority_programs WHERE rpjmd_id = :n"),),
    "issues": (("issue", "SELECT id FROM strategic_issues WHERE rpjmd_id = :n"),),
    "issue": (("item", "SELECT item_id FROM renstra_item_issues WHERE issue_id = :n"),),
    "priority": (("item", "SELECT item_id FROM renstra_item_priorities WHERE priority_program_id = :n"),),
    "unaligned": (
        (
            "item",
            "SELECT id FROM renstra_items WHERE renstra_id IN (SELECT id FROM renstra WHERE rpjmd_id = :n) AND parent_id IS NULL AND level = 'program'",
        ),
    ),
    "support": (
        (
            "item",
            "SELECT id FROM renstra_items WHERE renstra_id IN (SELECT id FROM renstra WHERE rpjmd_id = :n) AND parent_id IS NULL AND level = 'program'",
        ),
    ),
}
_OWNER_COLUMNS = {"goal": "goal_id", "item": "item_id", "issue": "issue_id", "priority": "priority_program_id"}


def child_indicators(
    reader: Reader, kind: str, node_id: int
) -> dict[tuple[str, int], list[tuple[str, str | None, dict[int, str]]]]:
    """The indicators of a node's children with their yearly targets, in one statement:
    (owner, owner id) → [(name, satuan, {year: target})], in their order."""
    parts = [
        f"SELECT '{owner}' AS owner, i.{_OWNER_COLUMNS[owner]} AS owner_id, i.id, i.sort_order, i.name, i.measure, t.year, t.value"
        f" FROM plan_indicators i LEFT JOIN plan_targets t ON t.indicator_id = i.id WHERE i.{_OWNER_COLUMNS[owner]} IN ({ids})"
        for owner, ids in _CHILD_OWNERS.get(kind, ())
    ]
    found: dict[tuple[str, int], dict[int, tuple[str, str | None, dict[int, str]]]] = defaultdict(dict)
    if not parts:
        return {}
    sql = " UNION ALL ".join(parts) + " ORDER BY 1, 2, 4, 3, 7"
    for owner, owner_id, indicator_id, _order, name, measure, year, value in reader.conn.execute(sql, {"n": node_id}):
        entry = found[(owner, owner_id)].setdefault(indicator_id, (name, measure, {}))
        if year is not None:
            entry[2][int(year)] = value
    return {key: list(indicators.values()) for key, indicators in found.items()}
