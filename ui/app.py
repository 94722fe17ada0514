"""Starting the window: application object, translations, logging, the file to open."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from core import APP_NAME, __version__
from ui.errors import install_excepthook, setup_logging
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.sample import ensure_sample
from ui.settings import Settings

log = logging.getLogger("sotk")
ORGANIZATION = "SOTK Planner"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        app = QApplication(argv or [sys.argv[0]])
    return app


def start_window(file: str | None, *, read_only: bool = False, lang: str | None = None) -> MainWindow:
    """Build the main window on ``file``, or the last file, or the sample region."""
    settings = Settings()
    install_translators(lang or settings.language() or "id")
    window = MainWindow(settings)
    window.restore_layout()
    window.show()
    QCoreApplication.processEvents()
    candidate = Path(file) if file else None
    if candidate is None:
        last = settings.last_file()
        if last and Path(last).exists():
            candidate = Path(last)
    opened = candidate is not None and window.open_path(candidate, read_only=read_only)
    if not opened and file is None:  # a file the user named that fails is not replaced by the sample
        sample = ensure_sample(window)
        if sample is not None:
            window.open_path(sample, read_only=read_only)
    return window


def run(file: str | None, *, read_only: bool = False, lang: str | None = None) -> int:
    app = make_application()
    setup_logging()
    install_excepthook()
    log.info("%s %s starting", APP_NAME, __version__)
    window = start_window(file, read_only=read_only, lang=lang)
    status = app.exec()
    del window
    return status
