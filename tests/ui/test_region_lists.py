"""The region-wide staff and asset lists on the sample: read when first seen, paged by SQLite,
sorted by any column, and a selection of every row acts on every row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from core import assets, staff
from ui.main_window import MainWindow
from ui.models.lazy_list import IdRole
from ui.panels.seen import on_screen


def test_the_region_lists_are_read_when_first_shown(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_copy)
    window.checks_dock.raise_()
    qtbot.wait(10)
    browser, region_assets = window.staff_browser, window.region_assets
    assert not on_screen(browser) and not on_screen(region_assets)  # tabbed behind the checks
    assert browser.model is not None and browser.model.rowCount() == 0  # nothing read for a list not seen
    assert region_assets.model is not None and region_assets.model.rowCount() == 0
    window.staff_dock.raise_()
    qtbot.waitUntil(lambda: browser.model is not None and browser.model.rowCount() > 1000)
    everyone = staff.staff_ids(window.doc.store, staff.StaffFilter(region_id=browser.region_id))  # type: ignore[union-attr]
    assert browser.model.rowCount() == len(everyone)
    assert browser.count.text().endswith("pegawai") and browser.count.text() != "0 pegawai"
    qtbot.waitUntil(lambda: sum(browser.grid.counts.values()) > 0)  # the nine boxes just after the rows
    assert "orang" in browser.grid.buttons[5].text()
    assert region_assets.model.rowCount() == 0  # still behind the staff list
    window.assets_dock.raise_()
    qtbot.waitUntil(lambda: region_assets.model is not None and region_assets.model.rowCount() > 5000)
    qtbot.waitUntil(lambda: "Jumlah" in region_assets.totals.text())


def test_sorting_scrolling_and_selecting_all_of_a_long_region_list(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_copy)
    window.assets_dock.raise_()
    page = window.region_assets
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 5000)
    model = page.model
    assert model is not None
    store = window.doc.store  # type: ignore[union-attr]
    flt = page.current_filter()
    page.view.sortByColumn(model.columns.index("value"), Qt.SortOrder.DescendingOrder)
    whole = assets.asset_ids(store, flt, "value", True)
    last = model.rowCount() - 1
    page.view.scrollToBottom()
    assert model.index(last, 0).data(IdRole) == whole[-1]  # the far end of the list, in the same order
    assert model.index(3000, 0).data(IdRole) == whole[3000]
    values = [assets.get_asset(store, model.index(r, 0).data(IdRole)).value_sen for r in (0, 1, 2000, last)]
    assert values == sorted(values, reverse=True)
    page.view.selectAll()
    assert page.selected() == whole  # every row, not the pages seen
    # A few rows chosen far down stay chosen when the list is sorted another way.
    page.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (10, 2500, last):
        page.view.selectionModel().select(model.index(row, 0), flags)
    chosen = sorted(page.selected())
    page.view.sortByColumn(model.columns.index("name"), Qt.SortOrder.AscendingOrder)
    assert sorted(page.selected()) == chosen
    assert model.pages_held() <= 8000  # never every row in memory
