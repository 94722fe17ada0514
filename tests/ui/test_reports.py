"""Reports through the window: the chart tab, the report dialog, the PDF written in the
background and opened, a cancelled report leaving nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow

from .test_people import in_dialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toLocalFile()) or True)
    return urls


def test_the_chart_tab_draws_the_unit_and_its_sub_units(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("unit", 1)  # Dinas A: Sekretariat, Bidang X, Bidang Y
    window.editor.unit_tabs.setCurrentIndex(3)
    chart = window.editor.chart
    assert chart.page is not None
    assert sorted(b.unit_id for b in chart.page.boxes) == [1, 2, 3, 4]
    assert chart.summary.text() == "4 unit"
    assert len(chart.scene.items()) == 1
    window.select("unit", 5)  # the tab follows the selection, once the user stops on a unit
    qtbot.waitUntil(chart.settled)
    assert [b.unit_id for b in chart.page.boxes] == [5]


def test_printing_the_chart_writes_the_pdf_and_opens_it(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("unit", 1)
    window.editor.unit_tabs.setCurrentIndex(3)
    chart = window.editor.chart
    chart.paper.setCurrentIndex(chart.paper.findData("F4"))  # the paper seen in the tab ...
    chart.orientation.setCurrentIndex(2)  # ... landscape
    target = tmp_path / "bagan dinas a.pdf"

    def fill(dialog: ReportDialog) -> None:
        assert dialog.kind.currentData() == "org-chart" and dialog.unit.isChecked()
        assert dialog.path.text().endswith("bagan-struktur-organisasi-dinas-a.pdf")
        assert (dialog.paper.currentData(), dialog.orientation.currentData()) == ("F4", True)  # ... is the one printed
        dialog.path.setText(str(target))
        dialog.lampiran.setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, fill)
    qtbot.mouseClick(window.editor.chart.print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10_000)
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "BIDANG X" in text and "LAMPIRAN" in text
    assert "Laporan ditulis" in window.statusBar().currentMessage()


def test_the_region_structure_list_from_the_menu(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, opened: list[str]
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("region", 1)
    target = tmp_path / "daftar.pdf"

    def fill(dialog: ReportDialog) -> None:
        assert dialog.kind.currentData() == "structure"
        assert dialog.whole.isChecked() and not dialog.unit.isEnabled()
        dialog.path.setText(str(tmp_path / "tidak-ada" / "x.pdf"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "tidak ada" in dialog.error.text()
        dialog.path.setText(str(target))
        dialog.open_after.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, fill)
    next(a for a in window.report_actions if a.objectName() == "actReport-structure").trigger()
    qtbot.waitUntil(lambda: target.exists() and window.reports.task is None, timeout=10_000)
    assert opened == []
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    for name in ("Dinas A", "Sekretariat", "Bidang X", "Bidang Y", "Dinas B", "pembinaan koperasi"):
        assert name in text


def test_a_cancelled_report_writes_nothing(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.report_dialog import ReportRequest
    from ui.worker import BackgroundTask

    started = BackgroundTask.start

    def cancelled_at_once(task: BackgroundTask) -> None:
        task._job.cancel.set()  # as the progress dialog's Cancel does, before the first step
        started(task)

    monkeypatch.setattr(BackgroundTask, "start", cancelled_at_once)
    window.open_path(small_file)
    target = tmp_path / "batal.pdf"
    window.reports.run(ReportRequest("org-chart", None, 1, "A4", None, False, False, "", "", target, True))
    qtbot.waitUntil(lambda: window.reports.task is None, timeout=10_000)
    assert not target.exists() and list(tmp_path.glob(".*.part")) == []
    assert "dibatalkan" in window.statusBar().currentMessage() and opened == []


def test_the_dialog_shows_the_meeting_pack_sections_only_for_the_meeting_pack(
    qtbot, window: MainWindow, small_file: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.report_dialog import Scope

    window.show()
    dialog = ReportDialog(window, Scope(1, "Provinsi Uji (Perda 1/2024)"), Path.home(), "org-chart")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lampiran.isVisible() and not dialog.sections["findings"].isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting-pack"))
    assert dialog.sections["findings"].isVisible() and not dialog.lampiran.isVisible()
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "sedikitnya satu bagian" in dialog.error.text()
    dialog.sections["assets"].setChecked(True)
    assert dialog.request().sections == ("assets",)


def test_printing_from_an_empty_file_says_there_is_nothing_yet(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from core.store import create_store

    create_store(tmp_path / "kosong.sotk").close()
    window.open_path(tmp_path / "kosong.sotk")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    window.act_report.trigger()
    assert told == ["Belum ada edisi untuk dicetak."]


def test_without_a_pdf_viewer_the_user_is_told_where_the_file_is(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.report_dialog import ReportRequest

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    window.open_path(small_file)
    target = tmp_path / "bagan.pdf"
    window.reports.run(ReportRequest("org-chart", 1, None, "A4", None, False, False, "", "", target, True))
    qtbot.waitUntil(lambda: window.reports.task is None, timeout=10_000)
    assert target.exists() and told and str(target) in told[0]


def test_closing_the_window_while_a_report_is_written_asks_and_stops_it(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    from PySide6.QtWidgets import QMessageBox

    from core.errors import Cancelled
    from ui.controllers import reports as reports_controller
    from ui.dialogs.report_dialog import ReportRequest

    writing = threading.Event()

    def slow_report(store, kind, path, options, **_kw):  # type: ignore[no-untyped-def]
        writing.set()
        while not options.cancel.is_set():  # a long register being laid out
            time.sleep(0.01)
        raise Cancelled()

    monkeypatch.setattr(reports_controller, "write_report", slow_report)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    window.open_path(small_file)
    window.reports.run(ReportRequest("assets", None, 1, "A4", None, False, False, "", "", tmp_path / "aset.pdf", False))
    assert writing.wait(5)
    window.close()  # "No": the window stays and the report goes on
    assert window.isVisible() and window.reports.task is not None
    window.close()  # "Yes": the report is cancelled, its thread ended, the window closed
    assert not window.isVisible() and window.reports.task is None
    assert not (tmp_path / "aset.pdf").exists()
