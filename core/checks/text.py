"""Normalising Indonesian function statements so that statements saying the same thing
in other words come out alike: lower case, no punctuation, no stop words, and each word
reduced to its root with the Sastrawi stemmer ("pembinaan" → "bina", "pengawasan" → "awas").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.resources import resource_path

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Stop words from resources/rules/stopwords_id.txt (lines starting with # are comments)."""
    text = resource_path("rules", "stopwords_id.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def known_stems() -> dict[str, str]:
    """The roots Sastrawi gives the words of the shipped statement catalogue
    (resources/rules/stems_id.tsv, made by tools/update_stems.py and kept equal to Sastrawi
    by a test): read in milliseconds, where loading the stemmer and stemming those words
    cold takes about a third of a second on every start."""
    table: dict[str, str] = {}
    for line in resource_path("rules", "stems_id.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _tab, root = line.partition("\t")
            table[word] = root
    return table


def sastrawi_stem(word: str) -> str:
    """What the Sastrawi stemmer makes of one lower-case word (its own answer, no table)."""
    return str(_stemmer().stem(word)) or word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The root of one lower-case word (cached: statements repeat their words a lot)."""
    if not word.isalpha():
        return word  # codes and numbers ("B3", "2024") stay as they are
    known = known_stems().get(word)
    return known if known is not None else sastrawi_stem(word)


def words(text: str) -> list[tuple[str, int, int]]:
    """Words of a statement with their positions: (lower-case word, start, end)."""
    folded = unicodedata.normalize("NFC", text)
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(folded)]


@lru_cache(maxsize=100_000)
def analysed(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """A statement's words as written (lower case) and its meaningful stems with the index
    of the word each comes from, read once per distinct text: templates repeat across
    units and regions, and the checks re-run after every edit."""
    surface = tuple(word.lower() for word in WORD.findall(unicodedata.normalize("NFC", text)))
    stops = stop_words()
    positioned = []
    for position, word in enumerate(surface):
        if word in stops:
            continue
        root = stem(word)
        if root and root not in stops:
            positioned.append((position, root))
    return surface, tuple(positioned)


def terms(text: str) -> list[str]:
    """The meaningful stems of a statement, in order (repeats kept)."""
    return [root for _position, root in analysed(text)[1]]


def shared_spans(text: str, stems: set[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the words whose stem is in ``stems`` stand (for highlighting)."""
    stops = stop_words()
    return [(start, end) for word, start, end in words(text) if word not in stops and stem(word) in stems]
