"""Starting the window: application object, translations, logging, the file to open; and the\nsmoke test that starts it the same way and says how long that took."""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from core import APP_NAME, __version__
from core.resources import resource_path
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
        app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The program's icon (resources/icons, drawn by installer/make_icon.py) for every window,
    the task bar and the title bar; the .exe carries the same one for Explorer."""
    icon = QIcon(str(resource_path("icons", "sotk-planner.png")))
    icon.addFile(str(resource_path("icons", "sotk-planner.ico")))
    return icon


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


def _private_settings() -> tempfile.TemporaryDirectory[str]:
    """Point QSettings at a copy of the user's settings: the smoke test restores the same
    layout as a normal start, but leaves their recent files and last file as they were."""
    real = Path(QSettings().fileName())
    folder = tempfile.TemporaryDirectory(prefix="sotk-smoke-")
    copy = Path(folder.name) / ORGANIZATION / real.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    if real.is_file():
        shutil.copyfile(real, copy)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder.name)
    return folder


class _FirstPaint(QObject):
    """Notes when a widget of the given kind (the main window, the tree's viewport) is first painted."""

    def __init__(self, clock: Callable[[], float]) -> None:
        super().__init__()
        self.clock = clock
        self.painted: dict[str, float] = {}
        self.watch: dict[int, str] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            name = self.watch.get(id(watched)) or ("window" if isinstance(watched, MainWindow) else None)
            if name is not None and name not in self.painted:
                self.painted[name] = self.clock()
        return False


def smoke_test(file: str | None, *, read_only: bool = False, lang: str | None = None, origin: float = 0.0) -> int:
    """Start as a user does (on ``file``, or the sample), wait until the window is painted
    and the tree's first level is filled and painted, print one JSON line and exit: 0, or 1
    with the reason on stderr (a message box the start would have shown, an exception,
    nothing shown within two minutes)."""
    app = make_application()
    settings_copy = _private_settings()
    setup_logging()

    def clock() -> float:
        return round((time.perf_counter() - origin) * 1000, 1)

    problems: list[str] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        problems.append("".join(traceback.format_exception(kind, exc, tb)).strip())

    sys.excepthook = hook

    def close_any_dialog() -> None:
        """A message box means the start went wrong (no such file, not a SOTK file...): take
        its words as the reason, and close it so the start can unwind."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            problems.append(" ".join(part for part in (modal.text(), modal.informativeText()) if part))
            modal.reject()
        elif isinstance(modal, QDialog) and not isinstance(modal, QProgressDialog):
            problems.append(f"a dialog was left open: {modal.windowTitle()}")
            modal.reject()

    watchdog = QTimer()
    watchdog.setInterval(50)
    watchdog.timeout.connect(close_any_dialog)
    watchdog.start()
    spy = _FirstPaint(clock)
    app.installEventFilter(spy)
    window: MainWindow | None = None
    try:
        if file is None:
            install_translators(lang or Settings().language() or "id")
            file = str(ensure_sample(None) or "")
        window = start_window(file or None, read_only=read_only, lang=lang)
        if window.doc is None and not problems:
            problems.append(f"{file}: not opened")
        viewport = window.tree.viewport()
        spy.watch[id(viewport)] = "tree"
        viewport.update()
        deadline = time.perf_counter() + 120
        while not problems and not {"window", "tree"} <= spy.painted.keys() and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not problems and not {"window", "tree"} <= spy.painted.keys():
            problems.append("the window or its tree was not painted within 120 s")
    except Exception as exc:  # noqa: BLE001 - any failure is the test's result
        problems.append("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip())
    finally:
        watchdog.stop()
        app.removeEventFilter(spy)
    status = 0
    if problems:
        print("smoke test failed: " + "\n".join(problems), file=sys.stderr)
        status = 1
    elif window is not None:
        size = window.size()
        line = {"shown_ms": spy.painted["window"], "tree_ms": spy.painted["tree"]}
        print(json.dumps({**line, "window_width": size.width(), "window_height": size.height()}), flush=True)
    if window is not None:
        window.close_file()
        window.deleteLater()
    app.processEvents()
    settings_copy.cleanup()
    return status
