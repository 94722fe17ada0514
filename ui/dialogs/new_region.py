"""Asking for a new region: its name, kind and the name of its first edition."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QWidget

from ui.labels import REGION_KINDS, label


class NewRegionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wilayah baru"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("mis. Kabupaten Sambas"))
        self.kind = QComboBox(self)
        for value in REGION_KINDS:
            self.kind.addItem(label(REGION_KINDS, value), value)
        self.kind.setCurrentIndex(1)
        self.edition = QLineEdit(self.tr("Struktur yang berlaku"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Nama wilayah"), self.name)
        form.addRow(self.tr("&Jenis"), self.kind)
        form.addRow(self.tr("Edisi &pertama"), self.edition)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def _on_accept(self) -> None:
        if not self.name.text().strip() or not self.edition.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Nama wilayah dan nama edisi harus diisi."))
            return
        self.accept()

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), str(self.kind.currentData()), self.edition.text()
