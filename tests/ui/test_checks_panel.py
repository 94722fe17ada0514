"""The checks panel, driven through the real main window on the sample region."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core import unit_content
from ui.dialogs.accept_finding import AcceptFindingDialog
from ui.main_window import MainWindow
from ui.models.findings import FindingRole
from ui.settings import Settings

from .test_people import in_dialog


def wait_for_report(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    panel = window.checks_panel
    qtbot.waitUntil(lambda: panel.report is not None and not window.checks.runner.running, timeout=15000)
    return panel.report


def rows(view) -> list:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(r, 0).data(FindingRole) for r in range(model.rowCount())]


def test_opening_a_file_runs_the_checks_and_lists_findings(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    report = wait_for_report(qtbot, window)
    panel = window.checks_panel
    assert report.count("error") >= 3
    shown = rows(panel.open_view)
    assert len(shown) == len(report.open)
    assert shown[0].severity == "error"  # sorted by severity
    assert panel.tabs.tabText(0) == f"Terbuka ({len(report.open)})"
    assert "galat" in panel.status.text()


def test_filters_narrow_the_list(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    wait_for_report(qtbot, window)
    panel = window.checks_panel
    panel.severity.setCurrentIndex(panel.severity.findData("error"))
    assert {f.severity for f in rows(panel.open_view)} == {"error"}
    panel.rule.setCurrentIndex(panel.rule.findData("urusan_twice"))
    assert sorted(f.params["code"] for f in rows(panel.open_view)) == ["2.17", "2.20"]
    panel.pd.setCurrentIndex(panel.pd.findText("Badan Penelitian dan Pengembangan"))
    assert [f.params["code"] for f in rows(panel.open_view)] == ["2.20"]


def test_clicking_an_overlap_selects_both_units_and_shows_both_statements(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    wait_for_report(qtbot, window)
    panel = window.checks_panel
    panel.rule.setCurrentIndex(panel.rule.findData("function_overlap"))
    view = panel.open_view
    target = next(
        r
        for r, f in enumerate(rows(view))
        if "Bidang Data dan Statistik" in f.params["unit_b"] or "Bidang Data dan Statistik" in f.params["unit_a"]
    )
    view.setCurrentIndex(view.model().index(target, 0))
    selected = {index.data() for index in window.tree.selectionModel().selectedIndexes()}
    assert selected == {"Bidang Statistik", "Bidang Data dan Statistik"}
    finding = view.currentIndex().data(FindingRole)
    shown = panel.details.toPlainText()
    for statement in finding.data["statements"]:
        assert statement["text"] in shown
    assert "#ffe58a" in panel.details.toHtml()  # shared words are marked


def test_accepting_a_finding_moves_it_apart_and_undo_brings_it_back(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    report = wait_for_report(qtbot, window)
    panel = window.checks_panel
    panel.rule.setCurrentIndex(panel.rule.findData("urusan_twice"))
    panel.open_view.selectRow(0)
    chosen = panel.open_view.currentIndex().data(FindingRole)
    seen: list[str] = []

    def give_reason(dialog: AcceptFindingDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason: refused, stays open
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reason.setPlainText("pembagian statistik disepakati rapat")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, give_reason)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert seen == ["Alasan penerimaan harus diisi."]
    qtbot.waitUntil(lambda: panel.report is not report and len(panel.report.accepted) == 1, timeout=15000)
    assert [f.key for f in rows(panel.accepted_view)] == [chosen.key]
    assert chosen.key not in {f.key for f in rows(panel.open_view)}
    assert window.act_undo.text().replace("&", "") == "Urungkan Terima temuan"
    accepted_report = panel.report
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: panel.report is not accepted_report and not panel.report.accepted, timeout=15000)


def test_checks_rerun_after_an_edit(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    report = wait_for_report(qtbot, window)
    assert any(f.rule == "combining" for f in report.open)
    store = window.doc.store  # type: ignore[union-attr]
    industry = store.scalar("SELECT id FROM units WHERE name LIKE 'Dinas Perindustrian%'")
    from ui.commands import SetListCommand

    codes = [c for c in unit_content.urusan_of(store, industry) if c != "2.17"]
    window.doc.run(SetListCommand(window.doc, "urusan", industry, codes))
    qtbot.waitUntil(lambda: panel_report_changed(window, report), timeout=15000)
    assert not any(f.rule == "combining" for f in window.checks_panel.report.open)


def panel_report_changed(window: MainWindow, old) -> bool:  # type: ignore[no-untyped-def]
    return window.checks_panel.report is not old and not window.checks.runner.running


def test_the_panel_follows_the_edition_of_the_selection(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    wait_for_report(qtbot, window)
    window.select("edition", 1)
    window.act_copy_edition.setEnabled(True)
    from ui import commands

    copy = 1 + window.doc.store.scalar("SELECT max(id) FROM editions")  # type: ignore[union-attr]  # the sample has a draft already
    window.doc.run(commands.copy_edition_command(window.doc, 1, "Draf 2027"))
    qtbot.waitUntil(
        lambda: (
            window.checks_panel.current_edition() == copy
            and window.checks_panel.report is not None
            and window.checks_panel.report.edition_id == copy
        ),
        timeout=15000,
    )


def test_a_rerun_keeps_the_finding_but_leaves_the_users_unit_alone(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """A finding chosen earlier must not pull the tree back to its units after each edit:
    the user has moved on to another unit and may be typing in its editor."""
    window.open_path(sample_copy)
    report = wait_for_report(qtbot, window)
    panel = window.checks_panel
    panel.rule.setCurrentIndex(panel.rule.findData("urusan_twice"))
    panel.open_view.selectRow(0)
    chosen = panel.open_view.currentIndex().data(FindingRole)
    store = window.doc.store  # type: ignore[union-attr]
    other = store.scalar("SELECT id FROM units WHERE name = 'Dinas Sosial'")
    assert other not in chosen.units
    window.select("unit", other)
    from ui.commands import UpdateUnitCommand

    window.doc.run(UpdateUnitCommand(window.doc, other, short_name="DINSOS"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: panel_report_changed(window, report), timeout=15000)
    assert window.selected() == ("unit", other)  # still where the user is
    assert panel.open_view.currentIndex().data(FindingRole).key == chosen.key  # the finding is still shown


def test_naming_a_new_unit_is_not_cut_short_by_the_rerun(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    report = wait_for_report(qtbot, window)
    panel = window.checks_panel
    panel.open_view.selectRow(0)  # a finding chosen earlier
    store = window.doc.store  # type: ignore[union-attr]
    window.select("unit", store.scalar("SELECT id FROM units WHERE name = 'Dinas Sosial'"))
    window.act_add_child.trigger()
    assert window.tree.state() == window.tree.State.EditingState
    qtbot.waitUntil(lambda: panel_report_changed(window, report), timeout=15000)
    assert window.tree.state() == window.tree.State.EditingState  # the name is still being typed
    assert window.tree.currentIndex().data() == "Unit baru"


def test_the_panel_checks_the_edition_of_the_region_chosen_in_the_tree(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from core import regions, units
    from core.store import create_store

    path = tmp_path / "dua.sotk"
    store = create_store(path)
    first = regions.create_region(store, "Provinsi Zamrud", "provinsi", edition_name="Perda 1/2024")  # listed first in the tree
    second = regions.create_region(store, "Kabupaten Aman", "kabupaten", edition_name="Perbup 2/2024")
    for region in (first, second):
        units.create_unit(store, regions.list_editions(store, region.id)[0].id, None, "Dinas Uji", "dinas")
    store.close()
    window.open_path(path)
    wait_for_report(qtbot, window)
    chosen = window.selected()
    assert chosen is not None and chosen[0] == "region"
    expected = regions.list_editions(window.doc.store, chosen[1])[0].id  # type: ignore[union-attr]
    assert window.checks_panel.current_edition() == expected


def test_folding_the_checks_gives_the_height_back_and_is_remembered(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    """Folded, the bottom area is one thin bar even though the staff list tabbed with it
    needs more; another tab raised gets its height back; the next start opens folded."""
    window.resize(1366, 728)
    assert window.open_path(small_file)
    panel = window.checks_panel
    window.bring_forward(window.checks_dock, panel)
    qtbot.wait(50)
    central = window.centralWidget()
    open_central, open_dock = central.height(), window.checks_dock.height()
    panel.collapse.click()
    qtbot.waitUntil(lambda: central.height() > open_central)
    qtbot.wait(50)
    freed = central.height() - open_central
    assert freed >= 0.75 * open_dock  # not ~50 px: most of the dock's height
    assert window.checks_dock.height() <= 2 * panel.run_button.sizeHint().height() + 30  # a thin bar
    window.bring_forward(window.staff_dock, window.staff_list)
    qtbot.waitUntil(lambda: window.staff_dock.height() >= 0.75 * open_dock)  # a usable list, not a sliver
    window.bring_forward(window.checks_dock, panel)
    qtbot.waitUntil(lambda: central.height() - open_central >= 0.75 * open_dock)

    again = MainWindow(Settings())  # the next start
    qtbot.addWidget(again)
    again.resize(1366, 728)
    again.show()
    window.close_file()
    assert again.open_path(small_file)
    qtbot.waitUntil(
        lambda: again.checks_panel.collapse.isChecked() and again.centralWidget().height() - open_central >= 0.75 * open_dock
    )
    again.checks_panel.collapse.click()
    qtbot.waitUntil(lambda: again.checks_dock.height() >= 0.9 * open_dock)  # opens to the height it had
    assert again.checks_panel.open_view.isVisible()
    again.close_file()


def test_the_check_and_pd_columns_are_measured_as_qt_measures_every_row(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """The columns are fitted from the widest cell alone (a re-run after a big change stalled
    the window measuring each row, severity at every layout change); the width is the one
    Qt's own measure of all rows gives."""
    from ui.models.findings import COLUMN_RULE, COLUMN_SEVERITY, COLUMN_WHERE
    from ui.panels.checks import _widest_cell

    window.open_path(sample_copy)
    wait_for_report(qtbot, window)
    panel = window.checks_panel
    for view in (panel.open_view, panel.accepted_view):
        for column in (COLUMN_RULE, COLUMN_WHERE, COLUMN_SEVERITY):
            assert _widest_cell(view, column) == view.sizeHintForColumn(column)
    assert panel.open_view.model().rowCount() > 10
    header = panel.open_view.horizontalHeader()  # every severity label shown whole
    assert header.sectionSize(COLUMN_SEVERITY) >= panel.open_view.sizeHintForColumn(COLUMN_SEVERITY)
