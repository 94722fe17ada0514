"""Choosing an Excel export: which list, for what (the whole region or the selected unit and
below), and where the .xlsx goes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.excel.export import KINDS, TITLES
from ui.dialogs.report_dialog import Scope, slug
from ui.i18n import tr_core


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    unit_id: int | None
    edition_id: int | None
    path: Path
    open_after: bool


class ExcelDialog(QDialog):
    def __init__(self, parent: QWidget | None, scope: Scope, folder: Path, kind: str = "all") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor ke Excel"))
        self.scope = scope
        self.folder = folder
        self._suggested = ""
        self.kind = QComboBox(self)
        self.kind.setObjectName("excelKind")
        for key in KINDS:
            self.kind.addItem(tr_core(TITLES[key]), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.whole = QRadioButton(self.tr("Seluruh wilayah: {name}").format(name=scope.edition_label), self)
        self.unit = QRadioButton(self.tr("Unit terpilih beserta sub-unitnya: {name}").format(name=scope.unit_name or "—"), self)
        self.unit.setEnabled(scope.unit_id is not None)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.unit)
        (self.unit if scope.unit_id is not None else self.whole).setChecked(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("excelPath")
        browse = QPushButton(self.tr("&Pilih..."), self)
        browse.clicked.connect(self._browse)
        self.open_after = QCheckBox(self.tr("Buka berkasnya sesudah ditulis"), self)
        self.open_after.setChecked(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a12a2a")
        self.error.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Daftar:"), self.kind)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.whole)
        scope_box.addWidget(self.unit)
        form.addRow(self.tr("Cakupan:"), scope_box)
        file_label = QLabel(self.tr("&Berkas:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ekspor"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        group.buttonToggled.connect(lambda _b, _on: self._suggest())
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def _suggest(self) -> None:
        """A file name from the list and the scope, until the user types one of their own."""
        if self.path.text() and self.path.text() != self._suggested:
            return
        subject = self.scope.unit_name if self.unit.isChecked() else self.scope.edition_label
        name = f"{slug(tr_core(TITLES[self.kind.currentData()]))}-{slug(subject)}.xlsx"
        self._suggested = str(self.folder / name)
        self.path.setText(self._suggested)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berkas Excel"), self.path.text(), self.tr("Buku kerja Excel (*.xlsx)")
        )
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")

    def _accept(self) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            self.error.setText(self.tr("Pilih berkas yang ditulis."))
        elif path.suffix.lower() != ".xlsx":
            self.error.setText(self.tr("Nama berkas harus berakhiran .xlsx."))
        elif not path.parent.is_dir():
            self.error.setText(self.tr("Folder {folder} tidak ada.").format(folder=path.parent))
        else:
            self.accept()

    def request(self) -> ExportRequest:
        unit = self.unit.isChecked() and self.scope.unit_id is not None
        return ExportRequest(
            kind=self.kind.currentData(),
            unit_id=self.scope.unit_id if unit else None,
            edition_id=None if unit else self.scope.edition_id,
            path=Path(self.path.text().strip()),
            open_after=self.open_after.isChecked(),
        )
