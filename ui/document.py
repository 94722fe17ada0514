"""The open file as the window sees it: the store, its undo stack, and news of changes.

Commands (ui/commands) run through :meth:`Document.run`, so a refused change never lands
on the undo stack; every step, done or undone, reports what it touched through
``changed`` so the tree and the editor refresh just those rows.

Bulk commands, and the undo and redo of big steps, run in the background operation: on a
second connection in a worker thread, one transaction, a progress dialog after half a
second, Cancel rolling everything back. Only one change runs at a time; while it runs
the document is ``busy`` and refuses other changes.

While the file is open for writing the document refreshes its lock file regularly (the
heartbeat other computers judge by). If the file is taken over or replaced meanwhile,
the heartbeat or the next write finds out; the document then becomes read-only and says
why, keeping its undo history (undo is refused, not thrown away).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from core.deferred import deferred
from core.errors import Cancelled, Notice, ReadOnlyError, RefusedError, SotkError
from core.i18n import N_
from ui.commands.base import StoreCommand
from ui.i18n import error_text
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core import backups, journal, lockfile
    from core import store as stores
    from core.store import Store
else:  # the file layer loads when a file is opened, after the window is painted
    backups, journal, lockfile, stores = (deferred(f"core.{name}") for name in ("backups", "journal", "lockfile", "store"))

BIG_STEP = 5000  # journal rows above which undo and redo run in the background
BUSY = N_("Perubahan sebelumnya masih berjalan; tunggu sampai selesai.")


@dataclass
class Affected:
    """What a step changed: sibling lists to re-read, rows to redraw, what to select."""

    parents: list[tuple[int, int | None]] = field(default_factory=list)  # (edition_id, parent_id)
    units: list[int] = field(default_factory=list)
    select_unit: int | None = None
    select_edition: int | None = None
    select_region: int | None = None
    regions_changed: bool = False  # regions or editions added, removed or renamed
    findings_changed: bool = False  # only the acceptance of a finding changed
    staff_changed: bool = False  # positions, standards, staff or assessments changed
    assets_changed: bool = False  # assets added, changed, moved or removed
    plans_changed: bool = False  # an RPJMD, Renstra or their links, indicators, coordination changed
    select_plan: tuple[str, int] | None = None  # the cascade node to show: (ref, id) as core.plans.cascade names it
    open_plan: tuple[str, int] | None = None  # the cascade node to open first (the one ``select_plan`` hangs under)


class Document(QObject):
    """One open ``.sotk`` file with its undo history."""

    changed = Signal(object)  # Affected
    failed = Signal(object)  # exception raised by a step
    warned = Signal(list)  # notices of a step that succeeded
    busy_changed = Signal(bool)
    read_only_changed = Signal()  # the file was taken over or replaced: nothing more is saved

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.task: BackgroundTask | None = None
        # A bound method, not a lambda: Qt drops the connection when the document goes, so the
        # stack's last signals while it is being deleted reach nothing.
        self.undo_stack.indexChanged.connect(self._forget_unreachable)
        self._was_read_only = store.read_only
        self.failed.connect(lambda _exc: self.notice_read_only())
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(lockfile.HEARTBEAT_SECONDS * 1000)
        self.heartbeat.timeout.connect(self.beat)
        if not store.read_only:
            self.heartbeat.start()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # -- the lock -----------------------------------------------------------------------

    def beat(self) -> None:
        """Tell other programs this one still has the file open; notice if it lost it."""
        if not self.store.read_only and not self.store.refresh_lock():
            self.notice_read_only()

    def notice_read_only(self) -> None:
        """The file became read-only since it was opened (taken over, replaced): say so once."""
        if self._was_read_only or not self.store.read_only:
            return
        self._was_read_only = True
        self.heartbeat.stop()
        self.read_only_changed.emit()
        self.warned.emit(
            [
                Notice(
                    N_(
                        "Berkas ini tidak lagi dipegang program ini; perubahan berikutnya tidak disimpan. Riwayat urungkan tetap ada, tetapi tidak dapat dijalankan."
                    )
                )
            ]
        )

    # -- doing ------------------------------------------------------------------------

    def _refusal(self) -> SotkError | None:
        if self.busy:
            return RefusedError(BUSY)
        if self.store.read_only:  # refused before any work starts (a bulk change would read first)
            return ReadOnlyError(stores.READ_ONLY_WRITE, path=str(self.store.path))
        return None

    def run(self, command: StoreCommand) -> bool:
        """Do a command; on success put it on the undo stack. A bulk command starts in the
        background and lands on the stack when it is done (True: it started)."""
        refusal = self._refusal()
        if refusal is not None:
            self.failed.emit(refusal)
            return False
        if command.bulk:
            self._start_bulk(command)
            return True
        try:
            affected = command.first()
        except Exception as exc:  # noqa: BLE001 - SotkError for the user, anything else reported as a bug
            self.failed.emit(exc)
            return False
        self._done(command, affected)
        return True

    def submit(self, command: StoreCommand) -> str | None:
        """Like :meth:`run`, for a dialog that stays open when the change is refused: the
        reason comes back as text for the dialog to show (None: done)."""
        refusal = self._refusal()
        try:
            if refusal is not None:
                raise refusal
            affected = command.first()
        except SotkError as exc:
            return error_text(exc)
        self._done(command, affected)
        return None

    def _done(self, command: StoreCommand, affected: Any) -> None:
        self.undo_stack.push(command)
        self.changed.emit(affected)
        if command.warnings:
            self.warned.emit(command.warnings)

    def _start_bulk(self, command: StoreCommand) -> None:
        def work(progress: Progress, cancel: threading.Event) -> int | None:
            sibling = self.store.sibling()
            try:
                progress(0.0, QCoreApplication.translate("document", "Membuat cadangan berkas..."))
                backups.backup_before_change(sibling, command.text())  # rule 5: a dated backup first
                with sibling.write(undo=command.text()) as tx:
                    journal.purge(tx.conn)  # the rows of steps the undo stack dropped
                    command.work_in_background(tx, progress, cancel)
                    if cancel.is_set():
                        raise Cancelled()
                return tx.step
            finally:
                sibling.close()

        def done(step: int | None) -> None:
            command.finished(step)
            self._done(command, command.affected(False))

        self._background(command.text(), work, done, cancellable=True)

    # -- undoing ----------------------------------------------------------------------

    def undo(self) -> None:
        refusal = self._refusal()  # read-only: the history stays, the step is not run
        if refusal is not None:
            self.failed.emit(refusal)
        elif self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        refusal = self._refusal()
        if refusal is not None:
            self.failed.emit(refusal)
        elif self.undo_stack.canRedo():
            self.undo_stack.redo()

    def replay(self, command: StoreCommand, *, undone: bool) -> None:
        """Undo or redo a command: replay its journal step, journalling the replay as the
        step that goes the other way. Big steps replay in the background."""
        step = command.step
        if step is None:
            self.changed.emit(command.affected(undone))
            return
        action = "undo" if undone else "redo"
        label = command.text()

        def replay_on(store: Store, progress: Progress | None = None) -> int | None:
            return journal.reverse(store, step, action, label, (lambda f: progress(f, label)) if progress else None)

        if journal.size(self.store.conn, step) <= BIG_STEP and not command.bulk:
            try:
                command.step = replay_on(self.store)
            except Exception as exc:  # noqa: BLE001
                self._step_failed(exc)
                return
            self.changed.emit(command.affected(undone))
            return

        def work(progress: Progress, _cancel: threading.Event) -> int | None:
            sibling = self.store.sibling()
            try:  # undoing or redoing a big change is a bulk change too: a dated backup first
                progress(0.0, QCoreApplication.translate("document", "Membuat cadangan berkas..."))
                backups.backup_before_change(sibling, title)
                return replay_on(sibling, progress)
            finally:
                sibling.close()

        def done(new_step: int | None) -> None:
            command.step = new_step
            self.changed.emit(command.affected(undone))

        title = (
            QCoreApplication.translate("document", "Mengurungkan: {action}")
            if undone
            else QCoreApplication.translate("document", "Mengulangi: {action}")
        ).format(action=label)
        self._background(title, work, done, cancellable=False, failed=self._step_failed)

    def _background(self, title: str, work: Any, done: Any, *, cancellable: bool, failed: Any = None) -> None:
        task = BackgroundTask(self._window(), title, work, cancellable=cancellable)
        self.task = task

        def finish() -> None:
            self.task = None
            self.busy_changed.emit(False)

        def on_done(result: Any) -> None:
            finish()
            self.store.saved_at = datetime.now()  # written by the other connection
            done(result)

        def on_failed(exc: BaseException) -> None:
            finish()
            if failed is not None:
                failed(exc)
            elif not isinstance(exc, Cancelled):
                self.failed.emit(exc)
            else:
                self.warned.emit([Notice(N_("Dibatalkan; berkas tetap seperti sebelumnya."))])

        task.done.connect(on_done)
        task.failed.connect(on_failed)
        self.busy_changed.emit(True)
        task.start()

    def wait(self) -> None:
        """Block until the background change (if any) has finished (tests, closing)."""
        while (task := self.task) is not None:  # processing events may finish it and clear self.task
            task.wait_briefly()
            QCoreApplication.processEvents()

    def _step_failed(self, exc: BaseException) -> None:
        """An undo or redo step could not run (e.g. the file became read-only): report it and
        empty the history: the stack has already moved past a step the file did not take."""
        self.failed.emit(exc)
        QTimer.singleShot(0, self._forget_history)  # not while the stack is inside undo()/redo()

    def _forget_history(self) -> None:
        self.undo_stack.clear()
        self.warned.emit(
            [
                Notice(
                    N_(
                        "Riwayat urungkan dikosongkan karena satu langkah tidak dapat dijalankan; isi berkas tetap seperti yang terlihat."
                    )
                )
            ]
        )

    def _forget_unreachable(self, _index: int = 0) -> None:
        """Steps of commands the stack dropped (a new change after undo) can never be replayed."""
        if self.busy or self.store.read_only:
            return
        kept = {
            command.step
            for index in range(self.undo_stack.count())
            if isinstance(command := self.undo_stack.command(index), StoreCommand) and command.step is not None
        }
        known = journal.steps(self.store.conn)
        if known - kept:
            with self.store.write() as tx:
                journal.forget(tx.conn, known - kept)
                tx.audit("forget_undo_steps", "change", None, None, {"count": len(known - kept)})

    def close(self) -> None:
        self.heartbeat.stop()
        if self.task is not None:
            self.task.stop()
            self.task = None
        self.undo_stack.clear()
        if not self.store.read_only:
            try:
                with self.store.write() as tx:
                    if journal.steps(tx.conn):
                        journal.forget(tx.conn)
                        tx.audit("forget_undo_steps", "change", None, None, {"count": "all"})
            except SotkError:
                pass  # the history goes at the next opening anyway
        self.store.close()
