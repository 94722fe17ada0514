"""Turns 'import from Excel' into a change of the open file: *Berkas → Impor dari Excel...*
(Ctrl+Shift+I) and "Impor dari Excel..." in the context menu of the staff and asset lists
(the kind and the perangkat daerah preset). The dialog reads and tests on its own
connection; the import itself is an :class:`ImportCommand` run by the document (a backup
first, one transaction, one undo step, Cancel leaving the file as it was)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QTableView

from core.deferred import deferred
from core.errors import ReadOnlyError, SotkError
from ui.document import Document
from ui.i18n import error_text
from ui.paths import data_dir
from ui.settings import Settings

if TYPE_CHECKING:
    from core import collector, regions, units
    from core import store as stores
    from core.excel.mapping import MappingMemory
    from ui.dialogs.excel_import.dialog import Destinations, ImportDialog
else:  # the import code loads with the first import, not before the window is painted
    collector, regions, units, stores = (deferred(f"core.{name}") for name in ("collector", "regions", "units", "store"))

MAPPINGS_FILE = "excel-mappings.json"  # in the program's data folder: remembered column mappings


class ExcelImportController(QObject):
    def __init__(self, window: Any, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.doc: Document | None = None
        self.dialog: ImportDialog | None = None
        self.action = QAction(self.tr("Impor dari E&xcel..."), window)
        self.action.setObjectName("actImportExcel")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.action.triggered.connect(lambda: self.open_dialog())
        window.addAction(self.action)
        self.lists: dict[QTableView, str] = {}  # list view → the kind its menu presets
        window.editor.people_tab.on_built(lambda page: self._offer(page.staff_view, "staff"))
        window.staff_list.on_built(lambda page: self._offer(page.view, "staff"))
        for place in (window.editor.assets_tab, window.asset_list):
            place.on_built(lambda page: self._offer(page.view, "assets"))
        window.excel.menu_extras.append(self._add_to_menu)
        self._update_action()

    def attach(self, doc: Document | None) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.doc = doc
        if doc is not None:
            doc.busy_changed.connect(lambda _busy: self._update_action())
            doc.read_only_changed.connect(self._update_action)
        self._update_action()

    def stop(self) -> None:
        """The window is closing: a dry run under way is stopped, nothing was written by it."""
        if self.dialog is not None:
            self.dialog.reject()

    def refusal(self) -> str | None:
        """Why nothing can be imported now (None: it can)."""
        if self.doc is None:
            return self.tr("Buka berkas .sotk dulu.")
        if self.doc.store.read_only:
            return error_text(ReadOnlyError(stores.READ_ONLY_WRITE, path=str(self.doc.store.path)))
        if self.doc.busy:
            return self.tr("Perubahan sebelumnya masih berjalan.")
        return None

    def _update_action(self) -> None:
        reason = self.refusal()
        self.action.setEnabled(reason is None)
        self.action.setToolTip(reason or self.tr("Impor pegawai, aset atau struktur dari lembar kerja Excel atau CSV"))
        self.action.setStatusTip(reason or "")
        for menu in self.action.associatedObjects():
            if isinstance(menu, QMenu):
                menu.setToolTipsVisible(True)  # a disabled item says why

    # -- the lists' context menus ----------------------------------------------------------

    def _offer(self, view: QTableView, kind: str) -> None:
        self.lists[view] = kind

    def _add_to_menu(self, menu: QMenu, view: QTableView) -> None:
        kind = self.lists.get(view)
        if kind is None:
            return
        action = menu.addAction(self.tr("Impor dari E&xcel..."))
        action.setObjectName("actImportList")
        action.setEnabled(self.refusal() is None)
        action.triggered.connect(lambda _checked=False: self.open_dialog(kind))

    # -- the dialog ----------------------------------------------------------------------

    def destinations(self) -> Destinations:
        """The perangkat daerah of the editions shown (the one chosen in the tree first) and
        every edition, with the region and edition of the selection preselected."""
        assert self.doc is not None
        store = self.doc.store
        chosen = self.window.selected()
        pd: int | None = None
        edition_id: int | None = None
        region_id: int | None = None
        if chosen is not None and chosen[0] == "unit":
            trail = units.ancestors(store, chosen[1])
            pd = trail[0] if trail else chosen[1]
            edition_id = units.get_unit(store, pd).edition_id
        elif chosen is not None and chosen[0] == "edition":
            edition_id = chosen[1]
        elif chosen is not None and chosen[0] == "region":
            region_id = chosen[1]
        status = {"in_force": self.tr("berlaku"), "draft": self.tr("draf"), "archived": self.tr("arsip")}
        region_names = {r.id: r.name for r in regions.list_regions(store)}
        editions = regions.list_editions(store)
        if edition_id is not None:
            region_id = regions.get_edition(store, edition_id).region_id
        shown = list(dict.fromkeys([*([edition_id] if edition_id is not None else []), *regions.default_editions(store)]))
        by_id = {e.id: e for e in editions}
        pds = []
        for shown_id in shown:
            edition = by_id[shown_id]
            for row in units.children(store, shown_id, None):
                where = f"{region_names[edition.region_id]}, {edition.name}" if len(region_names) > 1 or len(shown) > 1 else ""
                pds.append((row.id, f"{row.name} ({where})" if where else row.name))
        from ui.dialogs.excel_import.dialog import Destinations

        return Destinations(
            pds=pds,
            pd=pd,
            editions=[(e.id, f"{region_names[e.region_id]} — {e.name} ({status.get(e.status, e.status)})") for e in editions],
            edition=edition_id if edition_id is not None else (shown[0] if shown else None),
            regions=list(region_names.items()),
            region=region_id,
        )

    def open_dialog(self, kind: str | None = None) -> None:
        reason = self.refusal()
        if reason is not None or self.doc is None:
            self.window.statusBar().showMessage(reason or "", 8000)
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        from core.excel.mapping import MappingMemory
        from ui.dialogs.excel_import.dialog import ImportDialog

        memory: MappingMemory | None
        try:
            memory = MappingMemory(data_dir() / MAPPINGS_FILE)
        except SotkError as exc:  # a damaged mappings file: the guess is offered, nothing is remembered
            memory = None
            self.window.statusBar().showMessage(error_text(exc), 15000)
        folder = self.settings.report_folder()
        self.dialog = ImportDialog(
            self.window,
            self.doc.store.path,
            self.destinations(),
            memory,
            kind=kind,
            folder=Path(folder) if folder else None,
        )
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        request = dialog.request()
        dialog.deleteLater()
        QTimer.singleShot(0, collector.thaw)  # the dialog's plan is let go: the collector sees the rest again
        if request is None or self.doc is None:
            return
        from ui.commands.imports import ImportCommand

        self.doc.run(
            ImportCommand(
                self.doc,
                request.importer,
                request.source,
                request.layout,
                request.target,
                request.accept_valid,
                on_written=self._written(request.source.name),
            )
        )

    def _written(self, name: str) -> Callable[[dict[str, int], dict[str, int]], None]:
        def tell(summary: dict[str, int], written: dict[str, int]) -> None:
            text = self.tr("{name}: {added} ditambah, {updated} diubah, {unchanged} tanpa perubahan.").format(
                name=name, added=written.get("added", 0), updated=written.get("updated", 0), unchanged=summary.get("unchanged", 0)
            )
            if summary.get("rejected_rows"):
                text += " " + self.tr("{count} baris yang ditolak dilewati.").format(count=summary["rejected_rows"])
            self.window.statusBar().showMessage(text, 15000)
            QMessageBox.information(self.window, self.tr("Impor selesai"), text)

        return tell
