"""Staff as a lazy table (see LazyListModel): NIP, name, rank, position, age, service, JPM."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core import competency
from core.nip import format_nip
from core.paging import OrderedIds, staff_list
from core.staff import StaffFilter, StaffRow, staff_rows
from core.store import Store
from ui.i18n import format_percent
from ui.models.lazy_list import IdRole, LazyListModel

StaffIdRole = IdRole
Entry = tuple[StaffRow, competency.Jpm | None]


class StaffListModel(LazyListModel[Entry]):
    columns: ClassVar[tuple[str, ...]] = (
        "nip",
        "name",
        "status",
        "golongan",
        "position",
        "unit",
        "age",
        "service",
        "jpm",
        "category",
    )
    sort_keys: ClassVar[dict[str, str]] = {
        "nip": "nip",
        "name": "name",
        "status": "status",
        "golongan": "golongan",
        "position": "position",
        "unit": "unit",
        "age": "age",
        "service": "service",
    }

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = StaffFilter()
        self.sort_key = "name"

    def set_filter(self, flt: StaffFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_list(self) -> OrderedIds:
        return staff_list(self.store, self.filter, self.sort_key, self.descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, Entry]:
        scores = {j.staff_id: j for j in competency.jpm(self.store, staff_ids=ids)} if ids else {}
        return {r.id: (r, scores.get(r.id)) for r in staff_rows(self.store, ids)}

    def headers(self) -> tuple[str, ...]:
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
        )

    def staff_id(self, row: int) -> int:
        return self.id_at(row)

    def unit_of(self, row: int) -> int | None:
        found = self.row_at(row)
        return found[0].unit_id if found is not None else None

    def cell(self, entry: Entry, column: str, role: int) -> Any:
        row, score = entry
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
            return (getattr(row, column) or None) if column in ("name", "position", "unit") else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "nip":
            return format_nip(row.nip)
        if column == "jpm":
            return format_percent(score.percent) if score is not None and score.assessed and score.percent is not None else ""
        if column == "category":
            return score.category.code if score is not None and score.category is not None else ""
        if column in ("age", "service"):
            value = getattr(row, column)
            return "" if value is None else str(value)
        return getattr(row, column) or ""
