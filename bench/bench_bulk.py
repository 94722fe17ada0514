"""Benchmarks of the house for bulk work (issue 11): the floor an importer stands on.

Run:  .venv/bin/python bench/bench_bulk.py [--rows 100000] [--repeat 3] [--load]

* Writing N generated staff rows through the composable core writes in one transaction —
  StaffContext + validate_staff for every row + insert_staff (audit row each) — against
  ``sqlite3.executemany`` of the very same cleaned rows into the same table of a copy of
  the same file, also in one transaction and committed (target ≤ 4×). The same again
  with the undo journal on, as the window's import will run it.
* The longest stall of the window's event loop while a bulk command writes the N rows in
  the background operation, and while its undo replays them (target < 100 ms): a 5 ms
  timer records the gaps between its ticks; the baseline is the same timer on an idle loop.

``--load`` runs a CPU burner on one core meanwhile (a loaded machine). Medians of
``--repeat`` runs; the JSON lands in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core import staff  # noqa: E402
from core.demo import build_demo  # noqa: E402
from core.store import Store, Tx, open_store  # noqa: E402

COLUMNS = staff.STAFF_FIELDS


def generated_rows(store: Store, count: int, seed: int = 7) -> tuple[int, list[dict[str, Any]]]:
    """People as an office sheet would give them: PNS and PPPK, ranks, units of the region."""
    rng = random.Random(seed)
    region_id, units = 1, [row[0] for row in store.conn.execute("SELECT id FROM units WHERE edition_id = 1")]
    ranks = ["II/a", "II/b", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
    rows, used = [], {row[0] for row in store.conn.execute("SELECT nip FROM staff")}
    while len(rows) < count:
        born = f"{rng.randint(1965, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        pns = rng.random() < 0.85
        tmt = f"{int(born[:4]) + rng.randint(22, 25)}{rng.randint(1, 12):02d}"
        nip = (
            f"{born}{tmt}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
            if pns
            else f"{born}{rng.randint(2019, 2024)}21{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
        )
        if nip in used:
            continue
        used.add(nip)
        rows.append(
            {
                "nip": nip,
                "name": f"Pegawai Contoh {len(rows) + 1}",
                "front_title": rng.choice([None, None, "Drs.", "Ir."]),
                "back_title": rng.choice([None, "S.E.", "S.Kom.", "M.Si."]),
                "status": "PNS" if pns else "PPPK",
                "golongan": rng.choice(ranks) if pns else rng.choice(["V", "VII", "IX", "X"]),
                "unit_id": rng.choice(units),
                "kinerja": rng.randint(1, 3),
                "potensi": rng.randint(1, 3),
            }
        )
    return region_id, rows


def composable(path: Path, region_id: int, rows: list[dict[str, Any]], undo: bool) -> float:
    store = open_store(path)
    try:
        started = time.perf_counter()
        with store.write(undo="Impor pegawai" if undo else None) as tx:
            context = staff.StaffContext(tx, region_id)
            cleaned = []
            for row in rows:
                values = staff.validate_staff(tx, region_id, row, context=context).raise_first()
                context.claim(values["nip"], None, values["name"])
                cleaned.append(values)
            staff.insert_staff(tx, region_id, cleaned)
        return time.perf_counter() - started
    finally:
        store.close()


def plain_executemany(path: Path, region_id: int, rows: list[dict[str, Any]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    values = [(region_id, *(row.get(c) for c in COLUMNS)) for row in rows]
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        f"INSERT INTO staff (region_id, {', '.join(COLUMNS)}) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})", values
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def event_loop_stall(source: Path, region_id: int, rows: list[dict[str, Any]]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.stalls import StallMeter, spin
    from ui.app import make_application
    from ui.commands.base import Progress, StoreCommand
    from ui.document import Affected, Document

    class ImportStaff(StoreCommand):
        bulk = True

        def work(self, tx: Tx) -> None:
            raise AssertionError("runs in the background")

        def work_in_background(self, tx: Tx, progress: Progress, cancel: threading.Event) -> None:
            context = staff.StaffContext(tx, region_id)
            cleaned = []
            for number, row in enumerate(rows):
                if number % 5000 == 0:
                    progress(number / len(rows), "")
                    if cancel.is_set():
                        return
                values = staff.validate_staff(tx, region_id, row, context=context).raise_first()
                context.claim(values["nip"], None, values["name"])
                cleaned.append(values)
            staff.insert_staff(tx, region_id, cleaned)

        def affected(self, undone: bool) -> Affected:
            return Affected(staff_changed=True)

    app = make_application()
    window = QMainWindow()
    window.resize(800, 600)
    window.show()
    path = Path(tempfile.mkdtemp()) / "stall.sotk"
    shutil.copy(source, path)
    doc = Document(open_store(path), window)
    meter = StallMeter()

    spin(1.0)
    idle = meter.longest(skip=5)
    figures = {"idle_max_gap_ms": idle}
    for label, action in (("write", lambda: doc.run(ImportStaff(doc, "Impor pegawai"))), ("undo", doc.undo)):
        meter.restart()
        started = time.perf_counter()
        action()
        while doc.busy:
            app.processEvents()
            time.sleep(0.001)
        figures[f"{label}_seconds"] = time.perf_counter() - started
        figures[f"{label}_max_gap_ms"] = meter.longest()
    count = doc.store.scalar("SELECT count(*) FROM staff")
    figures["rows_after_undo"] = count
    meter.stop()
    doc.close()
    QApplication.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--load", action="store_true", help="keep one core busy meanwhile")
    args = parser.parse_args()
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if args.load else None
    try:
        folder = Path(tempfile.mkdtemp(prefix="sotk-bulk-"))
        source = folder / "contoh.sotk"
        build_demo(source)
        with open_store(source, read_only=True) as store:
            region_id, rows = generated_rows(store, args.rows)
            before = store.scalar("SELECT count(*) FROM staff")
        runs: dict[str, list[float]] = {"executemany": [], "composable": [], "composable_with_undo": []}
        for _ in range(args.repeat):
            for name in runs:
                copy = folder / f"{name}.sotk"
                shutil.copy(source, copy)
                if name == "executemany":
                    runs[name].append(plain_executemany(copy, region_id, rows))
                else:
                    runs[name].append(composable(copy, region_id, rows, undo=name.endswith("undo")))
                copy.unlink()
        medians = {name: statistics.median(values) for name, values in runs.items()}
        base = medians["executemany"]
        result: dict[str, Any] = {
            "rows": args.rows,
            "loaded": args.load,
            "seconds": medians,
            "ratio_composable": medians["composable"] / base,
            "ratio_composable_with_undo": medians["composable_with_undo"] / base,
        }
        print(
            f"{args.rows:,} staff rows in one transaction ({'loaded' if args.load else 'idle'} machine, median of {args.repeat})"
        )
        print(f"  sqlite3.executemany of the same rows   {base:6.2f} s   (baseline)")
        print(
            f"  validate + insert + audit (composable) {medians['composable']:6.2f} s   {result['ratio_composable']:.2f}×  (target ≤ 4×)"
        )
        print(
            f"  the same with the undo journal         {medians['composable_with_undo']:6.2f} s   {result['ratio_composable_with_undo']:.2f}×"
        )
        stall = event_loop_stall(source, region_id, rows)
        result["event_loop"] = stall
        assert stall["rows_after_undo"] == before, "undo must give back the file as it was"
        print(
            f"Event loop while the {args.rows:,}-row write runs in the background (5 ms timer; idle loop's longest gap {stall['idle_max_gap_ms']:.0f} ms)"
        )
        print(f"  write: {stall['write_seconds']:.2f} s, longest stall {stall['write_max_gap_ms']:.0f} ms  (target < 100 ms)")
        print(f"  undo:  {stall['undo_seconds']:.2f} s, longest stall {stall['undo_max_gap_ms']:.0f} ms  (target < 100 ms)")
        out = ROOT / "bench" / "results" / f"bulk{'-loaded' if args.load else ''}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    finally:
        if burner is not None:
            burner.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
