"""The sheet as the import dialog shows it: its first rows with the header rows marked
(and the first data row), and the column mapping (letter, header, sample values, field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.excel.headers import Layout
from core.excel.read import column_letter
from core.excel.report import shown
from ui.dialogs.excel_import.sheet_layout import SheetTop, samples

Index = QModelIndex | QPersistentModelIndex
HEADER = QColor("#d8e4f3")
DATA = QColor("#e6f2e1")
TITLE = QColor("#8a8a8a")


class SheetPreview(QAbstractTableModel):
    """The first rows of the sheet, numbered as Excel numbers them, columns lettered."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.top: SheetTop | None = None
        self.layout: Layout | None = None

    def show_sheet(self, top: SheetTop | None, layout: Layout | None) -> None:
        self.beginResetModel()
        self.top, self.layout = top, layout
        self.endResetModel()

    def mark(self, layout: Layout) -> None:
        """The header rows or the first data row changed: redraw."""
        self.layout = layout
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.top is None else len(self.top.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.top is None else self.top.width

    def role_of_row(self, row: int) -> str:
        """'header', 'data' (the first data row and after), 'title' (above the header) or ''."""
        layout = self.layout
        if layout is None:
            return ""
        if layout.header_first <= row <= layout.header_last:
            return "header"
        if row < layout.header_first:
            return "title"
        return "data" if row >= layout.data_first else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.top is None:
            return None
        row = self.top.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = row[index.column()] if index.column() < len(row) else None
            text = shown(value)
            return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
        place = self.role_of_row(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if place == "header":
                return QBrush(HEADER)
            return QBrush(DATA) if place == "data" and self.layout is not None and index.row() == self.layout.data_first else None
        if role == Qt.ItemDataRole.ForegroundRole and place == "title":
            return QBrush(TITLE)
        if role == Qt.ItemDataRole.FontRole and place == "header":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_letter(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)


class MappingRows(QAbstractTableModel):
    """One row per column of the sheet: its letter, its header, a few sample values; the
    field it fills is chosen in a combo the dialog puts in the last column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.top: SheetTop | None = None
        self.layout: Layout | None = None

    def show_layout(self, top: SheetTop | None, layout: Layout | None) -> None:
        self.beginResetModel()
        self.top, self.layout = top, layout
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Kolom"), self.tr("Judul kolom"), self.tr("Contoh isi"), self.tr("Diisikan ke")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.layout is None:
            return 0
        return max(len(self.layout.parts), self.top.width if self.top is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.layout is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.row()
        if index.column() == 0:
            return column_letter(column)
        if index.column() == 1:
            labels = self.layout.labels
            return labels[column] if column < len(labels) else ""
        if index.column() == 2 and self.top is not None:
            return " | ".join(samples(self.top, self.layout, column))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None
