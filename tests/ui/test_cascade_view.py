"""The *Pohon kinerja* dock on the sample: built when first seen, the province's cascade with
the planted misalignments marked from the checks, and the plans edited there with undo and
redo (a sasaran reworded, a sub-kegiatan added by code, a branch deleted whole), the wrong
input refused in the dialog that stays open with the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from core.plans import nomenclature_source
from core.regions import edition_in_force, list_regions
from tests.core.plans.fake_nomenclature import CsvNomenclature
from ui.commands import plans as plan_commands
from ui.controllers.cascade import CascadeController
from ui.main_window import MainWindow
from ui.models.cascade import FindingsRole, KeyRole, KindRole
from ui.panels.seen import on_screen


def _open(qtbot, window: MainWindow, path: Path) -> CascadeController:  # type: ignore[no-untyped-def]
    assert window.open_path(path)
    qtbot.wait(10)
    controller = window.plans.cascade
    assert not controller.place.built  # tabbed behind the checks: not built, nothing read
    action = next(a for a in window.findChildren(type(window.act_expand)) if a.objectName() == "actShow-cascadeDock")
    action.trigger()
    qtbot.waitUntil(lambda: controller.place.built and on_screen(controller.panel.tree))
    panel = controller.panel
    province = next(r.id for r in list_regions(window.doc.store) if r.kind == "provinsi")  # type: ignore[union-attr]
    panel.region.setCurrentIndex(panel.region.findData(province))
    panel.region.activated.emit(panel.region.currentIndex())
    return controller


def _find(controller: CascadeController, wanted: Callable[[QModelIndex], bool], through: tuple[str, ...]) -> QModelIndex:
    """The first row ``wanted`` accepts, opening rows of the kinds ``through`` on the way (as a user would)."""
    model, tree = controller.panel.model, controller.panel.tree
    queue = [model.index(r, 0) for r in range(model.rowCount())]
    while queue:
        index = queue.pop(0)
        if wanted(index):
            return index
        if index.data(KindRole) in through:
            tree.expand(index)
            if model.canFetchMore(index):
                model.fetchMore(index)
            queue.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    raise AssertionError("row not found")


GOALS = ("visi", "misi", "tujuan")
TO_ITEMS = (*GOALS, "sasaran", "program", "kegiatan")


def _answer(controller: CascadeController, monkeypatch: pytest.MonkeyPatch, fill: Callable[[Any], None]) -> list[str]:
    """Dialogs answered by ``fill`` and OK, as a user would; the errors each one showed come back."""
    shown: list[str] = []

    def run(dialog: Any) -> int:
        fill(dialog)
        dialog._on_ok()
        accepted = dialog.result() == dialog.DialogCode.Accepted
        shown.append("" if accepted else dialog.error.text())
        return int(dialog.result())

    monkeypatch.setattr(controller, "_dialog", run)
    return shown


def test_the_province_cascade_with_the_planted_misalignments_marked(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel, model = controller.panel, controller.panel.model
    top = model.index(0, 0)
    assert top.data().startswith("Visi 2025–2029: Provinsi")
    shown = [model.index(r, 0, top).data() for r in range(model.rowCount(top))]
    assert shown[0].startswith("M1") and any(s.startswith("Isu strategis (3)") for s in shown)
    assert "program selaras" in panel.summary.text()
    assert panel.alignment.rowCount() > 10
    assert panel.alignment.headerData(1, Qt.Orientation.Horizontal) == "Program selaras"
    aligned, of = panel.alignment.index(0, 1).data().split(" dari ")
    assert 0 <= int(aligned) <= int(of)
    # The checks of the province's structure report: the plan findings are marked on their rows.
    store = window.doc.store  # type: ignore[union-attr]
    edition = edition_in_force(store, panel.region.currentData())
    window.checks.set_edition(edition.id)  # type: ignore[union-attr]
    window.checks.runner.run_now()
    qtbot.waitUntil(lambda: controller.report is not None and controller.report.edition_id == edition.id, timeout=60000)  # type: ignore[union-attr]
    assert panel.findings_note.text().startswith("Ditandai:")
    s8 = _find(controller, lambda i: i.data(KindRole) == "sasaran" and i.data().startswith("S8"), GOALS)
    assert s8.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "tidak didukung program perangkat daerah mana pun" in s8.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.hasChildren(s8)

    def pd(index: QModelIndex) -> str:
        return model.index(index.row(), 1, index.parent()).data()

    tourism = [(*GOALS, "sasaran"), "3.26.02"]
    outside = _find(
        controller, lambda i: (i.data() or "").startswith(tourism[1]) and pd(i) == "Dinas Kelautan dan Perikanan", tourism[0]
    )
    assert "tidak mengemban urusan 3.26" in outside.data(Qt.ItemDataRole.ToolTipRole)
    own = _find(
        controller, lambda i: (i.data() or "").startswith(tourism[1]) and pd(i) != "Dinas Kelautan dan Perikanan", tourism[0]
    )
    assert own.data(Qt.ItemDataRole.DecorationRole) is None  # the same program of the PD that carries tourism: unmarked
    twice = _find(
        controller,
        lambda i: (i.data() or "").startswith("1.02.02.1.01.0027") and i.data(FindingsRole),
        TO_ITEMS,
    )
    assert "dijalankan oleh 2 perangkat daerah" in twice.data(Qt.ItemDataRole.ToolTipRole)
    unmarked = _find(controller, lambda i: i.data(KindRole) == "sasaran" and i.data().startswith("S1"), GOALS)
    assert unmarked.data(Qt.ItemDataRole.DecorationRole) is None and not unmarked.data(FindingsRole)
    panel.grab().save(str(sample_copy.with_suffix(".png")))


def test_a_sasaran_reworded_then_undone_and_redone(qtbot, window: MainWindow, sample_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel, doc = controller.panel, window.doc
    s1 = _find(controller, lambda i: i.data(KindRole) == "sasaran" and i.data().startswith("S1"), GOALS)
    before = s1.data()
    panel.tree.setCurrentIndex(s1)
    panel.tree.setFocus()
    errors = _answer(controller, monkeypatch, lambda d: d.edits[1].setPlainText("Meningkatnya mutu pendidikan"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert errors == [""]
    row = panel.tree.currentIndex()
    assert row.data() == "S1  Meningkatnya mutu pendidikan"  # the row chosen again after the re-read
    assert doc.undo_stack.undoText() == "Ubah uraian"  # type: ignore[union-attr]
    window.act_undo.trigger()
    assert panel.tree.currentIndex().data() == before
    window.act_redo.trigger()
    assert panel.tree.currentIndex().data() == "S1  Meningkatnya mutu pendidikan"
    # A blank wording is refused in the dialog, which stays open; nothing lands on the undo stack.
    depth = doc.undo_stack.count()  # type: ignore[union-attr]
    errors[:] = []
    monkeypatch.setattr(
        controller, "_dialog", lambda d: (d.edits[1].setPlainText("   "), d._on_ok(), errors.append(d.error.text()))
    )
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert errors and errors[0] and doc.undo_stack.count() == depth  # type: ignore[union-attr]


def test_a_sub_kegiatan_added_by_code_and_an_unknown_code_refused(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel, doc = controller.panel, window.doc
    kegiatan = _find(
        controller,
        lambda i: (
            (i.data() or "").startswith("1.02.02.1.01 ") and panel.model.index(i.row(), 1, i.parent()).data() == "Dinas Kesehatan"
        ),
        (*GOALS, "sasaran", "program"),
    )
    panel.tree.setCurrentIndex(kegiatan)
    kegiatan_key = kegiatan.data(KeyRole)
    before = doc.store.scalar("SELECT count(*) FROM renstra_items WHERE parent_id = ?", (kegiatan_key[1],))  # type: ignore[union-attr]
    seen: dict[str, Any] = {}

    def unknown_then_nearest(dialog: Any) -> None:
        dialog.code.setText("1.02.02.1.01.0099")
        seen["hint"] = dialog.hint.text()
        seen["nearest"] = [dialog.nearest.item(r).text() for r in range(dialog.nearest.count())]
        dialog._on_ok()
        seen["refused"] = dialog.error.text()
        dialog.code.setText("1.02.02.01.01.0009")  # the padded style, as offices also write it
        seen["named"] = dialog.hint.text()

    with nomenclature_source.use(CsvNomenclature()):
        errors = _answer(controller, monkeypatch, unknown_then_nearest)
        panel.tree.setFocus()
        qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    assert "tidak ada dalam nomenklatur" in seen["hint"] and "1.02.02.1.01.0009" in seen["refused"]
    assert any(text.startswith("1.02.02.1.01.0009") for text in seen["nearest"])
    assert seen["named"] == "Nomenklatur: Rehabilitasi dan Pemeliharaan Rumah Sakit"
    assert errors == [""]
    added = panel.tree.currentIndex()
    assert added.data() == "1.02.02.1.01.0009  Rehabilitasi dan Pemeliharaan Rumah Sakit"  # named from the nomenclature
    assert added.parent().data(KeyRole) == kegiatan_key and panel.model.rowCount(added.parent()) == before + 1
    key = added.data(KeyRole)
    window.act_undo.trigger()
    assert not panel.model.find(key).isValid()
    assert doc.store.scalar("SELECT count(*) FROM renstra_items WHERE id = ?", (key[1],)) == 0  # type: ignore[union-attr]


def test_a_branch_deleted_whole_in_one_step_and_a_cycle_refused(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel, doc = controller.panel, window.doc
    store = doc.store  # type: ignore[union-attr]
    misi = _find(controller, lambda i: i.data(KindRole) == "misi" and i.data().startswith("M1"), ("visi",))
    misi_key = misi.data(KeyRole)  # an index does not outlive the re-read after a change; its key does
    goals, links = (store.scalar(f"SELECT count(*) FROM {t}") for t in ("plan_goals", "renstra_item_goals"))
    panel.tree.setCurrentIndex(misi)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert asked and "membawahkan" in asked[0]
    assert store.scalar("SELECT count(*) FROM plan_goals") == goals  # "No": nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert store.scalar("SELECT count(*) FROM plan_goals") < goals - 2
    assert store.scalar("SELECT count(*) FROM renstra_item_goals") < links
    assert not panel.tree.currentIndex().data().startswith("M1")
    window.act_undo.trigger()  # one step brings the whole branch back
    assert store.scalar("SELECT count(*) FROM plan_goals") == goals
    assert store.scalar("SELECT count(*) FROM renstra_item_goals") == links
    assert panel.model.find(misi_key).isValid()
    # A misi hung under its own tujuan: refused by core, named, nothing on the undo stack.
    tujuan = store.scalar("SELECT id FROM plan_goals WHERE parent_id = ? LIMIT 1", (misi_key[1],))
    depth = doc.undo_stack.count()  # type: ignore[union-attr]
    failures: list[Exception] = []
    doc.failed.connect(failures.append)  # type: ignore[union-attr]
    monkeypatch.setattr("ui.main_window.show_error", lambda *_a: None)
    assert not doc.run(plan_commands.move_goal(doc, misi_key[1], tujuan))  # type: ignore[arg-type]
    assert "tidak boleh berputar" in str(failures[0]) and doc.undo_stack.count() == depth  # type: ignore[union-attr]


def test_a_target_that_is_not_a_number_is_refused_naming_the_year(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel = controller.panel
    s1 = _find(controller, lambda i: i.data(KindRole) == "sasaran" and i.data().startswith("S1"), GOALS)
    panel.tree.setCurrentIndex(s1)
    row = panel.model.row_at(s1)

    def fill(dialog: Any) -> None:
        dialog.name.setText("Angka partisipasi sekolah")
        dialog.measure.setText("persen")
        dialog.targets[2025].setText("90,5")
        dialog.targets[2027].setText("naik")

    errors = _answer(controller, monkeypatch, fill)
    controller.indicator(row, None)  # type: ignore[arg-type]
    assert "2027" in errors[0] and "'naik' bukan angka" in errors[0]
    assert window.doc.store.scalar("SELECT count(*) FROM plan_indicators WHERE name = 'Angka partisipasi sekolah'") == 0  # type: ignore[union-attr]
    monkeypatch.setattr(controller, "_dialog", lambda d: (fill(d), d.targets[2027].setText("92"), d._on_ok()))
    controller.indicator(row, None)  # type: ignore[arg-type]
    chosen = panel.tree.currentIndex()
    shown = panel.model.index(chosen.row(), 3, chosen.parent()).data()
    assert "Angka partisipasi sekolah" in shown or "(+" in shown


def test_the_context_menu_offers_what_the_row_takes(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    panel = controller.panel

    def offered(index: QModelIndex) -> list[str]:
        return [a.text() for a in controller.menu_for(panel.model.row_at(index)).actions() if a.text()]  # type: ignore[arg-type]

    program = _find(controller, lambda i: i.data(KindRole) == "program", (*GOALS, "sasaran"))
    assert offered(program) == [
        "Tambah kegiatan...\tIns",
        "Ubah...\tF2",
        "Hapus\tDel",
        "Indikator dan target",
        "Kaitkan ke sasaran...",
        "Kaitkan ke isu strategis...",
        "Kaitkan ke program prioritas...",
        "Lepas dari sasaran ini",
    ]
    assert offered(panel.model.index(0, 0)) == ["Tambah misi...\tIns", "Ubah...\tF2"]


def test_an_asisten_given_another_pd_to_coordinate_and_undone(qtbot, window: MainWindow, sample_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    store = window.doc.store  # type: ignore[union-attr]
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        dialog.coordinator.setCurrentIndex(0)
        items = [dialog.pds.item(r) for r in range(dialog.pds.count())]
        checked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        seen["before"] = {i.data(Qt.ItemDataRole.UserRole) for i in checked}
        free = next(i for i in items if i.checkState() != Qt.CheckState.Checked)
        free.setCheckState(Qt.CheckState.Checked)
        checked[0].setCheckState(Qt.CheckState.Unchecked)
        seen["after"] = (seen["before"] - {checked[0].data(Qt.ItemDataRole.UserRole)}) | {free.data(Qt.ItemDataRole.UserRole)}
        seen["coordinator"] = dialog.coordinator.currentData()

    errors = _answer(controller, monkeypatch, fill)
    controller.panel.coordination.click()
    assert errors == [""]

    def coordinated() -> set[int]:
        return {
            u for (u,) in store.conn.execute("SELECT unit_id FROM coordination WHERE coordinator_id = ?", (seen["coordinator"],))
        }

    assert seen["before"] and coordinated() == seen["after"] != seen["before"]
    window.act_undo.trigger()
    assert coordinated() == seen["before"]


def test_a_region_without_a_plan_gets_an_rpjmd_from_the_dock_and_undo_takes_it_back(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from core import regions

    assert window.open_path(sample_copy)
    store = window.doc.store  # type: ignore[union-attr]
    region = regions.create_region(store, "Kabupaten Baru", "kabupaten").id
    action = next(a for a in window.findChildren(type(window.act_expand)) if a.objectName() == "actShow-cascadeDock")
    action.trigger()
    cascade = window.plans.cascade
    qtbot.waitUntil(lambda: cascade.place.built and on_screen(cascade.panel.tree))
    panel = cascade.panel
    panel.set_store(store, [(r.id, r.name) for r in list_regions(store)])
    panel.region.setCurrentIndex(panel.region.findData(region))
    panel.region.activated.emit(panel.region.currentIndex())
    assert panel.model.rowCount() == 0 and "RPJMD baru" in panel.summary.text()

    def fill(years: tuple[str, str]) -> Callable[[Any], None]:
        def typed(dialog: Any) -> None:
            values = ["RPJMD Kabupaten Baru 2027–2031", *years, "Kabupaten Baru yang maju dan sejahtera", ""]
            for edit, value in zip(dialog.edits, values, strict=True):
                edit.setPlainText(value) if hasattr(edit, "setPlainText") else edit.setText(value)

        return typed

    shown = _answer(cascade, monkeypatch, fill(("2031", "2027")))
    panel.new_plan.click()
    assert shown and "2031" in shown[-1] and store.scalar("SELECT count(*) FROM rpjmd WHERE region_id = ?", (region,)) == 0
    shown = _answer(cascade, monkeypatch, fill(("2027", "2031")))
    panel.new_plan.click()
    assert shown == [""]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data().startswith("Visi 2027–2031: Kabupaten Baru yang maju")
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: store.scalar("SELECT count(*) FROM rpjmd WHERE region_id = ?", (region,)) == 0)


def test_a_program_linked_to_a_priority_program_and_unlinked_with_undo(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, window, sample_copy)
    store = window.doc.store  # type: ignore[union-attr]
    program = _find(controller, lambda i: i.data(KindRole) == "program", (*GOALS, "sasaran"))
    item_id = program.data(KeyRole)[1]
    linked = {
        p for (p,) in store.conn.execute("SELECT priority_program_id FROM renstra_item_priorities WHERE item_id = ?", (item_id,))
    }
    rpjmd_id = store.scalar(
        "SELECT s.rpjmd_id FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id WHERE i.id = ?", (item_id,)
    )
    wanted = store.scalar(
        "SELECT id FROM priority_programs WHERE rpjmd_id = ? AND id NOT IN (SELECT priority_program_id FROM renstra_item_priorities"
        " WHERE item_id = ?) ORDER BY id LIMIT 1",
        (rpjmd_id, item_id),
    )

    def choose(dialog: Any) -> None:
        dialog.combo.setCurrentIndex(dialog.combo.findData(wanted))

    shown = _answer(controller, monkeypatch, choose)
    controller.link_priority(controller.panel.model.row_at(program))
    assert shown == [""]
    now = {
        p for (p,) in store.conn.execute("SELECT priority_program_id FROM renstra_item_priorities WHERE item_id = ?", (item_id,))
    }
    assert now == linked | {wanted}
    window.act_undo.trigger()
    qtbot.waitUntil(
        lambda: (
            {
                p
                for (p,) in store.conn.execute(
                    "SELECT priority_program_id FROM renstra_item_priorities WHERE item_id = ?", (item_id,)
                )
            }
            == linked
        )
    )
