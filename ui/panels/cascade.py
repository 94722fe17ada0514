"""The *Pohon kinerja* dock: a region chooser, the cascade from visi down to sub-kegiatan with
the PD responsible, pagu, indicators and the findings of the checks marked, and below it how
much of each PD's Renstra supports the RPJMD. Insert adds under the row chosen, F2 or Enter
changes it, Delete removes it; the context menu offers the rest (links, indicators)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.deferred import deferred
from ui.models.cascade import AlignmentModel, CascadeModel, Key
from ui.panels.remembered_splitter import remember_sizes
from ui.panels.synergy import fill_regions
from ui.region_choice import region_choice

if TYPE_CHECKING:
    from core.plans import cascade, rpjmd
    from core.store import Store
else:
    cascade = deferred("core.plans.cascade")
    rpjmd = deferred("core.plans.rpjmd")

_KEYS = {
    Qt.Key.Key_Insert: "add",
    Qt.Key.Key_Delete: "delete",
    Qt.Key.Key_F2: "edit",
    Qt.Key.Key_Return: "edit",
    Qt.Key.Key_Enter: "edit",
}


class _TreeKeys(QObject):
    """Insert, Delete, F2 and Enter act on the tree's row (not on the window's unit actions)."""

    def __init__(self, panel: CascadePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        what = _KEYS.get(Qt.Key(event.key()))
        if what is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if self.panel.tree.currentIndex().isValid():
            self.panel.requested.emit(what)
        return True


class CascadePanel(QWidget):
    requested = Signal(str)  # 'add', 'edit' or 'delete' on the current row
    menu_requested = Signal(QPoint)  # where the context menu opens (global)
    coordination_requested = Signal()
    new_plan_requested = Signal(int)  # region id: an RPJMD for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.region = region_choice(self)
        self.region.setObjectName("cascadeRegion")
        self.region.activated.connect(lambda _i: self.refresh())
        self.coordination = QPushButton(self.tr("Koordinasi Asisten/Staf Ahli..."), self)
        self.coordination.setObjectName("cascadeCoordination")
        self.coordination.clicked.connect(self.coordination_requested)
        self.new_plan = QPushButton(self.tr("RPJMD &baru..."), self)
        self.new_plan.setObjectName("cascadeNewRpjmd")
        self.new_plan.clicked.connect(lambda: self.new_plan_requested.emit(self.region.currentData()))
        self.summary = QLabel(self)
        self.summary.setObjectName("cascadeSummary")
        self.summary.setWordWrap(True)

        self.model = CascadeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("cascadeTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(lambda pos: self.menu_requested.emit(self.tree.viewport().mapToGlobal(pos)))
        self.tree.doubleClicked.connect(lambda _i: self.requested.emit("edit"))
        header = self.tree.header()  # the wording gets the room; a narrow dock scrolls rather than squeezes it
        header.setStretchLastSection(True)
        for column, width in ((0, 460), (1, 220), (2, 140), (3, 240)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.tree.installEventFilter(_TreeKeys(self))

        self.alignment = AlignmentModel(self)
        self.alignment_view = QTableView(self)
        self.alignment_view.setObjectName("cascadeAlignment")
        self.alignment_view.setModel(self.alignment)
        self.alignment_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alignment_view.verticalHeader().hide()
        self.alignment_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.alignment_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.alignment_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.findings_note = QLabel(self)
        self.findings_note.setObjectName("cascadeFindingsNote")
        self.findings_note.setWordWrap(True)

        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(QLabel(self.tr("Keselarasan Renstra per perangkat daerah:"), below))
        below_layout.addWidget(self.alignment_view)
        # The alignment beside the tree, as the synergy map keeps its cell's items: stacked below
        # it in a laptop's bottom dock, the tree was left three rows.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("cascadeSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(below)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([1100, 900])  # room for the PD names beside the numbers; the tree scrolls sideways
        remember_sizes(split, "cascade")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wilayah:"), self))
        top.addWidget(self.region)
        top.addStretch(1)
        top.addWidget(self.new_plan)
        top.addWidget(self.coordination)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings_note)
        layout.addWidget(split, 1)

    def set_store(self, store: Store | None, regions: list[tuple[int, str]]) -> None:
        """Offer this file's regions (keeping the one chosen) and show the chosen one's cascade."""
        self.store = store
        fill_regions(self.region, regions)
        self.coordination.setEnabled(store is not None and not store.read_only)
        self.refresh()

    def refresh(self, select: Key | None = None, open_first: Key | None = None) -> None:
        """Read the cascade again, the rows that were open opened again (one read each), then
        ``open_first`` opened and ``select`` chosen when they are found."""
        was_open = self.model.opened(self.tree.isExpanded) if self.model.region_id == self.region.currentData() else []
        current = self.model.row_at(self.tree.currentIndex())
        region_id = self.region.currentData()
        self.model.set_region(self.store, region_id if self.store is not None else None)
        for path in was_open:
            index = self.model.path_index(path)
            if index.isValid():
                if self.model.canFetchMore(index):
                    self.model.fetchMore(index)
                self.tree.expand(index)
        if len(self.model.top) == 1 and not was_open:
            self.tree.expand(self.model.index(0, 0))
        if open_first is not None:
            self._open(open_first)
        chosen = self.model.find(select) if select is not None else QModelIndex()
        if not chosen.isValid() and current is not None:
            chosen = self.model.find(current.key)
        if chosen.isValid():
            self.tree.setCurrentIndex(chosen)
            self.tree.scrollTo(chosen)
        self._show_alignment()

    def _open(self, key: Key) -> None:
        index = self.model.find(key)
        if index.isValid():
            self.tree.expand(index)
            if self.model.canFetchMore(index):
                self.model.fetchMore(index)

    def _show_alignment(self) -> None:
        if self.store is None or not self.model.top:
            self.alignment.set_rows([])
            self.summary.setText(
                self.tr(
                    "Wilayah ini belum punya RPJMD: buat dengan 'RPJMD baru...', lalu isi misi, tujuan dan sasarannya di sini."
                )
                if self.store is not None
                else ""
            )
            return
        latest = self.model.top[0].node
        rows = cascade.alignment(self.store, latest.id)
        self.alignment.set_rows(rows)
        programs = sum(r.programs for r in rows)
        aligned = sum(r.aligned for r in rows)
        self.summary.setText(
            self.tr("%1 perangkat daerah dengan Renstra; %2 dari %3 program selaras dengan RPJMD %4.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(aligned))
            .replace("%3", str(programs))
            .replace("%4", latest.period or "")
        )

    def current_key(self) -> Key | None:
        row = self.model.row_at(self.tree.currentIndex())
        return row.key if row is not None else None
