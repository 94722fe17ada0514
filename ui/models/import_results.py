"""The dry run of an import as four tables (Ditambah, Diubah, Ditolak, Catatan) over the
plan's own lists: nothing is copied per row, a cell is formatted when the view asks for it,
and the view is handed a thousand rows at a time (fetchMore), so 100,000 rows open at once.
When the whole plan follows its first screen, the rows already shown stay where they are."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.excel.report import Added, Note, Rejected, Updated
from core.money import format_rupiah
from core.nip import format_nip
from core.validation import label
from ui.i18n import tr_core, translated

Index = QModelIndex | QPersistentModelIndex
CHUNK = 1000
# Roles as plain ints, compared once per call: a view asks data() for about eight roles of
# every cell it paints, and it paints while the dry run's thread competes for the interpreter.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
Names = dict[str, dict[int, str]]  # field ("unit_id") → id → what the user calls it


def value_text(name: str, value: Any, names: Names) -> str:
    """A planned value as the user reads it: a unit's path, a NIP in groups, a date in
    Indonesian order, an amount in sen as rupiah."""
    if value is None:
        return ""
    if name in names and isinstance(value, int):
        return names[name].get(value, str(value))
    if name == "nip" and isinstance(value, str) and len(value) == 18:
        return format_nip(value)
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if name.endswith("_sen") and isinstance(value, int):
        return format_rupiah(value)
    return str(value)


class PlanRows(QAbstractTableModel):
    """One list of a plan. Subclasses give ``make_headers()`` and ``text(item, column)``."""

    kind: ClassVar[str] = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: Sequence[Any] = []
        self.names: Names = {}
        self._shown = 0
        self._headers: list[str] | None = None

    def show_items(self, items: Sequence[Any], names: Names) -> None:
        """Show a list; the whole list after the first screen of it keeps the rows shown."""
        self.names = names
        continues = len(items) >= self._shown and all(
            items[i] is self.items[i] for i in (0, self._shown - 1) if 0 <= i < self._shown
        )
        if continues and self._shown:
            self.items = items
            return
        self.beginResetModel()
        self.items = items
        self._shown = min(CHUNK, len(items))
        self.endResetModel()

    def make_headers(self) -> list[str]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        """The column titles, translated once (the view asks for them at every paint)."""
        if self._headers is None:
            self._headers = self.make_headers()
        return self._headers

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def total(self) -> int:
        return len(self.items)

    # -- Qt --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self.items)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(CHUNK, len(self.items) - self._shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        row = index.row()
        if not index.isValid() or row >= self._shown:
            return None
        return self.text(self.items[row], index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None


class AddedRows(PlanRows):
    """Rows to add: the sheet row and every value the record gets."""

    kind = "added"

    def __init__(self, fields: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.fields = [f for f in fields if not f.startswith("_")]

    def make_headers(self) -> list[str]:
        return [self.tr("Baris"), *(tr_core(label(f)) for f in self.fields)]

    def text(self, item: Added, column: int) -> str:
        if column == 0:
            return str(item.row)
        name = self.fields[column - 1]
        return value_text(name, item.values.get(name), self.names)


class UpdatedRows(PlanRows):
    """Rows that change a record: what changes, old → new."""

    kind = "updated"

    def make_headers(self) -> list[str]:
        return [self.tr("Baris"), self.tr("Perubahan")]

    def text(self, item: Updated, column: int) -> str:
        if column == 0:
            return str(item.row)
        return "; ".join(
            f"{tr_core(label(name))}: {value_text(name, before, self.names) or '—'} → {value_text(name, after, self.names) or '—'}"
            for name, (before, after) in item.changes.items()
            if not name.startswith("_")  # what the write needs, not what the user reads
        )


class RejectedRows(PlanRows):
    """Every problem of every rejected row: sheet, row, column, value, reason."""

    kind = "rejected"

    def make_headers(self) -> list[str]:
        return [
            self.tr("Lembar"),
            self.tr("Baris"),
            self.tr("Kolom"),
            self.tr("Judul kolom"),
            self.tr("Nilai"),
            self.tr("Alasan"),
        ]

    def text(self, item: Rejected, column: int) -> str:
        if column == 5:
            return translated(item.problem.template, item.problem.params)
        return (item.sheet, str(item.row), item.column, item.header, item.value)[column]


class NoteRows(PlanRows):
    """What is imported otherwise than written (a position left empty)."""

    kind = "notes"

    def make_headers(self) -> list[str]:
        return [self.tr("Baris"), self.tr("Kolom"), self.tr("Nilai"), self.tr("Catatan")]

    def text(self, item: Note, column: int) -> str:
        if column == 3:
            return translated(item.problem.template, item.problem.params)
        return (str(item.row), item.column, item.value)[column]
