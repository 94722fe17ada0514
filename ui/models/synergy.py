"""The peta sinergi on screen: the matrix of one RPJMD (perangkat daerah × strategic issue or
× priority program) as a table model over :class:`core.plans.synergy.SynergyMatrix`, the
same data the PDF prints, and the items of one cell as a list below it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.deferred import deferred

if TYPE_CHECKING:
    from core import money
    from core.plans import rpjmd, synergy
    from core.plans.synergy import Entry, SynergyMatrix
    from core.store import Reader
else:
    money = deferred("core.money")
    rpjmd = deferred("core.plans.rpjmd")
    synergy = deferred("core.plans.synergy")

Index = QModelIndex | QPersistentModelIndex
EntriesRole = Qt.ItemDataRole.UserRole + 1  # the cell's entries (a list of Entry)
ALONE = QColor("#f7d9d4")  # the PDF's shading of a column carried by one PD (reports/synergy.py)
ALONE_INK = QColor("#a3271b")


def latest_matrices(reader: Reader, region_id: int) -> list[SynergyMatrix]:
    """Both matrices (issue, priority) of the region's latest RPJMD; none without an RPJMD."""
    plans = rpjmd.region_rpjmd(reader, region_id)
    if not plans:
        return []
    latest = plans[0]
    period = f"{latest.period_start}–{latest.period_end}"
    name = latest.name if str(latest.period_start) in latest.name else f"{latest.name} ({period})"
    return [synergy.synergy_matrix(reader, latest.id, name, axis) for axis in synergy.AXES]


def marked(matrix: SynergyMatrix, column_id: int) -> bool:
    """As the PDF marks: an issue resting on one PD (ego sektoral), or any column no PD carries
    (a priority program run by one PD is usual)."""
    return matrix.unsupported(column_id) or (matrix.axis == "issue" and matrix.alone(column_id))


def cell_items(entries: list[Entry]) -> str:
    """What a matrix cell names: the code of its one item, or the first code and how many more,
    so a meeting reads which sub kegiatan carry the issue rather than a bare count."""
    first = entries[0].code
    if len(entries) == 1:
        return first
    return QCoreApplication.translate("synergy", "%1 dan %2 lainnya").replace("%1", first).replace("%2", str(len(entries) - 1))


def pagu_text(sen: int) -> str:
    """The pagu, or a dash when none is filled in (that is not zero rupiah planned)."""
    return money.format_rupiah(sen) if sen else "—"


def level_word(level: str) -> str:
    words = {
        "program": QCoreApplication.translate("synergy", "Program"),
        "kegiatan": QCoreApplication.translate("synergy", "Kegiatan"),
        "sub_kegiatan": QCoreApplication.translate("synergy", "Sub kegiatan"),
    }
    return words.get(level, level)


class SynergyModel(QAbstractTableModel):
    """One row per PD with an entry, then a 'Jumlah' row; one column per issue or program."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: SynergyMatrix | None = None

    def set_matrix(self, matrix: SynergyMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.matrix is None or not self.matrix.columns:
            return 0
        return len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def is_total(self, row: int) -> bool:
        return self.matrix is not None and row == len(self.matrix.rows)

    def entries(self, index: Index) -> list[Entry]:
        if self.matrix is None or not index.isValid() or self.is_total(index.row()):
            return []
        pd = self.matrix.rows[index.row()][0]
        return self.matrix.cells.get((pd, self.matrix.columns[index.column()].id), [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        column = self.matrix.columns[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ALONE) if marked(self.matrix, column.id) else None
        if self.is_total(index.row()):
            return self._total(column.id, role)
        entries = self.entries(index)
        if role == EntriesRole:
            return entries
        if not entries:
            return None
        pd = self.matrix.rows[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_items(entries) + "\n" + pagu_text(self.matrix.cell_pagu(pd, column.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{e.code}  {e.name} · {pagu_text(e.pagu_sen)}" for e in entries)
        return None

    def _total(self, column_id: int, role: int) -> Any:
        assert self.matrix is not None
        pds = len(self.matrix.pds_of(column_id))
        if role == Qt.ItemDataRole.DisplayRole:
            if not pds:
                return QCoreApplication.translate("synergy", "⚠ Tidak dikerjakan perangkat daerah mana pun")
            text = (
                QCoreApplication.translate("synergy", "Perangkat daerah: %1").replace("%1", str(pds))
                + "\n"
                + pagu_text(self.matrix.column_pagu(column_id))
            )
            if marked(self.matrix, column_id):
                text += "\n" + QCoreApplication.translate("synergy", "⚠ Hanya satu perangkat daerah (ego sektoral)")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and marked(self.matrix, column_id):
            return QBrush(ALONE_INK)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or section > len(self.matrix.rows):
                return None
            return QCoreApplication.translate("synergy", "Jumlah") if self.is_total(section) else self.matrix.rows[section][1]
        if section >= len(self.matrix.columns):
            return None
        column = self.matrix.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{column.group}\n{column.name}" if column.group else column.name
            if marked(self.matrix, column.id):
                alone = QCoreApplication.translate("synergy", "⚠ satu PD")
                text += "  " + (alone if self.matrix.pds_of(column.id) else QCoreApplication.translate("synergy", "⚠ tanpa PD"))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.name
        if role == Qt.ItemDataRole.ForegroundRole and marked(self.matrix, column.id):
            return QBrush(ALONE_INK)
        return None


class EntryListModel(QAbstractTableModel):
    """The items of the cell clicked: level, code, name and pagu."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.items = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.items[index.row()]
        return (level_word(entry.level), entry.code, entry.name, pagu_text(entry.pagu_sen))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("synergy", "Tingkat"),
            QCoreApplication.translate("synergy", "Kode"),
            QCoreApplication.translate("synergy", "Nama"),
            QCoreApplication.translate("synergy", "Pagu indikatif"),
        )[section]
