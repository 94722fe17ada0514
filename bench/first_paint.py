"""Time from a request to the first rows of a list painted on screen (not to the end of the
work queued after them, such as the nine-box counts or the asset totals)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView


class _Painted(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__()
        self.view = view
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        model = self.view.model()
        if event.type() == QEvent.Type.Paint and self.at is None and model is not None and model.rowCount() > 0:
            # Paint now (the rows' data read, the cells drawn), then take the time: the
            # filter sees the event before the view handles it.
            watched.removeEventFilter(self)
            QApplication.sendEvent(watched, event)
            self.at = time.perf_counter()
            return True
        return False


def first_rows(view: QTableView, ask: Callable[[], None], timeout: float = 30.0) -> tuple[float, float]:
    """(seconds to the first rows painted, seconds until everything queued after them ran)."""
    spy = _Painted(view)
    view.viewport().installEventFilter(spy)
    started = time.perf_counter()
    ask()
    view.viewport().update()
    while spy.at is None and time.perf_counter() - started < timeout:
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()
    settled = time.perf_counter() - started
    if spy.at is None:
        view.viewport().removeEventFilter(spy)
    return (spy.at or time.perf_counter()) - started, settled
