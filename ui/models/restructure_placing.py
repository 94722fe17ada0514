"""The placement lists of the restructuring window: people and assets where the mapping
leaves a choice, each with the program's proposal and its reason and the user's decision.
Filtering and sorting are done here on plain Python rows (a list of thousands stays quick:
no per-row call from a proxy model into Python), and the view asks only for what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from core.restructure.placing import Waiting

Index = QModelIndex | QPersistentModelIndex
EntityIdRole = Qt.ItemDataRole.UserRole + 1
WAITING_BACKGROUND = QColor("#fff4d6")  # no decision yet: on the bench / waiting on the proposal
COLUMNS = ("key", "name", "detail", "from_unit", "proposed", "reason", "decided")


class PlacingModel(QAbstractTableModel):
    def __init__(self, headers: list[str], waiting_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.waiting_text = waiting_text  # the decision column of a row not decided yet
        self.every: list[Waiting] = []
        self.rows: list[Waiting] = []
        self.needle = ""
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Waiting]) -> None:
        self.beginResetModel()
        self.every = rows
        self.rows = self._shown()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Rows whose NIP or kode barang, name, post or location, or units contain ``text``."""
        self.beginResetModel()
        self.needle = text.strip().casefold()
        self.rows = self._shown()
        self.endResetModel()

    def _shown(self) -> list[Waiting]:
        rows = self.every
        if self.needle:
            needle = self.needle
            rows = [r for r in rows if needle in f"{r.key}\n{r.name}\n{r.detail}\n{r.from_unit}\n{r.proposed}".casefold()]
        if self.sorted_by is None:  # those still waiting first, each part in the old edition's order
            return sorted(rows, key=lambda r: r.how == "decided")
        column, order = self.sorted_by
        name = COLUMNS[column]
        return sorted(rows, key=lambda r: str(getattr(r, name)).casefold(), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column (or, for -1, waiting first in the old edition's order)."""
        self.layoutAboutToBeChanged.emit()
        self.sorted_by = (column, order) if 0 <= column < len(COLUMNS) else None
        self.rows = self._shown()
        self.layoutChanged.emit()

    def waiting_count(self) -> int:
        return sum(r.how != "decided" for r in self.every)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = COLUMNS[index.column()]
            if name == "decided" and row.how != "decided":
                return self.waiting_text
            return getattr(row, name)
        if role == Qt.ItemDataRole.BackgroundRole and row.how != "decided":
            return QBrush(WAITING_BACKGROUND)
        if role == EntityIdRole:
            return row.entity_id
        return None

    def row_at(self, row: int) -> Waiting:
        return self.rows[row]
