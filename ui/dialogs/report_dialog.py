"""Choosing a report: which one, for what (the whole region or the selected unit and below),
on what paper, with which extras, and where the PDF goes."""

from __future__ import annotations

import re
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

from reports.catalog import KINDS
from reports.meeting_pack import DEFAULT_SECTIONS, SECTIONS
from ui.i18n import tr_core


@dataclass(frozen=True)
class Scope:
    edition_id: int
    edition_label: str  # 'Provinsi Kalimantan Barat (Perda 5/2021)'
    unit_id: int | None = None
    unit_name: str = ""


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    unit_id: int | None
    edition_id: int | None
    paper: str
    landscape: bool | None
    lampiran: bool
    signature: bool
    signer_title: str
    signer_name: str
    path: Path
    open_after: bool
    sections: tuple[str, ...] = ()


def slug(text: str) -> str:
    """A file-name-friendly form of a unit or region name."""
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()[:60] or "laporan"


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, scope: Scope, folder: Path, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak laporan"))
        self.scope = scope
        self.folder = folder
        self._suggested = ""
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        for key, report in KINDS.items():
            self.kind.addItem(tr_core(report.title), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.whole = QRadioButton(self.tr("Seluruh wilayah: {name}").format(name=scope.edition_label), self)
        self.unit = QRadioButton(self.tr("Unit terpilih beserta sub-unitnya: {name}").format(name=scope.unit_name or "—"), self)
        self.unit.setEnabled(scope.unit_id is not None)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.unit)
        (self.unit if scope.unit_id is not None else self.whole).setChecked(True)
        self.paper = QComboBox(self)
        for key, text in (("A4", "A4"), ("F4", self.tr("F4 / folio (215 × 330 mm)")), ("A3", "A3")):
            self.paper.addItem(text, key)
        self.orientation = QComboBox(self)
        for value, text in ((None, self.tr("Otomatis")), (False, self.tr("Tegak")), (True, self.tr("Melintang"))):
            self.orientation.addItem(text, value)
        self.lampiran = QCheckBox(self.tr("Kepala lampiran peraturan (dari dasar hukum edisi)"), self)
        self.signature = QCheckBox(self.tr("Blok tanda tangan"), self)
        self.signer_title = QLineEdit(self)
        self.signer_title.setPlaceholderText(self.tr("bawaan: kepala daerah"))
        self.signer_name = QLineEdit(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("reportPath")
        browse = QPushButton(self.tr("Pilih..."), self)
        browse.clicked.connect(self._browse)
        self.sections: dict[str, QCheckBox] = {}
        sections_box = QVBoxLayout()
        for key, title in SECTIONS.items():
            box = QCheckBox(tr_core(title), self)
            box.setChecked(key in DEFAULT_SECTIONS)
            self.sections[key] = box
            sections_box.addWidget(box)
        self.open_after = QCheckBox(self.tr("Buka PDF setelah selesai"), self)
        self.open_after.setChecked(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #a12a2a; }")

        form = QFormLayout()
        form.addRow(self.tr("&Laporan"), self.kind)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.whole)
        scope_box.addWidget(self.unit)
        form.addRow(self.tr("Lingkup"), scope_box)
        form.addRow(self.tr("&Kertas"), self.paper)
        form.addRow(self.tr("&Arah kertas"), self.orientation)
        self.sections_label = QLabel(self.tr("Isi bahan rapat"), self)
        form.addRow(self.sections_label, sections_box)
        form.addRow("", self.lampiran)
        form.addRow("", self.signature)
        self.signer_title_label = QLabel(self.tr("&Jabatan penanda tangan"), self)
        self.signer_title_label.setBuddy(self.signer_title)
        self.signer_name_label = QLabel(self.tr("Na&ma penanda tangan"), self)
        self.signer_name_label.setBuddy(self.signer_name)
        form.addRow(self.signer_title_label, self.signer_title)
        form.addRow(self.signer_name_label, self.signer_name)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        save_to = QLabel(self.tr("&Simpan ke"), self)
        save_to.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(save_to, where)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat PDF"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for widget in (self.kind, self.whole, self.unit):
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.toggled
            signal.connect(lambda *_: self._suggest_path())
        self.signature.toggled.connect(self._signer_fields)
        self._signer_fields(False)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_fields())
        self._kind_fields()
        self._suggest_path()
        self.resize(620, self.sizeHint().height())

    def _kind_fields(self) -> None:
        """Show only what the chosen report uses: the meeting pack's sections, the lampiran
        header and signature of the chart and the structure list."""
        kind = self.kind.currentData()
        pack = kind == "meeting-pack"
        self.sections_label.setVisible(pack)
        for box in self.sections.values():
            box.setVisible(pack)
        legal = kind in ("org-chart", "structure")
        for widget in (self.lampiran, self.signature, self.signer_title, self.signer_name):
            widget.setVisible(legal)
        for label in (self.signer_title_label, self.signer_name_label):
            label.setVisible(legal)
        self.adjustSize()

    def choose_paper(self, paper: str, landscape: bool | None) -> None:
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        for index in range(self.orientation.count()):
            if self.orientation.itemData(index) is landscape:
                self.orientation.setCurrentIndex(index)

    def _signer_fields(self, on: bool) -> None:
        self.signer_title.setEnabled(on)
        self.signer_name.setEnabled(on)

    def _suggest_path(self) -> None:
        """A name from the report and its scope, unless the user typed their own."""
        if self.path.text() and self.path.text() != self._suggested:
            return
        subject = self.scope.unit_name if self.unit.isChecked() else self.scope.edition_label
        self._suggested = str(self.folder / f"{slug(self.kind.currentText())}-{slug(subject)}.pdf")  # in the user's language
        self.path.setText(self._suggested)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), self.path.text(), self.tr("PDF (*.pdf)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def request(self) -> ReportRequest:
        unit = self.unit.isChecked() and self.scope.unit_id is not None
        return ReportRequest(
            kind=self.kind.currentData(),
            unit_id=self.scope.unit_id if unit else None,
            edition_id=None if unit else self.scope.edition_id,
            paper=self.paper.currentData(),
            landscape=self.orientation.currentData(),
            lampiran=self.lampiran.isChecked(),
            signature=self.signature.isChecked(),
            signer_title=self.signer_title.text().strip(),
            signer_name=self.signer_name.text().strip(),
            path=Path(self.path.text().strip()).expanduser(),
            open_after=self.open_after.isChecked(),
            sections=tuple(key for key, box in self.sections.items() if box.isChecked()),
        )

    def _on_ok(self) -> None:
        typed = self.path.text().strip()
        if typed and not typed.lower().endswith(".pdf"):  # 'laporan' → 'laporan.pdf'; never a .sotk overwritten
            typed = f"{typed.removesuffix('.sotk').removesuffix('.SOTK')}.pdf"
            self.path.setText(typed)
        path = Path(typed).expanduser()
        if not typed:
            self.error.setText(self.tr("Tulis nama berkas PDF."))
        elif self.kind.currentData() == "meeting-pack" and not any(b.isChecked() for b in self.sections.values()):
            self.error.setText(self.tr("Pilih sedikitnya satu bagian bahan rapat."))
        elif not path.parent.is_dir():
            self.error.setText(self.tr("Folder {folder} tidak ada.").format(folder=path.parent))
        else:
            self.accept()
