"""Excel export through the window: Berkas → Ekspor ke Excel (the dialog, its file chooser,
the book written in the background and opened) and "Ekspor ke Excel..." in the context menu
of a list, which exports what the list shows."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu, QPushButton

from ui.dialogs.excel_dialog import ExcelDialog
from ui.main_window import MainWindow

from .test_people import in_dialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toLocalFile()) or True)
    return urls


def test_the_file_menu_exports_the_unit_chosen(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("unit", 3)  # Bidang X
    target = tmp_path / "pilihan saya.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "pilihan saya"), ""))

    def fill(dialog: ExcelDialog) -> None:
        assert dialog.unit.isChecked() and "Bidang X" in dialog.unit.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("structure"))
        assert dialog.path.text().endswith("struktur-organisasi-bidang-x.xlsx")
        if os.environ.get("SOTK_SCREENSHOTS"):
            dialog.grab().save(os.path.join(os.environ["SOTK_SCREENSHOTS"], "excel_dialog.png"))
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Pilih...").click()  # the file chooser
        assert dialog.path.text() == str(target)  # .xlsx added
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, fill)
    window.act_export.trigger()
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=20_000)
    sheet = openpyxl.load_workbook(target)["Struktur"]
    top = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "No.")
    names = [sheet.cell(row, 3).value for row in range(top + 1, sheet.max_row + 1)]
    assert names == ["Bidang X"]
    assert "Unit: Bidang X" in [sheet.cell(row, 1).value for row in range(1, 5)]
    assert "Berkas Excel ditulis" in window.statusBar().currentMessage()


def test_the_dialog_refuses_a_missing_folder(qtbot, window: MainWindow, small_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("region", 1)

    def fill(dialog: ExcelDialog) -> None:
        assert dialog.whole.isChecked() and not dialog.unit.isEnabled()
        dialog.path.setText(str(tmp_path / "tidak-ada" / "x.xlsx"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "tidak ada" in dialog.error.text()
        dialog.reject()

    in_dialog(qtbot, fill)
    window.act_export.trigger()
    assert not (tmp_path / "tidak-ada").exists()


def _choose_from_context_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a context menu blocks; this one picks "Ekspor ke Excel..." at once."""

    class Picking(QMenu):
        def exec(self, *args: Any) -> None:  # type: ignore[override]
            [action] = [a for a in self.actions() if a.objectName() == "actExportList"]
            assert action.isEnabled()
            action.trigger()

    monkeypatch.setattr("ui.controllers.excel.QMenu", Picking)


def test_the_staff_list_context_menu_exports_what_the_list_shows(
    qtbot, window: MainWindow, sample_copy: Path, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    browser = window.staff_browser
    window.bring_forward(window.staff_dock, browser.text)
    qtbot.waitUntil(lambda: browser.model is not None and browser.model.rowCount() > 0, timeout=10_000)
    browser.status.setCurrentIndex(browser.status.findData("PPPK"))
    shown = browser.model.rowCount()
    assert shown > 0
    target = tmp_path / "pppk.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _choose_from_context_menu(monkeypatch)
    browser.view.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=30_000)
    sheet = openpyxl.load_workbook(target)["Pegawai"]
    top = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "NIP")
    statuses = [sheet.cell(row, 5).value for row in range(top + 1, sheet.max_row + 1)]
    assert len(statuses) == shown and set(statuses) == {"PPPK"}
    assert all(sheet.cell(row, 1).data_type == "s" for row in range(top + 1, sheet.max_row + 1))


def test_the_checks_panel_context_menu_exports_the_findings_shown(
    qtbot, window: MainWindow, sample_copy: Path, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    panel = window.checks_panel
    window.act_run_checks.trigger()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60_000)
    panel.severity.setCurrentIndex(panel.severity.findData("error"))
    shown = panel.open_filter.rowCount()
    target = tmp_path / "temuan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _choose_from_context_menu(monkeypatch)
    panel.open_view.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=20_000)
    sheet = openpyxl.load_workbook(target)["Temuan"]
    top = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "Tingkat")
    assert [sheet.cell(row, 1).value for row in range(top + 1, sheet.max_row + 1)] == ["Galat"] * shown


def test_the_asset_list_context_menu_exports_its_kib(
    qtbot, window: MainWindow, sample_copy: Path, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(sample_copy)
    page = window.region_assets
    window.bring_forward(window.assets_dock, page.text)
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 0, timeout=10_000)
    page.kib.setCurrentIndex(page.kib.findData("C"))
    shown = page.model.rowCount()
    target = tmp_path / "kib-c.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _choose_from_context_menu(monkeypatch)
    page.view.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=20_000)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["KIB C"]
    sheet = book["KIB C"]
    top = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "KIB")
    assert sheet.max_row - top == shown
    value = sheet.cell(top + 1, 6)
    assert value.data_type == "n" and value.number_format == "#,##0.00"
