"""Errors never reach the user as tracebacks; recent files and new files work from the menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import RefusedError
from ui import errors
from ui.main_window import MainWindow
from ui.paths import log_path


def test_our_bug_gets_an_apology_with_details_and_a_log_entry(qtbot, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    errors.setup_logging()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise ZeroDivisionError("oops in a slot")
    except ZeroDivisionError as exc:
        errors.show_error(None, exc)
    [box] = shown
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Maaf" in box.text()
    assert "ZeroDivisionError: oops in a slot" in box.detailedText()
    assert "oops in a slot" in log_path().read_text(encoding="utf-8")


def test_the_log_is_kept_small_and_its_older_parts_kept(isolated: Path) -> None:
    """A log past 1 MB moves aside as .1 (then .2, .3) and a new one begins; the fourth is dropped."""
    import logging

    handler = errors._RotatingLog(isolated / "sotk.log")
    record = logging.LogRecord("sotk", logging.INFO, __file__, 1, "x" * 1000, None, None)
    try:
        for _ in range(errors.LOG_BYTES * (errors.LOG_FILES_KEPT + 2) // 1000):
            handler.emit(record)
    finally:
        handler.close()
    logs = sorted(path.name for path in isolated.glob("sotk.log*"))
    assert logs == ["sotk.log", "sotk.log.1", "sotk.log.2", "sotk.log.3"]
    assert all((isolated / name).stat().st_size <= errors.LOG_BYTES + 2000 for name in logs)


def test_a_refusal_is_a_plain_warning(qtbot, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    errors.show_error(None, RefusedError("Unit '{name}' tidak dapat dihapus.", name="Dinas <A> & B"))
    assert told == [("Tidak dapat dilakukan", "Unit 'Dinas <A> & B' tidak dapat dihapus.")]


def test_recent_files_menu_lists_the_last_opened_first(qtbot, window: MainWindow, small_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "lain.sotk"
    other.write_bytes(small_file.read_bytes())
    window.open_path(small_file)
    window.open_path(other)
    window.recent_menu.aboutToShow.emit()  # as when the menu opens
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts[0].endswith("lain.sotk") and texts[1].endswith("kecil.sotk")
    window.recent_menu.actions()[1].trigger()
    assert window.doc is not None and window.doc.store.path.name == "kecil.sotk"


def test_new_file_starts_with_a_region_of_the_users_choice(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kabupaten-baru"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    from ui.dialogs.new_region import NewRegionDialog

    def fill(dialog: NewRegionDialog) -> int:
        dialog.name.setText("Kabupaten Kayong Utara")
        dialog.kind.setCurrentIndex(dialog.kind.findData("kabupaten"))
        return 1

    monkeypatch.setattr(NewRegionDialog, "exec", fill)
    window.act_new.trigger()
    assert window.doc is not None and window.doc.store.path == target.with_suffix(".sotk")
    model = window.model
    assert model is not None
    region = model.index(0, 0)
    assert region.data() == "Kabupaten Kayong Utara"
    assert model.index(0, 0, region).data().startswith("Struktur yang berlaku")
    window.act_undo.trigger()
    assert model.rowCount() == 0


def test_a_new_file_left_without_a_region_says_how_to_start(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kosong"), ""))
    from ui.dialogs.new_region import NewRegionDialog

    calls: list[int] = []
    monkeypatch.setattr(NewRegionDialog, "exec", lambda _self: calls.append(1) or 0)  # the user presses Batal
    window.act_new.trigger()
    assert window.model is not None and window.model.rowCount() == 0
    assert "belum berisi wilayah" in window.editor.hint.text()
    assert window.editor.new_region.isVisibleTo(window.editor)
    window.editor.new_region.click()  # offers the same dialog again
    assert calls == [1, 1]
