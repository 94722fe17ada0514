"""Long work off the window's thread (ARCHITECTURE.md rule 6).

A core function that takes ``progress(fraction, message)`` runs in a QThread; a
progress dialog appears only if the work lasts longer than a moment, and Cancel
sets a flag the core function can look at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[float, str], None]
SHOW_AFTER_MS = 500


class _Job(QObject):
    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress, threading.Event], Any]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(lambda fraction, message: self.progressed.emit(fraction, message), self.cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the window's error dialog
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Run ``work(progress, cancel_event)`` in a thread; ``done``/``failed`` arrive on this thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, parent: QWidget | None, title: str, work: Callable[[Progress, threading.Event], Any], cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._job = _Job(work)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._job.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._job.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._dialog = QProgressDialog(title, self.tr("Batal") if cancellable else "", 0, 1000, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(SHOW_AFTER_MS)  # only shown for work that takes a while
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self._job.cancel.set)

    def start(self) -> None:
        self._dialog.setValue(0)
        self._thread.start()

    def wait(self) -> None:
        self._thread.wait()

    def wait_briefly(self) -> None:
        """Let the thread run a moment (a caller that must wait keeps the events flowing)."""
        self._thread.wait(20)

    def stop(self) -> None:
        """Cancel and wait for the thread to end (the window is closing: a running QThread
        destroyed with it would abort the program)."""
        self._job.cancel.set()
        self._thread.quit()
        self._thread.wait()
        self._dialog.close()

    def _on_progressed(self, fraction: float, message: str) -> None:
        self._dialog.setLabelText(message)
        self._dialog.setValue(int(fraction * 1000))

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.close()

    def _on_finished(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
