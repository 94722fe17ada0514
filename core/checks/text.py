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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The root of one lower-case word (cached: statements repeat their words a lot)."""
    if not word.isalpha():
        return word  # codes and numbers ("B3", "2024") stay as they are
    return str(_stemmer().stem(word)) or word


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
