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
