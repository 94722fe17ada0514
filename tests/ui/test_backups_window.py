"""Backups seen from the window: one before a bulk change, Berkas → Pulihkan dari cadangan...,
and the settings for where they go and how many are kept."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core import backups, regions
from ui.dialogs.backups import BackupSettingsDialog, RestoreBackupDialog
from ui.main_window import MainWindow


def test_restoring_a_backup_from_the_menu(qtbot, window: MainWindow, small_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    made = backups.backup_before_change(doc.store, "Pindahkan 40 pegawai")
    regions.create_region(doc.store, "Kota Sesudah Cadangan", "kota")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreBackupDialog)
        table = dialog.table
        seen.append([table.item(0, column).text() for column in range(table.columnCount())])
        if os.environ.get("SOTK_SCREENSHOTS"):
            dialog.grab().save(os.path.join(os.environ["SOTK_SCREENSHOTS"], "restore_dialog.png"))
        table.selectRow(0)
        dialog.restore.click()

    QTimer.singleShot(50, choose)
    window.act_restore.trigger()
    when, size, change, name = seen[0]
    assert change == "Pindahkan 40 pegawai" and name == made.name
    assert "Desember" in when or "20" in when
    assert size.endswith("B")
    assert asked and "Pindahkan 40 pegawai" in asked[0] and "cadangan baru" in asked[0]
    assert window.doc is not None and not window.doc.store.read_only
    assert "Kota Sesudah Cadangan" not in {r.name for r in regions.list_regions(window.doc.store)}
    assert "Dipulihkan" in window.statusBar().currentMessage()
    listed = backups.list_backups(small_file)
    assert any(b.reason_params.get("name") == made.name for b in listed)  # what was there is a backup now


def test_a_file_without_backups_says_where_they_will_be(qtbot, window: MainWindow, small_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    assert window.open_path(small_file)
    window.act_restore.trigger()
    assert shown and "Belum ada cadangan" in shown[0] and str(small_file.parent) in shown[0]


def test_backup_settings_choose_the_folder_and_how_many(qtbot, window: MainWindow, small_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cadangan"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupSettingsDialog)
        dialog.keep.setValue(2)
        dialog.in_folder.setChecked(True)
        dialog.folder.setText(str(folder))
        dialog._save()

    QTimer.singleShot(50, fill)
    window.act_backup_settings.trigger()
    assert window.settings.backup_keep() == 2 and window.settings.backup_folder() == folder
    assert window.open_path(small_file)
    assert window.doc is not None
    for number in range(3):
        backups.backup_before_change(window.doc.store, f"langkah {number}")
    assert [b.reason_params["label"] for b in backups.list_backups(small_file)] == ["langkah 2", "langkah 1"]
    assert all(b.path.parent == folder for b in backups.list_backups(small_file))
    window.settings.set_backup_folder(None)
    window.settings.set_backup_keep(backups.DEFAULT_KEEP)


def test_a_bulk_change_is_preceded_by_a_backup(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    from core import assets
    from ui.commands.assets import MoveAssetsCommand

    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    units = {r["name"]: r["id"] for r in doc.store.rows("SELECT id, name FROM units")}
    laptop = assets.create_asset(doc.store, units["Bidang X"], "B", "1.3.2.10.01.02.001", "Laptop").id
    assert backups.list_backups(small_file) == []
    assert doc.run(MoveAssetsCommand(doc, [laptop], units["Dinas B"], "2026-12-01", "BAST 1/2026", ""))
    qtbot.waitUntil(lambda: not doc.busy)
    [made] = backups.list_backups(small_file)
    assert backups.reason_text(made) == "Pindahkan 1 aset"
    with backups.sqlite3.connect(made.path) as conn:  # the backup holds the file before the move
        assert conn.execute("SELECT unit_id FROM assets WHERE id = ?", (laptop,)).fetchone()[0] == units["Bidang X"]
    conn.close()
    assert assets.get_asset(doc.store, laptop).unit_id == units["Dinas B"]
