"""Commands of the restructuring window: drafts and their life cycle, the mapping's
decisions (one, many, or a whole sheet) and the apply, which runs in the background
operation (a backup first, one transaction, Cancel, one undo step)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.restructure import apply, drafts, mapping, placing
from core.restructure.mapping import Decision
from core.store import Tx
from ui.commands.base import Progress, StoreCommand
from ui.document import Affected, Document


class StartDraftCommand(StoreCommand):
    """A new draft copied from the region's edition in force."""

    def __init__(self, doc: Document, region_id: int, name: str, legal_basis: str, effective_date: str | None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Mulai draf penataan '{name}'").format(name=name))
        self.region_id, self.name, self.legal_basis, self.effective_date = region_id, name, legal_basis, effective_date
        self.edition_id: int | None = None

    def work(self, tx: Tx) -> None:
        draft = drafts.start_draft(
            tx, self.region_id, self.name, legal_basis=self.legal_basis or None, effective_date=self.effective_date
        )
        self.edition_id = draft.edition_id

    def affected(self, undone: bool) -> Affected:
        return Affected(regions_changed=True)


class SetDraftStatusCommand(StoreCommand):
    """One step of a draft's life cycle (in review, approved, back to draft, archived)."""

    def __init__(self, doc: Document, edition_id: int, status: str, status_name: str, note: str = "") -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Draf penataan menjadi {status}").format(status=status_name))
        self.edition_id, self.status, self.note = edition_id, status, note

    def work(self, tx: Tx) -> None:
        drafts.set_status(tx, self.edition_id, self.status, note=self.note or None)

    def affected(self, undone: bool) -> Affected:
        return Affected(regions_changed=True)


class SetDecisionsCommand(StoreCommand):
    """The user's decisions for some units of the edition in force (stored, or forgotten
    when ``action`` is None so the units are undecided again)."""

    def __init__(self, doc: Document, edition_id: int, decisions: list[Decision], text: str) -> None:
        super().__init__(doc, text)
        self.edition_id, self.decisions = edition_id, decisions

    def work(self, tx: Tx) -> None:
        mapping.set_decisions(tx, self.edition_id, self.decisions)

    def affected(self, undone: bool) -> Affected:
        return Affected()


class ClearDecisionsCommand(StoreCommand):
    def __init__(self, doc: Document, edition_id: int, unit_ids: list[int]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus keputusan {count} unit").format(count=len(unit_ids)))
        self.edition_id, self.unit_ids = edition_id, unit_ids

    def work(self, tx: Tx) -> None:
        mapping.clear_decisions(tx, self.edition_id, self.unit_ids)

    def affected(self, undone: bool) -> Affected:
        return Affected()


class AcceptProposalsCommand(StoreCommand):
    """The program's proposals taken as decisions (their reason kept as the note)."""

    def __init__(self, doc: Document, edition_id: int, proposals: Iterable[object]) -> None:
        self.proposals = list(proposals)
        super().__init__(
            doc, QCoreApplication.translate("commands", "Terima {count} usulan pemetaan").format(count=len(self.proposals))
        )
        self.edition_id = edition_id

    def work(self, tx: Tx) -> None:
        mapping.accept_proposals(tx, self.edition_id, self.proposals)

    def affected(self, undone: bool) -> Affected:
        return Affected()


class LoadMappingSheetCommand(StoreCommand):
    """A mapping prepared in a spreadsheet: every row checked, all stored or none."""

    def __init__(self, doc: Document, edition_id: int, path: Path) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Muat lembar pemetaan {name}").format(name=path.name))
        self.edition_id, self.path = edition_id, path
        self.count = 0

    def work(self, tx: Tx) -> None:
        self.count = mapping.load_sheet(tx, self.edition_id, self.path)

    def affected(self, undone: bool) -> Affected:
        return Affected()


class ApplyDraftCommand(StoreCommand):
    """The approved draft becomes the edition in force; staff, posts and assets move."""

    bulk = True

    def __init__(self, doc: Document, edition_id: int, name: str, stamp: str, bast: str, accept_proposed: bool) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Terapkan penataan {name}").format(name=name))
        self.edition_id, self.stamp, self.bast, self.accept_proposed = edition_id, stamp, bast, accept_proposed
        self.applied: apply.Applied | None = None

    def work(self, tx: Tx) -> None:
        self.applied = apply.apply_in(
            tx, self.edition_id, stamp=self.stamp, bast=self.bast or None, accept_proposed=self.accept_proposed
        )

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        progress(0.1, self.text())
        self.work(tx)
        progress(1.0, self.text())

    def affected(self, undone: bool) -> Affected:
        return Affected(regions_changed=True, staff_changed=True, assets_changed=True, select_edition=self.edition_id)


class PlaceCommand(StoreCommand):
    """The user's placement of people or assets where the mapping leaves a choice: each row
    its own target (a selection accepting its proposals), one undo step; many rows run in
    the background operation."""

    def __init__(self, doc: Document, edition_id: int, entity: str, rows: list[placing.Row], text: str) -> None:
        super().__init__(doc, text)
        self.edition_id, self.entity, self.rows = edition_id, entity, rows
        self.bulk = len(rows) > PLACE_BULK_ROWS  # type: ignore[misc]

    def work(self, tx: Tx) -> None:
        placing.place_each(tx, self.edition_id, self.entity, self.rows)

    def affected(self, undone: bool) -> Affected:
        return Affected()


class UnplaceCommand(StoreCommand):
    """The user's placements forgotten: people back on the bench, assets back to waiting."""

    def __init__(self, doc: Document, edition_id: int, entity: str, entity_ids: list[int], text: str) -> None:
        super().__init__(doc, text)
        self.edition_id, self.entity, self.entity_ids = edition_id, entity, entity_ids
        self.bulk = len(entity_ids) > PLACE_BULK_ROWS  # type: ignore[misc]

    def work(self, tx: Tx) -> None:
        placing.unplace(tx, self.edition_id, self.entity, self.entity_ids)

    def affected(self, undone: bool) -> Affected:
        return Affected()


PLACE_BULK_ROWS = 200  # more placements than this at once run in the background operation
