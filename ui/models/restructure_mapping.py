"""The mapping table of the restructuring window: every unit of the edition in force in
tree order (perangkat daerah rows bold, so the table reads grouped by PD) with the program's
proposal and the user's decision; undecided units are marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
UnitIdRole = Qt.ItemDataRole.UserRole + 1
UNDECIDED_BACKGROUND = QColor("#fde2e1")


@dataclass(frozen=True)
class MappingRow:
    unit_id: int
    depth: int
    name: str
    proposed: str | None  # action label
    proposed_targets: str
    confidence: float | None
    reason: str
    decision: str  # action label, '' when undecided
    decision_targets: str
    state: str  # 'decided' | 'follows' (an ancestor's decision) | 'undecided'


class MappingModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[MappingRow] = []

    def set_rows(self, rows: list[MappingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            confidence = f"{row.confidence:.0%}" if row.confidence is not None else ""
            values = (
                "    " * row.depth + row.name,
                row.proposed or "",
                row.proposed_targets,
                confidence,
                row.reason,
                row.decision,
                row.decision_targets,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 4, 6):
            return self.data(index)
        if role == Qt.ItemDataRole.FontRole and row.depth == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.state == "undecided":
            return QBrush(UNDECIDED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.state == "follows" and column >= 5:
            return QBrush(QColor("#666666"))
        if role == UnitIdRole:
            return row.unit_id
        return None
