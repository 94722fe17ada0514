"""Text that comes in is what it looks like: digits are 0–9 (fullwidth ones normalised),
names have something visible, control characters and broken surrogates are refused with a
message, and dates stay within 1945–2100. The rules sit in the shared helpers, so every
field gets them; these tests go through the core writes a user's edit or import calls."""

from __future__ import annotations

import pytest

from core import assets, positions, regions, staff, units
from core.errors import ValidationError
from core.regions import Edition
from core.staff import Assessment
from core.store import Store

NIP = "198001012005011005"


@pytest.fixture
def region_id(edition: Edition) -> int:
    return edition.region_id


def test_a_nip_in_fullwidth_digits_is_stored_as_0_to_9_and_seen_by_the_uniqueness_check(store: Store, region_id: int) -> None:
    first = staff.create_staff(store, region_id, NIP, "Budi")
    assert first.nip == NIP
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(store, region_id, "19800101200501100５", "Budi Kembar")
    assert "sudah dipakai oleh Budi" in caught.value.message
    second = staff.create_staff(store, region_id, "１９８００１０１２００５０１１００６", "Ani")
    assert second.nip == "198001012005011006"


@pytest.mark.parametrize(
    "nip, shown",
    [
        ("١٩٨٠٠١٠١٢٠٠٥٠١١٠٠٥", "١"),  # Arabic-Indic
        ("۱۹۸۰۰۱۰۱۲۰۰۵۰۱۱۰۰۵", "۱"),  # Extended Arabic-Indic (Persian)
        ("१९८००१०१२००५०११००५", "१"),  # Devanagari
    ],
)
def test_a_nip_in_digits_of_another_script_is_refused_with_a_message(store: Store, region_id: int, nip: str, shown: str) -> None:
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(store, region_id, nip, "Budi")
    assert caught.value.field == "nip"
    assert "bukan 0–9" in caught.value.message and shown in caught.value.message


def test_superscript_digits_become_plain_digits(store: Store, region_id: int) -> None:
    person = staff.create_staff(store, region_id, "¹⁹⁸⁰⁰¹⁰¹²⁰⁰⁵⁰¹¹⁰⁰⁷", "Citra")
    assert person.nip == "198001012005011007"


@pytest.mark.parametrize("name", ["\u200b\u200b", "\u200d\ufeff", " \u2060 "])
def test_a_name_of_only_invisible_characters_is_refused(store: Store, edition: Edition, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        units.create_unit(store, edition.id, None, name, "dinas")
    assert "terlihat" in caught.value.message


@pytest.mark.parametrize(
    "bad, code", [("Dinas\x00A", "0000"), ("Dinas\x07A", "0007"), ("Dinas\tA", "0009"), ("Dinas\nA", "000A")]
)
def test_control_characters_in_a_name_are_refused(store: Store, edition: Edition, bad: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        units.create_unit(store, edition.id, None, bad, "dinas")
    assert "karakter ke-6" in caught.value.message and f"U+{code}" in caught.value.message


def test_notes_may_run_over_lines_but_hold_no_other_control(store: Store, edition: Edition) -> None:
    unit = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    units.update_unit(store, unit, notes="baris satu\n\tbaris dua")
    assert units.get_unit(store, unit).notes == "baris satu\n\tbaris dua"
    with pytest.raises(ValidationError):
        units.update_unit(store, unit, notes="bel\x07")


def test_a_lone_surrogate_is_refused_with_a_message_not_an_encoding_error(store: Store, edition: Edition, region_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        units.create_unit(store, edition.id, None, "Dinas \ud800", "dinas")
    assert "surrogate" in caught.value.message and "U+D800" in caught.value.message
    with pytest.raises(ValidationError):
        staff.create_staff(store, region_id, NIP, "Budi\udfff")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1944-12-31", "2101-01-01"])
def test_legal_dates_outside_1945_to_2100_are_refused(store: Store, region_id: int, day: str) -> None:
    with pytest.raises(ValidationError) as caught:
        regions.create_edition(store, region_id, "Perda 9/2024", legal_date=day)
    assert "di luar rentang 1945–2100" in caught.value.message


@pytest.mark.parametrize("day", ["1945-08-17", "2100-12-31"])
def test_the_edges_of_the_range_are_accepted(store: Store, region_id: int, day: str) -> None:
    assert regions.create_edition(store, region_id, "Perda 9/2024", legal_date=day).legal_date == day


def test_transfer_and_assessment_dates_keep_to_the_range(store: Store, edition: Edition, region_id: int) -> None:
    a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    b = units.create_unit(store, edition.id, None, "Dinas B", "dinas").unit_id
    item = assets.create_asset(store, a, "B", "1.3.2.02.01.01.004", "Mobil")
    with pytest.raises(ValidationError, match="1945–2100"):
        assets.move_assets(store, [item.id], b, on="0001-01-01")
    person = staff.create_staff(store, region_id, NIP, "Budi")
    with pytest.raises(ValidationError, match="1945–2100"):
        staff.set_assessments(store, person.id, [Assessment(None, "M.01", 3, "9999-12-31")])


def test_numbers_and_codes_take_only_0_to_9(store: Store, edition: Edition) -> None:
    unit = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    with pytest.raises(ValidationError, match="bukan 0–9"):
        positions.create_position(store, unit, "Analis", "pelaksana", needed="٣")
    assert positions.create_position(store, unit, "Pengadministrasi", "pelaksana", needed="３").needed == 3
    with pytest.raises(ValidationError, match="bukan 0–9"):
        assets.create_asset(store, unit, "B", "1.3.2.02.01.01.004", "Mobil", year="٢٠٢٠")
    car = assets.create_asset(store, unit, "B", "１.３.２.０２.０１.０１.００４", "Mobil", year="２０２０")
    assert car.kode_barang == "1.3.2.02.01.01.004"
    with pytest.raises(ValidationError):
        positions.create_position(store, unit, "Kepala", "pelaksana", needed="1_000")


class _Typed(str):
    """A str that is not exactly ``str``: takes the general path of the helpers below."""


@pytest.mark.parametrize(
    "value",
    ["Budi", "  Budi Santoso  ", "", "   ", "x" * 200, "x" * 201, "a<b & 'c'", "1.99003E+17", "198001012005011001",
     "19800101 200501 1 001", " 198001012005011001 ", "19800101200501100", "1980010120050110012", "NIP-12"],
)  # fmt: skip
def test_the_fast_path_for_plain_ascii_text_answers_as_the_general_one(value: str) -> None:
    """clean_text, code_text and nip.clean skip their per-character checks for printable ASCII
    (an import's common case): the answer, or the refusal's message, must not change."""
    from core import nip
    from core.validation import clean_text, code_text

    def answer(check, given):
        try:
            return check(given)
        except ValidationError as exc:
            return ("refused", exc.message)

    checks = [
        lambda v: clean_text(v, "name", max_length=200),
        lambda v: clean_text(v, "name", required=True, max_length=200),
        lambda v: clean_text(v, "notes"),
        lambda v: code_text(v, "nip", max_length=60),
        nip.clean,
    ]
    for check in checks:
        assert answer(check, value) == answer(check, _Typed(value))
