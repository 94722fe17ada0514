"""Choosing where people or assets move to: a unit of the edition (searchable list), plus
what the move needs (a position for staff; date and BAST reference for assets)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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


class UnitChooser(QDialog):
    def __init__(self, parent: QWidget | None, units: list[tuple[int, str]], title: str, caption: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 540)
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
        self.list.setObjectName("chooserUnits")
        self.list.setModel(self.proxy)
        self.list.selectionModel().currentChanged.connect(lambda _current, _previous: self.unit_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(caption, self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def unit_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def unit_changed(self) -> None:
        self.ok.setEnabled(self.unit_id() is not None)


class MoveStaffDialog(UnitChooser):
    def __init__(self, parent: QWidget | None, store: Store, units: list[tuple[int, str]], count: int) -> None:
        super().__init__(parent, units, self.tr("Pindahkan pegawai"), self.tr("{count} pegawai dipindah ke:").format(count=count))
        self.store = store
        self.position = QComboBox(self)
        self.position.setObjectName("movePosition")
        self.form.addRow(self.tr("Jabatan di unit tujuan"), self.position)

    def position_id(self) -> int | None:
        data = self.position.currentData()
        return int(data) if data is not None else None

    def unit_changed(self) -> None:
        super().unit_changed()
        self.position.clear()
        self.position.addItem(self.tr("(tanpa jabatan)"), None)
        unit_id = self.unit_id()
        if unit_id is not None:
            for item in positions_of(self.store, unit_id):
                self.position.addItem(f"{item.title} ({item.held}/{item.needed})", item.id)


class MoveAssetsDialog(UnitChooser):
    """Alih status penggunaan: the receiving unit, the date and the BAST number."""

    def __init__(self, parent: QWidget | None, units: list[tuple[int, str]], count: int) -> None:
        super().__init__(parent, units, self.tr("Pindahkan aset"), self.tr("{count} aset dipindah ke:").format(count=count))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setMaximumDate(QDate.currentDate())  # a hand-over that has not happened is not recorded
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("moveReference")
        self.reference.setPlaceholderText(self.tr("mis. BAST 028/BKAD/2026"))
        self.notes = QLineEdit(self)
        self.form.addRow(self.tr("Tanggal"), self.date)
        self.form.addRow(self.tr("Nomor BAST / rujukan"), self.reference)
        self.form.addRow(self.tr("Catatan"), self.notes)

    def values(self) -> tuple[str, str, str]:
        return self.date.date().toString("yyyy-MM-dd"), self.reference.text(), self.notes.text()
