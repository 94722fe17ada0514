"""Assets as a lazy table (see LazyListModel), rupiah written the Indonesian way."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from core.assets import AssetFilter, AssetRow, asset_rows
from core.money import format_decimal, format_rupiah
from core.paging import OrderedIds, asset_list
from core.store import Store
from ui.models.lazy_list import LazyListModel

CONDITION_LABELS = {
    "B": QT_TRANSLATE_NOOP("labels", "Baik"),
    "KB": QT_TRANSLATE_NOOP("labels", "Kurang baik"),
    "RB": QT_TRANSLATE_NOOP("labels", "Rusak berat"),
}


def condition_label(code: str) -> str:
    return QCoreApplication.translate("labels", CONDITION_LABELS.get(code, code))


class AssetListModel(LazyListModel[AssetRow]):
    columns: ClassVar[tuple[str, ...]] = (
        "kib",
        "kode",
        "register",
        "name",
        "year",
        "value",
        "condition",
        "unit",
        "location",
        "area",
    )
    sort_keys: ClassVar[dict[str, str]] = {
        "kib": "kib",
        "kode": "kode",
        "register": "register",
        "name": "name",
        "year": "year",
        "value": "value",
        "condition": "condition",
        "unit": "unit",
        "location": "location",
        "area": "area",
    }

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = AssetFilter()
        self.sort_key = "kib"

    def set_filter(self, flt: AssetFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_list(self) -> OrderedIds:
        return asset_list(self.store, self.filter, self.sort_key, self.descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, AssetRow]:
        return {row.id: row for row in asset_rows(self.store, ids)}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("KIB"),
            self.tr("Kode barang"),
            self.tr("Register"),
            self.tr("Nama barang"),
            self.tr("Tahun"),
            self.tr("Nilai perolehan"),
            self.tr("Kondisi"),
            self.tr("Unit"),
            self.tr("Lokasi"),
            self.tr("Luas (m²)"),
        )

    def cell(self, row: AssetRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column in ("year", "value", "area") else None
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#a12a2a") if column == "condition" and row.condition == "RB" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "area":
                return row.certificate_no or None
            return (getattr(row, column) or None) if column in ("name", "unit", "location") else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "kode":
            return row.kode_barang
        if column == "value":
            return format_rupiah(row.value_sen)
        if column == "condition":
            return condition_label(row.condition)
        if column == "year":
            return "" if row.year is None else str(row.year)
        if column == "area":
            return "" if row.area_m2 is None else format_decimal(row.area_m2)
        return getattr(row, column) or ""
