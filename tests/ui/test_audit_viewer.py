"""Tampilan → Riwayat perubahan: the changes a user made, filtered and exported."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction

from core import regions
from ui.commands import UpdateUnitCommand
from ui.main_window import MainWindow
from ui.models.audit_log import AuditLogModel
from ui.models.structure_tree import IdRole


def unit_index(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    """The tree's row of a unit, searched breadth-first (the tree fetches children as asked)."""
    assert window.model is not None
    model = window.model
    queue = [QModelIndex()]
    while queue:
        parent = queue.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(Qt.ItemDataRole.EditRole) == name:
                return index
            queue.append(index)
    raise AssertionError(name)


def texts(model: AuditLogModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def open_viewer(window: MainWindow) -> AuditLogModel:
    window.findChild(QAction, "actShow-auditDock").trigger()
    model = window.audit.panel.model
    assert model is not None
    return model


def test_the_viewer_shows_each_change_with_before_and_after(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    dinas = unit_index(window, "Dinas A").data(IdRole)
    assert doc.run(UpdateUnitCommand(doc, dinas, name="Dinas A Baru"))
    model = open_viewer(window)
    assert window.audit_dock.isVisible()
    first = [model.index(0, column).data() for column in range(5)]
    assert first[2] == "ubah" and first[3] == f"unit {dinas} · Dinas A Baru"
    assert first[4] == "Nama: Dinas A → Dinas A Baru"
    assert first[1] and first[0][:4].isdigit()
    window.audit.panel.view.selectRow(0)
    assert "Nama: Dinas A → Dinas A Baru" in window.audit.panel.detail.toPlainText()

    regions.create_region(doc.store, "Kota Lain", "kota")  # a change made elsewhere shows after the next change here
    assert doc.run(UpdateUnitCommand(doc, dinas, name="Dinas A"))
    assert model.index(0, 4).data() == "Nama: Dinas A Baru → Dinas A"
    assert "wilayah" in " ".join(texts(model, 3))
    if os.environ.get("SOTK_SCREENSHOTS"):
        window.resize(1400, 900)
        window.audit_dock.widget().grab().save(os.path.join(os.environ["SOTK_SCREENSHOTS"], "audit_viewer_small.png"))


def test_filtering_by_unit_takes_its_sub_units_and_says_what_it_leaves_out(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    bidang = unit_index(window, "Bidang X").data(IdRole)
    dinas_b = unit_index(window, "Dinas B").data(IdRole)
    assert doc.run(UpdateUnitCommand(doc, bidang, notes="dicatat"))
    assert doc.run(UpdateUnitCommand(doc, dinas_b, notes="lain"))
    model = open_viewer(window)
    window.tree.setCurrentIndex(unit_index(window, "Dinas A"))
    window.audit.panel.by_unit.setChecked(True)
    model = window.audit.panel.model
    assert model is not None
    qtbot.waitUntil(lambda: model.exhausted)
    records = texts(model, 3)
    assert f"unit {bidang} · Bidang X" in records
    assert not any(f"unit {dinas_b} " in r for r in records)
    assert not any(r.startswith("wilayah") or r.startswith("edisi") for r in records)
    assert "Dinas A" in window.audit.panel.note.text() and "tidak tampil" in window.audit.panel.note.text()

    window.tree.setCurrentIndex(unit_index(window, "Dinas B"))  # the filter follows the tree
    qtbot.waitUntil(lambda: model.exhausted)
    assert {r.split(" · ")[0] for r in texts(model, 3)} == {f"unit {dinas_b}"}


def test_user_and_action_lists_and_dates(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    assert doc.run(UpdateUnitCommand(doc, unit_index(window, "Dinas B").data(IdRole), notes="x"))
    model = open_viewer(window)
    panel = window.audit.panel
    assert panel.action.count() == 1  # read only when the list is opened
    panel.action.showPopup()
    panel.action.hidePopup()
    actions = [panel.action.itemText(i) for i in range(panel.action.count())]
    assert "ubah" in actions and "tambah" in actions  # in words, not the log's code words
    panel.action.setCurrentIndex(actions.index("ubah"))
    assert panel.action.currentData() == "update"
    qtbot.waitUntil(lambda: model.exhausted)
    assert set(texts(model, 2)) == {"ubah"}
    panel.action.setCurrentIndex(0)
    from PySide6.QtCore import QDate

    panel.since.setDate(QDate.currentDate().addDays(1))
    qtbot.waitUntil(lambda: model.exhausted)
    assert model.rowCount() == 0


def test_exporting_to_csv_for_an_indonesian_excel(qtbot, window: MainWindow, small_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    assert doc.run(UpdateUnitCommand(doc, unit_index(window, "Dinas B").data(IdRole), name="Dinas B; Baru"))
    model = open_viewer(window)
    target = tmp_path / "riwayat.csv"
    window.audit.panel.write_csv(target)
    qtbot.waitUntil(lambda: window.audit.panel.task is None)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["id", "waktu", "pengguna", "tindakan"]
    qtbot.waitUntil(lambda: model.exhausted)
    assert len(rows) - 1 == doc.store.scalar("SELECT count(*) FROM audit_log")
    assert rows[1][3] == "update" and rows[1][7] == "Nama: Dinas B → Dinas B; Baru"


def test_audit_model_passes_qt_model_tester(qtmodeltester, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    model = open_viewer(window)
    qtmodeltester.check(model)


def test_every_change_the_sample_records_is_named_in_indonesian(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """The sample's plans and restructuring draft showed 'place', 'map' and 'Accepted proposals'."""
    from core.validation import FIELD_LABELS
    from ui.models.audit_log import ACTION_LABELS, ENTITY_LABELS

    assert window.open_path(sample_copy)
    store = window.doc.store  # type: ignore[union-attr]
    actions = {a for (a,) in store.conn.execute("SELECT DISTINCT action FROM audit_log")}
    entities = {e for (e,) in store.conn.execute("SELECT DISTINCT entity FROM audit_log")}
    assert actions - set(ACTION_LABELS) == set()
    assert entities - set(ENTITY_LABELS) == set()
    fields: set[str] = set()
    for before, after in store.conn.execute(
        "SELECT before, after FROM audit_log WHERE action != 'set_standard'"
    ):  # keyed by competency code
        for text in (before, after):
            value = json.loads(text) if text and text.startswith("{") else None
            fields |= set(value) if isinstance(value, dict) else set()
    assert fields - set(FIELD_LABELS) == set()
