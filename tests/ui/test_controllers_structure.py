"""The structure controller through the window's own actions: the kind a new unit starts with,
editions made, copied and deleted, and a paste that would leave the edition."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core import regions, units
from ui.main_window import MainWindow


@pytest.fixture
def opened(window: MainWindow, small_file: Path) -> MainWindow:
    assert window.open_path(small_file)
    return window


def added_kind(window: MainWindow, kind: str, record_id: int, *, sibling: bool) -> str:
    """Choose a record, add a unit next to or below it, and say the new unit's kind."""
    window.select(kind, record_id)
    (window.act_add_sibling if sibling else window.act_add_child).trigger()
    new = window.selected()
    assert new is not None and new[0] == "unit"
    window.tree.closePersistentEditor(window.tree.currentIndex())
    return units.get_unit(window.doc.store, new[1]).kind  # type: ignore[union-attr]


def test_a_new_unit_starts_with_the_usual_kind_of_its_place(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert added_kind(opened, "edition", 1, sibling=False) == "dinas"  # a new perangkat daerah
    assert added_kind(opened, "unit", 1, sibling=False) == "bidang"  # under Dinas A
    assert added_kind(opened, "unit", 2, sibling=False) == "subbagian"  # under its Sekretariat
    assert added_kind(opened, "unit", 3, sibling=True) == "bidang"  # beside Bidang X, in a dinas
    assert added_kind(opened, "unit", 5, sibling=True) == "dinas"  # beside Dinas B, at the top


def test_under_a_kind_without_a_usual_child_a_sibling_keeps_its_own_kind(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seksi = units.create_unit(opened.doc.store, 1, 3, "Seksi Satu", "seksi").unit_id  # type: ignore[union-attr]
    below = units.create_unit(opened.doc.store, 1, seksi, "Catatan", "kelompok_jf").unit_id  # type: ignore[union-attr]
    opened.model.reload()  # type: ignore[union-attr]
    assert added_kind(opened, "unit", seksi, sibling=False) == "lainnya"
    assert added_kind(opened, "unit", below, sibling=True) == "kelompok_jf"


def test_new_copied_and_deleted_editions_with_undo(qtbot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = opened.doc.store  # type: ignore[union-attr]
    names = iter(["Rancangan Perda 2027", "Draf salinan"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    opened.select("region", 1)
    opened.act_new_edition.trigger()
    assert [(e.name, e.status) for e in regions.list_editions(store, 1)][-1] == ("Rancangan Perda 2027", "draft")
    opened.select("edition", 1)
    opened.act_copy_edition.trigger()
    copy = regions.list_editions(store, 1)[-1]
    assert copy.name == "Draf salinan" and regions.unit_counts(store)[copy.id][0] == 5
    opened.select("edition", copy.id)
    opened.act_delete_edition.trigger()
    assert asked and "'Draf salinan' beserta 5 unitnya" in asked[0]
    assert copy.id not in {e.id for e in regions.list_editions(store, 1)}
    opened.act_undo.trigger()
    assert copy.id in {e.id for e in regions.list_editions(store, 1)}


def test_a_unit_is_not_pasted_into_another_edition(qtbot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = opened.doc.store  # type: ignore[union-attr]
    draft = regions.create_edition(store, 1, "Draf")
    opened.model.reload()  # type: ignore[union-attr]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    opened.select("unit", 3)
    opened.act_cut.trigger()
    assert "'Bidang X' siap dipindah" in opened.statusBar().currentMessage()
    assert opened.act_paste.isEnabled()
    opened.select("edition", draft.id)
    opened.act_paste.trigger()
    assert told == ["Unit hanya dapat dipindah di dalam edisinya sendiri."]
    assert units.get_unit(store, 3).parent_id == 1
