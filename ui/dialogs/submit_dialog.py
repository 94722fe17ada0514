"""A dialog whose OK hands its values to ``submit`` (the window's, which runs the command)
and stays open with the reason when core refuses them: nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR_STYLE = "QLabel { color: #a12a2a; }"


class SubmitDialog(QDialog):
    def __init__(self, parent: QWidget | None, submit: Any, error_name: str) -> None:
        super().__init__(parent)
        self.submit = submit
        self.read_only = False  # set by the window for a file opened read-only
        self.error = QLabel(self)
        self.error.setObjectName(error_name)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def show_read_only(self) -> None:
        """A read-only file: the dialog shows the values but cannot save them (said at once,
        not after the user has typed)."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.error.setStyleSheet("QLabel { color: #555; }")
        self.error.setText(self.tr("Berkas dibuka hanya-baca: perubahan tidak dapat disimpan."))

    def exec(self) -> int:
        if self.read_only:
            self.show_read_only()
        return super().exec()

    def submitted_values(self) -> tuple[Any, ...]:
        """What ``submit`` is called with."""
        raise NotImplementedError

    def _on_ok(self) -> None:
        error = self.submit(*self.submitted_values()) if self.submit is not None else None
        if error is None:
            self.accept()
        else:
            self.error.setText(error)
