"""Turns requests of the positions/staff pages into dialogs and undoable commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from core.deferred import deferred
from ui import commands
from ui.document import Document
from ui.panels.lazy import LazyPage
from ui.region_choice import region_items

if TYPE_CHECKING:
    from core import competency, money, nip, positions, regions, staff, units
    from ui.panels.people import PeoplePage
    from ui.panels.staff_browser import StaffBrowser
else:
    regions = deferred("core.regions")
    units = deferred("core.units")
    competency, positions, staff = deferred("core.competency"), deferred("core.positions"), deferred("core.staff")
    money, nip = deferred("core.money"), deferred("core.nip")


class PeopleController(QObject):
    def __init__(
        self,
        window: QWidget,
        page: LazyPage[PeoplePage],
        browser: LazyPage[StaffBrowser],
        select_unit: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.page_place, self.browser_place = page, browser
        self.select_unit = select_unit
        self.doc: Document | None = None
        page.on_built(self._wire_page)
        browser.on_built(self._wire_browser)

    @property
    def page(self) -> PeoplePage:
        return self.page_place.page

    @property
    def browser(self) -> StaffBrowser:
        return self.browser_place.page

    def _wire_page(self, page: PeoplePage) -> None:
        page.position_edited.connect(
            lambda pid, field, value: self._run(commands.UpdatePositionCommand(self.doc, pid, **{field: value}))
        )
        page.position_added.connect(self.add_position)
        page.position_removed.connect(lambda pid: self._run(commands.DeletePositionCommand(self.doc, pid)))
        page.standard_edited.connect(lambda pid, levels: self._run(commands.SetStandardCommand(self.doc, pid, levels)))
        page.staff_added.connect(lambda unit_id: self.open_staff(None, unit_id))
        page.staff_opened.connect(lambda staff_id: self.open_staff(staff_id, None))
        page.staff_moved.connect(self.move_staff)
        page.staff_removed.connect(self.remove_staff)
        page.competency_defined.connect(self.define_competency)

    def _wire_browser(self, browser: StaffBrowser) -> None:
        browser.staff_opened.connect(lambda staff_id: self.open_staff(staff_id, None))
        browser.unit_shown.connect(self.select_unit)
        self._give_file(browser)

    def _give_file(self, browser: StaffBrowser) -> None:
        if self.doc is None:
            browser.set_store(None, [])
        else:
            browser.set_store(self.doc.store, region_items(self.doc.store))

    def attach(self, doc: Document | None) -> None:
        self.doc = doc
        if self.browser_place.built:  # a list not built yet gets the file when it is
            self._give_file(self.browser)

    def _run(self, command: commands.StoreCommand | None) -> bool:
        return self.doc.run(command) if self.doc is not None and command is not None else False

    def define_competency(self) -> None:
        """Add a technical competency to the office's own dictionary (undo takes it out)."""
        if self.doc is None:
            return
        doc = self.doc

        def submit(code: str, name: str) -> str | None:
            return doc.submit(commands.DefineCompetencyCommand(doc, code, name, self.page.unit_id))

        from ui.dialogs.competency_dialog import CompetencyDialog

        CompetencyDialog(self.window, submit).exec()

    def add_position(self, unit_id: int) -> None:
        title, ok = QInputDialog.getText(
            self.window, self.tr("Tambah jabatan"), self.tr("Nama jabatan (misalnya Analis Kebijakan Ahli Muda):")
        )
        if ok and self.doc is not None:
            self._run(commands.CreatePositionCommand(self.doc, unit_id, title, "pelaksana"))

    def open_staff(self, staff_id: int | None, unit_id: int | None) -> None:
        if self.doc is None:
            return
        store = self.doc.store
        person = staff.get_staff(store, staff_id) if staff_id is not None else None
        unit = unit_id if unit_id is not None else (person.unit_id if person else None)
        if unit is None:
            return
        region_id = person.region_id if person else regions.get_edition(store, units.get_unit(store, unit).edition_id).region_id
        candidates = positions.positions_of(store, unit)
        if person is not None and person.position_id is not None and all(p.id != person.position_id for p in candidates):
            candidates.append(positions.get_position(store, person.position_id))

        def submit(fields: dict[str, Any], assessments: list[staff.Assessment]) -> str | None:
            if fields.get("position_id") is None:
                fields["unit_id"] = unit
            assert self.doc is not None
            return self.doc.submit(commands.SaveStaffCommand(self.doc, region_id, staff_id, fields, assessments))

        from ui.dialogs.staff_dialog import StaffDialog

        dialog = StaffDialog(
            self.window,
            candidates,
            positions.known_competencies(store),
            person,
            staff.assessments_of(store, staff_id) if staff_id else [],
            submit,
            competency.gaps_of(store, staff_id) if staff_id else [],
        )
        dialog.read_only = store.read_only
        dialog.exec()

    def move_staff(self, staff_ids: list[int]) -> None:
        if self.doc is None or not staff_ids:
            return
        store = self.doc.store
        first = staff.get_staff(store, staff_ids[0])
        edition = regions.edition_in_force(store, first.region_id)
        if first.unit_id is not None:
            edition = regions.get_edition(store, units.get_unit(store, first.unit_id).edition_id)
        if edition is None:
            return
        from ui.dialogs.unit_chooser import MoveStaffDialog

        dialog = MoveStaffDialog(self.window, store, units.unit_paths(store, edition.id), len(staff_ids))
        if dialog.exec() and dialog.unit_id() is not None:
            self._run(commands.MoveStaffCommand(self.doc, staff_ids, dialog.unit_id(), dialog.position_id()))

    def remove_staff(self, staff_ids: list[int]) -> None:
        if self.doc is None or not staff_ids:
            return
        if len(staff_ids) == 1:
            person = staff.get_staff(self.doc.store, staff_ids[0])
            question = self.tr("Hapus {name} ({nip}) beserta asesmennya?\nPenghapusan dapat diurungkan (Ctrl+Z).").format(
                name=person.full_name, nip=nip.format_nip(person.nip)
            )
        else:
            question = self.tr(
                "Hapus {count} pegawai yang dipilih beserta asesmennya?\nPenghapusan dapat diurungkan (Ctrl+Z)."
            ).format(count=money.group_thousands(len(staff_ids)))
        if QMessageBox.question(self.window, self.tr("Hapus pegawai"), question) == QMessageBox.StandardButton.Yes:
            self._run(commands.DeleteStaffCommand(self.doc, staff_ids))
