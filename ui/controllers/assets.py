"""Turns requests of the asset pages into dialogs and undoable commands."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.deferred import deferred
from ui import commands
from ui.document import Document
from ui.panels.lazy import LazyPage

if TYPE_CHECKING:
    from core import assets, money, regions, units
    from ui.panels.assets import AssetsPage
else:
    regions = deferred("core.regions")
    units = deferred("core.units")
    assets, money = deferred("core.assets"), deferred("core.money")


class AssetsController(QObject):
    def __init__(self, window: QWidget, pages: list[LazyPage[AssetsPage]], select_unit: Any) -> None:
        super().__init__(window)
        self.window = window
        self.doc: Document | None = None
        self.select_unit = select_unit
        for place in pages:
            place.on_built(self._wire)

    def _wire(self, page: AssetsPage) -> None:
        page.asset_added.connect(lambda unit_id: self.open_asset(None, unit_id))
        page.asset_opened.connect(lambda asset_id: self.open_asset(asset_id, None))
        page.assets_moved.connect(self.move_assets)
        page.assets_removed.connect(self.remove_assets)
        page.history_asked.connect(self.show_history)
        page.unit_shown.connect(self.select_unit)

    def attach(self, doc: Document | None) -> None:
        self.doc = doc

    def open_asset(self, asset_id: int | None, unit_id: int | None) -> None:
        if self.doc is None:
            return
        store = self.doc.store
        asset = assets.get_asset(store, asset_id) if asset_id is not None else None
        unit = unit_id if unit_id is not None else asset.unit_id if asset else None
        if unit is None:
            return

        def submit(fields: dict[str, Any]) -> str | None:
            assert self.doc is not None
            return self.doc.submit(commands.SaveAssetCommand(self.doc, unit, asset_id, fields))

        from ui.dialogs.asset_dialog import AssetDialog

        dialog = AssetDialog(self.window, asset, submit)
        dialog.read_only = store.read_only
        dialog.exec()

    def move_assets(self, asset_ids: list[int]) -> None:
        if self.doc is None or not asset_ids:
            return
        store = self.doc.store
        if len(assets.regions_of(store, asset_ids)) > 1:
            QMessageBox.information(
                self.window,
                self.tr("Pindahkan aset"),
                self.tr(
                    "Aset yang dipilih tercatat di beberapa wilayah. Aset hanya dapat dipindah di dalam wilayahnya: pilih aset dari satu wilayah."
                ),
            )
            return
        first = assets.get_asset(store, asset_ids[0])
        edition_id = units.get_unit(store, first.unit_id).edition_id
        region_id = regions.get_edition(store, edition_id).region_id
        in_force = regions.edition_in_force(store, region_id)
        from ui.dialogs.unit_chooser import MoveAssetsDialog

        dialog = MoveAssetsDialog(self.window, units.unit_paths(store, in_force.id if in_force else edition_id), len(asset_ids))
        if dialog.exec() and dialog.unit_id() is not None:
            on, reference, notes = dialog.values()
            self.doc.run(commands.MoveAssetsCommand(self.doc, asset_ids, dialog.unit_id(), on, reference, notes))  # type: ignore[arg-type]

    def remove_assets(self, asset_ids: list[int]) -> None:
        if self.doc is None or not asset_ids:
            return
        if len(asset_ids) == 1:
            asset = assets.get_asset(self.doc.store, asset_ids[0])
            question = self.tr("Hapus {name} ({kode} / {register}) dari daftar?\nPenghapusan dapat diurungkan (Ctrl+Z).").format(
                name=asset.name, kode=asset.kode_barang, register=asset.register or "-"
            )
        else:
            question = self.tr("Hapus {count} aset yang dipilih dari daftar?\nPenghapusan dapat diurungkan (Ctrl+Z).").format(
                count=money.group_thousands(len(asset_ids))
            )
        if QMessageBox.question(self.window, self.tr("Hapus aset"), question) == QMessageBox.StandardButton.Yes:
            self.doc.run(commands.DeleteAssetsCommand(self.doc, asset_ids))

    def show_history(self, asset_id: int) -> None:
        if self.doc is None:
            return
        asset = assets.get_asset(self.doc.store, asset_id)
        moves = assets.history(self.doc.store, asset_id)
        holder = units.get_unit(self.doc.store, asset.unit_id).name
        if moves:
            locale = QLocale()
            rows = "".join(
                f"<tr><td>{locale.toString(QDate.fromString(m.transferred_on, Qt.DateFormat.ISODate), 'd MMMM yyyy')}</td>"
                f"<td>{html.escape(m.from_unit or '-')}</td><td>{html.escape(m.to_unit or '-')}</td>"
                f"<td>{html.escape(m.reference or '')}</td><td>{html.escape(m.notes or '')}</td></tr>"
                for m in moves
            )
            heads = (self.tr("Tanggal"), self.tr("Dari"), self.tr("Ke"), self.tr("Rujukan"), self.tr("Catatan"))
            head = "".join(f"<th>{html.escape(text)}</th>" for text in heads)
            body = f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
        else:
            body = html.escape(self.tr("Belum pernah dipindah."))
        box = QMessageBox(self.window)
        box.setStyleSheet("QLabel { min-width: 640px; }")  # room for the table: unit names are long
        box.setWindowTitle(self.tr("Riwayat aset"))
        box.setText(
            f"<b>{html.escape(asset.name)}</b> ({asset.kode_barang} / {html.escape(asset.register or '-')})<br>"
            + html.escape(self.tr("Dipegang sekarang oleh {unit}.").format(unit=holder))
            + f"<br><br>{body}"
        )
        box.exec()
