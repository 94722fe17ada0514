"""Adding or editing one asset; core checks the values, a refusal keeps the dialog open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.assets import CONDITIONS, KIB_BY_LEVEL, KODE_BARANG, Asset
from core.money import format_decimal, format_rupiah
from core.reference import load_reference
from ui.dialogs.submit_dialog import SubmitDialog
from ui.models.asset_list import condition_label


class AssetDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, asset: Asset | None = None, submit: Any = None) -> None:
        super().__init__(parent, submit, "assetError")
        self.setWindowTitle(self.tr("Ubah aset") if asset else self.tr("Tambah aset"))
        self.resize(560, 480)
        self.kib = QComboBox(self)
        for kib in load_reference().kib.values():
            self.kib.addItem(f"{kib.kib} — {kib.name}", kib.kib)
        self.kode = QLineEdit(self)
        self.kode.setObjectName("assetKode")
        self.kode.setPlaceholderText("1.3.2.02.01.01.004")
        self.register = QLineEdit(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("assetName")
        self.year = QLineEdit(self)
        self.year.setObjectName("assetYear")
        self.value = QLineEdit(self)
        self.value.setObjectName("assetValue")
        self.value.setPlaceholderText("Rp 12.500.000,00")
        self.condition = QComboBox(self)
        for code in CONDITIONS:
            self.condition.addItem(f"{code} — {condition_label(code)}", code)
        self.location = QLineEdit(self)
        self.area = QLineEdit(self)
        self.certificate = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&KIB"), self.kib)
        form.addRow(self.tr("Kode &barang"), self.kode)
        form.addRow(self.tr("&Register"), self.register)
        form.addRow(self.tr("&Nama barang"), self.name)
        form.addRow(self.tr("&Tahun perolehan"), self.year)
        form.addRow(self.tr("Nilai &perolehan"), self.value)
        form.addRow(self.tr("Kon&disi"), self.condition)
        form.addRow(self.tr("&Lokasi"), self.location)
        form.addRow(self.tr("Lua&s (m²)"), self.area)
        form.addRow(self.tr("Nomor ser&tifikat"), self.certificate)
        form.addRow(self.tr("&Catatan"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kib.currentIndexChanged.connect(lambda _i: self._land_fields())
        self.kode.textChanged.connect(self._kib_from_kode)
        if asset is not None:
            self.kib.setCurrentIndex(max(0, self.kib.findData(asset.kib)))
            self.kode.setText(asset.kode_barang)
            self.register.setText(asset.register or "")
            self.name.setText(asset.name)
            self.year.setText("" if asset.year is None else str(asset.year))
            self.value.setText(format_rupiah(asset.value_sen))
            self.condition.setCurrentIndex(max(0, self.condition.findData(asset.condition)))
            self.location.setText(asset.location or "")
            self.area.setText("" if asset.area_m2 is None else format_decimal(asset.area_m2))
            self.certificate.setText(asset.certificate_no or "")
            self.notes.setPlainText(asset.notes or "")
        self._land_fields()

    def _kib_from_kode(self, text: str) -> None:
        """A complete kode barang names its KIB (its third level); follow it."""
        match = KODE_BARANG.match(text.strip())
        if match:
            self.kib.setCurrentIndex(max(0, self.kib.findData(KIB_BY_LEVEL[match.group(1)])))

    def _land_fields(self) -> None:
        """Area for land and buildings, a certificate for land."""
        kib = self.kib.currentData()
        self.area.setEnabled(kib in ("A", "C"))
        self.certificate.setEnabled(kib == "A")

    def values(self) -> dict[str, Any]:
        kib = self.kib.currentData()
        return {
            "kib": kib,
            "kode_barang": self.kode.text(),
            "register": self.register.text(),
            "name": self.name.text(),
            "year": self.year.text(),
            "value": self.value.text(),
            "condition": self.condition.currentData(),
            "location": self.location.text(),
            "area_m2": self.area.text() if kib in ("A", "C") else None,
            "certificate_no": self.certificate.text() if kib == "A" else None,
            "notes": self.notes.toPlainText(),
        }

    def submitted_values(self) -> tuple[dict[str, Any]]:
        return (self.values(),)
