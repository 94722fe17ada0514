"""The restructuring window on the sample's draft (edition 2 in the province): the drafts,
a decision changed and undone, the life cycle, a refused apply, the apply and its undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.restructure.apply import left_in_archive
from ui.dialogs.restructure import RestructureDialog
from ui.main_window import MainWindow


def _open(qtbot: Any, window: MainWindow, path: Path) -> RestructureDialog:
    assert window.open_path(path)
    window.act_restructure.trigger()
    dialog = window.restructure.dialog
    assert dialog is not None
    _settle(qtbot, window)
    return dialog


def _settle(qtbot: Any, window: MainWindow) -> None:
    """Wait for the background change (if any) and the dialog's re-read after it."""
    assert window.doc is not None
    window.doc.wait()
    qtbot.waitUntil(lambda: not window.restructure.loading and window.restructure.dialog.view is not None, timeout=20000)


def _row_of(dialog: RestructureDialog, name: str) -> int:
    rows = [r for r, row in enumerate(dialog.mapping_model.rows) if row.name == name]
    assert rows, name
    return rows[0]


def _cell(dialog: RestructureDialog, row: int, column: int) -> str:
    return str(dialog.mapping_model.index(row, column).data())


def _select(dialog: RestructureDialog, row: int) -> None:
    index = dialog.mapping_proxy.mapFromSource(dialog.mapping_model.index(row, 0))
    dialog.mapping.selectRow(index.row())


def _placements(store: Any) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]], list[tuple[int, str]]]:
    conn = store.conn
    staff = conn.execute("SELECT id, unit_id, position_id FROM staff ORDER BY id").fetchall()
    assets = conn.execute("SELECT id, unit_id FROM assets ORDER BY id").fetchall()
    editions = conn.execute("SELECT id, status FROM editions ORDER BY id").fetchall()
    return staff, assets, editions


def test_drafts_mapping_approval_and_apply_with_undo(
    qtbot: Any, window: MainWindow, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window, sample_copy)
    assert window.doc is not None
    store = window.doc.store

    # The sample's draft with its status and its first step.
    assert dialog.drafts_model.rowCount() == 1
    assert "Rancangan Perda" in dialog.drafts_model.index(0, 0).data()
    assert dialog.drafts_model.index(0, 1).data() == "draf"
    assert dialog.history_model.rowCount() == 1
    assert dialog.undecided_label.text() == "Semua unit sudah diputuskan"
    # Every unit of the edition in force is a row; the merged dinas shows its proposal and decision.
    in_force = store.conn.execute("SELECT count(*) FROM units WHERE edition_id = 1").fetchone()[0]
    assert dialog.mapping_model.rowCount() == in_force
    merged = _row_of(dialog, "Dinas Tanaman Pangan dan Hortikultura")
    assert _cell(dialog, merged, 1) == "digabung ke"
    assert _cell(dialog, merged, 5) == "digabung ke"
    target = _cell(dialog, merged, 6)
    assert target and target == _cell(dialog, merged, 2)
    # The impact: totals per PD and the people who wait on the bench.
    assert dialog.source_model.rowCount() > 0 and dialog.target_model.rowCount() > 0
    staff_total = store.conn.execute("SELECT count(*) FROM staff WHERE unit_id IS NOT NULL").fetchone()[0]
    assert f"{staff_total} pegawai" in dialog.totals.text()

    # Change a decision, then undo it.
    _select(dialog, merged)
    dialog.action.setCurrentIndex(dialog.action.findData("dissolved"))
    qtbot.mouseClick(dialog.findChild(type(dialog.apply_button), "decide"), Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    merged = _row_of(dialog, "Dinas Tanaman Pangan dan Hortikultura")
    assert _cell(dialog, merged, 5) == "dibubarkan"
    assert _cell(dialog, merged, 6) == ""
    window.act_undo.trigger()
    _settle(qtbot, window)
    merged = _row_of(dialog, "Dinas Tanaman Pangan dan Hortikultura")
    assert (_cell(dialog, merged, 5), _cell(dialog, merged, 6)) == ("digabung ke", target)

    # The life cycle: in review, then approved, each step in the history.
    dialog.step_buttons["in_review"].click()
    dialog.step_buttons["approved"].click()
    _settle(qtbot, window)
    assert dialog.drafts_model.index(0, 1).data() == "disetujui"
    assert dialog.history_model.rowCount() == 3
    assert dialog.apply_button.isEnabled()

    # An undecided unit refuses the apply, with the list, and nothing changes.
    before = _placements(store)
    _select(dialog, merged)
    dialog.findChild(type(dialog.apply_button), "clearDecision").click()
    _settle(qtbot, window)
    assert dialog.undecided_label.text().endswith("unit belum diputuskan")
    assert dialog.mapping_model.rows[merged].state == "undecided"
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    dialog.apply_button.click()
    assert warned and "Dinas Tanaman Pangan dan Hortikultura" in warned[0]
    assert _placements(store) == before
    window.act_undo.trigger()
    _settle(qtbot, window)
    assert dialog.undecided_label.text() == "Semua unit sudah diputuskan"

    # Apply in the background: the old edition archived, staff and assets in the new units.
    assert dialog.view is not None
    bench = dialog.view.totals["bench"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    _settle(qtbot, window)
    editions = dict(store.conn.execute("SELECT id, status FROM editions").fetchall())
    assert editions[1] == "archived" and editions[2] == "in_force"
    assert dialog.drafts_model.index(0, 1).data() == "diterapkan"
    assert left_in_archive(store, 1) == {"staff": 0, "positions": 0, "assets": 0}
    in_draft = store.conn.execute(
        "SELECT count(*) FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.edition_id = 2"
    ).fetchone()[0]
    assert in_draft == staff_total - bench
    assert store.conn.execute("SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id WHERE u.edition_id = 2").fetchone()[
        0
    ] == len(before[1])
    # The tree now marks the draft as the edition in force and the old one as archived.
    assert window.model is not None
    assert "[berlaku]" in window.model.index_for("edition", 2).data()
    assert "[arsip]" in window.model.index_for("edition", 1).data()

    # Undo the apply: the file as before.
    window.act_undo.trigger()
    _settle(qtbot, window)
    assert _placements(store) == before
    assert dialog.drafts_model.index(0, 1).data() == "disetujui"
    assert "[berlaku]" in window.model.index_for("edition", 1).data()


def test_a_new_draft_starts_from_the_edition_in_force(
    qtbot: Any, window: MainWindow, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window, sample_copy)
    from ui.dialogs import restructure

    def filled(self: restructure.NewDraftDialog) -> int:
        self.name.setText("Draf kedua")
        self.legal_basis.setText("Rancangan Perda 2028")
        return 1

    monkeypatch.setattr(restructure.NewDraftDialog, "exec", filled)
    dialog.findChild(type(dialog.apply_button), "newDraft").click()
    _settle(qtbot, window)
    assert dialog.drafts_model.rowCount() == 2
    assert dialog.current_draft() is not None and dialog.current_draft().name == "Draf kedua"
    assert dialog.drafts_model.index(1, 2).data() == "Rancangan Perda 2028"
    # A fresh copy: every unit is proposed as kept and nothing is decided yet.
    assert "belum diputuskan" in dialog.undecided_label.text()
    assert {row.proposed for row in dialog.mapping_model.rows} == {"tetap"}
    window.act_undo.trigger()
    _settle(qtbot, window)
    assert dialog.drafts_model.rowCount() == 1


def test_a_target_chosen_in_the_unit_chooser_and_a_mapping_sheet(
    qtbot: Any, window: MainWindow, sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    dialog = _open(qtbot, window, sample_copy)
    row = _row_of(dialog, "Dinas Perkebunan dan Peternakan")
    old_target = _cell(dialog, row, 6)
    _select(dialog, row)
    dialog.action.setCurrentIndex(dialog.action.findData("moved"))
    picked: list[str] = []

    def choose() -> None:  # the chooser is modal: pick 'Sekretariat Daerah' of the draft and accept
        chooser = window.restructure.chooser
        chooser.search.setText("Sekretariat Daerah")
        chooser.list.setCurrentIndex(chooser.proxy.index(0, 0))
        picked.append(str(chooser.proxy.index(0, 0).data()).strip())
        chooser.accept()

    QTimer.singleShot(0, choose)
    dialog.findChild(type(dialog.apply_button), "decide").click()
    _settle(qtbot, window)
    row = _row_of(dialog, "Dinas Perkebunan dan Peternakan")
    assert picked == ["Sekretariat Daerah"]
    assert (_cell(dialog, row, 5), _cell(dialog, row, 6)) == ("dipindah ke", "Sekretariat Daerah")
    window.act_undo.trigger()
    _settle(qtbot, window)
    assert _cell(dialog, _row_of(dialog, "Dinas Perkebunan dan Peternakan"), 6) == old_target

    # A sheet naming a unit that does not exist is refused, naming its row; nothing changes.
    bad = tmp_path / "pemetaan.csv"
    bad.write_text(
        "unit lama,tindakan,unit baru\nDinas Perkebunan dan Peternakan,bubar,\nDinas Yang Tidak Ada,tetap,Inspektorat\n"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    dialog.findChild(type(dialog.apply_button), "loadSheet").click()
    _settle(qtbot, window)
    assert warned and "Baris 3" in warned[0]
    assert _cell(dialog, _row_of(dialog, "Dinas Perkebunan dan Peternakan"), 6) == old_target
    # The good sheet lands as one undoable step.
    bad.write_text("unit lama,tindakan,unit baru\nDinas Perkebunan dan Peternakan,bubar,\n")
    dialog.findChild(type(dialog.apply_button), "loadSheet").click()
    _settle(qtbot, window)
    row = _row_of(dialog, "Dinas Perkebunan dan Peternakan")
    assert (_cell(dialog, row, 5), _cell(dialog, row, 6)) == ("dibubarkan", "")
    assert window.doc is not None and "Muat lembar pemetaan" in window.doc.undo_stack.undoText()


def test_a_region_without_drafts_starts_one_and_its_undo_empties_the_window(
    qtbot: Any, window: MainWindow, small_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs import restructure

    assert window.open_path(small_file)
    window.act_restructure.trigger()
    dialog = window.restructure.dialog
    assert dialog is not None
    assert "Belum ada draf penataan" in dialog.state.text()
    assert not dialog.step_buttons["in_review"].isEnabled() and not dialog.apply_button.isEnabled()

    def filled(self: restructure.NewDraftDialog) -> int:
        self.name.setText("Penataan 2027")
        return 1

    monkeypatch.setattr(restructure.NewDraftDialog, "exec", filled)
    dialog.findChild(type(dialog.apply_button), "newDraft").click()
    _settle(qtbot, window)
    assert [row.name for row in dialog.mapping_model.rows] == ["Dinas A", "Sekretariat", "Bidang X", "Bidang Y", "Dinas B"]
    assert dialog.undecided_label.text() == "5 unit belum diputuskan"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not window.restructure.loading)
    assert dialog.drafts_model.rowCount() == 0 and dialog.mapping_model.rowCount() == 0
    assert "Belum ada draf penataan" in dialog.state.text()
