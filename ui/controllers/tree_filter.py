"""The filter above the structure tree: a quarter-second after typing stops it narrows the tree to
the units whose name matches, keeps the unit chosen while it still matches, says how many match
and opens the branches when few enough rows are shown; Enter or ↓ goes on to the tree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QWidget

from ui.models.structure_tree import IdRole, KindRole, StructureTreeModel

EXPAND_LIMIT = 3000  # rows shown up to which a filtered tree is opened all the way


class TreeFilterController(QObject):
    def __init__(
        self,
        window: QWidget,
        edit: QLineEdit,
        note: QLabel,
        tree: QTreeView,
        selected: Callable[[], tuple[str, int] | None],
        select: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self.edit, self.note, self.tree = edit, note, tree
        self.selected, self.select = selected, select
        self.model: StructureTreeModel | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply)
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.returnPressed.connect(self._enter_tree)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), edit, context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._enter_tree)

    def attach(self, model: StructureTreeModel | None) -> None:
        """Filter this tree (None: no file); a newly opened file starts unfiltered."""
        self.model = model
        if model is not None:
            self.edit.clear()

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def apply(self) -> None:
        if self.model is None:
            return
        text = self.edit.text()
        chosen = self.selected()
        matches = self.model.set_filter(text)
        if chosen is not None:  # the unit chosen stays chosen while it is still shown
            self.select(*chosen)
        if text.strip():
            shown = len(self.model.visible or ())
            self.note.setText(self.tr("{count} unit cocok").format(count=len(matches)))
            self.note.show()
            if shown <= EXPAND_LIMIT:
                self.tree.expandRecursively(QModelIndex())
            else:
                self.expand_top()
        else:
            self.note.hide()
            self.expand_top()

    def expand_top(self) -> None:
        """Open every region: its editions are what the user looks for first."""
        if self.model is None:
            return
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def _enter_tree(self) -> None:
        """Go on to the tree, at the first unit found unless the unit chosen still matches."""
        if self.model is None:
            return
        if self._timer.isActive():
            self._timer.stop()
            self.apply()
        current = self.tree.currentIndex()
        if self.edit.text().strip() and not (current.isValid() and current.data(IdRole) in self.model.matches):
            index = self.model.index(0, 0)
            while index.isValid() and not (index.data(KindRole) == "unit" and index.data(IdRole) in self.model.matches):
                index = self.tree.indexBelow(index)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        self.tree.setFocus()
