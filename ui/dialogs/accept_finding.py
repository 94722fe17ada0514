"""Accepting a finding asks why: the reason is kept with the finding in the file and printed
with it, so a refusal (no reason) keeps the dialog open with what was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.dialogs.submit_dialog import SubmitDialog


class AcceptFindingDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, summary: str, submit: Any) -> None:
        super().__init__(parent, submit, "acceptError")
        self.setWindowTitle(self.tr("Terima temuan"))
        self.setMinimumWidth(520)
        finding = QLabel(summary, self)
        finding.setWordWrap(True)
        prompt = QLabel(
            self.tr("Mengapa temuan ini diterima? (misalnya: tugas bersama yang disengaja, ditetapkan dalam rapat tanggal ...)"),
            self,
        )
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("acceptReason")
        self.reason.setTabChangesFocus(True)
        prompt.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        for widget in (finding, prompt, self.reason, self.error, self.buttons):
            layout.addWidget(widget)
        self.reason.setFocus()

    def submitted_values(self) -> tuple[Any, ...]:
        return (self.reason.toPlainText().strip(),)
