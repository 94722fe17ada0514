"""Rupiah as people write it ("Rp 1.234.567,00"), kept as integer sen: never a float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.errors import ValidationError
from core.i18n import N_


def parse_rupiah(value: object, field: str = "value") -> int:
    """Text or number → sen. Indonesian style ('Rp 1.234.567,50'), plain digits and a
    decimal point with at most two decimals ('1234567.5') are all understood."""
    if isinstance(value, bool):
        raise ValidationError(field, N_("Nilai '{value}' bukan jumlah rupiah."), value=value)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = re.sub(r"\s|Rp\.?|IDR", "", str(value or ""), flags=re.IGNORECASE)
        if not text:
            raise ValidationError(field, N_("Nilai perolehan tidak boleh kosong."))
        negative = text.startswith("-")
        text = text.lstrip("-+")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+(,\d{1,2})?", text):
            text = text.replace(".", "").replace(",", ".")  # Indonesian: dots group thousands, a comma starts sen
        elif re.fullmatch(r"\d{1,3}(,\d{3}){2,}(\.\d{1,2})?|\d{1,3}(,\d{3})+\.\d{1,2}|\d+\.\d{1,2}", text):
            # English style, only where it cannot be read the Indonesian way ("12,345" could be either: refused)
            text = text.replace(",", "")
        else:
            raise ValidationError(field, N_("Nilai '{value}' bukan jumlah rupiah (contoh: Rp 1.250.000,00)."), value=value)
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError(
                field, N_("Nilai '{value}' bukan jumlah rupiah (contoh: Rp 1.250.000,00)."), value=value
            ) from exc
        if negative:
            amount = -amount
    if amount < 0:
        raise ValidationError(field, N_("Nilai perolehan tidak boleh negatif ({value})."), value=value)
    sen = amount * 100
    if sen != sen.to_integral_value():
        raise ValidationError(field, N_("Nilai '{value}' punya lebih dari dua angka sen."), value=value)
    return int(sen)


def group_thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def format_rupiah(sen: int, with_sen: bool = True) -> str:
    """12345678900 → 'Rp 123.456.789,00' (or without the sen)."""
    rupiah, rest = divmod(abs(int(sen)), 100)
    sign = "-" if sen < 0 else ""
    text = f"Rp {sign}{group_thousands(rupiah)}"
    return f"{text},{rest:02d}" if with_sen else text
