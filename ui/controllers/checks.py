"""Wires the checks panel to the open file: which edition it checks, re-running after
edits, selecting units of a finding, and accepting findings as undoable commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from core.deferred import deferred
from ui import commands
from ui.check_runner import CheckRunner
from ui.document import Affected, Document
from ui.i18n import translated
from ui.panels.checks import QWIDGETSIZE_MAX, ChecksPanel
from ui.settings import Settings

if TYPE_CHECKING:
    from core import regions
    from core.checks import CheckReport
    from core.checks.model import Finding
else:
    regions = deferred("core.regions")


class ChecksController(QObject):
    def __init__(self, panel: ChecksPanel, window: QWidget, select_units: Callable[[list[int]], None]) -> None:
        super().__init__(window)
        self.panel = panel
        self.window = window
        self.select_units = select_units
        self.doc: Document | None = None
        self.runner = CheckRunner(self)
        self.runner.started.connect(panel.show_running)
        self.runner.report_ready.connect(self._on_report)
        self.runner.failed.connect(panel.show_failure)
        panel.run_requested.connect(self.runner.run_now)
        panel.edition_chosen.connect(self.set_edition)
        panel.units_chosen.connect(select_units)
        panel.accept_requested.connect(self._on_accept)
        panel.unaccept_requested.connect(self._on_unaccept)
        self.fold = DockFold(panel, window) if isinstance(window, QMainWindow) else None

    def attach(self, doc: Document) -> None:
        self.doc = doc
        for button in (self.panel.accept_button, self.panel.unaccept_button):
            button.setEnabled(not doc.store.read_only)  # accepting is a change to the file
        doc.changed.connect(self._on_changed)
        self._fill_editions()
        self.runner.set_target(doc.store.path, self.panel.current_edition())

    def detach(self) -> None:
        self.runner.stop()
        self.doc = None
        self.panel.set_editions([], None)

    def _fill_editions(self) -> None:
        assert self.doc is not None
        store = self.doc.store
        names = {r.id: r.name for r in regions.list_regions(store)}
        editions = regions.list_editions(store)
        current = self.runner.edition_id or self.panel.current_edition()
        if current not in {e.id for e in editions}:
            current = next((e.id for e in editions if e.status == "in_force"), editions[0].id if editions else None)
        self.panel.set_editions(
            [(e.id, f"{names.get(e.region_id, '')} — {self.panel.edition_label(e.name, e.status)}") for e in editions], current
        )

    def set_edition(self, edition_id: int | None) -> None:
        """Check this edition from now on (the tree's selection moved to it, or the user chose it)."""
        if self.doc is None or edition_id is None or edition_id == self.runner.edition_id:
            return
        self.panel.select_edition(edition_id)
        self.runner.set_target(self.doc.store.path, edition_id)

    def follow(self, kind: str, record_id: int, edition_id: int) -> None:
        """Check what the tree's selection belongs to: a unit's edition, an edition, or the
        structure in force in a region."""
        if kind != "region":
            self.set_edition(edition_id if kind == "unit" else record_id)
        elif self.doc is not None:
            in_force = regions.edition_in_force(self.doc.store, record_id)
            self.set_edition(in_force.id if in_force else None)

    def _on_changed(self, affected: Affected) -> None:
        if affected.regions_changed and self.doc is not None:
            self._fill_editions()
            self.runner.set_target(self.doc.store.path, self.panel.current_edition())
        if affected.findings_changed:
            self.runner.run_now()
        else:
            self.runner.schedule()

    def _on_report(self, report: CheckReport) -> None:
        if self.doc is not None:
            self.panel.show_report(report)

    def _on_accept(self, finding: Finding) -> None:
        report = self.panel.report
        if self.doc is None or report is None:
            return
        doc = self.doc

        def submit(reason: str) -> str | None:
            if not reason:
                return self.tr("Alasan penerimaan harus diisi.")
            return doc.submit(commands.AcceptFindingCommand(doc, report.edition_id, finding.key, finding.rule, reason))

        from ui.dialogs.accept_finding import AcceptFindingDialog

        AcceptFindingDialog(self.window, translated(finding.template, finding.params), submit).exec()

    def _on_unaccept(self, finding: Finding) -> None:
        report = self.panel.report
        if self.doc is not None and report is not None:
            self.doc.run(commands.AcceptFindingCommand(self.doc, report.edition_id, finding.key, finding.rule, None))


class DockFold(QObject):
    """Folding the checks panel gives its height back to the structure: the bottom dock area
    shrinks to the panel's top row, and grows back to the height it had when it unfolds.

    The checks dock is tabbed with the region-wide lists, the history and the synergy map;
    the area is as tall as the tallest minimum among them, so while the folded checks are
    the tab shown the others give up their minimum, and a tab raised from the folded area
    gets back the open height (a staff list 40 px high is of no use)."""

    def __init__(self, panel: ChecksPanel, window: QMainWindow) -> None:
        super().__init__(panel)
        self.panel = panel
        self.window = window
        self.squeezed = False  # the area is folded down; the other tabs' minimum given up
        self.minimums: dict[QWidget, int] = {}  # the other tabs' own minimum heights, while given up
        self.watched: set[QDockWidget] = set()
        panel.folded.connect(self._on_folded)
        self._timer = QTimer(self)  # once the tab switch or the fold has been laid out
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._timer.start()  # once the window has tabbed its docks: a panel folded at start

    @property
    def dock(self) -> QDockWidget | None:
        parent = self.panel.parentWidget()
        return parent if isinstance(parent, QDockWidget) else None

    def _tabbed(self) -> list[QDockWidget]:
        dock = self.dock
        if dock is None:
            return []
        group = [dock, *self.window.tabifiedDockWidgets(dock)]
        for member in group:
            if member not in self.watched:
                self.watched.add(member)
                member.visibilityChanged.connect(lambda _shown: self._timer.start())
        return group

    def _on_folded(self, collapsed: bool) -> None:
        dock = self.dock
        if collapsed and dock is not None and dock.isVisible() and not self.squeezed:
            open_height = dock.height()
            if open_height > self.folded_height() + 20:
                Settings().set_checks_open_height(open_height)
        self._timer.start()

    def folded_height(self) -> int:
        dock = self.dock
        return dock.minimumSizeHint().height() if dock is not None else 0

    def _checks_shown(self) -> bool:
        dock = self.dock
        return dock is not None and dock.isVisible() and not dock.visibleRegion().isEmpty()

    def fit(self) -> None:
        """Squeeze the area while the folded checks are the tab shown; give the height back otherwise."""
        group = self._tabbed()
        if not group:
            return
        dock = group[0]
        if self.panel.collapse.isChecked() and self._checks_shown():
            # a tab group is as tall as its tallest minimum and no taller than its lowest maximum
            self.panel.setMaximumHeight(self.panel.minimumSizeHint().height())
            for other in group[1:]:
                content = other.widget()  # a dock is as tall as its content's minimum
                if content is not None and content not in self.minimums:
                    self.minimums[content] = content.minimumHeight()
                    content.setMinimumHeight(1)  # an explicit minimum overrides its layout's
            self.window.resizeDocks([dock], [self.folded_height()], Qt.Orientation.Vertical)
            self.squeezed = True
            return
        self.panel.setMaximumHeight(QWIDGETSIZE_MAX)  # folded or not, it must not cap another tab
        if self.squeezed:
            for content, height in self.minimums.items():
                content.setMinimumHeight(height)  # 0: its layout's own again
            self.minimums.clear()
            shown = next((d for d in group if d.isVisible() and not d.visibleRegion().isEmpty()), dock)
            height = Settings().checks_open_height() or self.window.height() // 3
            self.window.resizeDocks([shown], [height], Qt.Orientation.Vertical)
            self.squeezed = False
