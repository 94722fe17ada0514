"""Locks that cannot lose work, tried with two real programs on one file.

The second program is tests/core/lock_actor.py, driven line by line; every write it
reports done must be in the file at the end, and every write after it lost the file
must be refused, never reported done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import lockfile, regions
from core.errors import FileProblem, ReadOnlyError
from core.lockfile import FileLock, lock_path_for
from core.store import create_store, open_store
from tests.core.lock_actor import Actor

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def actors() -> Iterator[list[Actor]]:
    started: list[Actor] = []
    yield started
    for actor in started:
        actor.finish()


def names_in(path: Path) -> set[str]:
    with open_store(path, read_only=True) as store:
        return {region.name for region in regions.list_regions(store)}


def lock_pid(path: Path) -> int | None:
    owner = FileLock(path).read_owner()
    return owner.pid if owner else None


def test_a_failed_take_over_and_a_demo_leave_the_owner_its_lock_and_its_writes(tmp_path: Path, actors: list[Actor]) -> None:
    """The sequence of issue 12: A is inside a write; B asks to take over and is refused;
    `demo --force` then refuses to replace the file; A finishes and its rows are there."""
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    a = Actor(path)
    actors.append(a)
    assert a.ask("open") == "ok"
    assert a.write("Kota A1") == "ok"
    assert a.ask("begin Kota A2") == "inside"
    pid = lock_pid(path)
    assert pid == a.proc.pid

    with pytest.raises(FileProblem) as refused:
        open_store(path, take_over_lock=True)
    assert "masih aktif" in refused.value.message
    assert lock_pid(path) == pid  # B gave up and left A's lock alone

    before = path.read_bytes()
    demo = subprocess.run(
        [sys.executable, "main.py", "demo", str(path), "--force"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 2, demo.stdout + demo.stderr
    assert "sedang dibuka" in demo.stderr
    assert path.read_bytes() == before
    assert lock_pid(path) == pid

    a.send("commit")
    assert a.answer() == "ok"
    a.done.append("Kota A2")
    assert a.write("Kota A3") == "ok"
    a.stop()
    assert not lock_path_for(path).exists()  # A removed its own lock on closing
    assert set(a.done) <= names_in(path)  # 0 lost writes


def test_no_write_is_lost_while_others_try_to_take_over_or_replace_the_file(tmp_path: Path, actors: list[Actor]) -> None:
    """A writes as fast as it can; meanwhile this program keeps asking to take over and a
    `demo --force` tries to replace the file. Every write A was told was saved is there."""
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    a = Actor(path)
    actors.append(a)
    assert a.ask("open") == "ok"
    a.send("burst 300")
    refused = 0
    demo = subprocess.Popen(
        [sys.executable, "main.py", "demo", str(path), "--force"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    while demo.poll() is None or refused < 20:
        try:
            open_store(path, take_over_lock=True).close()
        except FileProblem:
            refused += 1
        else:
            raise AssertionError("took over a living owner's file")
    assert demo.returncode == 2 and "sedang dibuka" in (demo.stderr.read() if demo.stderr else "")
    if demo.stderr:
        demo.stderr.close()
    answer = a.answer(timeout=120)
    saved = int(answer.split()[1])
    assert answer.startswith("ok") and saved == 300
    a.stop()
    names = names_in(path)
    assert {f"Kota Beruntun {n}" for n in range(saved)} <= names  # 0 lost writes


def test_a_silent_owner_on_another_computer_is_taken_over_and_stops_writing(
    tmp_path: Path, actors: list[Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runs on 'PC-LAIN' and stops refreshing its lock (its computer sleeps). Until the
    lock is stale nobody may take over; afterwards B may, and A's next write is refused
    and says so, instead of being reported done and lost."""
    monkeypatch.setattr(lockfile, "STALE_AFTER_SECONDS", 1.5)
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    a = Actor(path, SOTK_FAKE_HOST="PC-LAIN")
    actors.append(a)
    assert a.ask("open") == "ok"
    assert a.write("Kota A1") == "ok"

    with pytest.raises(FileProblem):  # alive a moment ago: not yet
        open_store(path, take_over_lock=True)
    time.sleep(1.6)
    looked = open_store(path)
    assert looked.read_only and looked.read_only_reason is not None
    owner = looked.read_only_reason.owner
    assert owner is not None and owner.host == "PC-LAIN" and owner.gone() and owner.idle is not None and owner.idle >= 1.5
    looked.close()

    b = open_store(path, take_over_lock=True)
    assert not b.read_only
    regions.create_region(b, "Kota B1", "kota")

    refused = a.write("Kota A2")
    assert refused.startswith("err ReadOnlyError") and "diambil alih" in refused, refused
    assert a.ask("beat").startswith("ro diambil alih")
    a.stop()
    assert lock_pid(path) == os.getpid()  # A, closing, left B's lock alone
    regions.create_region(b, "Kota B2", "kota")
    b.close()
    assert names_in(path) == {"Kota A1", "Kota B1", "Kota B2"}  # every write reported done, no other


def test_an_owner_that_refreshes_its_lock_is_never_taken_over(
    tmp_path: Path, actors: list[Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lockfile, "STALE_AFTER_SECONDS", 1.0)
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    a = Actor(path, SOTK_FAKE_HOST="PC-LAIN")
    actors.append(a)
    assert a.ask("open") == "ok"
    until = time.monotonic() + 3
    while time.monotonic() < until:
        assert a.ask("beat") == "ok"
        with pytest.raises(FileProblem):
            open_store(path, take_over_lock=True)
        time.sleep(0.3)
    assert a.write("Kota A1") == "ok"
    a.stop()
    assert names_in(path) == {"Kota A1"}


def test_a_take_over_waits_for_a_write_in_progress(tmp_path: Path, actors: list[Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    """A silent owner that is in fact inside a write keeps the file: the take-over is
    refused as locked, the lock untouched, and A's write lands."""
    monkeypatch.setattr(lockfile, "STALE_AFTER_SECONDS", 0.5)
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    a = Actor(path, SOTK_FAKE_HOST="PC-LAIN")
    actors.append(a)
    assert a.ask("open") == "ok"
    assert a.ask("begin Kota A1") == "inside"
    time.sleep(0.7)
    with pytest.raises(FileProblem) as locked:
        open_store(path, take_over_lock=True)
    assert "dikunci" in locked.value.message
    assert lock_pid(path) == a.proc.pid
    a.send("commit")
    assert a.answer() == "ok"
    a.stop()
    assert names_in(path) == {"Kota A1"}


def test_a_file_replaced_under_its_owner_refuses_the_next_write(tmp_path: Path, actors: list[Actor]) -> None:
    """A program that ignores locks (an older version, a file manager) puts another file
    in its place: the owner notices before writing and says so."""
    path = tmp_path / "bersama.sotk"
    create_store(path).close()
    other = tmp_path / "lain.sotk"
    create_store(other).close()
    a = Actor(path)
    actors.append(a)
    assert a.ask("open") == "ok"
    assert a.write("Kota A1") == "ok"
    os.replace(other, path)
    refused = a.write("Kota A2")
    assert refused.startswith("err ReadOnlyError") and "diganti" in refused, refused
    a.stop()


def test_closing_never_removes_a_lock_someone_else_wrote(tmp_path: Path) -> None:
    path = tmp_path / "x.sotk"
    create_store(path).close()
    store = open_store(path)
    theirs = {"user": "siti", "host": "PC-BIRO-02", "pid": 4242, "since": "2026-11-23T08:00:00+07:00"}
    lock_path_for(path).write_text(json.dumps(theirs), encoding="utf-8")  # taken over behind our back
    with pytest.raises(ReadOnlyError) as caught:
        regions.create_region(store, "Kota X", "kota")
    assert "siti" in caught.value.message
    assert store.read_only and store.read_only_reason is not None
    store.close()
    assert json.loads(lock_path_for(path).read_text(encoding="utf-8"))["user"] == "siti"

    lock_path_for(path).unlink()
    quiet = open_store(path)  # this time closed without trying to write first
    lock_path_for(path).write_text(json.dumps(theirs), encoding="utf-8")
    quiet.close()
    assert json.loads(lock_path_for(path).read_text(encoding="utf-8"))["user"] == "siti"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~lock")] == [lock_path_for(path).name]  # nothing aside


def test_the_heartbeat_refreshes_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.sotk"
    create_store(path).close()
    store = open_store(path)
    lock = lock_path_for(path)
    old = time.time() - 600
    os.utime(lock, (old, old))
    data = json.loads(lock.read_text(encoding="utf-8"))
    lock.write_text(json.dumps({**data, "refreshed": "2026-01-01T00:00:00+07:00"}), encoding="utf-8")
    os.utime(lock, (old, old))
    assert store.refresh_lock()
    owner = FileLock(path).read_owner()
    assert owner is not None and owner.idle is not None and owner.idle < 5
    assert owner.since == data["since"]  # since when it is open stays
    store.close()
