"""The planning views in the window: the *Peta sinergi* dock (*Tampilan → Peta sinergi*),
tabbed with the other docks, built when first seen, and read again after a change only
once it is seen (a PD renamed, a region added, a plan imported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ui.controllers.cascade import CascadeController
from ui.document import Affected, Document
from ui.panels.lazy import LazyPage
from ui.region_choice import region_items

if TYPE_CHECKING:
    from ui.check_runner import CheckRunner
    from ui.panels.synergy import SynergyPanel


class PlansController(QObject):
    def __init__(self, window: QMainWindow, beside: QDockWidget, runner: CheckRunner | None = None) -> None:
        """The dock is tabbed after ``beside``, the pohon kinerja after it (marked with the
        findings ``runner`` reports)."""
        super().__init__(window)
        self.place: LazyPage[SynergyPanel] = LazyPage(self._make_panel, window)
        self.dock = QDockWidget(self.tr("Peta sinergi"), window)
        self.dock.setObjectName("synergyDock")
        self.dock.setWidget(self.place)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(beside, self.dock)
        self.dock.visibilityChanged.connect(lambda shown: shown and self._refresh())
        self.doc: Document | None = None
        self._stale = False
        self.place.on_built(lambda _panel: self._give_file())
        self.cascade = CascadeController(window, self.dock, runner)

    @staticmethod
    def _make_panel(parent: QWidget) -> SynergyPanel:
        from ui.panels.synergy import SynergyPanel

        return SynergyPanel(parent)

    @property
    def panel(self) -> SynergyPanel:
        return self.place.page

    def attach(self, doc: Document | None) -> None:
        """Show this file's matrix (or none); changes to it mark the matrix stale."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_changed)
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changed)
        self._stale = False
        if self.place.built:
            self._give_file()
        self.cascade.attach(doc)

    def _give_file(self) -> None:
        panel = self.place.page
        if self.doc is None:
            panel.set_store(None, [])
        else:
            panel.set_store(self.doc.store, region_items(self.doc.store))

    def _on_changed(self, affected: Affected) -> None:
        if affected.findings_changed and not (affected.regions_changed or affected.units or affected.parents):
            return  # an accepted finding changes nothing the matrix shows
        self._stale = True
        if not self.dock.visibleRegion().isEmpty():
            self._refresh()

    def _refresh(self) -> None:
        if not self._stale or not self.place.built or self.doc is None:
            return
        self._stale = False
        self._give_file()  # the regions too: one may have been added or renamed
