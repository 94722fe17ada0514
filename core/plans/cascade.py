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
