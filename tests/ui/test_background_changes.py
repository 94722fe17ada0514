"""The background operation as a user meets it: a bulk change runs while the window stays
alive, Cancel leaves the file exactly as it was, the change is one undo step, and a
read-only file refuses it before any work starts."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from core import assets, backups
from core.errors import ReadOnlyError
from core.store import Store, Tx, open_store
from ui.commands import MoveAssetsCommand
from ui.commands.base import Progress, StoreCommand
from ui.document import Affected, Document


def fingerprint(store: Store) -> str:
    digest = hashlib.sha256()
    for table in ("assets", "asset_transfers", "staff"):
        for row in store.conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


class MoveInChunks(StoreCommand):
    """Moves assets a chunk at a time, reporting progress; stops at the first chunk until
    told to go on (or cancelled), so a test can act while it runs."""

    bulk = True

    def __init__(self, doc: Document, asset_ids: list[int], unit_id: int) -> None:
        super().__init__(doc, "Pindahkan aset bertahap")
        self.asset_ids, self.unit_id = asset_ids, unit_id
        self.started = threading.Event()
        self.go_on = threading.Event()

    def work(self, tx: Tx) -> None:
        raise AssertionError("a bulk command runs in the background")

    def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
        chunks = [self.asset_ids[i : i + 500] for i in range(0, len(self.asset_ids), 500)]
        for number, chunk in enumerate(chunks):
            assets.move_assets(tx, chunk, self.unit_id, on="2026-03-01", reference="BAST uji")
            progress((number + 1) / len(chunks), self.text())
            if number == 0:
                self.started.set()
                while not (self.go_on.is_set() or cancel.is_set()):
                    cancel.wait(0.01)
            if cancel.is_set():
                return

    def affected(self, undone: bool) -> Affected:
        return Affected(units=[self.unit_id], assets_changed=True)


@pytest.fixture
def document(qtbot, sample_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "contoh.sotk"
    copy.write_bytes(sample_file.read_bytes())
    parent = QWidget()
    qtbot.addWidget(parent)
    doc = Document(open_store(copy), parent)
    yield doc
    doc.close()


def target_and_assets(store: Store) -> tuple[int, list[int]]:
    unit_id = store.scalar("SELECT id FROM units WHERE kind = 'bidang' ORDER BY id LIMIT 1")
    ids = [row[0] for row in store.conn.execute("SELECT id FROM assets WHERE unit_id <> ? ORDER BY id LIMIT 4000", (unit_id,))]
    return unit_id, ids


def test_cancel_during_a_bulk_change_leaves_the_file_exactly_as_it_was(qtbot, document: Document) -> None:  # type: ignore[no-untyped-def]
    before = fingerprint(document.store)
    unit_id, ids = target_and_assets(document.store)
    command = MoveInChunks(document, ids, unit_id)
    notices: list[list] = []
    document.warned.connect(notices.append)
    assert document.run(command)
    assert document.busy
    qtbot.waitUntil(command.started.is_set)
    assert document.store.scalar("SELECT count(*) FROM asset_transfers") == 0  # the window sees only what is committed
    qtbot.waitUntil(lambda: document.task is not None and document.task._dialog.isVisible())  # after half a second
    button = document.task._dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Batal"
    button.click()
    qtbot.waitUntil(lambda: not document.busy, timeout=10_000)
    assert fingerprint(document.store) == before
    assert document.undo_stack.count() == 0
    assert notices and "Dibatalkan" in notices[-1][0].message


def test_a_finished_bulk_change_is_one_undo_step_and_undo_gives_the_file_back(qtbot, document: Document) -> None:  # type: ignore[no-untyped-def]
    before = fingerprint(document.store)
    unit_id, ids = target_and_assets(document.store)
    command = MoveInChunks(document, ids, unit_id)
    command.go_on.set()
    changed: list[Affected] = []
    document.changed.connect(changed.append)
    assert document.run(command)
    qtbot.waitUntil(lambda: not document.busy, timeout=20_000)
    assert document.undo_stack.count() == 1
    assert {assets.get_asset(document.store, i).unit_id for i in ids} == {unit_id}
    assert changed and changed[-1].assets_changed
    document.undo()
    qtbot.waitUntil(lambda: not document.busy, timeout=20_000)
    assert fingerprint(document.store) == before
    assert document.store.scalar("SELECT count(*) FROM audit_log WHERE action = 'undo' AND entity = 'change'") == 1
    reasons = [b.reason for b in backups.list_backups(document.store.path)]
    assert len(reasons) == 2, reasons  # a dated backup before the change and before its undo


def test_another_change_waits_while_a_bulk_change_runs(qtbot, document: Document) -> None:  # type: ignore[no-untyped-def]
    unit_id, ids = target_and_assets(document.store)
    command = MoveInChunks(document, ids, unit_id)
    refused: list[BaseException] = []
    document.failed.connect(refused.append)
    assert document.run(command)
    qtbot.waitUntil(command.started.is_set)
    assert not document.run(MoveAssetsCommand(document, ids[:1], unit_id, "2026-03-01", "", ""))
    assert refused and "masih berjalan" in refused[-1].message  # type: ignore[attr-defined]
    command.go_on.set()
    qtbot.waitUntil(lambda: not document.busy, timeout=20_000)


def test_a_read_only_file_refuses_a_bulk_change_before_any_work(qtbot, sample_file: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    doc = Document(open_store(sample_file, read_only=True), parent)
    refused: list[BaseException] = []
    doc.failed.connect(refused.append)
    unit_id, ids = target_and_assets(doc.store)
    command = MoveInChunks(doc, ids, unit_id)
    assert not doc.run(command)
    assert not doc.busy and not command.started.is_set()
    assert isinstance(refused[-1], ReadOnlyError)
    doc.close()
