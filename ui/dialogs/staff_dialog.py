"""Adding or editing one person: identity, rank, placement, ratings and assessments.

What the NIP says (birth date, gender, TMT) is shown as it is typed; the dialog does not
validate on its own: core does, and a refusal keeps the dialog open with the message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import nip as nips
from core.competency import Gap
from core.dates import written_date
from core.errors import SotkError
from core.positions import Position
from core.reference import load_reference
from core.staff import PPPK_GOLONGAN, Assessment, Staff
from ui.dialogs.submit_dialog import ERROR_STYLE, SubmitDialog
from ui.i18n import error_text

RATINGS = ((None, "—"), (1, "1"), (2, "2"), (3, "3"))


class StaffDialog(SubmitDialog):
    """Returns plain values; ``submit`` (the window's) turns them into a command."""

    def __init__(
        self,
        parent: QWidget | None,
        positions: list[Position],
        competencies: dict[str, tuple[str, str]],
        person: Staff | None = None,
        assessments: list[Assessment] | None = None,
        submit: Any = None,
        gaps: list[Gap] | None = None,
    ) -> None:
        super().__init__(parent, submit, "staffError")
        self.setWindowTitle(self.tr("Ubah data pegawai") if person else self.tr("Tambah pegawai"))
        self.resize(720, 640)
        self.competencies = competencies
        self.nip = QLineEdit(self)
        self.nip.setObjectName("staffNip")
        self.nip.setPlaceholderText("19800101 200501 1 001")
        self.nip_info = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("staffName")
        self.front = QLineEdit(self)
        self.back = QLineEdit(self)
        self.status = QComboBox(self)
        self.status.addItems(["PNS", "PPPK"])
        self.golongan = QComboBox(self)
        self.golongan.setEditable(False)
        self.position = QComboBox(self)
        self.position.addItem(self.tr("(belum memegang jabatan)"), None)
        for item in positions:
            self.position.addItem(f"{item.title} ({item.held}/{item.needed})", item.id)
        self.kinerja = QComboBox(self)
        self.potensi = QComboBox(self)
        for combo in (self.kinerja, self.potensi):
            for value, text in RATINGS:
                combo.addItem(text, value)
        self.kinerja.setToolTip(self.tr("1 di bawah ekspektasi, 2 sesuai ekspektasi, 3 di atas ekspektasi"))
        self.potensi.setToolTip(self.tr("1 rendah, 2 menengah, 3 tinggi"))
        form = QFormLayout()
        form.addRow(self.tr("&NIP"), self.nip)
        form.addRow("", self.nip_info)
        form.addRow(self.tr("Na&ma"), self.name)
        titles = QHBoxLayout()
        titles.addWidget(self.front)
        titles.addWidget(self._buddy(self.tr("gelar &belakang"), self.back))
        titles.addWidget(self.back)
        form.addRow(self._buddy(self.tr("&Gelar depan"), self.front), titles)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Go&longan"), self.golongan)
        form.addRow(self.tr("&Jabatan"), self.position)
        ratings = QHBoxLayout()
        ratings.addWidget(self.kinerja)
        ratings.addWidget(self._buddy(self.tr("&potensi"), self.potensi))
        ratings.addWidget(self.potensi)
        ratings.addStretch(1)
        form.addRow(self._buddy(self.tr("&Kinerja"), self.kinerja), ratings)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("assessmentTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kompetensi"), self.tr("Level"), self.tr("Tanggal"), self.tr("Sumber")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Tambah &asesmen"), self)
        remove = QPushButton(self.tr("Hapus asesmen"), self)
        add.clicked.connect(
            lambda: self._add_row(
                Assessment(None, next(iter(competencies), ""), 3, QDate.currentDate().toString("yyyy-MM-dd"), "")
            )
        )
        remove.clicked.connect(self._remove_row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        box = QGroupBox(self.tr("Asesmen kompetensi (level 1–5)"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.table)
        box_layout.addLayout(buttons_row)
        self.gaps = QLabel(self)
        self.gaps.setObjectName("staffGaps")
        self.gaps.setWordWrap(True)
        self.gaps.setText(self._gap_text(gaps or []))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.gaps)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.status.currentTextChanged.connect(self._fill_golongan)
        self.nip.textChanged.connect(self._show_nip)
        self._fill_golongan(self.status.currentText())
        if person is not None:
            self.nip.setText(nips.format_nip(person.nip))
            self.name.setText(person.name)
            self.front.setText(person.front_title or "")
            self.back.setText(person.back_title or "")
            self.status.setCurrentText(person.status)
            self.golongan.setCurrentIndex(max(0, self.golongan.findData(person.golongan)))
            self.position.setCurrentIndex(max(0, self.position.findData(person.position_id)))
            self.kinerja.setCurrentIndex(max(0, self.kinerja.findData(person.kinerja)))
            self.potensi.setCurrentIndex(max(0, self.potensi.findData(person.potensi)))
        for item in assessments or []:
            self._add_row(item)
        self._show_nip()

    def _gap_text(self, gaps: list[Gap]) -> str:
        """The person's level against each competency of their position (as saved)."""
        if not gaps:
            return ""
        parts = []
        for gap in gaps:
            name = self.competencies.get(gap.competency_code, (gap.competency_code, ""))[0]
            if gap.level is None:
                parts.append(self.tr("{name}: belum diases (butuh {required})").format(name=name, required=gap.required))
            else:
                parts.append(f"{name}: {gap.level}/{gap.required} ({gap.gap:+d})")
        return self.tr("Dibanding standar jabatannya: {list}").format(list="; ".join(parts))

    def _fill_golongan(self, status: str) -> None:
        current = self.golongan.currentData()
        self.golongan.clear()
        self.golongan.addItem("—", None)
        if status == "PNS":
            for rank in sorted(load_reference().ranks.values(), key=lambda r: r.order):
                self.golongan.addItem(f"{rank.golongan} {rank.pangkat}", rank.golongan)
        else:
            for value in PPPK_GOLONGAN:
                self.golongan.addItem(value, value)
        self.golongan.setCurrentIndex(max(0, self.golongan.findData(current)))
        self._show_nip()

    def _show_nip(self) -> None:
        if self.status.currentText() != "PNS" or not self.nip.text().strip():
            self.nip_info.setText("")
            return
        try:
            info = nips.parse_pns(self.nip.text())
        except SotkError as exc:
            self.nip_info.setText(error_text(exc))
            self.nip_info.setStyleSheet(ERROR_STYLE)
            return
        self.nip_info.setStyleSheet("")
        gender = self.tr("laki-laki") if info.gender == "L" else self.tr("perempuan")
        self.nip_info.setText(
            self.tr("Lahir {birth} · {gender} · TMT CPNS {month}/{year}").format(
                birth=written_date(info.birth_date),
                gender=gender,
                month=f"{info.tmt_month:02d}",
                year=info.tmt_year,
            )
        )

    def _add_row(self, item: Assessment) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for code, (name, _kind) in self.competencies.items():
            combo.addItem(f"{code} {name}", code)
        combo.setCurrentIndex(max(0, combo.findData(item.competency_code)))
        level = QSpinBox(self.table)
        level.setRange(1, 5)
        level.setValue(max(1, min(5, int(item.level))))
        date = QDateEdit(self.table)
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd-MM-yyyy")
        date.setDate(QDate.fromString(item.assessed_on or "", "yyyy-MM-dd") if item.assessed_on else QDate.currentDate())
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, level)
        self.table.setCellWidget(row, 2, date)
        source = QTableWidgetItem(item.source or "")
        source.setData(Qt.ItemDataRole.UserRole, item.id)
        self.table.setItem(row, 3, source)
        if item.id is None:  # a row the user just added: show it and put them in it
            self.table.scrollToItem(source)
            self.table.setCurrentCell(row, 0)
            combo.setFocus()

    def _remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def values(self) -> tuple[dict[str, Any], list[Assessment]]:
        fields = {
            "nip": self.nip.text(),
            "name": self.name.text(),
            "front_title": self.front.text(),
            "back_title": self.back.text(),
            "status": self.status.currentText(),
            "golongan": self.golongan.currentData(),
            "position_id": self.position.currentData(),
            "kinerja": self.kinerja.currentData(),
            "potensi": self.potensi.currentData(),
        }
        assessments = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            level = self.table.cellWidget(row, 1)
            date = self.table.cellWidget(row, 2)
            source = self.table.item(row, 3)
            assert isinstance(combo, QComboBox) and isinstance(level, QSpinBox) and isinstance(date, QDateEdit)
            assessments.append(
                Assessment(
                    source.data(Qt.ItemDataRole.UserRole) if source else None,
                    combo.currentData(),
                    level.value(),
                    date.date().toString("yyyy-MM-dd"),
                    source.text() if source else "",
                )
            )
        return fields, assessments

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A label whose Alt+letter goes to ``widget`` (a row holding a layout gets none)."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def submitted_values(self) -> tuple[dict[str, Any], list[Assessment]]:
        return self.values()
