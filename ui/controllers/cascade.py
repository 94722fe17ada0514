"""The *Pohon kinerja* dock (*Tampilan → Pohon kinerja*, tabbed beside *Peta sinergi*): built
when first seen, read again after a change once it is seen, the findings of each check run
marked on it; and every edit of the plans it offers, each an undoable command
(ui/commands/plans.py) run through the document, in a small dialog that stays open with the
reason when core refuses it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QWidget

from core.deferred import deferred
from core.errors import SotkError
from ui.document import Affected, Document
from ui.models.cascade import kind_word
from ui.panels.lazy import LazyPage
from ui.region_choice import region_items

if TYPE_CHECKING:
    from core import money, regions
    from core.checks import CheckReport
    from core.plans import renstra, rpjmd
    from ui.check_runner import CheckRunner
    from ui.commands import plans as commands
    from ui.models.cascade import Row
    from ui.panels.cascade import CascadePanel
else:
    money, regions = deferred("core.money"), deferred("core.regions")
    renstra, rpjmd = deferred("core.plans.renstra"), deferred("core.plans.rpjmd")
    commands = deferred("ui.commands.plans")

CHILD_GOAL = {"visi": "misi", "misi": "tujuan", "tujuan": "sasaran"}
CHILD_ITEM = {"sasaran": "program", "program": "kegiatan", "kegiatan": "sub_kegiatan"}
OWNERS = {"goal": "goal", "item": "item", "issue": "issue", "priority": "priority"}


class CascadeController(QObject):
    def __init__(self, window: QMainWindow, beside: QDockWidget, runner: CheckRunner | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.place: LazyPage[CascadePanel] = LazyPage(self._make_panel, window)
        self.dock = QDockWidget(self.tr("Pohon kinerja"), window)
        self.dock.setObjectName("cascadeDock")
        self.dock.setWidget(self.place)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(beside, self.dock)
        self.dock.visibilityChanged.connect(lambda shown: shown and self._refresh())
        self.doc: Document | None = None
        self.report: CheckReport | None = None
        self._stale = False
        self._pending: Affected | None = None
        self.place.on_built(self._wire)
        if runner is not None:
            runner.report_ready.connect(self._on_report)

    @staticmethod
    def _make_panel(parent: QWidget) -> CascadePanel:
        from ui.panels.cascade import CascadePanel

        return CascadePanel(parent)

    @property
    def panel(self) -> CascadePanel:
        return self.place.page

    def _wire(self, panel: CascadePanel) -> None:
        panel.requested.connect(self._on_requested)
        panel.menu_requested.connect(self._on_menu)
        panel.coordination_requested.connect(self.coordinate)
        panel.new_plan_requested.connect(self.new_plan)
        panel.region.activated.connect(lambda _i: self._show_findings())
        self._give_file()

    # -- the file, its changes and its findings --------------------------------------------

    def attach(self, doc: Document | None) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_changed)
        self.doc = doc
        self.report = None
        if doc is not None:
            doc.changed.connect(self._on_changed)
        self._stale = False
        if self.place.built:
            self._give_file()

    def _give_file(self) -> None:
        panel = self.place.page
        if self.doc is None:
            panel.set_store(None, [])
        else:
            panel.set_store(self.doc.store, region_items(self.doc.store))
        self._show_findings()

    def _on_changed(self, affected: Affected) -> None:
        if not (affected.plans_changed or affected.regions_changed or affected.units or affected.parents):
            return  # staff, assets, an accepted finding: nothing the cascade shows
        self._stale = True
        self._pending = affected
        if not self.dock.visibleRegion().isEmpty():
            self._refresh()

    def _refresh(self) -> None:
        if not self._stale or not self.place.built or self.doc is None:
            return
        self._stale = False
        affected, self._pending = self._pending, None
        panel = self.place.page
        fill_regions_keep(panel, self.doc)
        panel.refresh(affected.select_plan if affected else None, affected.open_plan if affected else None)
        self._show_findings()

    def _on_report(self, report: CheckReport) -> None:
        self.report = report
        if self.place.built:
            self._show_findings()

    def _show_findings(self) -> None:
        panel = self.place.page
        report = self.report
        if report is None or self.doc is None:
            panel.model.set_findings([])
            panel.findings_note.setText(self.tr("Temuan pemeriksaan ditandai di sini setelah pemeriksaan berjalan (F5)."))
            return
        try:
            edition = regions.get_edition(self.doc.store, report.edition_id)
        except SotkError:  # the edition checked was removed since: nothing to mark
            panel.model.set_findings([])
            return
        if edition.region_id != panel.region.currentData():
            panel.model.set_findings([])
            panel.findings_note.setText(
                self.tr(
                    "Pemeriksaan terakhir memeriksa wilayah lain: pilih struktur wilayah ini di pohon struktur untuk menandai temuannya."
                )
            )
            return
        panel.model.set_findings(report.findings)
        marked = panel.model.findings.count
        panel.findings_note.setText(
            self.tr("Ditandai: %1 temuan rencana dari pemeriksaan %2.").replace("%1", str(marked)).replace("%2", edition.name)
        )

    # -- what the row chosen offers --------------------------------------------------------

    def _current(self) -> Row | None:
        return self.place.page.model.row_at(self.place.page.tree.currentIndex()) if self.place.built else None

    def _writable(self) -> bool:
        return self.doc is not None and not self.doc.store.read_only

    def _on_requested(self, what: str) -> None:
        row = self._current()
        if row is None or not self._writable():
            return
        action = {"add": self.add_under, "edit": self.edit, "delete": self.delete}[what]
        action(row)

    def _on_menu(self, where: QPoint) -> None:
        row = self._current()
        if row is not None and self.doc is not None:
            self.menu_for(row).exec(where)

    def menu_for(self, row: Row) -> QMenu:
        """The context menu of a row: what Insert, F2 and Delete do there, and the rest."""
        assert self.doc is not None
        menu = QMenu(self.place.page)
        writable = self._writable()
        node = row.node

        def entry(text: str, slot: Callable[[], Any], enabled: bool = True, name: str = "") -> QAction:
            action = menu.addAction(text)
            action.setEnabled(writable and enabled)
            action.setObjectName(name)
            action.triggered.connect(slot)
            return action

        adding = self._adding(row)
        if adding is not None:
            entry(adding + "\tIns", lambda: self.add_under(row), name="cascadeAdd")
        if node.kind not in ("unaligned", "support", "priorities", "issues"):
            entry(self.tr("Ubah...") + "\tF2", lambda: self.edit(row), name="cascadeEdit")
        if node.kind not in ("visi", "unaligned", "support", "priorities", "issues"):
            entry(self.tr("Hapus") + "\tDel", lambda: self.delete(row), name="cascadeDelete")
        if node.kind in ("tujuan", "sasaran"):
            entry(self.tr("Pindahkan ke..."), lambda: self.move(row), name="cascadeMove")
        if node.ref in OWNERS:
            menu.addSeparator()
            indicators = menu.addMenu(self.tr("Indikator dan target"))
            indicators.setEnabled(writable)
            owner = OWNERS[node.ref]
            add = indicators.addAction(self.tr("Tambah indikator..."))
            add.setObjectName("cascadeAddIndicator")
            add.triggered.connect(lambda: self.indicator(row, None))
            for indicator in rpjmd.indicators_of(self.doc.store, owner, node.id):
                change = indicators.addAction(self.tr("Ubah '%1'...").replace("%1", indicator.name[:50]))
                change.triggered.connect(lambda _c=False, i=indicator.id: self.indicator(row, i))
                remove = indicators.addAction(self.tr("Hapus '%1'").replace("%1", indicator.name[:50]))
                remove.triggered.connect(
                    lambda _c=False, i=indicator.id: self._run(commands.delete_indicator(self.doc, row.key, i))
                )
        if node.ref == "item":
            menu.addSeparator()
            if node.kind != "sub_kegiatan":
                entry(self.tr("Kaitkan ke sasaran..."), lambda: self.link_sasaran(row), name="cascadeLinkSasaran")
            entry(self.tr("Kaitkan ke isu strategis..."), lambda: self.link_issue(row), name="cascadeLinkIssue")
            entry(self.tr("Kaitkan ke program prioritas..."), lambda: self.link_priority(row), name="cascadeLinkPriority")
            up = row.parent.node if row.parent is not None else None
            if up is not None and up.kind == "sasaran":
                entry(
                    self.tr("Lepas dari sasaran ini"),
                    lambda: self._run(commands.link_sasaran(self.doc, node.id, up.id, False)),
                    name="cascadeUnlinkSasaran",
                )
            if up is not None and up.kind == "priority":
                entry(
                    self.tr("Lepas dari program prioritas ini"),
                    lambda: self._run(commands.link_priority(self.doc, node.id, up.id, False)),
                    name="cascadeUnlinkPriority",
                )
            if up is not None and up.kind == "issue":
                entry(
                    self.tr("Lepas dari isu ini"),
                    lambda: self._run(commands.link_issue(self.doc, node.id, up.id, False)),
                    name="cascadeUnlinkIssue",
                )
        return menu

    def _adding(self, row: Row) -> str | None:
        """What Insert adds under this row (None: nothing)."""
        kind = row.node.kind
        if kind in CHILD_GOAL:
            return self.tr("Tambah %1...").replace("%1", kind_word(CHILD_GOAL[kind]).lower())
        if kind in CHILD_ITEM:
            return self.tr("Tambah %1...").replace("%1", kind_word(CHILD_ITEM[kind]).lower())
        if kind in ("priorities", "priority"):
            return self.tr("Tambah program prioritas...")
        if kind in ("issues", "issue"):
            return self.tr("Tambah isu strategis...")
        return None

    def _run(self, command: Any) -> None:
        assert self.doc is not None
        self.doc.run(command)

    def _submit(self, make: Callable[..., Any]) -> Callable[..., str | None]:
        """A dialog's submit: build the command from the values and run it; the refusal's text back."""

        def submit(*values: Any) -> str | None:
            assert self.doc is not None
            return self.doc.submit(make(*values))

        return submit

    def _dialog(self, dialog: Any) -> int:
        dialog.read_only = not self._writable()
        return int(dialog.exec())

    # -- adding ---------------------------------------------------------------------------

    def add_under(self, row: Row) -> None:
        from ui.dialogs.plans import ItemDialog, TextDialog

        assert self.doc is not None
        doc, store, node = self.doc, self.doc.store, row.node
        parent = self.place.page
        plan_id = rpjmd.rpjmd_of(store, node.ref, node.id)
        if node.kind in CHILD_GOAL:
            kind = CHILD_GOAL[node.kind]
            parent_id = None if node.kind == "visi" else node.id
            fields = [(self.tr("Kode (boleh kosong):"), "", False), (self.tr("Uraian:"), "", True)]
            self._dialog(
                TextDialog(
                    parent,
                    self.tr("Tambah %1").replace("%1", kind_word(kind).lower()),
                    fields,
                    self._submit(
                        lambda code, text: commands.add_goal(doc, row.key, plan_id, kind, text, parent_id, code or None)
                    ),
                )
            )
        elif node.kind in CHILD_ITEM:
            level = CHILD_ITEM[node.kind]
            if node.kind == "sasaran":
                choices = renstra.plan_renstra(store, plan_id)
                if not choices:
                    QMessageBox.information(
                        parent, self.tr("Tambah program"), self.tr("Belum ada perangkat daerah dengan Renstra di RPJMD ini.")
                    )
                    return
                item_fields: dict[str, Any] = {"sasaran": [node.id]}
                pd_id = None
            else:
                item = renstra.get_item(store, node.id)
                choices = [(item.renstra_id, node.pd_name or "")]
                item_fields = {"parent_id": node.id}
                pd_id = node.pd_id
            region_kind = renstra.region_kind_of(store, choices[0][0])
            units = renstra.units_of_pd(store, pd_id) if pd_id is not None else []

            def make(renstra_id: int, code: str, name: str, pagu: str, unit_id: int | None) -> Any:
                extra = {**item_fields, "pagu": pagu or None}
                if unit_id is not None and unit_id != pd_id:
                    extra["unit_id"] = unit_id
                return commands.add_item(doc, row.key, renstra_id, level, code, name, **extra)

            self._dialog(
                ItemDialog(
                    parent,
                    self.tr("Tambah %1").replace("%1", kind_word(level).lower()),
                    level,
                    region_kind,
                    self._submit(make),
                    renstras=choices,
                    choose_pd=node.kind == "sasaran",
                    units=[(None if u == pd_id else u, n) for u, n in units],
                    prefix=(node.code + ".") if node.code else "",
                )
            )
        elif node.kind in ("priorities", "priority"):
            self._priority(plan_id, None)
        elif node.kind in ("issues", "issue"):
            self._issue(plan_id, None)

    # -- changing -------------------------------------------------------------------------

    def edit(self, row: Row) -> None:
        from ui.dialogs.plans import ItemDialog, TextDialog

        assert self.doc is not None
        doc, store, node = self.doc, self.doc.store, row.node
        parent = self.place.page
        place = row.parent.key if row.parent is not None else None
        if node.kind == "visi":
            plan = rpjmd.get_rpjmd(store, node.id)
            self._dialog(
                TextDialog(
                    parent,
                    self.tr("Ubah visi"),
                    [(self.tr("Visi:"), plan.visi, True)],
                    self._submit(lambda visi: commands.edit_visi(doc, plan.id, visi)),
                )
            )
        elif node.ref == "goal":
            goal = rpjmd.get_goal(store, node.id)
            fields = [(self.tr("Kode (boleh kosong):"), goal.code or "", False), (self.tr("Uraian:"), goal.text, True)]
            self._dialog(
                TextDialog(
                    parent,
                    self.tr("Ubah %1").replace("%1", kind_word(goal.kind).lower()),
                    fields,
                    self._submit(lambda code, text: commands.edit_goal(doc, place, goal.id, text, code)),
                )
            )
        elif node.ref == "item":
            item = renstra.get_item(store, node.id)
            units = renstra.units_of_pd(store, node.pd_id) if node.pd_id is not None else []

            def make(_renstra: Any, _code: str, name: str, pagu: str, unit_id: int | None) -> Any:
                return commands.edit_item(
                    doc, place, item.id, name=name, pagu=pagu, unit_id=None if unit_id == node.pd_id else unit_id
                )

            self._dialog(
                ItemDialog(
                    parent,
                    self.tr("Ubah %1").replace("%1", item.code),
                    item.level,
                    renstra.region_kind_of(store, item.renstra_id),
                    self._submit(make),
                    units=[(u, n) for u, n in units],
                    code=item.code,
                    name=item.name,
                    pagu=money.format_rupiah(item.pagu_sen) if item.pagu_sen else "",
                    unit_id=item.unit_id if item.unit_id is not None else node.pd_id,
                )
            )
        elif node.kind == "priority":
            self._priority(rpjmd.rpjmd_of(store, "priority", node.id), node.id)
        elif node.kind == "issue":
            self._issue(rpjmd.rpjmd_of(store, "issue", node.id), node.id)

    def _priority(self, plan_id: int, priority_id: int | None) -> None:
        from ui.dialogs.plans import TextDialog

        assert self.doc is not None
        doc = self.doc
        current = rpjmd.get_priority_program(doc.store, priority_id) if priority_id is not None else None
        fields = [
            (self.tr("Nama program prioritas:"), current.name if current else "", True),
            (self.tr("Rumpun:"), (current.rumpun or "") if current else "", False),
        ]
        goal_id = current.goal_id if current else None

        def make(name: str, rumpun: str) -> Any:
            if priority_id is None:
                return commands.add_priority(doc, plan_id, name, rumpun or None, None)
            return commands.edit_priority(doc, plan_id, priority_id, name, rumpun or None, goal_id)

        title = self.tr("Ubah program prioritas") if current else self.tr("Tambah program prioritas")
        self._dialog(TextDialog(self.place.page, title, fields, self._submit(make)))

    def _issue(self, plan_id: int, issue_id: int | None) -> None:
        from ui.dialogs.plans import TextDialog

        assert self.doc is not None
        doc = self.doc
        current = rpjmd.get_strategic_issue(doc.store, issue_id) if issue_id is not None else None
        fields = [
            (self.tr("Isu strategis:"), current.name if current else "", False),
            (self.tr("Keterangan:"), (current.description or "") if current else "", True),
        ]

        def make(name: str, description: str) -> Any:
            if issue_id is None:
                return commands.add_issue(doc, plan_id, name, description or None)
            return commands.edit_issue(doc, plan_id, issue_id, name, description or None)

        title = self.tr("Ubah isu strategis") if current else self.tr("Tambah isu strategis")
        self._dialog(TextDialog(self.place.page, title, fields, self._submit(make)))

    def indicator(self, row: Row, indicator_id: int | None) -> None:
        """Add an indicator to the row's sasaran, item, issue or priority program, or change one."""
        from ui.dialogs.plans import IndicatorDialog

        assert self.doc is not None
        doc, node = self.doc, row.node
        owner = OWNERS[node.ref]
        years = rpjmd.indicator_years(doc.store, owner, node.id)
        current = rpjmd.get_indicator(doc.store, indicator_id) if indicator_id is not None else None

        def make(name: str, measure: str | None, numeric: bool, targets: dict[int, str]) -> Any:
            if indicator_id is None:
                return commands.add_indicator(
                    doc, row.key, owner, node.id, name=name, measure=measure, numeric=numeric, targets=targets
                )
            return commands.edit_indicator(
                doc, row.key, indicator_id, name=name, measure=measure, numeric=numeric, targets=targets
            )

        title = self.tr("Indikator: %1").replace("%1", (node.code or node.text)[:60])
        kept = (
            {"name": current.name, "measure": current.measure or "", "numeric": current.numeric, "targets": current.targets}
            if current
            else {}
        )
        self._dialog(IndicatorDialog(self.place.page, title, years, self._submit(make), **kept))

    # -- removing and linking ---------------------------------------------------------------

    def delete(self, row: Row) -> None:
        assert self.doc is not None
        doc, store, node = self.doc, self.doc.store, row.node
        place = row.parent.key if row.parent is not None else None
        if node.ref == "goal":
            below = rpjmd.goals_below(store, node.id)
            make = lambda whole: commands.delete_goal(doc, place, node.id, node.text, whole)  # noqa: E731
        elif node.ref == "item":
            below = renstra.items_below(store, node.id)
            make = lambda whole: commands.delete_item(doc, place, node.id, node.code or "", whole)  # noqa: E731
        elif node.kind == "priority":
            below, make = 0, lambda _whole: commands.delete_priority(doc, rpjmd.rpjmd_of(store, "priority", node.id), node.id)
        elif node.kind == "issue":
            below, make = 0, lambda _whole: commands.delete_issue(doc, rpjmd.rpjmd_of(store, "issue", node.id), node.id)
        else:
            return
        if below:
            answer = QMessageBox.question(
                self.place.page,
                self.tr("Hapus beserta isinya?"),
                self.tr("'%1' membawahkan %2 butir. Hapus semuanya? (Satu langkah: Ctrl+Z mengembalikan semuanya.)")
                .replace("%1", (node.code + " " if node.code else "") + node.text[:80])
                .replace("%2", str(below)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(make(bool(below)))

    def move(self, row: Row) -> None:
        """Hang a tujuan under another misi, a sasaran under another tujuan, of the same RPJMD."""
        from ui.dialogs.plans import ChoiceDialog

        assert self.doc is not None
        doc, node = self.doc, row.node
        goal = rpjmd.get_goal(doc.store, node.id)
        wanted = {"tujuan": "misi", "sasaran": "tujuan"}[goal.kind]
        choices = [
            (g.id, f"{g.code + ' ' if g.code else ''}{g.text}")
            for g in rpjmd.goals_of(doc.store, goal.rpjmd_id, wanted)
            if g.id != goal.parent_id
        ]
        prompt = self.tr("Pindahkan '%1' ke bawah:").replace("%1", node.text[:80])
        submit = self._submit(lambda parent_id: commands.move_goal(doc, node.id, parent_id))
        self._dialog(ChoiceDialog(self.place.page, self.tr("Pindahkan"), prompt, choices, submit))

    def link_sasaran(self, row: Row) -> None:
        from ui.dialogs.plans import ChoiceDialog

        assert self.doc is not None
        doc, node = self.doc, row.node
        plan_id = rpjmd.rpjmd_of(doc.store, "item", node.id)
        choices = [(g.id, f"{g.code + ' ' if g.code else ''}{g.text}") for g in rpjmd.goals_of(doc.store, plan_id, "sasaran")]
        prompt = self.tr("Sasaran RPJMD yang didukung %1:").replace("%1", f"{node.code} {node.text}")
        submit = self._submit(lambda goal_id: commands.link_sasaran(doc, node.id, goal_id, True))
        self._dialog(ChoiceDialog(self.place.page, self.tr("Kaitkan ke sasaran"), prompt, choices, submit))

    def link_issue(self, row: Row) -> None:
        from ui.dialogs.plans import ChoiceDialog

        assert self.doc is not None
        doc, node = self.doc, row.node
        plan_id = rpjmd.rpjmd_of(doc.store, "item", node.id)
        choices = [(i.id, i.name) for i in rpjmd.issues_of(doc.store, plan_id)]
        prompt = self.tr("Isu strategis yang dilayani %1:").replace("%1", f"{node.code} {node.text}")
        submit = self._submit(lambda issue_id: commands.link_issue(doc, node.id, issue_id, True))
        self._dialog(ChoiceDialog(self.place.page, self.tr("Kaitkan ke isu strategis"), prompt, choices, submit))

    def link_priority(self, row: Row) -> None:
        from ui.dialogs.plans import ChoiceDialog

        assert self.doc is not None
        doc, node = self.doc, row.node
        plan_id = rpjmd.rpjmd_of(doc.store, "item", node.id)
        choices = [(p.id, f"{p.rumpun} › {p.name}" if p.rumpun else p.name) for p in rpjmd.priorities_of(doc.store, plan_id)]
        prompt = self.tr("Program prioritas yang dijalankan %1:").replace("%1", f"{node.code} {node.text}")
        submit = self._submit(lambda priority_id: commands.link_priority(doc, node.id, priority_id, True))
        self._dialog(ChoiceDialog(self.place.page, self.tr("Kaitkan ke program prioritas"), prompt, choices, submit))

    def new_plan(self, region_id: int | None) -> None:
        """An RPJMD for the region: name, period (five years from next year by default), visi."""
        from datetime import date

        from ui.dialogs.plans import TextDialog

        if self.doc is None or region_id is None:
            return
        doc, start = self.doc, date.today().year + 1
        fields = [
            (self.tr("Nama:"), self.tr("RPJMD %1–%2").replace("%1", str(start)).replace("%2", str(start + 4)), False),
            (self.tr("Tahun awal:"), str(start), False),
            (self.tr("Tahun akhir:"), str(start + 4), False),
            (self.tr("Visi:"), "", True),
            (self.tr("Dasar hukum (boleh kosong):"), "", False),
        ]
        submit = self._submit(
            lambda name, first, last, visi, basis: commands.new_rpjmd(doc, region_id, name, first, last, visi, basis or None)
        )
        self._dialog(TextDialog(self.place.page, self.tr("RPJMD baru"), fields, submit))

    def coordinate(self) -> None:
        """Which PD each Asisten or Staf Ahli of the region's structure in force coordinates."""
        from ui.dialogs.plans import CoordinationDialog

        if self.doc is None:
            return
        doc = self.doc
        edition = regions.edition_in_force(doc.store, self.place.page.region.currentData())
        if edition is None:
            return
        coordinators, pds, current = renstra.coordination_choices(doc.store, edition.id)
        if not coordinators:
            QMessageBox.information(
                self.place.page,
                self.tr("Koordinasi"),
                self.tr("Struktur yang berlaku di wilayah ini tidak memuat Asisten atau Staf Ahli."),
            )
            return
        submit = self._submit(lambda coordinator_id, unit_ids: commands.set_coordination(doc, coordinator_id, unit_ids))
        self._dialog(CoordinationDialog(self.place.page, coordinators, pds, lambda c: current.get(c, set()), submit))


def fill_regions_keep(panel: CascadePanel, doc: Document) -> None:
    """Offer the file's regions again (one may have been added or renamed), keeping the choice."""
    from ui.panels.synergy import fill_regions

    fill_regions(panel.region, region_items(doc.store))
