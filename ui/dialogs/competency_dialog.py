"""A new technical competency for the office's dictionary: code and name together, and a
refusal (a code already in use, a malformed code) keeps the dialog open with both."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ui.dialogs.submit_dialog import SubmitDialog


class CompetencyDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, submit: Any) -> None:
        super().__init__(parent, submit, "competencyError")
        self.setWindowTitle(self.tr("Kompetensi teknis baru"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(self)
        self.code.setObjectName("competencyCode")
        self.code.setPlaceholderText("T.09")
        self.name = QLineEdit(self)
        self.name.setObjectName("competencyName")
        self.name.setPlaceholderText(self.tr("misalnya Pengelolaan Arsip Dinamis"))
        form = QFormLayout()
        form.addRow(self.tr("&Kode:"), self.code)
        form.addRow(self.tr("&Nama kompetensi:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submitted_values(self) -> tuple[Any, ...]:
        return (self.code.text(), self.name.text())
