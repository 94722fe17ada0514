"""The proposed mapping from the edition in force to a draft: for every old unit what became
of it (kept, renamed, merged, split, moved, dissolved) and where, with a reason and a
confidence; draft units that continue none are new.

Read-only. Where each piece of work went comes from core/restructure/_matching.py; here a
unit's shares of work per target are read as an action:

* a target is a new unit holding a fifth of the unit's work, some of it the unit's own
  (its name, statements or urusan, not only those of a bidang below it), or half of it;
* no target: dissolved;
* several targets: split, or dissolved with successors when it is the main source of none of them;
* one target, and another old unit has it as its main target too: merged (N → 1);
* one target, alone: kept, renamed (another name) or moved (under another parent).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import RefusedError
from core.i18n import N_
from core.restructure._matching import Matcher
from core.restructure._snapshot import Snapshot, read_snapshot
from core.store import Reader

ACTIONS = ("kept", "renamed", "merged", "split", "moved", "dissolved", "new")
TARGET_FROM = 0.2  # share of a unit's work from which a new unit counts as one of its targets

KEPT = N_("Nama dan kedudukan sama; {share:.0%} tugas, fungsi dan urusannya ada di '{target}'.")
RENAMED = N_("Berganti nama dari '{name}' menjadi '{target}'; {share:.0%} tugas, fungsi dan urusannya berlanjut di sana.")
MOVED = N_("Pindah dari bawah '{old_parent}' ke bawah '{new_parent}' sebagai '{target}'; {share:.0%} tugas dan fungsinya ikut.")
MERGED = N_("Digabung bersama {others} menjadi '{target}'; {share:.0%} tugas, fungsi dan urusannya ada di sana.")
SPLIT = N_("Dipecah: tugas, fungsi dan urusannya terbagi ke {targets}.")
DISSOLVED_TO = N_("Dibubarkan; urusan dan fungsinya diteruskan unit lain: {targets}.")
DISSOLVED = N_("Dibubarkan: tidak ada unit pada draf yang meneruskan tugas, fungsi atau urusannya.")
NEW = N_("Unit baru: tidak ada unit pada edisi lama yang diteruskannya ({share:.0%} isinya berasal dari edisi lama).")
TOP_LEVEL = N_("(puncak struktur)")
DIFFERENT_REGIONS = N_("Edisi {a} dan edisi {b} milik wilayah yang berbeda: pemetaan hanya antara edisi satu wilayah.")
SAME_EDITION = N_("Edisi asal dan edisi tujuan sama (edisi {a}): pilih dua edisi yang berbeda.")


@dataclass(frozen=True)
class Proposal:
    from_unit_id: int | None
    action: str  # 'kept' | 'renamed' | 'merged' | 'split' | 'moved' | 'dissolved' | 'new'
    to_unit_ids: tuple[int, ...]
    confidence: float
    reason: str


def read_pair(reader: Reader, from_edition: int, to_edition: int) -> tuple[Snapshot, Snapshot]:
    """Both editions, refused unless they are two editions of one region."""
    if from_edition == to_edition:
        raise RefusedError(SAME_EDITION, a=from_edition)
    old, new = read_snapshot(reader, from_edition), read_snapshot(reader, to_edition)
    if old.edition.region_id != new.edition.region_id:
        raise RefusedError(DIFFERENT_REGIONS, a=from_edition, b=to_edition)
    return old, new


def propose(reader: Reader, from_edition: int, to_edition: int) -> list[Proposal]:
    """Every unit of ``from_edition`` in tree order with what became of it in ``to_edition``,
    then the units of ``to_edition`` that continue none (new)."""
    old, new = read_pair(reader, from_edition, to_edition)
    return propose_between(Matcher(old, new))


def _tree_order(snapshot: Snapshot) -> list[int]:
    order: list[int] = []
    stack = list(reversed(snapshot.children.get(None, [])))
    while stack:
        unit_id = stack.pop()
        order.append(unit_id)
        stack.extend(reversed(snapshot.children.get(unit_id, [])))
    return order


def _names(snapshot: Snapshot, ids: list[int]) -> str:
    return ", ".join(f"'{snapshot.units[i].name}'" for i in ids)


def propose_between(matcher: Matcher) -> list[Proposal]:
    matcher.match_units()
    old, new = matcher.old, matcher.new
    order = _tree_order(old)
    flows: dict[int, dict[int, float]] = {}
    shares: dict[int, dict[int, float]] = {}
    inflow: dict[int, float] = {}
    own_targets: dict[int, set[int]] = {}
    for old_id in order:
        flow, total, own_targets[old_id] = matcher.flow(old_id)
        flows[old_id] = flow
        shares[old_id] = {t: mass / total for t, mass in flow.items()} if total else {}
        for t, mass in flow.items():
            inflow[t] = inflow.get(t, 0.0) + mass
    # A target takes a fifth of the unit's work and some of its own (its name, statements or
    # urusan), or half of it: one bidang moved elsewhere does not split its dinas.
    targets = {
        old_id: sorted(
            (t for t, w in found.items() if w >= TARGET_FROM and (t in own_targets[old_id] or w >= 0.5)),
            key=lambda t: (-found[t], t),
        )
        for old_id, found in shares.items()
    }
    contributors: dict[int, list[int]] = {}
    for old_id in order:
        for target in targets[old_id]:
            contributors.setdefault(target, []).append(old_id)

    def received(old_id: int, target: int) -> float:
        """Share of the target's own size that came from this old unit."""
        total = matcher.new_totals.get(target, 0.0)
        return flows[old_id].get(target, 0.0) / total if total else 0.0

    def main_source(old_id: int, target: int) -> bool:
        if matcher.counterpart.get(old_id) == target:
            return True
        mine = received(old_id, target)
        return all(received(other, target) <= mine for other in contributors[target] if other != old_id)

    # The units each target continues as a whole: those with it as their one target, and
    # split ones with it as their main part (a dinas whose tourism joined the youth dinas
    # while its culture went elsewhere). Two or more make the target a merger.
    primary_sources: dict[int, list[int]] = {}
    for old_id in order:
        found = targets[old_id]
        if len(found) == 1 or (found and main_source(old_id, found[0])):
            primary_sources.setdefault(found[0], []).append(old_id)

    proposals: list[Proposal] = []
    for old_id in order:
        unit = old.units[old_id]
        found, share = targets[old_id], shares[old_id]
        covered = round(sum(share[t] for t in found), 2)
        if not found:
            lost = 1.0 - min(1.0, sum(share.values()))
            proposals.append(Proposal(old_id, "dissolved", (), round(lost, 2), DISSOLVED))
            continue
        if len(found) > 1:
            listed = ", ".join(f"'{new.units[t].name}' ({share[t]:.0%})" for t in found)
            if any(main_source(old_id, t) for t in found):
                proposals.append(Proposal(old_id, "split", tuple(found), covered, SPLIT.format(targets=listed)))
            else:
                proposals.append(Proposal(old_id, "dissolved", tuple(found), covered, DISSOLVED_TO.format(targets=listed)))
            continue
        target = found[0]
        others = [o for o in primary_sources.get(target, []) if o != old_id]
        confidence = round(min(1.0, 0.5 * share[target] + 0.5 * matcher.scores.get((old_id, target), share[target])), 2)
        name = new.units[target].name
        if others:
            reason = MERGED.format(others=_names(old, others), target=name, share=share[target])
            proposals.append(Proposal(old_id, "merged", (target,), round(share[target], 2), reason))
        elif matcher.place(old_id, target) < 1.0 and not _follows_parent(matcher, targets, old_id, target):
            old_parent = old.units[unit.parent_id].name if unit.parent_id else TOP_LEVEL
            new_parent_id = new.units[target].parent_id
            new_parent = new.units[new_parent_id].name if new_parent_id else TOP_LEVEL
            reason = MOVED.format(old_parent=old_parent, new_parent=new_parent, target=name, share=share[target])
            proposals.append(Proposal(old_id, "moved", (target,), confidence, reason))
        elif unit.name.casefold().split() == name.casefold().split():
            proposals.append(Proposal(old_id, "kept", (target,), confidence, KEPT.format(share=share[target], target=name)))
        else:
            reason = RENAMED.format(name=unit.name, target=name, share=share[target])
            proposals.append(Proposal(old_id, "renamed", (target,), confidence, reason))
    reached = {t for p in proposals for t in p.to_unit_ids}
    for new_id in _tree_order(new):
        if new_id in reached:
            continue
        total = matcher.new_totals.get(new_id, 0.0)
        origin = min(1.0, inflow.get(new_id, 0.0) / total) if total else 0.0
        proposals.append(Proposal(None, "new", (new_id,), round(1.0 - origin, 2), NEW.format(share=origin)))
    return proposals


def _follows_parent(matcher: Matcher, targets: dict[int, list[int]], old_id: int, target: int) -> bool:
    """Whether the unit stands under what its old parent became (a bidang of a merged dinas
    now under the merged dinas has not moved)."""
    parent = matcher.old.units[old_id].parent_id
    new_parent = matcher.new.units[target].parent_id
    if parent is None or new_parent is None:
        return parent is None and new_parent is None
    return new_parent in targets.get(parent, [])[:1] or new_parent == matcher.counterpart.get(parent)
