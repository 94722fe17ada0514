"""Errors shown to people, never as tracebacks.

Two sorts (as qutebrowser and Anki sort them): a :class:`SotkError` is the user's input
or the environment (a locked, damaged or read-only file) and gets a plain message; any
other exception is our bug and gets an apology with copyable details and the log path.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.errors import FileProblem, SotkError
from ui.i18n import error_text
from ui.paths import log_path

log = logging.getLogger("sotk")


LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3


class _RotatingLog(logging.FileHandler):
    """A log file kept small (3 × 1 MB), as logging.handlers.RotatingFileHandler keeps it: that
    module imports socket, pickle and queue, a good part of the window's start, for one class."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(OSError):
            if self.path.exists() and self.path.stat().st_size >= LOG_BYTES:
                self.close()
                for number in range(LOG_FILES_KEPT - 1, 0, -1):
                    older = self.path.with_name(f"{self.path.name}.{number}")
                    if older.exists():
                        older.replace(self.path.with_name(f"{self.path.name}.{number + 1}"))
                self.path.replace(self.path.with_name(f"{self.path.name}.1"))
        super().emit(record)


def setup_logging() -> None:
    """Log to a file in the user's data folder (kept small: 3 × 1 MB)."""
    handler = _RotatingLog(log_path())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong: plainly for their problems, with details for ours."""
    if isinstance(exc, SotkError):
        log.info("refused: %s", exc.message)
        title = (
            QCoreApplication.translate("errors", "Masalah berkas")
            if isinstance(exc, FileProblem)
            else QCoreApplication.translate("errors", "Tidak dapat dilakukan")
        )
        QMessageBox.warning(parent, title, error_text(exc))
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Terjadi kesalahan program"))
    box.setText(
        QCoreApplication.translate(
            "errors", "Maaf, SOTK Planner mengalami kesalahan yang tidak terduga. Perubahan yang sudah tersimpan tetap aman."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("errors", "Rincian tercatat di {path}. Sertakan rincian di bawah saat melapor.").format(
            path=log_path()
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route exceptions that escape Qt slots to :func:`show_error` instead of stderr."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_error(parent, exc)

    sys.excepthook = hook
