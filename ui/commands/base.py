"""The one way a change is written: a command says what it does inside one transaction
(``work``) and what the window must show afterwards (``affected``). Undo and redo are the
same for every command: the journal of the step is replayed (core/journal.py), so no
command keeps old values of its own, and undoing 100,000 rows holds none in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QUndoCommand

from core.errors import Notice

if TYPE_CHECKING:
    from core.store import Tx
    from ui.document import Affected, Document

Progress = Callable[[float, str], None]


class StoreCommand(QUndoCommand):
    """An undoable change. Subclasses implement :meth:`work` and :meth:`affected`.

    ``bulk`` commands run in the background operation (progress, Cancel, the window
    alive); their ``work`` receives ``progress(fraction, message)`` and the cancel event.
    """

    bulk: ClassVar[bool] = False

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.doc = document
        self.store = document.store
        self.step: int | None = None  # the journal step that takes this change back (or forward again)
        self.warnings: list[Notice] = []  # shown after the first step (e.g. a duplicate sibling name)
        self._done_once = False

    # -- what a command says ---------------------------------------------------------

    def work(self, tx: Tx) -> None:
        """The change as asked, inside the transaction (may raise SotkError: nothing is written)."""
        raise NotImplementedError

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        """A bulk command's change; by default :meth:`work` (which then cannot report progress)."""
        self.work(tx)

    def affected(self, undone: bool) -> Affected:
        """What the window re-reads and selects after the change (``undone``: after its undo)."""
        raise NotImplementedError

    # -- the same for every command ---------------------------------------------------

    def first(self) -> Affected:
        """Do the change now, on the window's connection (small changes)."""
        with self.store.write(undo=self.text()) as tx:
            self.work(tx)
        self.finished(tx.step)
        return self.affected(False)

    def finished(self, step: int | None) -> None:
        self.step = step
        if step is None:
            self.setObsolete(True)  # nothing changed: no undo step

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # the first step already ran in Document.run
            return
        self.doc.replay(self, undone=False)

    def undo(self) -> None:
        self.doc.replay(self, undone=True)

    def merge_steps(self, other: StoreCommand) -> None:
        """Take ``other``'s change into this one (two edits that undo as one)."""
        if other.step is not None:
            if self.step is None:
                self.step = other.step
            else:
                from core import journal

                with self.store.write() as tx:
                    journal.merge(tx.conn, self.step, other.step)
                    tx.audit("merge_undo_steps", "change", self.step, None, {"merged": other.step})
            other.step = None
