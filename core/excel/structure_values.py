"""The cells of a structure sheet as the values a unit stores: kinds written in Indonesian
words ('Dinas', 'Sub Bagian', 'UPT', 'Kelompok Jabatan Fungsional'), typology ('Tipe A'),
eselon ('III.a', 'IV/b'), urusan codes ('1.01;2.22', '1.01, 2.22') and function statements
one per line. Each refusal is a ValidationError naming the field."""

from __future__ import annotations

import re
from functools import lru_cache

from core.errors import ValidationError
from core.excel import values
from core.excel.mapping import vocabulary, words
from core.excel.read import Cell
from core.excel.units import unit_words
from core.i18n import N_
from core.reference import ESELON_ORDER, load_reference

UNKNOWN_KIND = N_("Jenis unit '{value}' tidak dikenal (contoh: {examples}).")
UNKNOWN_TYPOLOGY = N_("Tipologi '{value}' tidak dikenal (tulis A, B atau C, atau Tipe A).")
UNKNOWN_ESELON = N_("Eselon '{value}' tidak dikenal (contoh: IIa, III.b, IV/a).")
UNKNOWN_URUSAN = N_("Kode urusan '{code}' tidak ada dalam daftar urusan resmi.")
NOT_URUSAN = N_("'{value}' bukan kode urusan (contoh: 1.01;2.22).")

_TYPOLOGY = re.compile(r"^(?:TIPE|TIPOLOGI|TYPE)?\s*([ABC])(?:\s*\(.*\))?$")
_URUSAN_CODE = re.compile(r"^([0-9X]\.[0-9X]{2})\b")
_BULLET = re.compile(r"^\s*(?:[-•–·*▪]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s+")
_ESELON = {e.upper(): e for e in ESELON_ORDER}


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    """Written kind (compared as unit names are) → kind: the table in columns.toml, the
    labels of unit_kinds.csv and the kinds' own codes."""
    table: dict[str, str] = {}
    for kind in load_reference().unit_kinds.values():
        table[unit_words(kind.kind)] = kind.kind
        table[unit_words(kind.label_id)] = kind.kind
    for written, kind in vocabulary()["unit_kind_words"].items():
        table[unit_words(written)] = kind
    return table


@lru_cache(maxsize=4096)
def kind_from_words(written: str) -> str | None:
    """The kind a text names, whole ('Sub Bag.') or as its first words ('Dinas Pendidikan'
    → dinas, 'Sekretariat Daerah Provinsi' → sekretariat_daerah: the longest that fits)."""
    table = _kind_words()
    normal = unit_words(written)
    if normal in table:
        return table[normal]
    best = None
    for phrase, kind in table.items():
        if normal.startswith(phrase + " ") and (best is None or len(phrase) > len(best[0])):
            best = (phrase, kind)
    return best[1] if best else None


def kind(value: Cell) -> str | None:
    written = values.text(value)
    if written is None:
        return None
    found = kind_from_words(written)
    if found is None:
        examples = "Dinas, Badan, Sekretariat, Bidang, Bagian, Seksi, Subbagian, UPTD, Kelompok Jabatan Fungsional"
        raise ValidationError("kind", UNKNOWN_KIND, value=written, examples=examples)
    return found


def typology(value: Cell) -> str | None:
    written = values.text(value)
    if written is None or written in ("-", "—"):
        return None
    return _typology(written)


@lru_cache(maxsize=256)
def _typology(written: str) -> str:
    found = _TYPOLOGY.match(words(written))
    if not found:
        raise ValidationError("typology", UNKNOWN_TYPOLOGY, value=written)
    return found.group(1)


def eselon(value: Cell) -> str | None:
    written = values.text(value)
    if written is None or written in ("-", "—"):
        return None
    return _eselon(written)


@lru_cache(maxsize=256)
def _eselon(written: str) -> str:
    compact = re.sub(r"[\s./\-]", "", words(written).removeprefix("ESELON"))
    if compact not in _ESELON:
        raise ValidationError("eselon", UNKNOWN_ESELON, value=written)
    return _ESELON[compact]


def urusan(value: Cell) -> list[str]:
    """'1.01;2.22', '1.01, 2.22', one per line, '2.22 Kebudayaan'; a code Excel took for a
    number (2.2) with its two decimals back. Unknown codes are refused."""
    if value is None:
        return []
    if isinstance(value, float):
        value = f"{value:.2f}"
    codes: list[str] = []
    known = load_reference().urusan
    for piece in re.split(r"[;,\n]+", str(value)):
        piece = piece.strip()
        if not piece or piece in ("-", "—"):
            continue
        found = _URUSAN_CODE.match(piece.upper())
        if not found:
            raise ValidationError("urusan", NOT_URUSAN, value=piece)
        code = found.group(1)
        if code not in known:
            raise ValidationError("urusan", UNKNOWN_URUSAN, code=code)
        if code not in codes:
            codes.append(code)
    return codes


def functions(value: Cell) -> list[str]:
    """One statement per line, numbering and bullets ('1.', 'a.', '-', '•') taken off."""
    written = values.text(value)
    if written is None:
        return []
    statements = []
    for line in written.splitlines():
        line = _BULLET.sub("", line).strip()
        if line:
            statements.append(line)
    return statements
