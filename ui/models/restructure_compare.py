"""One side of the comparison of two editions: the edition's units as a tree, each row
coloured and marked by what the comparison says happened to it (added, removed, renamed,
moved, merged, split). Plain rows read off the window's thread; the view asks only for
the rows it shows, so a region of thousands of units appears at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
UnitIdRole = Qt.ItemDataRole.UserRole + 1
CHANGES = ("added", "removed", "renamed", "moved", "merged", "split")
COLOURS = {
    "added": QColor("#d8f3dc"),
    "removed": QColor("#f9d6d5"),
    "renamed": QColor("#dbe7fb"),
    "moved": QColor("#eadcf8"),
    "merged": QColor("#fde5c2"),
    "split": QColor("#d2f1ee"),
}
MARKS = {"added": "+", "removed": "−", "renamed": "✎", "moved": "↷", "merged": "⇉", "split": "⇶"}


@dataclass(frozen=True)
class TreeUnit:
    id: int
    parent_id: int | None
    name: str
    change: str | None  # one of CHANGES, None when kept as it was


class EditionTreeModel(QAbstractItemModel):
    def __init__(self, change_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.change_names = change_names
        self.headers = ["", ""]
        self.units: dict[int, TreeUnit] = {}
        self.children: dict[int | None, list[int]] = {}
        self.row_of: dict[int, int] = {}
        self.counterparts: dict[int, list[str]] = {}  # unit → names of its counterparts, for the tooltip

    def set_units(self, units: list[TreeUnit], headers: list[str], counterparts: dict[int, list[str]]) -> None:
        """``units`` in tree order (a parent before its children)."""
        self.beginResetModel()
        self.headers = headers
        self.units = {u.id: u for u in units}
        self.children = {}
        for unit in units:
            siblings = self.children.setdefault(unit.parent_id, [])
            self.row_of[unit.id] = len(siblings)
            siblings.append(unit.id)
        self.counterparts = counterparts
        self.endResetModel()

    def index_of(self, unit_id: int, column: int = 0) -> QModelIndex:
        if unit_id not in self.units:
            return QModelIndex()
        return self.createIndex(self.row_of[unit_id], column, unit_id)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt override
        siblings = self.children.get(int(parent.internalId()) if parent.isValid() else None, [])
        if not 0 <= row < len(siblings) or not 0 <= column < len(self.headers):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt override
        if not index.isValid():
            return QModelIndex()
        parent_id = self.units[int(index.internalId())].parent_id
        return self.index_of(parent_id) if parent_id is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        if parent.isValid():
            return len(self.children.get(int(parent.internalId()), [])) if parent.column() == 0 else 0
        return len(self.children.get(None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def change_of(self, unit_id: int) -> str | None:
        return self.units[unit_id].change

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[int(index.internalId())]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return unit.name
            return f"{MARKS[unit.change]} {self.change_names[unit.change]}" if unit.change else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            others = self.counterparts.get(unit.id)
            return "\n".join([unit.name, *(f"↔ {name}" for name in others or [])])
        if role == Qt.ItemDataRole.BackgroundRole and unit.change:
            return QBrush(COLOURS[unit.change])
        if role == Qt.ItemDataRole.FontRole and unit.parent_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == UnitIdRole:
            return unit.id
        return None
