"""The longest stall of the window's event loop: a 5 ms timer notes the gaps between its ticks,
so a gap well above 5 ms is time the loop could not answer (bench_bulk, bench_import_dialog,
bench_restructure_window)."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication


class StallMeter:
    def __init__(self, interval_ms: int = 5) -> None:
        self.gaps: list[float] = []
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def restart(self) -> None:
        """Forget the gaps seen so far: the next longest() is of what follows."""
        self.gaps.clear()
        self.last = self.clock.elapsed()

    def longest(self, skip: int = 0) -> float:
        """The longest gap in ms (the first ``skip`` ticks aside, while the loop settles)."""
        return max(self.gaps[skip:]) if len(self.gaps) > skip else 0.0

    def stop(self) -> None:
        self.timer.stop()


def spin(seconds: float) -> None:
    """Run the event loop for ``seconds``, as an idle window would."""
    app = QApplication.instance()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
