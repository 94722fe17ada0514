"""Keys of a list that act on its rows: Delete presses the list's remove button and Enter
its open button (or calls what opens the row), so the keys act on what the user sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Target = QAbstractButton | Callable[[], None] | None


class _RowKeys(QObject):
    def __init__(self, view: QAbstractItemView, remove: Target, open_: Target) -> None:
        super().__init__(view)
        self.view, self.remove, self.open = view, remove, open_

    def _button(self, event: QKeyEvent) -> Target:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        if event.key() == Qt.Key.Key_Delete:
            return self.remove
        if event.key() in _ENTER and self.view.state() != QAbstractItemView.State.EditingState:
            return self.open
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        button = self._button(event)
        if button is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to this list rather than to the window's shortcut
            return True
        if not isinstance(button, QAbstractButton):
            if self.view.currentIndex().isValid():
                button()
        elif button.isEnabled() and button.isVisible():
            button.click()
        return True


def bind_row_keys(view: QAbstractItemView, remove: Target = None, open_: Target = None) -> None:
    view.installEventFilter(_RowKeys(view, remove, open_))
