"""Benchmark of the structure import (issue 13).

Run:  .venv/bin/python bench/bench_import_structure.py [--units 10000] [--repeat 3] [--load]

* Importing a structure sheet of N units (written with openpyxl write-only, outside the
  timing: outline numbers 1, 1.1, 1.1.1, kind in words, typology, eselon, urusan codes and
  two function statements per unit) into a new region and edition of an empty file — open
  and check the file, guess sheet, header and mapping, the dry run (every row's place, kind,
  urusan and functions, matched by path) and the write (units, functions and urusan, one
  statement each, in one transaction with the undo journal on, committed) — against the
  floor: python-calamine reading the same file into Python rows + ``sqlite3.executemany`` of
  the same rows (the region, the edition, the same units, functions and urusan) into a copy of
  the same empty file, committed. Same run, interleaved, medians.
* The dry run alone (a read-only file, nothing written) next to calamine reading the file.

``--load`` keeps one core busy meanwhile. The JSON lands in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core.excel.headers import guess_layout  # noqa: E402
from core.excel.import_structure import plan_structure, write_structure_plan  # noqa: E402
from core.excel.importers import Target  # noqa: E402
from core.excel.read import open_workbook  # noqa: E402
from core.reference import load_reference  # noqa: E402
from core.store import create_store, open_for_reading, open_store  # noqa: E402

HEADERS = ["No.", "Nama unit", "Jenis", "Tipologi", "Eselon", "Urusan", "Fungsi"]
TARGET = Target(new_edition="Perda 1/2025", new_region=("Provinsi Bench", "provinsi", "99"))
TABLES = ("regions", "editions", "units", "unit_functions", "unit_urusan")


def write_sheet(path: Path, count: int, seed: int = 7) -> int:
    """About ``count`` units: perangkat daerah of a sekretariat with three subbagian, five
    bidang of three seksi each and UPTD, until the count is reached. Returns the rows written."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    codes = [c for c in load_reference().urusan if c[0] in "123"]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Struktur")
    sheet.append(["SUSUNAN ORGANISASI PERANGKAT DAERAH PROVINSI BENCH"])
    sheet.append([])
    sheet.append(HEADERS)
    written = 0

    def row(number: str, name: str, kind: str, eselon: str | None, typology: str | None = None, urusan: str = "") -> None:
        nonlocal written
        functions = f"1. perumusan kebijakan {name.lower()}\n2. pelaksanaan kebijakan {name.lower()}"
        sheet.append([number, name, kind, typology, eselon, urusan, functions])
        written += 1

    pd = 0
    while written < count:
        pd += 1
        chosen = rng.sample(codes, rng.randint(1, 2))
        row(f"{pd}", f"Dinas Bench {pd}", "Dinas", "IIa", rng.choice("ABC"), ";".join(chosen))
        row(f"{pd}.1", "Sekretariat", "Sekretariat", "IIIa")
        for n, part in enumerate(("Umum dan Kepegawaian", "Keuangan", "Perencanaan"), start=1):
            row(f"{pd}.1.{n}", f"Subbagian {part}", "Subbagian", "IVa")
        for b in range(1, 6):
            row(f"{pd}.{b + 1}", f"Bidang {b} Dinas {pd}", "Bidang", "IIIb")
            for s in range(1, 4):
                row(f"{pd}.{b + 1}.{s}", f"Seksi {s} Bidang {b}", "Seksi", "IVa")
        for u in range(1, rng.randint(2, 8)):
            row(f"{pd}.{u + 6}", f"UPTD {u} Dinas {pd}", "UPTD", "IVa")
    book.save(path)
    return written


def import_once(base: Path, work: Path, sheet: Path) -> tuple[float, int]:
    """Seconds for the whole import into a copy of the empty file, and units written."""
    shutil.copy(base, work)
    started = time.perf_counter()
    with open_workbook(sheet) as book:
        layout = guess_layout(book, "structure")
        with open_store(work) as store, store.write(undo="Impor struktur") as tx:
            plan = plan_structure(tx, book, layout, target=TARGET)
            assert not plan.rejected, plan.rejected[:3]
            written = write_structure_plan(tx, plan)["added"]
    return time.perf_counter() - started, written


def dry_run_once(base: Path, sheet: Path) -> float:
    started = time.perf_counter()
    with open_workbook(sheet) as book, open_for_reading(base) as store:
        plan = plan_structure(store, book, guess_layout(book, "structure"), target=TARGET)
    assert plan.added
    return time.perf_counter() - started


def written_rows(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """What an import wrote, table by table (columns, rows): the floor writes the same."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            found[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return found
    finally:
        conn.close()


def floor_once(
    base: Path, work: Path, sheet: Path, rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]]
) -> tuple[float, float]:
    """python-calamine reading the same file + sqlite3.executemany of the same rows: the
    seconds of the read alone, and of both."""
    import python_calamine

    shutil.copy(base, work)
    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(sheet))
    read_rows = list(book.get_sheet_by_index(0).iter_rows())
    assert len(read_rows) >= len(rows["units"][1])
    read = time.perf_counter() - started
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        columns, values = rows[table]
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
    conn.execute("COMMIT")
    conn.close()
    return read, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    add_option(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_import_structure_"))
    try:
        base = folder / "kosong.sotk"
        create_store(base).close()
        sheet = folder / "struktur.xlsx"
        started = time.perf_counter()
        count = write_sheet(sheet, args.units)
        print(
            f"{count:,} units written to {sheet.name} ({sheet.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s"
        )
        import_once(base, folder / "rows.sotk", sheet)
        rows = written_rows(folder / "rows.sotk")
        assert len(rows["units"][1]) == count
        with maybe_loaded(args.load) as state:
            imports, dry_runs, reads, floors = [], [], [], []
            for _ in range(args.repeat):  # interleaved: the machine's noise falls on both alike
                whole, written = import_once(base, folder / "import.sotk", sheet)
                assert written == count
                imports.append(whole)
                dry_runs.append(dry_run_once(base, sheet))
                read, floor = floor_once(base, folder / "floor.sotk", sheet, rows)
                reads.append(read)
                floors.append(floor)
        median = statistics.median
        result = {
            "units": count,
            "functions": len(rows["unit_functions"][1]),
            "urusan": len(rows["unit_urusan"][1]),
            "state": state,
            "import_s": median(imports),
            "floor_s": median(floors),
            "ratio": median(imports) / median(floors),
            "dry_run_s": median(dry_runs),
            "calamine_read_s": median(reads),
            "dry_run_vs_read": median(dry_runs) / median(reads),
        }
        print(
            f"[{state}] import of {count:,} units ({result['functions']:,} functions, {result['urusan']:,} urusan)"
            f" {result['import_s']:.2f} s vs floor (calamine + executemany of the same rows) {result['floor_s']:.2f} s:"
            f" {result['ratio']:.2f}×"
        )
        print(
            f"[{state}] dry run {result['dry_run_s']:.2f} s: {result['dry_run_vs_read']:.1f}× calamine reading the file"
            f" ({result['calamine_read_s']:.2f} s)"
        )
        out = ROOT / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / f"import_structure_{state}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
