"""The main window driven as a user would: keyboard shortcuts, menus, the editor, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from core import units
from core.store import open_store
from ui.main_window import MainWindow
from ui.models.structure_tree import UNIT_MIME, IdRole
from ui.settings import Settings


def children_names(window: MainWindow, parent: QModelIndex) -> list[str]:
    model = window.model
    assert model is not None
    return [model.index(row, 0, parent).data(Qt.ItemDataRole.EditRole) for row in range(model.rowCount(parent))]


def find(window: MainWindow, *path: str) -> QModelIndex:
    model = window.model
    assert model is not None
    parent = QModelIndex()
    for name in path:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(Qt.ItemDataRole.EditRole) == name:
                parent = index
                break
        else:
            raise AssertionError(f"{name!r} not under {parent.data()!r}: {children_names(window, parent)}")
    return parent


EDITION = ("Provinsi Uji", "Perda 1/2024")


def choose(qtbot, window: MainWindow, *path: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    index = find(window, *path)
    window.tree.setCurrentIndex(index)
    window.tree.setFocus()
    return index


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.tree, key, modifiers)


def test_opens_on_the_tree_region_edition_pd(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    assert children_names(window, QModelIndex()) == ["Provinsi Uji"]
    assert children_names(window, find(window, "Provinsi Uji")) == ["Perda 1/2024"]
    assert children_names(window, find(window, *EDITION)) == ["Dinas A", "Dinas B"]
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Sekretariat", "Bidang X", "Bidang Y"]
    assert "kecil.sotk" in window.windowTitle()


def test_add_a_sub_unit_then_undo_and_redo_from_the_keyboard(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas B")
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert children_names(window, find(window, *EDITION, "Dinas B")) == ["Unit baru"]
    # the new unit is in edit mode: type its name
    editor = QApplication.focusWidget()
    assert editor is not None and hasattr(editor, "setText")
    editor.setText("Bidang Koperasi")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: children_names(window, find(window, *EDITION, "Dinas B")) == ["Bidang Koperasi"])
    assert window.act_undo.text().replace("&", "") == "Urungkan Ganti nama unit"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert children_names(window, find(window, *EDITION, "Dinas B")) == ["Unit baru"]
    assert window.act_undo.text().replace("&", "") == "Urungkan Tambah unit 'Unit baru'"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert children_names(window, find(window, *EDITION, "Dinas B")) == []
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert children_names(window, find(window, *EDITION, "Dinas B")) == ["Bidang Koperasi"]
    with open_store(small_file, read_only=True) as store:
        assert [r.name for r in units.children(store, 1, 5)] == ["Bidang Koperasi"]


def test_edit_fields_in_the_editor_saves_at_once(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    page = window.editor.unit_page
    page.name.setFocus()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Bidang Koperasi & <UKM>")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert children_names(window, find(window, *EDITION, "Dinas A"))[1] == "Bidang Koperasi & <UKM>"
    page.eselon.setCurrentIndex(page.eselon.findData("IIIb"))
    page.eselon.activated.emit(page.eselon.currentIndex())
    with open_store(small_file, read_only=True) as store:
        unit = units.get_unit(store, 3)
        assert (unit.name, unit.eselon) == ("Bidang Koperasi & <UKM>", "IIIb")
    assert "Tersimpan" in window.saved_label.text()
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert page.name.text() == "Bidang X"


def test_blank_name_is_refused_with_a_message(
    qtbot, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    page = window.editor.unit_page
    page.name.setText("   ")
    page.name.editingFinished.emit()
    assert shown and "Nama tidak boleh kosong" in shown[0]
    assert children_names(window, find(window, *EDITION, "Dinas A"))[1] == "Bidang X"
    assert not window.act_undo.isEnabled()


def _drop(window: MainWindow, unit_index: QModelIndex, target: QModelIndex, row: int = -1) -> None:
    model = window.model
    assert model is not None
    data = model.mimeData([unit_index])
    assert data.hasFormat(UNIT_MIME)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, target)


def test_drag_a_unit_to_another_pd_and_undo(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    _drop(window, find(window, *EDITION, "Dinas A", "Bidang Y"), find(window, *EDITION, "Dinas B"))
    qtbot.waitUntil(lambda: children_names(window, find(window, *EDITION, "Dinas B")) == ["Bidang Y"])
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Sekretariat", "Bidang X"]
    assert window.act_undo.text().replace("&", "") == "Urungkan Pindahkan unit 'Bidang Y'"
    window.act_undo.trigger()
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Sekretariat", "Bidang X", "Bidang Y"]
    assert children_names(window, find(window, *EDITION, "Dinas B")) == []


def test_drag_to_reorder_siblings(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    _drop(window, find(window, *EDITION, "Dinas A", "Sekretariat"), find(window, *EDITION, "Dinas A"), row=3)
    qtbot.waitUntil(lambda: children_names(window, find(window, *EDITION, "Dinas A")) == ["Bidang X", "Bidang Y", "Sekretariat"])


def test_a_unit_cannot_be_dropped_below_itself(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    model = window.model
    assert model is not None
    dinas = find(window, *EDITION, "Dinas A")
    data = model.mimeData([dinas])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, find(window, *EDITION, "Dinas A", "Bidang X"))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, dinas)


def test_cut_and_paste_moves_a_unit(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    press(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    choose(qtbot, window, *EDITION, "Dinas B")
    press(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert children_names(window, find(window, *EDITION, "Dinas B")) == ["Bidang X"]
    assert window.tree.currentIndex().data(Qt.ItemDataRole.EditRole) == "Bidang X"


def test_reorder_with_alt_arrows(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang Y")
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Sekretariat", "Bidang Y", "Bidang X"]
    assert window.tree.currentIndex().data(Qt.ItemDataRole.EditRole) == "Bidang Y"


def test_delete_asks_then_undo_brings_everything_back(
    qtbot, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    choose(qtbot, window, *EDITION, "Dinas A")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert asked and "3 sub-unit" in asked[0] and "1 pernyataan fungsi" in asked[0]
    assert children_names(window, find(window, *EDITION)) == ["Dinas B"]
    window.act_undo.trigger()
    assert children_names(window, find(window, *EDITION)) == ["Dinas A", "Dinas B"]
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Sekretariat", "Bidang X", "Bidang Y"]
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    assert window.editor.unit_page.functions.items[0].text == "pembinaan koperasi"


def test_delete_with_staff_is_refused_with_the_reason(
    qtbot, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with open_store(small_file) as store, store.write() as tx:
        tx.execute("INSERT INTO staff (region_id, nip, name, status, unit_id) VALUES (1, '198001012005011001', 'Budi', 'PNS', 3)")
        tx.audit("test", "staff", None)
    window.open_path(small_file)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    choose(qtbot, window, *EDITION, "Dinas A")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert told and "1 pegawai" in told[0]
    assert children_names(window, find(window, *EDITION)) == ["Dinas A", "Dinas B"]


def test_functions_editor_adds_edits_and_reorders(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    page = window.editor.unit_page
    qtbot.mouseClick(page.add_function, Qt.MouseButton.LeftButton)
    assert [f.text for f in page.functions.items] == ["pembinaan koperasi", "fungsi baru"]
    page.functions.setData(page.functions.index(1, 1), "pengawasan koperasi")  # saved once the editor has closed
    qtbot.waitUntil(lambda: page.functions.items[1].text == "pengawasan koperasi")
    page.table.selectRow(1)
    qtbot.mouseClick(page.up_function, Qt.MouseButton.LeftButton)
    assert [f.text for f in page.functions.items] == ["pengawasan koperasi", "pembinaan koperasi"]
    assert page.functions.index(0, 0).data() == "1."
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [f.text for f in page.functions.items] == ["pembinaan koperasi", "fungsi baru"]


def test_urusan_picker_sets_the_urusan(qtbot, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A")
    from ui.dialogs import urusan_picker

    def pick(self: urusan_picker.UrusanPicker) -> int:
        self.filter.setText("koperasi")
        assert self.proxy.rowCount() == 1
        source = self.proxy.mapToSource(self.proxy.index(0, 0))
        self.model.itemFromIndex(source).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(urusan_picker.UrusanPicker, "exec", pick)
    qtbot.mouseClick(window.editor.unit_page.pick_urusan, Qt.MouseButton.LeftButton)
    assert "2.17 Koperasi, Usaha Kecil dan Menengah" in window.editor.unit_page.urusan_label.text()
    assert window.act_undo.text().replace("&", "") == "Urungkan Ubah urusan unit"


def test_filter_narrows_the_tree(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter.hasFocus()
    qtbot.keyClicks(window.filter, "bidang x")
    qtbot.waitUntil(lambda: window.filter_note.isVisible())
    assert children_names(window, find(window, *EDITION)) == ["Dinas A"]
    assert children_names(window, find(window, *EDITION, "Dinas A")) == ["Bidang X"]
    window.filter.clear()
    qtbot.waitUntil(lambda: not window.filter_note.isVisible())
    assert children_names(window, find(window, *EDITION)) == ["Dinas A", "Dinas B"]


def test_closing_and_reopening_remembers_file_and_layout(qtbot, isolated: Path, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.open_path(small_file)
    first.resize(760, 580)
    first.splitter.setSizes([250, 510])
    qtbot.wait(10)
    sizes = first.splitter.sizes()
    assert sizes[0] < sizes[1] / 1.5  # not the default proportion
    first.close()
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    assert (second.width(), second.height()) == (760, 580)
    assert second.splitter.sizes() == sizes
    assert Settings().last_file() == str(small_file.resolve())
    assert Settings().recent_files()[0] == str(small_file.resolve())
    second.close()


def test_a_read_only_file_cannot_be_edited(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file, read_only=True)
    choose(qtbot, window, *EDITION, "Dinas A")
    assert "hanya-baca" in window.windowTitle()
    for action in (window.act_add_child, window.act_delete, window.act_cut, window.act_rename):
        assert not action.isEnabled()
    assert window.editor.unit_page.name.isReadOnly()
    assert "Hanya-baca" in window.saved_label.text()


def test_file_open_elsewhere_offers_read_only(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from core.lockfile import lock_path_for

    lock_path_for(small_file).write_text(
        json.dumps({"user": "siti", "host": "PC-BIRO-02", "pid": 1, "since": "2026-11-23T08:00:00+07:00"}), encoding="utf-8"
    )
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text() == "Buka hanya-baca":
                button.click()

    QTimer.singleShot(50, answer)
    assert window.open_path(small_file)
    assert seen and "siti" in seen[0] and "PC-BIRO-02" in seen[0]
    assert window.doc is not None and window.doc.store.read_only


def test_a_broken_file_gets_a_dialog_and_the_open_file_stays(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    broken = tmp_path / "rusak.sotk"
    broken.write_bytes(b"PK\x03\x04 not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    assert not window.open_path(broken)
    assert shown and "rusak.sotk" in shown[0]
    assert window.doc is not None and window.doc.store.path == small_file


def test_tree_model_passes_qt_model_tester(qtmodeltester, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    assert window.model is not None
    find(window, *EDITION, "Dinas A", "Bidang X")
    qtmodeltester.check(window.model)


def test_tree_shows_ids_for_selection(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    index = find(window, *EDITION, "Dinas B")
    assert index.data(IdRole) == 5


def test_a_step_that_cannot_be_undone_empties_the_history_and_says_so(
    qtbot, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from core import journal
    from core.errors import RefusedError
    from core.i18n import N_
    from ui.commands import UpdateUnitCommand

    window.open_path(small_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise RefusedError(N_("Kompetensi '{code}' masih dipakai {count} standar atau asesmen."), code="T.01", count=2)

    doc = window.doc
    assert doc is not None
    unit_id = find(window, *EDITION, "Dinas B").data(IdRole)
    assert doc.run(UpdateUnitCommand(doc, unit_id, name="Dinas B Baru"))
    monkeypatch.setattr(journal, "replay", refuse)
    window.act_undo.trigger()
    assert shown == ["Kompetensi 'T.01' masih dipakai 2 standar atau asesmen."]
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0)
    assert not window.act_redo.isEnabled()  # no redo of a step the file never undid
    assert "Riwayat urungkan dikosongkan" in window.statusBar().currentMessage()


def test_taking_over_is_not_offered_while_the_owner_still_runs_on_this_computer(
    qtbot, window: MainWindow, small_file: Path
) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import socket

    from core.lockfile import lock_path_for

    owner = {"user": "siti", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-11-23T08:00:00+07:00"}
    lock_path_for(small_file).write_text(json.dumps(owner), encoding="utf-8")
    take_over_enabled: list[bool] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = {button.text(): button for button in box.findChildren(QPushButton)}
        take_over_enabled.append(buttons["Ambil alih"].isEnabled())
        buttons["Buka hanya-baca"].click()

    QTimer.singleShot(50, answer)
    assert window.open_path(small_file)
    assert take_over_enabled == [False]
    assert window.doc is not None and window.doc.store.read_only


def test_the_view_menu_brings_a_list_forward_instead_of_hiding_it(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.checks_dock.raise_()  # the staff list is tabbed behind the checks panel
    qtbot.waitUntil(lambda: window.staff_dock.visibleRegion().isEmpty())
    action = window.findChild(QAction, "actShow-staffDock")
    action.trigger()
    assert window.staff_dock.isVisible()
    qtbot.waitUntil(lambda: not window.staff_dock.visibleRegion().isEmpty())
    assert window.staff_browser.text.hasFocus()
    action.trigger()  # again: it stays in front
    assert window.staff_dock.isVisible()


def test_tab_leaves_every_table(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    """Tab moves between the window's parts; arrows move inside a table (Tab used to be
    caught by every table, so a keyboard user could not get past one)."""
    from PySide6.QtWidgets import QTableView

    window.open_path(small_file)
    for page in (window.editor.people_page, window.editor.assets_page, window.staff_browser, window.region_assets):
        assert page is not None  # tabs and docks not seen yet are built on first use: build them all
    tables = window.findChildren(QTableView)
    assert len(tables) >= 6
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


def test_arrowing_through_a_drop_down_is_one_undo_step(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.commands import UpdateUnitCommand

    window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    steps = doc.undo_stack.count()
    for kind in ("badan", "inspektorat", "badan"):
        doc.run(UpdateUnitCommand(doc, 1, kind=kind))  # as Down, Down, Up on "Jenis" do
    assert doc.undo_stack.count() == steps + 1
    assert units.get_unit(doc.store, 1).kind == "badan"
    window.act_undo.trigger()
    assert units.get_unit(doc.store, 1).kind == "dinas"  # all the way back in one step
    doc.run(UpdateUnitCommand(doc, 1, name="Dinas A Baru"))
    doc.run(UpdateUnitCommand(doc, 1, name="Dinas A Lagi"))
    assert doc.undo_stack.count() == steps + 2  # typed names stay separate steps


def test_function_statements_move_and_go_by_keyboard(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    from core import unit_content

    window.open_path(small_file)
    store = window.doc.store  # type: ignore[union-attr]
    unit_content.set_functions(store, 3, [unit_content.Function(None, "pertama"), unit_content.Function(None, "kedua")])
    window.select("unit", 4)
    window.select("unit", 3)
    table = window.editor.unit_page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # as in the tree: Alt+↓ moves it down
    assert [f.text for f in unit_content.functions_of(store, 3)] == ["kedua", "pertama"]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [f.text for f in unit_content.functions_of(store, 3)] == ["pertama"]
    assert units.get_unit(store, 3).name == "Bidang X"  # Delete took the statement, not the unit


def test_after_editing_a_statement_in_place_the_keyboard_stays_in_the_table(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    from core import unit_content

    window.open_path(small_file)
    choose(qtbot, window, *EDITION, "Dinas A", "Bidang X")
    page = window.editor.unit_page
    table = page.table
    table.setFocus()
    index = page.functions.index(0, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "pembinaan dan pengawasan koperasi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    store = window.doc.store  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: unit_content.functions_of(store, 3)[0].text == "pembinaan dan pengawasan koperasi")
    assert table.hasFocus()  # the next F2 or arrow acts on the table, not on nothing
    assert table.currentIndex().row() == 0


def test_enter_in_the_filter_goes_to_the_first_unit_found(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.filter.setFocus()
    qtbot.keyClicks(window.filter, "bidang y")
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)
    assert window.selected() == ("unit", 4)  # Bidang Y
    assert window.tree.hasFocus()
    window.filter.setFocus()
    window.filter.clear()
    qtbot.keyClicks(window.filter, "bidang")
    qtbot.keyClick(window.filter, Qt.Key.Key_Down)
    assert window.tree.hasFocus() and window.selected() == ("unit", 4)  # still a match: the choice stays
