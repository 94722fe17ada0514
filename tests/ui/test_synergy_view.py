"""The *Peta sinergi* dock on the sample: built when first seen, every strategic issue a
column, Inflasi (carried by one PD, the sample's planted ego-sektoral case) marked in colour
and text, a cell clicked lists its items, and a PD renamed shows once the dock is seen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core import units
from core.plans.rpjmd import region_rpjmd
from ui.commands.units import UpdateUnitCommand
from ui.main_window import MainWindow
from ui.panels.seen import on_screen


def _issue_names(store, region_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    plan = region_rpjmd(store, region_id)[0]
    return [name for (name,) in store.conn.execute("SELECT name FROM strategic_issues WHERE rpjmd_id = ?", (plan.id,))]


def _open_dock(window: MainWindow):  # type: ignore[no-untyped-def]
    action = next(a for a in window.findChildren(type(window.act_expand)) if a.objectName() == "actShow-synergyDock")
    action.trigger()
    return window.plans.panel


def test_the_matrix_shows_every_issue_marks_inflasi_and_lists_a_cell(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_copy)
    qtbot.wait(10)
    assert not window.plans.place.built  # tabbed behind the checks: not built, nothing read
    panel = _open_dock(window)
    qtbot.waitUntil(lambda: on_screen(panel.table))
    store = window.doc.store  # type: ignore[union-attr]
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    issues = _issue_names(store, panel.region.currentData())
    assert len(issues) == 3
    assert set(h.split("\n")[0].split("  ⚠")[0] for h in headers) == set(issues)
    inflasi = next(c for c, h in enumerate(headers) if h.startswith("Inflasi"))
    assert "satu PD" in headers[inflasi]
    total_row = model.rowCount() - 1
    assert "ego sektoral" in model.index(total_row, inflasi).data()
    assert model.index(0, inflasi).data(Qt.ItemDataRole.BackgroundRole) is not None  # shaded down the column
    for other in set(range(len(headers))) - {inflasi}:
        assert "satu PD" not in headers[other]
        assert model.index(0, other).data(Qt.ItemDataRole.BackgroundRole) is None
    # Exactly one PD row has something under Inflasi; clicking it lists that PD's items.
    rows = [r for r in range(total_row) if model.index(r, inflasi).data()]
    assert len(rows) == 1
    cell = model.index(rows[0], inflasi)
    rect = panel.table.visualRect(cell)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pd_name = model.headerData(rows[0], Qt.Orientation.Vertical)
    assert panel.cell_title.text().startswith(f"{pd_name} × Inflasi")
    listed = [(panel.entries.index(r, 1).data(), panel.entries.index(r, 2).data()) for r in range(panel.entries.rowCount())]
    assert listed, "the cell's items are listed below"
    for code, name in listed:
        assert code in cell.data(Qt.ItemDataRole.ToolTipRole) and name in cell.data(Qt.ItemDataRole.ToolTipRole)
        stored = store.conn.execute("SELECT name FROM renstra_items WHERE code = ?", (code,)).fetchall()
        assert (name,) in stored
    first_line = cell.data().split("\n")[0]  # the cell names its item, not a bare count
    assert first_line == listed[0][0] if len(listed) == 1 else first_line == f"{listed[0][0]} dan {len(listed) - 1} lainnya"
    # The other axis: the priority programs, with their rumpun above the name.
    panel.axis.setCurrentIndex(1)
    plan = region_rpjmd(store, panel.region.currentData())[0]
    rumpun = {g for (g,) in store.conn.execute("SELECT rumpun FROM priority_programs WHERE rpjmd_id = ?", (plan.id,))}
    assert model.columnCount() > 10
    assert {model.headerData(c, Qt.Orientation.Horizontal).split("\n")[0] for c in range(model.columnCount())} == rumpun
    assert panel.entries.rowCount() == 0
    panel.grab().save(str(sample_copy.with_suffix(".png")))


def test_a_renamed_pd_shows_once_the_dock_is_seen(qtbot, window: MainWindow, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_copy)
    panel = _open_dock(window)
    qtbot.waitUntil(lambda: on_screen(panel.table))
    model = panel.model
    first_pd, first_name = model.matrix.rows[0]  # type: ignore[union-attr]
    window.checks_dock.raise_()
    qtbot.waitUntil(lambda: not on_screen(panel.table))
    assert window.doc.run(UpdateUnitCommand(window.doc, first_pd, name="Dinas Baru Sekali"))  # type: ignore[union-attr,arg-type]
    assert units.get_unit(window.doc.store, first_pd).name == "Dinas Baru Sekali"  # type: ignore[union-attr]
    assert model.headerData(0, Qt.Orientation.Vertical) == first_name  # not seen: not re-read yet
    window.plans.dock.raise_()
    qtbot.waitUntil(lambda: model.headerData(0, Qt.Orientation.Vertical) == "Dinas Baru Sekali")
    window.doc.undo_stack.undo()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: model.headerData(0, Qt.Orientation.Vertical) == first_name)
