"""What the restructuring report prints, gathered from core before any page is laid out:
the draft and its history, the comparison under the draft's own mapping, and the hand-over
(P3D) per pair of perangkat daerah from the impact, with the people and assets of each pair
read in one query per kind. Kept apart from the layout so tests can check the figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.assets import AssetRow, asset_rows
from core.errors import RefusedError
from core.i18n import N_
from core.regions import Edition, Region, get_edition, get_region, list_regions
from core.restructure.compare import Comparison, compare
from core.restructure.drafts import Draft, Step, get_draft, list_drafts, steps_of
from core.restructure.impact import Impact, Pair, compute_impact
from core.restructure.mapping import Mapping
from core.restructure.propose import Proposal
from core.staff import StaffRow, staff_rows
from core.store import Store
from core.units import get_unit

OPEN_STATUSES = ("draft", "in_review", "approved")
NO_OPEN_DRAFT = N_("Belum ada draf penataan yang terbuka di berkas ini: mulai draf dahulu (restructure draft).")


@dataclass
class Person:
    row: StaffRow
    from_unit_id: int
    from_unit: str
    to_unit: str  # the proposal for someone on the bench, or ""


@dataclass
class Item:
    row: AssetRow
    from_unit_id: int
    from_unit: str
    to_unit: str


@dataclass
class HandOver:
    """One pair of perangkat daerah: the totals of ``impact`` and the lists behind them."""

    pair: Pair
    from_name: str
    to_name: str  # "" for the bench
    people: list[Person] = field(default_factory=list)
    assets: list[Item] = field(default_factory=list)


@dataclass
class RestructuringData:
    draft: Draft
    steps: list[Step]
    region: Region
    old_edition: Edition
    new_edition: Edition
    mapping: Mapping
    comparison: Comparison
    impact: Impact
    handovers: list[HandOver]  # pairs between two different PD, in the old tree's order
    continuing: list[Pair]  # a PD kept as it is: its people and assets stay, no hand-over
    bench: list[Person]  # people with no unit yet (or only a proposal), listed apart
    bench_pairs: list[Pair]


def choose_draft(store: Store, unit_id: int | None, edition_id: int | None) -> tuple[int, list[str]]:
    """The draft named (an edition that is a draft), else the first open draft of the region
    of the edition or unit named, else of the file; and a note when it was chosen so."""
    if unit_id is not None:
        edition_id = get_unit(store, unit_id).edition_id
    region_id = None
    if edition_id is not None:
        edition = get_edition(store, edition_id)
        if edition.status == "draft" or edition_id in {d.edition_id for d in list_drafts(store, edition.region_id)}:
            get_draft(store, edition_id)  # an edition marked draft with no restructuring: said clearly
            return edition_id, []
        region_id = edition.region_id
    regions = [region_id] if region_id is not None else [r.id for r in list_regions(store)]
    for region in regions:
        for draft in list_drafts(store, region):
            if draft.status in OPEN_STATUSES:
                return draft.edition_id, [
                    f"Dicetak draf '{draft.name}' (edisi {draft.edition_id}): draf pertama yang masih terbuka."
                ]
    raise RefusedError(NO_OPEN_DRAFT)


def mapping_as_proposals(mapping: Mapping) -> list[Proposal]:
    """The draft's decisions, resolved over the whole old tree, in the shape ``compare`` takes."""
    found = [Proposal(unit, r.action, r.targets, 1.0, "") for unit, r in mapping.resolved.items()]
    found += [Proposal(None, "new", (unit,), 1.0, "") for unit in mapping.new_units]
    return found


def gather(store: Store, edition_id: int) -> RestructuringData:
    draft = get_draft(store, edition_id)
    impact = compute_impact(store, edition_id)
    mapping = impact.mapping
    comparison = compare(store, draft.from_edition_id, draft.edition_id, mapping_as_proposals(mapping))
    old, new = mapping.old, mapping.new
    order = {unit: number for number, unit in enumerate(old)}

    def is_continuing(pair: Pair) -> bool:
        resolved = mapping.resolved.get(pair.from_pd)
        return pair.to_pd is not None and resolved is not None and resolved.action == "kept" and resolved.targets == (pair.to_pd,)

    pairs = sorted(impact.pairs.values(), key=lambda p: (order.get(p.from_pd, 0), p.to_pd is None, p.to_pd or 0))
    handovers = {
        (p.from_pd, p.to_pd): HandOver(p, old[p.from_pd].name, new[p.to_pd].name)
        for p in pairs
        if p.to_pd is not None and not is_continuing(p)
    }
    bench_pairs = [p for p in pairs if p.to_pd is None]

    def name(tree: dict, unit: int | None) -> str:  # type: ignore[type-arg]
        return tree[unit].name if unit is not None and unit in tree else ""

    # People: the pair is the one impact counts them in (a proposal waits on the bench).
    chosen_people: list[tuple[int, tuple[int, int | None], int, str, str]] = []
    for p in impact.staff:
        target = p.to_unit_id if p.how != "proposed" else None
        key = (old[p.from_unit_id].root_id, new[target].root_id if target is not None else None)
        if key in handovers or key[1] is None:
            chosen_people.append((p.entity_id, key, p.from_unit_id, name(old, p.from_unit_id), name(new, p.to_unit_id)))
    rows = {row.id: row for row in staff_rows(store, [c[0] for c in chosen_people])}
    bench: list[Person] = []
    for staff_id, key, from_unit_id, from_unit, to_unit in chosen_people:
        person = Person(rows[staff_id], from_unit_id, from_unit, to_unit)
        if key[1] is None:
            bench.append(person)
        else:
            handovers[key].people.append(person)

    chosen_assets: list[tuple[int, tuple[int, int | None], int, str, str]] = []
    for a in impact.assets:
        target = a.to_unit_id
        key = (old[a.from_unit_id].root_id, new[target].root_id if target is not None else None)
        if key in handovers:
            chosen_assets.append((a.entity_id, key, a.from_unit_id, name(old, a.from_unit_id), name(new, target)))
    assets = {row.id: row for row in asset_rows(store, [c[0] for c in chosen_assets])}
    for asset_id, key, from_unit_id, from_unit, to_unit in chosen_assets:
        handovers[key].assets.append(Item(assets[asset_id], from_unit_id, from_unit, to_unit))
    for handover in handovers.values():
        handover.people.sort(key=lambda p: (order[p.from_unit_id], p.row.name))
        handover.assets.sort(key=lambda a: (order[a.from_unit_id], a.row.kib, a.row.kode_barang, a.row.register or ""))
    bench.sort(key=lambda p: (order[p.from_unit_id], p.row.name))

    return RestructuringData(
        draft=draft,
        steps=steps_of(store, edition_id),
        region=get_region(store, draft.region_id),
        old_edition=get_edition(store, draft.from_edition_id),
        new_edition=get_edition(store, draft.edition_id),
        mapping=mapping,
        comparison=comparison,
        impact=impact,
        handovers=list(handovers.values()),
        continuing=[p for p in pairs if is_continuing(p)],
        bench=bench,
        bench_pairs=bench_pairs,
    )
