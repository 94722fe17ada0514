"""*Struktur → Restrukturisasi...*: opens the restructuring window for the region chosen in
the tree, reads what it shows off the window's thread, and turns the user's choices into
undoable commands run through the Document (the apply in its background operation)."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from core.deferred import deferred
from ui.document import Affected, Document
from ui.errors import show_error
from ui.i18n import translated
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core import regions, units
    from core.restructure import drafts, mapping
    from ui.controllers.restructure_compare import CompareController
    from ui.dialogs.restructure import RestructureDialog
    from ui.dialogs.restructure_data import DraftView
else:
    regions, units = deferred("core.regions"), deferred("core.units")
    drafts, mapping = deferred("core.restructure.drafts"), deferred("core.restructure.mapping")

# The window's code, the read's and the commands': loaded in a thread of their own a moment
# after a file opens, so the first *Restrukturisasi* builds its window without a fifth of a
# second of imports on the window's thread (more on a loaded machine).
PREWARMED = ("ui.dialogs.restructure", "ui.dialogs.restructure_data", "ui.commands.restructure")
PREWARM_AFTER_MS = 1500
_prewarm_started = False


def prewarm() -> None:
    global _prewarm_started
    if _prewarm_started:
        return
    _prewarm_started = True

    def work() -> None:
        for name in PREWARMED:
            importlib.import_module(name)

    threading.Thread(target=work, name="sotk-prewarm", daemon=True).start()


class RestructureController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.doc: Document | None = None
        self.dialog: RestructureDialog | None = None
        self.task: BackgroundTask | None = None
        self._again = False
        self.region_id: int | None = None
        self.compare: CompareController | None = None
        window.file_opened.connect(lambda _path: self.attach(window.doc))  # detached in the window's close_file

    def attach(self, doc: Document | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changed)
            QTimer.singleShot(PREWARM_AFTER_MS, prewarm)

    @property
    def loading(self) -> bool:
        return self.task is not None

    def _region(self) -> int | None:
        assert self.doc is not None
        store = self.doc.store
        selected = self.window.selected()
        if selected and selected[0] == "region":
            return int(selected[1])
        if selected and selected[0] == "edition":
            return regions.get_edition(store, selected[1]).region_id
        if selected and selected[0] == "unit":
            return regions.get_edition(store, units.get_unit(store, selected[1]).edition_id).region_id
        every = regions.list_regions(store)
        return every[0].id if every else None

    def open(self) -> RestructureDialog | None:
        if self.doc is None:
            return None
        region_id = self._region()
        if region_id is None:
            QMessageBox.information(self.window, self.tr("Restrukturisasi"), self.tr("Belum ada wilayah di berkas ini."))
            return None
        from ui.dialogs.restructure import RestructureDialog

        if self.dialog is not None and self.region_id == region_id:
            self.dialog.raise_()
            return self.dialog
        if self.dialog is not None:
            self.dialog.close()
        self.region_id = region_id
        dialog = self.dialog = RestructureDialog(self.window, regions.get_region(self.doc.store, region_id).name)
        dialog.draft_chosen.connect(self._on_draft_chosen)
        dialog.new_draft_asked.connect(self.new_draft)
        dialog.status_asked.connect(self.set_status)
        dialog.decision_asked.connect(self.decide)
        dialog.clear_asked.connect(self.clear)
        dialog.accept_asked.connect(self.accept_proposals)
        dialog.sheet_asked.connect(self.load_sheet)
        dialog.apply_asked.connect(self.apply)
        dialog.place_asked.connect(self.place)
        dialog.accept_placement_asked.connect(self.accept_placements)
        dialog.unplace_asked.connect(self.unplace)
        dialog.finished.connect(self._on_closed)
        from ui.controllers.restructure_compare import CompareController

        self.compare = CompareController(self, self.doc, dialog, region_id)
        self.refresh()
        dialog.show()
        return dialog

    def _on_closed(self, _result: int) -> None:
        if self.task is not None:
            self.task.stop()
            self.task = None
        if self.compare is not None:
            self.compare.stop()
            self.compare = None
        self.dialog = None

    # -- reading ------------------------------------------------------------------------

    def refresh(self, choose: int | None = None) -> None:
        """The drafts now (quick, on this thread); the chosen one's view follows in the background."""
        if self.dialog is None or self.doc is None or self.region_id is None:
            return
        current = self.dialog.current_draft()
        found = drafts.list_drafts(self.doc.store, self.region_id)
        self.dialog.show_drafts(found, choose or (current.edition_id if current else None))

    def _on_draft_chosen(self, edition_id: int) -> None:
        assert self.doc is not None and self.dialog is not None
        self.dialog.show_steps(drafts.steps_of(self.doc.store, edition_id))
        self._read(edition_id)

    def _read(self, edition_id: int) -> None:
        if self.task is not None:
            self._again = True  # read again when this one is done: something changed meanwhile
            return
        assert self.doc is not None and self.dialog is not None
        path, labels = self.doc.store.path, dict(self.dialog.action_names)

        def work(_progress: Progress, cancel: threading.Event) -> DraftView:
            # Imported here, in the worker: the impact, the proposals and the staff code take
            # a tenth of a second to load the first time, which the window would stall for.
            from ui.dialogs.restructure_data import read_draft_view

            return read_draft_view(path, edition_id, labels, cancel)

        self.dialog.show_loading()
        self.task = BackgroundTask(self.dialog, self.tr("Membaca usulan dan dampak penataan..."), work)
        self.task.done.connect(self._on_read)
        self.task.failed.connect(self._on_read_failed)
        self.task.start()

    def _read_finished(self) -> bool:
        self.task = None
        if self._again and self.dialog is not None:
            self._again = False
            draft = self.dialog.current_draft()
            if draft is not None:
                self._read(draft.edition_id)
                return False
        return self.dialog is not None

    def _on_read(self, view: DraftView) -> None:
        if self._read_finished() and self.dialog is not None:
            draft = self.dialog.current_draft()
            if draft is not None and draft.edition_id == view.edition_id:
                self.dialog.show_view(view)

    def _on_read_failed(self, exc: BaseException) -> None:
        if self._read_finished():
            show_error(self.dialog, exc)

    def _on_changed(self, _affected: Affected) -> None:
        if self.dialog is not None:
            if self.compare is not None:
                self.compare.on_changed()
            self.refresh()

    # -- changing -----------------------------------------------------------------------

    def _draft(self) -> Any:
        return self.dialog.current_draft() if self.dialog is not None else None

    def _submit(self, command: Any) -> bool:
        """Run a command; a refusal is shown over the dialog (a bulk one starts in the
        background operation, which reports its own errors)."""
        assert self.doc is not None
        if command.bulk:
            return self.doc.run(command)
        refused = self.doc.submit(command)
        if refused is not None:
            QMessageBox.warning(self.dialog, self.tr("Restrukturisasi"), refused)
            return False
        return True

    def new_draft(self) -> None:
        from ui.commands.restructure import StartDraftCommand
        from ui.dialogs.restructure import NewDraftDialog

        if self.doc is None or self.region_id is None:
            return
        asked = NewDraftDialog(self.dialog)
        if not asked.exec():
            return
        name, legal_basis, effective = asked.values()
        command = StartDraftCommand(self.doc, self.region_id, name, legal_basis, effective)
        if self._submit(command):
            self.refresh(choose=command.edition_id)

    def set_status(self, status: str) -> None:
        from ui.commands.restructure import SetDraftStatusCommand

        draft = self._draft()
        if draft is None or self.doc is None or self.dialog is None:
            return
        self._submit(SetDraftStatusCommand(self.doc, draft.edition_id, status, self.dialog.status_names[status]))

    def decide(self, action: str) -> None:
        """The chosen units get this action; the targets are chosen from the draft's units."""
        from ui.commands.restructure import SetDecisionsCommand

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or self.doc is None:
            return
        chosen = dialog.chosen_units()
        if not chosen:
            QMessageBox.information(dialog, self.tr("Keputusan"), self.tr("Pilih dulu unit di tabel pemetaan."))
            return
        targets: list[int] = []
        if action != "dissolved":
            targets = self._choose_targets(draft.edition_id, action == "split", len(chosen))
            if not targets:
                return
        text = self.tr("Putuskan {count} unit: {action}").format(count=len(chosen), action=dialog.action_names[action])
        decisions = [mapping.Decision(unit, action, tuple(targets)) for unit in chosen]
        self._submit(SetDecisionsCommand(self.doc, draft.edition_id, decisions, text))

    def _choose_targets(self, edition_id: int, several: bool, count: int) -> list[int]:
        from ui.dialogs.unit_chooser import UnitChooser

        assert self.doc is not None
        rows = mapping.read_units(self.doc.store, edition_id)
        chooser = UnitChooser(
            self.dialog,
            [(u.id, "    " * u.depth + u.name) for u in rows.values()],
            self.tr("Unit tujuan"),
            self.tr("Unit tujuan di draf untuk {count} unit (pecah: pilih beberapa dengan Ctrl):").format(count=count),
        )
        if several:
            chooser.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chooser = chooser  # the tests reach it while it is open
        if not chooser.exec():
            return []
        from PySide6.QtCore import Qt

        picked = [int(i.data(Qt.ItemDataRole.UserRole)) for i in chooser.list.selectionModel().selectedIndexes()]
        return picked or ([u] if (u := chooser.unit_id()) is not None else [])

    def clear(self) -> None:
        from ui.commands.restructure import ClearDecisionsCommand

        draft = self._draft()
        if draft is None or self.dialog is None or self.doc is None or not self.dialog.chosen_units():
            return
        self._submit(ClearDecisionsCommand(self.doc, draft.edition_id, self.dialog.chosen_units()))

    def accept_proposals(self, confidence: float) -> None:
        from ui.commands.restructure import AcceptProposalsCommand
        from ui.dialogs.restructure_data import proposals_at_least

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or dialog.view is None or self.doc is None:
            return
        decided = {row.unit_id for row in dialog.view.rows if row.state == "decided"}
        chosen = [p for p in proposals_at_least(dialog.view, confidence) if p.from_unit_id not in decided]
        if not chosen:
            QMessageBox.information(dialog, self.tr("Terima usulan"), self.tr("Tidak ada usulan baru pada keyakinan itu."))
            return
        self._submit(AcceptProposalsCommand(self.doc, draft.edition_id, chosen))

    def load_sheet(self) -> None:
        from ui.commands.restructure import LoadMappingSheetCommand

        draft = self._draft()
        if draft is None or self.doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.dialog, self.tr("Muat lembar pemetaan"), "", self.tr("Lembar pemetaan (*.csv *.xlsx)")
        )
        if path:
            self._submit(LoadMappingSheetCommand(self.doc, draft.edition_id, Path(path)))

    def apply(self) -> None:
        """Refused with the list while anything is undecided; else run in the background."""
        from ui.commands.restructure import ApplyDraftCommand

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or self.doc is None:
            return
        if dialog.view is None or self.task is not None:
            QMessageBox.information(dialog, self.tr("Terapkan"), self.tr("Dampak masih dibaca; tunggu sebentar."))
            return
        accept = dialog.accept_proposed.isChecked()
        waiting = [p for p in dialog.view.problems if not (accept and p.field == "asset_proposed")]
        if waiting:
            listed = "\n".join("• " + translated(p.template, p.params) for p in waiting[:30])
            more = len(waiting) - 30
            if more > 0:
                listed += "\n" + self.tr("... dan {count} lagi").format(count=more)
            QMessageBox.warning(
                dialog,
                self.tr("Belum dapat diterapkan"),
                self.tr("Draf belum dapat diterapkan; tidak ada yang diubah. Yang belum diputuskan:\n{items}").format(
                    items=listed
                ),
            )
            return
        answer = QMessageBox.question(
            dialog,
            self.tr("Terapkan penataan"),
            self.tr(
                "Terapkan '{name}'? Draf menjadi edisi yang berlaku, edisi lama diarsipkan, {people} pegawai dan {assets} aset"
                " dipindahkan. Berkas dicadangkan dulu; langkah ini dapat diurungkan."
            ).format(name=draft.name, people=dialog.view.totals["people"], assets=dialog.view.totals["assets"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.doc.run(ApplyDraftCommand(self.doc, draft.edition_id, draft.name, dialog.view.stamp, dialog.bast.text(), accept))

    # -- placing people and assets ------------------------------------------------------

    def _chosen(self, entity: str) -> list[Any]:
        """The rows chosen in a placement list (a hint when none is)."""
        assert self.dialog is not None
        chosen = self.dialog.placing[entity].chosen()
        if not chosen:
            what = self.tr("pegawai") if entity == "staff" else self.tr("aset")
            QMessageBox.information(self.dialog, self.tr("Penempatan"), self.tr("Pilih dulu {what} di daftar.").format(what=what))
        return chosen

    def place(self, entity: str) -> None:
        """The chosen people or assets to one unit (and post) of the draft, chosen in a dialog."""
        from ui.commands.restructure import PlaceCommand
        from ui.dialogs.restructure_placing import PlaceDialog

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or dialog.view is None or self.doc is None:
            return
        chosen = self._chosen(entity)
        if not chosen:
            return
        asked = PlaceDialog(dialog, self.doc.store, dialog.view.draft_units, chosen, entity)
        self.place_dialog = asked  # the tests reach it while it is open
        if not asked.exec() or (unit := asked.unit_id()) is None:
            return
        post = asked.position_id()
        rows = [(w.entity_id, unit, post) for w in chosen]
        name = next((label.strip() for i, label in dialog.view.draft_units if i == unit), "")
        what = self.tr("{count} pegawai") if entity == "staff" else self.tr("{count} aset")
        text = self.tr("Tempatkan {what} di {unit}").format(what=what.format(count=len(rows)), unit=name)
        self._submit(PlaceCommand(self.doc, draft.edition_id, entity, rows, text))

    def accept_placements(self, entity: str) -> None:
        """The chosen rows each to the unit and post the program proposes for it."""
        from ui.commands.restructure import PlaceCommand

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or self.doc is None:
            return
        chosen = self._chosen(entity)
        rows = [(w.entity_id, w.proposed_unit_id, w.proposed_position_id) for w in chosen if w.proposed_unit_id is not None]
        if chosen and not rows:
            QMessageBox.information(dialog, self.tr("Terima usulan"), self.tr("Tidak ada usulan untuk yang dipilih."))
        if not rows:
            return
        what = self.tr("{count} pegawai") if entity == "staff" else self.tr("{count} aset")
        text = self.tr("Terima usulan penempatan {what}").format(what=what.format(count=len(rows)))
        self._submit(PlaceCommand(self.doc, draft.edition_id, entity, rows, text))

    def unplace(self, entity: str) -> None:
        """The user's decision forgotten: people wait on the bench again, assets on their proposal."""
        from ui.commands.restructure import UnplaceCommand

        draft, dialog = self._draft(), self.dialog
        if draft is None or dialog is None or self.doc is None:
            return
        chosen = [w.entity_id for w in self._chosen(entity) if w.how != "proposed"]
        if not chosen:
            return
        if entity == "staff":
            text = self.tr("Kembalikan {count} pegawai ke bangku tunggu").format(count=len(chosen))
        else:
            text = self.tr("Kembalikan {count} aset ke usulan").format(count=len(chosen))
        self._submit(UnplaceCommand(self.doc, draft.edition_id, entity, chosen, text))
