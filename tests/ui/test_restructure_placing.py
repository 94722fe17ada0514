"""Placing people and assets in the restructuring window, on the sample's draft (its split
bidang and dissolved badan): a benched person into a post of a split target with undo and
redo, the keyboard, several assets at once, proposals accepted for a selection, the filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from core.demo.restructure_draft import SPLIT_INTO
from tests.ui.test_restructuring_window import _open, _settle
from ui.dialogs.restructure import RestructureDialog
from ui.dialogs.restructure_placing import PlacingBox
from ui.main_window import MainWindow

DRAFT = 2  # the sample's draft edition


def _rows(box: PlacingBox) -> list[Any]:
    return list(box.model.rows)


def _select(box: PlacingBox, entity_ids: list[int]) -> None:
    box.view.clearSelection()
    flags = box.view.selectionModel().SelectionFlag.Select | box.view.selectionModel().SelectionFlag.Rows
    for row, waiting in enumerate(box.model.rows):
        if waiting.entity_id in entity_ids:
            box.view.selectionModel().select(box.model.index(row, 0), flags)
    assert sorted(w.entity_id for w in box.chosen()) == sorted(entity_ids)


def _row(box: PlacingBox, entity_id: int) -> Any:
    return next(w for w in box.model.every if w.entity_id == entity_id)


def _cell(box: PlacingBox, entity_id: int, column: int) -> str:
    row = next(r for r, w in enumerate(box.model.rows) if w.entity_id == entity_id)
    return str(box.model.index(row, column).data())


def _placed(store: Any, entity: str, entity_id: int) -> tuple[Any, ...] | None:
    return store.conn.execute(
        "SELECT to_unit_id, to_position_id FROM placements WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    ).fetchone()


def _unit_id(store: Any, name: str) -> int:
    return int(store.scalar("SELECT id FROM units WHERE edition_id = ? AND name = ?", (DRAFT, name)))


def test_a_benched_person_placed_in_a_post_of_the_split_target_undone_and_redone(
    qtbot: Any, window: MainWindow, sample_copy: Path
) -> None:
    dialog = _open(qtbot, window, sample_copy)
    assert window.doc is not None
    store = window.doc.store
    people = dialog.placing["staff"]
    assert "(2 di bangku tunggu)" in dialog.totals.text()
    benched = [w for w in _rows(people) if w.how != "decided"]
    assert len(benched) == 2 and _rows(people)[:2] == benched  # those waiting come first
    assert people.count.text().startswith("2 di bangku tunggu")
    head = next(w for w in benched if w.detail.startswith("Kepala"))
    # The proposal and its reason are shown; the decision column says the person waits.
    assert head.proposed.startswith(SPLIT_INTO[0]) or head.proposed.startswith(SPLIT_INTO[1])
    assert _cell(people, head.entity_id, 6) == "(bangku tunggu)"
    target = head.proposed.split(" · ")[0]
    post_title = f"Kepala {target}"

    seen: list[tuple[str, str]] = []

    def choose() -> None:  # the proposed unit is already chosen; take its head's post
        chooser = window.restructure.place_dialog
        unit = chooser.list.currentIndex().data().strip()
        assert chooser.position is not None
        seen.append((unit, chooser.position.itemText(0)))
        chooser.position.setCurrentIndex(chooser.position.findData(store.scalar(
            "SELECT id FROM positions WHERE unit_id = ? AND title = ?", (_unit_id(store, target), post_title))))  # fmt: skip
        chooser.accept()

    _select(people, [head.entity_id])
    QTimer.singleShot(0, choose)
    people.place_button.click()
    _settle(qtbot, window)
    assert seen and seen[0][0] == target
    post_id = store.scalar("SELECT id FROM positions WHERE unit_id = ? AND title = ?", (_unit_id(store, target), post_title))
    assert _placed(store, "staff", head.entity_id) == (_unit_id(store, target), post_id)
    assert _cell(people, head.entity_id, 6) == f"{target} · {post_title}"
    assert "(1 di bangku tunggu)" in dialog.totals.text()
    assert window.doc.undo_stack.undoText() == f"Tempatkan 1 pegawai di {target}"

    window.act_undo.trigger()
    _settle(qtbot, window)
    assert _placed(store, "staff", head.entity_id) == (None, None)  # on the bench again, as the sample has it
    assert _cell(people, head.entity_id, 6) == "(bangku tunggu)"
    assert "(2 di bangku tunggu)" in dialog.totals.text()
    window.act_redo.trigger()
    _settle(qtbot, window)
    assert _placed(store, "staff", head.entity_id) == (_unit_id(store, target), post_id)
    assert "(1 di bangku tunggu)" in dialog.totals.text()

    # Delete on the list takes the decision back: the person waits with the proposal.
    _select(people, [head.entity_id])
    qtbot.keyClick(people.view, Qt.Key.Key_Delete)
    _settle(qtbot, window)
    assert _placed(store, "staff", head.entity_id) is None
    assert _row(people, head.entity_id).how == "proposed"
    assert _cell(people, head.entity_id, 6) == "(bangku tunggu)"
    assert "(2 di bangku tunggu)" in dialog.totals.text()

    # Enter places: the chooser opens with the proposed unit; cancelling changes nothing.
    opened: list[bool] = []

    def cancel() -> None:
        opened.append(True)
        window.restructure.place_dialog.reject()

    _select(people, [head.entity_id])
    QTimer.singleShot(0, cancel)
    qtbot.keyClick(people.view, Qt.Key.Key_Return)
    assert opened and _placed(store, "staff", head.entity_id) is None


def test_proposals_accepted_for_a_selection_and_the_filter(qtbot: Any, window: MainWindow, sample_copy: Path) -> None:
    dialog = _open(qtbot, window, sample_copy)
    assert window.doc is not None
    store = window.doc.store
    people = dialog.placing["staff"]
    benched = [w for w in _rows(people) if w.how != "decided"]
    # The filter by NIP finds one person; clearing it shows all again.
    people.search.setText(benched[1].key)
    assert [w.entity_id for w in _rows(people)] == [benched[1].entity_id]
    people.search.clear()
    assert len(_rows(people)) == len(people.model.every)
    # Sorting by name: the model's own sort, ascending.
    people.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [w.name.casefold() for w in _rows(people)]
    assert names == sorted(names)

    _select(people, [w.entity_id for w in benched])
    dialog.placing["staff"].accept_button.click()
    _settle(qtbot, window)
    for w in benched:
        assert _placed(store, "staff", w.entity_id) == (w.proposed_unit_id, w.proposed_position_id)
    assert "(0 di bangku tunggu)" in dialog.totals.text()
    assert people.count.text().startswith("0 di bangku tunggu")
    assert window.doc.undo_stack.undoText() == "Terima usulan penempatan 2 pegawai"
    window.act_undo.trigger()
    _settle(qtbot, window)
    assert all(_placed(store, "staff", w.entity_id) == (None, None) for w in benched)


def test_several_assets_placed_sent_back_to_their_proposal_and_accepted(
    qtbot: Any, window: MainWindow, sample_copy: Path, monkeypatch: Any
) -> None:
    dialog: RestructureDialog = _open(qtbot, window, sample_copy)
    assert window.doc is not None
    store = window.doc.store
    assets = dialog.placing["asset"]
    assert len(_rows(assets)) > 3 and all(w.how == "decided" for w in _rows(assets))
    chosen = [w.entity_id for w in _rows(assets)[:3]]
    target = SPLIT_INTO[1]

    def choose() -> None:
        chooser = window.restructure.place_dialog
        assert chooser.position is None  # an asset has no post
        chooser.search.setText(target)
        chooser.list.setCurrentIndex(chooser.proxy.index(0, 0))
        chooser.accept()

    _select(assets, chosen)
    QTimer.singleShot(0, choose)
    assets.place_button.click()
    _settle(qtbot, window)
    unit = _unit_id(store, target)
    assert all(_placed(store, "asset", a) == (unit, None) for a in chosen)
    assert all(_cell(assets, a, 6) == target for a in chosen)
    assert window.doc.undo_stack.undoText() == f"Tempatkan 3 aset di {target}"

    # Back to waiting on their proposals: the apply now waits on them, as the list says.
    _select(assets, chosen)
    assets.unplace_button.click()
    _settle(qtbot, window)
    assert all(_placed(store, "asset", a) is None for a in chosen)
    assert assets.count.text().startswith("3 menunggu keputusan")
    assert any("menunggu keputusan" in dialog.problems_model.index(r, 0).data() for r in range(dialog.problems_model.rowCount()))
    # Accepting the selection's proposals decides them where the program proposed.
    _select(assets, chosen)
    proposals = {a: _row(assets, a).proposed_unit_id for a in chosen}
    assets.accept_button.click()
    _settle(qtbot, window)
    assert all(_placed(store, "asset", a) == (proposals[a], None) for a in chosen)
    assert assets.count.text().startswith("0 menunggu keputusan")

    # Nothing chosen: a hint, no change.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    assets.view.clearSelection()
    assets.place_button.click()
    assert told == ["Pilih dulu aset di daftar."]
