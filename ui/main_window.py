"""The main window, assembly only: the structure tree with its filter on the left, the editor on
the right, the docks, menus with standard shortcuts and a status bar that says when the file was
last saved. What the actions do is decided by the controllers in ui/controllers/; the window
shows the open file and, after each change, refreshes the tree, the editor and the lists."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, __version__
from core.errors import Notice, SotkError
from reports.catalog import KINDS
from ui.controllers.assets import AssetsController
from ui.controllers.audit import AuditLogController
from ui.controllers.checks import ChecksController
from ui.controllers.excel import ExcelController
from ui.controllers.excel_import import ExcelImportController
from ui.controllers.files import FilesController
from ui.controllers.guide import GuideController
from ui.controllers.people import PeopleController
from ui.controllers.plans import PlansController
from ui.controllers.region_lists import RegionListsController
from ui.controllers.reports import ReportsController
from ui.controllers.restructure import RestructureController
from ui.controllers.structure import StructureController
from ui.controllers.tree_filter import TreeFilterController
from ui.document import Affected, Document
from ui.errors import show_error
from ui.i18n import LANGUAGES, error_text, tr_core
from ui.models.structure_tree import IdRole, KindRole, StructureTreeModel
from ui.panels.checks import ChecksPanel
from ui.panels.editor import EditorPanel
from ui.panels.file_status import FileStatus
from ui.panels.lazy import LazyPage
from ui.paths import log_path
from ui.screen_fit import fit_to_screen
from ui.settings import Settings

log = logging.getLogger("sotk.window")

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from core.store import Store
    from ui.panels.assets import AssetsPage
    from ui.panels.staff_browser import StaffBrowser


class MainWindow(QMainWindow):
    file_opened = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.doc: Document | None = None
        self.model: StructureTreeModel | None = None
        self.setWindowTitle(APP_NAME)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("treeFilter")
        self.filter.setPlaceholderText(self.tr("Saring unit menurut nama (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter_note = QLabel(self)
        self.filter_note.hide()

        self.tree = QTreeView(self)
        self.tree.setObjectName("structureTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.tree)

        self.tree_filter = TreeFilterController(self, self.filter, self.filter_note, self.tree, self.selected, self.select)

        self.editor = EditorPanel(self)
        self.files = FilesController(self, settings, self.close_file)
        self.files.store_opened.connect(self.set_store)
        self.files.close_asked.connect(self.close_file)
        self.structure = StructureController(self, self.tree, self.editor, self.selected)
        self.structure.cut_changed.connect(self._update_actions)
        self.files.file_created.connect(self.structure.new_region)

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 740])
        self.setCentralWidget(self.splitter)

        self.checks_panel = ChecksPanel(self)
        self.checks_dock = self._dock(self.tr("Pemeriksaan"), "checksDock", self.checks_panel)
        self.checks = ChecksController(self.checks_panel, self, self.select_units)
        # The region-wide lists are built when their dock is first seen.
        self.staff_list: LazyPage[StaffBrowser] = LazyPage(_staff_browser, self)
        self.staff_dock = self._dock(self.tr("Pegawai seluruh wilayah"), "staffDock", self.staff_list)
        self.tabifyDockWidget(self.checks_dock, self.staff_dock)
        show_unit = lambda unit_id: self.select("unit", unit_id)  # noqa: E731
        self.people = PeopleController(self, self.editor.people_tab, self.staff_list, show_unit)
        self.asset_list: LazyPage[AssetsPage] = LazyPage(_region_assets, self)
        self.assets_dock = self._dock(self.tr("Aset seluruh wilayah"), "assetsDock", self.asset_list)
        self.tabifyDockWidget(self.staff_dock, self.assets_dock)
        self.assets = AssetsController(self, [self.editor.assets_tab, self.asset_list], show_unit)
        self.audit = AuditLogController(self, self.tree, self.tr("Riwayat perubahan"))
        self.audit_dock = self.audit.dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.audit_dock)
        self.tabifyDockWidget(self.assets_dock, self.audit_dock)
        self.plans = PlansController(self, self.audit_dock, self.checks.runner)
        self.checks_dock.raise_()  # after the last dock is tabbed: the checks are the tab shown at start
        self.region_lists = RegionListsController(self, self.staff_dock, self.staff_list, self.assets_dock, self.asset_list)
        self.reports = ReportsController(self, self.settings)
        self.excel = ExcelController(self, self.settings)
        self.excel_import = ExcelImportController(self, self.settings)
        self.doc_controllers = (self.people, self.assets, self.reports, self.excel, self.excel_import, self.region_lists)
        self.restructure = RestructureController(self)
        self.guide = GuideController(self)
        self.reports.print_from(self.editor.chart_tab)

        self.file_status = FileStatus(self)
        self.sample_badge, self.saved_label = self.file_status.sample_badge, self.file_status.saved_label

        self._build_actions()
        self._build_menus()
        # Keys that act on the tree's unit work in the tree only: Delete, F2 or Ctrl+X in a list
        # of staff, assets or findings must never delete, rename or cut the unit chosen in the tree.
        for action in (self.act_cut, self.act_paste, self.act_delete, self.act_rename, self.act_up, self.act_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.removeAction(action)
            self.tree.addAction(action)
        self._update_actions()

    # -- docks, actions and menus --------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        files, structure = self.files, self.structure
        self.act_new = self._action(self.tr("&Baru..."), files.new_file, key.New, "actNew")
        self.act_open = self._action(self.tr("B&uka..."), files.open_dialog, key.Open, "actOpen")
        self.act_open_sample = self._action(self.tr("Buka data &contoh"), files.open_sample, None, "actOpenSample")
        self.act_save_copy = self._action(self.tr("Simpan &salinan sebagai..."), files.save_copy, key.SaveAs, "actSaveCopy")
        self.act_export = self._action(self.tr("Ekspor ke &Excel..."), lambda: self.excel.open_dialog(), None, "actExportExcel")
        self.act_close = self._action(self.tr("&Tutup berkas"), self.close_file, key.Close, "actClose")
        self.act_restore = self._action(self.tr("&Pulihkan dari cadangan..."), files.restore_backup, None, "actRestore")
        self.act_backup_settings = self._action(
            self.tr("Pengaturan ca&dangan..."), files.backup_settings, None, "actBackupSettings"
        )
        self.act_check_file = self._action(self.tr("Per&iksa keutuhan berkas"), files.check_integrity, None, "actCheckFile")
        self.act_quit = self._action(self.tr("&Keluar"), self.close, key.Quit, "actQuit")
        self.act_undo = self._action(self.tr("&Urungkan"), lambda: self.doc is not None and self.doc.undo(), key.Undo, "actUndo")
        self.act_redo = self._action(
            self.tr("Ula&ngi"),
            lambda: self.doc is not None and self.doc.redo(),
            [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")],
            "actRedo",
        )
        self.act_cut = self._action(self.tr("&Potong unit"), structure.cut, key.Cut, "actCut")
        self.act_paste = self._action(self.tr("&Tempel di bawah pilihan"), structure.paste, key.Paste, "actPaste")
        self.act_delete = self._action(self.tr("&Hapus unit"), structure.delete_selected, key.Delete, "actDelete")
        self.act_rename = self._action(self.tr("&Ganti nama"), structure.rename_selected, QKeySequence("F2"), "actRename")
        self.act_find = self._action(self.tr("&Cari unit"), self.tree_filter.focus, key.Find, "actFind")
        self.act_add_child = self._action(
            self.tr("Tambah &sub-unit"), structure.add_child, QKeySequence("Ctrl+Shift+N"), "actAddChild"
        )
        self.act_add_sibling = self._action(
            self.tr("Tambah unit se&jajar"), structure.add_sibling, QKeySequence("Ctrl+Alt+N"), "actAddSibling"
        )
        self.act_up = self._action(self.tr("&Naikkan"), lambda: structure.shift_selected(-1), QKeySequence("Alt+Up"), "actUp")
        self.act_down = self._action(
            self.tr("T&urunkan"), lambda: structure.shift_selected(1), QKeySequence("Alt+Down"), "actDown"
        )
        self.act_new_region = self._action(self.tr("Wilayah &baru..."), structure.new_region, None, "actNewRegion")
        self.act_new_edition = self._action(self.tr("&Edisi baru..."), structure.new_edition, None, "actNewEdition")
        self.act_copy_edition = self._action(
            self.tr("Salin edisi sebagai &draf..."), structure.copy_edition, None, "actCopyEdition"
        )
        self.act_delete_edition = self._action(self.tr("Hapus ed&isi..."), structure.delete_edition, None, "actDeleteEdition")
        self.act_expand = self._action(self.tr("&Bentangkan cabang"), self._expand_selected, QKeySequence("Ctrl+E"), "actExpand")
        self.act_collapse = self._action(
            self.tr("&Ciutkan semua"), lambda: self.tree.collapseAll(), QKeySequence("Ctrl+Shift+E"), "actCollapse"
        )
        self.act_run_checks = self._action(
            self.tr("Jalankan &pemeriksaan"), self._on_run_checks, QKeySequence("F5"), "actRunChecks"
        )
        self.act_report = self._action(self.tr("Cetak &laporan..."), lambda: self.reports.open_dialog(), key.Print, "actReport")
        self.report_actions = [
            self._action(
                f"{number // 10 or ''}&{number % 10} {tr_core(kind.title)}...",  # 10: "1&0"
                lambda _c=False, k=key: self.reports.open_dialog(k),
                None,
                f"actReport-{key}",
            )
            for number, (key, kind) in enumerate(KINDS.items(), start=1)
        ]
        restructure, key_r = lambda: self.restructure.open(), QKeySequence("Ctrl+Shift+R")
        self.act_restructure = self._action(self.tr("&Restrukturisasi..."), restructure, key_r, "actRestructure")
        self.act_about = self._action(self.tr("&Tentang SOTK Planner"), self._on_about, None, "actAbout")
        self.act_log = self._action(self.tr("Buka folder &log"), self._on_open_log, None, "actLog")

    def bring_forward(self, dock: QDockWidget, first: QWidget | Callable[[], QWidget]) -> None:
        """Show a dock in front of the ones tabbed with it, the keyboard in it (not a toggle)."""
        dock.show()
        dock.raise_()
        (first() if callable(first) and not isinstance(first, QWidget) else first).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def staff_browser(self) -> StaffBrowser:
        return self.staff_list.page

    @property
    def region_assets(self) -> AssetsPage:
        return self.asset_list.page

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("Berkas te&rakhir"))
        self.recent_menu.setObjectName("recentMenu")
        self.files.list_recent_in(self.recent_menu)
        file_menu.addAction(self.act_open_sample)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.act_save_copy, self.act_export, self.act_check_file, self.act_restore, self.act_backup_settings, self.act_close]
        )
        file_menu.insertAction(self.act_check_file, self.excel_import.action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Sunting"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_cut, self.act_paste, self.act_delete, self.act_rename])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        structure_menu = bar.addMenu(self.tr("St&ruktur"))
        structure_menu.addActions([self.act_add_child, self.act_add_sibling, self.act_up, self.act_down])
        structure_menu.addSeparator()
        structure_menu.addActions([self.act_new_region, self.act_new_edition, self.act_copy_edition, self.act_delete_edition])
        structure_menu.addSeparator()
        structure_menu.addActions([self.act_run_checks, self.act_restructure])
        view_menu = bar.addMenu(self.tr("&Tampilan"))
        view_menu.addActions([self.act_expand, self.act_collapse])
        for dock, text, first in (
            (self.checks_dock, self.tr("Panel &pemeriksaan"), self.checks_panel.open_view),
            (self.staff_dock, self.tr("Daftar pe&gawai dan sembilan kotak"), lambda: self.staff_browser.text),
            (self.assets_dock, self.tr("Daftar &aset (KIB)"), lambda: self.region_assets.text),
            (self.audit_dock, self.tr("&Riwayat perubahan"), lambda: self.audit.panel.view),
            (self.plans.dock, self.tr("Peta &sinergi"), lambda: self.plans.panel.table),
            (self.plans.cascade.dock, self.tr("Pohon &kinerja"), lambda: self.plans.cascade.panel.tree),
        ):
            action = view_menu.addAction(text)
            action.setObjectName(f"actShow-{dock.objectName()}")
            action.triggered.connect(lambda _checked=False, d=dock, w=first: self.bring_forward(d, w))
        language_menu = view_menu.addMenu(self.tr("Ba&hasa"))
        for code, label in LANGUAGES.items():
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked((self.settings.language() or "id") == code)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language(c))
        report_menu = bar.addMenu(self.tr("Lap&oran"))
        report_menu.addAction(self.act_report)
        report_menu.addSeparator()
        report_menu.addActions(self.report_actions)
        help_menu = bar.addMenu(self.tr("Bantu&an"))
        help_menu.addActions([self.guide.action, self.act_about, self.act_log])

    # -- the open file --------------------------------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a file and show it (the way in for ui/app.py and the benchmarks)."""
        return self.files.open_path(path, read_only=read_only)

    def set_store(self, store: Store) -> None:
        self.close_file()
        self.doc = Document(store, self)
        self.doc.changed.connect(self._on_changed)
        self.doc.failed.connect(lambda exc: show_error(self, exc))
        self.doc.warned.connect(self._on_warned)
        self.doc.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.doc.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())
        self.doc.busy_changed.connect(lambda _b: self._update_actions())
        self.doc.read_only_changed.connect(self._on_read_only)
        try:
            self.model = StructureTreeModel(store, self)
            self.tree.setModel(self.model)
            self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
            self.files.attach(self.doc)
            self.structure.attach(self.doc, self.model)
            for controller in (self.checks, *self.doc_controllers, self.plans):
                controller.attach(self.doc)
            self.tree_filter.attach(self.model)
        except sqlite3.DatabaseError as exc:  # a big file's damage met before its page check ended
            self.close_file()
            from core.store import explain_sqlite_error  # the file layer loads after the first paint

            show_error(self, explain_sqlite_error(exc, store.path))
            return
        self.audit.attach(self.doc)
        for row in range(self.model.rowCount()):
            region = self.model.index(row, 0)
            self.tree.expand(region)
            if self.model.rowCount(region) == 1:
                self.tree.expand(self.model.index(0, 0, region))
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        else:
            self.editor.show_nothing(file_is_empty=True)
        self.tree.setFocus()
        self._update_title()
        self._update_actions()
        self.file_opened.emit(str(store.path))
        log.info("opened %s%s", store.path, " (read-only)" if store.read_only else "")

    def close_file(self) -> None:
        if self.doc is None:
            return
        self.checks.detach()
        self.files.attach(None)
        self.structure.attach(None, None)
        for controller in (*self.doc_controllers, self.restructure, self.plans):
            controller.attach(None)
        self.tree_filter.attach(None)
        self.audit.attach(None)
        self.tree.setModel(None)
        self.editor.show_nothing()
        self.doc.close()
        self.doc.deleteLater()
        self.doc = None
        self.model = None
        self._update_title()
        self._update_actions()

    # -- selection ----------------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(IdRole)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.doc is None or not current.isValid():
            self.editor.show_nothing(file_is_empty=self.model is not None and self.model.rowCount() == 0)
        else:
            try:
                self.editor.show_record(self.doc.store, current.data(KindRole), current.data(IdRole))
            except SotkError as exc:
                show_error(self, exc)
            node = self.model.node(current) if self.model is not None else None
            if node is not None:
                self.checks.follow(node.kind, node.id, node.edition_id)
            self.audit.follow_unit()
        self._update_actions()

    def select_units(self, unit_ids: list[int]) -> None:
        """Select units of a finding: the first becomes current, the others join the selection."""
        if self.model is None or not unit_ids:
            return
        self.select("unit", unit_ids[0])
        selection = self.tree.selectionModel()
        for unit_id in unit_ids[1:]:
            index = self.model.index_for("unit", unit_id)
            if index.isValid():
                self._reveal(index)
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def _on_run_checks(self) -> None:
        self.checks_dock.show()
        self.checks.runner.run_now()

    def select(self, kind: str, record_id: int) -> None:
        if self.model is None:
            return
        index = self.model.index_for(kind, record_id)
        if index.isValid():
            self._reveal(index)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _reveal(self, index: QModelIndex) -> None:
        """Expand the branches above ``index``, so the unit chosen is seen."""
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()

    # -- after a change ------------------------------------------------------------------

    def _on_warned(self, warnings: list[Notice]) -> None:
        self.statusBar().showMessage(" ".join(error_text(w) for w in warnings), 10000)

    def _on_changed(self, affected: Affected) -> None:
        if self.model is None or self.doc is None:
            return
        if affected.regions_changed and self.model.visible is None:
            with QSignalBlocker(self.tree.selectionModel()):
                self.model.reload()
            self.tree_filter.expand_top()
        elif self.model.visible is not None:
            # Filtered: only a change to the tree itself re-applies the filter (staff and asset
            # changes leave it alone), and the unit chosen stays chosen.
            if affected.regions_changed or affected.parents:
                with QSignalBlocker(self.tree.selectionModel()):
                    self.tree_filter.apply()  # keeps the unit chosen while it is still shown
        else:
            for edition_id, parent_id in dict.fromkeys(affected.parents):
                self.model.refresh_children(edition_id, parent_id)
        if affected.select_unit is not None:
            self.select("unit", affected.select_unit)
        elif affected.select_edition is not None:
            self.select("edition", affected.select_edition)
        elif affected.select_region is not None:
            self.select("region", affected.select_region)
        self.editor.refresh(self.doc.store)
        if self.model.rowCount() == 0:  # the last region undone or deleted: say how to start again
            self.editor.show_nothing(file_is_empty=True)
        self.region_lists.on_changed(self.doc, affected)
        self.audit.changed()
        self._update_saved()
        self._update_actions()

    def _on_read_only(self) -> None:
        """The file was taken over or replaced while open: show it read-only from now on."""
        if self.doc is None:
            return
        self._update_title()
        self._update_actions()
        self.editor.refresh(self.doc.store)

    # -- view and help -------------------------------------------------------------------

    def _expand_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.expandRecursively(index)

    def _on_tree_menu(self, point: Any) -> None:
        menu = QMenu(self)
        menu.addActions(
            [self.act_add_child, self.act_add_sibling, self.act_rename, self.act_cut, self.act_paste, self.act_delete]
        )
        menu.addSeparator()
        menu.addActions([self.act_up, self.act_down, self.act_expand])
        menu.addSeparator()
        menu.addActions([self.act_new_edition, self.act_copy_edition])
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def _on_language(self, code: str) -> None:
        self.settings.set_language(code)
        QMessageBox.information(self, "SOTK Planner", self.tr("Bahasa tampilan akan berganti saat program dibuka lagi."))

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang SOTK Planner"),
            self.tr(
                "<b>{app} {version}</b><br>Perencanaan struktur organisasi dan tata kerja perangkat daerah, "
                "tanpa internet.<br><br>Log: {log}"
            ).format(app=APP_NAME, version=__version__, log=log_path()),
        )

    def _on_open_log(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))

    # -- state ---------------------------------------------------------------------------

    def _update_title(self) -> None:
        self.file_status.show(self.doc.store if self.doc is not None else None)

    def _update_saved(self) -> None:
        if self.doc is not None:
            self.file_status.saved(self.doc.store)

    def _update_actions(self) -> None:
        has_doc = self.doc is not None
        writable = has_doc and not self.doc.store.read_only and not self.doc.busy  # type: ignore[union-attr]
        chosen = self.selected() if has_doc else None
        kind = chosen[0] if chosen else None
        stack = self.doc.undo_stack if writable else None  # read-only: the history stays, unused
        self.act_undo.setEnabled(bool(stack and stack.canUndo()))
        self.act_redo.setEnabled(bool(stack and stack.canRedo()))
        self.act_undo.setText(
            self.tr("&Urungkan {action}").format(action=stack.undoText()) if stack and stack.canUndo() else self.tr("&Urungkan")
        )
        self.act_redo.setText(
            self.tr("&Ulangi {action}").format(action=stack.redoText()) if stack and stack.canRedo() else self.tr("Ula&ngi")
        )
        for action in (
            self.act_save_copy,
            self.act_check_file,
            self.act_close,
            self.act_expand,
            self.act_collapse,
            self.act_find,
            self.act_run_checks,
            self.act_report,
            self.act_export,
            *self.report_actions,
        ):
            action.setEnabled(has_doc)
        self.act_new_region.setEnabled(writable)
        self.act_restore.setEnabled(writable)
        for action in (self.act_cut, self.act_up, self.act_down, self.act_add_sibling):
            action.setEnabled(writable and kind == "unit")
        self.act_delete.setEnabled(writable and kind in ("unit", "edition"))
        self.act_rename.setEnabled(writable and kind is not None)
        self.act_add_child.setEnabled(writable and kind in ("unit", "edition"))
        self.act_paste.setEnabled(writable and self.structure.cut_unit is not None and kind in ("unit", "edition"))
        for action in (self.act_new_edition, self.act_copy_edition, self.act_delete_edition):
            action.setEnabled(writable and kind is not None)

    def restore_layout(self) -> None:
        geometry, state, splitter = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self)
        if state is not None:
            self.restoreState(state)
        else:  # first start: the structure and its editor get most of the height, the docks a quarter
            docks = [self.checks_dock, self.staff_dock, self.assets_dock, self.audit_dock]
            self.resizeDocks(docks, [self.height() // 4] * len(docks), Qt.Orientation.Vertical)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.reports.may_close():
            event.ignore()
            return
        self.excel.stop()
        self.excel_import.stop()
        # Let a field being edited commit before the file closes.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.settings.set_window_state(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.sync()
        self.close_file()
        event.accept()


def _staff_browser(parent: QWidget) -> StaffBrowser:
    from ui.panels.staff_browser import StaffBrowser

    return StaffBrowser(parent)


def _region_assets(parent: QWidget) -> AssetsPage:
    from ui.panels.assets import AssetsPage

    return AssetsPage(region=True, parent=parent)
