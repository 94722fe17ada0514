"""A Renstra through the window's import dialog, with no special casing: the kind offered from
the importers' table, the perangkat daerah chosen in the tree, the T-C.27 matrix read with its
merged three-row header and split code, the dry run, Impor, and one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.store import create_store, open_store
from tests.core.excel.renstra_store import FIXTURES, build
from tests.ui.test_excel_import import column_fields, dry_run, open_dialog, read_sheet
from ui.main_window import MainWindow


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    path = tmp_path / "kabupaten.sotk"
    store = create_store(path)
    build(store)
    store.close()
    return path


def counts(path: Path) -> tuple[int, int, int]:
    with open_store(path, read_only=True) as store:
        return (
            int(store.scalar("SELECT count(*) FROM renstra")),
            int(store.scalar("SELECT count(*) FROM renstra_items")),
            int(store.scalar("SELECT count(*) FROM plan_indicators")),
        )


def test_a_renstra_matrix_goes_in_through_the_dialog_and_undo_takes_it_back(
    qtbot, window: MainWindow, kabupaten: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    before = counts(kabupaten)
    dialog = open_dialog(qtbot, window, kabupaten, "Dinas Kesehatan")
    dialog.kind.setCurrentIndex(dialog.kind.findData("renstra"))
    assert dialog.kind.currentText() == "Renstra/Renja"
    assert dialog.pd.currentText().startswith("Dinas Kesehatan")
    read_sheet(qtbot, dialog, FIXTURES / "renstra_tc27.xlsx")
    assert (dialog.header_first.value(), dialog.header_last.value(), dialog.data_first.value()) == (5, 7, 9)
    fields = column_fields(dialog)
    assert (fields["D"], fields["I"], fields["J"], fields["X"]) == ("code", "name", "indicator", "unit")

    dry_run(qtbot, dialog)
    assert "7 ditambah" in dialog.summary.text() and "0 ditolak" in dialog.summary.text()
    added = dialog.results["added"]
    shown = [" ".join(str(added.index(r, c).data()) for c in range(added.columnCount())) for r in range(added.rowCount())]
    assert any("1.02.02.2.01.0002" in row and "Pembangunan Puskesmas" in row for row in shown)
    dialog.grab().save(str(kabupaten.with_name("renstra-dialog.png")))
    dialog.run.click()
    qtbot.waitUntil(lambda: window.doc is not None and not window.doc.busy and bool(told), timeout=30_000)
    assert "7 ditambah" in told[-1]
    assert counts(kabupaten) == (1, 7, 8)  # the program carries two indicators
    assert window.act_undo.text() == "&Urungkan Impor renstra_tc27.xlsx"  # one step: the Renstra and all its rows
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not window.doc.busy, timeout=30_000)  # type: ignore[union-attr]
    assert counts(kabupaten) == before
