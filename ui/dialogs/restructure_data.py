"""What the restructuring window shows of one draft, read in one go off the window's thread
(the proposal and the impact take a moment on a big region): plain values, ready to show."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.restructure import impact as impacts
from core.restructure import mapping as mappings
from core.restructure import placing
from core.restructure import propose as proposing
from core.restructure.placing import Waiting
from core.restructure.propose import Proposal
from core.store import open_store
from ui.models.restructure_compare import TreeUnit
from ui.models.restructure_mapping import MappingRow


@dataclass
class DraftView:
    edition_id: int
    stamp: str
    proposals: dict[int, Proposal]
    rows: list[MappingRow]
    undecided: int
    totals: dict[str, Any]
    by_source: list[dict[str, Any]]
    by_target: list[dict[str, Any]]
    people: list[Waiting]  # where a split or dissolution leaves a choice: the bench and those placed
    assets: list[Waiting]
    draft_units: list[tuple[int, str]]  # the places to choose from, indented in tree order
    on_bench: int  # who would wait on the bench if applied now: no unit, or only a proposal
    problems: list[Any] = field(default_factory=list)


def read_draft_view(path: Path, edition_id: int, labels: dict[str, str], cancel: threading.Event) -> DraftView:
    """Proposal, decisions and impact of a draft, on a read-only connection of its own."""
    with open_store(path, read_only=True) as store:
        found = impacts.compute_impact(store, edition_id)
        m = found.mapping
        proposals = {
            p.from_unit_id: p for p in proposing.propose(store, m.draft.from_edition_id, edition_id) if p.from_unit_id is not None
        }
        undecided_tops = set(m.undecided)
        undecided = {u for top in undecided_tops for u in m.subtree(top, old=True)}

        def names(ids: tuple[int, ...]) -> str:
            return "; ".join(m.new[t].name for t in ids if t in m.new)

        rows = []
        for unit_id, unit in m.old.items():
            proposal = proposals.get(unit_id)
            resolved = m.resolved.get(unit_id)
            decided = m.decisions.get(unit_id)
            if decided is not None:
                state, action, targets = "decided", decided.action, decided.to_unit_ids
            elif resolved is not None and unit_id not in undecided:
                state, action, targets = "follows", resolved.action, resolved.targets
            else:
                state, action, targets = "undecided", "", ()
            rows.append(
                MappingRow(
                    unit_id,
                    unit.depth,
                    unit.name,
                    labels.get(proposal.action, proposal.action) if proposal else None,
                    names(proposal.to_unit_ids) if proposal else "",
                    proposal.confidence if proposal else None,
                    proposal.reason if proposal else "",
                    labels.get(action, action) if state != "undecided" else labels["undecided"],
                    names(targets),
                    state,
                )
            )
        summary = found.to_json()
        people = placing.waiting(store, found, "staff")
        assets = placing.waiting(store, found, "asset")
        return DraftView(
            edition_id,
            found.stamp,
            proposals,
            rows,
            len(undecided),
            summary["totals"],
            summary["by_source"],
            summary["by_target"],
            people,
            assets,
            [(u.id, "    " * u.depth + u.name) for u in m.new.values()],
            sum(p.to_unit_id is None or p.how == "proposed" for p in found.staff),
            list(found.problems),
        )


def proposals_at_least(view: DraftView, confidence: float) -> list[Proposal]:
    """The proposals a user accepts with "Terima semua usulan" at this confidence."""
    return [p for p in view.proposals.values() if p.action != "new" and p.confidence >= confidence - 1e-9]


def decision_for(unit_id: int, action: str, targets: list[int]) -> mappings.Decision:
    return mappings.Decision(unit_id, action, tuple(targets))


@dataclass
class ComparisonView:
    """Two editions compared (``data``: the very JSON of ``main.py diff --json``) and their
    trees, each unit with its change; ``counterparts``: for a unit of either side, the units
    of the other side the mapping relates it to."""

    edition_a: int
    edition_b: int
    data: dict[str, Any]
    tree_a: list[TreeUnit]
    tree_b: list[TreeUnit]
    a_to_b: dict[int, list[int]]
    b_to_a: dict[int, list[int]]


def read_comparison(path: Path, edition_a: int, edition_b: int, cancel: threading.Event) -> ComparisonView:
    """The comparison of two editions, on a read-only connection of its own."""
    from core.restructure.compare import compare

    with open_store(path, read_only=True) as store:
        data = compare(store, edition_a, edition_b).to_json()
        units_a = mappings.read_units(store, edition_a)
        units_b = mappings.read_units(store, edition_b)
    changed_a: dict[int, str] = {}
    changed_b: dict[int, str] = {}
    for row in data["added"]:
        changed_b[row["id"]] = "added"
    for row in data["removed"]:
        changed_a[row["id"]] = "removed"
    for change in ("renamed", "moved"):
        for row in data[change]:
            changed_a[row["from"]["id"]] = changed_b[row["to"]["id"]] = change
    for row in data["merged"]:
        changed_b[row["to"]["id"]] = "merged"
        changed_a.update((source["id"], "merged") for source in row["from"])
    for row in data["split"]:
        changed_a[row["from"]["id"]] = "split"
        changed_b.update((target["id"], "split") for target in row["to"])
    a_to_b: dict[int, list[int]] = {}
    b_to_a: dict[int, list[int]] = {}
    for row in data["mapping"]:
        source = row["from_unit_id"]
        if source is None:
            continue
        targets = [t for t in row["to_unit_ids"] if t in units_b]
        a_to_b[source] = targets
        for target in targets:
            b_to_a.setdefault(target, []).append(source)

    def tree(units: dict[int, mappings.UnitRow], changed: dict[int, str]) -> list[TreeUnit]:
        return [TreeUnit(u.id, u.parent_id, u.name, changed.get(u.id)) for u in units.values()]

    return ComparisonView(edition_a, edition_b, data, tree(units_a, changed_a), tree(units_b, changed_b), a_to_b, b_to_a)
