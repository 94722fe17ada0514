"""The *Peta sinergi* dock: a region chooser, a switch between the two matrices (strategic
issues, priority programs), the matrix itself with the columns that rest on one PD shaded as
in the PDF, and below it the items of the cell clicked, so a meeting can ask "who works on
inflasi, with what" and read the answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.synergy import EntryListModel, SynergyModel, latest_matrices
from ui.panels.remembered_splitter import remember_sizes
from ui.region_choice import region_choice

if TYPE_CHECKING:
    from core.plans.synergy import SynergyMatrix
    from core.store import Store


class SynergyPanel(QWidget):
    """Reads both matrices of the chosen region's latest RPJMD at once (three statements
    each, whatever the file's size); the switch only changes which one is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.matrices: list[SynergyMatrix] = []
        self.region = region_choice(self)
        self.region.setObjectName("synergyRegion")
        self.region.activated.connect(lambda _i: self.refresh())
        self.axis = QTabBar(self)
        self.axis.setObjectName("synergyAxis")
        self.axis.addTab(self.tr("Isu strategis"))
        self.axis.addTab(self.tr("Program prioritas"))
        self.axis.currentChanged.connect(lambda _i: self._show())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.model = SynergyModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("synergyTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(190)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The longest PD name ("Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral")
        # would take a third of a laptop's width: names beyond this are elided, whole in the tooltip.
        self.table.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.clicked.connect(self._on_current_changed)

        self.cell_title = QLabel(self.tr("Klik sel untuk melihat program, kegiatan dan sub kegiatannya."), self)
        self.entries = EntryListModel(self)
        self.entry_view = QTableView(self)
        self.entry_view.setObjectName("synergyEntries")
        self.entry_view.setModel(self.entries)
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry_view.verticalHeader().hide()
        self.entry_view.horizontalHeader().setStretchLastSection(False)
        for column in (0, 1, 3):
            self.entry_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.entry_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.cell_title.setWordWrap(True)
        below_layout.addWidget(self.cell_title)
        below_layout.addWidget(self.entry_view)
        # The cell's items beside the matrix, as the checks panel shows a finding's details: in a
        # bottom dock of a laptop screen, stacked below they left the matrix a single row.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("synergySplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([2000, 1000])
        remember_sizes(split, "synergy")
        self.split = split

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wilayah:"), self))
        top.addWidget(self.region)
        top.addWidget(self.axis)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)  # beside the choices, not a row of its own: a laptop's dock is short
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_store(self, store: Store | None, regions: list[tuple[int, str]]) -> None:
        """Offer this file's regions (keeping the one chosen) and read the matrices."""
        self.store = store
        fill_regions(self.region, regions)
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen region's matrices again (after a change, or another region chosen)."""
        region_id = self.region.currentData()
        self.matrices = latest_matrices(self.store, region_id) if self.store is not None and region_id is not None else []
        self._show()

    @property
    def matrix(self) -> SynergyMatrix | None:
        index = self.axis.currentIndex()
        return self.matrices[index] if 0 <= index < len(self.matrices) else None

    def _show(self) -> None:
        matrix = self.matrix
        self.model.set_matrix(matrix)
        self.entries.set_entries([])
        self.cell_title.setText(self.tr("Klik sel untuk melihat program, kegiatan dan sub kegiatannya."))
        self.summary.setText(self._summary(matrix))
        shaded = self.tr(
            "Kolom berwarna: dikerjakan satu perangkat daerah saja (ego sektoral) atau tidak dikerjakan sama sekali."
        )
        self.table.horizontalHeader().setToolTip(shaded if matrix is not None and matrix.columns else "")
        self.table.resizeRowsToContents()

    def _summary(self, matrix: SynergyMatrix | None) -> str:
        if self.store is None:
            return ""
        if matrix is None:
            return self.tr("Wilayah ini belum punya RPJMD: peta sinergi memerlukan rencana (lihat 'main.py plans').")
        text = matrix.rpjmd_name
        if not matrix.columns:
            return text + " · " + self.tr("RPJMD ini belum memuat kolom untuk peta ini.")
        quiet = matrix.renstra_count - len(matrix.rows)
        if quiet > 0:
            text += " · " + self.tr("%1 perangkat daerah lain yang punya Renstra tidak mengaitkan programnya di sini.").replace(
                "%1", str(quiet)
            )
        return text

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        matrix = self.matrix
        entries = self.model.entries(index)
        self.entries.set_entries(entries)
        if matrix is None or not index.isValid() or self.model.is_total(index.row()):
            return
        pd_name = matrix.rows[index.row()][1]
        column = matrix.columns[index.column()].name
        self.cell_title.setText(
            self.tr("%1 × %2: %3 butir").replace("%1", pd_name).replace("%2", column).replace("%3", str(len(entries)))
        )


def fill_regions(combo: QComboBox, items: list[tuple[int, str]]) -> None:
    """Each region (no 'all regions': every region has a plan of its own), keeping the choice."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for region_id, name in items:
        combo.addItem(name, region_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
