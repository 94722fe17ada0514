"""Commands on positions, competency standards and staff."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core import positions, staff
from core.store import Tx
from ui.commands.base import Progress, StoreCommand
from ui.document import Affected, Document


def staff_affected(unit_ids: list[int | None]) -> Affected:
    return Affected(units=[u for u in dict.fromkeys(unit_ids) if u is not None], staff_changed=True)


class CreatePositionCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, title: str, category: str) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Tambah jabatan '{title}'").format(title=title))
        self.unit_id, self.title, self.category = unit_id, title, category

    def work(self, tx: Tx) -> None:
        positions.create_position(tx, self.unit_id, self.title, self.category)

    def affected(self, undone: bool) -> Affected:
        return staff_affected([self.unit_id])


class UpdatePositionCommand(StoreCommand):
    def __init__(self, doc: Document, position_id: int, **fields: Any) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Ubah jabatan"))
        self.position_id, self.fields = position_id, fields
        self.unit_id = positions.get_position(doc.store, position_id).unit_id

    def work(self, tx: Tx) -> None:
        positions.update_position(tx, self.position_id, **self.fields)

    def affected(self, undone: bool) -> Affected:
        return staff_affected([self.unit_id])


class DeletePositionCommand(StoreCommand):
    def __init__(self, doc: Document, position_id: int) -> None:
        position = positions.get_position(doc.store, position_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus jabatan '{title}'").format(title=position.title))
        self.position_id, self.unit_id = position_id, position.unit_id

    def work(self, tx: Tx) -> None:
        positions.delete_position(tx, self.position_id)

    def affected(self, undone: bool) -> Affected:
        return staff_affected([self.unit_id])


class SetStandardCommand(StoreCommand):
    def __init__(self, doc: Document, position_id: int, levels: dict[str, Any]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Ubah standar kompetensi"))
        self.position_id, self.levels = position_id, levels
        self.unit_id = positions.get_position(doc.store, position_id).unit_id

    def work(self, tx: Tx) -> None:
        positions.set_standard(tx, self.position_id, self.levels)

    def affected(self, undone: bool) -> Affected:
        return staff_affected([self.unit_id])


class DefineCompetencyCommand(StoreCommand):
    """Add a technical competency to the office's own dictionary."""

    def __init__(self, doc: Document, code: str, name: str, unit_id: int | None) -> None:
        label = QCoreApplication.translate("commands", "Tambah kompetensi teknis '{code}'")
        super().__init__(doc, label.format(code=code.strip().upper()))
        self.code, self.name, self.unit_id = code, name, unit_id

    def work(self, tx: Tx) -> None:
        positions.define_competency(tx, self.code, self.name)

    def affected(self, undone: bool) -> Affected:
        return staff_affected([self.unit_id])


class SaveStaffCommand(StoreCommand):
    """Create a person, or change one, with their assessments, as one undo step."""

    def __init__(
        self, doc: Document, region_id: int, staff_id: int | None, fields: dict[str, Any], assessments: list[staff.Assessment]
    ) -> None:
        text = QT_TRANSLATE_NOOP("commands", "Ubah data pegawai") if staff_id else QT_TRANSLATE_NOOP("commands", "Tambah pegawai")
        super().__init__(doc, QCoreApplication.translate("commands", text))
        self.region_id, self.staff_id, self.fields, self.assessments = region_id, staff_id, fields, assessments
        self.units: list[int | None] = []

    def work(self, tx: Tx) -> None:
        before = staff.get_staff(tx, self.staff_id).unit_id if self.staff_id is not None else None
        saved = staff.save_person(tx, self.region_id, self.staff_id, self.fields, self.assessments)
        self.staff_id = saved.staff_id
        self.units = [before, staff.get_staff(tx, saved.staff_id).unit_id]

    def affected(self, undone: bool) -> Affected:
        return staff_affected(self.units)


class MoveStaffCommand(StoreCommand):
    """Many people to one position or unit: in the background, one transaction, one step."""

    bulk = True

    def __init__(self, doc: Document, staff_ids: list[int], unit_id: int | None, position_id: int | None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Pindahkan {count} pegawai").format(count=len(staff_ids)))
        self.staff_ids, self.unit_id, self.position_id = staff_ids, unit_id, position_id
        self.units: list[int] = []

    def work(self, tx: Tx) -> None:
        self.units = staff.move_staff(tx, self.staff_ids, self.unit_id, self.position_id).units

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        progress(0.1, self.text())
        self.work(tx)

    def affected(self, undone: bool) -> Affected:
        return staff_affected(list(self.units))


class DeleteStaffCommand(StoreCommand):
    """One or many people removed in one transaction and one undo step."""

    def __init__(self, doc: Document, staff_ids: list[int]) -> None:
        if len(staff_ids) == 1:
            name = staff.get_staff(doc.store, staff_ids[0]).name
            text = QCoreApplication.translate("commands", "Hapus pegawai '{name}'").format(name=name)
        else:
            text = QCoreApplication.translate("commands", "Hapus {count} pegawai").format(count=len(staff_ids))
        super().__init__(doc, text)
        self.staff_ids = staff_ids
        self.bulk = len(staff_ids) > BULK_ROWS  # type: ignore[misc]
        self.units: list[int] = []

    def work(self, tx: Tx) -> None:
        self.units = staff.delete_staff(tx, self.staff_ids).units

    def affected(self, undone: bool) -> Affected:
        return staff_affected(list(self.units))


BULK_ROWS = 2000  # a change of more rows than this runs in the background
