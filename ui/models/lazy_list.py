"""A table of any length: SQLite counts, orders and pages the list (``core.paging``), the
model asks for the ids and rows of a page as the view scrolls to it; only the pages seen
lately stay in memory, and no list of every id is built in Python. Staff and asset lists
are built on it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar, Generic, TypeVar, overload

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

from core.paging import OrderedIds

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
IdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
MAX_PAGES = 40  # rows kept in memory: at most 8,000


class ListIds(Sequence[int]):
    """The ids a model lists, by position, read a page at a time (``model.ids[5]``, ``len``)."""

    def __init__(self, model: LazyListModel[Any]) -> None:
        self.model = model

    def __len__(self) -> int:
        return self.model.rowCount()

    @overload
    def __getitem__(self, position: int) -> int: ...
    @overload
    def __getitem__(self, position: slice) -> list[int]: ...
    def __getitem__(self, position: int | slice) -> int | list[int]:
        if isinstance(position, slice):
            start, stop, step = position.indices(len(self))
            return self.model.ids_between(start, stop)[::step] if step > 0 else [self[i] for i in range(start, stop, step)]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self.model.id_at(position)

    def __iter__(self) -> Iterator[int]:
        for start in range(0, len(self), 5000):
            yield from self.model.ids_between(start, start + 5000)


class LazyListModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``columns``, ``fetch_list()`` (the ordered ids, see core.paging),
    ``fetch_rows(ids)`` (rows by id), ``cell(row, column, role)`` and ``sort_keys``
    (column → key understood by ``fetch_list``)."""

    columns: ClassVar[tuple[str, ...]] = ()
    sort_keys: ClassVar[dict[str, str]] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sort_key = ""
        self.descending = False
        self.ordered: OrderedIds | None = None
        self._count = 0
        self._id_pages: OrderedDict[int, list[int]] = OrderedDict()
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self.ids = ListIds(self)

    def fetch_list(self) -> OrderedIds:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict[int, Row]:
        raise NotImplementedError

    def cell(self, row: Row, column: str, role: int) -> Any:
        raise NotImplementedError

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()  # the selection is remembered (by id) before the old list goes
        if self.ordered is not None:
            self.ordered.close()
        self.ordered = self.fetch_list()
        self._count = len(self.ordered)
        self._id_pages.clear()
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the rows shown (after an edit) without re-reading the list."""
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    def pages_held(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _ids_of_page(self, page: int) -> list[int]:
        ids = self._id_pages.get(page)
        if ids is None:
            ids = self.ordered.between(page * PAGE, min(self._count, (page + 1) * PAGE)) if self.ordered else []
            self._id_pages[page] = ids
            while len(self._id_pages) > MAX_PAGES * 4:  # ids are small: keep more of them than rows
                self._id_pages.popitem(last=False)
        else:
            self._id_pages.move_to_end(page)
        return ids

    def id_at(self, number: int) -> int:
        ids = self._ids_of_page(number // PAGE)
        return ids[number % PAGE]

    def ids_between(self, start: int, stop: int) -> list[int]:
        """Ids at rows ``start`` up to ``stop`` (one query, whatever the range)."""
        stop = min(stop, self._count)
        if self.ordered is None or stop <= start:
            return []
        if start // PAGE == (stop - 1) // PAGE:
            page = start // PAGE
            return self._ids_of_page(page)[start - page * PAGE : stop - page * PAGE]
        return self.ordered.between(start, stop)

    def ids_of_rows(self, ranges: Sequence[tuple[int, int]]) -> list[int]:
        """Ids of the rows in these (top, bottom) ranges, in list order, each once: what a
        selection holds (Ctrl+A over 300,000 rows is one range and one query)."""
        merged: list[tuple[int, int]] = []
        for top, bottom in sorted(ranges):
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return [row_id for top, bottom in merged for row_id in self.ids_between(top, bottom + 1)]

    def row_at(self, number: int) -> Row | None:
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            wanted = self._ids_of_page(page)
            found = self.fetch_rows(wanted) if wanted else {}
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
        return 0 if parent.isValid() else self._count

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
            return self.id_at(index.row())
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
        saved["ids"] = model.ids_of_rows([(selected.top(), selected.bottom()) for selected in selection.selection()])
        current = view.currentIndex()
        valid = current.isValid() and current.row() < model.rowCount()
        saved["current"] = (model.id_at(current.row()), current.column()) if valid else None

    def restore() -> None:
        ids, current = saved.pop("ids", []), saved.pop("current", None)
        if (not ids and current is None) or model.ordered is None:
            return
        position = model.ordered.positions([*ids, *([current[0]] if current is not None else [])])
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
