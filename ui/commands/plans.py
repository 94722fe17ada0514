"""Commands on the plans (the pohon kinerja dock): each calls one core write of core/plans in
its transaction, so Ctrl+Z takes it back by replaying the journal, and says which cascade
node the window shows afterwards (the new or changed node; after an undo, where it hung)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.plans import renstra, rpjmd
from core.store import Tx
from ui.commands.base import StoreCommand
from ui.document import Affected, Document
from ui.models.cascade import kind_word

Key = tuple[str, int]


class PlanCommand(StoreCommand):
    """One change to the plans: ``write(tx, *args, **kwargs)`` (a core ``@writes`` function).
    ``place`` is the node the change happens under; ``shown`` names the node to select from
    the write's result (a new goal, item ...) or is the node itself when it is known."""

    def __init__(
        self,
        doc: Document,
        label: str,
        write: Callable[..., Any],
        /,
        *args: Any,
        place: Key | None = None,
        shown: Key | Callable[[Any], Key] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(doc, label)
        self.write, self.args, self.kwargs = write, args, kwargs
        self.place = place
        self._shown = shown
        self.shown: Key | None = shown if isinstance(shown, tuple) else None
        self.result: Any = None

    def work(self, tx: Tx) -> None:
        self.result = self.write(tx, *self.args, **self.kwargs)
        if callable(self._shown):
            self.shown = self._shown(self.result)

    def affected(self, undone: bool) -> Affected:
        shown = self.place if undone and callable(self._shown) else self.shown or self.place
        return Affected(plans_changed=True, select_plan=shown, open_plan=self.place)


def new_rpjmd(doc: Document, region_id: int, name: str, first: str, last: str, visi: str, legal_basis: str | None) -> PlanCommand:
    """A region's RPJMD (the years as typed: the core refuses what is not a year, naming it)."""
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Buat RPJMD"),
        rpjmd.create_rpjmd,
        region_id,
        name,
        first,
        last,
        visi,
        legal_basis=legal_basis,
        shown=lambda plan: ("rpjmd", plan.id),
    )


def edit_visi(doc: Document, rpjmd_id: int, visi: str) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah visi"),
        rpjmd.update_rpjmd,
        rpjmd_id,
        visi=visi,
        shown=("rpjmd", rpjmd_id),
    )


def add_goal(
    doc: Document, place: Key, rpjmd_id: int, kind: str, text: str, parent_id: int | None, code: str | None
) -> PlanCommand:
    label = QCoreApplication.translate("commands", "Tambah {kind} '{text}'").format(kind=kind_word(kind).lower(), text=text[:40])
    return PlanCommand(
        doc,
        label,
        rpjmd.add_goal,
        rpjmd_id,
        kind,
        text,
        parent_id=parent_id,
        code=code,
        place=place,
        shown=lambda g: ("goal", g.id),
    )


def edit_goal(doc: Document, place: Key | None, goal_id: int, text: str, code: str | None) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah uraian"),
        rpjmd.update_goal,
        goal_id,
        text=text,
        code=code or "",
        place=place,
        shown=("goal", goal_id),
    )


def move_goal(doc: Document, goal_id: int, parent_id: int) -> PlanCommand:
    """Hang a tujuan or sasaran under another misi or tujuan (a cycle is refused by core)."""
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Pindahkan"),
        rpjmd.move_goal,
        goal_id,
        parent_id,
        place=("goal", parent_id),
        shown=("goal", goal_id),
    )


def delete_goal(doc: Document, place: Key | None, goal_id: int, text: str, with_children: bool) -> PlanCommand:
    label = QCoreApplication.translate("commands", "Hapus '{text}'").format(text=text[:40])
    return PlanCommand(doc, label, rpjmd.delete_goal, goal_id, with_children=with_children, place=place)


def add_item(doc: Document, place: Key, renstra_id: int, level: str, code: str, name: str, **fields: Any) -> PlanCommand:
    label = QCoreApplication.translate("commands", "Tambah {code}").format(code=code)
    return PlanCommand(
        doc, label, renstra.add_coded_item, renstra_id, level, code, name, place=place, shown=lambda i: ("item", i.id), **fields
    )


def edit_item(doc: Document, place: Key | None, item_id: int, **fields: Any) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah butir Renstra"),
        renstra.update_item,
        item_id,
        place=place,
        shown=("item", item_id),
        **fields,
    )


def delete_item(doc: Document, place: Key | None, item_id: int, code: str, with_children: bool) -> PlanCommand:
    label = QCoreApplication.translate("commands", "Hapus {code}").format(code=code)
    return PlanCommand(doc, label, renstra.delete_item, item_id, with_children=with_children, place=place)


def link_sasaran(doc: Document, item_id: int, goal_id: int, linked: bool) -> PlanCommand:
    """Link (or unlink) a program or kegiatan to a sasaran; the sasaran is shown after."""
    write, text = (
        (renstra.link_sasaran, QCoreApplication.translate("commands", "Kaitkan ke sasaran"))
        if linked
        else (renstra.unlink_sasaran, QCoreApplication.translate("commands", "Lepas dari sasaran"))
    )
    return PlanCommand(doc, text, write, item_id, goal_id, place=("goal", goal_id), shown=("item", item_id))


def link_issue(doc: Document, item_id: int, issue_id: int, linked: bool) -> PlanCommand:
    write, text = (
        (renstra.link_issue, QCoreApplication.translate("commands", "Kaitkan ke isu strategis"))
        if linked
        else (renstra.unlink_issue, QCoreApplication.translate("commands", "Lepas dari isu strategis"))
    )
    return PlanCommand(doc, text, write, item_id, issue_id, place=("issue", issue_id), shown=("item", item_id))


def link_priority(doc: Document, item_id: int, priority_id: int, linked: bool) -> PlanCommand:
    write, text = (
        (renstra.link_priority, QCoreApplication.translate("commands", "Kaitkan ke program prioritas"))
        if linked
        else (renstra.unlink_priority, QCoreApplication.translate("commands", "Lepas dari program prioritas"))
    )
    return PlanCommand(doc, text, write, item_id, priority_id, place=("priority", priority_id), shown=("item", item_id))


def add_indicator(doc: Document, shown: Key, owner: str, owner_id: int, **fields: Any) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah indikator"),
        rpjmd.add_indicator,
        owner,
        owner_id,
        shown=shown,
        **fields,
    )


def edit_indicator(doc: Document, shown: Key, indicator_id: int, **fields: Any) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah indikator dan target"),
        rpjmd.update_indicator,
        indicator_id,
        shown=shown,
        **fields,
    )


def delete_indicator(doc: Document, shown: Key, indicator_id: int) -> PlanCommand:
    return PlanCommand(
        doc, QCoreApplication.translate("commands", "Hapus indikator"), rpjmd.delete_indicator, indicator_id, shown=shown
    )


def add_priority(doc: Document, rpjmd_id: int, name: str, rumpun: str | None, goal_id: int | None) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah program prioritas"),
        rpjmd.add_priority_program,
        rpjmd_id,
        name,
        rumpun,
        goal_id,
        place=("priorities", rpjmd_id),
        shown=lambda p: ("priority", p.id),
    )


def edit_priority(
    doc: Document, rpjmd_id: int, priority_id: int, name: str, rumpun: str | None, goal_id: int | None
) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah program prioritas"),
        rpjmd.update_priority_program,
        priority_id,
        name,
        rumpun,
        goal_id,
        place=("priorities", rpjmd_id),
        shown=("priority", priority_id),
    )


def delete_priority(doc: Document, rpjmd_id: int, priority_id: int) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Hapus program prioritas"),
        rpjmd.delete_priority_program,
        priority_id,
        place=("priorities", rpjmd_id),
    )


def add_issue(doc: Document, rpjmd_id: int, name: str, description: str | None) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Tambah isu strategis"),
        rpjmd.add_strategic_issue,
        rpjmd_id,
        name,
        description,
        place=("issues", rpjmd_id),
        shown=lambda s: ("issue", s.id),
    )


def edit_issue(doc: Document, rpjmd_id: int, issue_id: int, name: str, description: str | None) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Ubah isu strategis"),
        rpjmd.update_strategic_issue,
        issue_id,
        name,
        description,
        place=("issues", rpjmd_id),
        shown=("issue", issue_id),
    )


def delete_issue(doc: Document, rpjmd_id: int, issue_id: int) -> PlanCommand:
    return PlanCommand(
        doc,
        QCoreApplication.translate("commands", "Hapus isu strategis"),
        rpjmd.delete_strategic_issue,
        issue_id,
        place=("issues", rpjmd_id),
    )


def set_coordination(doc: Document, coordinator_id: int, unit_ids: list[int]) -> PlanCommand:
    return PlanCommand(
        doc, QCoreApplication.translate("commands", "Ubah wilayah koordinasi"), renstra.set_coordination, coordinator_id, unit_ids
    )
