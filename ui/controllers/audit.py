"""The change history dock (*Tampilan → Riwayat perubahan*): built and read when first seen,
read again after changes once seen; its unit filter follows the unit chosen in the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QTreeView, QWidget

from ui.document import Document
from ui.models.structure_tree import IdRole, KindRole
from ui.panels.lazy import LazyPage

if TYPE_CHECKING:
    from ui.panels.audit_log import AuditLogPanel


class AuditLogController(QObject):
    def __init__(self, window: QWidget, tree: QTreeView, title: str) -> None:
        super().__init__(window)
        self.tree = tree
        self.place: LazyPage[AuditLogPanel] = LazyPage(self._make_panel, window)
        self.dock = QDockWidget(title, window)
        self.dock.setObjectName("auditDock")
        self.dock.setWidget(self.place)
        self.dock.visibilityChanged.connect(lambda shown: shown and self.refresh())
        self.doc: Document | None = None
        self._stale = False

    def _make_panel(self, parent: QWidget) -> AuditLogPanel:
        from ui.panels.audit_log import AuditLogPanel

        return AuditLogPanel(self.chosen_unit, parent)

    @property
    def panel(self) -> AuditLogPanel:
        return self.place.page

    def chosen_unit(self) -> tuple[int, str] | None:
        """The unit chosen in the tree, for the log's unit filter."""
        index = self.tree.currentIndex()
        if not index.isValid() or index.data(KindRole) != "unit":
            return None
        return int(index.data(IdRole)), str(index.data(Qt.ItemDataRole.DisplayRole))

    def attach(self, doc: Document | None) -> None:
        self.doc = doc
        if doc is None:
            if self.place.built:
                self.panel.set_store(None)
            return
        self.changed()

    def changed(self) -> None:
        """Something was written: re-read the log now if it is seen, else when it is."""
        self._stale = True
        if not self.dock.visibleRegion().isEmpty():
            self.refresh()

    def refresh(self) -> None:
        if self.doc is None or not self._stale:
            return
        self._stale = False
        if self.panel.store is not self.doc.store:
            self.panel.set_store(self.doc.store)
        else:
            self.panel.refresh()

    def follow_unit(self) -> None:
        if self.place.built:
            self.panel.follow_unit()
