"""*Bandingkan edisi* in the restructuring window, on the sample: the edition in force against
its draft by default, the draft's merge, dissolution, split and rename on the right rows of
both trees, counterparts chosen across, the findings fixed and introduced, and the JSON
saved equal to what ``main.py diff --json`` prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from core.demo.restructure_draft import DISSOLVED, MERGED, MERGED_NAME, RENAMED, SPLIT, SPLIT_INTO
from tests.ui.test_restructuring_window import _open
from ui.dialogs.restructure import RestructureDialog
from ui.main_window import MainWindow
from ui.models.restructure_compare import COLOURS


def _compared(qtbot: Any, window: MainWindow, dialog: RestructureDialog) -> None:
    qtbot.waitUntil(lambda: not window.restructure.compare.loading and dialog.compare.view is not None, timeout=60000)


def _unit(dialog: RestructureDialog, side: str, name: str) -> int:
    found = [u.id for u in dialog.compare.models[side].units.values() if u.name == name]
    assert len(found) == 1, (side, name, found)
    return found[0]


def _change(dialog: RestructureDialog, side: str, name: str) -> tuple[str, Any]:
    model = dialog.compare.models[side]
    unit = _unit(dialog, side, name)
    return str(model.index_of(unit, 1).data()), model.index_of(unit).data(Qt.ItemDataRole.BackgroundRole)


def test_the_draft_beside_the_edition_in_force_with_its_changes_and_findings(
    qtbot: Any, window: MainWindow, sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    dialog = _open(qtbot, window, sample_copy)
    tab = dialog.compare
    dialog.tabs.setCurrentWidget(tab)  # coming into view starts the comparison
    _compared(qtbot, window, dialog)
    assert tab.chosen() == (1, 2)
    assert "(berlaku)" in tab.edition_a.currentText() and "(draf)" in tab.edition_b.currentText()

    # Each change on its rows, in words and in colour, on both sides.
    expected = [
        ("a", MERGED[0], "digabung", "merged"),
        ("a", MERGED[1], "digabung", "merged"),
        ("b", MERGED_NAME, "digabung", "merged"),
        ("a", DISSOLVED, "dibubarkan", "removed"),
        ("a", SPLIT, "dipecah", "split"),
        ("b", SPLIT_INTO[0], "dipecah", "split"),
        ("b", SPLIT_INTO[1], "dipecah", "split"),
        ("a", RENAMED[0], "ganti nama", "renamed"),
        ("b", RENAMED[1], "ganti nama", "renamed"),
    ]
    for side, name, word, change in expected:
        text, brush = _change(dialog, side, name)
        assert text.endswith(word), (side, name, text)
        assert brush.color() == COLOURS[change]
    assert _change(dialog, "a", "Inspektorat")[0] == ""  # kept as it was
    assert DISSOLVED not in {u.name for u in tab.models["b"].units.values()}
    assert "10 dibubarkan, 1 ganti nama" in tab.state.text() and "1 dipecah" in tab.state.text()

    # A unit chosen on one side chooses its counterparts on the other.
    tab.select_units("a", [_unit(dialog, "a", SPLIT)])
    assert sorted(tab.selected_units("b")) == sorted(_unit(dialog, "b", n) for n in SPLIT_INTO)
    tab.select_units("b", [_unit(dialog, "b", MERGED_NAME)])
    assert sorted(tab.selected_units("a")) == sorted(_unit(dialog, "a", n) for n in MERGED)
    assert all(tab.trees["a"].isExpanded(tab.models["a"].index_of(u).parent()) or tab.models["a"].index_of(u).parent().isValid() is False
               for u in tab.selected_units("a"))  # fmt: skip

    # The findings fixed and introduced, as the comparison counts them.
    data = tab.view.data if tab.view is not None else {}
    fixed, introduced = data["findings"]["fixed"], data["findings"]["introduced"]
    assert fixed and introduced
    assert tab.fixed_model.rowCount() == len(fixed) and tab.introduced_model.rowCount() == len(introduced)
    assert tab.fixed_model.index(0, 2).data() == fixed[0]["message"]
    assert tab.details.tabText(2) == f"Temuan: {len(fixed)} diselesaikan, {len(introduced)} muncul"
    counted = {
        (tab.counts_model.index(r, 1).data(), tab.counts_model.index(r, 0).data()): tab.counts_model.index(r, 4).data()
        for r in range(tab.counts_model.rowCount())
    }
    assert counted[("dinas", "Unit per jenis")] == "-1"  # two dinas merged into one
    assert tab.moved_model.rowCount() == len(data["urusan_moved"]) + len(data["functions_moved"])

    # Saved as JSON: what main.py diff --json prints.
    target = tmp_path / "banding.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_button.click()
    from ui.cli_compare import cmd_diff

    capsys.readouterr()
    assert cmd_diff([str(sample_copy), "1", "2", "--json"]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(capsys.readouterr().out)


def test_another_pair_and_a_change_to_the_draft_compare_again(qtbot: Any, window: MainWindow, sample_copy: Path) -> None:
    dialog = _open(qtbot, window, sample_copy)
    tab = dialog.compare
    dialog.tabs.setCurrentWidget(tab)
    _compared(qtbot, window, dialog)
    # The same edition twice: said at once, nothing compared.
    tab.edition_a.setCurrentIndex(tab.edition_a.findData(2))
    tab.compare_button.click()
    assert not window.restructure.compare.loading
    assert tab.state.text() == "Edisi A dan B sama: pilih dua edisi yang berbeda." and not tab.save_button.isEnabled()
    # The other way round: the dissolved badan is on the right now, as a unit the draft lacks.
    tab.edition_b.setCurrentIndex(tab.edition_b.findData(1))
    tab.compare_button.click()
    _compared(qtbot, window, dialog)
    assert tab.view is not None and (tab.view.edition_a, tab.view.edition_b) == (2, 1)
    assert _change(dialog, "b", DISSOLVED)[0].endswith("baru")
    assert tab.save_button.isEnabled()

    # A change to the file while the tab is in view: compared again, the choice kept.
    assert window.doc is not None
    from ui.commands.restructure import SetDraftStatusCommand

    before = tab.view
    assert window.doc.run(SetDraftStatusCommand(window.doc, 2, "in_review", "dalam telaah"))
    qtbot.waitUntil(lambda: not window.restructure.loading and not window.restructure.compare.loading, timeout=60000)
    assert tab.chosen() == (2, 1)
    _compared(qtbot, window, dialog)
    assert tab.view is not before and tab.view is not None and (tab.view.edition_a, tab.view.edition_b) == (2, 1)
