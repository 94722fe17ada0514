"""Benchmarks of the Excel import (issue 13).

Run:  .venv/bin/python bench/bench_import.py [--rows 100000] [--repeat 3] [--load]

* Importing N generated staff rows from an .xlsx (written with openpyxl write-only, outside
  the timing) — open and check the file, guess sheet, header and mapping, the dry run (every
  row valued, matched by NIP, its unit matched by name, validated with one StaffContext) and
  the write (insert_staff in one transaction, committed) — against the floor: python-calamine
  reading the same file into Python rows + ``sqlite3.executemany`` of the same cleaned rows
  into a copy of the same file, committed. Same run, medians; target ≤ 2.5×.
* The dry run of the N-row sheet: the time to its first screen (``first=``: the plan of the
  first 200 rows, handed over while the rest is checked; target < 5 s), to the whole plan,
  and to the whole report as ``main.py import staff --dry-run --json`` prints it (the plan,
  ``plan_json`` and the indented JSON text), each next to calamine reading the same file.
* Peak memory (max RSS) of a process running the dry run and the import (target < 400 MB).
* Beside the ratio (the target, wall clock): each run's two times, the same two as CPU seconds
  of this process (``time.process_time``) and the load average, so that on a shared machine a
  change of the ratio can be told the code's or the machine's.

``--load`` keeps one core busy meanwhile. The JSON lands in bench/results/.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core.demo import build_demo  # noqa: E402
from core.excel.headers import guess_layout  # noqa: E402
from core.excel.import_staff import plan_staff, write_staff_plan  # noqa: E402
from core.excel.read import open_workbook  # noqa: E402
from core.excel.report import plan_json  # noqa: E402
from core.staff import STAFF_FIELDS  # noqa: E402
from core.store import open_for_reading, open_store  # noqa: E402

HEADERS = ["NIP", "Nama", "Gelar depan", "Gelar belakang", "Status", "Golongan", "Jabatan", "Unit"]
STORED = STAFF_FIELDS


def target_pd(path: Path) -> tuple[int, list[str]]:
    """The perangkat daerah with the most sub-units, and their names that are unique in it."""
    with open_for_reading(path) as store:
        from core.units import units_in_order

        tops = store.conn.execute("SELECT id FROM units WHERE edition_id = 1 AND parent_id IS NULL").fetchall()
        best: tuple[int, list[str]] = (0, [])
        for (top,) in tops:
            names = [u.name for u in units_in_order(store, 1, top)]
            unique = [n for n in names if names.count(n) == 1]
            if len(unique) > len(best[1]):
                best = (top, unique)
        return best


def write_sheet(path: Path, count: int, units: list[str], seed: int = 7) -> None:
    """N people as an office export would list them: PNS and PPPK, ranks, units by name."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    ranks = ["II/a", "II/b", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pegawai")
    sheet.append(HEADERS)
    used: set[str] = set()
    while len(used) < count:
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
        sheet.append(
            [
                f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",
                f"Pegawai Contoh {len(used)}",
                rng.choice([None, None, "Drs.", "Ir."]),
                rng.choice([None, "S.E.", "S.Kom.", "M.Si."]),
                "PNS" if pns else "PPPK",
                rng.choice(ranks) if pns else rng.choice(["V", "VII", "IX", "X"]),
                None,
                rng.choice(units),
            ]
        )
    book.save(path)


def dry_run_once(work: Path, sheet: Path, into: int) -> tuple[float, float, float]:
    """Seconds to the first screen (the first 200 rows planned), to the whole plan, and to
    the whole report printed as JSON (as ``--dry-run --json`` does, into memory)."""
    first: list[float] = []
    started = time.perf_counter()
    with open_workbook(sheet) as book:
        layout = guess_layout(book, "staff")
        with open_for_reading(work) as store:
            plan = plan_staff(store, book, layout, into=into, first=lambda _: first.append(time.perf_counter()))
    planned = time.perf_counter()
    json.dump({**plan_json(plan), "dry_run": True, "written": False}, io.StringIO(), ensure_ascii=False, indent=2)
    return first[0] - started, planned - started, time.perf_counter() - started


def import_once(base: Path, work: Path, sheet: Path, into: int) -> tuple[tuple[float, float, float], float, float, int]:
    """(the dry run's seconds as dry_run_once, seconds for the whole import, the CPU seconds
    of this process meanwhile, rows written)."""
    shutil.copy(base, work)
    report = dry_run_once(work, sheet, into)
    started, cpu = time.perf_counter(), time.process_time()
    with open_workbook(sheet) as book:
        layout = guess_layout(book, "staff")
        with open_store(work) as store, store.write(undo="Impor") as tx:
            plan = plan_staff(tx, book, layout, into=into)
            write_staff_plan(tx, plan)
    return report, time.perf_counter() - started, time.process_time() - cpu, len(plan.added)


def floor_once(base: Path, work: Path, sheet: Path, cleaned: list[tuple[Any, ...]]) -> tuple[float, float, float]:
    """python-calamine reading the same file + sqlite3.executemany of the same rows: the
    seconds of the read alone, of both, and the CPU seconds of both."""
    import python_calamine

    shutil.copy(base, work)
    started, cpu = time.perf_counter(), time.process_time()
    book = python_calamine.CalamineWorkbook.from_path(str(sheet))
    rows = list(book.get_sheet_by_index(0).iter_rows())
    assert len(rows) == len(cleaned) + 1
    read = time.perf_counter() - started
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO staff (region_id, {', '.join(STORED)}) VALUES ({', '.join('?' * (len(STORED) + 1))})", cleaned)
    conn.execute("COMMIT")
    conn.close()
    return read, time.perf_counter() - started, time.process_time() - cpu


def cleaned_rows(base: Path, sheet: Path, into: int) -> list[tuple[Any, ...]]:
    with open_workbook(sheet) as book, open_for_reading(base) as store:
        plan = plan_staff(store, book, guess_layout(book, "staff"), into=into)
        region = int(plan.scope["region_id"])
        assert not plan.rejected, plan.rejected[:3]
        return [(region, *(a.values.get(k) for k in STORED)) for a in plan.added]


def peak_memory(base: Path, work: Path, sheet: Path, into: int) -> float:
    """Max RSS (MB) of a fresh process running the dry run and then the import."""
    shutil.copy(base, work)
    code = (
        "import resource, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from bench.bench_import import import_once\n"
        "from pathlib import Path\n"
        f"import_once(Path({str(base)!r}), Path({str(work)!r}), Path({str(sheet)!r}), {into})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    add_option(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_import_"))
    try:
        base = folder / "contoh.sotk"
        build_demo(base, seed=1, scale=1)
        into, units = target_pd(base)
        sheet = folder / "pegawai.xlsx"
        started = time.perf_counter()
        write_sheet(sheet, args.rows, units)
        print(
            f"{args.rows:,} rows written to {sheet.name} ({sheet.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s"
        )
        cleaned = cleaned_rows(base, sheet, into)
        with maybe_loaded(args.load) as state:
            firsts, plans, reports, imports, reads, floors, cpus, floor_cpus = [], [], [], [], [], [], [], []
            for _ in range(args.repeat):  # interleaved: the machine's noise falls on both alike
                (first, planned, report), whole, cpu, written = import_once(base, folder / "import.sotk", sheet, into)
                assert written == args.rows
                firsts.append(first)
                plans.append(planned)
                reports.append(report)
                imports.append(whole)
                cpus.append(cpu)
                read, floor, floor_cpu = floor_once(base, folder / "floor.sotk", sheet, cleaned)
                reads.append(read)
                floors.append(floor)
                floor_cpus.append(floor_cpu)
            load = os.getloadavg()
            memory = peak_memory(base, folder / "memory.sotk", sheet, into)
        median = statistics.median
        result = {
            "rows": args.rows,
            "state": state,
            "import_s": median(imports),
            "floor_s": median(floors),
            "ratio": median(imports) / median(floors),
            "runs": [{"import_s": i, "floor_s": f} for i, f in zip(imports, floors, strict=True)],
            "import_cpu_s": median(cpus),
            "floor_cpu_s": median(floor_cpus),
            "cpu_ratio": median(cpus) / median(floor_cpus),
            "load_average": load,
            "calamine_read_s": median(reads),
            "first_screen_s": median(firsts),
            "dry_run_plan_s": median(plans),
            "dry_run_report_s": median(reports),
            "peak_rss_mb": memory,
            "targets": {"ratio": 2.5, "first_screen_s": 5.0, "peak_rss_mb": 400},
        }
        print(
            f"[{state}] import {result['import_s']:.2f} s vs floor (calamine + executemany) {result['floor_s']:.2f} s:"
            f" {result['ratio']:.2f}× (target ≤ 2.5×); each run {', '.join(f'{i:.2f}/{f:.2f}' for i, f in zip(imports, floors, strict=True))} s"
        )
        print(
            f"[{state}] CPU time of this process: import {result['import_cpu_s']:.2f} s vs floor {result['floor_cpu_s']:.2f} s:"
            f" {result['cpu_ratio']:.2f}× (less stretched by other processes); load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
        )
        read = result["calamine_read_s"]
        for label, key in (("first screen (200 rows)", "first_screen_s"), ("whole plan", "dry_run_plan_s"),
                           ("whole report as --json prints it", "dry_run_report_s")):  # fmt: skip
            print(
                f"[{state}] dry run of {args.rows:,} rows, {label}: {result[key]:.2f} s"
                f" ({result[key] / read:.1f}× calamine reading the file, {read:.2f} s)"
                + (" (target < 5 s)" if key == "first_screen_s" else "")
            )
        print(f"[{state}] peak memory, dry run + import: {memory:.0f} MB (target < 400 MB)")
        out = ROOT / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / f"import_{state}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
