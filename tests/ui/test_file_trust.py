"""The window meets damaged, foreign and crashed files as the command line does: the same
message naming the file and the problem, nothing opened, nothing written; a crashed file
opens writable and says what was undone; Berkas → Periksa keutuhan berkas says plainly
whether the file is whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core.test_recovery import crashed_copy
from tests.damage import SAYS, damaged_copy
from ui.controllers import files
from ui.main_window import MainWindow


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append((title, text)))
    return said


@pytest.mark.parametrize("case", ["empty", "flipped-mid-file", "other-program", "user-version-0", "units-dropped", "directory"])
def test_a_damaged_file_is_named_and_not_opened(
    case: str, window: MainWindow, sample_file: Path, tmp_path: Path, told: list[tuple[str, str]]
) -> None:
    folder = tmp_path / "kantor"
    folder.mkdir()
    bad = damaged_copy(sample_file, folder, case)
    before = sorted(os.listdir(folder))
    assert window.open_path(bad) is False
    [(title, text)] = told
    assert title == "Masalah berkas" and str(bad) in text and SAYS[case] in text
    assert window.doc is None and window.windowTitle() == "SOTK Planner"
    assert sorted(os.listdir(folder)) == before


def test_the_message_names_the_last_sound_backup(
    window: MainWindow, sample_file: Path, tmp_path: Path, told: list[tuple[str, str]]
) -> None:
    bad = damaged_copy(sample_file, tmp_path, "flipped-mid-file")
    good = tmp_path / "flipped-mid-file.cadangan-v3-20250101-080000.sotk"
    good.write_bytes(sample_file.read_bytes())
    window.open_path(bad)
    [(_title, text)] = told
    assert text.endswith(f"Cadangan terakhir yang masih utuh: {good}")


def test_a_crashed_file_opens_writable_and_says_what_was_undone(
    window: MainWindow, sample_file: Path, tmp_path: Path, told: list[tuple[str, str]]
) -> None:
    path = tmp_path / "kantor.sotk"
    crashed_copy(sample_file, path)
    assert window.open_path(path) is True
    [(title, text)] = told
    assert title == "Berkas dipulihkan" and "sudah diurungkan" in text and str(path) in text
    assert window.doc is not None and not window.doc.store.read_only
    assert "hanya-baca" not in window.windowTitle() and window.act_new_region.isEnabled()


def test_a_big_file_is_checked_in_the_background_and_closed_when_damaged(
    qtbot, window: MainWindow, sample_file: Path, tmp_path: Path, told: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(files, "CHECK_PAGES_INLINE_BYTES", 0)  # every file counts as big
    sound = tmp_path / "utuh.sotk"
    sound.write_bytes(sample_file.read_bytes())
    assert window.open_path(sound) is True
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10000)
    assert window.doc is not None and told == []
    bad = damaged_copy(sample_file, tmp_path, "flipped-mid-file")
    assert window.open_path(bad) is True  # shown at once; the check follows
    qtbot.waitUntil(lambda: window.doc is None, timeout=10000)
    [(title, text)] = told
    assert title == "Masalah berkas" and str(bad) in text and "rusak" in text


def test_the_full_check_says_plainly_whether_the_file_is_whole(
    qtbot, window: MainWindow, sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    path = tmp_path / "kantor.sotk"
    path.write_bytes(sample_file.read_bytes())
    window.open_path(path)
    assert window.act_check_file.isEnabled()
    window.act_check_file.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].icon() == QMessageBox.Icon.Information
    assert shown[0].text().startswith(f"Berkas {path} utuh")
    # the disk goes bad under the open file: the next check says so
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8 * 4096] = bytes(8 * 4096)
    with path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(data[middle : middle + 8 * 4096])
    window.act_check_file.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert shown[1].icon() == QMessageBox.Icon.Critical
    assert shown[1].text().startswith(f"Berkas {path} rusak") and shown[1].detailedText()
