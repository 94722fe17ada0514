"""The impact of a restructuring: for every old unit, where its posts, people and assets go.

Units that continue (kept, renamed, merged into, moved) take their people along: a person
follows their post to the post of the same title in the target, else goes to the target
unit itself. Where the mapping leaves a choice (a split, a dissolved unit) the program
proposes a unit per person (a post of the same title among the candidates, else the unit
whose functions are most like the old one's) and per asset (a unit already holding assets
at the same address, else where most of the unit's people go), and the user decides: a
person with no decision waits on the bench (detached from the old post, not yet in a new
one) and is listed, never lost. Decisions stored in ``placements`` override all of this.

The whole picture is computed in a few queries and carries a change stamp: apply refuses
to run if the draft, its mapping, its placements or the people and assets concerned
changed since (another program, another window).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from core.checks.similarity import StatementIndex
from core.checks.text import terms
from core.excel.units import unit_words
from core.i18n import N_
from core.restructure.mapping import SINGLE_TARGET, Mapping, load_mapping, move_cycles
from core.store import Reader
from core.validation import Problem

STRUCTURAL = ("jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas")
REASON_POST = N_("jabatan yang sama ada di {unit}")
REASON_FUNCTIONS = N_("fungsi {unit} paling mirip dengan unit lamanya")
REASON_ADDRESS = N_("{unit} sudah memegang aset di alamat yang sama")
REASON_PEOPLE = N_("sebagian besar pegawai unitnya ke {unit}")
UNDECIDED_UNIT = N_("Unit '{name}' belum diberi keputusan (beserta {below} unit di bawahnya).")
UNPLACED_ASSET = N_("{count} aset unit '{name}' belum punya unit tujuan.")
PROPOSED_ASSET = N_("{count} aset unit '{name}' menunggu keputusan atas unit tujuan yang diusulkan.")


@dataclass(slots=True)
class Placement:
    """Where one person, post or asset goes. ``how``: 'follows' (the mapping decides),
    'decided' (the user placed it), 'proposed' (a split or dissolution: waiting for the
    user; a person goes to the bench meanwhile), 'bench' (decided: no unit yet)."""

    entity_id: int
    from_unit_id: int
    to_unit_id: int | None
    to_position_id: int | None
    how: str
    reason: str | None = None


@dataclass
class Pair:
    """Totals from one source perangkat daerah to one target (None: the bench)."""

    from_pd: int
    to_pd: int | None
    people: int = 0
    posts: int = 0
    assets: int = 0
    value_sen: int = 0


@dataclass
class Impact:
    mapping: Mapping
    stamp: str
    staff: list[Placement] = field(default_factory=list)
    positions: list[Placement] = field(default_factory=list)
    assets: list[Placement] = field(default_factory=list)
    pairs: dict[tuple[int, int | None], Pair] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # what keeps apply waiting
    asset_values: dict[int, int] = field(default_factory=dict)
    # What the program would propose for people and assets the user placed (their list shows both).
    proposals: dict[tuple[str, int], Placement] = field(default_factory=dict)

    @property
    def bench(self) -> list[Placement]:
        """People who will wait without a unit if the draft is applied now."""
        return [p for p in self.staff if p.to_unit_id is None]

    @property
    def ready(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        m = self.mapping
        old, new = m.old, m.new

        def name(unit: int | None, tree: dict) -> str | None:  # type: ignore[type-arg]
            return tree[unit].name if unit is not None and unit in tree else None

        changing = [u for u, r in m.resolved.items() if r.follows is None and not (r.action == "kept" and _same(m, u))]
        return {
            "draft": m.draft.edition_id,
            "restructuring": m.draft.restructuring_id,
            "status": m.draft.status,
            "stamp": self.stamp,
            "ready": self.ready,
            "problems": [p.message for p in self.problems],
            "undecided_units": [{"id": u, "name": old[u].name} for u in m.undecided],
            "new_units": [{"id": u, "name": new[u].name} for u in m.new_units if new[u].parent_id is None],
            "units": [
                {
                    "id": u,
                    "name": old[u].name,
                    "action": m.resolved[u].action,
                    "to": [{"id": t, "name": name(t, new)} for t in m.resolved[u].targets],
                }
                for u in changing
            ],
            "totals": {
                "people": len(self.staff),
                "bench": len(self.bench),
                "proposed": sum(p.how == "proposed" for p in self.staff),
                "posts": len(self.positions),
                "posts_with_successor": sum(p.to_position_id is not None for p in self.positions),
                "structural_posts": sum(pair.posts for pair in self.pairs.values()),
                "assets": len(self.assets),
                "value_sen": sum(self.asset_values.values()),
            },
            "pairs": [
                {
                    "from_pd": pair.from_pd,
                    "from_name": name(pair.from_pd, old),
                    "to_pd": pair.to_pd,
                    "to_name": name(pair.to_pd, new),
                    "people": pair.people,
                    "structural_posts": pair.posts,
                    "assets": pair.assets,
                    "value_sen": pair.value_sen,
                }
                for pair in self.pairs.values()
            ],
            "by_source": _sums(self.pairs.values(), "from_pd", old),
            "by_target": _sums(self.pairs.values(), "to_pd", new),
            "bench": [{"staff_id": p.entity_id, "from_unit": name(p.from_unit_id, old), "proposed": name(p.to_unit_id, new)}
                      for p in self.staff if p.how in ("proposed", "bench")],
        }  # fmt: skip


def _sums(pairs: Any, side: str, tree: dict[int, Any]) -> list[dict[str, Any]]:
    """The pairs' totals summed per source (or target) perangkat daerah; None is the bench."""
    found: dict[int | None, dict[str, Any]] = {}
    for pair in pairs:
        pd = getattr(pair, side)
        row = found.setdefault(pd, {"pd": pd, "name": tree[pd].name if pd is not None else None,
                                    "people": 0, "structural_posts": 0, "assets": 0, "value_sen": 0})  # fmt: skip
        row["people"] += pair.people
        row["structural_posts"] += pair.posts
        row["assets"] += pair.assets
        row["value_sen"] += pair.value_sen
    return list(found.values())


def _same(m: Mapping, unit: int) -> bool:
    target = m.resolved[unit].targets[0]
    return unit_words(m.old[unit].name) == unit_words(m.new[target].name) and m.old[unit].depth == m.new[target].depth


def _title(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class _Inputs:
    """What an impact is computed from, read in a few queries, and its digest."""

    mapping: Mapping
    old_positions: list[Any]
    new_positions: list[Any]
    people: list[Any]
    assets: list[Any]
    decided: dict[tuple[str, int], tuple[int | None, int | None]]
    stamp: str = ""


def _inputs(reader: Reader, edition_id: int) -> _Inputs:
    mapping = load_mapping(reader, edition_id)
    draft = mapping.draft
    conn = reader.conn
    found = _Inputs(
        mapping,
        conn.execute(
            "SELECT p.id, p.unit_id, p.title, p.category FROM positions p JOIN units u ON u.id = p.unit_id"
            " WHERE u.edition_id = ? ORDER BY p.id",
            (draft.from_edition_id,),
        ).fetchall(),
        conn.execute(
            "SELECT p.id, p.unit_id, p.title FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?"
            " ORDER BY p.id",
            (draft.edition_id,),
        ).fetchall(),
        conn.execute(
            "SELECT s.id, coalesce(p.unit_id, s.unit_id), s.position_id FROM staff s LEFT JOIN positions p ON p.id = s.position_id"
            " WHERE s.region_id = ? AND coalesce(p.unit_id, s.unit_id) IN (SELECT id FROM units WHERE edition_id = ?)"
            " ORDER BY s.id",
            (draft.region_id, draft.from_edition_id),
        ).fetchall(),
        conn.execute(
            "SELECT a.id, a.unit_id, a.location, a.value_sen FROM assets a JOIN units u ON u.id = a.unit_id"
            " WHERE u.edition_id = ? ORDER BY a.id",
            (draft.from_edition_id,),
        ).fetchall(),
        {
            (row[0], row[1]): (row[2], row[3])
            for row in conn.execute(
                "SELECT entity, entity_id, to_unit_id, to_position_id FROM placements WHERE restructuring_id = ? ORDER BY id",
                (draft.restructuring_id,),
            )
        },
    )
    found.stamp = _stamp(found)
    return found


def current_stamp(reader: Reader, edition_id: int) -> str:
    """The change stamp the draft has now (what an impact computed now would carry)."""
    return _inputs(reader, edition_id).stamp


def compute_impact(reader: Reader, edition_id: int) -> Impact:
    """Where every post, person and asset of the old edition goes under this draft."""
    found = _inputs(reader, edition_id)
    mapping, old_positions, new_positions = found.mapping, found.old_positions, found.new_positions
    people, assets, decided = found.people, found.assets, found.decided
    impact = Impact(mapping, found.stamp)
    planner = _Planner(reader, mapping, new_positions)
    position_target: dict[int, tuple[int | None, int | None, str]] = {}
    for position_id, unit_id, title, category in old_positions:
        placement = planner.position(position_id, unit_id, title, decided.get(("position", position_id)))
        position_target[position_id] = (placement.to_unit_id, placement.to_position_id, placement.how)
        impact.positions.append(placement)
        if category in STRUCTURAL:
            impact_pair = impact_pair_of(impact, mapping, unit_id, placement.to_unit_id)
            impact_pair.posts += 1
    destinations: dict[int, Counter[int]] = defaultdict(Counter)
    for staff_id, unit_id, position_id in people:
        placement = planner.person(staff_id, unit_id, position_target.get(position_id), decided.get(("staff", staff_id)))
        impact.staff.append(placement)
        if placement.how in ("decided", "bench"):
            impact.proposals[("staff", staff_id)] = planner.person(staff_id, unit_id, position_target.get(position_id), None)
        if placement.to_unit_id is not None:
            destinations[unit_id][placement.to_unit_id] += 1
        pair = impact_pair_of(impact, mapping, unit_id, placement.to_unit_id if placement.how != "proposed" else None)
        pair.people += 1
    choosing = any(r.action not in SINGLE_TARGET for r in mapping.resolved.values())
    address_holder = planner.address_holders(assets) if choosing else {}
    any_decided = any(entity == "asset" for entity, _ in decided)
    follows = {unit: r.targets[0] for unit, r in mapping.resolved.items() if r.action in SINGLE_TARGET}
    old_root = {unit: row.root_id for unit, row in mapping.old.items()}
    new_root = {unit: row.root_id for unit, row in mapping.new.items()}
    unplaced: Counter[int] = Counter()
    waiting: Counter[int] = Counter()
    sums: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    append, values = impact.assets.append, impact.asset_values
    for asset_id, unit_id, location, value in assets:
        target = follows.get(unit_id)
        if target is not None and not (any_decided and ("asset", asset_id) in decided):
            placement = Placement(asset_id, unit_id, target, None, "follows")  # the common case, kept fast
        else:
            placement = planner.asset(
                asset_id, unit_id, location, decided.get(("asset", asset_id)), destinations[unit_id], address_holder
            )
            if placement.how == "decided":
                impact.proposals[("asset", asset_id)] = planner.asset(
                    asset_id, unit_id, location, None, destinations[unit_id], address_holder
                )
            target = placement.to_unit_id
            if target is None:
                unplaced[unit_id] += 1
            elif placement.how == "proposed":
                waiting[unit_id] += 1
        append(placement)
        values[asset_id] = value = int(value or 0)
        total = sums[(old_root[unit_id], new_root[target] if target is not None else None)]
        total[0] += 1
        total[1] += value
    for key, (count, value) in sums.items():
        pair = impact.pairs.get(key) or impact.pairs.setdefault(key, Pair(*key))
        pair.assets += count
        pair.value_sen += value
    impact.problems = _problems(mapping, unplaced, waiting)
    return impact


def impact_pair_of(impact: Impact, mapping: Mapping, from_unit: int, to_unit: int | None) -> Pair:
    key = (mapping.old[from_unit].root_id, mapping.new[to_unit].root_id if to_unit is not None else None)
    pair = impact.pairs.get(key)
    if pair is None:
        pair = impact.pairs[key] = Pair(*key)
    return pair


def _problems(mapping: Mapping, unplaced: Counter[int], waiting: Counter[int]) -> list[Problem]:
    problems = []
    for unit in mapping.undecided:
        below = len(mapping.subtree(unit, old=True)) - 1
        problems.append(Problem("unit", UNDECIDED_UNIT, {"name": mapping.old[unit].name, "below": below}))
    problems.extend(move_cycles(mapping.old, mapping.new, mapping.decisions))
    for unit, count in unplaced.items():
        problems.append(Problem("asset", UNPLACED_ASSET, {"count": count, "name": mapping.old[unit].name}))
    for unit, count in waiting.items():
        problems.append(Problem("asset_proposed", PROPOSED_ASSET, {"count": count, "name": mapping.old[unit].name}))
    return problems


def _stamp(found: _Inputs) -> str:
    """A digest of everything the impact is computed from (the draft's status aside: it is
    checked on its own, and approving a draft must not invalidate the impact seen)."""
    digest = hashlib.sha256()
    mapping = found.mapping
    for part in (
        sorted((d.from_unit_id or 0, d.action, d.to_unit_ids) for d in mapping.decisions.values()),
        [(r.id, r.parent_id, r.name, r.kind) for r in mapping.new.values()],
        [(r.id, r.parent_id, r.name) for r in mapping.old.values()],
        found.old_positions,
        found.new_positions,
        found.people,
        found.assets,
        sorted(found.decided.items()),
    ):
        digest.update(repr(part).encode())
    return digest.hexdigest()[:16]


class _Planner:
    """The proposals, with what they need read once."""

    def __init__(self, reader: Reader, mapping: Mapping, new_positions: list) -> None:  # type: ignore[type-arg]
        self.reader = reader
        self.m = mapping
        self.titles: dict[tuple[int, str], int] = {}  # (draft unit, title) → draft post
        self.units_with_title: dict[str, list[int]] = defaultdict(list)
        self.post_units = {row[0]: row[1] for row in new_positions}
        for position_id, unit_id, title in new_positions:
            key = (unit_id, _title(title))
            if key not in self.titles:
                self.titles[key] = position_id
                self.units_with_title[_title(title)].append(unit_id)
        self._subtrees: dict[int, set[int]] = {}
        self._similar: dict[int, tuple[int | None, str | None]] = {}
        self._index: tuple[StatementIndex, dict[int, int]] | None = None

    def subtree(self, unit: int) -> set[int]:
        if unit not in self._subtrees:
            self._subtrees[unit] = set(self.m.subtree(unit))
        return self._subtrees[unit]

    def candidates(self, unit: int) -> list[int]:
        """Draft units a person of a split or dissolved old unit may go to."""
        resolved = self.m.resolved[unit]
        if resolved.action == "split":
            return [u for t in resolved.targets for u in self.m.subtree(t)]
        return list(self.m.new)

    def post_in(self, unit: int, title: str) -> int | None:
        """The draft post of this title in the unit, else the first one below it."""
        key = _title(title)
        found = self.titles.get((unit, key))
        if found is not None:
            return found
        inside = self.subtree(unit)
        for candidate in self.units_with_title.get(key, ()):
            if candidate in inside:
                return self.titles[(candidate, key)]
        return None

    def position(self, position_id: int, unit: int, title: str, decided: tuple[int | None, int | None] | None) -> Placement:
        if decided is not None:
            to_unit, to_post = decided
            return Placement(position_id, unit, to_unit, to_post, "decided")
        resolved = self.m.resolved.get(unit)
        if resolved is None:
            return Placement(position_id, unit, None, None, "undecided")
        if resolved.action in SINGLE_TARGET:
            target = resolved.targets[0]
            post = self.post_in(target, title)
            to_unit = self._unit_of_post(post) if post is not None else target
            return Placement(position_id, unit, to_unit, post, "follows")
        return self.proposal(position_id, unit, title)

    def proposal(self, entity_id: int, unit: int, title: str | None) -> Placement:
        """For a split or dissolved unit: the candidate whose functions read most like the
        old unit's, and there (or elsewhere in its perangkat daerah) the post of the same title."""
        target, reason = self.most_similar(unit)
        if target is None:
            return Placement(entity_id, unit, None, None, "proposed")
        if title:
            post = self.post_in(target, title) or self.post_in(self.m.new[target].root_id, title)
            if post is not None:
                where = self.post_units[post]
                return Placement(entity_id, unit, where, post, "proposed", REASON_POST.format(unit=self.m.new[where].name))
        return Placement(entity_id, unit, target, None, "proposed", reason)

    def _unit_of_post(self, post: int) -> int:
        return self.post_units[post]

    def person(
        self,
        staff_id: int,
        unit: int,
        post: tuple[int | None, int | None, str] | None,
        decided: tuple[int | None, int | None] | None,
    ) -> Placement:
        if decided is not None:
            to_unit, to_post = decided
            return Placement(staff_id, unit, to_unit, to_post, "decided" if to_unit is not None else "bench")
        resolved = self.m.resolved.get(unit)
        if resolved is None:
            return Placement(staff_id, unit, None, None, "undecided")
        if post is not None and post[2] in ("follows", "decided") and post[0] is not None:
            return Placement(staff_id, unit, post[0], post[1], "follows")
        if resolved.action in SINGLE_TARGET:
            return Placement(staff_id, unit, resolved.targets[0], None, "follows")
        if post is not None and post[0] is not None:  # the proposal for their post
            reason = REASON_POST.format(unit=self.m.new[post[0]].name) if post[1] is not None else None
            return Placement(staff_id, unit, post[0], post[1], "proposed", reason)
        return self.proposal(staff_id, unit, None)

    def most_similar(self, unit: int) -> tuple[int | None, str | None]:
        """The candidate whose functions read most like the old unit's (cosine of TF-IDF)."""
        if unit in self._similar:
            return self._similar[unit]
        index, numbers = self._functions_index()
        candidates = self.candidates(unit)
        best: tuple[float, int] | None = None
        own = numbers.get(unit)
        for candidate in candidates:
            other = numbers.get(candidate)
            score = index.cosine(own, other) if own is not None and other is not None else 0.0
            if best is None or score > best[0]:
                best = (score, candidate)
        if best is None:
            found: tuple[int | None, str | None] = (None, None)
        else:
            found = (best[1], REASON_FUNCTIONS.format(unit=self.m.new[best[1]].name))
        self._similar[unit] = found
        return found

    def _functions_index(self) -> tuple[StatementIndex, dict[int, int]]:
        if self._index is None:
            ids = list(self.m.old) + list(self.m.new)
            texts: dict[int, list[str]] = defaultdict(list)
            from core.store import id_table

            with id_table(self.reader, ids) as chosen:
                for unit, text in self.reader.conn.execute(
                    f"SELECT f.unit_id, f.text FROM {chosen} c CROSS JOIN unit_functions f ON f.unit_id = c.id"
                ):
                    texts[unit].append(text)
            numbers = {unit: n for n, unit in enumerate(ids)}
            documents = [
                [(term, 1.0) for text in texts.get(unit, []) for term in terms(text)]
                + [(w, 1.0) for w in terms(self._name(unit))]
                for unit in ids
            ]
            self._index = (StatementIndex(documents), numbers)
        return self._index

    def _name(self, unit: int) -> str:
        row = self.m.old.get(unit) or self.m.new.get(unit)
        return row.name if row is not None else ""

    def address_holders(self, assets: list) -> dict[str, Counter[int]]:  # type: ignore[type-arg]
        """Per address: the draft units that continuing old units' assets there go to."""
        holders: dict[str, Counter[int]] = defaultdict(Counter)
        for _asset_id, unit, location, _value in assets:
            resolved = self.m.resolved.get(unit)
            if location and resolved is not None and resolved.action in SINGLE_TARGET and resolved.targets:
                holders[_title(location)][resolved.targets[0]] += 1
        return holders

    def asset(
        self,
        asset_id: int,
        unit: int,
        location: str | None,
        decided: tuple[int | None, int | None] | None,
        destinations: Counter[int],
        holders: dict[str, Counter[int]],
    ) -> Placement:
        if decided is not None and decided[0] is not None:
            return Placement(asset_id, unit, decided[0], None, "decided")
        resolved = self.m.resolved.get(unit)
        if resolved is None:
            return Placement(asset_id, unit, None, None, "undecided")
        if resolved.action in SINGLE_TARGET:
            return Placement(asset_id, unit, resolved.targets[0], None, "follows")
        allowed = set(self.candidates(unit))
        if location:
            there = [(n, u) for u, n in holders.get(_title(location), Counter()).items() if u in allowed]
            if there:
                target = max(there)[1]
                return Placement(asset_id, unit, target, None, "proposed", REASON_ADDRESS.format(unit=self.m.new[target].name))
        if destinations:
            target = destinations.most_common(1)[0][0]
            return Placement(asset_id, unit, target, None, "proposed", REASON_PEOPLE.format(unit=self.m.new[target].name))
        target, reason = self.most_similar(unit)
        return Placement(asset_id, unit, target, None, "proposed", reason)
