"""The structure tree's actions and the editor's edits, turned into undoable commands: add,
rename, delete (after saying what goes with the unit), cut and paste, move up and down, drops,
new regions and editions. The kind a new unit starts with comes from core (unit_kinds.csv)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QTreeView

from core.deferred import deferred
from ui import commands
from ui.document import Document
from ui.models.structure_tree import StructureTreeModel
from ui.panels.editor import EditorPanel

if TYPE_CHECKING:
    from core import regions, units
else:
    regions = deferred("core.regions")
    units = deferred("core.units")

Selected = Callable[[], tuple[str, int] | None]


class StructureController(QObject):
    cut_changed = Signal()  # a unit was cut, or pasted: whether Paste can act has changed

    def __init__(self, window: QMainWindow, tree: QTreeView, editor: EditorPanel, selected: Selected) -> None:
        super().__init__(window)
        self.window = window
        self.tree = tree
        self.selected = selected
        self.doc: Document | None = None
        self.cut_unit: int | None = None
        editor.new_region_requested.connect(lambda: self.new_region())
        unit_page = editor.unit_page
        unit_page.field_edited.connect(self._on_unit_field_edited)
        unit_page.functions_edited.connect(self._on_functions_edited)
        unit_page.urusan_edited.connect(lambda uid, codes: self._run(commands.SetListCommand(self.doc, "urusan", uid, codes)))
        unit_page.programs_edited.connect(lambda uid, codes: self._run(commands.SetListCommand(self.doc, "programs", uid, codes)))
        editor.region_page.field_edited.connect(self._on_record_field_edited)
        editor.region_page.relevant_edited.connect(
            lambda region_id, codes: self._run(commands.SetRelevantUrusanCommand(self.doc, region_id, codes))
        )
        editor.edition_page.field_edited.connect(self._on_record_field_edited)

    def attach(self, doc: Document | None, model: StructureTreeModel | None) -> None:
        """Work on this file and its tree (None: no file); a unit cut in another file is forgotten."""
        self.doc = doc
        self.cut_unit = None
        if model is not None:
            model.unit_dropped.connect(self._on_unit_dropped)
            model.rename_requested.connect(self._on_rename_requested)

    def _run(self, command: commands.StoreCommand | None) -> bool:
        if self.doc is None or command is None:
            return False
        return self.doc.run(command)

    # -- units ------------------------------------------------------------------------------

    def _target_for_new(self, sibling: bool) -> tuple[int, int | None, str, int | None] | None:
        """(edition, parent, kind, position) for a new unit next to or below the selection."""
        if self.doc is None or (chosen := self.selected()) is None:
            return None
        kind, record_id = chosen
        if kind == "region":
            return None
        if kind == "edition":
            return record_id, None, units.default_child_kind(None), None
        unit = units.get_unit(self.doc.store, record_id)
        if sibling:
            parent_kind = units.get_unit(self.doc.store, unit.parent_id).kind if unit.parent_id else None
            return unit.edition_id, unit.parent_id, units.default_child_kind(parent_kind, unit.kind), unit.sort_order + 1
        return unit.edition_id, unit.id, units.default_child_kind(unit.kind), None

    def add_child(self) -> None:
        self._add_unit(sibling=False)

    def add_sibling(self) -> None:
        self._add_unit(sibling=True)

    def _add_unit(self, sibling: bool) -> None:
        target = self._target_for_new(sibling)
        if target is None or self.doc is None:
            return
        edition_id, parent_id, kind, position = target
        if self._run(commands.CreateUnitCommand(self.doc, edition_id, parent_id, self.tr("Unit baru"), kind, position)):
            self.tree.edit(self.tree.currentIndex())  # the new unit is chosen: type its name

    def rename_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and self.doc is not None and not self.doc.store.read_only:
            self.tree.edit(index)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if self.doc is None or chosen is None:
            return
        kind, record_id = chosen
        if kind == "edition":
            self.delete_edition()
            return
        if kind != "unit":
            return
        store = self.doc.store
        unit = units.get_unit(store, record_id)
        impact = units.delete_impact(store, record_id)
        if impact.blocked:
            QMessageBox.information(
                self.window,
                self.tr("Unit tidak dapat dihapus"),
                self.tr(
                    "'{name}' tidak dapat dihapus karena {staff} pegawai dan {assets} aset masih tercatat pada unit ini "
                    "atau sub-unitnya. Pindahkan mereka ke unit lain dulu."
                ).format(name=unit.name, staff=impact.staff, assets=impact.assets),
            )
            return
        if impact.units > 1 or impact.positions or impact.functions:
            question = self.tr(
                "Hapus '{name}' beserta {sub} sub-unit, {functions} pernyataan fungsi dan {positions} jabatan?\n"
                "Penghapusan dapat diurungkan (Ctrl+Z)."
            ).format(name=unit.name, sub=impact.units - 1, functions=impact.functions, positions=impact.positions)
        else:
            question = self.tr("Hapus '{name}'?\nPenghapusan dapat diurungkan (Ctrl+Z).").format(name=unit.name)
        if QMessageBox.question(self.window, self.tr("Hapus unit"), question) != QMessageBox.StandardButton.Yes:
            return
        self._run(commands.DeleteUnitCommand(self.doc, record_id))

    def cut(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "unit" or self.doc is None:
            return
        self.cut_unit = chosen[1]
        name = units.get_unit(self.doc.store, chosen[1]).name
        self.window.statusBar().showMessage(
            self.tr("'{name}' siap dipindah: pilih induk barunya lalu Tempel (Ctrl+V).").format(name=name), 10000
        )
        self.cut_changed.emit()

    def paste(self) -> None:
        chosen = self.selected()
        if chosen is None or self.cut_unit is None or self.doc is None:
            return
        kind, record_id = chosen
        if kind == "region":
            return
        unit_id = self.cut_unit
        new_parent = None if kind == "edition" else record_id
        target_edition = record_id if kind == "edition" else units.get_unit(self.doc.store, record_id).edition_id
        if units.get_unit(self.doc.store, unit_id).edition_id != target_edition:
            QMessageBox.information(
                self.window, self.tr("Tidak dapat dipindah"), self.tr("Unit hanya dapat dipindah di dalam edisinya sendiri.")
            )
            return
        if self._run(commands.MoveUnitCommand(self.doc, unit_id, new_parent)):
            self.cut_unit = None
            self.cut_changed.emit()

    def shift_selected(self, offset: int) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "unit" or self.doc is None:
            return
        unit = units.get_unit(self.doc.store, chosen[1])
        position = unit.sort_order + offset
        if position < 0:
            return
        siblings = units.sibling_count(self.doc.store, unit.edition_id, unit.parent_id)
        if position >= siblings:
            return
        text = self.tr("Naikkan '{name}'") if offset < 0 else self.tr("Turunkan '{name}'")
        self._run(commands.MoveUnitCommand(self.doc, unit.id, unit.parent_id, position, text.format(name=unit.name)))

    def _on_unit_dropped(self, unit_id: int, new_parent: int | None, position: int) -> None:
        if self.doc is not None:
            # Deferred: the view is still inside its drop handling.
            QTimer.singleShot(
                0, lambda: self._run(commands.MoveUnitCommand(self.doc, unit_id, new_parent, None if position < 0 else position))
            )

    def _on_rename_requested(self, kind: str, record_id: int, name: str) -> None:
        if self.doc is None:
            return
        if kind == "unit":
            self._run(commands.UpdateUnitCommand(self.doc, record_id, name=name))
        else:
            self._run(commands.UpdateRecordCommand(self.doc, kind, record_id, name=name))

    # -- the editor's edits -------------------------------------------------------------------

    def _on_unit_field_edited(self, unit_id: int, field: str, value: Any) -> None:
        if self.doc is not None:
            self._run(commands.UpdateUnitCommand(self.doc, unit_id, **{field: value}))

    def _on_functions_edited(self, unit_id: int, items: list) -> None:
        if self.doc is not None:
            self._run(commands.SetFunctionsCommand(self.doc, unit_id, items))

    def _on_record_field_edited(self, entity: str, record_id: int, field: str, value: Any) -> None:
        if self.doc is not None:
            self._run(commands.UpdateRecordCommand(self.doc, entity, record_id, **{field: value}))

    # -- regions and editions -----------------------------------------------------------------

    def _selected_region_and_edition(self) -> tuple[int | None, int | None]:
        chosen = self.selected()
        if chosen is None or self.doc is None:
            return None, None
        kind, record_id = chosen
        store = self.doc.store
        if kind == "region":
            return record_id, None
        if kind == "edition":
            return regions.get_edition(store, record_id).region_id, record_id
        unit = units.get_unit(store, record_id)
        return regions.get_edition(store, unit.edition_id).region_id, unit.edition_id

    def new_region(self) -> None:
        if self.doc is None:
            return
        from ui.dialogs.new_region import NewRegionDialog

        dialog = NewRegionDialog(self.window)
        if dialog.exec():
            name, kind, edition = dialog.values()
            self._run(commands.new_region_command(self.doc, name, kind, edition))

    def new_edition(self) -> None:
        region_id, _ = self._selected_region_and_edition()
        if region_id is None or self.doc is None:
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("Edisi baru"), self.tr("Nama edisi (misalnya rancangan Perda yang baru):")
        )
        if ok:
            self._run(commands.new_edition_command(self.doc, region_id, name, "draft"))

    def copy_edition(self) -> None:
        _, edition_id = self._selected_region_and_edition()
        if edition_id is None or self.doc is None:
            return
        source = regions.get_edition(self.doc.store, edition_id).name
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Salin edisi sebagai draf"),
            self.tr("Nama draf baru:"),
            text=self.tr("Draf penataan dari {name}").format(name=source),
        )
        if ok:
            self._run(commands.copy_edition_command(self.doc, edition_id, name))

    def delete_edition(self) -> None:
        _, edition_id = self._selected_region_and_edition()
        if edition_id is None or self.doc is None:
            return
        name = regions.get_edition(self.doc.store, edition_id).name
        count = regions.unit_counts(self.doc.store).get(edition_id, (0, 0))[0]
        answer = QMessageBox.question(
            self.window,
            self.tr("Hapus edisi"),
            self.tr("Hapus edisi '{name}' beserta {count} unitnya?\nPenghapusan dapat diurungkan (Ctrl+Z).").format(
                name=name, count=count
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(commands.DeleteEditionCommand(self.doc, edition_id))
