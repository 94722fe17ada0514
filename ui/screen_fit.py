"""The window's size at a first start: as big as is comfortable, never bigger than the screen
it opens on less its taskbar (a 1366×768 office laptop leaves about 1366×728)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
MARGIN = 0.96  # of the usable screen, so the frame and title bar fit too


def first_start_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size shrunk to fit ``available`` (the screen less taskbars), centred on it."""
    width = min(preferred.width(), int(available.width() * MARGIN))
    height = min(preferred.height(), int(available.height() * MARGIN))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QWidget) -> None:
    """Size and place a window that has no remembered geometry."""
    screen = window.screen()
    if screen is not None:
        window.setGeometry(first_start_geometry(screen.availableGeometry()))
