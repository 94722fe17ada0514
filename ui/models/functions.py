"""The numbered function statements of one unit, as an editable table."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from core.deferred import deferred
from core.reference import load_reference

Index = QModelIndex | QPersistentModelIndex
COLUMN_NUMBER, COLUMN_TEXT, COLUMN_URUSAN = range(3)


if TYPE_CHECKING:
    from core import unit_content
    from core.unit_content import Function
else:
    unit_content = deferred("core.unit_content")


class FunctionsModel(QAbstractTableModel):
    """Rows are statements; an edit emits the whole new list (the window makes it a command)."""

    edited = Signal(list)  # list[Function]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Function] = []
        self.read_only = False
        self.urusan = load_reference().urusan

    def set_items(self, items: list[Function], read_only: bool) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.read_only = read_only
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Pernyataan fungsi"), self.tr("Urusan"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NUMBER:
                return f"{index.row() + 1}."
            if column == COLUMN_TEXT:
                return item.text
            return item.urusan_code or ""
        if role == Qt.ItemDataRole.EditRole:
            return item.text if column == COLUMN_TEXT else (item.urusan_code or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_URUSAN and item.urusan_code in self.urusan:
                return self.urusan[item.urusan_code].label
            if column == COLUMN_TEXT:
                return item.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (COLUMN_TEXT, COLUMN_URUSAN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        items = list(self.items)
        item = items[index.row()]
        if index.column() == COLUMN_TEXT:
            text = str(value)
            if text == item.text:
                return False
            items[index.row()] = replace(item, text=text)
        elif index.column() == COLUMN_URUSAN:
            code = str(value) or None
            if code == item.urusan_code:
                return False
            items[index.row()] = replace(item, urusan_code=code)
        else:
            return False
        # After the editor has closed: the command re-reads this list, which must not happen
        # while the view is still committing the editor's text.
        QTimer.singleShot(0, lambda: self.edited.emit(items))
        return False  # the list is re-read from the file once the command has run

    # Whole-list edits used by the buttons beside the table.
    def with_added(self, text: str, row: int | None = None) -> list[Function]:
        items = list(self.items)
        items.insert(len(items) if row is None else row, unit_content.Function(None, text))
        return items

    def without(self, row: int) -> list[Function]:
        return [item for i, item in enumerate(self.items) if i != row]

    def with_moved(self, row: int, offset: int) -> list[Function]:
        items = list(self.items)
        target = row + offset
        if not (0 <= row < len(items) and 0 <= target < len(items)):
            return items
        items.insert(target, items.pop(row))
        return items
