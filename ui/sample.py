"""The bundled sample region, built on first use in the user's data folder."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from ui.errors import show_error
from ui.i18n import tr_core
from ui.paths import sample_path
from ui.worker import BackgroundTask, Progress


def ensure_sample(parent: QWidget | None) -> Path | None:
    """The path of the sample file, building it (with a progress dialog) if it is missing."""
    path = sample_path()
    if path.exists():
        return path
    partial = path.with_suffix(".sementara")
    partial.unlink(missing_ok=True)

    def work(progress: Progress, _cancel: threading.Event) -> None:
        from core.demo import build_demo  # only needed the first time

        build_demo(partial, seed=1, scale=1, progress=lambda f, m: progress(f, tr_core(m)))

    title = QCoreApplication.translate("sample", "Menyiapkan data contoh Kalimantan Barat...")
    task = BackgroundTask(parent, title, work, cancellable=False)
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    task.done.connect(lambda _r: (outcome.setdefault("ok", True), loop.quit()))
    task.failed.connect(lambda exc: (outcome.setdefault("error", exc), loop.quit()))
    task.start()
    loop.exec()
    if "error" in outcome:
        partial.unlink(missing_ok=True)
        show_error(parent, outcome["error"])  # type: ignore[arg-type]
        return None
    partial.replace(path)
    return path
