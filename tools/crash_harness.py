"""Kill the program in the middle of a bulk write, then check the file is still trustworthy.

Each trial copies a sample file, starts an operation in a child process, kills it with
SIGKILL at a random moment while it writes, and then, as the next program would:

1. opens the file with :func:`core.store.open_store`, which must give a writable store
   (never "read-only" for a file that can be written, never an error) without any manual
   step: a hot journal is rolled back and the dead program's lock file taken back;
2. runs ``PRAGMA integrity_check``, which must say ``ok``;
3. compares a fingerprint of the data with the state before the operation and after it
   (measured once per operation, uncrashed): it must equal one of the two, never something
   between.

The fingerprint covers every table, the audit log included (a change and its audit rows
must land together), except the undo journal (``undo_steps``, ``undo_journal``): it lives
for one session and opening a file for writing empties it on purpose, so it differs
between "before" and "after" by design, not by damage. Timestamps (``at``, ``created_at``,
``accepted_at``, ``decided_at``) and the file's identity in ``meta`` are left out too: they differ from one
run to the next even when nothing went wrong.

    .venv/bin/python tools/crash_harness.py --trials 100
    .venv/bin/python tools/crash_harness.py --trials 20 --operation move-assets

Operations are listed in :data:`OPERATIONS`; an import or a restructuring apply is added
there as one more :class:`Operation` (how to prepare the file, what the child does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VOLATILE_TABLES = frozenset({"undo_steps", "undo_journal"})
VOLATILE_COLUMNS = frozenset({"at", "created_at", "accepted_at", "decided_at"})
VOLATILE_META = frozenset({"file_id", "created_at", "created_by"})
READY, DONE = "ready", "done"


def fingerprint_conn(conn: sqlite3.Connection) -> dict[str, str]:
    """One digest per table of what a user's data is (see the module docstring for what is
    left out and why), plus the row count, so a report can say what differs."""
    digests: dict[str, str] = {}
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    ]
    for table in tables:
        if table in VOLATILE_TABLES:
            continue
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in VOLATILE_COLUMNS]
        where = f" WHERE key NOT IN ({', '.join('?' * len(VOLATILE_META))})" if table == "meta" else ""
        params = sorted(VOLATILE_META) if table == "meta" else []
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY rowid", params):
            digest.update(repr(row).encode())
            count += 1
        digests[table] = f"{count}:{digest.hexdigest()[:16]}"
    return digests


def fingerprint(path: Path) -> dict[str, str]:
    """The fingerprint of a closed, sound file (read-only: no journal is rolled back here)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return fingerprint_conn(conn)
    finally:
        conn.close()


# -- the operations ----------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """A bulk write to crash. ``prepare`` makes the file a trial starts from (once, in the
    work folder); ``child`` is what the killed process runs on a copy of it: it prints
    READY just before the write starts and DONE when it has been committed."""

    name: str
    prepare: Callable[[Path, int], Path]
    child: Callable[[Path], None]
    about: str


def _sample(folder: Path, scale: int) -> Path:
    path = folder / f"contoh-{scale}.sotk"
    if not path.exists():
        from core.demo import build_demo

        build_demo(path, seed=1, scale=scale)
    return path


def _say(word: str) -> None:
    print(word, flush=True)


def _move_assets(path: Path) -> None:
    """Every asset of the file to one unit, as the window's bulk move does (undo journalled)."""
    from core.assets import move_assets
    from core.store import open_store

    store = open_store(path)
    ids = [row["id"] for row in store.rows("SELECT id FROM assets ORDER BY id")]
    target = store.scalar("SELECT unit_id FROM assets GROUP BY unit_id ORDER BY count(*) LIMIT 1")
    _say(READY)
    with store.write(undo="Pindahkan aset") as tx:
        move_assets(tx, ids, target, reference="BAST/uji-crash")
    _say(DONE)
    store.close()


def _move_people(path: Path) -> None:
    """Every person of the file to one unit, as the window's bulk move does (undo journalled)."""
    from core.staff import move_staff
    from core.store import open_store

    store = open_store(path)
    ids = [row["id"] for row in store.rows("SELECT id FROM staff ORDER BY id")]
    target = store.scalar("SELECT unit_id FROM staff WHERE unit_id IS NOT NULL GROUP BY unit_id ORDER BY count(*) LIMIT 1")
    _say(READY)
    with store.write(undo="Pindahkan pegawai") as tx:
        move_staff(tx, ids, target, None)
    _say(DONE)
    store.close()


def _approved_sample(folder: Path, scale: int) -> Path:
    """The sample with its restructuring draft approved, ready to apply."""
    path = folder / f"contoh-{scale}-disetujui.sotk"
    if not path.exists():
        from core.regions import list_editions
        from core.restructure.drafts import set_status
        from core.store import open_store

        shutil.copy(_sample(folder, scale), path)
        with open_store(path) as store:
            draft = next(e.id for e in list_editions(store) if e.status == "draft")
            set_status(store, draft, "in_review")
            set_status(store, draft, "approved")
    return path


def _restructure_apply(path: Path) -> None:
    """The sample's approved draft applied as ``main.py restructure apply`` does (backup, then
    one undo-journalled transaction)."""
    from core.regions import list_editions
    from core.restructure.apply import apply_draft
    from core.store import open_store

    store = open_store(path)
    draft = next(e.id for e in list_editions(store) if e.status == "draft")
    _say(READY)
    apply_draft(store, draft, bast="BAST/uji-crash")
    _say(DONE)
    store.close()


def _demo_force(path: Path) -> None:
    """``main.py demo FILE --force --seed 2`` over an existing file (another sample)."""
    from ui.cli import main

    _say(READY)
    with open(os.devnull, "w") as quiet:
        sys.stderr = quiet
        status = main(["demo", str(path), "--force", "--seed", "2"])
        sys.stderr = sys.__stderr__
    if status == 0:
        _say(DONE)


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        Operation("move-assets", _sample, _move_assets, "memindah semua aset ke satu unit"),
        Operation("move-people", _sample, _move_people, "memindah semua pegawai ke satu unit"),
        Operation("demo-force", _sample, _demo_force, "demo --force menimpa berkas yang ada"),
        Operation("restructure-apply", _approved_sample, _restructure_apply, "menerapkan draf penataan data contoh"),
    )
}


# -- the trials --------------------------------------------------------------------------


@dataclass
class Tally:
    """What the trials of one operation found."""

    name: str
    trials: int = 0
    consistent: int = 0
    openable: int = 0
    before: int = 0
    after: int = 0
    rolled_back: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and self.consistent == self.openable == self.trials

    def line(self) -> str:
        return (
            f"{self.name}: {self.trials} percobaan, {self.consistent}/{self.trials} konsisten "
            f"({self.before} seperti sebelum, {self.after} seperti sesudah), {self.openable}/{self.trials} langsung dapat dibuka "
            f"({self.rolled_back} dengan perubahan belum selesai yang diurungkan)"
        )


def _child_command(operation: str, path: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", operation, str(path)]


def _run_child(operation: str, path: Path, kill_after: float | None) -> tuple[bool, float]:
    """Run the child; kill it ``kill_after`` seconds after it said READY (None: let it
    finish). Returns (it finished, seconds from READY to DONE or to the kill)."""
    with subprocess.Popen(
        _child_command(operation, path), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        started = time.perf_counter()
        if line != READY:
            child.wait()
            raise RuntimeError(f"{operation}: the child did not start its write (said {line!r}, exit {child.returncode})")
        if kill_after is None:
            finished = DONE in child.stdout.read().split()
            child.wait()
            return finished, time.perf_counter() - started
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        rest = child.stdout.read()
    return DONE in rest.split(), time.perf_counter() - started


def _after_state(operation: Operation, base: Path, folder: Path) -> tuple[dict[str, str], float]:
    """The fingerprint after an uncrashed run, and how long its write took."""
    from core.store import open_store

    reference = folder / f"acuan-{operation.name}.sotk"
    shutil.copy(base, reference)
    finished, seconds = _run_child(operation.name, reference, None)
    if not finished:
        raise RuntimeError(f"{operation.name}: the uncrashed run did not finish")
    with open_store(reference) as store:  # as a trial is read: opened for work first
        state = fingerprint_conn(store.conn)
    return state, seconds


def check_trial(path: Path, before: dict[str, str], after: dict[str, str], tally: Tally, label: str) -> None:
    """Open the crashed file as the next program would and judge it (see the module docstring)."""
    from core.errors import SotkError
    from core.store import open_store

    try:
        store = open_store(path)
    except SotkError as exc:
        tally.failures.append(f"{label}: tidak dapat dibuka: {exc.message}")
        return
    try:
        if store.read_only:
            tally.failures.append(f"{label}: dibuka hanya-baca ({store.read_only_reason})")
        else:
            tally.openable += 1
        tally.rolled_back += bool(store.notices)
        verdict = [row[0] for row in store.conn.execute("PRAGMA integrity_check")]
        state = fingerprint_conn(store.conn)
    finally:
        store.close()
    if verdict != ["ok"]:
        tally.failures.append(f"{label}: integrity_check: {'; '.join(verdict[:3])}")
        return
    if state == before:
        tally.before += 1
    elif state == after:
        tally.after += 1
    else:
        differs = sorted(t for t in set(before) | set(after) if state.get(t) not in (before.get(t), after.get(t)))
        tally.failures.append(f"{label}: isinya di antara sebelum dan sesudah (tabel {', '.join(differs) or '?'})")
        return
    tally.consistent += 1


def run_trials(
    name: str, trials: int, folder: Path, *, scale: int = 1, seed: int = 0, say: Callable[[str], None] = print
) -> Tally:
    """``trials`` crashes of one operation; the work folder keeps the files of failures."""
    operation = OPERATIONS[name]
    rng = random.Random(seed)
    base = operation.prepare(folder, scale)
    before = fingerprint(base)
    after, write_seconds = _after_state(operation, base, folder)
    say(f"{name}: {operation.about}; tulisan tanpa gangguan {write_seconds:.2f} dtk")
    tally = Tally(name)
    for number in range(1, trials + 1):
        path = folder / f"{name}-{number:03d}.sotk"
        shutil.copy(base, path)
        kill_after = rng.uniform(0, write_seconds * 1.05)
        finished, _ = _run_child(name, path, kill_after)
        tally.trials += 1
        failures = len(tally.failures)
        check_trial(path, before, after, tally, f"{name} #{number} (dibunuh {kill_after:.2f} dtk, selesai={finished})")
        if len(tally.failures) == failures:  # keep only what a failure needs looking at
            for leftover in [*folder.glob(f"{path.name}*"), *folder.glob(f".{path.name}*")]:
                leftover.unlink()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/crash_harness.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20, help="percobaan per operasi (bawaan 20)")
    parser.add_argument("--operation", action="append", choices=list(OPERATIONS), help="hanya operasi ini (boleh diulang)")
    parser.add_argument("--scale", type=int, default=1, help="ukuran berkas contoh (bawaan 1)")
    parser.add_argument("--seed", type=int, default=0, help="benih saat membunuh (bawaan 0)")
    parser.add_argument("--keep", type=Path, help="folder kerja yang disimpan (bawaan: folder sementara)")
    parser.add_argument("--json", action="store_true", help="ringkasan JSON")
    parser.add_argument("--child", nargs=2, metavar=("OPERATION", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        OPERATIONS[args.child[0]].child(Path(args.child[1]))
        return 0
    names = args.operation or list(OPERATIONS)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sotk-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    tallies = []
    for name in names:
        tally = run_trials(
            name, args.trials, folder, scale=args.scale, seed=args.seed, say=lambda text: print(text, file=sys.stderr)
        )
        tallies.append(tally)
        print(tally.line())
        for failure in tally.failures:
            print(f"  GAGAL {failure}")
    if args.json:
        print(json.dumps([{**vars(t), "ok": t.ok} for t in tallies], ensure_ascii=False, indent=2))
    failed = not all(t.ok for t in tallies)
    if failed:
        print(f"Berkas percobaan yang gagal ada di {folder}", file=sys.stderr)
    elif args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
