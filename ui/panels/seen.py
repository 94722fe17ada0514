"""Filling a panel when the user first sees it. A dock tabbed behind another stays
'visible' to Qt (isVisible() is true), so what counts is whether any of it is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


def on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class FillWhenSeen(QObject):
    """``request()`` runs ``fill`` now if the widget is on screen, else once it comes on
    screen (shown, or its dock's tab raised): a list of a whole region is not read for a
    window that does not show it."""

    def __init__(self, widget: QWidget, fill: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.fill = fill
        self.pending = False
        self._dock: QDockWidget | None = None
        widget.installEventFilter(self)

    def request(self) -> None:
        self.pending = True
        self._check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.Show):
            dock = self.widget.parentWidget()
            while dock is not None and not isinstance(dock, QDockWidget):  # a dock may hold it in a place-holder
                dock = dock.parentWidget()
            if isinstance(dock, QDockWidget) and dock is not self._dock:
                dock.visibilityChanged.connect(self._on_visibility)
                self._dock = dock
            if event.type() == QEvent.Type.Show and self.pending:
                QTimer.singleShot(0, self._check)
        return False

    def _on_visibility(self, visible: bool) -> None:
        if visible and self.pending:
            self._check()
            if self.pending:  # the region on screen is set just after the signal
                QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        if self.pending and on_screen(self.widget):
            self.pending = False
            self.fill()
