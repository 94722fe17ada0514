"""Writing plans: what is refused, what is normalised, and that nothing is half-written."""

from __future__ import annotations

import pytest

from core import regions, units
from core.errors import RefusedError, ValidationError
from core.plans import renstra, rpjmd
from core.plans.codes import normalise_code, parse_code
from core.store import Store
from tests.core.plans.helpers import make_plan, region_of


def test_both_written_forms_of_a_kegiatan_code_are_one() -> None:
    assert normalise_code("1.02.02.2.01.0003") == normalise_code("1.02.02.02.01.0003") == "1.02.02.2.01.0003"
    assert normalise_code(" 1.02.02 ") == "1.02.02"
    assert parse_code("1.02.02.1.01").government == "provinsi"
    assert parse_code("X.XX.01.2.01.0001").generic
    assert not parse_code("1.02.02.2.01.0003").generic


@pytest.mark.parametrize("code", ["1.02", "1.02.02.2", "1.2.02", "1.02.02.3.01", "1.02.02.2.01.003", "abc"])
def test_malformed_codes_are_refused(code: str) -> None:
    with pytest.raises(ValidationError):
        parse_code(code)


def test_a_renstra_holds_its_cascade_with_codes_in_one_form(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    program = renstra.add_item(
        store,
        plan_of_a.id,
        "program",
        "1.02.02",
        "Program Pemenuhan Upaya Kesehatan",
        sasaran=[plan.sasaran],
        pagu="Rp 1.500.000,00",
    )
    kegiatan = renstra.add_item(store, plan_of_a.id, "kegiatan", "1.02.02.01.01", "Penyediaan Fasilitas Pelayanan")
    sub = renstra.add_item(
        store, plan_of_a.id, "sub_kegiatan", "1.02.02.01.01.0009", "Rehabilitasi Rumah Sakit", unit_id=tree["x"]
    )
    assert program.pagu_sen == 150_000_000
    assert (kegiatan.code, kegiatan.parent_id) == ("1.02.02.1.01", program.id)
    assert (sub.code, sub.parent_id, sub.unit_id) == ("1.02.02.1.01.0009", kegiatan.id, tree["x"])


def test_a_kabupaten_code_is_refused_in_a_province(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Program Kesehatan")
    with pytest.raises(ValidationError) as refused:
        renstra.add_item(store, plan_of_a.id, "kegiatan", "1.02.02.2.01", "Kegiatan kabupaten")
    assert "kabupaten/kota" in refused.value.message and "provinsi" in refused.value.message
    with pytest.raises(ValidationError, match="kode kegiatan, bukan kode program"):
        renstra.add_item(store, plan_of_a.id, "program", "1.02.02.1.01", "Salah jenjang")


def test_a_kegiatan_needs_its_own_program(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    with pytest.raises(ValidationError, match=r"1\.02\.03"):
        renstra.add_item(store, plan_of_a.id, "kegiatan", "1.02.03.1.01", "Tanpa program")


def test_a_sasaran_of_another_region_is_refused_and_nothing_is_written(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    other = regions.create_region(store, "Kabupaten Lain", "kabupaten")
    other_plan = make_plan(store, other.id)
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    before = store.scalar("SELECT count(*) FROM renstra_items")
    with pytest.raises(ValidationError, match="Kabupaten Lain"):
        renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Program", sasaran=[other_plan.sasaran])
    assert store.scalar("SELECT count(*) FROM renstra_items") == before
    program = renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Program")
    with pytest.raises(ValidationError, match="wilayah lain"):
        renstra.link_sasaran(store, program.id, other_plan.sasaran)
    with pytest.raises(ValidationError, match="bukan sasaran"):
        renstra.link_sasaran(store, program.id, plan.tujuan)


def test_a_renstra_belongs_to_a_perangkat_daerah_of_the_region(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    with pytest.raises(RefusedError, match="bukan perangkat daerah"):
        renstra.create_renstra(store, plan.rpjmd_id, tree["x"])
    other = regions.create_region(store, "Kota Lain", "kota")
    other_edition = regions.create_edition(store, other.id, "Perda", "in_force")
    stranger = units.create_unit(store, other_edition.id, None, "Dinas Kota", "dinas").unit_id
    with pytest.raises(RefusedError, match="wilayah lain"):
        renstra.create_renstra(store, plan.rpjmd_id, stranger)


def test_a_cycle_in_the_cascade_is_refused(store: Store, edition) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    with pytest.raises(ValidationError, match="berputar"):
        rpjmd.move_goal(store, plan.misi, plan.sasaran)
    with pytest.raises(ValidationError, match="harus sebuah tujuan"):
        rpjmd.add_goal(store, plan.rpjmd_id, "sasaran", "Sasaran tanpa tujuan", parent_id=plan.misi)
    assert rpjmd.get_goal(store, plan.misi).parent_id is None


def test_a_cycle_among_renstra_items_is_refused(store: Store, edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    program = renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Program")
    kegiatan = renstra.add_item(store, plan_of_a.id, "kegiatan", "1.02.02.1.01", "Kegiatan")
    with pytest.raises(ValidationError, match="berputar"):
        renstra.move_item(store, program.id, kegiatan.id)


def test_targets_must_be_numbers_where_the_indicator_is_numeric(store: Store, edition) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    with pytest.raises(ValidationError, match="meningkat"):
        rpjmd.add_indicator(store, "goal", plan.sasaran, "Prevalensi stunting", "persen", True, {2025: "20,5", 2026: "meningkat"})
    assert store.scalar("SELECT count(*) FROM plan_indicators") == 0
    indicator = rpjmd.add_indicator(store, "goal", plan.sasaran, "Prevalensi stunting", "persen", True, {2025: "20,5", 2026: 18})
    assert store.rows("SELECT year, value, number FROM plan_targets ORDER BY year") == [
        {"year": 2025, "value": "20,5", "number": 20.5},
        {"year": 2026, "value": "18", "number": 18.0},
    ]
    with pytest.raises(ValidationError, match="di luar periode"):
        rpjmd.set_targets(store, indicator.id, {2031: 10})
    words = rpjmd.add_indicator(store, "goal", plan.sasaran, "Predikat SAKIP", None, False, {2025: "BB"})
    assert words.targets == {2025: "BB"}


def test_wilayah_tugas_only_for_asisten_or_staf_ahli(store: Store, edition, tree) -> None:
    setda = units.create_unit(store, edition.id, None, "Sekretariat Daerah", "sekretariat_daerah").unit_id
    asisten = units.create_unit(store, edition.id, setda, "Asisten Perekonomian", "asisten").unit_id
    renstra.set_coordination(store, asisten, [tree["a"], tree["b"]])
    assert {r["unit_id"] for r in store.rows("SELECT unit_id FROM coordination WHERE coordinator_id = ?", (asisten,))} == {
        tree["a"],
        tree["b"],
    }
    with pytest.raises(ValidationError, match="bukan Asisten"):
        renstra.set_coordination(store, tree["a"], [tree["b"]])
    with pytest.raises(ValidationError, match="bukan perangkat daerah"):
        renstra.set_coordination(store, asisten, [tree["x"]])


def test_the_checks_reading_leaves_out_exactly_the_generic_codes() -> None:
    import sqlite3

    from core.checks.plan_data import _SPECIFIC

    codes = ["1.02.01", "1.02.01.1.06.0007", "X.XX.01.2.01.0001", "1.02.02", "1.02.02.1.01", "2.01.01", "5.01.02.1.01.0001"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE i (code TEXT)")
    conn.executemany("INSERT INTO i VALUES (?)", [(c,) for c in codes])
    kept = {row[0] for row in conn.execute("SELECT code FROM i WHERE 1" + _SPECIFIC)}
    assert kept == {c for c in codes if not parse_code(c).generic}
