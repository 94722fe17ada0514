"""The official codes of urusan, bidang, program, kegiatan and sub-kegiatan (Permendagri
90/2019 and the Kepmendagri decisions that update it), read from
``resources/reference/nomenklatur.csv``.

Offices write one code in several ways (``1.01.02.2.01.0001``, ``1.01.02.02.01.01``), so
every code is first brought to one canonical form; the table is read once, lazily, and
answers from dictionaries. Codes differ between provinsi and kabupaten/kota: the digit
that opens a kegiatan (``1.xx`` provinsi, ``2.xx`` kabupaten/kota) and the programs each
level has; a code both levels have is one row per level, each with its own source (the
provinsi rows come from one source of 2020 and are unverified). Program 01 of every bidang
is the generic support program ``X.XX.01``: the table holds it once per level and answers
for every bidang's copy of it.
See resources/reference/NOMENKLATUR.md for the sources and what they cover.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from core.errors import ValidationError
from core.i18n import N_
from core.reference import read_csv
from core.resources import resource_path

CSV_COLUMNS = ("level", "code", "name", "government", "version", "source", "verified", "confirmed_by", "note")
LEVELS = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
GOVERNMENTS = ("provinsi", "kabkota")
BOTH = "both"
GENERIC_PROGRAM = "X.XX.01"
# Level by the number of parts of a canonical code (a kegiatan is two parts: "2.01").
_LEVEL_BY_PARTS = {1: "urusan", 2: "bidang", 3: "program", 5: "kegiatan", 6: "sub_kegiatan"}
_GOVERNMENT_BY_DIGIT = {"1": "provinsi", "2": "kabkota"}
# Digits of each part in the canonical form: U . BB . PP . K . KK . SSSS
_WIDTHS = (1, 2, 2, 1, 2, 4)
# Fast paths (most codes): the canonical form, and the padded style offices also use.
_NZ2, _NZ4 = "(?:0[1-9]|[1-9][0-9])", "(?!0000)[0-9]{4}"  # two or four digits, not all zero
_BELOW_BIDANG = rf"(?:\.{_NZ2}(?:\.[12]\.{_NZ2}(?:\.{_NZ4})?)?)?"
_CANONICAL = re.compile(rf"X(?:\.XX{_BELOW_BIDANG})?|[1-9](?:\.{_NZ2}{_BELOW_BIDANG})?")
_PADDED = re.compile(rf"([1-9])\.({_NZ2})\.({_NZ2})\.0?([12])\.({_NZ2})(?:\.({_NZ2}|{_NZ4}))?")
# The most digits a part may be written with (a kegiatan's "2" also as "02").
_RAW_WIDTH = {1: 2, 2: 2, 4: 4}

BAD_CODE = N_(
    "Kode {code} tidak berbentuk kode nomenklatur: tulis urusan.bidang.program[.kegiatan.sub-kegiatan], "
    "misalnya 1.01.02 atau 1.01.02.2.01.0001"
)
UNKNOWN_CODE = N_("Kode {code} tidak ada dalam nomenklatur. Kode terdekat: {nearest}")
UNKNOWN_CODE_ALONE = N_("Kode {code} tidak ada dalam nomenklatur")
# Asked for one level of government, found only for the other (keyed by the level asked).
WRONG_GOVERNMENT = {
    "provinsi": N_("Kode {code} ({name}) hanya ada dalam nomenklatur pemerintah kabupaten/kota, bukan pemerintah provinsi"),
    "kabkota": N_("Kode {code} ({name}) hanya ada dalam nomenklatur pemerintah provinsi, bukan pemerintah kabupaten/kota"),
}


@dataclass(frozen=True)
class Entry:
    """One coded item: ``government`` is provinsi, kabkota or both; ``version`` the
    regulation(s) its sources transcribe; ``source`` where its name was read."""

    code: str
    level: str
    name: str
    government: str
    version: str
    source: str
    verified: bool

    def serves(self, government: str | None) -> bool:
        return government is None or self.government in (government, BOTH)


@dataclass(frozen=True)
class _Table:
    by_code: dict[str, tuple[Entry, ...]]
    children: dict[str, tuple[str, ...]]
    codes_by_level: dict[str, tuple[str, ...]]


def normalise(code: str) -> str:
    """The canonical form of a code: ``U.BB.PP.K.KK.SSSS`` cut to its level.

    Accepts the spellings offices use: padded or unpadded parts, a kegiatan written
    ``2.01``, ``02.01`` or ``201``, a sub-kegiatan number of 1 to 4 digits, the generic
    ``X.XX`` (also written ``0.00``), spaces and a trailing dot. Refuses anything else.
    """
    if not isinstance(code, str):
        code = str(code)  # a spreadsheet cell may hold a number: "1.01" read as 1.01
    if _CANONICAL.fullmatch(code):
        return code
    padded = _PADDED.fullmatch(code)
    if padded:  # the other office style: "1.01.02.02.01.0001", "1.01.02.2.01.01"
        urusan, bidang, program, group, kegiatan, sub = padded.groups()
        tail = "" if sub is None else "." + sub.rjust(4, "0")
        return f"{urusan}.{bidang}.{program}.{group}.{kegiatan}{tail}"
    text = code
    if not text.isascii() or " " in text or not text.isprintable():
        text = "".join(text.split())
    parts = text.strip(".").upper().split(".")
    if len(parts) == 4 and len(parts[3]) == 3:
        parts[3:] = [parts[3][0], parts[3][1:]]  # "1.01.02.201": kegiatan 2.01 run together
    if len(parts) not in _LEVEL_BY_PARTS:
        raise ValidationError("code", BAD_CODE, code=code)
    generic = parts[0] in ("X", "0")
    if len(parts) > 1 and generic != (parts[1] in ("XX", "0", "00")):
        raise ValidationError("code", BAD_CODE, code=code)  # X.XX is generic as a pair
    out = ["X", "XX"][: min(len(parts), 2)] if generic else []
    for part, width in zip(parts[len(out) :], _WIDTHS[len(out) :], strict=False):
        if not part.isdigit() or len(part) > _RAW_WIDTH[width] or not part.isascii():
            raise ValidationError("code", BAD_CODE, code=code)
        value = part.lstrip("0")
        if not value or len(value) > width:
            raise ValidationError("code", BAD_CODE, code=code)
        out.append(value.rjust(width, "0"))
    return ".".join(out)


def level_of(code: str) -> str:
    """urusan, bidang, program, kegiatan or sub_kegiatan, by the shape of a canonical code."""
    return _LEVEL_BY_PARTS[len(code.split("."))]


def government_of_code(code: str) -> str | None:
    """The government a kegiatan or sub-kegiatan code belongs to (its kegiatan digit)."""
    parts = code.split(".")
    return _GOVERNMENT_BY_DIGIT.get(parts[3]) if len(parts) >= 5 else None


def parent_code(code: str) -> str | None:
    """The code one level up (a kegiatan's parent is its program)."""
    parts = code.split(".")
    if len(parts) == 1:
        return None
    return ".".join(parts[:3] if len(parts) == 5 else parts[:-1])


@lru_cache(maxsize=1)
def _table() -> _Table:
    by_code: dict[str, list[Entry]] = defaultdict(list)
    for row in read_csv(resource_path("reference", "nomenklatur.csv")):
        entry = Entry(
            row["code"],
            row["level"],
            row["name"],
            row["government"],
            row["version"],
            row["source"],
            row["verified"] == "yes",
        )
        by_code[entry.code].append(entry)
    children: dict[str, list[str]] = defaultdict(list)
    codes_by_level: dict[str, list[str]] = defaultdict(list)
    for code in by_code:
        codes_by_level[level_of(code)].append(code)
        parent = parent_code(code)
        if parent is not None:
            children[parent].append(code)
    return _Table(
        {code: tuple(entries) for code, entries in by_code.items()},
        {code: tuple(kids) for code, kids in children.items()},
        {level: tuple(codes) for level, codes in codes_by_level.items()},
    )


def _canonical_or_none(code: str) -> str | None:
    if isinstance(code, str) and _CANONICAL.fullmatch(code):
        return code
    try:
        return normalise(code)
    except ValidationError:
        return None


def generic_code(code: str) -> str | None:
    """``1.02.01.2.10`` → ``X.XX.01.2.10``: the generic code of a bidang's copy of the
    generic program (canonical codes); ``None`` for any other code."""
    if code[4:7] == ".01" and code[0] != "X" and code[7:8] in ("", "."):
        return GENERIC_PROGRAM + code[7:]
    return None


def _entries(code: str) -> tuple[Entry, ...]:
    """Every row of a canonical code, a bidang's program-01 copy named as the generic one."""
    table = _table()
    found = table.by_code.get(code)
    if found:
        return found
    generic = generic_code(code)
    if generic is None or code[:4] not in table.by_code:  # U.BB: the bidang must exist
        return ()
    return tuple(replace(entry, code=code) for entry in table.by_code.get(generic, ()))


@lru_cache(maxsize=1 << 17)
def lookup(code: str, government: str | None = None) -> Entry | None:
    """The entry of a code as written in any accepted style; ``None`` if the nomenclature
    has no such code, or has it only for the other level of government. Asked for no level
    of government, a code each level has (one row each) answers as ``both``. Cached."""
    if government is not None and government not in GOVERNMENTS:
        raise ValueError(f"government must be one of {GOVERNMENTS} or None, not {government!r}")
    entries = _table().by_code.get(code)
    if entries is None:
        canonical = _canonical_or_none(code)
        entries = _entries(canonical) if canonical is not None else ()
    best = None
    governments = set()
    for entry in entries:
        if entry.government == BOTH:
            return entry
        governments.add(entry.government)
        if best is None and (government is None or entry.government == government):
            best = entry
    if government is None and best is not None and len(governments) > 1:
        return replace(best, government=BOTH)  # a row per level of government: the code serves both
    return best


@lru_cache(maxsize=4)
def covers(government: str) -> bool:
    """Whether the shipped table holds the programs of ``government`` ('provinsi' or 'kabkota'):
    a code of a level of government it does not hold can be neither confirmed nor refused."""
    table = _table()
    return any(
        entry.government in (government, "both")
        for code in table.codes_by_level.get("program", ())
        for entry in table.by_code[code]
    )


@lru_cache(maxsize=4)
def verified(government: str) -> bool:
    """Whether any program, kegiatan or sub-kegiatan of ``government``'s own rows was confirmed
    by a second source. Where none was (today: provinsi, one source of 2020), a code missing
    from the table may be a later amendment's, so it cannot be called wrong."""
    table = _table()
    return any(
        entry.verified and entry.serves(government)
        for level in ("program", "kegiatan", "sub_kegiatan")
        for code in table.codes_by_level.get(level, ())
        for entry in table.by_code[code]
    )


def governments_of(code: str) -> frozenset[str]:
    """The levels of government whose nomenclature has this code (empty if none has)."""
    canonical = _canonical_or_none(code)
    if canonical is None:
        return frozenset()
    found: set[str] = set()
    for entry in _entries(canonical):
        found.update(GOVERNMENTS if entry.government == BOTH else (entry.government,))
    return frozenset(found)


def only_for(code: str) -> str | None:
    """``provinsi`` or ``kabkota`` when a code exists at one level of government only."""
    levels = governments_of(code)
    return next(iter(levels)) if len(levels) == 1 else None


def nearest(code: str, n: int = 5, government: str | None = None) -> list[Entry]:
    """The ``n`` known codes closest to a mistyped one: same level first, fewest edits,
    then the longest common beginning (a slip in the last digits stays in its kegiatan)."""
    table = _table()
    query = _canonical_or_none(code) or "".join(str(code).split()).upper()
    try:
        levels: tuple[str, ...] = (level_of(query),)
    except KeyError:
        levels = LEVELS
    choices = [c for level in levels for c in table.codes_by_level.get(level, ())]
    if not choices or n <= 0:
        return []
    candidates = process.extract(query, choices, scorer=Levenshtein.distance, limit=max(n * 10, 50))

    def rank(candidate: tuple[str, float, int]) -> tuple[float, int, str]:
        found = candidate[0]
        common = next((i for i, (a, b) in enumerate(zip(found, query, strict=False)) if a != b), min(len(found), len(query)))
        return (candidate[1], -common, found)

    result: list[Entry] = []
    for found, _distance, _index in sorted(candidates, key=rank):
        entry = lookup(found, government)
        if entry is not None and found != query:
            result.append(entry)
        if len(result) == n:
            break
    return result


def children(code: str, government: str | None = None) -> list[Entry]:
    """The entries one level below a code, in code order (a bidang lists its program 01)."""
    canonical = _canonical_or_none(code)
    if canonical is None:
        return []
    table = _table()
    kids = list(table.children.get(canonical, ()))
    generic = generic_code(canonical)
    if generic is not None and canonical not in table.by_code:
        kids = [canonical + kid[len(generic) :] for kid in table.children.get(generic, ())]
    if level_of(canonical) == "bidang" and not canonical.startswith("X"):
        own = f"{canonical}.01"
        if own not in kids and _entries(own):
            kids.insert(0, own)
    entries = (lookup(kid, government) for kid in kids)
    return [e for e in entries if e is not None]


def check_code(code: str, government: str | None = None, field: str = "code") -> Entry:
    """The entry of a code a user typed, or a refusal that says what is wrong: not a
    code at all, unknown (with the nearest known codes), or of the other government."""
    try:
        canonical = normalise(code)
    except ValidationError as exc:
        raise ValidationError(field, exc.template, **exc.params) from None
    entry = lookup(canonical, government)
    if entry is not None:
        return entry
    other = lookup(canonical)
    if other is not None and government in WRONG_GOVERNMENT:
        raise ValidationError(field, WRONG_GOVERNMENT[government], code=canonical, name=other.name)
    suggestions = nearest(canonical, 3, government)
    if not suggestions:
        raise ValidationError(field, UNKNOWN_CODE_ALONE, code=canonical)
    listed = "; ".join(f"{e.code} {e.name}" for e in suggestions)
    raise ValidationError(field, UNKNOWN_CODE, code=canonical, nearest=listed)
