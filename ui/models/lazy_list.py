"""A table of any length: the ordered ids are read at once (one small query), the rows a
page at a time as the view scrolls to them; only the pages seen lately stay in memory.
Staff and asset lists are built on it."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import QTableView

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


def attach_view(view: QTableView) -> None:
    """What a table over a lazy list needs: the selection kept across reloads, and a click on
    a column that cannot be sorted leaving the sort arrow where the order really is."""
    model = view.model()
    if not isinstance(model, LazyListModel):
        return
    _keep_selection(view, model)
    header = view.horizontalHeader()

    def check_sortable(column: int, _order: Qt.SortOrder) -> None:
        if model.sort_keys.get(model.columns[column]) is None:
            current = next((n for n, c in enumerate(model.columns) if model.sort_keys.get(c) == model.sort_key), 0)
            order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
            with QSignalBlocker(header):
                header.setSortIndicator(current, order)

    header.sortIndicatorChanged.connect(check_sortable)


def _keep_selection(view: QTableView, model: LazyListModel) -> None:
    """Keep the rows selected, and the current one, across the model's reloads (an edit, a
    new sort or filter re-reads the list): they stay selected wherever they are now listed."""
    saved: dict[str, Any] = {}

    def remember() -> None:
        selection = view.selectionModel()
        rows: set[int] = set()
        for selected in selection.selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        saved["ids"] = [model.ids[row] for row in rows if row < len(model.ids)]
        current = view.currentIndex()
        saved["current"] = (model.ids[current.row()], current.column()) if current.isValid() else None

    def restore() -> None:
        ids, current = saved.pop("ids", []), saved.pop("current", None)
        if not ids and current is None:
            return
        position = {row_id: row for row, row_id in enumerate(model.ids)}
        rows = sorted(position[row_id] for row_id in ids if row_id in position)
        selection = QItemSelection()
        last = len(model.columns) - 1
        start = 0
        for end in range(1, len(rows) + 1):  # one range per run of adjacent rows
            if end == len(rows) or rows[end] != rows[end - 1] + 1:
                selection.select(model.index(rows[start], 0), model.index(rows[end - 1], last))
                start = end
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().select(selection, flags.ClearAndSelect)
        if current is not None and current[0] in position:
            index = model.index(position[current[0]], current[1])
            view.selectionModel().setCurrentIndex(index, flags.NoUpdate)
            view.scrollTo(index)

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)
