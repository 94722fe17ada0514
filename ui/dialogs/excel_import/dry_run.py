"""The dry run off the window's thread, on a read-only connection of its own: the plan of
the first rows is handed over as soon as the core has it (``first=``), then the whole plan.
The window keeps painting meanwhile: calamine and SQLite let go of the interpreter while
they read, the core hands over only every 2,000 rows, and the cyclic collector waits until
the plan is done (see core/collector.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.excel.headers import Layout
from core.excel.importers import Importer, Target
from core.excel.read import open_workbook
from core.excel.report import Plan
from core.positions import positions_below
from core.store import Reader, open_store
from core.units import get_unit, unit_paths

Names = dict[str, dict[int, str]]


def display_names(reader: Reader, target: Target) -> Names:
    """How the plan's unit and position ids are shown: by path and title (read here, on the
    dry run's connection, not on the window's thread)."""
    if target.into is None:
        return {}
    unit = get_unit(reader, target.into)
    return {
        "unit_id": dict(unit_paths(reader, unit.edition_id)),
        "position_id": {p.id: p.title for p in positions_below(reader, target.into)},
    }


class _Job(QObject):
    first_planned = Signal(object)  # Plan of the first rows
    progressed = Signal(float, str)
    planned = Signal(object)  # the whole Plan
    failed = Signal(object)  # the exception (Cancelled when asked to stop)

    def __init__(self, store_path: Path, sheet_path: Path, importer: Importer, layout: Layout, target: Target) -> None:
        super().__init__()
        self.store_path, self.sheet_path = store_path, sheet_path
        self.importer, self.layout, self.target = importer, layout, target
        self.cancel = threading.Event()
        self.shown = threading.Event()  # the dialog has painted the first screen
        self.names: Names = {}

    def _first(self, plan: Plan) -> None:
        """Hand over the first screen and wait (at most a second) until it is painted: the
        window paints it without this thread competing for the interpreter."""
        self.first_planned.emit(plan)
        self.shown.wait(1.0)

    def run(self) -> None:
        try:
            with open_workbook(self.sheet_path) as book, open_store(self.store_path, read_only=True) as store:
                self.names = display_names(store, self.target)
                plan = self.importer.plan(
                    store,
                    book,
                    self.layout,
                    self.target,
                    progress=lambda done, message: self.progressed.emit(done, message),
                    cancelled=self.cancel.is_set,
                    first=self._first,
                )
        except BaseException as exc:  # noqa: BLE001 - shown by the dialog (a bug too, with its details)
            self.failed.emit(exc)
        else:
            self.planned.emit(plan)


class DryRun(QObject):
    """One dry run; its signals arrive on the thread that made it."""

    first_planned = Signal(object)
    progressed = Signal(float, str)
    planned = Signal(object)
    failed = Signal(object)

    def __init__(
        self, store_path: Path, sheet_path: Path, importer: Importer, layout: Layout, target: Target, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._job = _Job(store_path, sheet_path, importer, layout, target)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.first_planned.connect(self.first_planned)
        self._job.progressed.connect(self.progressed)
        self._job.planned.connect(self._on_planned)
        self._job.failed.connect(self._on_failed)
        self.plan: Plan | None = None

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._job.cancel.set()

    def first_shown(self) -> None:
        """The first screen is on screen: the dry run goes on."""
        self._job.shown.set()

    @property
    def names(self) -> Names:
        return self._job.names

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> None:
        """Cancel and wait for the thread (the dialog is closing)."""
        self._job.cancel.set()
        self._job.shown.set()
        self._thread.quit()
        self._thread.wait()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)  # a slot: it runs on the dialog's thread, whichever thread emits
    def _on_planned(self, plan: Plan) -> None:
        self._end()
        self.plan = plan
        self.planned.emit(plan)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._end()
        self.failed.emit(exc)
