"""Cell values as offices write them, turned into what the validators take: NIPs with spaces
or a leading apostrophe (and refused when a spreadsheet made a number of them), dates as
real dates, serial numbers or Indonesian text, ranks in any of their spellings, rupiah,
conditions. Each refusal is a ValidationError whose message says why, never a repair."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from core import nip as nips
from core.dates import date_words
from core.errors import ValidationError
from core.excel.mapping import vocabulary, words
from core.excel.read import Cell
from core.i18n import N_
from core.reference import load_reference
from core.validation import label

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1 January 1900 (Excel's 1900 leap-year bug included)
MONTHS = {
    "JANUARI": 1, "JAN": 1, "JANUARY": 1,
    "FEBRUARI": 2, "PEBRUARI": 2, "FEB": 2, "PEB": 2, "FEBRUARY": 2,
    "MARET": 3, "MAR": 3, "MARCH": 3,
    "APRIL": 4, "APR": 4,
    "MEI": 5, "MAY": 5,
    "JUNI": 6, "JUN": 6, "JUNE": 6,
    "JULI": 7, "JUL": 7, "JULY": 7,
    "AGUSTUS": 8, "AGUSTUS.": 8, "AGU": 8, "AGT": 8, "AGS": 8, "AGUST": 8, "AUG": 8, "AUGUST": 8,
    "SEPTEMBER": 9, "SEP": 9, "SEPT": 9,
    "OKTOBER": 10, "OKT": 10, "OCT": 10, "OCTOBER": 10,
    "NOVEMBER": 11, "NOPEMBER": 11, "NOV": 11, "NOP": 11,
    "DESEMBER": 12, "DES": 12, "DEC": 12, "DECEMBER": 12,
}  # fmt: skip
_WORD_DATE = re.compile(r"^(\d{1,2})[\s\-.]+([A-Za-z]+)\.?[\s\-.,]+(\d{4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_GOLONGAN = re.compile(r"\b(IV|III|II|I)\s*[/\-.]?\s*([A-Ea-e])\b")
_PPPK = re.compile(r"^(?:GOL(?:ONGAN)?\.?\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$")
_NIP_IN_TEXT = re.compile(r"NIP\.?\s*:?\s*['’`]?\s*([0-9][0-9 .\-]{16,30}[0-9])", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"[0-9]")
_NIP_PREFIX = re.compile(r"^NIP\.?\s*:?\s*", re.IGNORECASE)
_DIGITS_RUN = re.compile(r"(?<![0-9])([0-9](?:[0-9 ]){16,22}[0-9])(?![0-9])")

NIP_AS_NUMBER = N_(
    "NIP {value} tersimpan sebagai angka di lembar kerja: angka hanya menyimpan 15 digit dengan pasti, jadi digit"
    " terakhir NIP sudah hilang. Format kolom NIP sebagai Teks lalu ketik ulang dari SK."
)
NOT_A_DATE = N_("{label}: '{value}' bukan tanggal (contoh: 15 Maret 1972, 01-04-2021).")
NO_SUCH_DATE = N_("{label}: tanggal {date} tidak ada.")
UNKNOWN_RANK = N_("Golongan '{value}' tidak dikenal (contoh: III/a, III-a, IIIa atau Penata Muda).")
UNKNOWN_CONDITION = N_("Kondisi '{value}' tidak dikenal (tulis B/Baik, KB/Kurang Baik atau RB/Rusak Berat).")
UNKNOWN_STATUS = N_("Status '{value}' tidak dikenal (tulis PNS atau PPPK).")
NOT_A_YEAR = N_("Tahun '{value}' bukan tahun (contoh: 2012).")


def text(value: Cell) -> str | None:
    """A cell as text: a whole number without its '.0' (a register number typed as 1 is
    '1'), a date in ISO form, blank as None."""
    if type(value) is str:  # most cells: asked seven times a row
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    result = str(value).strip()
    return result or None


def nip(value: Cell) -> str | None:
    """The digits of a NIP cell: spaces, dots, dashes and a leading apostrophe dropped. A
    number (a float can keep 15–17 significant digits) has lost the last digits of an
    18-digit NIP: refused with that reason, never rounded back."""
    if type(value) is str:  # a NIP written as text, as it should be: the common case first
        raw = value.strip().lstrip("'’`").strip()
    elif value is None:
        return None
    elif isinstance(value, bool):
        raise ValidationError("nip", N_("NIP '{value}' hanya boleh berisi angka (spasi boleh)."), value=str(value))
    elif isinstance(value, int | float):
        shown = f"{value:.15g}" if isinstance(value, float) else str(value)
        digits = len(str(int(value))) if value == value and abs(value) != float("inf") else 0
        if digits >= 16:
            raise ValidationError("nip", NIP_AS_NUMBER, value=shown)
        return nips.clean(text(value))
    else:
        raw = str(value).strip().lstrip("'’`").strip()
    if len(raw) == 18 and raw.isdigit():  # the common case, written as it should be
        return raw
    if not raw:
        return None
    compact = raw.replace(" ", "")
    if len(compact) == 18 and len(raw) <= 60 and compact.isascii() and compact.isdigit():
        return compact  # '19800101 200501 1 001': what nips.clean makes of it, without its regexes
    return nips.clean(_NIP_PREFIX.sub("", raw))


def name_and_nip(value: Cell) -> tuple[str | None, str | None]:
    """A DUK's NAMA cell ('Drs. BUDI SANTOSO, M.Si\\nNIP. 19800101 200501 1 001') → (name,
    NIP text); a cell without a NIP gives (name, None)."""
    written = text(value)
    if written is None:
        return None, None
    if not _HAS_DIGIT.search(written):
        return " ".join(written.split()), None
    found = _NIP_IN_TEXT.search(written) or _DIGITS_RUN.search(written)
    if not found:
        return " ".join(written.split()), None
    name = (written[: found.start()] + " " + written[found.end() :]).strip()
    return " ".join(name.split()) or None, found.group(1)


def titles(name: str) -> tuple[str | None, str, str | None]:
    """'Drs. H. BUDI SANTOSO, M.Si., Ak.' → ('Drs. H.', 'BUDI SANTOSO', 'M.Si., Ak.'): titles
    before the name (those listed in resources/excel/columns.toml) and after its first comma."""
    name = " ".join(name.split())
    main, _, back = name.partition(",")
    known = _front_titles()
    tokens = main.split(" ")
    front: list[str] = []
    while len(tokens) > 1 and tokens[0].upper() in known:
        front.append(tokens.pop(0))
    return (" ".join(front) or None), " ".join(tokens), (back.strip() or None)


@lru_cache(maxsize=1)
def _front_titles() -> frozenset[str]:
    return frozenset(t.upper() for t in vocabulary()["values"]["front_titles"])


def parse_date(value: Cell, field: str) -> date | None:
    """A date cell as offices fill it: a real date, an Excel serial number, '15 Maret 1972',
    '20 Nopember 1985', '01-04-2021' or '1/10/2020' (day first: 1 Oktober 2020), ISO. A date
    that does not exist ('30 Februari 1987') is refused, never moved to the next valid day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValidationError(field, NOT_A_DATE, label=label(field), value=str(value))
    if isinstance(value, int | float):
        if value != int(value) or not 1 <= value <= 2_958_465:
            raise ValidationError(field, NOT_A_DATE, label=label(field), value=text(value))
        return EXCEL_EPOCH + timedelta(days=int(value))
    written = " ".join(str(value).split())
    if not written:
        return None
    found = _WORD_DATE.match(written)
    if found:
        month = MONTHS.get(found.group(2).upper())
        if month is None:
            raise ValidationError(field, NOT_A_DATE, label=label(field), value=written)
        return _real_date(int(found.group(3)), month, int(found.group(1)), field)
    found = _NUMERIC_DATE.match(written)
    if found:
        return _real_date(int(found.group(3)), int(found.group(2)), int(found.group(1)), field)
    found = _ISO_DATE.match(written)
    if found:
        return _real_date(int(found.group(1)), int(found.group(2)), int(found.group(3)), field)
    if re.fullmatch(r"\d{5}(?:\.0+)?", written):
        return parse_date(float(written), field)
    raise ValidationError(field, NOT_A_DATE, label=label(field), value=written)


def _real_date(year: int, month: int, day: int, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, NO_SUCH_DATE, label=label(field), date=date_words(year, month, day)) from None


@lru_cache(maxsize=1)
def _pangkat_names() -> dict[str, str]:
    """'PENATA MUDA TINGKAT I' → 'III/b', from resources/reference/golongan.csv."""
    return {words(rank.pangkat): rank.golongan for rank in load_reference().ranks.values()}


def golongan(value: Cell, status: str | None = None) -> str | None:
    """'III/a', 'III-a', 'IIIa', 'III / A', 'Penata Muda' or 'Penata Muda, III/a' → 'III/a';
    a PPPK's 'IX' or 'Gol. IX' → 'IX'. Unknown text is refused with examples."""
    written = text(value)
    return None if written is None else _golongan(written, status)


@lru_cache(maxsize=4096)
def _golongan(written: str, status: str | None) -> str:
    """The reading of one spelling (a sheet repeats a few dozen spellings 100,000 times)."""
    found = _GOLONGAN.search(written.upper())
    if found and status != "PPPK":
        return f"{found.group(1)}/{found.group(2).lower()}"
    plain = words(written)
    pppk = _PPPK.match(plain)
    if pppk and (status == "PPPK" or pppk.group(1) not in ("I", "II", "III", "IV") or status is None):
        return pppk.group(1)
    plain = re.sub(r"\bTK\b", "TINGKAT", plain)
    names = _pangkat_names()
    if plain in names:
        return names[plain]
    raise ValidationError("golongan", UNKNOWN_RANK, value=written)


def status(value: Cell) -> str | None:
    written = text(value)
    return None if written is None else _status(written)


@lru_cache(maxsize=256)
def _status(written: str) -> str:
    found = vocabulary()["values"]["status"].get(words(written))
    if found is None:
        raise ValidationError("status", UNKNOWN_STATUS, value=written)
    return str(found)


def condition(value: Cell) -> str | None:
    written = text(value)
    return None if written is None else _condition(written)


@lru_cache(maxsize=256)
def _condition(written: str) -> str:
    found = vocabulary()["values"]["condition"].get(words(written))
    if found is None:
        raise ValidationError("condition", UNKNOWN_CONDITION, value=written)
    return str(found)


def year(value: Cell) -> int | None:
    """A year cell: 2012, '2012', a date ('5 Mei 2012') or a serial number of a date."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value) and 1000 <= value <= 9999:
        return int(value)
    written = text(value) or ""
    if re.fullmatch(r"\d{4}", written):
        return int(written)
    try:
        found = parse_date(value, "year")
    except ValidationError:
        raise ValidationError("year", NOT_A_YEAR, value=written) from None
    return found.year if found else None


def rupiah(value: Cell) -> Cell:
    """A value cell for ``parse_rupiah``: a float from a formula (1234567.8900000001) is the
    rupiah it shows, to the sen; text goes through as written."""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        sen = round(value * 100)
        if abs(value * 100 - sen) < 1e-6 * max(1.0, abs(value)):
            return Decimal(sen) / 100
    return value
