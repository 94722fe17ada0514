"""Benchmark of `import renstra`: the dry run and the write of a whole perangkat daerah's
Renstra sheet, against reading the same sheet.

Run:  .venv/bin/python bench/bench_renstra_import.py [--file SAMPLE.sotk] [--repeat 5] [--load]

The sheet is the export of the sample's PD with the most Renstra items (written once,
outside the timing), imported back into that PD with its Renstra deleted from the copy (a
new one made by the write), so every row is planned as an addition and written. Measured, medians of ``--repeat`` runs:

* the floor: opening the .xlsx, finding its layout and reading its data rows (calamine);
* the dry run: the same, every row valued, checked against the nomenclature and validated
  with one RenstraContext (nothing written);
* the import: the dry run and the write in one transaction (rolled back after the timing:
  the file is a copy and stays as it was for the next round).

The dry run does the floor's work and more, so its figure is a ratio to the floor; the
import's is printed the same way. ``--load`` keeps one core busy meanwhile. The JSON lands
in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core.demo import build_demo  # noqa: E402
from core.excel.export import export  # noqa: E402
from core.excel.headers import guess_layout  # noqa: E402
from core.excel.importers import IMPORTERS, Target  # noqa: E402
from core.excel.read import open_workbook  # noqa: E402
from core.excel.report import table_rows  # noqa: E402
from core.store import Store, open_store  # noqa: E402

IMPORTER = IMPORTERS["renstra"]


def floor(sheet: Path) -> int:
    with open_workbook(sheet) as book:
        layout = guess_layout(book, "renstra")
        return sum(1 for _ in table_rows(book, layout))


def dry_run(store: Store, sheet: Path, into: int) -> int:
    with open_workbook(sheet) as book:
        plan = IMPORTER.plan(store, book, guess_layout(book, "renstra"), Target(into=into))
    return len(plan.added)


def write(store: Store, sheet: Path, into: int) -> int:
    """The import in one transaction, rolled back once timed (a raised exception ends it)."""

    class Undone(Exception):
        pass

    started = time.perf_counter()
    try:
        with open_workbook(sheet) as book, store.write(undo="bench") as tx:
            plan = IMPORTER.plan(tx, book, guess_layout(book, "renstra"), Target(into=into))
            IMPORTER.write(tx, plan)
            elapsed = time.perf_counter() - started
            raise Undone
    except Undone:
        pass
    return int(elapsed * 1e9)


def median(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="a sample file (default: a scale-1 sample built here)")
    parser.add_argument("--repeat", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-renstra-"))
    path = work / "contoh.sotk"
    if args.file:
        shutil.copy(args.file, path)
    else:
        build_demo(path, seed=1, scale=1)
    store = open_store(path)
    try:
        pd, items = store.one(
            "SELECT s.unit_id, count(*) FROM renstra s JOIN renstra_items i ON i.renstra_id = s.id GROUP BY s.id ORDER BY 2 DESC"
        ).values()
        sheet = work / "renstra.xlsx"
        export(store, "renstra", sheet, unit_id=pd)
        with store.conn:  # a copy: its Renstra goes, so the import adds every row again
            store.conn.execute("DELETE FROM renstra WHERE unit_id = ?", (pd,))
        target = pd
        with maybe_loaded(args.load) as state:
            rows = floor(sheet)
            base = median(lambda: floor(sheet), args.repeat)
            planned = median(lambda: dry_run(store, sheet, target), args.repeat)
            writes = statistics.median(write(store, sheet, target) / 1e9 for _ in range(args.repeat))
        added = dry_run(store, sheet, target)
    finally:
        store.close()
    result = {
        "rows": rows,
        "items": items,
        "added": added,
        "floor_s": base,
        "dry_run_s": planned,
        "import_s": writes,
        "dry_run_ratio": planned / base,
        "import_ratio": writes / base,
        "machine": state,
    }
    print(f"{rows} rows ({added} items) of the largest Renstra, machine {state}, medians of {args.repeat}:")
    print(f"  reading the sheet (floor)   {base * 1000:8.1f} ms")
    print(f"  dry run                     {planned * 1000:8.1f} ms  = {planned / base:.2f}× the floor")
    print(f"  dry run + write (one tx)    {writes * 1000:8.1f} ms  = {writes / base:.2f}× the floor")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"renstra_import_{state}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
