"""Turns 'print a report' into a PDF: the dialog, the work in a background thread on its own
read-only connection (progress, Cancel), then the file opened in the system's PDF viewer."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from core.deferred import deferred
from core.errors import Cancelled
from reports.catalog import KINDS, write_report
from reports.page import ReportOptions, Written
from ui.document import Document
from ui.errors import show_error
from ui.i18n import current_language, tr_core, translated
from ui.settings import Settings
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core import regions, units
    from ui.dialogs.report_dialog import ReportDialog, ReportRequest, Scope
else:
    regions, units = deferred("core.regions"), deferred("core.units")


class ReportsController(QObject):
    def __init__(self, window: Any, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.doc: Document | None = None
        self.task: BackgroundTask | None = None

    def attach(self, doc: Document | None) -> None:
        self.doc = doc

    def scope(self) -> Scope | None:
        """What the tree's selection makes the natural scope: its unit, and its edition (the
        edition in force when a region is selected)."""
        if self.doc is None:
            return None
        store = self.doc.store
        selected = self.window.selected()
        unit_id = unit_name = None
        if selected and selected[0] == "unit":
            unit = units.get_unit(store, selected[1])
            unit_id, unit_name, edition_id = unit.id, unit.name, unit.edition_id
        elif selected and selected[0] == "edition":
            edition_id = selected[1]
        else:
            every = regions.list_regions(store)
            if not every:
                return None  # a new, empty file
            region_id = selected[1] if selected else every[0].id
            editions = regions.list_editions(store, region_id)
            if not editions:
                return None
            edition_id = next((e.id for e in editions if e.status == "in_force"), editions[0].id)
        edition = regions.get_edition(store, edition_id)
        region = regions.get_region(store, edition.region_id)
        from ui.dialogs.report_dialog import Scope

        return Scope(edition_id, f"{region.name} ({edition.name})", unit_id, unit_name or "")

    def may_close(self) -> bool:
        """Closing the window while a report is written: ask, then cancel it and wait for its
        thread (a running thread destroyed with the window would abort the program)."""
        if self.task is None:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Laporan sedang ditulis"),
            self.tr("Laporan masih ditulis. Batalkan laporan itu dan tutup SOTK Planner?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.task.stop()
        self.task = None
        return True

    def folder(self) -> Path:
        remembered = self.settings.report_folder()
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def print_from(self, chart_place: Any) -> None:
        """The unit chart's print button (a LazyPage's chart, once built) opens the report
        dialog on that unit with the paper and orientation the chart shows."""
        chart_place.on_built(
            lambda chart: chart.print_asked.connect(
                lambda unit_id: self.open_dialog(
                    "org-chart", unit_id, (chart.paper.currentData(), chart.orientation.currentData())
                )
            )
        )

    def open_dialog(
        self, kind: str | None = None, unit_id: int | None = None, paper: tuple[str, bool | None] | None = None
    ) -> ReportDialog | None:
        """The report dialog for the selection; ``paper`` (size, landscape or None for the
        chart's choice) comes from the Bagan tab so the print is what the tab showed."""
        if unit_id is not None and self.window.selected() != ("unit", unit_id):
            self.window.select("unit", unit_id)
        scope = self.scope()
        if scope is None:
            QMessageBox.information(self.window, self.tr("Cetak laporan"), self.tr("Belum ada edisi untuk dicetak."))
            return None
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self.window, scope, self.folder(), kind)
        if paper is not None:
            dialog.choose_paper(*paper)
        if dialog.exec():
            self.run(dialog.request())
        return dialog

    def run(self, request: ReportRequest) -> None:
        """Write the report in the background; the window stays usable, Cancel stops it."""
        if self.doc is None:
            return
        source = self.doc.store.path
        self.settings.set_report_folder(request.path.parent)

        def work(progress: Progress, cancel: threading.Event) -> Written:
            options = ReportOptions(
                paper=request.paper,
                landscape=request.landscape,
                lampiran=request.lampiran,
                signature=request.signature,
                signer_title=request.signer_title,
                signer_name=request.signer_name,
                sections=request.sections,
                language=current_language(),  # the user guide prints in the window's language
                progress=lambda fraction, message, values: progress(fraction, translated(message, values)),
                cancel=cancel,
            )
            from core.store import open_store

            with open_store(source, read_only=True) as store:
                return write_report(
                    store, request.kind, request.path, options, unit_id=request.unit_id, edition_id=request.edition_id
                )

        title = self.tr("Membuat {report}...").format(report=tr_core(KINDS[request.kind].title))
        self.task = BackgroundTask(self.window, title, work)
        self.task.done.connect(lambda written: self._done(written, request))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _done(self, written: Written, request: ReportRequest) -> None:
        self.task = None
        message = self.tr("Laporan ditulis: {path} ({pages} halaman)").format(path=written.path, pages=written.pages)
        self.window.statusBar().showMessage(message, 15000)
        if written.notes:
            QMessageBox.information(self.window, self.tr("Catatan laporan"), "\n".join(written.notes))
        if request.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(written.path)):
            QMessageBox.information(
                self.window,
                self.tr("Cetak laporan"),
                self.tr(
                    "Laporan sudah ditulis, tetapi tidak ada program untuk membuka PDF di komputer ini.\nBerkasnya: {path}"
                ).format(path=written.path),
            )

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(self.tr("Laporan dibatalkan; tidak ada berkas yang ditulis."), 8000)
        else:
            show_error(self.window if isinstance(self.window, QWidget) else None, exc)
