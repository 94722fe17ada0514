"""A list of staff of any length: the ordered ids are read at once (one small query), the
rows themselves a page at a time as the view scrolls to them, so 100,000 people open
as fast as ten and memory holds only the pages seen lately."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core import competency
from core.nip import format_nip
from core.staff import StaffFilter, StaffRow, staff_ids, staff_rows
from core.store import Store

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 40  # rows kept in memory: at most 8,000
StaffIdRole = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("nip", "name", "status", "golongan", "position", "unit", "age", "service", "jpm", "category")
SORTABLE = {
    "nip": "nip",
    "name": "name",
    "status": "status",
    "golongan": "golongan",
    "position": "position",
    "unit": "unit",
    "age": "birth",
}


class StaffListModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = StaffFilter()
        self.sort_key = "name"
        self.descending = False
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[tuple[StaffRow, competency.Jpm | None]]] = OrderedDict()

    # -- loading -----------------------------------------------------------------------

    def set_filter(self, flt: StaffFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = staff_ids(self.store, self.filter, self.sort_key, self.descending)
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the rows shown (after an edit) without re-reading the list."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def _row(self, number: int) -> tuple[StaffRow, competency.Jpm | None] | None:
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self.ids[page * PAGE : (page + 1) * PAGE]
            found = staff_rows(self.store, ids)
            scores = {j.staff_id: j for j in competency.jpm(self.store, staff_ids=ids)} if ids else {}
            by_id = {r.id: r for r in found}
            rows = [(by_id[i], scores.get(i)) for i in ids if i in by_id]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = number - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def staff_id(self, row: int) -> int:
        return self.ids[row]

    def unit_of(self, row: int) -> int | None:
        found = self._row(row)
        return found[0].unit_id if found is not None else None

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("NIP"),
            self.tr("Nama"),
            self.tr("Status"),
            self.tr("Gol."),
            self.tr("Jabatan"),
            self.tr("Unit"),
            self.tr("Umur"),
            self.tr("Masa kerja"),
            self.tr("JPM"),
            self.tr("Kategori"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == StaffIdRole:
            return self.ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        found = self._row(index.row())
        if found is None:
            return None
        row, score = found
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column in ("age", "service", "jpm") else None
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if (
                column in ("jpm", "category")
                and score is not None
                and score.category is not None
                and score.category.code == "KMS"
            ):
                return QColor("#a12a2a")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("jpm", "category") and score is not None and score.assessed and not score.complete:
                return self.tr("Belum semua kompetensi diases ({done} dari {all}).").format(
                    done=score.assessed, all=score.competencies
                )
            return None
        if column == "nip":
            return format_nip(row.nip)
        if column == "jpm":
            return f"{score.percent:.1f}%" if score is not None and score.assessed and score.percent is not None else ""
        if column == "category":
            return score.category.code if score is not None and score.category is not None else ""
        if column == "age":
            return "" if row.age is None else str(row.age)
        if column == "service":
            return "" if row.service is None else str(row.service)
        value = getattr(row, column)
        return value or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(COLUMNS[column])
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
