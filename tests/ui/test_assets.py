"""Assets through the real window: the unit's tab and its totals, the asset dialog,
moving many with a BAST and undoing it, removing, and the region-wide list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from core import assets
from ui.dialogs.asset_dialog import AssetDialog
from ui.dialogs.unit_chooser import MoveAssetsDialog
from ui.main_window import MainWindow
from ui.models.lazy_list import IdRole

from .test_people import in_dialog

# Dinas A (id 1) holds a car; its Bidang X (id 3) two laptops; Dinas B (id 5) a plot of land.
LAPTOP = "1.3.2.10.01.02.001"


@pytest.fixture
def asset_window(qtbot, window: MainWindow, small_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    store = window.doc.store  # type: ignore[union-attr]
    assets.create_asset(store, 1, "B", "1.3.2.02.01.01.004", "Sedan", register="000001", year=2019, value="Rp 350.000.000")
    for register in ("000001", "000002"):
        assets.create_asset(
            store, 3, "B", LAPTOP, "Laptop", register=register, year=2023, value="Rp 15.250.000,50", condition="KB"
        )
    assets.create_asset(store, 5, "A", "1.3.1.01.01.01.001", "Tanah Kantor", year=2001, value="Rp 1.200.000.000", area_m2=2500)
    window.select("unit", 1)
    window.editor.unit_tabs.setCurrentIndex(2)
    return window


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(page.model.index(r, 3).data() for r in range(page.model.rowCount()))


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_dinas_tab_lists_its_assets_with_sub_units_and_totals(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = asset_window.editor.assets_page
    assert names(page) == ["Laptop", "Laptop", "Sedan"]
    totals = page.totals.text()
    # 350,000,000 + 2 × 15,250,000.50 = 380,500,001 rupiah
    assert "Rp 380.500.001,00" in totals
    assert "Kurang baik: 2 (Rp 30.500.001,00)" in totals  # with the sen, as the totals beside it
    page.with_subunits.setChecked(False)
    assert names(page) == ["Sedan"]
    assert "Rp 350.000.000,00" in page.totals.text()


def test_a_bad_kode_barang_keeps_the_dialog_open_and_names_the_field(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = asset_window.editor.assets_page
    seen: list[str] = []

    def fill(dialog: AssetDialog) -> None:
        dialog.kode.setText("1.3.2.10.01")
        dialog.name.setText("Proyektor")
        dialog.value.setText("Rp 8.000.000")
        ok(dialog)
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.kode.setText("1.3.2.10.01.02.003")
        dialog.value.setText("-5")
        ok(dialog)
        seen.append(dialog.error.text())
        dialog.value.setText("Rp 8.000.000")
        dialog.year.setText("2024")
        ok(dialog)

    in_dialog(qtbot, fill)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert "Kode barang '1.3.2.10.01'" in seen[0]
    assert "Nilai" in seen[1] and "negatif" in seen[1]
    assert names(page) == ["Laptop", "Laptop", "Proyektor", "Sedan"]
    assert "Rp 388.500.001,00" in page.totals.text()
    assert asset_window.act_undo.text().replace("&", "") == "Urungkan Tambah aset"
    asset_window.act_undo.trigger()
    assert names(page) == ["Laptop", "Laptop", "Sedan"]


def test_a_complete_kode_barang_chooses_its_kib(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = AssetDialog(asset_window)
    qtbot.addWidget(dialog)
    dialog.kode.setText("1.3.3.01.01.01.001")
    assert dialog.kib.currentData() == "C"
    assert dialog.area.isEnabled() and not dialog.certificate.isEnabled()


def select_rows(page, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    selection = page.view.selectionModel()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(page.model.index(row, 0), flags)


def test_moving_several_records_a_bast_and_undo_is_one_step(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = asset_window.editor.assets_page
    laptops = [r for r in range(page.model.rowCount()) if page.model.index(r, 3).data() == "Laptop"]
    select_rows(page, laptops)
    moved_ids = [page.model.index(r, 0).data(IdRole) for r in laptops]

    def choose(dialog: MoveAssetsDialog) -> None:
        dialog.search.setText("Dinas B")
        dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
        dialog.reference.setText("BAST 028/BKAD/2026")
        dialog.accept()

    in_dialog(qtbot, choose)
    qtbot.mouseClick(page.move, Qt.MouseButton.LeftButton)
    doc = asset_window.doc
    assert doc is not None
    qtbot.waitUntil(lambda: not doc.busy)  # a move runs in the background
    store = doc.store
    assert [assets.get_asset(store, i).unit_id for i in moved_ids] == [5, 5]
    assert names(page) == ["Sedan"]
    [transfer] = assets.history(store, moved_ids[0])
    assert (transfer.from_unit, transfer.to_unit, transfer.reference) == ("Bidang X", "Dinas B", "BAST 028/BKAD/2026")
    assert asset_window.act_undo.text().replace("&", "") == "Urungkan Pindahkan 2 aset"
    asset_window.act_undo.trigger()
    qtbot.waitUntil(lambda: not doc.busy)
    assert [assets.get_asset(store, i).unit_id for i in moved_ids] == [3, 3]
    assert assets.history(store, moved_ids[0]) == []
    assert names(page) == ["Laptop", "Laptop", "Sedan"]


def test_delete_key_removes_the_selected_assets_in_one_undo_step(
    qtbot, asset_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = asset_window.editor.assets_page
    select_rows(page, [0, 1, 2])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Hapus 3 aset" in asked[0]  # the assets, not the unit chosen in the tree
    assert page.model.rowCount() == 0
    assert "Rp 0,00" in page.totals.text()
    asset_window.act_undo.trigger()
    assert names(page) == ["Laptop", "Laptop", "Sedan"]


def test_the_region_list_filters_by_kib_and_text(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    asset_window.assets_dock.show()
    asset_window.assets_dock.raise_()
    browser = asset_window.region_assets
    browser.refilter()
    assert names(browser) == ["Laptop", "Laptop", "Sedan", "Tanah Kantor"]
    qtbot.waitUntil(lambda: "Rp 1.580.500.001,00" in browser.totals.text())  # just after the rows
    browser.kib.setCurrentIndex(browser.kib.findData("A"))
    assert names(browser) == ["Tanah Kantor"]
    browser.kib.setCurrentIndex(0)
    browser.text.setText("laptop")
    browser.refilter()
    assert names(browser) == ["Laptop", "Laptop"]
    browser.view.selectRow(0)
    qtbot.mouseClick(browser.show_unit, Qt.MouseButton.LeftButton)
    assert asset_window.selected() == ("unit", 3)


def test_the_dialog_gives_back_every_digit_of_an_area(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = asset_window.doc.store  # type: ignore[union-attr]
    land = store.scalar("SELECT id FROM assets WHERE name = 'Tanah Kantor'")
    for area in (1234567, 12.345678, 0.5):
        assets.update_asset(store, land, area_m2=area)
        dialog = AssetDialog(asset_window, assets.get_asset(store, land))
        qtbot.addWidget(dialog)
        assert assets.update_asset(store, land, **dialog.values()) == {}  # OK without a change changes nothing
        assert assets.get_asset(store, land).area_m2 == area


def test_the_region_lists_follow_new_and_renamed_regions_and_keep_the_choice(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from core import regions
    from ui.commands import CreateRecordCommand, UpdateRecordCommand

    doc = asset_window.doc
    assert doc is not None

    def offered(combo) -> list[str]:  # type: ignore[no-untyped-def]
        return [combo.itemText(i) for i in range(combo.count())]

    browser = asset_window.region_assets
    first_region = browser.region.currentData()
    doc.run(
        CreateRecordCommand(
            doc,
            "Tambah wilayah",
            lambda tx: regions.create_region(tx, "Kota Baru", "kota", edition_name="Perda 1/2026").id,
            "region",
        )
    )
    assert "Kota Baru" in offered(browser.region)
    assert "Kota Baru" in offered(asset_window.staff_browser.region)
    browser.region.setCurrentIndex(browser.region.findData(first_region))
    doc.run(UpdateRecordCommand(doc, "region", first_region, name="Provinsi Berganti Nama"))
    assert "Provinsi Berganti Nama" in offered(browser.region)
    assert browser.region.currentData() == first_region  # the user's choice survives the refill


def test_the_selection_stays_on_the_same_assets_after_an_edit_and_a_new_sort(qtbot, asset_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = asset_window.editor.assets_page
    laptops = [r for r in range(page.model.rowCount()) if page.model.index(r, 3).data() == "Laptop"]
    select_rows(page, laptops)
    page.view.selectionModel().setCurrentIndex(page.model.index(laptops[-1], 3), QItemSelectionModel.SelectionFlag.NoUpdate)
    chosen = sorted(page.selected())
    store = asset_window.doc.store  # type: ignore[union-attr]
    sedan = next(i for i in page.model.ids if i not in chosen)
    from ui.commands import SaveAssetCommand

    asset_window.doc.run(SaveAssetCommand(asset_window.doc, 1, sedan, {"name": "Sedan Dinas"}))  # type: ignore[union-attr]
    assert "Sedan Dinas" in names(page)  # the list was re-read ...
    assert sorted(page.selected()) == chosen  # ... and the laptops are still the ones selected
    page.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by name, Z to A: the rows move
    assert sorted(page.selected()) == chosen
    assert page.view.currentIndex().data(IdRole) in chosen
    assert assets.get_asset(store, sedan).name == "Sedan Dinas"


def test_a_read_only_file_says_so_in_the_dialog_before_anything_is_typed(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    from core.store import open_store

    with open_store(small_file) as store:
        assets.create_asset(store, 1, "B", "1.3.2.02.01.01.004", "Sedan", year=2019, value="Rp 350.000.000")
    window.open_path(small_file, read_only=True)
    window.select("unit", 1)
    window.editor.unit_tabs.setCurrentIndex(2)
    seen: list[tuple[bool, str]] = []

    def look(dialog: AssetDialog) -> None:
        seen.append((dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), dialog.error.text()))
        dialog.reject()

    in_dialog(qtbot, look)
    page = window.editor.assets_page
    page.view.selectRow(0)
    window.assets.open_asset(page.model.ids[0], None)
    assert seen == [(False, "Berkas dibuka hanya-baca: perubahan tidak dapat disimpan.")]
    assert not window.checks_panel.accept_button.isEnabled()
