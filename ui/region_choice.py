"""The "which region" drop-down shared by the region-wide staff and asset lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from core.deferred import deferred

if TYPE_CHECKING:
    from core import regions
    from core.store import Store
else:
    regions = deferred("core.regions")


def region_items(store: Store) -> list[tuple[int, str]]:
    """(id, name) of each region of the file: what the drop-down offers."""
    return [(r.id, r.name) for r in regions.list_regions(store)]


def fill_region_choice(combo: QComboBox, items: list[tuple[int, str]]) -> None:
    """Offer "all regions" (when there are several) and each region, keeping the one chosen
    before (regions are re-offered after one is added or renamed)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if len(items) > 1:
        combo.addItem(QCoreApplication.translate("region_choice", "Semua wilayah"), None)
    for region_id, name in items:
        combo.addItem(name, region_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


def region_choice(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo
