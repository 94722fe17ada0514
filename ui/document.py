"""The open file as the window sees it: the store, its undo stack, and news of changes.

Commands run their first step through :meth:`Document.run` so a refused change never
lands on the undo stack; every step, done or undone, reports what it touched through
``changed`` so the tree and the editor refresh just those rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.errors import Notice, SotkError
from core.i18n import N_
from core.store import Store
from ui.i18n import error_text


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


class StoreCommand(QUndoCommand):
    """An undoable change over core operations.

    Subclasses implement ``first()`` (the change as asked; may raise SotkError),
    ``undo_step()`` and ``redo_step()``; each returns :class:`Affected`.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.doc = document
        self.store = document.store
        self.warnings: list[Notice] = []  # shown after the first step (e.g. a duplicate sibling name)
        self._done_once = False

    def first(self) -> Affected:
        raise NotImplementedError

    def undo_step(self) -> Affected:
        raise NotImplementedError

    def redo_step(self) -> Affected:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # the first step already ran in Document.run
            return
        self.doc.apply(self.redo_step)

    def undo(self) -> None:
        self.doc.apply(self.undo_step)


class Document(QObject):
    """One open ``.sotk`` file with its undo history."""

    changed = Signal(object)  # Affected
    failed = Signal(object)  # exception raised by a step
    warned = Signal(list)  # notices of a step that succeeded

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def run(self, command: StoreCommand) -> bool:
        """Do a command's first step; on success put it on the undo stack."""
        try:
            affected = command.first()
        except Exception as exc:  # noqa: BLE001 - SotkError for the user, anything else reported as a bug
            self.failed.emit(exc)
            return False
        self._done(command, affected)
        return True

    def submit(self, command: StoreCommand) -> str | None:
        """Like :meth:`run`, for a dialog that stays open when the change is refused: the
        reason comes back as text for the dialog to show (None: done). A read-only file is
        refused by the store itself, as for every other change."""
        try:
            affected = command.first()
        except SotkError as exc:
            return error_text(exc)
        self._done(command, affected)
        return None

    def _done(self, command: StoreCommand, affected: Affected) -> None:
        self.undo_stack.push(command)
        self.changed.emit(affected)
        if command.warnings:
            self.warned.emit(command.warnings)

    def apply(self, step: object) -> None:
        """Run an undo or redo step; a failure (e.g. the file became read-only) is reported,
        and the history is emptied: the stack has already moved past a step the file did not
        take, so undoing or redoing further would act on data that is not what it expects."""
        try:
            affected = step()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(exc)
            QTimer.singleShot(0, self._forget_history)  # not while the stack is inside undo()/redo()
            return
        self.changed.emit(affected)

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

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
