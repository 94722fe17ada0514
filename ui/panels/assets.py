"""Assets of a unit (with its sub-units) or of a whole region: filters by KIB, condition
and text, a lazy list of any length, and totals per KIB and per condition in rupiah."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import assets
from core.assets import CONDITIONS, AssetFilter
from core.money import format_decimal, format_rupiah, group_thousands
from core.reference import load_reference
from core.store import Store
from ui.keys import bind_row_keys
from ui.models.asset_list import AssetListModel, condition_label
from ui.models.lazy_list import IdRole, attach_view
from ui.panels.columns import fit_columns, fit_text_columns
from ui.panels.seen import FillWhenSeen
from ui.region_choice import fill_region_choice, region_choice

# Text columns widened to the rows first shown, up to these pixels (longer: the tooltip).
TEXT_COLUMN_CAPS = {3: 320, 7: 260, 8: 220}


def widest_asset_values() -> dict[int, str | list[str]]:
    """The widest text each fixed-form column can hold: a code, a year, a value of 999
    billion rupiah, the longest condition."""
    return {
        0: "W",
        1: "1.3.1.01.01.01.002",
        2: "000000",
        4: "0000",
        5: format_rupiah(999_999_999_999_00),
        6: [condition_label(code) for code in CONDITIONS],
        9: format_decimal(99_999.99),
    }


class AssetsPage(QWidget):
    """``region=True``: the region-wide list (a region chooser, no 'add')."""

    asset_added = Signal(int)  # unit id
    asset_opened = Signal(int)
    assets_moved = Signal(list)
    assets_removed = Signal(list)
    history_asked = Signal(int)
    unit_shown = Signal(int)

    def __init__(self, region: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region_mode = region
        self.store: Store | None = None
        self.unit_id: int | None = None
        self.region_id: int | None = None
        self.model: AssetListModel | None = None
        self.region = region_choice(self)
        self.region.activated.connect(lambda _i: self._on_region())
        self.region.setVisible(region)
        self.kib = QComboBox(self)
        self.kib.setObjectName("assetKib")
        self.kib.addItem(self.tr("Semua KIB"), None)
        for kib in load_reference().kib.values():
            self.kib.addItem(f"KIB {kib.kib} {kib.name}", kib.kib)
        self.condition = QComboBox(self)
        self.condition.addItem(self.tr("Semua kondisi"), None)
        for code in CONDITIONS:
            self.condition.addItem(condition_label(code), code)
        self.text = QLineEdit(self)
        self.text.setObjectName("assetSearch")
        self.text.setPlaceholderText(self.tr("Cari nama, kode barang, register, lokasi"))
        self.text.setClearButtonEnabled(True)
        self.with_subunits = QCheckBox(self.tr("termasuk sub-unit"), self)
        self.with_subunits.setChecked(True)
        self.with_subunits.setVisible(not region)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refilter)
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self.update_totals)
        self._seen = FillWhenSeen(self, self._on_region)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.kib, self.condition):
            combo.currentIndexChanged.connect(lambda _i: self.refilter())
        self.with_subunits.toggled.connect(lambda _on: self.refilter())
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setObjectName("regionAssetTable" if region else "unitAssetTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.doubleClicked.connect(lambda index: self.asset_opened.emit(index.data(IdRole)))
        self.add = QPushButton(self.tr("Tambah &aset"), self)
        self.add.setVisible(not region)
        self.edit = QPushButton(self.tr("Ubah..."), self)
        self.move = QPushButton(self.tr("Pindahkan..."), self)
        self.move.setObjectName("moveAssets")
        self.remove = QPushButton(self.tr("Hapus aset"), self)
        self.history = QPushButton(self.tr("Riwayat"), self)
        self.show_unit = QPushButton(self.tr("Tampilkan unitnya di pohon"), self)
        self.show_unit.setVisible(region)
        self.add.clicked.connect(lambda: self.unit_id is not None and self.asset_added.emit(self.unit_id))
        self.edit.clicked.connect(lambda: self._emit_current(self.asset_opened))
        self.move.clicked.connect(lambda: self.assets_moved.emit(self.selected()))
        self.remove.clicked.connect(lambda: self.assets_removed.emit(self.selected()))
        self.history.clicked.connect(lambda: self._emit_current(self.history_asked))
        self.show_unit.clicked.connect(self._on_show_unit)
        bind_row_keys(self.view, remove=self.remove, open_=self.edit)
        self.totals = QLabel(self)
        self.totals.setObjectName("assetTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        filters = QHBoxLayout()
        filters.addWidget(self.region)
        filters.addWidget(self.kib)
        filters.addWidget(self.condition)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.with_subunits)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.move, self.remove, self.history, self.show_unit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Totals under the list in a unit's tab; beside it in the wide region dock.
        body = QSplitter(Qt.Orientation.Horizontal if region else Qt.Orientation.Vertical, self)
        body.addWidget(self.view)
        self.totals_area = totals_area = QScrollArea(self)
        totals_area.setWidget(self.totals)
        totals_area.setWidgetResizable(True)
        totals_area.setFrameShape(QScrollArea.Shape.NoFrame)
        body.addWidget(totals_area)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([900, 440] if region else [320, 170])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(body, 1)

    def set_store(self, store: Store | None, regions: list[tuple[int, str]] | None = None) -> None:
        self.store = store
        if store is None:
            self.view.setModel(None)
            self.model = None
            return
        if self.model is None or self.model.store is not store:
            self.model = AssetListModel(store, self)
            self.view.setModel(self.model)
            attach_view(self.view)
            fit_columns(self.view, widest_asset_values())
            header = self.view.horizontalHeader()
            header.setStretchLastSection(True)  # the list fills its pane; the name column fits its text
            header.blockSignals(True)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        for button in (self.add, self.move, self.remove):
            button.setEnabled(not store.read_only)
        if regions is not None:
            fill_region_choice(self.region, regions)
            # The region-wide list (300,000 assets) is read when first seen, not with the window.
            self._seen.request()

    def load_unit(self, store: Store, unit_id: int) -> None:
        self.set_store(store)
        self.unit_id = unit_id
        self.refilter()

    def _on_region(self) -> None:
        data = self.region.currentData()
        self.region_id = int(data) if data is not None else None
        self.refilter()

    def current_filter(self) -> AssetFilter:
        return AssetFilter(
            region_id=self.region_id if self.region_mode else None,
            unit_id=None if self.region_mode else self.unit_id,
            with_subunits=self.with_subunits.isChecked(),
            kib=self.kib.currentData(),
            condition=self.condition.currentData(),
            text=self.text.text(),
        )

    def refilter(self) -> None:
        if self.model is None or self.store is None or (not self.region_mode and self.unit_id is None):
            return
        self._seen.pending = False  # filled now
        self.model.set_filter(self.current_filter())
        fit_text_columns(self.view, TEXT_COLUMN_CAPS)
        if self.region_mode:  # totals of a region pass over every asset: once the first rows are on screen
            self._totals_timer.start()
        else:
            self.update_totals()

    def update_totals(self) -> None:
        """Totals per KIB and condition of what the list shows."""
        self._totals_timer.stop()
        if self.store is not None and self.model is not None:
            self.show_totals(assets.totals(self.store, self.model.filter))

    def show_totals(self, totals: assets.Totals) -> None:
        names = load_reference().kib
        rows = "".join(
            f"<tr><td>KIB {kib} {html.escape(names[kib].name if kib in names else '')}</td><td align='right'>{group_thousands(count)}</td>"
            f"<td align='right'>{format_rupiah(value)}</td></tr>"
            for kib, (count, value) in totals.by_kib.items()
        )
        conditions = "<br>".join(
            html.escape(f"{condition_label(code)}: {group_thousands(count)} ({format_rupiah(value)})")
            for code, (count, value) in totals.by_condition.items()
        )
        heading = self.tr("Jumlah")
        by_kib = (
            f"<table cellspacing='0' cellpadding='2'>{rows}<tr><td><b>{heading}</b></td><td align='right'><b>{group_thousands(totals.count)}</b></td>"
            f"<td align='right'><b>{format_rupiah(totals.value_sen)}</b></td></tr></table>"
        )
        if self.region_mode:  # a narrow column beside the list: one under the other
            self.totals.setText(f"{by_kib}<p>{conditions}</p>")
        else:  # a short strip under the list: side by side
            self.totals.setText(f"<table><tr><td>{by_kib}</td><td width='32'></td><td>{conditions}</td></tr></table>")
        self._fit_totals()

    def _fit_totals(self) -> None:
        """The totals pane exactly as big as its figures: beside the list never narrower than
        the widest rupiah total, under it no taller than its rows (no empty strip below)."""
        hint = self.totals.sizeHint()
        scrollbar = self.totals_area.verticalScrollBar().sizeHint().width()
        if self.region_mode:
            self.totals_area.setMinimumWidth(hint.width() + scrollbar)
        else:
            self.totals_area.setMaximumHeight(hint.height() + self.totals_area.horizontalScrollBar().sizeHint().height())

    def selected(self) -> list[int]:
        """Ids of the selected rows, read from the selection's ranges (Ctrl+A over 300,000
        rows is one range and one query, not 300,000 indexes)."""
        model = self.view.selectionModel()
        if model is None or self.model is None:
            return []
        return self.model.ids_of_rows([(selected.top(), selected.bottom()) for selected in model.selection()])

    def _emit_current(self, signal: Signal) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            signal.emit(index.data(IdRole))  # type: ignore[attr-defined]

    def _on_show_unit(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model is not None:
            row = self.model.row_at(index.row())
            if row is not None:
                self.unit_shown.emit(row.unit_id)
