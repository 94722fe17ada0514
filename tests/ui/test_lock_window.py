"""The window and a second program on one file: the heartbeat, and what the user sees
when the file is taken over while it is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from core import regions
from core.store import open_store
from tests.core.lock_actor import Actor
from ui.commands import UpdateUnitCommand
from ui.main_window import MainWindow
from ui.models.structure_tree import IdRole


def first_unit(window: MainWindow) -> int:
    assert window.model is not None
    region = window.model.index(0, 0)
    edition = window.model.index(0, 0, region)
    return int(window.model.index(0, 0, edition).data(IdRole))


def test_a_window_whose_file_is_taken_over_turns_read_only_and_keeps_its_history(
    qtbot, window: MainWindow, small_file: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None and doc.heartbeat.isActive()
    unit_id = first_unit(window)
    assert doc.run(UpdateUnitCommand(doc, unit_id, name="Dinas A Baru"))
    assert window.act_undo.isEnabled()

    # Another computer's program finds this window's lock silent (its computer slept) and takes over.
    other = Actor(small_file, SOTK_FAKE_HOST="PC-LAIN", SOTK_STALE_AFTER="0.3")
    try:
        qtbot.wait(400)
        assert other.ask("open takeover") == "ok"
        assert other.write("Kota Lain") == "ok"

        doc.beat()  # the window's next heartbeat
        assert doc.store.read_only
        assert "Hanya-baca" in window.saved_label.text() and "PC-LAIN" in window.saved_label.text()
        assert "[hanya-baca]" in window.windowTitle()
        assert "tidak lagi dipegang" in window.statusBar().currentMessage()
        assert doc.undo_stack.count() == 1  # the history is kept...
        assert not window.act_undo.isEnabled()  # ...but not run on a file this window no longer holds
        assert not window.act_rename.isEnabled()
        assert not window.editor.unit_page.name.isEnabled() or window.editor.unit_page.name.isReadOnly()

        assert not doc.run(UpdateUnitCommand(doc, unit_id, name="Tidak Tersimpan"))
        assert shown and "hanya-baca" in shown[-1]
        window.close_file()
        other.stop()
    finally:
        other.finish()
    with open_store(small_file, read_only=True) as store:
        names = {r["name"] for r in store.rows("SELECT name FROM units")}
        assert "Dinas A Baru" in names and "Tidak Tersimpan" not in names
        assert "Kota Lain" in {r.name for r in regions.list_regions(store)}


def test_a_write_finds_the_lock_taken_before_any_heartbeat(qtbot, window: MainWindow, small_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    assert window.open_path(small_file)
    doc = window.doc
    assert doc is not None
    other = Actor(small_file, SOTK_FAKE_HOST="PC-LAIN", SOTK_STALE_AFTER="0.3")
    try:
        qtbot.wait(400)
        assert other.ask("open takeover") == "ok"
        assert not doc.run(UpdateUnitCommand(doc, first_unit(window), name="Hilang?"))
        assert shown and "diambil alih" in shown[-1] and "PC-LAIN" in shown[-1] and "tidak disimpan" in shown[-1]
        assert doc.store.read_only and "[hanya-baca]" in window.windowTitle()
        other.stop()
    finally:
        other.finish()


def test_the_open_question_shows_how_long_the_owner_has_been_silent(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import time
    from datetime import datetime, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from core.lockfile import lock_path_for

    lock = lock_path_for(small_file)

    def write_lock(minutes: int) -> None:
        at = datetime.now().astimezone() - timedelta(minutes=minutes, seconds=5)
        owner = {"user": "siti", "host": "PC-BIRO-02", "pid": 77, "since": "2026-11-23T08:00:00+07:00"}
        lock.write_text(json.dumps({**owner, "refreshed": at.isoformat(timespec="seconds")}), encoding="utf-8")
        os.utime(lock, (time.time() - minutes * 60 - 5,) * 2)

    seen: list[tuple[str, bool]] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = {button.text(): button for button in box.findChildren(QPushButton)}
        seen.append((box.informativeText(), buttons["Ambil alih"].isEnabled()))
        buttons[choice].click()

    write_lock(0)  # active a moment ago: no take-over
    QTimer.singleShot(50, lambda: answer("Buka hanya-baca"))
    assert window.open_path(small_file)
    assert "masih aktif" in seen[-1][0] and "detik lalu" in seen[-1][0] and seen[-1][1] is False
    window.close_file()

    write_lock(12)  # silent for 12 minutes: gone, offered
    QTimer.singleShot(50, lambda: answer("Ambil alih"))
    assert window.open_path(small_file)
    assert "terakhir aktif 12 menit lalu" in seen[-1][0] and seen[-1][1] is True
    assert window.doc is not None and not window.doc.store.read_only
    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
