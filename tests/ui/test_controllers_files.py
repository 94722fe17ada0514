"""The files controller through the window's own actions: opening from the dialog, saving a
copy while the work goes on in the open file, and closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from core import units
from core.store import open_store
from ui.main_window import MainWindow


def test_open_from_the_dialog_starts_beside_the_open_file(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "lain.sotk"
    other.write_bytes(small_file.read_bytes())
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, *a: (started.append(start), (str(other), ""))[1])
    window.act_open.trigger()
    assert started == [str(Path.home())]  # nothing open yet
    assert window.doc is not None and window.doc.store.path == other
    window.act_open.trigger()
    assert started[1] == str(tmp_path)


def test_save_a_copy_then_keep_working_on_the_open_file(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    offered: list[str] = []
    target = tmp_path / "arsip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, *a: (offered.append(start), (str(target), ""))[1])
    window.act_save_copy.trigger()
    assert offered == [str(tmp_path / "kecil-salinan.sotk")]
    assert "arsip.sotk" in window.statusBar().currentMessage()
    with open_store(tmp_path / "arsip.sotk", read_only=True) as copy:
        assert units.get_unit(copy, 1).name == "Dinas A"
    assert window.doc is not None and window.doc.store.path == small_file


def test_close_leaves_the_window_without_a_file(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.act_close.trigger()
    assert window.doc is None and window.model is None
    assert window.windowTitle() == "SOTK Planner"
    assert not window.act_save_copy.isEnabled() and not window.act_add_child.isEnabled()
