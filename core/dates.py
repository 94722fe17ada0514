"""Dates the Indonesian way: "22 November 2026", as letters, reports and the NIP speak them."""

from __future__ import annotations

from datetime import date

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def date_words(year: int, month: int, day: int) -> str:
    """'30 Februari 1987': how a date is written, also when it does not exist."""
    name = MONTHS_ID[month - 1] if 1 <= month <= 12 else f"bulan {month}"
    return f"{day} {name} {year}"


DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def written_date(value: date | str, with_day: bool = False) -> str:
    """An ISO date (or a date) written out: '2026-11-22' → '22 November 2026', or with
    ``with_day`` 'Minggu, 22 November 2026' as invitations and covers write it."""
    day = value if isinstance(value, date) else date.fromisoformat(value)
    words = date_words(day.year, day.month, day.day)
    return f"{DAYS_ID[day.weekday()]}, {words}" if with_day else words
