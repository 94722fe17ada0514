"""Turns 'export to Excel' into an .xlsx: *Berkas → Ekspor ke Excel* (a dialog: which list, for
what, where) and "Ekspor ke Excel..." in the context menu of the staff lists, the asset lists
and the checks panel (what that list shows, with its filter). The book is written in a
background thread on its own read-only connection (progress, Cancel), then opened."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTableView, QWidget

from core.errors import Cancelled
from ui.document import Document
from ui.errors import show_error
from ui.models.findings import FindingRole
from ui.settings import Settings
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core.checks.model import Finding
    from core.excel.export import Exported
    from core.store import Store

Work = Callable[["Store", Progress, threading.Event], "Exported"]


def _exports() -> ModuleType:
    """The export code (with XlsxWriter), imported when a first export is asked for, not at start."""
    import core.excel.export

    return core.excel.export


class ExcelController(QObject):
    def __init__(self, window: Any, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.doc: Document | None = None
        self.task: BackgroundTask | None = None
        self.menu_extras: list[Callable[[QMenu, QTableView], None]] = []  # other entries of the lists' menus (import)
        # Lists built when first seen get their menu item then.
        window.editor.people_tab.on_built(lambda page: self._offer_in_menu(page.staff_view, lambda: self._staff_list(page.staff)))
        window.staff_list.on_built(lambda page: self._offer_in_menu(page.view, lambda: self._staff_list(page.model)))
        for place in (window.editor.assets_tab, window.asset_list):
            place.on_built(lambda page: self._offer_in_menu(page.view, lambda: self._asset_list(page)))
        for view in (window.checks_panel.open_view, window.checks_panel.accepted_view):
            self._offer_in_menu(view, lambda _checked=False, view=view: self._findings(view))

    def attach(self, doc: Document | None) -> None:
        self.doc = doc

    def stop(self) -> None:
        """An export under way when the window closes: cancelled, the old file stays as it was."""
        if self.task is not None:
            self.task.stop()
            self.task = None

    def _offer_in_menu(self, view: QTableView, export_it: Callable[[], None]) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(point: QPoint) -> None:
            menu = QMenu(view)
            action = menu.addAction(self.tr("Ekspor ke &Excel..."))
            action.setObjectName("actExportList")
            action.setEnabled(self.doc is not None and self.task is None)
            action.triggered.connect(export_it)
            for extra in self.menu_extras:
                extra(menu, view)
            menu.exec(view.viewport().mapToGlobal(point))

        view.customContextMenuRequested.connect(show)

    # -- Berkas → Ekspor ke Excel ------------------------------------------------------------

    def open_dialog(self, kind: str = "all") -> None:
        scope = self.window.reports.scope()  # the selection's unit and edition, as for reports
        if scope is None:
            QMessageBox.information(self.window, self.tr("Ekspor ke Excel"), self.tr("Belum ada edisi untuk diekspor."))
            return
        from ui.dialogs.excel_dialog import ExcelDialog

        dialog = ExcelDialog(self.window, scope, self.window.reports.folder(), kind)
        if dialog.exec():
            request = dialog.request()
            self.run(
                request.path,
                lambda store, progress, cancel: _exports().export(
                    store,
                    request.kind,
                    request.path,
                    unit_id=request.unit_id,
                    edition_id=request.edition_id,
                    progress=progress,
                    cancel=cancel,
                ),
                request.open_after,
            )

    # -- what a list shows -------------------------------------------------------------------

    def _ask_path(self, name: str) -> Path | None:
        from ui.dialogs.report_dialog import slug

        start = str(self.window.reports.folder() / f"{slug(name)}.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Ekspor ke Excel"), start, self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")

    def _staff_list(self, model: Any) -> None:
        if model is None:
            return
        path = self._ask_path(self.tr("pegawai"))
        if path is not None:
            flt, sort, descending = replace(model.filter), model.sort_key, model.descending
            self.run(
                path,
                lambda store, progress, cancel: _exports().export_staff_list(
                    store, path, flt, sort, descending, progress=progress, cancel=cancel
                ),
            )

    def _asset_list(self, page: Any) -> None:
        if page.model is None:
            return
        path = self._ask_path(self.tr("aset"))
        if path is not None:
            flt = replace(page.model.filter)
            self.run(
                path,
                lambda store, progress, cancel: _exports().export_asset_list(store, path, flt, progress=progress, cancel=cancel),
            )

    def _findings(self, view: QTableView) -> None:
        panel = self.window.checks_panel
        report = getattr(panel, "report", None)
        if report is None:
            QMessageBox.information(self.window, self.tr("Ekspor ke Excel"), self.tr("Pemeriksaan belum selesai."))
            return
        model = view.model()
        shown: list[Finding] = [model.index(row, 0).data(FindingRole) for row in range(model.rowCount())]
        path = self._ask_path(self.tr("temuan"))
        if path is not None:
            paths, edition_id = dict(report.paths), report.edition_id
            self.run(
                path, lambda store, _progress, _cancel: _exports().export_findings_list(store, path, edition_id, shown, paths)
            )

    # -- in the background -------------------------------------------------------------------

    def run(self, path: Path, work: Work, open_after: bool = True) -> None:
        """Write the book in a thread on a read-only connection of its own; the window stays usable."""
        if self.doc is None or self.task is not None:
            return
        source = self.doc.store.path
        self.settings.set_report_folder(path.parent)

        def job(progress: Progress, cancel: threading.Event) -> Exported:
            from core.store import open_store

            with open_store(source, read_only=True) as store:
                return work(store, progress, cancel)

        self.task = BackgroundTask(self.window, self.tr("Menulis {name}...").format(name=path.name), job)
        self.task.done.connect(lambda written: self._done(written, open_after))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _done(self, written: Exported, open_after: bool) -> None:
        self.task = None
        sheets = ", ".join(f"{name} ({count})" for name, count in written.sheets)
        self.window.statusBar().showMessage(
            self.tr("Berkas Excel ditulis: {path} — {sheets}").format(path=written.path, sheets=sheets), 15000
        )
        if open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(written.path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(written.path).parent)))  # no spreadsheet program: its folder

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(self.tr("Ekspor dibatalkan; berkas lama tidak berubah."), 8000)
        else:
            show_error(self.window if isinstance(self.window, QWidget) else None, exc)
