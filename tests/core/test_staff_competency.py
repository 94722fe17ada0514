"""Positions, staff and JPM: operations, refusals, and JPM against hand-computed cases."""

from __future__ import annotations

import pytest

from core import competency, journal, positions, staff
from core.errors import RefusedError, ValidationError
from core.regions import Edition
from core.staff import Assessment, StaffFilter
from core.store import Store


@pytest.fixture
def office(store: Store, edition: Edition, tree: dict[str, int]) -> dict[str, int]:
    ids = dict(tree)
    ids["analis"] = positions.create_position(
        store, tree["x"], "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda", needed=2, grade=9
    ).id
    ids["kabid"] = positions.create_position(store, tree["x"], "Kepala Bidang X", "administrator", eselon="IIIb", needed=1).id
    positions.set_standard(store, ids["analis"], {"M.01": 3, "M.02": 3, "M.03": 2})
    ids["region"] = edition.region_id
    return ids


def test_positions_count_their_holders(store: Store, office: dict[str, int]) -> None:
    person = staff.create_staff(
        store, office["region"], "198001012005011001", "Budi Santoso", "PNS", golongan="III/c", position_id=office["analis"]
    )
    assert person.unit_id == office["x"]  # placed in the unit of the position
    listed = {p.title: (p.needed, p.held, p.difference) for p in positions.positions_of(store, office["x"])}
    assert listed == {"Analis Kebijakan Ahli Muda": (2, 1, -1), "Kepala Bidang X": (1, 0, -1)}


@pytest.mark.parametrize(
    ("fields", "field", "text"),
    [
        ({"nip": "198702302010011001"}, "nip", "30 Februari 1987"),
        ({"golongan": "V/a"}, "golongan", "V/a"),
        ({"status": "Honorer"}, "status", "Honorer"),
        ({"kinerja": 4}, "kinerja", "1, 2 atau 3"),
        ({"name": "  "}, "name", "kosong"),
    ],
)
def test_bad_staff_fields_are_refused_and_nothing_is_written(
    store: Store, office: dict[str, int], fields: dict, field: str, text: str
) -> None:
    values = {"nip": "198001012005011001", "name": "Budi", "status": "PNS", **fields}
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(store, office["region"], **values)
    assert caught.value.field == field and text in caught.value.message
    assert store.scalar("SELECT count(*) FROM staff") == 0


def test_nip_is_unique_within_a_region(store: Store, office: dict[str, int]) -> None:
    staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS")
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(store, office["region"], "19800101 200501 1 001", "Budi Lain", "PNS")
    assert "sudah dipakai oleh Budi" in caught.value.message


def test_a_position_in_another_region_is_refused(store: Store, office: dict[str, int]) -> None:
    from core import regions, units

    other = regions.create_region(store, "Kota Lain", "kota", edition_name="Perwali")
    other_edition = regions.list_editions(store, other.id)[0]
    unit = units.create_unit(store, other_edition.id, None, "Dinas Lain", "dinas").unit_id
    position = positions.create_position(store, unit, "Analis", "pelaksana")
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS", position_id=position.id)
    assert caught.value.field == "position"


def test_levels_outside_one_to_five_are_refused(store: Store, office: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        positions.set_standard(store, office["analis"], {"M.01": 6})
    assert "1–5" in caught.value.message
    person = staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS")
    with pytest.raises(ValidationError):
        staff.set_assessments(store, person.id, [Assessment(None, "M.01", 0)])
    assert staff.assessments_of(store, person.id) == []


def test_move_many_and_restore(store: Store, office: dict[str, int]) -> None:
    people = [
        staff.create_staff(store, office["region"], f"19800101200501100{i}", f"Orang {i}", "PNS", unit_id=office["sek"]).id
        for i in range(1, 4)
    ]
    with store.write(undo="pindah") as tx:
        moved = staff.move_staff(tx, people, None, office["analis"])
    assert moved.count == 3
    assert {staff.get_staff(store, i).position_id for i in people} == {office["analis"]}
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "pindah")
    assert {staff.get_staff(store, i).unit_id for i in people} == {office["sek"]}


def test_a_held_position_cannot_be_deleted(store: Store, office: dict[str, int]) -> None:
    staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS", position_id=office["analis"])
    with pytest.raises(RefusedError):
        positions.delete_position(store, office["analis"])
    with store.write(undo="hapus") as tx:
        positions.delete_position(tx, office["kabid"])
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "hapus")
    assert positions.get_position(store, office["kabid"]).title == "Kepala Bidang X"


def test_jpm_by_hand(store: Store, office: dict[str, int]) -> None:
    """Standard: M.01 3, M.02 3, M.03 2 (Σ 8). Person: M.01 3, M.02 2 (latest; an older 4
    is ignored), M.03 2 → Σ 7 → 87.5 %, MS (≥ 80). Gaps: 0, −1, 0."""
    person = staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS", position_id=office["analis"])
    staff.set_assessments(
        store,
        person.id,
        [
            Assessment(None, "M.01", 3, "2024-05-01", "UPT"),
            Assessment(None, "M.02", 4, "2021-01-10", "UPT"),
            Assessment(None, "M.02", 2, "2024-05-01", "UPT"),
            Assessment(None, "M.03", 2, "2024-05-01", "UPT"),
        ],
    )
    [result] = competency.jpm(store, unit_id=office["a"])
    assert (result.required, result.achieved, result.competencies, result.assessed) == (8, 7, 3, 3)
    assert result.percent == pytest.approx(87.5) and result.category is not None and result.category.code == "MS"
    assert [(g.competency_code, g.gap) for g in competency.gaps_of(store, person.id)] == [("M.01", 0), ("M.02", -1), ("M.03", 0)]
    assert competency.common_gaps(store, office["a"]) == [("M.02", 1, 1)]


def test_jpm_incomplete_and_kms(store: Store, office: dict[str, int]) -> None:
    """Only M.01 assessed at 2: Σ 2 of 8 = 25 %, incomplete, KMS (< 68)."""
    person = staff.create_staff(store, office["region"], "198001012005011001", "Budi", "PNS", position_id=office["analis"])
    staff.set_assessments(store, person.id, [Assessment(None, "M.01", 2, "2024-05-01", "UPT")])
    [result] = competency.jpm(store, region_id=office["region"])
    assert result.percent == pytest.approx(25.0) and not result.complete
    assert result.category is not None and result.category.code == "KMS"
    nobody = staff.create_staff(
        store, office["region"], "198001012005011002", "Tanpa Asesmen", "PNS", position_id=office["analis"]
    )
    results = {r.staff_id: r for r in competency.jpm(store, region_id=office["region"])}
    assert results[nobody.id].category is None


def test_nine_box(store: Store, office: dict[str, int]) -> None:
    staff.create_staff(store, office["region"], "198001012005011001", "A", "PNS", kinerja=3, potensi=3, unit_id=office["x"])
    staff.create_staff(store, office["region"], "198001012005011002", "B", "PNS", kinerja=1, potensi=1, unit_id=office["x"])
    staff.create_staff(store, office["region"], "198001012005011003", "C", "PNS", kinerja=2, potensi=3, unit_id=office["x"])
    counts = competency.nine_box(store, region_id=office["region"])
    assert (counts[9], counts[1], counts[8], counts[5]) == (1, 1, 1, 0)
    assert [r.name for r in staff.staff_rows(store, staff.staff_ids(store, StaffFilter(region_id=office["region"], box=9)))] == [
        "A"
    ]


def test_staff_list_filters_and_sorts(store: Store, office: dict[str, int]) -> None:
    staff.create_staff(store, office["region"], "198001012005011001", "Zainal", "PNS", unit_id=office["x"])
    staff.create_staff(store, office["region"], "198502022010012002", "Ani", "PPPK", golongan="IX", unit_id=office["sek"])
    staff.create_staff(store, office["region"], "199003032015011003", "Budi", "PNS", unit_id=office["b"])
    names = lambda f, **k: [r.name for r in staff.staff_rows(store, staff.staff_ids(store, f, **k))]  # noqa: E731
    assert names(StaffFilter(region_id=office["region"])) == ["Ani", "Budi", "Zainal"]
    assert names(StaffFilter(region_id=office["region"]), sort="nip", descending=True) == ["Budi", "Ani", "Zainal"]
    assert names(StaffFilter(unit_id=office["a"])) == ["Ani", "Zainal"]
    assert names(StaffFilter(region_id=office["region"], text="1985")) == ["Ani"]
    assert names(StaffFilter(region_id=office["region"], status="PPPK")) == ["Ani"]
    [row] = staff.staff_rows(store, staff.staff_ids(store, StaffFilter(text="Budi")))
    assert row.age is not None and row.gender == "L"
    # Youngest first (born 1990, then 1980); Ani is PPPK, her number tells no age: last either way.
    assert names(StaffFilter(region_id=office["region"]), sort="age") == ["Budi", "Zainal", "Ani"]
    assert names(StaffFilter(region_id=office["region"]), sort="age", descending=True) == ["Zainal", "Budi", "Ani"]
    # Shortest service first (TMT 2015, then 2005).
    assert names(StaffFilter(region_id=office["region"]), sort="service") == ["Budi", "Zainal", "Ani"]


def test_staff_search_reads_titles_and_takes_wildcards_literally(store: Store, office: dict[str, int]) -> None:
    staff.create_staff(store, office["region"], "198001012005011001", "Zainal", "PNS", front_title="Drs.", back_title="M.Si")
    staff.create_staff(store, office["region"], "199003032015011003", "Budi_Santoso", "PNS")
    names = lambda text: [r.nip[:4] for r in staff.staff_rows(store, staff.staff_ids(store, StaffFilter(text=text)))]  # noqa: E731
    assert names("Drs.") == ["1980"]
    assert names("M.Si") == ["1980"]
    assert names("%") == []
    assert names("_") == ["1990"]


def test_save_person_is_all_or_nothing(store: Store, office: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        staff.save_person(
            store,
            office["region"],
            None,
            {"nip": "198001012005011001", "name": "Budi", "status": "PNS"},
            [Assessment(None, "M.01", 3), Assessment(None, "M.02", 7)],
        )
    assert store.scalar("SELECT count(*) FROM staff") == 0
    saved = staff.save_person(
        store,
        office["region"],
        None,
        {"nip": "198001012005011001", "name": "Budi", "status": "PNS"},
        [Assessment(None, "M.01", 3)],
    )
    with pytest.raises(ValidationError):
        staff.save_person(store, office["region"], saved.staff_id, {"name": "Budi Baru"}, [Assessment(None, "X.99", 3)])
    assert staff.get_staff(store, saved.staff_id).name == "Budi"
    assert [a.competency_code for a in staff.assessments_of(store, saved.staff_id)] == ["M.01"]


def test_an_assessment_twice_on_one_day_is_refused_and_an_unchanged_save_changes_nothing(
    store: Store, office: dict[str, int]
) -> None:
    saved = staff.save_person(
        store,
        office["region"],
        None,
        {"nip": "198001012005011001", "name": "Budi", "status": "PNS"},
        [Assessment(None, "M.01", 3, "2025-01-01")],
    )
    twice = [Assessment(None, "M.01", 3, "2025-01-01"), Assessment(None, "M.01", 4, "2025-01-01")]
    with pytest.raises(ValidationError) as caught:
        staff.save_person(store, office["region"], saved.staff_id, {}, twice)
    assert "dua kali" in caught.value.template
    audit_rows = store.scalar("SELECT count(*) FROM audit_log")
    again = staff.save_person(
        store, office["region"], saved.staff_id, {"name": "Budi", "status": "PNS"}, staff.assessments_of(store, saved.staff_id)
    )
    assert not again.changed
    assert store.scalar("SELECT count(*) FROM audit_log") == audit_rows  # nothing written


def test_a_position_title_is_listed_once_per_unit(store: Store, office: dict[str, int]) -> None:
    first = office["analis"]  # "Analis Kebijakan Ahli Muda" in Bidang X
    with pytest.raises(ValidationError) as caught:
        positions.create_position(store, office["x"], "analis kebijakan ahli muda", "fungsional")
    assert caught.value.field == "title"
    other = positions.create_position(store, office["x"], "Pranata Komputer", "fungsional")
    with pytest.raises(ValidationError):
        positions.update_position(store, other.id, title="Analis Kebijakan Ahli Muda")
    assert (
        positions.create_position(store, office["b"], "Analis Kebijakan Ahli Muda", "fungsional").id != first
    )  # another unit may
