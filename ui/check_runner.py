"""Running the checks in the background, again after every edit, without freezing the window.

Each run opens its own read-only connection in a worker thread (never the window's
connection: one writer, readers apart). Edits arriving while a run is under way mark
it stale; when it ends, one new run starts. Results of stale runs are dropped.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

if TYPE_CHECKING:
    from core.checks import CheckReport

log = logging.getLogger("sotk.checks")
DEBOUNCE_MS = 600


class _Job(QObject):
    finished = Signal(int, object)  # generation, CheckReport
    failed = Signal(int, object)  # generation, exception

    def __init__(self, path: Path, edition_id: int, generation: int) -> None:
        super().__init__()
        self.path, self.edition_id, self.generation = path, edition_id, generation
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            from core.store import open_store

            with open_store(self.path, read_only=True) as store:
                from core.checks import run_checks  # the rules load with the first run, not at start

                report = run_checks(store, self.edition_id, cancel=self.cancel)
        except Exception as exc:  # noqa: BLE001 - reported to the panel, never a crash
            self.failed.emit(self.generation, exc)
        else:
            self.finished.emit(self.generation, report)


class CheckRunner(QObject):
    """Runs the checks of one edition of one file; ``report_ready`` carries each result."""

    started = Signal()
    report_ready = Signal(object)  # CheckReport
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.edition_id: int | None = None
        self._generation = 0
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def set_target(self, path: Path | None, edition_id: int | None) -> None:
        if (path, edition_id) == (self.path, self.edition_id):
            return
        self.path, self.edition_id = path, edition_id
        self._generation += 1  # whatever runs now is about something else
        if path is not None and edition_id is not None:
            self.schedule()  # a moment later: the window opening or the tree moving comes first

    def schedule(self) -> None:
        """Re-run a moment after the last edit (edits in a burst make one run)."""
        if self.path is not None and self.edition_id is not None:
            self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self.path is None or self.edition_id is None:
            return
        if self._thread is not None:
            self._pending = True
            return
        self._generation += 1
        job = _Job(self.path, self.edition_id, self._generation)
        thread = QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        self._thread, self._job = thread, job
        self.started.emit()
        thread.start()

    def _end_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._job = None, None
        if self._pending:
            self._pending = False
            self.run_now()

    def _on_finished(self, generation: int, report: CheckReport) -> None:
        current = generation == self._generation
        self._end_thread()
        if current:
            self.report_ready.emit(report)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        current = generation == self._generation
        self._end_thread()
        if current:
            log.warning("checks failed: %s", exc)
            self.failed.emit(exc)

    def stop(self) -> None:
        """Stop timers and wait for a run under way (before the file closes)."""
        self._timer.stop()
        self._pending = False
        self.path, self.edition_id = None, None
        if self._job is not None:
            self._job.cancel.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread, self._job = None, None
