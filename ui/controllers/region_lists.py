"""The region-wide lists in the docks (every staff member, every asset). They may hold 100,000
rows, so an edit marks them stale and they are re-read once they are seen; a unit renamed or
moved re-reads only the rows shown, since the lists show unit names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.document import Affected, Document
from ui.panels.lazy import LazyPage
from ui.region_choice import region_items

if TYPE_CHECKING:
    from ui.panels.assets import AssetsPage
    from ui.panels.staff_browser import StaffBrowser


class RegionListsController(QObject):
    """Lists not built yet (their dock never seen) are left alone: they read the file fresh
    when they are built."""

    def __init__(
        self,
        window: QWidget,
        staff_dock: QDockWidget,
        staff: LazyPage[StaffBrowser],
        assets_dock: QDockWidget,
        assets: LazyPage[AssetsPage],
    ) -> None:
        super().__init__(window)
        self.staff_dock, self.staff_place = staff_dock, staff
        self.assets_dock, self.assets_place = assets_dock, assets
        self.doc: Document | None = None
        self._staff_stale = False
        self._assets_stale = False
        staff_dock.visibilityChanged.connect(lambda visible: visible and self._refresh_staff())
        assets_dock.visibilityChanged.connect(lambda visible: visible and self._refresh_assets())
        assets.on_built(self._give_file)

    def _give_file(self, page: AssetsPage) -> None:
        if self.doc is None:
            page.set_store(None)
        else:
            page.set_store(self.doc.store, region_items(self.doc.store))

    def attach(self, doc: Document | None) -> None:
        """Show this file's assets (the staff list is given its file by the people controller)."""
        self.doc = doc
        if self.assets_place.built:
            self._give_file(self.assets_place.page)

    def on_changed(self, doc: Document, affected: Affected) -> None:
        staff = self.staff_place.page if self.staff_place.built else None
        assets = self.assets_place.page if self.assets_place.built else None
        if affected.regions_changed:  # the region choosers of the two lists
            listed = region_items(doc.store)
            if staff is not None:
                staff.set_regions(listed)
            if assets is not None:
                assets.set_store(doc.store, listed)
        elif affected.parents:
            for model in (staff.model if staff else None, assets.model if assets else None):
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
        if self._staff_stale and self.staff_place.built:
            self._staff_stale = False
            self.staff_place.page.refresh()

    def _refresh_assets(self) -> None:
        if self._assets_stale and self.assets_place.built:
            self._assets_stale = False
            self.assets_place.page.refilter()
