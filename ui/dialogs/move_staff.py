"""Choosing where people move to: a unit of the region (searchable) and, optionally, one
of its positions."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from core.positions import positions_of
from core.store import Store


class MoveStaffDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, units: list[tuple[int, str]], count: int) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Pindahkan pegawai"))
        self.resize(620, 520)
        self.model = QStandardItemModel(self)
        for unit_id, path in units:
            item = QStandardItem(path)
            item.setData(unit_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari unit tujuan"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(self)
        self.list.setObjectName("moveUnits")
        self.list.setModel(self.proxy)
        self.list.selectionModel().currentChanged.connect(lambda current, _prev: self._fill_positions())
        self.position = QComboBox(self)
        self.position.setObjectName("movePosition")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Jabatan di unit tujuan"), self.position)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} pegawai dipindah ke:").format(count=count), self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def unit_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def position_id(self) -> int | None:
        data = self.position.currentData()
        return int(data) if data is not None else None

    def _fill_positions(self) -> None:
        self.position.clear()
        self.position.addItem(self.tr("(tanpa jabatan)"), None)
        unit_id = self.unit_id()
        self.ok.setEnabled(unit_id is not None)
        if unit_id is None:
            return
        for item in positions_of(self.store, unit_id):
            self.position.addItem(f"{item.title} ({item.held}/{item.needed})", item.id)
