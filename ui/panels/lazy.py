"""A page built the first time it is needed: a tab or a dock the user has not opened yet
costs neither its imports nor its widgets at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.panels.seen import FillWhenSeen

Page = TypeVar("Page", bound=QWidget)


class _Notifier(QObject):
    built = Signal(object)  # the page, just made


class LazyPage(QWidget, Generic[Page]):
    """Holds the place of a page; ``page`` makes it (with ``factory(self)``) on first use or
    when the place first comes on screen (a dock tabbed behind another is 'shown' to Qt
    but not seen: see ui/panels/seen.py). Controllers connect to the page in ``on_built``."""

    def __init__(self, factory: Callable[[QWidget], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: Page | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._notifier = _Notifier(self)
        FillWhenSeen(self, lambda: self.page).request()

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> Page:
        if self._page is None:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
            self._notifier.built.emit(self._page)
        return self._page

    def on_built(self, wire: Callable[[Page], None]) -> None:
        """Call ``wire(page)`` once the page exists (at once if it already does)."""
        if self._page is not None:
            wire(self._page)
        else:
            self._notifier.built.connect(wire)
