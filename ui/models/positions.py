"""A unit's positions (need against bezetting) and a position's competency standard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from core.eselon import eselon_label
from core.positions import CATEGORIES, LEVELS, Position

Index = QModelIndex | QPersistentModelIndex
P_TITLE, P_CATEGORY, P_LEVEL, P_ESELON, P_GRADE, P_NEEDED, P_HELD, P_DIFF = range(8)
EDITABLE = {P_TITLE: "title", P_CATEGORY: "category", P_LEVEL: "level", P_ESELON: "eselon", P_GRADE: "grade", P_NEEDED: "needed"}

CATEGORY_LABELS = {
    "jpt_utama": QT_TRANSLATE_NOOP("labels", "JPT utama"),
    "jpt_madya": QT_TRANSLATE_NOOP("labels", "JPT madya"),
    "jpt_pratama": QT_TRANSLATE_NOOP("labels", "JPT pratama"),
    "administrator": QT_TRANSLATE_NOOP("labels", "Administrator"),
    "pengawas": QT_TRANSLATE_NOOP("labels", "Pengawas"),
    "pelaksana": QT_TRANSLATE_NOOP("labels", "Pelaksana"),
    "fungsional": QT_TRANSLATE_NOOP("labels", "Fungsional"),
}
LEVEL_LABELS = {
    "ahli_pertama": QT_TRANSLATE_NOOP("labels", "Ahli pertama"),
    "ahli_muda": QT_TRANSLATE_NOOP("labels", "Ahli muda"),
    "ahli_madya": QT_TRANSLATE_NOOP("labels", "Ahli madya"),
    "ahli_utama": QT_TRANSLATE_NOOP("labels", "Ahli utama"),
    "pemula": QT_TRANSLATE_NOOP("labels", "Pemula"),
    "terampil": QT_TRANSLATE_NOOP("labels", "Terampil"),
    "mahir": QT_TRANSLATE_NOOP("labels", "Mahir"),
    "penyelia": QT_TRANSLATE_NOOP("labels", "Penyelia"),
}
assert set(CATEGORY_LABELS) == set(CATEGORIES) and set(LEVEL_LABELS) == set(LEVELS)


def tr_label(mapping: dict[str, str], key: str | None) -> str:
    return QCoreApplication.translate("labels", mapping[key]) if key in mapping else (key or "")


class PositionsModel(QAbstractTableModel):
    """Edits leave as ``edited(position_id, field, value)``: the window makes them commands."""

    edited = Signal(int, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Position] = []
        self.read_only = False

    def set_items(self, items: list[Position], read_only: bool) -> None:
        self.beginResetModel()
        self.items, self.read_only = items, read_only
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Jabatan"),
                self.tr("Kategori"),
                self.tr("Jenjang"),
                self.tr("Eselon"),
                self.tr("Kelas"),
                self.tr("Kebutuhan"),
                self.tr("Bezetting"),
                self.tr("Selisih"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.title,
                tr_label(CATEGORY_LABELS, item.category),
                tr_label(LEVEL_LABELS, item.level),
                eselon_label(item.eselon),
                "" if item.grade is None else item.grade,
                item.needed,
                item.held,
                f"{item.difference:+d}" if item.difference else "0",
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            return (
                item.title,
                item.category,
                item.level or "",
                item.eselon or "",
                item.grade or "",
                item.needed,
                item.held,
                item.difference,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= P_GRADE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == P_DIFF and item.difference:
            return QColor("#fde2e1") if item.difference < 0 else QColor("#fff1c2")
        if role == Qt.ItemDataRole.ToolTipRole and column == P_DIFF and item.difference:
            return (
                self.tr("{count} formasi kosong").format(count=-item.difference)
                if item.difference < 0
                else self.tr("{count} orang melebihi kebutuhan").format(count=item.difference)
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in EDITABLE:
            self.edited.emit(self.items[index.row()].id, EDITABLE[index.column()], value)
        return False


class StandardModel(QAbstractTableModel):
    """competency → required level of one position; edits leave as ``edited(dict)``."""

    edited = Signal(dict)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.levels: dict[str, int] = {}
        self.names: dict[str, tuple[str, str]] = {}
        self.read_only = False

    def set_standard(self, levels: dict[str, int], names: dict[str, tuple[str, str]], read_only: bool) -> None:
        self.beginResetModel()
        self.levels, self.names, self.read_only = dict(levels), names, read_only
        self.endResetModel()

    @property
    def codes(self) -> list[str]:
        return sorted(self.levels)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.levels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kode"), self.tr("Kompetensi"), self.tr("Level dibutuhkan"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self.codes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (code, self.names.get(code, (code, ""))[0], self.levels[code])[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == 2:
            levels = dict(self.levels)
            levels[self.codes[index.row()]] = value
            self.edited.emit(levels)
        return False
