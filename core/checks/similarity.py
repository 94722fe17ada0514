"""Finding pairs of similar statements without comparing every pair.

Statements become TF-IDF vectors of their stems, scaled to length 1, so the cosine of
two vectors is their dot product. Terms are ordered globally from rarest to most
common; each vector's *prefix* is its rarest terms up to the point where the weight
left in the rest of the vector is below the threshold ``t``. Two vectors x and y with
cosine at least ``t`` must share a term of x's prefix: if every shared term lay in x's
remainder, their dot product would be at most the remainder's length, below ``t``.
So probing the postings of each vector's prefix terms finds every pair above ``t``
(recall 100%) while rare terms keep the postings short (Bayardo et al., "Scaling up
all pairs similarity search", WWW 2007).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

Vector = dict[str, float]


Document = Sequence[tuple[str, float]]  # (term, factor): a factor below 1 damps template wording


class StatementIndex:
    """TF-IDF vectors of documents, with an inverted index for candidate search."""

    def __init__(self, documents: Sequence[Document]) -> None:
        """Statements repeat (the same template sentence in many units): a document object
        passed more than once is weighed once and its vector shared, with document
        frequencies counted per occurrence, so the answer is the same as for copies."""
        self.size = len(documents)
        unique: dict[int, Document] = {}
        occurrences: Counter[int] = Counter()
        for document in documents:
            key = id(document)
            unique.setdefault(key, document)
            occurrences[key] += 1
        df: Counter[str] = Counter()
        for key, document in unique.items():
            times = occurrences[key]
            for term in {term for term, _factor in document}:
                df[term] += times
        self.df = df
        self.idf = {term: math.log(1 + self.size / count) for term, count in df.items()}
        # Rarest first; ties broken by the term so the order is the same on every run.
        self.rank = {term: position for position, term in enumerate(sorted(df, key=lambda t: (df[t], t)))}
        shared = {key: self._vector(document) for key, document in unique.items()}
        self.vectors: list[Vector] = [shared[id(document)] for document in documents]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for number, vector in enumerate(self.vectors):
            for term in vector:
                self.postings[term].append(number)

    def _vector(self, document: Document) -> Vector:
        weights: dict[str, float] = defaultdict(float)
        for term, factor in document:
            weights[term] += factor * self.idf[term]
        length = math.sqrt(sum(w * w for w in weights.values()))
        return {term: w / length for term, w in weights.items()} if length else {}

    def cosine(self, a: int, b: int) -> float:
        x, y = self.vectors[a], self.vectors[b]
        if len(x) > len(y):
            x, y = y, x
        total = 0.0
        for term, weight in x.items():
            other = y.get(term)
            if other is not None:
                total += weight * other
        return total

    def prefix(self, number: int, threshold: float) -> list[str]:
        """The rarest terms of a vector, until the weight left behind is below ``threshold``."""
        vector = self.vectors[number]
        ordered = sorted(vector, key=self.rank.__getitem__)
        remaining = sum(w * w for w in vector.values())
        prefix = []
        for term in ordered:
            if math.sqrt(max(remaining, 0.0)) < threshold - 1e-9:  # the margin keeps rounding from losing a pair
                break
            prefix.append(term)
            remaining -= vector[term] ** 2
        return prefix

    def shared_terms(self, a: int, b: int) -> set[str]:
        return set(self.vectors[a]) & set(self.vectors[b])


Pair = tuple[int, int, float]


def similar_pairs(
    index: StatementIndex, threshold: float, groups: Sequence[int] | None = None, only: Iterable[int] | None = None
) -> list[Pair]:
    """Every pair (a < b) with cosine ≥ ``threshold``; with ``groups``, only pairs from
    different groups (statements of different perangkat daerah)."""
    numbers = range(index.size) if only is None else sorted(set(only))
    wanted = None if only is None else set(numbers)
    found: list[Pair] = []
    postings = index.postings
    prefixes: dict[int, list[str]] = {}  # by vector: repeated statements share theirs
    for a in numbers:
        vector = index.vectors[a]
        if not vector:
            continue
        prefix = prefixes.get(id(vector))
        if prefix is None:
            prefix = prefixes[id(vector)] = index.prefix(a, threshold)
        candidates: set[int] = set()
        for term in prefix:
            posting = postings[term]  # ascending: only the part after a can pair with it
            candidates.update(posting[bisect_right(posting, a) :])
        group = groups[a] if groups is not None else None
        for b in candidates:
            if (groups is not None and groups[b] == group) or (wanted is not None and b not in wanted):
                continue
            score = index.cosine(a, b)
            if score >= threshold - 1e-12:
                found.append((a, b, score))
    found.sort()
    return found


def all_pairs(
    index: StatementIndex, threshold: float, groups: Sequence[int] | None = None, only: Iterable[int] | None = None
) -> list[Pair]:
    """The same answer by scoring every pair: the baseline the benchmark compares with."""
    numbers = list(range(index.size)) if only is None else sorted(set(only))
    found: list[Pair] = []
    for i, a in enumerate(numbers):
        group = groups[a] if groups is not None else None
        for b in numbers[i + 1 :]:
            if groups is not None and groups[b] == group:
                continue
            score = index.cosine(a, b)
            if score >= threshold - 1e-12:
                found.append((a, b, score))
    found.sort()
    return found
