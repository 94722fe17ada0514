"""What the restructuring window shows of one draft, read in one go off the window's thread
(the proposal and the impact take a moment on a big region): plain values, ready to show."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.restructure import impact as impacts
from core.restructure import mapping as mappings
from core.restructure import propose as proposing
from core.restructure.propose import Proposal
from core.staff import get_staff
from core.store import open_store
from ui.models.restructure_mapping import MappingRow

BENCH_SHOWN = 500  # people listed by name; the count says how many there are


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
    bench: list[tuple[str, str, str, str]]  # NIP, name, old unit, proposed unit
    proposed_assets: list[tuple[str, str, int, int]]  # old unit, proposed unit, count, value (sen)
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
        bench = []
        for placement in found.bench[:BENCH_SHOWN]:
            person = get_staff(store, placement.entity_id)
            old = m.old.get(placement.from_unit_id)
            bench.append((person.nip or "", person.name, old.name if old else "", ""))
        waiting: Counter[tuple[int, int | None]] = Counter()
        value: Counter[tuple[int, int | None]] = Counter()
        for placement in found.assets:
            if placement.how == "proposed":
                key = (placement.from_unit_id, placement.to_unit_id)
                waiting[key] += 1
                value[key] += found.asset_values.get(placement.entity_id, 0)
        proposed_assets = [
            (m.old[a].name, m.new[b].name if b is not None else "", count, value[(a, b)]) for (a, b), count in waiting.items()
        ]
        return DraftView(
            edition_id,
            found.stamp,
            proposals,
            rows,
            len(undecided),
            summary["totals"],
            summary["by_source"],
            summary["by_target"],
            bench,
            proposed_assets,
            list(found.problems),
        )


def proposals_at_least(view: DraftView, confidence: float) -> list[Proposal]:
    """The proposals a user accepts with "Terima semua usulan" at this confidence."""
    return [p for p in view.proposals.values() if p.action != "new" and p.confidence >= confidence - 1e-9]


def decision_for(unit_id: int, action: str, targets: list[int]) -> mappings.Decision:
    return mappings.Decision(unit_id, action, tuple(targets))
