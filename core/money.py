"""Rupiah as people write it ("Rp 1.234.567,00"), kept as integer sen: never a float."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from core.errors import ValidationError
from core.i18n import N_

MAX_SEN = 2**63 - 1  # what SQLite's INTEGER holds: Rp 92.233.720.368.547.758,07
_INDONESIAN = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?|[0-9]+(,[0-9]+)?")
_COMMA_THOUSANDS = re.compile(r"[+-]?[0-9]{1,3},[0-9]{3}")
_ENGLISH = re.compile(r"[0-9]{1,3}(,[0-9]{3}){2,}(\.[0-9]+)?|[0-9]{1,3}(,[0-9]{3})+\.[0-9]+|[0-9]+\.[0-9]+")


def parse_number(value: object) -> Decimal | None:
    """Text as people write numbers → an exact Decimal (None when it is not one). Indonesian
    style ('1.234.567,50': dots group thousands, a comma starts the decimals) first; English
    style ('1,234,567.50') only where it cannot be read the Indonesian way ('12,345' could be
    either: not a number). One sign at most; 'Rp', spaces and a closing ',-' are ignored."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if value == value and abs(value) != float("inf") else None
    text = re.sub(r"\s|Rp\.?|IDR", "", unicodedata.normalize("NFKC", str(value or "")), flags=re.IGNORECASE)
    text = re.sub(r"[,.]-$", "", text)  # 'Rp 1.250.000,-'
    sign = ""
    if text[:1] in "+-" and text:
        sign, text = text[0], text[1:]
    if _INDONESIAN.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _ENGLISH.fullmatch(text):
        text = text.replace(",", "")
    else:
        return None
    return -Decimal(text) if sign == "-" else Decimal(text)


def parse_rupiah(value: object, field: str = "value") -> int:
    """Text or number → sen, exactly. See :func:`parse_number` for what is understood."""
    if value is None or (isinstance(value, str) and not re.sub(r"\s|Rp\.?|IDR", "", value, flags=re.IGNORECASE)):
        raise ValidationError(field, N_("Nilai perolehan tidak boleh kosong."))
    if isinstance(value, str) and _COMMA_THOUSANDS.fullmatch(re.sub(r"\s|Rp\.?|IDR", "", value, flags=re.IGNORECASE)):
        # '1,500' or '100,000': three digits after one comma are thousands written the English
        # way far more often than a rupiah value with three decimals: ask rather than guess.
        raise ValidationError(
            field,
            N_("Nilai '{value}' bisa dibaca dua cara: tulis ribuan dengan titik (Rp 1.500) dan sen dengan koma (Rp 1,50)."),
            value=value,
        )
    amount = parse_number(value)
    if amount is None:
        raise ValidationError(field, N_("Nilai '{value}' bukan jumlah rupiah (contoh: Rp 1.250.000,00)."), value=value)
    if amount < 0:
        raise ValidationError(field, N_("Nilai perolehan tidak boleh negatif ({value})."), value=value)
    sen = amount * 100
    if sen != sen.to_integral_value():
        raise ValidationError(field, N_("Nilai '{value}' punya lebih dari dua angka sen."), value=value)
    if sen > MAX_SEN:
        raise ValidationError(field, N_("Nilai '{value}' terlalu besar untuk dicatat."), value=value)
    return int(sen)


def format_decimal(value: float) -> str:
    """1234567.5 → '1.234.567,5': every digit the number has, written the Indonesian way."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = group_thousands(int(whole.lstrip("-") or "0"))
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def group_thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def format_rupiah(sen: int) -> str:
    """12345678900 → 'Rp 123.456.789,00': always with the sen, in every list, total, report
    and export. That is how the KIB registers and the nilai perolehan in BMD documents are
    written ("826.761.850,00"); a column of values then lines up on its comma, and a total
    never looks rounder than the values it adds (a total dropping ",49" reads as a mistake)."""
    rupiah, rest = divmod(abs(int(sen)), 100)
    sign = "-" if sen < 0 else ""
    return f"Rp {sign}{group_thousands(rupiah)},{rest:02d}"
