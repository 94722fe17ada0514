"""The region-wide lists in the docks (every staff member, every asset). They may hold 100,000
rows, so an edit marks them stale and they are re-read once they are seen; a unit renamed or
moved re-reads only the rows shown, since the lists show unit names."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.document import Affected, Document
from ui.panels.assets import AssetsPage
from ui.panels.staff_browser import StaffBrowser
from ui.region_choice import region_items


class RegionListsController(QObject):
    def __init__(
        self, window: QWidget, staff_dock: QDockWidget, staff: StaffBrowser, assets_dock: QDockWidget, assets: AssetsPage
    ) -> None:
        super().__init__(window)
        self.staff_dock, self.staff = staff_dock, staff
        self.assets_dock, self.assets = assets_dock, assets
        self._staff_stale = False
        self._assets_stale = False
        staff_dock.visibilityChanged.connect(lambda visible: visible and self._refresh_staff())
        assets_dock.visibilityChanged.connect(lambda visible: visible and self._refresh_assets())

    def attach(self, doc: Document | None) -> None:
        """Show this file's assets (the staff list is given its file by the people controller)."""
        if doc is None:
            self.assets.set_store(None)
        else:
            self.assets.set_store(doc.store, region_items(doc.store))

    def on_changed(self, doc: Document, affected: Affected) -> None:
        if affected.regions_changed:  # the region choosers of the two lists
            listed = region_items(doc.store)
            self.staff.set_regions(listed)
            self.assets.set_store(doc.store, listed)
        elif affected.parents:
            for model in (self.staff.model, self.assets.model):
                if model is not None:
                    model.refresh_rows()
        if affected.staff_changed or affected.regions_changed:
            self._staff_stale = True
            if not self.staff_dock.visibleRegion().isEmpty():
                self._refresh_staff()
        if affected.assets_changed or affected.regions_changed:
            self._assets_stale = True
            if not self.assets_dock.visibleRegion().isEmpty():
                self._refresh_assets()

    def _refresh_staff(self) -> None:
        if self._staff_stale:
            self._staff_stale = False
            self.staff.refresh()

    def _refresh_assets(self) -> None:
        if self._assets_stale:
            self._assets_stale = False
            self.assets.refilter()
