"""NIP: the 18-digit number of a civil servant (Perka BKN 22/2007).

PNS layout: digits 1–8 birth date (YYYYMMDD), 9–14 TMT CPNS (YYYYMM, not before the 18th
birthday), 15 gender (1 male, 2 female), 16–18 serial from 001. Printed with spaces
(``19800101 200501 1 001``), stored without. PPPK numbers are 18 digits with another
layout: only their length is checked. Derived values (birth date, gender, TMT) are read
from the NIP when shown, never stored twice.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from core.dates import MONTHS_ID, date_words
from core.errors import ValidationError
from core.i18n import N_
from core.validation import code_text

SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?[eE][+]?\d+\s*$")
_SEPARATORS = re.compile(r"[\s.\-]")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class NipInfo:
    nip: str
    birth_date: date
    tmt_year: int
    tmt_month: int
    gender: str  # "L" or "P"
    serial: int


def clean(value: object) -> str:
    """The digits of a NIP as typed: spaces, dots and dashes between groups are dropped.

    A number a spreadsheet turned into scientific notation (1.99003E+17) has lost digits
    and is refused, never repaired. Fullwidth digits count as 0–9 (NFKC); digits of other
    scripts are refused, so a NIP is stored, and compared for uniqueness, in one form.
    """
    if type(value) is str and len(value) == 18 and value.isascii() and value.isdigit():
        return value  # already clean (values.nip cleans a sheet's NIP first)
    text = code_text(value, "nip", max_length=60) or ""
    if SCIENTIFIC.match(text):
        raise ValidationError(
            "nip",
            N_("NIP '{value}' berbentuk angka ilmiah dari lembar kerja: digitnya sudah hilang. Ketik ulang dari SK."),
            value=text,
        )
    digits = _SEPARATORS.sub("", text)
    if not digits:
        raise ValidationError("nip", N_("NIP tidak boleh kosong."))
    if not _DIGITS.fullmatch(digits):
        raise ValidationError("nip", N_("NIP '{value}' hanya boleh berisi angka (spasi boleh)."), value=text)
    if len(digits) != 18:
        raise ValidationError(
            "nip", N_("NIP '{value}' harus 18 angka (ada {count})."), value=text, count=len(re.sub(r"\D", "", digits))
        )
    return digits


_day: list[tuple[float, date, str, str]] = []


def _today() -> date:
    """Today, read from the clock at most once a minute (a sheet of 100,000 NIPs is checked
    against the same day)."""
    return _today_entry()[1]


def _today_entry() -> tuple[float, date, str, str]:
    """(when read, today, today as 'YYYYMMDD', this month as 'YYYYMM')."""
    now = time.monotonic()
    if not _day or now - _day[0][0] > 60:
        today = date.today()
        _day[:] = [(now, today, f"{today:%Y%m%d}", f"{today:%Y%m}")]
    return _day[0]


@lru_cache(maxsize=65_536)
def _eighteenth(birth: str) -> str:
    """'19800115' → '199801', the month of the 18th birthday as 'YYYYMM'; '' for a birth date
    that does not exist. A sheet's people share a few thousand birth dates."""
    try:
        born = date(int(birth[0:4]), int(birth[4:6]), int(birth[6:8]))
    except ValueError:
        return ""
    return f"{born.year + 18:04d}{born.month:02d}"


def _sound_pns(nip: str) -> bool:
    """True when :func:`parse_pns` accepts ``nip``, an 18-digit ASCII text, answered with
    comparisons of its digit groups as text (every group has a fixed width, so text order is
    number order) instead of building dates: the common case of a sheet of 100,000 NIPs. A
    False sends the NIP through :func:`parse_pns`, which names what is wrong."""
    _, _, today, month = _today_entry()
    eighteen = _eighteenth(nip[:8])
    return (
        eighteen != ""
        and nip[:4] >= "1900"
        and nip[:8] <= today
        and "01" <= nip[12:14] <= "12"
        and eighteen <= nip[8:14] <= month
        and nip[14] in "12"
        and nip[15:18] != "000"
    )


def parse_pns(value: object) -> NipInfo:
    """Check a PNS NIP digit by digit; the refusal names exactly what is wrong."""
    nip = clean(value)
    today = _today()
    year, month, day = int(nip[0:4]), int(nip[4:6]), int(nip[6:8])
    try:
        born = date(year, month, day)
    except ValueError:
        raise ValidationError(
            "nip", N_("NIP {nip}: tanggal lahir {date} tidak ada."), nip=format_nip(nip), date=date_words(year, month, day)
        ) from None
    if born.year < 1900 or born > today:
        raise ValidationError("nip", N_("NIP {nip}: tahun lahir {year} tidak masuk akal."), nip=format_nip(nip), year=year)
    tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= tmt_month <= 12:
        raise ValidationError("nip", N_("NIP {nip}: bulan TMT CPNS {month} tidak ada."), nip=format_nip(nip), month=tmt_month)
    eighteen = (born.year + 18, born.month)
    if (tmt_year, tmt_month) < eighteen:
        raise ValidationError(
            "nip",
            N_("NIP {nip}: TMT CPNS {tmt} sebelum ulang tahun ke-18 ({birthday})."),
            nip=format_nip(nip),
            tmt=f"{MONTHS_ID[tmt_month - 1]} {tmt_year}",
            birthday=date_words(born.year + 18, born.month, born.day),
        )
    if (tmt_year, tmt_month) > (today.year, today.month):
        raise ValidationError(
            "nip",
            N_("NIP {nip}: TMT CPNS {tmt} masih di masa depan."),
            nip=format_nip(nip),
            tmt=f"{MONTHS_ID[tmt_month - 1]} {tmt_year}",
        )
    if nip[14] not in "12":
        raise ValidationError(
            "nip", N_("NIP {nip}: angka ke-15 (jenis kelamin) harus 1 atau 2, bukan {digit}."), nip=format_nip(nip), digit=nip[14]
        )
    serial = int(nip[15:18])
    if serial == 0:
        raise ValidationError("nip", N_("NIP {nip}: nomor urut (angka 16–18) harus mulai dari 001."), nip=format_nip(nip))
    return NipInfo(nip, born, tmt_year, tmt_month, "L" if nip[14] == "1" else "P", serial)


def validate(value: object, status: str) -> str:
    """The stored form of a NIP for a person of ``status`` (PNS: full check; PPPK: 18 digits)."""
    if status != "PNS":
        return clean(value)
    if type(value) is str and len(value) == 18 and value.isascii() and value.isdigit() and _sound_pns(value):
        return value  # what parse_pns(value).nip is, without its dates (a clean NIP: most of a sheet)
    return parse_pns(value).nip


def format_nip(nip: str) -> str:
    """'198001012005011001' → '19800101 200501 1 001' (other lengths are returned as they are)."""
    return f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}" if len(nip) == 18 else nip


def derived(nip: str, status: str, today: date | None = None) -> tuple[int | None, int | None, str | None]:
    """(age, years of service, gender) read from a PNS NIP; (None, None, None) otherwise."""
    if status != "PNS":
        return None, None, None
    try:
        info = parse_pns(nip)
    except ValidationError:
        return None, None, None
    today = today or date.today()
    age = today.year - info.birth_date.year - ((today.month, today.day) < (info.birth_date.month, info.birth_date.day))
    service = today.year - info.tmt_year - (today.month < info.tmt_month)
    return age, max(0, service), info.gender
