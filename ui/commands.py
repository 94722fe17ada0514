"""Undoable commands over core operations; the Edit menu names each one."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from core import assets, positions, regions, snapshots, staff, unit_content, units
from core.checks import acceptance
from core.unit_content import Function
from ui.document import Affected, Document, StoreCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


FIELD_ACTIONS = {
    "name": QT_TRANSLATE_NOOP("commands", "Ganti nama unit"),
    "kind": QT_TRANSLATE_NOOP("commands", "Ubah jenis unit"),
    "short_name": QT_TRANSLATE_NOOP("commands", "Ubah nama singkat"),
    "typology": QT_TRANSLATE_NOOP("commands", "Ubah tipologi"),
    "head_title": QT_TRANSLATE_NOOP("commands", "Ubah jabatan kepala"),
    "eselon": QT_TRANSLATE_NOOP("commands", "Ubah eselon"),
    "code": QT_TRANSLATE_NOOP("commands", "Ubah kode unit"),
    "notes": QT_TRANSLATE_NOOP("commands", "Ubah catatan unit"),
}


def _unit_place(store: Any, unit_id: int) -> tuple[int, int | None]:
    unit = units.get_unit(store, unit_id)
    return unit.edition_id, unit.parent_id


class CreateUnitCommand(StoreCommand):
    def __init__(
        self, doc: Document, edition_id: int, parent_id: int | None, name: str, kind: str, position: int | None = None
    ) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Tambah unit '{name}'").format(name=name))
        self.args = (edition_id, parent_id, name, kind)
        self.position = position
        self.unit_id = 0
        self.snapshot: snapshots.Snapshot | None = None

    def _affected(self, select: bool) -> Affected:
        edition_id, parent_id = self.args[0], self.args[1]
        return Affected(
            parents=[(edition_id, parent_id)],
            select_unit=self.unit_id if select else parent_id,
            select_edition=edition_id if not select and parent_id is None else None,
        )

    def first(self) -> Affected:
        edition_id, parent_id, name, kind = self.args
        change = units.create_unit(self.store, edition_id, parent_id, name, kind, position=self.position)
        self.unit_id, self.warnings = change.unit_id, change.warnings
        return self._affected(True)

    def undo_step(self) -> Affected:
        self.snapshot = units.delete_unit(self.store, self.unit_id)
        return self._affected(False)

    def redo_step(self) -> Affected:
        assert self.snapshot is not None
        units.restore_units(self.store, self.snapshot)
        return self._affected(True)


MERGE_ID = 1001
CHOICE_FIELDS = ("kind", "typology", "eselon")


class UpdateUnitCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, **fields: Any) -> None:
        key = next(iter(fields)) if len(fields) == 1 else ""
        super().__init__(doc, _tr(FIELD_ACTIONS.get(key, QT_TRANSLATE_NOOP("commands", "Ubah unit"))))
        self.unit_id = unit_id
        self.fields = fields
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}

    def _affected(self) -> Affected:
        edition_id, parent_id = _unit_place(self.store, self.unit_id)
        return Affected(parents=[(edition_id, parent_id)], units=[self.unit_id], select_unit=self.unit_id)

    def id(self) -> int:
        # Arrowing through a drop-down (kind, typology, eselon) saves at each step; the steps
        # of one field of one unit in a row are one undo step ("Ubah jenis"), not ten.
        return MERGE_ID if len(self.fields) == 1 and next(iter(self.fields)) in CHOICE_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateUnitCommand) or other.unit_id != self.unit_id or other.fields.keys() != self.fields.keys():
            return False
        self.after = other.after
        self.fields = other.fields
        if self.after == self.before:
            self.setObsolete(True)  # back where it started: nothing to undo
        return True

    def first(self) -> Affected:
        change = units.update_unit(self.store, self.unit_id, **self.fields)
        self.before, self.after, self.warnings = change.before, change.after, change.warnings
        if not change.after:
            self.setObsolete(True)  # nothing changed: nothing to undo
        return self._affected()

    def undo_step(self) -> Affected:
        units.update_unit(self.store, self.unit_id, **self.before)
        return self._affected()

    def redo_step(self) -> Affected:
        units.update_unit(self.store, self.unit_id, **self.after)
        return self._affected()


class MoveUnitCommand(StoreCommand):
    def __init__(
        self, doc: Document, unit_id: int, new_parent_id: int | None, position: int | None = None, text: str | None = None
    ) -> None:
        name = units.get_unit(doc.store, unit_id).name
        super().__init__(doc, text or QCoreApplication.translate("commands", "Pindahkan unit '{name}'").format(name=name))
        self.unit_id = unit_id
        self.target = (new_parent_id, position)
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.edition_id = 0

    def _affected(self) -> Affected:
        parents = [(self.edition_id, self.before["parent_id"]), (self.edition_id, self.after["parent_id"])]
        return Affected(parents=parents, select_unit=self.unit_id)

    def first(self) -> Affected:
        self.edition_id = units.get_unit(self.store, self.unit_id).edition_id
        change = units.move_unit(self.store, self.unit_id, *self.target)
        self.before, self.after, self.warnings = change.before, change.after, change.warnings
        return self._affected()

    def undo_step(self) -> Affected:
        units.move_unit(self.store, self.unit_id, self.before["parent_id"], self.before["position"])
        return self._affected()

    def redo_step(self) -> Affected:
        units.move_unit(self.store, self.unit_id, self.after["parent_id"], self.after["position"])
        return self._affected()


class DeleteUnitCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int) -> None:
        unit = units.get_unit(doc.store, unit_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus unit '{name}'").format(name=unit.name))
        self.unit_id = unit_id
        self.place = (unit.edition_id, unit.parent_id)
        self.snapshot: snapshots.Snapshot | None = None

    def _affected(self, restored: bool) -> Affected:
        return Affected(
            parents=[self.place],
            select_unit=self.unit_id if restored else self.place[1],
            select_edition=self.place[0] if not restored and self.place[1] is None else None,
        )

    def first(self) -> Affected:
        self.snapshot = units.delete_unit(self.store, self.unit_id)
        return self._affected(False)

    def undo_step(self) -> Affected:
        assert self.snapshot is not None
        units.restore_units(self.store, self.snapshot)
        return self._affected(True)

    def redo_step(self) -> Affected:
        self.snapshot = units.delete_unit(self.store, self.unit_id)
        return self._affected(False)


class SetFunctionsCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, functions: list[Function], text: str | None = None) -> None:
        super().__init__(doc, text or QCoreApplication.translate("commands", "Ubah fungsi unit"))
        self.unit_id = unit_id
        self.new = functions
        self.old: list[Function] = []

    def first(self) -> Affected:
        self.old = unit_content.set_functions(self.store, self.unit_id, self.new)
        self.new = unit_content.functions_of(self.store, self.unit_id)  # with the ids they got
        return Affected(units=[self.unit_id], select_unit=self.unit_id)

    def undo_step(self) -> Affected:
        unit_content.set_functions(self.store, self.unit_id, self.old)
        return Affected(units=[self.unit_id], select_unit=self.unit_id)

    def redo_step(self) -> Affected:
        unit_content.set_functions(self.store, self.unit_id, self.new)
        return Affected(units=[self.unit_id], select_unit=self.unit_id)


class SetListCommand(StoreCommand):
    """Replace a unit's urusan or programs (both are plain lists of codes)."""

    SETTERS: ClassVar[dict[str, Any]] = {"urusan": unit_content.set_urusan, "programs": unit_content.set_programs}
    TEXTS: ClassVar[dict[str, str]] = {
        "urusan": QT_TRANSLATE_NOOP("commands", "Ubah urusan unit"),
        "programs": QT_TRANSLATE_NOOP("commands", "Ubah program unit"),
    }

    def __init__(self, doc: Document, what: str, unit_id: int, codes: list[str]) -> None:
        super().__init__(doc, _tr(self.TEXTS[what]))
        self.setter = self.SETTERS[what]
        self.unit_id = unit_id
        self.new = codes
        self.old: list[str] = []

    def first(self) -> Affected:
        self.old = self.setter(self.store, self.unit_id, self.new)
        return Affected(units=[self.unit_id], select_unit=self.unit_id)

    def undo_step(self) -> Affected:
        self.setter(self.store, self.unit_id, self.old)
        return Affected(units=[self.unit_id], select_unit=self.unit_id)

    def redo_step(self) -> Affected:
        self.setter(self.store, self.unit_id, self.new)
        return Affected(units=[self.unit_id], select_unit=self.unit_id)


class UpdateRecordCommand(StoreCommand):
    """Edit fields of a region or an edition."""

    def __init__(self, doc: Document, entity: str, record_id: int, **fields: Any) -> None:
        super().__init__(
            doc,
            QCoreApplication.translate("commands", "Ubah wilayah")
            if entity == "region"
            else QCoreApplication.translate("commands", "Ubah edisi"),
        )
        self.update = regions.update_region if entity == "region" else regions.update_edition
        self.entity = entity
        self.record_id = record_id
        self.after = fields
        self.before: dict[str, Any] = {}

    def _affected(self) -> Affected:
        if self.entity == "region":
            return Affected(regions_changed=True, select_region=self.record_id)
        return Affected(regions_changed=True, select_edition=self.record_id)

    def first(self) -> Affected:
        self.before = self.update(self.store, self.record_id, **self.after)
        if not self.before:
            self.setObsolete(True)  # nothing changed: nothing to undo
        return self._affected()

    def undo_step(self) -> Affected:
        self.update(self.store, self.record_id, **self.before)
        return self._affected()

    def redo_step(self) -> Affected:
        self.update(self.store, self.record_id, **self.after)
        return self._affected()


class CreateRecordCommand(StoreCommand):
    """Create a region (with a first edition), an edition, or a copy of an edition."""

    def __init__(self, doc: Document, text: str, create: Any, delete: Any, select: str) -> None:
        super().__init__(doc, text)
        self.create = create  # () -> id
        self.delete = delete  # (store, id) -> Snapshot
        self.select = select
        self.record_id = 0
        self.snapshot: snapshots.Snapshot | None = None

    def _affected(self, exists: bool) -> Affected:
        if not exists:
            return Affected(regions_changed=True)
        if self.select == "region":
            return Affected(regions_changed=True, select_region=self.record_id)
        return Affected(regions_changed=True, select_edition=self.record_id)

    def first(self) -> Affected:
        self.record_id = self.create()
        return self._affected(True)

    def undo_step(self) -> Affected:
        self.snapshot = self.delete(self.store, self.record_id)
        return self._affected(False)

    def redo_step(self) -> Affected:
        assert self.snapshot is not None
        snapshots.restore(self.store, self.snapshot)
        return self._affected(True)


class DeleteEditionCommand(StoreCommand):
    def __init__(self, doc: Document, edition_id: int) -> None:
        edition = regions.get_edition(doc.store, edition_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus edisi '{name}'").format(name=edition.name))
        self.edition_id = edition_id
        self.region_id = edition.region_id
        self.snapshot: snapshots.Snapshot | None = None

    def first(self) -> Affected:
        self.snapshot = regions.delete_edition(self.store, self.edition_id)
        return Affected(regions_changed=True, select_region=self.region_id)

    def undo_step(self) -> Affected:
        assert self.snapshot is not None
        snapshots.restore(self.store, self.snapshot)
        return Affected(regions_changed=True, select_edition=self.edition_id)

    def redo_step(self) -> Affected:
        return self.first()


def new_region_command(doc: Document, name: str, kind: str, edition_name: str) -> CreateRecordCommand:
    def create() -> int:
        return regions.create_region(doc.store, name, kind, edition_name=edition_name).id

    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah wilayah '{name}'").format(name=name),
        create,
        regions.delete_region,
        "region",
    )


def new_edition_command(doc: Document, region_id: int, name: str, status: str) -> CreateRecordCommand:
    def create() -> int:
        return regions.create_edition(doc.store, region_id, name, status).id

    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah edisi '{name}'").format(name=name),
        create,
        regions.delete_edition,
        "edition",
    )


def copy_edition_command(doc: Document, edition_id: int, name: str) -> CreateRecordCommand:
    def create() -> int:
        return regions.copy_edition(doc.store, edition_id, name).id

    return CreateRecordCommand(
        doc,
        QCoreApplication.translate("commands", "Salin edisi sebagai '{name}'").format(name=name),
        create,
        regions.delete_edition,
        "edition",
    )


class AcceptFindingCommand(StoreCommand):
    """Accept a finding with a reason, or (accept=False) put it back among the open ones."""

    def __init__(self, doc: Document, edition_id: int, key: str, rule: str, reason: str | None) -> None:
        text = (
            QCoreApplication.translate("commands", "Terima temuan")
            if reason is not None
            else QCoreApplication.translate("commands", "Batalkan penerimaan temuan")
        )
        super().__init__(doc, text)
        self.edition_id, self.key, self.rule, self.reason = edition_id, key, rule, reason
        self.previous: acceptance.Acceptance | None = None

    def _do(self) -> Affected:
        if self.reason is not None:
            self.previous = acceptance.accept(self.store, self.edition_id, self.key, self.rule, self.reason)
        else:
            self.previous = acceptance.unaccept(self.store, self.edition_id, self.key)
        return Affected(findings_changed=True)

    def first(self) -> Affected:
        return self._do()

    def redo_step(self) -> Affected:
        return self._do()

    def undo_step(self) -> Affected:
        if self.reason is not None:
            if self.previous is None:
                acceptance.unaccept(self.store, self.edition_id, self.key)
            else:
                acceptance.restore(self.store, self.edition_id, self.key, self.rule, self.previous)
        elif self.previous is not None:
            acceptance.restore(self.store, self.edition_id, self.key, self.rule, self.previous)
        return Affected(findings_changed=True)


class SetRelevantUrusanCommand(StoreCommand):
    def __init__(self, doc: Document, region_id: int, codes: list[str]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Ubah urusan pilihan yang relevan"))
        self.region_id, self.new, self.old = region_id, codes, []

    def first(self) -> Affected:
        self.old = regions.set_relevant_urusan(self.store, self.region_id, self.new)
        return Affected(select_region=self.region_id)

    def undo_step(self) -> Affected:
        regions.set_relevant_urusan(self.store, self.region_id, self.old)
        return Affected(select_region=self.region_id)

    def redo_step(self) -> Affected:
        regions.set_relevant_urusan(self.store, self.region_id, self.new)
        return Affected(select_region=self.region_id)


def _staff_affected(unit_ids: list[int | None]) -> Affected:
    return Affected(units=[u for u in dict.fromkeys(unit_ids) if u is not None], staff_changed=True)


class GenericCommand(StoreCommand):
    """A change made of a do and an undo callable, each returning the units it touched."""

    def __init__(self, doc: Document, text: str, do: Any, undo: Any, units: list[int | None]) -> None:
        super().__init__(doc, text)
        self.do, self.undo_call, self.touched = do, undo, units

    def first(self) -> Affected:
        self.do()
        return _staff_affected(self.touched)

    def redo_step(self) -> Affected:
        self.do()
        return _staff_affected(self.touched)

    def undo_step(self) -> Affected:
        self.undo_call()
        return _staff_affected(self.touched)


class CreatePositionCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, title: str, category: str) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Tambah jabatan '{title}'").format(title=title))
        self.unit_id, self.title, self.category = unit_id, title, category
        self.position_id = 0
        self.saved: dict[str, Any] | None = None

    def first(self) -> Affected:
        self.position_id = positions.create_position(self.store, self.unit_id, self.title, self.category).id
        return _staff_affected([self.unit_id])

    def undo_step(self) -> Affected:
        self.saved = positions.delete_position(self.store, self.position_id)
        return _staff_affected([self.unit_id])

    def redo_step(self) -> Affected:
        assert self.saved is not None
        positions.restore_position(self.store, self.saved)
        return _staff_affected([self.unit_id])


class UpdatePositionCommand(StoreCommand):
    def __init__(self, doc: Document, position_id: int, **fields: Any) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Ubah jabatan"))
        self.position_id, self.after = position_id, fields
        self.before: dict[str, Any] = {}
        self.unit_id = positions.get_position(doc.store, position_id).unit_id

    def first(self) -> Affected:
        self.before = positions.update_position(self.store, self.position_id, **self.after)
        if not self.before:
            self.setObsolete(True)
        return _staff_affected([self.unit_id])

    def undo_step(self) -> Affected:
        positions.update_position(self.store, self.position_id, **self.before)
        return _staff_affected([self.unit_id])

    def redo_step(self) -> Affected:
        positions.update_position(self.store, self.position_id, **self.after)
        return _staff_affected([self.unit_id])


class DeletePositionCommand(StoreCommand):
    def __init__(self, doc: Document, position_id: int) -> None:
        position = positions.get_position(doc.store, position_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus jabatan '{title}'").format(title=position.title))
        self.position_id, self.unit_id = position_id, position.unit_id
        self.saved: dict[str, Any] | None = None

    def first(self) -> Affected:
        self.saved = positions.delete_position(self.store, self.position_id)
        return _staff_affected([self.unit_id])

    def undo_step(self) -> Affected:
        assert self.saved is not None
        positions.restore_position(self.store, self.saved)
        return _staff_affected([self.unit_id])

    def redo_step(self) -> Affected:
        return self.first()


def set_standard_command(doc: Document, position_id: int, levels: dict[str, Any]) -> StoreCommand:
    unit_id = positions.get_position(doc.store, position_id).unit_id
    state: dict[str, Any] = {}

    def do() -> None:
        state["old"] = positions.set_standard(doc.store, position_id, levels)

    def undo() -> None:
        positions.set_standard(doc.store, position_id, state["old"])

    return GenericCommand(doc, QCoreApplication.translate("commands", "Ubah standar kompetensi"), do, undo, [unit_id])


class SaveStaffCommand(StoreCommand):
    """Create a person, or change one, with their assessments, as one undo step."""

    def __init__(
        self, doc: Document, region_id: int, staff_id: int | None, fields: dict[str, Any], assessments: list[staff.Assessment]
    ) -> None:
        text = (
            QCoreApplication.translate("commands", "Ubah data pegawai")
            if staff_id
            else QCoreApplication.translate("commands", "Tambah pegawai")
        )
        super().__init__(doc, text)
        self.region_id, self.staff_id, self.fields, self.assessments = region_id, staff_id, fields, assessments
        self.result: staff.SavedPerson | None = None
        self.removed: dict[str, Any] | None = None
        self.units: list[int | None] = []

    def first(self) -> Affected:
        before = staff.get_staff(self.store, self.staff_id).unit_id if self.staff_id is not None else None
        self.result = staff.save_person(self.store, self.region_id, self.staff_id, self.fields, self.assessments)
        self.staff_id = self.result.staff_id
        if not self.result.changed:
            self.setObsolete(True)  # saved as it was: nothing to undo
        self.units = [before, staff.get_staff(self.store, self.staff_id).unit_id]
        return _staff_affected(self.units)

    def undo_step(self) -> Affected:
        assert self.result is not None
        if self.result.created:
            self.removed = staff.delete_staff(self.store, [self.result.staff_id])
        else:
            staff.save_person(
                self.store, self.region_id, self.result.staff_id, self.result.old_fields, self.result.old_assessments
            )
        return _staff_affected(self.units)

    def redo_step(self) -> Affected:
        assert self.result is not None
        if self.result.created:
            assert self.removed is not None
            staff.restore_staff(self.store, self.removed)
        else:
            staff.save_person(self.store, self.region_id, self.result.staff_id, self.fields, self.assessments)
        return _staff_affected(self.units)


class MoveStaffCommand(StoreCommand):
    def __init__(self, doc: Document, staff_ids: list[int], unit_id: int | None, position_id: int | None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Pindahkan {count} pegawai").format(count=len(staff_ids)))
        self.staff_ids, self.unit_id, self.position_id = staff_ids, unit_id, position_id
        self.old: list[tuple[int, int | None, int | None]] = []

    def _units(self) -> list[int | None]:
        target = positions.get_position(self.store, self.position_id).unit_id if self.position_id else self.unit_id
        return [target, *[u for _, u, _ in self.old]]

    def first(self) -> Affected:
        self.old = staff.move_staff(self.store, self.staff_ids, self.unit_id, self.position_id)
        return _staff_affected(self._units())

    def undo_step(self) -> Affected:
        staff.restore_placements(self.store, self.old)
        return _staff_affected(self._units())

    def redo_step(self) -> Affected:
        staff.move_staff(self.store, self.staff_ids, self.unit_id, self.position_id)
        return _staff_affected(self._units())


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
        self.saved: dict[str, Any] | None = None

    def _affected(self) -> Affected:
        assert self.saved is not None
        return _staff_affected(list(dict.fromkeys(person["unit_id"] for person in self.saved["staff"])))

    def first(self) -> Affected:
        self.saved = staff.delete_staff(self.store, self.staff_ids)
        return self._affected()

    def undo_step(self) -> Affected:
        assert self.saved is not None
        staff.restore_staff(self.store, self.saved)
        return self._affected()

    def redo_step(self) -> Affected:
        return self.first()


class SaveAssetCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, asset_id: int | None, fields: dict[str, Any]) -> None:
        text = (
            QCoreApplication.translate("commands", "Ubah aset")
            if asset_id
            else QCoreApplication.translate("commands", "Tambah aset")
        )
        super().__init__(doc, text)
        self.unit_id, self.asset_id, self.fields = unit_id, asset_id, fields
        self.created = asset_id is None
        self.old: dict[str, Any] = {}
        self.saved: dict[str, Any] | None = None

    def _affected(self) -> Affected:
        return Affected(units=[self.unit_id], assets_changed=True)

    def first(self) -> Affected:
        if self.created:
            values = dict(self.fields)
            self.asset_id = assets.create_asset(
                self.store, self.unit_id, values.pop("kib"), values.pop("kode_barang"), values.pop("name"), **values
            ).id
        else:
            assert self.asset_id is not None
            self.old = assets.update_asset(self.store, self.asset_id, **self.fields)
            if not self.old:
                self.setObsolete(True)
        return self._affected()

    def undo_step(self) -> Affected:
        assert self.asset_id is not None
        if self.created:
            self.saved = assets.delete_assets(self.store, [self.asset_id])
        else:
            assets.update_asset(self.store, self.asset_id, **self.old)
        return self._affected()

    def redo_step(self) -> Affected:
        assert self.asset_id is not None
        if self.created:
            assert self.saved is not None
            assets.restore_assets(self.store, self.saved)
        else:
            assets.update_asset(self.store, self.asset_id, **self.fields)
        return self._affected()


class MoveAssetsCommand(StoreCommand):
    """Many assets to one unit: one transaction, one undo step, one transfer record each."""

    def __init__(self, doc: Document, asset_ids: list[int], unit_id: int, on: str, reference: str, notes: str) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Pindahkan {count} aset").format(count=len(asset_ids)))
        self.asset_ids, self.unit_id, self.on, self.reference, self.notes = asset_ids, unit_id, on, reference, notes
        self.move: assets.Move | None = None

    def _affected(self) -> Affected:
        units = [self.unit_id, *dict.fromkeys(u for _, u in (self.move.old_units if self.move else []))]
        return Affected(units=units, assets_changed=True)

    def first(self) -> Affected:
        self.move = assets.move_assets(
            self.store, self.asset_ids, self.unit_id, on=self.on, reference=self.reference, notes=self.notes
        )
        return self._affected()

    def undo_step(self) -> Affected:
        assert self.move is not None
        assets.undo_move(self.store, self.move)
        return self._affected()

    def redo_step(self) -> Affected:
        return self.first()


class DeleteAssetsCommand(StoreCommand):
    """One or many assets removed in one transaction and one undo step, their history kept for undo."""

    def __init__(self, doc: Document, asset_ids: list[int]) -> None:
        if len(asset_ids) == 1:
            name = assets.get_asset(doc.store, asset_ids[0]).name
            text = QCoreApplication.translate("commands", "Hapus aset '{name}'").format(name=name)
        else:
            text = QCoreApplication.translate("commands", "Hapus {count} aset").format(count=len(asset_ids))
        super().__init__(doc, text)
        self.asset_ids = asset_ids
        self.saved: dict[str, Any] | None = None

    def _affected(self) -> Affected:
        assert self.saved is not None
        return Affected(units=list(dict.fromkeys(row["unit_id"] for row in self.saved["assets"])), assets_changed=True)

    def first(self) -> Affected:
        self.saved = assets.delete_assets(self.store, self.asset_ids)
        return self._affected()

    def undo_step(self) -> Affected:
        assert self.saved is not None
        assets.restore_assets(self.store, self.saved)
        return self._affected()

    def redo_step(self) -> Affected:
        return self.first()
