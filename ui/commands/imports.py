"""Importing a sheet as one undoable change: in the background operation (a backup first,
one transaction, progress, Cancel rolling it back), the dry run made again inside the
transaction so what is written is the file as it is then, and one undo step for it all."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from core.collector import thaw
from core.excel.headers import Layout
from core.excel.importers import Importer, Target
from core.excel.read import open_workbook
from core.store import Tx
from ui.commands.base import Progress, StoreCommand
from ui.document import Affected, Document


class ImportCommand(StoreCommand):
    """*Impor NAMA-BERKAS*: every accepted row of the sheet, or nothing."""

    bulk = True

    def __init__(
        self,
        doc: Document,
        importer: Importer,
        source: Path,
        layout: Layout,
        target: Target,
        accept_valid: bool,
        on_written: Callable[[dict[str, int], dict[str, int]], None] | None = None,
    ) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Impor {name}").format(name=source.name))
        self.importer, self.source, self.layout, self.target = importer, source, layout, target
        self.accept_valid = accept_valid
        self.on_written = on_written
        self.summary: dict[str, int] = {}  # the plan's counts (the plan itself is not kept on the undo stack)
        self.written: dict[str, int] = {}

    def work(self, tx: Tx) -> None:
        self.work_in_background(tx, lambda _done, _message: None, threading.Event())

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        reading = QCoreApplication.translate("commands", "Memeriksa {name}...").format(name=self.source.name)
        with open_workbook(self.source) as book:
            plan = self.importer.plan(
                tx,
                book,
                self.layout,
                self.target,
                progress=lambda done, _m: progress(0.9 * done, reading),
                cancelled=cancel.is_set,
            )
        progress(
            0.9,
            QCoreApplication.translate("commands", "Menulis {count} baris...").format(count=len(plan.added) + len(plan.updated)),
        )
        self.written = self.importer.write(tx, plan, accept_valid=self.accept_valid)
        self.summary = plan.summary()

    def finished(self, step: int | None) -> None:
        super().finished(step)
        thaw()  # the plan written is gone
        callback, self.on_written = self.on_written, None
        summary, self.summary = self.summary, {}
        if callback is not None:
            written = dict(self.written)
            QTimer.singleShot(0, lambda: callback(summary, written))  # after the views are refreshed

    def affected(self, undone: bool) -> Affected:
        kind = self.importer.kind
        return Affected(
            staff_changed=kind in ("staff", "positions"),
            assets_changed=kind == "assets",
            regions_changed=self.importer.target == "edition",
        )
