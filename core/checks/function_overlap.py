"""Check: two units in different perangkat daerah whose function statements say the same
thing in other words (tumpang tindih tugas dan fungsi).

Statements are normalised (core/checks/text.py) and compared by cosine similarity over
TF-IDF; only candidate pairs that share a rare term are scored (core/checks/similarity.py).
Support units (sekretariat, subbagian) and boilerplate that many PD share are left out.
One finding per pair of units, with its most similar pair of statements: an error when
both statements belong to one bidang urusan, a warning when the wording is only parallel.
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
    single_term_from: float
    min_shared_terms: int
    content: list[frozenset[str]]  # each statement's stems outside template wording

    def pd(self, number: int) -> int:
        return self.pds[number]

    @cached_property
    def pds(self) -> list[int]:
        """The perangkat daerah of each statement: pairs within one PD are never reported."""
        return [self.data.pd_of[s.unit_id] for s in self.statements]

    @cached_property
    def pairs(self) -> list[Pair]:
        """The pairs reported: alike enough, and sharing enough of what is not template wording."""
        return [pair for pair in similar_pairs(self.index, self.warning_from, self.pds) if self.says_the_same(pair)]

    def says_the_same(self, pair: Pair) -> bool:
        """One shared word outside template wording ("... di bidang perekonomian") says the two
        units work in one field; the same work needs more shared words, or statements that are
        near-identical apart from template wording."""
        a, b, score = pair
        if score >= self.single_term_from:
            return True
        return len(self.content[a] & self.content[b]) >= self.min_shared_terms

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
    support_pds = set(config.get("support_pd_kinds", []))
    min_words = int(config.get("min_words", 1))
    template_units = int(config.get("template_unit_count", 5))
    damping = float(config.get("template_weight", 0.2))

    @cache
    def is_support(unit_id: int) -> bool:
        unit = data.units[unit_id]
        if unit.kind in support_kinds or data.units[data.pd_of[unit_id]].kind in support_pds:
            return True
        name = unit.name.casefold()
        return unit.kind in support_named and any(word in name for word in support_words)

    # Work per distinct text, not per statement: template sentences repeat in many units.
    holders: dict[str, set[int]] = defaultdict(set)
    kept: list[Statement] = []
    for statement in data.statements:
        if statement.unit_id not in data.pd_of or is_support(statement.unit_id):
            continue
        kept.append(statement)
        holders[statement.text].add(statement.unit_id)
    units_of: dict[tuple[str, ...], set[int]] = defaultdict(set)
    template: set[tuple[str, ...]] = set()
    analysed: dict[str, tuple[tuple[str, ...], Sequence[tuple[int, str]], tuple[tuple[str, ...], ...]]] = {}
    for text_of, owners in holders.items():
        surface, positioned = text.analysed(text_of)
        grams = _trigrams(surface)
        analysed[text_of] = (surface, positioned, grams)
        for gram in grams:
            if gram in template:
                continue  # known template wording: its owners need not be counted further
            seen = units_of[gram]
            seen |= owners
            if len(seen) >= template_units:
                template.add(gram)
    prepared: dict[str, tuple[list[tuple[str, float]], frozenset[str]] | None] = {}
    for text_of, (surface, positioned, grams) in analysed.items():
        covered = [False] * len(surface)
        for i, gram in enumerate(grams):
            if gram in template:
                covered[i : i + len(gram)] = (True,) * len(gram)
        content = frozenset(root for position, root in positioned if not covered[position])
        if len(content) < min_words:
            prepared[text_of] = None
            continue
        prepared[text_of] = ([(root, damping if covered[position] else 1.0) for position, root in positioned], content)
    statements: list[Statement] = []
    documents: list[list[tuple[str, float]]] = []
    contents: list[frozenset[str]] = []
    for statement in kept:
        ready = prepared[statement.text]
        if ready is None:
            continue
        statements.append(statement)
        documents.append(ready[0])  # one list per text: the index weighs it once
        contents.append(ready[1])
    return OverlapIndex(
        data,
        statements,
        documents,
        StatementIndex(documents),
        float(config.get("warning_from", 0.66)),
        float(config.get("single_term_from", 0.85)),
        int(config.get("min_shared_terms", 2)),
        contents,
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


TRIM = 90  # characters of a statement quoted in a message


def _quoted(text: str) -> str:
    """A statement as a message quotes it: whole when short, else cut at a word with '…'."""
    text = " ".join(text.split())
    if len(text) <= TRIM:
        return text
    return text[:TRIM].rsplit(" ", 1)[0].rstrip(",;:") + "…"


SAME_URUSAN = N_(
    "{unit_a} dan {unit_b} menjalankan pekerjaan yang sama dalam urusan {code} "
    "(kemiripan {score:.0%}): “{text_a}” dan “{text_b}”."
)
PARALLEL = N_("Rumusan fungsi {unit_a} dan {unit_b} sejajar (kemiripan {score:.0%}): “{text_a}” dan “{text_b}”.")
SAME_URUSAN_ADVICE = N_(
    "Satu urusan untuk satu pekerjaan: tetapkan satu perangkat daerah pelaksananya, lalu ubah atau hapus "
    "pernyataan fungsi di unit yang lain sebelum struktur ditetapkan."
)
PARALLEL_ADVICE = N_(
    "Bila satu unit mengoordinasikan, merencanakan atau membina pekerjaan yang dilaksanakan unit lain, "
    "tuliskan peran itu dengan jelas (misalnya “pengoordinasian …”) agar rumusannya tidak sejajar; bila keduanya "
    "melaksanakan pekerjaan yang sama, tetapkan satu pelaksana. Bila pembagian ini disengaja, terima temuan ini dengan alasannya."
)


def run(data: EditionData) -> list[Finding]:
    """One finding per pair of units, with its most similar pair of statements. Statements of
    the same bidang urusan in two perangkat daerah are an error (one urusan's work claimed
    twice, DOMAIN.md); under different urusan (a coordinating biro and a badan, say) the
    wording is parallel and a warning with advice."""
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
        code_a = first.urusan or data.urusan_of(first.unit_id)
        code_b = second.urusan or data.urusan_of(second.unit_id)
        same_urusan = code_a is not None and code_a == code_b
        findings.append(
            Finding(
                rule=RULE,
                severity="error" if same_urusan else "warning",
                units=(unit_a, unit_b),
                template=SAME_URUSAN if same_urusan else PARALLEL,
                params={
                    "unit_a": data.label(unit_a),
                    "unit_b": data.label(unit_b),
                    "score": pair[2],
                    "text_a": _quoted(first.text),
                    "text_b": _quoted(second.text),
                    "code": code_a if same_urusan else "",
                    "pairs": count,
                },
                advice=SAME_URUSAN_ADVICE if same_urusan else PARALLEL_ADVICE,
                basis=basis,
                data={
                    "score": round(pair[2], 4),
                    "similar_statement_pairs": count,
                    "urusan": [code_a, code_b],
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
