"""Commands on the structure tree: units, their functions, urusan and programs."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from core import unit_content, units
from core.store import Tx
from core.unit_content import Function
from ui.commands.base import StoreCommand
from ui.document import Affected, Document

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
MERGE_ID = 1001
CHOICE_FIELDS = ("kind", "typology", "eselon")


class CreateUnitCommand(StoreCommand):
    def __init__(
        self, doc: Document, edition_id: int, parent_id: int | None, name: str, kind: str, position: int | None = None
    ) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Tambah unit '{name}'").format(name=name))
        self.edition_id, self.parent_id, self.name, self.kind, self.position = edition_id, parent_id, name, kind, position
        self.unit_id = 0

    def work(self, tx: Tx) -> None:
        change = units.create_unit(tx, self.edition_id, self.parent_id, self.name, self.kind, position=self.position)
        self.unit_id, self.warnings = change.unit_id, change.warnings

    def affected(self, undone: bool) -> Affected:
        return Affected(
            parents=[(self.edition_id, self.parent_id)],
            select_unit=self.parent_id if undone else self.unit_id,
            select_edition=self.edition_id if undone and self.parent_id is None else None,
        )


class UpdateUnitCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, **fields: Any) -> None:
        key = next(iter(fields)) if len(fields) == 1 else ""
        super().__init__(
            doc, QCoreApplication.translate("commands", FIELD_ACTIONS.get(key, QT_TRANSLATE_NOOP("commands", "Ubah unit")))
        )
        self.unit_id = unit_id
        self.fields = fields
        unit = units.get_unit(doc.store, unit_id)
        self.place = (unit.edition_id, unit.parent_id)
        self.original = {k: getattr(unit, k) for k in fields if hasattr(unit, k)}

    def work(self, tx: Tx) -> None:
        self.warnings = units.update_unit(tx, self.unit_id, **self.fields).warnings

    def affected(self, undone: bool) -> Affected:
        return Affected(parents=[self.place], units=[self.unit_id], select_unit=self.unit_id)

    def id(self) -> int:
        # Arrowing through a drop-down (kind, typology, eselon) saves at each step; the steps
        # of one field of one unit in a row are one undo step ("Ubah jenis"), not ten.
        return MERGE_ID if len(self.fields) == 1 and next(iter(self.fields)) in CHOICE_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateUnitCommand) or other.unit_id != self.unit_id or other.fields.keys() != self.fields.keys():
            return False
        self.merge_steps(other)
        self.fields = other.fields
        if self.fields == self.original:
            self.setObsolete(True)  # back where it started: nothing to undo
        return True


class MoveUnitCommand(StoreCommand):
    def __init__(
        self, doc: Document, unit_id: int, new_parent_id: int | None, position: int | None = None, text: str | None = None
    ) -> None:
        unit = units.get_unit(doc.store, unit_id)
        super().__init__(doc, text or QCoreApplication.translate("commands", "Pindahkan unit '{name}'").format(name=unit.name))
        self.unit_id, self.edition_id, self.old_parent = unit_id, unit.edition_id, unit.parent_id
        self.target = (new_parent_id, position)

    def work(self, tx: Tx) -> None:
        self.warnings = units.move_unit(tx, self.unit_id, *self.target).warnings

    def affected(self, undone: bool) -> Affected:
        return Affected(parents=[(self.edition_id, self.old_parent), (self.edition_id, self.target[0])], select_unit=self.unit_id)


class DeleteUnitCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int) -> None:
        unit = units.get_unit(doc.store, unit_id)
        super().__init__(doc, QCoreApplication.translate("commands", "Hapus unit '{name}'").format(name=unit.name))
        self.unit_id = unit_id
        self.place = (unit.edition_id, unit.parent_id)

    def work(self, tx: Tx) -> None:
        units.delete_unit(tx, self.unit_id)

    def affected(self, undone: bool) -> Affected:
        return Affected(
            parents=[self.place],
            select_unit=self.unit_id if undone else self.place[1],
            select_edition=self.place[0] if not undone and self.place[1] is None else None,
        )


class SetFunctionsCommand(StoreCommand):
    def __init__(self, doc: Document, unit_id: int, functions: list[Function], text: str | None = None) -> None:
        super().__init__(doc, text or QCoreApplication.translate("commands", "Ubah fungsi unit"))
        self.unit_id, self.functions = unit_id, functions

    def work(self, tx: Tx) -> None:
        unit_content.set_functions(tx, self.unit_id, self.functions)

    def affected(self, undone: bool) -> Affected:
        return Affected(units=[self.unit_id], select_unit=self.unit_id)


class SetListCommand(StoreCommand):
    """Replace a unit's urusan or programs (both are plain lists of codes)."""

    TEXTS: ClassVar[dict[str, str]] = {
        "urusan": QT_TRANSLATE_NOOP("commands", "Ubah urusan unit"),
        "programs": QT_TRANSLATE_NOOP("commands", "Ubah program unit"),
    }

    def __init__(self, doc: Document, what: str, unit_id: int, codes: list[str]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", self.TEXTS[what]))
        self.setter = unit_content.set_urusan if what == "urusan" else unit_content.set_programs
        self.unit_id, self.codes = unit_id, codes

    def work(self, tx: Tx) -> None:
        self.setter(tx, self.unit_id, self.codes)

    def affected(self, undone: bool) -> Affected:
        return Affected(units=[self.unit_id], select_unit=self.unit_id)
