"""Choosing the urusan a unit carries from the official list (Permendagri 90/2019)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from core.reference import load_reference
from ui.labels import URUSAN_GROUPS, label


class UrusanPicker(QDialog):
    """A checkable, filterable list of every bidang urusan; the order chosen is kept."""

    def __init__(self, chosen: list[str], parent: QWidget | None = None, groups: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pilih urusan pemerintahan"))
        self.resize(560, 560)
        self.ref = load_reference()
        self.model = QStandardItemModel(self)
        for urusan in self.ref.urusan.values():
            if groups is not None and urusan.group not in groups:
                continue
            group = label(URUSAN_GROUPS, urusan.group)
            item = QStandardItem(f"{urusan.code}  {urusan.name}  ({group})")
            item.setData(urusan.code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if urusan.code in chosen else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Saring: ketik kode atau nama urusan"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setObjectName("urusanList")
        basis = self.ref.basis.get("urusan.csv", "")
        note = QLabel(
            self.tr("Sumber: {basis}. Satu dinas paling banyak 3 urusan dari satu rumpun (PP 18/2016 Pasal 18).").format(
                basis=basis
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._initial = list(chosen)
        # Wide enough for the longest entry ("1.05 Ketenteraman, ketertiban umum ... (wajib, pelayanan dasar)"),
        # up to most of the screen.
        metrics = self.view.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.model.item(row).text()) for row in range(self.model.rowCount())), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        self.resize(max(560, min(longest + 90, int(screen * 0.85))), 560)

    def chosen(self) -> list[str]:
        """Checked codes: those chosen before keep their order, new ones follow in code order."""
        checked = {
            self.model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        }
        kept = [code for code in self._initial if code in checked]
        return kept + sorted(checked - set(kept))
