"""Where each piece of an old edition's work lands in a new one.

A unit's work is made of *items*: the unit itself (its name and place), each function
statement it holds, and each urusan it carries (worth two items: the urusan is what a
Perda assigns). Every item of the old edition lands on zero or more units of the new one:

* a unit on its counterpart: the draft unit copied from it (``units.copied_from_id``), else
  the unit of its group most like it by name (rapidfuzz over the stemmed words), functions
  (cosine of the TF-IDF vectors the overlap check uses), urusan carried and place;
* a statement on the units holding the same statement, else the most similar one;
* an urusan on the units carrying it, weighted towards those where the rest of the unit went.

Statements found word for word in many units (template wording such as "pelaksanaan fungsi
lain yang diberikan oleh ...") say nothing about where work went and count for nothing.
Summed over a unit's subtree and lifted to units of its own group, the items give the share
of a unit's work found in each unit of the new edition (:meth:`Matcher.flow`), from which
``propose`` reads kept, renamed, merged, split, moved and dissolved.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from core.checks import text
from core.checks.rules import settings
from core.checks.similarity import StatementIndex, similar_pairs
from core.restructure._snapshot import Snapshot, unit_group

URUSAN_WEIGHT = 2.0
MATCH_FROM = 0.5  # identity score from which a unit is taken to continue as another
NAME_CANDIDATE_FROM = 0.45
DOC_CANDIDATE_FROM = 0.3
FAR_CANDIDATES = 5  # candidates outside a unit's own perangkat daerah scored when none inside will do
# Words that name a kind of unit or its level, not what it does: "Dinas Pariwisata" and
# "Badan Pariwisata Daerah" are alike by name.
NAME_NOISE = (
    *("dinas", "badan", "biro", "bagian", "bidang", "seksi", "subbagian", "subbidang"),
    *("unit", "pelaksana", "teknis", "upt", "uptd", "daerah", "provinsi", "kabupaten", "kota"),
    *("dan", "serta", "atau", "yang", "di", "ke", "dari", "pada", "untuk"),
)


@lru_cache(maxsize=1)
def _noise_stems() -> frozenset[str]:
    return frozenset(text.stem(word) for word in NAME_NOISE)


Landing = dict[int, float]  # new unit id → mass of an item (or of several) landing there


@lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """A name reduced to its meaningful stems, sorted: 'Dinas Kepemudaan dan Olahraga' → 'muda olahraga'.
    Not the statements' stop words: 'Pemerintahan' says nothing in a function, all in 'Biro Pemerintahan'."""
    stems = [text.stem(word) for word, _start, _end in text.words(name)]
    return " ".join(sorted(stem for stem in stems if stem not in _noise_stems())) or " ".join(stems)


def name_similarity(a: str, b: str) -> float:
    """0..1: 1 for the same words; a name contained in the other ('Dinas Pariwisata' in
    'Dinas Pariwisata dan Ekonomi Kreatif') scores 0.9."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return 1.0 if a.casefold().split() == b.casefold().split() else 0.0
    return max(fuzz.token_sort_ratio(key_a, key_b), 0.9 * fuzz.token_set_ratio(key_a, key_b)) / 100


def _jaccard(a: list[str], b: list[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 0.0


class Matcher:
    """The items of ``old`` landed on the units of ``new``; read-only, built once per proposal."""

    def __init__(self, old: Snapshot, new: Snapshot) -> None:
        self.old = old
        self.new = new
        config = settings("function_overlap")
        self.template_units = int(config.get("template_unit_count", 5))
        self.similar_from = float(config.get("similar_from", 0.6))
        self.old_groups = {u.id: unit_group(u.kind) for u in old.units.values()}
        self.new_groups = {u.id: unit_group(u.kind) for u in new.units.values()}
        self.scores: dict[tuple[int, int], float] = {}
        self.counterpart: dict[int, int] = {}
        self.best: dict[int, tuple[int, float]] = {}
        self._lifted: dict[tuple[int, str], int | None] = {}
        self._doc_index: tuple[StatementIndex, dict[tuple[str, int], int]] = (StatementIndex([]), {})
        self._matched = False

    # -- statements -------------------------------------------------------------------------

    def _owners(self, snapshot: Snapshot) -> dict[str, list[int]]:
        owners: dict[str, list[int]] = defaultdict(list)
        for unit_id, texts in snapshot.statements.items():
            for statement in dict.fromkeys(texts):
                owners[statement].append(unit_id)
        return owners

    @cached_property
    def old_owners(self) -> dict[str, list[int]]:
        return self._owners(self.old)

    @cached_property
    def new_owners(self) -> dict[str, list[int]]:
        return self._owners(self.new)

    def telling(self, statement: str, owners: dict[str, list[int]]) -> bool:
        """Whether a statement says where work went: not template wording found in many units."""
        return len(owners.get(statement, ())) < self.template_units

    @cached_property
    def statement_landing(self) -> dict[str, list[int]]:
        """Old statement → the new units that hold it, word for word or the most similar one."""
        landing: dict[str, list[int]] = {}
        fuzzy_old: list[str] = []
        for statement in self.old_owners:
            if not self.telling(statement, self.old_owners):
                continue
            same = self.new_owners.get(statement)
            if same and self.telling(statement, self.new_owners):
                landing[statement] = same
            elif not same:
                fuzzy_old.append(statement)
        if not fuzzy_old:
            return landing
        fuzzy_new = [s for s in self.new_owners if s not in self.old_owners and self.telling(s, self.new_owners)]
        texts = fuzzy_old + fuzzy_new
        index = StatementIndex([[(term, 1.0) for term in text.terms(s)] for s in texts])
        sides = [0] * len(fuzzy_old) + [1] * len(fuzzy_new)
        best: dict[int, tuple[float, list[int]]] = {}
        for a, b, score in similar_pairs(index, self.similar_from, sides):
            old_number, new_number = (a, b) if a < len(fuzzy_old) else (b, a)
            held = best.get(old_number)
            if held is None or score > held[0] + 1e-9:
                best[old_number] = (score, [new_number])
            elif abs(score - held[0]) <= 1e-9:
                held[1].append(new_number)
        for old_number, (_score, numbers) in best.items():
            landing[texts[old_number]] = sorted({u for n in numbers for u in self.new_owners[texts[n]]})
        return landing

    # -- units ------------------------------------------------------------------------------

    def _document(self, snapshot: Snapshot, owners: dict[str, list[int]], unit_id: int) -> list[tuple[str, float]]:
        """A unit's telling statements with those of the units below it, as one document."""
        return [
            (term, 1.0)
            for member in snapshot.subtree(unit_id)
            for statement in snapshot.statements.get(member, [])
            if self.telling(statement, owners)
            for term in text.terms(statement)
        ]

    def _index_documents(self, old_ids: set[int], new_ids: set[int]) -> None:
        """The statement index over these units' documents (only those the search needs: a
        draft copied from the edition needs few)."""
        numbers: dict[tuple[str, int], int] = {}
        documents = []
        for side, snapshot, owners, ids in (
            ("old", self.old, self.old_owners, old_ids),
            ("new", self.new, self.new_owners, new_ids),
        ):
            for unit_id in sorted(ids):
                numbers[(side, unit_id)] = len(documents)
                documents.append(self._document(snapshot, owners, unit_id))
        self._doc_index = (StatementIndex(documents), numbers)

    def function_similarity(self, old_id: int, new_id: int) -> float | None:
        """Cosine of the two units' statements (theirs and their subtree's); None when either
        has none or was not indexed."""
        index, numbers = self._doc_index
        a, b = numbers.get(("old", old_id)), numbers.get(("new", new_id))
        if a is None or b is None or not index.vectors[a] or not index.vectors[b]:
            return None
        return index.cosine(a, b)

    def _function_candidates(self, old_ids: set[int], new_ids: set[int]) -> set[tuple[int, int]]:
        """Pairs of these units whose statements are alike (a unit re-created under another name)."""
        index, numbers = self._doc_index
        unit_of = {number: key for key, number in numbers.items()}
        chosen = [numbers[("old", u)] for u in old_ids] + [numbers[("new", u)] for u in new_ids]
        sides = [0 if unit_of[n][0] == "old" else 1 for n in range(index.size)]
        found = set()
        for a, b, _score in similar_pairs(index, DOC_CANDIDATE_FROM, sides, only=chosen):
            old_key, new_key = (unit_of[a], unit_of[b]) if unit_of[a][0] == "old" else (unit_of[b], unit_of[a])
            if self.old_groups[old_key[1]] == self.new_groups[new_key[1]]:
                found.add((old_key[1], new_key[1]))
        return found

    def _name_candidates(self, old_ids: set[int]) -> dict[int, set[int]]:
        """Old unit → new units of its group with a like name (names compared once per
        distinct name: 'Subbagian Keuangan' stands in every dinas)."""
        by_key_old: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_key_new: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for unit_id in old_ids:
            by_key_old[(self.old_groups[unit_id], name_key(self.old.units[unit_id].name))].append(unit_id)
        for unit_id, group in self.new_groups.items():
            by_key_new[group][name_key(self.new.units[unit_id].name)].append(unit_id)
        found: dict[int, set[int]] = {}
        for (group, key), ids in by_key_old.items():
            keys = list(by_key_new.get(group, {}))
            matched: set[int] = set()
            for choice, _score, _index in process.extract(
                key, keys, scorer=fuzz.token_set_ratio, score_cutoff=NAME_CANDIDATE_FROM * 100, limit=None
            ):
                matched.update(by_key_new[group][choice])
            for unit_id in ids:
                found[unit_id] = matched
        return found

    def place(self, old_id: int, new_id: int) -> float:
        """1 where the unit stands under the continuation of its old parent, 0.5 within the
        continuation of its old perangkat daerah, else 0."""
        old_parent, new_parent = self.old.units[old_id].parent_id, self.new.units[new_id].parent_id
        if old_parent is None or new_parent is None:
            return 1.0 if old_parent is None and new_parent is None else 0.0
        if self.continuation(old_parent) == new_parent:
            return 1.0
        return 0.5 if self.continuation(self.old.pd_of[old_id]) == self.new.pd_of[new_id] else 0.0

    def continuation(self, old_id: int) -> int | None:
        """The new unit an old one continues as: its counterpart, else its likeliest match
        within what its perangkat daerah became (a 'Subbagian Keuangan' of a merged dinas goes
        into the merged dinas, not to a namesake elsewhere)."""
        found = self.counterpart.get(old_id)
        if found is None and old_id in self.best:
            candidate, score = self.best[old_id]
            if score >= MATCH_FROM and self.place(old_id, candidate) >= 0.5:
                found = candidate
        return found

    def identity(self, old_id: int, new_id: int) -> float:
        """0..1: how surely the new unit continues the old one (name, functions, urusan, place)."""
        parts = [(0.35, name_similarity(self.old.units[old_id].name, self.new.units[new_id].name))]
        functions = self.function_similarity(old_id, new_id)
        if functions is not None:
            parts.append((0.3, functions))
        old_codes, new_codes = self.old.carried(old_id), self.new.carried(new_id)
        if old_codes or new_codes:
            parts.append((0.25, _jaccard(old_codes, new_codes)))  # other urusan: hardly the same unit
        parts.append((0.1, self.place(old_id, new_id)))
        score = sum(w * x for w, x in parts) / sum(w for w, _x in parts)
        if self.new.copied_from.get(new_id) == old_id:
            score = min(1.0, max(score, 0.6) + 0.3)  # copied from it: strong, yet a rename still shows
        return score

    def match_units(self) -> None:
        """Counterparts one to one, the top of the tree first so that place can be judged
        (once; a comparison with a mapping given needs only the statements' landing)."""
        if self._matched:
            return
        self._matched = True
        candidates: dict[int, set[int]] = defaultdict(set)
        for new_id, source in self.new.copied_from.items():
            if source in self.old.units and self.old_groups[source] == self.new_groups[new_id]:
                candidates[source].add(new_id)
        # A unit whose copy is still in the draft continues as that copy; the others are searched for.
        unlinked_old = set(self.old.units) - set(candidates)
        linked_new = {n for found in candidates.values() for n in found}
        unlinked_new = set(self.new.units) - linked_new
        by_name = self._name_candidates(unlinked_old)
        self._index_documents(unlinked_old, unlinked_new.union(*by_name.values()))
        for old_id, found in by_name.items():
            candidates[old_id].update(found)
        for old_id, new_id in self._function_candidates(unlinked_old, unlinked_new):
            candidates[old_id].add(new_id)
        taken: set[int] = set()
        by_depth: dict[int, list[int]] = defaultdict(list)
        for old_id, level in self.old.depth.items():
            by_depth[level].append(old_id)
        for level in sorted(by_depth):
            scored = []
            for old_id in by_depth[level]:
                for new_id in self._worth_scoring(old_id, candidates.get(old_id, set())):
                    scored.append((self._score(old_id, new_id), old_id, new_id))
            scored.sort(key=lambda item: (-item[0], item[1], item[2]))
            for score, old_id, new_id in scored:
                if old_id not in self.best:
                    self.best[old_id] = (new_id, score)
                if score >= MATCH_FROM and old_id not in self.counterpart and new_id not in taken:
                    self.counterpart[old_id] = new_id
                    taken.add(new_id)

    def _score(self, old_id: int, new_id: int) -> float:
        if (old_id, new_id) not in self.scores:
            self.scores[(old_id, new_id)] = self.identity(old_id, new_id)
        return self.scores[(old_id, new_id)]

    def _worth_scoring(self, old_id: int, candidates: set[int]) -> list[int]:
        """The candidates within what the unit's perangkat daerah became, and only where none
        of those will do the few likeliest by name elsewhere (a unit moved to another PD): a
        'Subbagian Keuangan' need not be scored against the one of every other dinas."""
        parent_id = self.old.units[old_id].parent_id
        if len(candidates) <= FAR_CANDIDATES or parent_id is None:
            return sorted(candidates)
        # place(old_id, c) > 0, without its cost per candidate
        parent = self.continuation(parent_id)
        pd = self.continuation(self.old.pd_of[old_id])
        new_units, new_pd = self.new.units, self.new.pd_of
        near = sorted(c for c in candidates if new_units[c].parent_id == parent or (pd is not None and new_pd[c] == pd))
        if any(self._score(old_id, c) >= MATCH_FROM for c in near):
            return near
        name = self.old.units[old_id].name
        far = sorted((c for c in candidates if c not in near), key=lambda c: (-name_similarity(name, self.new.units[c].name), c))
        return near + far[:FAR_CANDIDATES]

    # -- where work went --------------------------------------------------------------------

    def _within(self, landing: Landing) -> Counter[int]:
        """Mass found at each new unit or below it."""
        found: Counter[int] = Counter()
        for unit_id, mass in landing.items():
            current: int | None = unit_id
            while current is not None:
                found[current] += mass
                current = self.new.units[current].parent_id
        return found

    def own_landing(self, old_id: int) -> Landing:
        """Where the items of one old unit (not those below it) land."""
        landing: Counter[int] = Counter()
        target = self.continuation(old_id)
        if target is not None:
            landing[target] += 1.0
        for statement in self.old.statements.get(old_id, []):
            units = self.statement_landing.get(statement) or []
            if target in units:
                units = [target]  # held by what the unit became: it stayed there
            for unit_id in units:
                landing[unit_id] += 1.0 / len(units)
        near = self._within(landing)
        for code in self.old.urusan.get(old_id, []):
            carriers = self.new_carriers.get(code, [])
            if not carriers:
                continue
            pull = {unit_id: 0.05 + near.get(unit_id, 0.0) for unit_id in carriers}
            total = sum(pull.values())
            for unit_id, weight in pull.items():
                landing[unit_id] += URUSAN_WEIGHT * weight / total
        return dict(landing)

    @cached_property
    def new_carriers(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = defaultdict(list)
        for unit_id, codes in self.new.urusan.items():
            for code in codes:
                found[code].append(unit_id)
        return found

    def own_mass(self, snapshot: Snapshot, owners: dict[str, list[int]], unit_id: int) -> float:
        statements = sum(1 for s in snapshot.statements.get(unit_id, []) if self.telling(s, owners))
        return 1.0 + statements + URUSAN_WEIGHT * len(snapshot.urusan.get(unit_id, []))

    @cached_property
    def landings(self) -> dict[int, Landing]:
        return {old_id: self.own_landing(old_id) for old_id in self.old.units}

    def lift(self, new_id: int, group: str) -> int | None:
        """The new unit itself or its nearest ancestor of ``group``."""
        current: int | None = new_id
        while current is not None:
            if self.new_groups[current] == group:
                return current
            current = self.new.units[current].parent_id
        return None

    def flow(self, old_id: int) -> tuple[dict[int, float], float, set[int]]:
        """(new unit of the old unit's group → mass of the old unit's subtree landing there,
        the subtree's total mass, the new units its own items landed in or below)."""
        group = self.old_groups[old_id]
        found: Counter[int] = Counter()
        total = 0.0
        own: set[int] = set()
        for member in self.old.subtree(old_id):
            total += self.own_mass(self.old, self.old_owners, member)
            for unit_id, mass in self.landings[member].items():
                key = (unit_id, group)
                if key not in self._lifted:
                    self._lifted[key] = self.lift(unit_id, group)
                target = self._lifted[key]
                if target is not None:
                    found[target] += mass
                    if member == old_id:
                        own.add(target)
        return dict(found), total, own

    @cached_property
    def new_totals(self) -> dict[int, float]:
        """Each new unit's mass with everything below it (how big it is)."""
        own = {unit_id: self.own_mass(self.new, self.new_owners, unit_id) for unit_id in self.new.units}
        return {unit_id: sum(own[m] for m in self.new.subtree(unit_id)) for unit_id in self.new.units}
