"""NIP rules: a PNS NIP is checked digit by digit and refused with the exact reason."""

from __future__ import annotations

from datetime import date

import pytest

from core import nip
from core.errors import ValidationError


@pytest.mark.parametrize(
    "value",
    ["198001012005011001", "19800101 200501 1 001", "19800101-200501-1-001", " 199912312024122999 ", "200002292024012001"],
)
def test_valid_pns_numbers(value: str) -> None:
    info = nip.parse_pns(value)
    assert len(info.nip) == 18 and info.nip.isdigit()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("198702300201001", "18 angka"),
        ("19870230201001100a", "hanya boleh berisi angka"),
        ("198702302010011001", "tanggal lahir 30 Februari 1987 tidak ada"),
        ("199013012012011001", "tanggal lahir 1 bulan 13 1990 tidak ada"),
        ("198001012005131001", "bulan TMT CPNS 13 tidak ada"),
        ("198001012005001001", "bulan TMT CPNS 0 tidak ada"),
        ("198005202098011001", "masih di masa depan"),
        ("198005201997121001", "sebelum ulang tahun ke-18"),
        ("198001012005013001", "angka ke-15"),
        ("198001012005011000", "mulai dari 001"),
        ("1.98E+17", "angka ilmiah"),
        ("", "tidak boleh kosong"),
    ],
)
def test_invalid_pns_numbers_name_the_problem(value: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        nip.parse_pns(value)
    assert reason in caught.value.message
    assert caught.value.field == "nip"


def test_pppk_numbers_are_only_checked_for_length() -> None:
    assert nip.validate("19870230 2021 21 2 550", "PPPK") == "198702302021212550"
    with pytest.raises(ValidationError):
        nip.validate("12345", "PPPK")


def test_formatting_and_derived_values() -> None:
    assert nip.format_nip("198001012005011001") == "19800101 200501 1 001"
    age, service, gender = nip.derived("198005202005031001", "PNS", today=date(2026, 5, 19))
    assert (age, service, gender) == (45, 21, "L")
    assert nip.derived("198005202005032001", "PNS", today=date(2026, 5, 20))[0] == 46
    assert nip.derived("198005202005032001", "PNS")[2] == "P"
    assert nip.derived("198005202005032001", "PPPK") == (None, None, None)


def test_letters_in_a_nip_are_named_as_such() -> None:
    from core.errors import ValidationError
    from core.nip import parse_pns

    with pytest.raises(ValidationError) as caught:
        parse_pns("abc19870228201001 2 001")
    assert caught.value.template.startswith("NIP '{value}' hanya boleh berisi angka")


def _parsed(value: str) -> str | None:
    try:
        return nip.parse_pns(value).nip
    except ValidationError:
        return None


def test_the_quick_check_of_a_clean_nip_agrees_with_the_full_parser() -> None:
    """validate's fast path for clean 18-digit NIPs accepts exactly what parse_pns accepts
    (near every boundary: birth dates that do not exist, the 18th birthday's month, this
    month, gender digits, serial 000), and a refused NIP still gets parse_pns's reason."""
    import random

    rng = random.Random(13)
    today = date.today()
    groups = [
        [f"{y:04d}" for y in (0, 1899, 1900, 1980, 2000, today.year, today.year + 1, 9999)],
        [f"{m:02d}" for m in (0, 1, 2, 9, 12, 13, today.month)],
        [f"{d:02d}" for d in (0, 1, 28, 29, 30, 31, 32, today.day, min(today.day + 1, 31))],
        [f"{y:04d}" for y in (1917, 1998, 1999, 2000, 2005, 2018, today.year, today.year + 1)],
        [f"{m:02d}" for m in (0, 1, 2, 11, 12, 13, today.month, min(today.month + 1, 12))],
        ["0", "1", "2", "3", "9"],
        ["000", "001", "999"],
    ]
    values = {"".join(rng.choice(g) for g in groups) for _ in range(20_000)}
    values |= {"198001012005011001", "200002292018021001", "200102292019021001", "198005201998051001"}
    accepted = 0
    for value in sorted(values):
        expected = _parsed(value)
        assert nip._sound_pns(value) == (expected is not None), value
        if expected is not None:
            accepted += 1
            assert nip.validate(value, "PNS") == expected, value
        else:
            with pytest.raises(ValidationError) as caught:
                nip.validate(value, "PNS")
            with pytest.raises(ValidationError) as full:
                nip.parse_pns(value)
            assert caught.value.message == full.value.message, value
    assert 200 < accepted < len(values) - 200  # both sides of every check were reached
