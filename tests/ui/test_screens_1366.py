"""Issue 17: on a 1366×768 laptop no header, rupiah value or total is cut, a filter set from
outside a list says so and can be cleared, and the stacked tables keep the sizes dragged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from core import assets
from core.money import format_rupiah
from ui.main_window import MainWindow
from ui.panels.checks import ChecksPanel
from ui.panels.people import PeoplePage

LONG_NAME = "Tanah Bangunan Rumah Negara Golongan II Tipe C Permanen di Kompleks Perkantoran Gubernur"


@pytest.fixture
def laptop_window(qtbot, window: MainWindow, small_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window.resize(1366, 728)  # 1366×768 less the taskbar
    window.open_path(small_file)
    store = window.doc.store  # type: ignore[union-attr]
    assets.create_asset(store, 1, "A", "1.3.1.01.01.01.002", LONG_NAME, register="000001", year=2003, value="Rp 652.517.425.000")
    assets.create_asset(
        store, 1, "B", "1.3.2.02.01.01.004", "Sedan", register="000001", year=2019, value="Rp 350.000.000", condition="KB"
    )
    assets.create_asset(
        store, 5, "B", "1.3.2.02.01.01.004", "Minibus", register="000001", year=2020, value="Rp 1.310.070.851.000"
    )
    window.select("unit", 1)
    window.editor.unit_tabs.setCurrentIndex(2)
    qtbot.wait(50)
    return window


def not_cut(view: QTableView, column: int, text: str) -> bool:
    return view.fontMetrics().horizontalAdvance(text) < view.horizontalHeader().sectionSize(column)


def test_the_kondisi_header_and_a_rupiah_value_are_whole_in_a_units_asset_tab(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = laptop_window.editor.assets_page.view
    header = view.horizontalHeader()
    assert header.fontMetrics().horizontalAdvance("Kondisi") < header.sectionSize(6)
    assert not_cut(view, 6, "Kurang baik") and not_cut(view, 6, "Rusak berat")
    assert not_cut(view, 5, format_rupiah(652_517_425_000_00))
    assert not_cut(view, 1, "1.3.1.01.01.01.002")


def test_a_long_item_name_is_whole_in_its_tooltip(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = laptop_window.editor.assets_page.model
    rows = [model.index(row, 3) for row in range(model.rowCount())]
    long = next(index for index in rows if index.data() == LONG_NAME)
    assert long.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_the_region_totals_show_every_rupiah_digit_beside_the_list(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    laptop_window.bring_forward(laptop_window.assets_dock, laptop_window.asset_list)
    page = laptop_window.region_assets
    qtbot.waitUntil(lambda: "Jumlah" in page.totals.text())
    qtbot.wait(20)
    total = format_rupiah(652_517_425_000_00 + 350_000_000_00 + 1_310_070_851_000_00)
    assert total in page.totals.text()
    assert page.totals_area.viewport().width() >= page.totals.sizeHint().width()


def test_a_units_totals_leave_no_empty_strip_under_them(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = laptop_window.editor.assets_page
    assert (
        page.totals_area.height() <= page.totals.sizeHint().height() + page.totals_area.horizontalScrollBar().sizeHint().height()
    )
    assert page.view.height() > page.totals_area.height()


def test_a_nine_box_filter_says_so_above_the_list_and_clears_there(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    window.bring_forward(window.staff_dock, window.staff_list)
    browser = window.staff_browser
    qtbot.waitUntil(lambda: browser.model is not None and browser.model.rowCount() > 1000)
    everyone = browser.model.rowCount()
    assert not browser.box_filter.isVisible()
    qtbot.mouseClick(browser.grid.buttons[9], Qt.MouseButton.LeftButton)
    in_box_9 = browser.model.rowCount()
    assert 0 < in_box_9 < everyone
    assert browser.box_filter.isVisible()
    assert "Kotak 9" in browser.box_filter.label.text()
    qtbot.mouseClick(browser.box_filter.clear, Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == everyone
    assert not browser.box_filter.isVisible()
    assert not browser.grid.buttons[9].isChecked()


def test_the_jabatan_column_shows_a_long_position_whole(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    window.bring_forward(window.staff_dock, window.staff_list)
    browser = window.staff_browser
    qtbot.waitUntil(lambda: browser.model is not None and browser.model.rowCount() > 1000)
    view = browser.view
    first = view.rowAt(0)
    positions = [browser.model.index(row, 4).data() for row in range(first, first + 5)]
    longest = max(positions, key=view.fontMetrics().horizontalAdvance)
    assert not_cut(view, 4, longest)
    assert browser.model.index(first, 4).data(Qt.ItemDataRole.ToolTipRole) == positions[0]


def test_the_jabatan_and_pegawai_panes_open_as_they_were_left(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    laptop_window.editor.unit_tabs.setCurrentIndex(1)
    splitter = laptop_window.editor.people_page.splitter
    assert splitter.count() == 2  # the positions; below them the staff and the standard as tabs
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 200)
    total = sum(splitter.sizes())
    wanted = [total // 4, total - total // 4]
    splitter.setSizes(wanted)
    splitter.splitterMoved.emit(wanted[0], 1)  # what letting go of a handle does
    dragged = splitter.sizes()
    again = PeoplePage()
    qtbot.addWidget(again)
    again.resize(laptop_window.editor.people_page.size())
    again.show()
    qtbot.wait(10)
    assert again.splitter.sizes() == dragged


def test_a_laptop_shows_several_positions_and_staff_rows_in_a_units_people_tab(
    qtbot, window: MainWindow, sample_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    """Three tables stacked in the tab left a 1366×768 laptop two positions and one person."""
    window.restore_layout()  # the first start's dock heights
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    store = window.doc.store  # type: ignore[union-attr]
    (unit,) = store.conn.execute(
        "SELECT p.unit_id FROM positions p JOIN staff s ON s.position_id = p.id GROUP BY p.unit_id"
        " HAVING count(DISTINCT p.id) >= 4 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    window.select("unit", unit)
    window.editor.unit_tabs.setCurrentIndex(1)
    page = window.editor.people_page
    qtbot.waitUntil(lambda: page.staff is not None and page.staff.rowCount() > 5)
    qtbot.wait(50)

    def rows_shown(view: QTableView) -> int:
        model = view.model()
        return sum(
            1 for r in range(model.rowCount()) if 0 <= view.visualRect(model.index(r, 0)).bottom() <= view.viewport().height()
        )

    assert rows_shown(page.positions_view) >= 3
    assert rows_shown(page.staff_view) >= 4
    page.positions_view.selectRow(1)
    title = page.positions.items[1].title
    assert title in page.lower_tabs.tabText(1)  # the standard's tab names the position chosen
    page.lower_tabs.setCurrentIndex(1)
    assert page.standard_view.isVisible()


def test_findings_keep_room_to_be_read_and_show_whole_in_tooltips(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    window.bring_forward(window.checks_dock, window.checks_panel)
    panel = window.checks_panel
    qtbot.waitUntil(lambda: panel.report is not None and not window.checks.runner.running, timeout=15000)
    view = panel.open_view
    header = view.horizontalHeader()
    assert header.sectionSize(3) >= view.viewport().width() // 3  # the finding itself, not squeezed to "…"
    for column in (2, 3):
        index = view.model().index(0, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_the_checks_dock_folds_to_one_row_and_stays_folded(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 728)
    assert window.open_path(small_file)
    panel = window.checks_panel
    window.bring_forward(window.checks_dock, panel)
    qtbot.wait(20)
    open_height = window.checks_dock.height()
    qtbot.mouseClick(panel.collapse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.checks_dock.height() < open_height)
    assert not panel.open_view.isVisible()
    assert panel.run_button.isVisible()  # the checks can still be run from the folded dock
    again = ChecksPanel()
    qtbot.addWidget(again)
    assert again.collapse.isChecked()  # the next start opens it folded
    qtbot.mouseClick(panel.collapse, Qt.MouseButton.LeftButton)
    assert panel.open_view.isVisible()
    unfolded = ChecksPanel()
    qtbot.addWidget(unfolded)
    assert not unfolded.collapse.isChecked()


def test_the_synergy_map_shows_several_pd_rows_on_a_laptop(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """Stacked above the cell's items, the matrix was left a single row in the bottom dock."""
    window.restore_layout()  # the first start's dock heights
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    window.bring_forward(window.plans.dock, window.plans.panel)
    table = window.plans.panel.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    qtbot.wait(50)
    shown = [
        row
        for row in range(table.model().rowCount())
        if table.visualRect(table.model().index(row, 0)).bottom() <= table.viewport().height()
    ]
    assert len(shown) >= 3
    header = table.verticalHeader()
    assert header.width() < window.width() // 3  # a long PD name does not take a third of the screen


def test_the_cascade_tree_keeps_its_rows_on_a_laptop(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """Stacked above the alignment table, the Pohon kinerja showed three rows in the bottom dock."""
    window.restore_layout()  # the first start's dock heights
    window.resize(1366, 728)
    assert window.open_path(sample_copy)
    cascade = window.plans.cascade
    window.bring_forward(cascade.dock, lambda: cascade.panel.tree)
    qtbot.waitUntil(lambda: cascade.place.built and cascade.panel.model.rowCount() > 0)
    panel = cascade.panel
    panel.tree.expand(panel.model.index(0, 0))
    qtbot.waitUntil(lambda: panel.model.rowCount(panel.model.index(0, 0)) > 4)
    qtbot.wait(50)
    tree = panel.tree
    shown = 0
    index = tree.indexAt(tree.viewport().rect().topLeft())
    while index.isValid() and tree.visualRect(index).bottom() <= tree.viewport().height():
        shown += 1
        index = tree.indexBelow(index)
    assert shown >= 5
