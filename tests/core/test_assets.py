"""Assets: KIB register rules, rupiah precision, totals against a hand-computed fixture,
moves with their transfer history, and undo."""

from __future__ import annotations

import pytest

from core import assets, journal, units
from core.errors import NotFoundError, RefusedError, ValidationError
from core.money import format_rupiah, parse_rupiah
from core.regions import Edition
from core.store import Store


@pytest.mark.parametrize(
    ("text", "sen"),
    [
        ("Rp 1.234.567,00", 123456700),
        ("1.234.567", 123456700),
        ("Rp1.250.000,5", 125000050),
        ("2500000", 250000000),
        ("1,234,567.89", 123456789),
        (1500, 150000),
        ("Rp 0", 0),
        ("Rp 1.250.000,-", 125000000),
    ],
)
def test_rupiah_is_parsed_to_exact_sen(text: object, sen: int) -> None:
    assert parse_rupiah(text) == sen


@pytest.mark.parametrize(
    "text",
    [
        "-Rp 5.000",
        "12,345",
        "1,500",
        "Rp 100,000",
        "Rp 1.2.3",
        "satu juta",
        "",
        "1.234,567",
        "+-5",
        "١٢٣",
        "Rp 999.999.999.999.999.999,00",
    ],
)
def test_bad_rupiah_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_rupiah(text)


@pytest.mark.parametrize(
    ("text", "area"), [("1.500", 1500.0), ("1.234,5", 1234.5), ("12,345", 12.345), ("1250.75", 1250.75), (820, 820.0)]
)
def test_area_is_read_the_indonesian_way(store: Store, holdings: dict[str, int], text: object, area: float) -> None:
    assets.update_asset(store, holdings["land"], area_m2=text)
    assert assets.get_asset(store, holdings["land"]).area_m2 == area


@pytest.mark.parametrize("text", ["inf", "nan", "-3", "luas", "1,234,5"])
def test_bad_area_is_refused(store: Store, holdings: dict[str, int], text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        assets.update_asset(store, holdings["land"], area_m2=text)
    assert caught.value.field == "area_m2"


def test_rupiah_is_written_the_indonesian_way() -> None:
    assert format_rupiah(123456789) == "Rp 1.234.567,89"
    assert format_rupiah(100) == "Rp 1,00"
    big = 99_999_999_999_999_99  # more than a float holds exactly
    assert format_rupiah(big) == "Rp 99.999.999.999.999,99"


@pytest.fixture
def holdings(store: Store, edition: Edition, tree: dict[str, int]) -> dict[str, int]:
    """Hand-made register: Dinas A holds land and a building; Bidang X two laptops; Dinas B a car."""
    ids = dict(tree)
    ids["land"] = assets.create_asset(
        store,
        tree["a"],
        "A",
        "1.3.1.01.01.04.001",
        "Tanah Kantor",
        year=1990,
        value="Rp 2.000.000.000,00",
        area_m2="1250,5",
        certificate_no="SHP 12/1990",
    ).id
    ids["building"] = assets.create_asset(
        store, tree["a"], "C", "1.3.3.01.01.01.001", "Gedung Kantor", year=2001, value="Rp 1.500.000.000,00", condition="KB"
    ).id
    ids["laptop1"] = assets.create_asset(
        store, tree["x"], "B", "1.3.2.10.02.03.002", "Laptop", year=2022, value="Rp 12.500.000,50"
    ).id
    ids["laptop2"] = assets.create_asset(
        store, tree["x"], "B", "1.3.2.10.02.03.002", "Laptop", year=2019, value="Rp 9.999.999,99", condition="RB"
    ).id
    ids["car"] = assets.create_asset(store, tree["b"], "B", "1.3.2.02.01.01.001", "Sedan", year=2016, value=350_000_000).id
    return ids


def test_totals_match_the_hand_computed_register(store: Store, holdings: dict[str, int]) -> None:
    totals = assets.totals(store, assets.AssetFilter(unit_id=holdings["a"]))
    assert totals.by_kib == {"A": (1, 200_000_000_000), "B": (2, 1_250_000_050 + 999_999_999), "C": (1, 150_000_000_000)}
    assert totals.by_condition == {"B": (2, 201_250_000_050), "KB": (1, 150_000_000_000), "RB": (1, 999_999_999)}
    assert format_rupiah(totals.value_sen) == "Rp 3.522.500.000,49"
    assert assets.totals(store, assets.AssetFilter(unit_id=holdings["a"], with_subunits=False)).count == 2
    rows = {(r.pd, r.kib): (r.count, r.value_sen) for r in assets.summary(store)}
    assert rows == {
        ("Dinas A", "A"): (1, 200_000_000_000),
        ("Dinas A", "B"): (2, 2_250_000_049),
        ("Dinas A", "C"): (1, 150_000_000_000),
        ("Dinas B", "B"): (1, 35_000_000_000),
    }


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kode_barang": "1.3.2.02.01.001"}, "kode_barang"),
        ({"kode_barang": "1.3.1.01.01.04.001"}, "kode_barang"),  # land code under KIB B
        ({"kode_barang": "9.9.9.99.99.99.999"}, "kode_barang"),  # seven levels, but not a fixed asset
        ({"kib": "G"}, "kib"),
        ({"value": "-Rp 5.000"}, "value"),
        ({"year": 2999}, "year"),
        ({"condition": "Rusak"}, "condition"),
        ({"name": " "}, "name"),
    ],
)
def test_bad_asset_fields_name_the_field_and_write_nothing(
    store: Store, holdings: dict[str, int], fields: dict, field: str
) -> None:
    before = store.scalar("SELECT count(*) FROM assets")
    values = {"kib": "B", "kode_barang": "1.3.2.10.02.03.002", "name": "Laptop", **fields}
    with pytest.raises(ValidationError) as caught:
        assets.create_asset(store, holdings["x"], **values)
    assert caught.value.field == field
    assert store.scalar("SELECT count(*) FROM assets") == before


def test_move_many_records_transfers_and_undo_removes_them(store: Store, holdings: dict[str, int]) -> None:
    moved = [holdings["laptop1"], holdings["laptop2"], holdings["car"]]
    with store.write(undo="pindah") as tx:
        move = assets.move_assets(tx, moved, holdings["y"], on="2026-03-01", reference="BAST 028/BKAD/2026")
    assert move.count == 3
    assert {assets.get_asset(store, i).unit_id for i in moved} == {holdings["y"]}
    [transfer] = assets.history(store, holdings["car"])
    assert (transfer.transferred_on, transfer.from_unit, transfer.to_unit, transfer.reference) == (
        "2026-03-01",
        "Dinas B",
        "Bidang Y",
        "BAST 028/BKAD/2026",
    )
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "pindah")
    assert assets.get_asset(store, holdings["car"]).unit_id == holdings["b"]
    assert assets.history(store, holdings["car"]) == []


def test_history_survives_the_old_unit_being_deleted(store: Store, holdings: dict[str, int]) -> None:
    assets.move_assets(store, [holdings["car"]], holdings["y"], on="2026-03-01", reference="BAST 1")
    units.delete_unit(store, holdings["b"])
    [transfer] = assets.history(store, holdings["car"])
    assert transfer.from_unit == "Dinas B"


def test_a_unit_holding_assets_cannot_be_deleted(store: Store, holdings: dict[str, int]) -> None:
    with pytest.raises(RefusedError) as caught:
        units.delete_unit(store, holdings["x"])
    assert "2 aset" in caught.value.message


def test_delete_and_restore_keep_the_history(store: Store, holdings: dict[str, int]) -> None:
    assets.move_assets(store, [holdings["car"]], holdings["y"], on="2026-03-01", reference="BAST 1")
    with store.write(undo="hapus") as tx:
        assets.delete_assets(tx, [holdings["car"]])
    assert assets.history(store, holdings["car"]) == []
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "hapus")
    assert len(assets.history(store, holdings["car"])) == 1


def test_many_removed_at_once_come_back_with_their_history(store: Store, holdings: dict[str, int]) -> None:
    everything = assets.AssetFilter()
    before = assets.totals(store, everything)
    assets.move_assets(store, [holdings["car"]], holdings["y"], on="2026-03-01", reference="BAST 1")
    with store.write(undo="hapus") as tx:
        assets.delete_assets(tx, [holdings["car"], holdings["land"]])
    assert assets.totals(store, everything).count == before.count - 2
    with pytest.raises(NotFoundError):
        assets.delete_assets(store, [holdings["car"]])
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "hapus")
    assert assets.totals(store, everything) == before
    assert [t.reference for t in assets.history(store, holdings["car"])] == ["BAST 1"]


def test_list_filters_and_sorts(store: Store, holdings: dict[str, int]) -> None:
    names = lambda flt, **k: [r.name for r in assets.asset_rows(store, assets.asset_ids(store, flt, **k))]  # noqa: E731
    assert names(assets.AssetFilter(kib="B"), sort="value") == ["Laptop", "Laptop", "Sedan"]
    assert names(assets.AssetFilter(condition="RB")) == ["Laptop"]
    assert names(assets.AssetFilter(text="gedung")) == ["Gedung Kantor"]
    assert names(assets.AssetFilter(region_id=1), sort="year", descending=True)[0] == "Laptop"


def test_assets_left_on_an_archived_edition_are_reported(store: Store, edition: Edition, holdings: dict[str, int]) -> None:
    from core import regions
    from core.checks import run_checks

    assert [f for f in run_checks(store, edition.id).findings if f.rule == "assets_outside"] == []
    # Restructure: the old edition is archived, a new one is put in force; the assets stay behind.
    regions.update_edition(store, edition.id, status="archived")
    new = regions.copy_edition(store, edition.id, "Perda 2/2026", status="in_force")
    [finding] = [f for f in run_checks(store, new.id).findings if f.rule == "assets_outside"]
    assert finding.severity == "error"
    assert finding.params["count"] == 5 and finding.params["units"] == 3 and finding.params["edition"] == "Perda 1/2024"
    everything = [holdings[k] for k in ("land", "building", "laptop1", "laptop2", "car")]
    target = store.scalar("SELECT min(id) FROM units WHERE edition_id = ?", (new.id,))
    assets.move_assets(store, everything, target, reference="BAST 9")
    assert [f for f in run_checks(store, new.id).findings if f.rule == "assets_outside"] == []


def test_assets_move_only_within_their_region_and_not_into_the_future(store: Store, holdings: dict[str, int]) -> None:
    from datetime import date, timedelta

    from core import regions

    other = regions.create_region(store, "Kota Lain", "kota", edition_name="Perwali 1/2026")
    edition = regions.list_editions(store, other.id)[0]
    there = units.create_unit(store, edition.id, None, "Dinas Lain", "dinas").unit_id
    with pytest.raises(RefusedError) as caught:
        assets.move_assets(store, [holdings["car"], holdings["land"]], there, reference="BAST 1")
    assert "2 aset" in caught.value.message
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as late:
        assets.move_assets(store, [holdings["car"]], holdings["y"], on=tomorrow)
    assert late.value.field == "transferred_on"
    car_holder = assets.get_asset(store, holdings["car"]).unit_id
    with pytest.raises(RefusedError):  # already there: no move and no undo step for nothing
        assets.move_assets(store, [holdings["car"]], car_holder)
    assert assets.history(store, holdings["car"]) == []  # nothing written by any refusal


def test_messages_say_what_is_wrong_in_the_users_words(store: Store, holdings: dict[str, int]) -> None:
    from ui.i18n import error_text

    with pytest.raises(ValidationError) as caught:
        assets.create_asset(store, holdings["x"], kib="B", kode_barang="9.9.9.99.99.99.999", name="Laptop")
    assert "dua tingkat pertama harus 1.3" in error_text(caught.value)
    with pytest.raises(ValidationError) as caught:
        assets.create_asset(store, holdings["x"], kib="B", kode_barang="", name="Laptop")
    assert error_text(caught.value) == "Kode barang tidak boleh kosong."  # not "kode_barang"
    with pytest.raises(ValidationError) as caught:
        assets.create_asset(store, holdings["x"], kib="B", kode_barang="1.3.2.10.02.03.002", name="Laptop", value="100,000")
    assert "bisa dibaca dua cara" in error_text(caught.value)


def test_a_register_left_half_read_closes_cleanly(store: Store, holdings: dict[str, int]) -> None:
    """A cancelled asset report stops reading mid-way; dropping its copy must not fail."""
    edition = units.get_unit(store, holdings["x"]).edition_id
    with store.write() as tx:  # more than one batch of rows, so a reading is still open
        tx.conn.executemany(
            "INSERT INTO assets (unit_id, kib, kode_barang, register, name, value_sen, condition) VALUES (?, 'B', ?, ?, 'Kursi', 100, 'B')",
            [(holdings["x"], "1.3.2.05.02.01.001", f"{n:06d}") for n in range(3000)],
        )
        tx.audit("create", "asset", None, None, {"count": 3000})
    snapshot = assets.RegisterSnapshot(store, [edition])
    rows = snapshot.rows()
    next(rows)  # the report is cancelled here
    snapshot.close()
    assert store.scalar("SELECT count(*) FROM temp.sqlite_master WHERE name = 'register'") == 0
