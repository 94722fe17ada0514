"""A table of any length: the ordered ids are read at once (one small query), the rows a
page at a time as the view scrolls to them; only the pages seen lately stay in memory.
Staff and asset lists are built on it."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
IdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
MAX_PAGES = 40  # rows kept in memory: at most 8,000


class LazyListModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``columns``, ``fetch_ids()``, ``fetch_rows(ids)`` (rows by id),
    ``cell(row, column, role)`` and ``sort_keys`` (column → key understood by ``fetch_ids``)."""

    columns: ClassVar[tuple[str, ...]] = ()
    sort_keys: ClassVar[dict[str, str]] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sort_key = ""
        self.descending = False
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()

    def fetch_ids(self) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict[int, Row]:
        raise NotImplementedError

    def cell(self, row: Row, column: str, role: int) -> Any:
        raise NotImplementedError

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = self.fetch_ids()
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the rows shown (after an edit) without re-reading the list."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))

    def pages_held(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_at(self, number: int) -> Row | None:
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            wanted = self.ids[page * PAGE : (page + 1) * PAGE]
            found = self.fetch_rows(wanted)
            # By id: a row deleted meanwhile (by another program) leaves a gap, not a shift.
            rows = [found.get(row_id) for row_id in wanted]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = number - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == IdRole:
            return self.ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return None
        row = self.row_at(index.row())
        return None if row is None else self.cell(row, self.columns[index.column()], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_keys.get(self.columns[column])
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
