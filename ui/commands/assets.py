"""Commands on assets: add, edit, remove and move (with their transfer records)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core import assets
from core.store import Tx
from ui.commands.base import Progress, StoreCommand
from ui.commands.people import BULK_ROWS
from ui.document import Affected, Document


class SaveAssetCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, asset_id: int | None, fields: dict[str, Any]) -> None:
        text = QT_TRANSLATE_NOOP("commands", "Ubah aset") if asset_id else QT_TRANSLATE_NOOP("commands", "Tambah aset")
        super().__init__(doc, QCoreApplication.translate("commands", text))
        self.unit_id, self.asset_id, self.fields = unit_id, asset_id, fields

    def work(self, tx: Tx) -> None:
        if self.asset_id is None:
            values = dict(self.fields)
            created = assets.create_asset(
                tx, self.unit_id, values.pop("kib"), values.pop("kode_barang"), values.pop("name"), **values
            )
            self.asset_id = created.id
        else:
            assets.update_asset(tx, self.asset_id, **self.fields)

    def affected(self, undone: bool) -> Affected:
        return Affected(units=[self.unit_id], assets_changed=True)


class MoveAssetsCommand(StoreCommand):
    """Many assets to one unit: in the background, one transaction, one step, one transfer each."""

    bulk = True

    def __init__(self, doc: Document, asset_ids: list[int], unit_id: int, on: str, reference: str, notes: str) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Pindahkan {count} aset").format(count=len(asset_ids)))
        self.asset_ids, self.unit_id, self.on, self.reference, self.notes = asset_ids, unit_id, on, reference, notes
        self.units: list[int] = [unit_id]

    def work(self, tx: Tx) -> None:
        moved = assets.move_assets(tx, self.asset_ids, self.unit_id, on=self.on, reference=self.reference, notes=self.notes)
        self.units = moved.units

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        progress(0.1, self.text())
        self.work(tx)

    def affected(self, undone: bool) -> Affected:
        return Affected(units=list(self.units), assets_changed=True)


class DeleteAssetsCommand(StoreCommand):
    """One or many assets removed in one transaction and one undo step, their history kept for undo."""

    def __init__(self, doc: Document, asset_ids: list[int]) -> None:
        if len(asset_ids) == 1:
            name = assets.get_asset(doc.store, asset_ids[0]).name
            text = QCoreApplication.translate("commands", "Hapus aset '{name}'").format(name=name)
        else:
            text = QCoreApplication.translate("commands", "Hapus {count} aset").format(count=len(asset_ids))
        super().__init__(doc, text)
        self.asset_ids = asset_ids
        self.bulk = len(asset_ids) > BULK_ROWS  # type: ignore[misc]
        self.units: list[int] = []

    def work(self, tx: Tx) -> None:
        self.units = assets.delete_assets(tx, self.asset_ids).units

    def affected(self, undone: bool) -> Affected:
        return Affected(units=list(self.units), assets_changed=True)
