"""Check: two units in different perangkat daerah whose function statements say the same
thing in other words (tumpang tindih tugas dan fungsi).

Statements are normalised (core/checks/text.py) and compared by cosine similarity over
TF-IDF; only candidate pairs that share a rare term are scored (core/checks/similarity.py).
Support units (sekretariat, subbagian) and boilerplate that many PD share are left out.
One finding per pair of units, with its most similar pair of statements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from core.checks import text
from core.checks.model import EditionData, Finding, Statement
from core.checks.rules import settings
from core.checks.similarity import Pair, StatementIndex, similar_pairs
from core.i18n import N_

RULE = "function_overlap"
TITLE = N_("Fungsi tumpang tindih")


@dataclass
class OverlapIndex:
    """The comparable statements of an edition and their index (built once, shared)."""

    data: EditionData
    statements: list[Statement]
    documents: list[list[tuple[str, float]]]
    index: StatementIndex
    warning_from: float
    error_from: float

    def pd(self, number: int) -> int:
        return self.pds[number]

    @cached_property
    def pds(self) -> list[int]:
        """The perangkat daerah of each statement: pairs within one PD are never reported."""
        return [self.data.pd_of[s.unit_id] for s in self.statements]

    @cached_property
    def pairs(self) -> list[Pair]:
        return similar_pairs(self.index, self.warning_from, self.pds)

    @cached_property
    def by_pd_pair(self) -> dict[tuple[int, int], list[Pair]]:
        grouped: dict[tuple[int, int], list[Pair]] = defaultdict(list)
        for pair in self.pairs:
            a, b = sorted((self.pd(pair[0]), self.pd(pair[1])))
            grouped[(a, b)].append(pair)
        return grouped


def build_index(data: EditionData) -> OverlapIndex:
    """Normalise the statements that can be compared, damp their template wording, index them.

    Perkada statements are written from templates ("penyiapan bahan perumusan kebijakan
    teknis di bidang ..."); those words say nothing about what a unit does. Any run of
    three words (as written) found in statements of many units is template wording: the
    stems it holds keep only a small weight, so two statements are compared on what
    distinguishes them. A statement of template wording alone is not compared at all.
    """
    config = settings(RULE)
    support_kinds = set(config.get("support_kinds", ["sekretariat", "subbagian"]))
    support_words = [w.casefold() for w in config.get("support_name_words", [])]
    support_named = set(config.get("support_name_kinds", []))
    min_words = int(config.get("min_words", 1))
    template_units = int(config.get("template_unit_count", 5))
    damping = float(config.get("template_weight", 0.2))

    @cache
    def is_support(unit_id: int) -> bool:
        unit = data.units[unit_id]
        if unit.kind in support_kinds:
            return True
        name = unit.name.casefold()
        return unit.kind in support_named and any(word in name for word in support_words)

    candidates: list[tuple[Statement, int, tuple[tuple[str, ...], ...], Sequence[tuple[int, str]]]] = []
    units_of: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for statement in data.statements:
        if statement.unit_id not in data.pd_of or is_support(statement.unit_id):
            continue
        surface, positioned = text.analysed(statement.text)
        grams = _trigrams(surface)
        candidates.append((statement, len(surface), grams, positioned))
        for gram in grams:
            units_of[gram].add(statement.unit_id)
    template = {gram for gram, owners in units_of.items() if len(owners) >= template_units}
    statements: list[Statement] = []
    documents: list[list[tuple[str, float]]] = []
    for statement, length, grams, positioned in candidates:
        covered = [False] * length
        for i, gram in enumerate(grams):
            if gram in template:
                covered[i : i + len(gram)] = (True,) * len(gram)
        content = {root for position, root in positioned if not covered[position]}
        if len(content) < min_words:
            continue
        statements.append(statement)
        documents.append([(root, damping if covered[position] else 1.0) for position, root in positioned])
    return OverlapIndex(
        data,
        statements,
        documents,
        StatementIndex(documents),
        float(config.get("warning_from", 0.6)),
        float(config.get("error_from", 0.85)),
    )


@lru_cache(maxsize=100_000)
def _trigrams(surface: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Runs of three words as written (a shorter statement counts as one run)."""
    if len(surface) < 3:
        return (surface,) if surface else ()
    return tuple(zip(surface, surface[1:], surface[2:], strict=False))


def overlap_index(data: EditionData) -> OverlapIndex:
    """The edition's overlap index, built on first use and kept on the EditionData."""
    if RULE not in data.shared:
        data.shared[RULE] = build_index(data)
    index: OverlapIndex = data.shared[RULE]
    return index


def run(data: EditionData) -> list[Finding]:
    overlap = overlap_index(data)
    basis = str(settings(RULE).get("basis", ""))
    best: dict[tuple[int, int], tuple[Pair, int]] = {}
    for pair in overlap.pairs:
        unit_a, unit_b = overlap.statements[pair[0]].unit_id, overlap.statements[pair[1]].unit_id
        key = (min(unit_a, unit_b), max(unit_a, unit_b))
        previous = best.get(key)
        count = (previous[1] if previous else 0) + 1
        if previous is None or pair[2] > previous[0][2]:
            best[key] = (pair, count)
        else:
            best[key] = (previous[0], count)
    findings = []
    for (unit_a, unit_b), (pair, count) in sorted(best.items()):
        first, second = overlap.statements[pair[0]], overlap.statements[pair[1]]
        if first.unit_id != unit_a:
            first, second = second, first
        shared = overlap.index.shared_terms(pair[0], pair[1])
        findings.append(
            Finding(
                rule=RULE,
                severity="error" if pair[2] >= overlap.error_from else "warning",
                units=(unit_a, unit_b),
                template=N_(
                    "Fungsi {unit_a} dan {unit_b} tumpang tindih (kemiripan {score:.0%}): "
                    "fungsi nomor {number_a} dan nomor {number_b} menyebut pekerjaan yang sama."
                ),
                params={
                    "unit_a": data.path(unit_a),
                    "unit_b": data.path(unit_b),
                    "score": pair[2],
                    "number_a": first.number,
                    "number_b": second.number,
                    "pairs": count,
                },
                advice=N_(
                    "Tetapkan satu perangkat daerah yang melaksanakan pekerjaan ini, lalu ubah atau hapus "
                    "pernyataan fungsi di unit yang lain. Bila pembagian ini disengaja, terima temuan ini dengan alasannya."
                ),
                basis=basis,
                data={
                    "score": round(pair[2], 4),
                    "similar_statement_pairs": count,
                    "statements": [
                        {
                            "unit_id": first.unit_id,
                            "function_id": first.id,
                            "number": first.number,
                            "text": first.text,
                            "highlight": text.shared_spans(first.text, shared),
                        },
                        {
                            "unit_id": second.unit_id,
                            "function_id": second.id,
                            "number": second.number,
                            "text": second.text,
                            "highlight": text.shared_spans(second.text, shared),
                        },
                    ],
                    "shared_terms": sorted(shared),
                },
            )
        )
    return findings
