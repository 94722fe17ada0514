"""The *Bandingkan* tab of the restructuring window: which two editions, the comparison read
off the window's thread (it runs the checks on both), shown when done, read again when the
file changed and the tab is in view, and saved as the JSON of ``main.py diff --json``."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from core.deferred import deferred
from ui.errors import show_error
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core import regions
    from ui.dialogs.restructure import RestructureDialog
    from ui.dialogs.restructure_data import ComparisonView
    from ui.document import Document
else:
    regions = deferred("core.regions")


class CompareController(QObject):
    def __init__(self, parent: QObject, doc: Document, dialog: RestructureDialog, region_id: int) -> None:
        super().__init__(parent)
        self.doc, self.dialog, self.region_id = doc, dialog, region_id
        self.tab = dialog.compare
        self.task: BackgroundTask | None = None
        self.shown: tuple[int, int] | None = None  # the pair the tab shows, while it is current
        self.stale = False
        self.again = False
        self.draft_seen: int | None = None
        self.tab.compare_asked.connect(self.compare)
        self.tab.save_asked.connect(self.save)
        dialog.tabs.currentChanged.connect(lambda _index: self.on_view())
        dialog.draft_chosen.connect(self.on_draft)
        editions = regions.list_editions(doc.store, region_id)
        in_force = next((e.id for e in editions if e.status == "in_force"), None)
        self.tab.set_editions(editions, dialog.status_names, in_force, None)

    @property
    def loading(self) -> bool:
        return self.task is not None

    def _visible(self) -> bool:
        return self.dialog.tabs.currentWidget() is self.tab

    def on_draft(self, edition_id: int) -> None:
        """The editions offered (re-read: a change may have added one or changed a status);
        another draft chosen above is compared with the edition in force."""
        editions = regions.list_editions(self.doc.store, self.region_id)
        if edition_id != self.draft_seen:
            self.draft_seen = edition_id
            in_force = next((e.id for e in editions if e.status == "in_force"), None)
            self.tab.set_editions(editions, self.dialog.status_names, in_force, edition_id)
        else:
            self.tab.set_editions(editions, self.dialog.status_names, None, None)
        self.on_view()

    def on_view(self) -> None:
        """Compare when the tab comes into view and what it shows is not the pair chosen now."""
        if self._visible() and (self.stale or self.shown != self.tab.chosen()):
            self.compare()

    def on_changed(self) -> None:
        """The file changed: what is shown is out of date (compared again once in view)."""
        self.stale = True
        if self.shown is not None and not self._visible():
            self.tab.show_stale()

    def compare(self) -> None:
        a, b = self.tab.chosen()
        if a is None or b is None:
            return
        if a == b:
            self.shown = (a, b)
            self.tab.show_same()
            return
        if self.task is not None:
            self.again = True  # compare again when this one is done: the choice or the file changed meanwhile
            return
        from ui.dialogs.restructure_data import read_comparison

        path = self.doc.store.path

        def work(_progress: Progress, cancel: threading.Event) -> ComparisonView:
            return read_comparison(path, a, b, cancel)

        self.stale = False
        self.shown = (a, b)
        self.tab.show_loading()
        self.task = BackgroundTask(self.dialog, self.tr("Membandingkan edisi..."), work)
        self.task.done.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _finished(self) -> bool:
        self.task = None
        if self.again:
            self.again = False
            self.compare()
            return False
        return True

    def _on_done(self, view: ComparisonView) -> None:
        if self._finished():
            self.tab.show_comparison(view)

    def _on_failed(self, exc: BaseException) -> None:
        self.shown = None
        if self._finished():
            self.tab.state.clear()
            show_error(self.dialog, exc)

    def stop(self) -> None:
        if self.task is not None:
            self.task.stop()
            self.task = None

    def save(self) -> None:
        """The comparison shown, as ``main.py diff FILE A B --json`` prints it."""
        view = self.tab.view
        if view is None:
            return
        suggested = f"perbandingan-{view.edition_a}-{view.edition_b}.json"
        name, _ = QFileDialog.getSaveFileName(self.dialog, self.tr("Simpan perbandingan"), suggested, self.tr("JSON (*.json)"))
        if not name:
            return
        from ui.cli import write_json

        try:
            with Path(name).open("w", encoding="utf-8") as out:
                write_json(view.data, out)
        except OSError as exc:
            show_error(self.dialog, exc)
