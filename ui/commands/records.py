"""Commands on regions and editions, and on what the checks remember (accepted findings)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core import regions
from core.checks import acceptance
from core.store import Tx
from ui.commands.base import StoreCommand
from ui.document import Affected, Document


class UpdateRecordCommand(StoreCommand):
    """Edit fields of a region or an edition."""

    def __init__(self, doc: Document, entity: str, record_id: int, **fields: Any) -> None:
        text = (
            QT_TRANSLATE_NOOP("commands", "Ubah wilayah") if entity == "region" else QT_TRANSLATE_NOOP("commands", "Ubah edisi")
        )
        super().__init__(doc, QCoreApplication.translate("commands", text))
        self.entity, self.record_id, self.fields = entity, record_id, fields

    def work(self, tx: Tx) -> None:
        (regions.update_region if self.entity == "region" else regions.update_edition)(tx, self.record_id, **self.fields)

    def affected(self, undone: bool) -> Affected:
        if self.entity == "region":
            return Affected(regions_changed=True, select_region=self.record_id)
        return Affected(regions_changed=True, select_edition=self.record_id)


class CreateRecordCommand(StoreCommand):
    """Create a region (with a first edition), an edition, or a copy of an edition."""

    def __init__(self, doc: Document, text: str, create: Callable[[Tx], int], select: str) -> None:
        super().__init__(doc, text)
        self.create, self.select = create, select
        self.record_id = 0

    def work(self, tx: Tx) -> None:
        self.record_id = self.create(tx)

    def affected(self, undone: bool) -> Affected:
        if undone:
            return Affected(regions_changed=True)
        if self.select == "region":
            return Affected(regions_changed=True, select_region=self.record_id)
        return Affected(regions_changed=True, select_edition=self.record_id)


def new_region_command(doc: Document, name: str, kind: str, edition_name: str) -> CreateRecordCommand:
    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah wilayah '{name}'").format(name=name),
        lambda tx: regions.create_region(tx, name, kind, edition_name=edition_name).id,
        "region",
    )


def new_edition_command(doc: Document, region_id: int, name: str, status: str) -> CreateRecordCommand:
    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah edisi '{name}'").format(name=name),
        lambda tx: regions.create_edition(tx, region_id, name, status).id,
        "edition",
    )


def copy_edition_command(doc: Document, edition_id: int, name: str) -> CreateRecordCommand:
    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Salin edisi sebagai '{name}'").format(name=name),
        lambda tx: regions.copy_edition(tx, edition_id, name).id,
        "edition",
    )


class DeleteEditionCommand(StoreCommand):
    def __init__(self, doc: Document, edition_id: int) -> None:
        edition = regions.get_edition(doc.store, edition_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus edisi '{name}'").format(name=edition.name))
        self.edition_id, self.region_id = edition_id, edition.region_id

    def work(self, tx: Tx) -> None:
        regions.delete_edition(tx, self.edition_id)

    def affected(self, undone: bool) -> Affected:
        if undone:
            return Affected(regions_changed=True, select_edition=self.edition_id)
        return Affected(regions_changed=True, select_region=self.region_id)


class SetRelevantUrusanCommand(StoreCommand):
    def __init__(self, doc: Document, region_id: int, codes: list[str]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Ubah urusan pilihan yang relevan"))
        self.region_id, self.codes = region_id, codes

    def work(self, tx: Tx) -> None:
        regions.set_relevant_urusan(tx, self.region_id, self.codes)

    def affected(self, undone: bool) -> Affected:
        return Affected(select_region=self.region_id)


class AcceptFindingCommand(StoreCommand):
    """Accept a finding with a reason, or (reason None) put it back among the open ones."""

    def __init__(self, doc: Document, edition_id: int, key: str, rule: str, reason: str | None) -> None:
        text = (
            QT_TRANSLATE_NOOP("commands", "Terima temuan")
            if reason is not None
            else QT_TRANSLATE_NOOP("commands", "Batalkan penerimaan temuan")
        )
        super().__init__(doc, QCoreApplication.translate("commands", text))
        self.edition_id, self.key, self.rule, self.reason = edition_id, key, rule, reason

    def work(self, tx: Tx) -> None:
        if self.reason is not None:
            acceptance.accept(tx, self.edition_id, self.key, self.rule, self.reason)
        else:
            acceptance.unaccept(tx, self.edition_id, self.key)

    def affected(self, undone: bool) -> Affected:
        return Affected(findings_changed=True)
