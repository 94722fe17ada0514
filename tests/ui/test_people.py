"""Positions and staff through the real window: the unit's tab, the staff dialog, the region list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from core import positions, staff
from ui.dialogs.staff_dialog import StaffDialog
from ui.dialogs.unit_chooser import MoveStaffDialog
from ui.main_window import MainWindow
from ui.models.staff_list import StaffIdRole


@pytest.fixture
def people_window(qtbot, window: MainWindow, small_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    store = window.doc.store  # type: ignore[union-attr]
    analis = positions.create_position(store, 3, "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda", needed=2)
    positions.set_standard(store, analis.id, {"M.01": 3, "M.02": 3})
    staff.create_staff(
        store, 1, "198001012005011001", "Budi Santoso", "PNS", golongan="III/c", position_id=analis.id, kinerja=3, potensi=3
    )
    window.select("unit", 3)
    window.editor.unit_tabs.setCurrentIndex(1)
    return window


def in_dialog(qtbot, action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(dialog)`` on the next modal dialog once it is shown."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(20, run)


def test_the_unit_tab_shows_need_bezetting_and_staff(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    [row] = [p for p in page.positions.items if p.title == "Analis Kebijakan Ahli Muda"]
    assert (row.needed, row.held, row.difference) == (2, 1, -1)
    assert page.positions.index(0, 7).data() == "-1"
    assert page.staff is not None and page.staff.rowCount() == 1
    assert page.staff.index(0, 0).data() == "19800101 200501 1 001"
    assert page.staff.index(0, 1).data() == "Budi Santoso"


def test_adding_a_person_with_a_bad_nip_keeps_the_dialog_open_with_the_reason(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    seen: list[str] = []

    def fill(dialog: StaffDialog) -> None:
        dialog.nip.setText("19870230 201001 1 001")
        dialog.name.setText("Siti Rahmawati")
        assert "30 Februari 1987" in dialog.nip_info.text()  # said as it is typed
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.nip.setText("19870228 201001 2 001")
        dialog.golongan.setCurrentIndex(dialog.golongan.findData("III/b"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, fill)
    qtbot.mouseClick(page.add_staff, Qt.MouseButton.LeftButton)
    assert seen and "tanggal lahir 30 Februari 1987 tidak ada" in seen[0]
    assert page.staff is not None and page.staff.rowCount() == 2
    assert people_window.act_undo.text().replace("&", "") == "Urungkan Tambah pegawai"
    people_window.act_undo.trigger()
    assert page.staff.rowCount() == 1


def test_editing_assessments_changes_the_jpm(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    assert page.staff is not None and page.staff.index(0, 8).data() == ""  # not assessed yet

    def assess(dialog: StaffDialog) -> None:
        from core.staff import Assessment

        dialog._add_row(Assessment(None, "M.01", 3, "2025-01-10", "UPT"))
        dialog._add_row(Assessment(None, "M.02", 2, "2025-01-10", "UPT"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    page.staff_view.selectRow(0)
    in_dialog(qtbot, assess)
    qtbot.mouseClick(page.edit_staff, Qt.MouseButton.LeftButton)
    assert page.staff.index(0, 8).data() == "83,3%"  # (3 + 2) / (3 + 3)
    assert page.staff.index(0, 9).data() == "MS"
    assert "Kerjasama (1 dari 1)" in page.gaps.text()


def test_move_a_person_to_another_unit_and_undo(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    page.staff_view.selectRow(0)

    def choose(dialog: MoveStaffDialog) -> None:
        dialog.search.setText("Dinas B")
        dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
        dialog.accept()

    in_dialog(qtbot, choose)
    qtbot.mouseClick(page.move_staff, Qt.MouseButton.LeftButton)
    doc = people_window.doc
    assert doc is not None
    qtbot.waitUntil(lambda: not doc.busy)  # a move runs in the background
    store = doc.store
    moved = staff.get_staff(store, 1)
    assert (moved.unit_id, moved.position_id) == (5, None)
    assert page.staff is not None and page.staff.rowCount() == 0
    people_window.act_undo.trigger()
    qtbot.waitUntil(lambda: not doc.busy)
    assert staff.get_staff(store, 1).position_id is not None
    assert page.staff.rowCount() == 1


def test_remove_a_person_and_undo(qtbot, people_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    page.staff_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_staff, Qt.MouseButton.LeftButton)
    assert page.staff is not None and page.staff.rowCount() == 0
    people_window.act_undo.trigger()
    assert page.staff.rowCount() == 1


def test_editing_a_position_in_place_and_its_standard(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    row = next(i for i, p in enumerate(page.positions.items) if p.title == "Analis Kebijakan Ahli Muda")
    page.positions.setData(page.positions.index(row, 5), "3")
    assert next(p for p in page.positions.items if p.title == "Analis Kebijakan Ahli Muda").needed == 3
    page.positions_view.selectRow(row)
    page.standard.setData(page.standard.index(0, 2), 4)
    store = people_window.doc.store  # type: ignore[union-attr]
    position_id = page.positions.items[row].id
    assert positions.standard_of(store, position_id)["M.01"] == 4
    people_window.act_undo.trigger()
    assert positions.standard_of(store, position_id)["M.01"] == 3


def test_region_list_filters_and_nine_box(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    people_window.staff_dock.show()
    people_window.staff_dock.raise_()
    browser = people_window.staff_browser
    browser.refilter()
    assert browser.model is not None and browser.model.rowCount() == 1
    qtbot.waitUntil(lambda: browser.grid.buttons[9].text() == "Kotak 9\n1 orang")  # just after the rows
    assert "dipromosikan dan dipertahankan" in browser.grid.buttons[9].toolTip()  # in the user's language
    qtbot.mouseClick(browser.grid.buttons[1], Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == 0
    qtbot.mouseClick(browser.grid.buttons[9], Qt.MouseButton.LeftButton)
    assert browser.model.rowCount() == 1 and browser.model.index(0, 0).data(StaffIdRole) == 1
    browser.text.setText("1980")
    browser.refilter()
    assert browser.model.rowCount() == 1


def test_clicking_a_header_sorts_the_region_list(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = people_window.doc.store  # type: ignore[union-attr]
    staff.create_staff(store, 1, "197001012000011001", "Zulkarnaén", "PNS", unit_id=3)
    browser = people_window.staff_browser
    browser.refilter()
    assert browser.model is not None
    assert [browser.model.index(r, 1).data() for r in range(2)] == ["Budi Santoso", "Zulkarnaén"]
    browser.view.horizontalHeader().sectionClicked.emit(0)  # NIP, as a click does
    browser.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert browser.model.sort_key == "nip"
    assert [browser.model.index(r, 1).data() for r in range(2)] == ["Zulkarnaén", "Budi Santoso"]
    header = browser.view.horizontalHeader()
    browser.view.sortByColumn(browser.model.columns.index("age"), Qt.SortOrder.AscendingOrder)
    assert [browser.model.index(r, 1).data() for r in range(2)] == ["Budi Santoso", "Zulkarnaén"]  # youngest first
    browser.view.sortByColumn(browser.model.columns.index("jpm"), Qt.SortOrder.AscendingOrder)  # cannot be sorted
    assert header.sortIndicatorSection() == browser.model.columns.index("age")  # the arrow stays where the order is


def test_a_technical_competency_joins_the_dictionary_and_a_standard(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.competency_dialog import CompetencyDialog

    def define(dialog: CompetencyDialog) -> None:
        dialog.code.setText(" t.20 ")
        dialog.name.setText("Pengelolaan Koperasi Simpan Pinjam")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, define)
    page = people_window.editor.people_page
    qtbot.mouseClick(page.new_competency, Qt.MouseButton.LeftButton)
    row = next(i for i, p in enumerate(page.positions.items) if p.title == "Analis Kebijakan Ahli Muda")
    page.positions_view.selectRow(row)
    index = page.add_competency.findData("T.20")
    assert index > 0 and "Pengelolaan Koperasi Simpan Pinjam" in page.add_competency.itemText(index)
    page.add_competency.setCurrentIndex(index)
    page.add_competency.activated.emit(index)
    assert "T.20" in page.standard.levels


def test_the_staff_dialog_shows_the_persons_gaps(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = people_window.doc.store  # type: ignore[union-attr]
    staff.set_assessments(store, 1, [staff.Assessment(None, "M.01", 2, "2025-01-01", "UPT")])
    page = people_window.editor.people_page
    page.staff_view.selectRow(0)
    seen: list[str] = []

    def look(dialog: StaffDialog) -> None:
        seen.append(dialog.gaps.text())
        dialog.reject()

    in_dialog(qtbot, look)
    qtbot.mouseClick(page.edit_staff, Qt.MouseButton.LeftButton)
    assert seen and "Integritas: 2/3 (-1)" in seen[0] and "Kerjasama: belum diases" in seen[0]


def test_a_code_already_in_the_dictionary_is_refused_not_renamed(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from core import positions
    from ui.dialogs.competency_dialog import CompetencyDialog

    store = people_window.doc.store  # type: ignore[union-attr]
    positions.define_competency(store, "T.01", "Perumusan Kebijakan Teknis")
    undo_steps = people_window.doc.undo_stack.count()  # type: ignore[union-attr]
    seen: list[str] = []

    def define(dialog: CompetencyDialog) -> None:
        dialog.code.setText("T.01")
        dialog.name.setText("Nama Lain")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error.text())
        dialog.code.setText("abc")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error.text())
        dialog.reject()

    in_dialog(qtbot, define)
    qtbot.mouseClick(people_window.editor.people_page.new_competency, Qt.MouseButton.LeftButton)
    assert seen == [
        "Kode 'T.01' sudah dipakai: Perumusan Kebijakan Teknis.",
        "Kode 'ABC' tidak berbentuk huruf lalu angka, misalnya T.09 atau TK.1.2.",
    ]
    assert positions.known_competencies(store)["T.01"][0] == "Perumusan Kebijakan Teknis"
    assert people_window.doc.undo_stack.count() == undo_steps  # type: ignore[union-attr]


def test_keys_in_a_list_never_act_on_the_trees_unit(qtbot, people_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No
    )
    page = people_window.editor.people_page
    row = next(i for i, p in enumerate(page.positions.items) if p.title == "Analis Kebijakan Ahli Muda")
    page.positions_view.selectRow(row)
    page.lower_tabs.setCurrentIndex(1)  # the standard's tab, beside the staff's
    page.standard_view.setFocus()
    page.standard_view.setCurrentIndex(page.standard.index(0, 0))
    qtbot.keyClick(page.standard_view, Qt.Key.Key_Delete)  # drops the competency from the standard
    assert asked == [] and sorted(page.standard.levels) == ["M.02"]
    page.positions_view.setFocus()
    qtbot.keyClick(page.positions_view, Qt.Key.Key_F2)  # not the tree's rename
    assert people_window.tree.state() != people_window.tree.State.EditingState
    browser = people_window.staff_browser
    people_window.staff_dock.show()
    browser.refilter()
    browser.view.selectRow(0)
    browser.view.setFocus()
    qtbot.keyClick(browser.view, Qt.Key.Key_Delete)
    assert asked == []  # nothing offered to delete the unit
    people_window.select("unit", 4)  # Bidang Y: nobody works there, so deleting it may be asked
    people_window.tree.setFocus()
    qtbot.keyClick(people_window.tree, Qt.Key.Key_Delete)  # in the tree, Delete still asks about the unit
    assert len(asked) == 1 and "Bidang Y" in asked[0]


def test_deleting_several_people_is_one_question_and_one_undo_step(
    qtbot, people_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store = people_window.doc.store  # type: ignore[union-attr]
    for number, nip in enumerate(("198502022010012002", "199003032015031003")):
        staff.create_staff(store, 1, nip, f"Pegawai {number}", "PNS", unit_id=3)
    page = people_window.editor.people_page
    people_window.select("unit", 1)
    people_window.select("unit", 3)
    assert page.staff.rowCount() == 3
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    page.staff_view.selectAll()
    page.staff_view.setFocus()
    qtbot.keyClick(page.staff_view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Hapus 3 pegawai" in asked[0]
    assert page.staff.rowCount() == 0
    assert people_window.act_undo.text().replace("&", "") == "Urungkan Hapus 3 pegawai"
    people_window.act_undo.trigger()
    assert page.staff.rowCount() == 3


def test_a_staff_change_leaves_the_filtered_tree_and_its_choice_alone(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.commands import DeleteStaffCommand

    people_window.filter.setText("Bidang X")
    people_window.tree_filter.apply()  # as when typing stops
    people_window.select("unit", 3)
    person = people_window.editor.people_page.staff.staff_id(0)
    people_window.doc.run(DeleteStaffCommand(people_window.doc, [person]))  # type: ignore[union-attr, arg-type]
    assert people_window.selected() == ("unit", 3)
    assert people_window.tree.currentIndex().parent().isValid()  # still shown inside its opened dinas
    assert people_window.act_delete.isEnabled()
    people_window.act_undo.trigger()
    assert people_window.editor.people_page.staff.rowCount() == 1


def test_ok_without_a_change_adds_no_undo_step_and_a_new_assessment_row_is_in_view(qtbot, people_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = people_window.editor.people_page
    steps = people_window.doc.undo_stack.count()  # type: ignore[union-attr]
    seen: list[bool] = []

    def look(dialog: StaffDialog) -> None:
        add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tambah &asesmen")
        add.click()
        row = dialog.table.rowCount() - 1
        seen.append(dialog.table.currentRow() == row)
        dialog.table.removeRow(row)  # changed their mind
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, look)
    page.staff_view.selectRow(0)
    qtbot.mouseClick(page.edit_staff, Qt.MouseButton.LeftButton)
    assert seen == [True]
    assert people_window.doc.undo_stack.count() == steps  # type: ignore[union-attr]
