"""The synergy matrix (peta sinergi) of a province: core.plans.synergy building both axes,
against the same statements executed and fetched with nothing built from them (same
statements, same rows: a ratio), and the PDF written. Medians of --repeat rounds.

Run:  .venv/bin/python bench/bench_synergy.py --file scale10.sotk [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.plans import synergy  # noqa: E402
from core.plans.rpjmd import region_rpjmd  # noqa: E402
from core.store import open_store  # noqa: E402
from reports.catalog import write_report  # noqa: E402
from reports.page import ReportOptions  # noqa: E402


def median_of(work: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, Any] = {"file": args.file}
    with open_store(args.file, read_only=True) as store:
        plan = region_rpjmd(store, 1)[0]
        items = store.scalar("SELECT count(*) FROM renstra_items")

        def built() -> None:
            for axis in synergy.AXES:
                synergy.synergy_matrix(store, plan.id, plan.name, axis)

        def plain() -> None:
            for axis in synergy.AXES:
                table, column = synergy._LINKS[axis]
                store.conn.execute(synergy._COLUMNS_SQL[axis], (plan.id,)).fetchall()
                store.conn.execute(synergy._ENTRIES_SQL.format(table=table, column=column), (plan.id,)).fetchall()
                store.conn.execute(synergy._QUIET_PDS_SQL, (plan.id,)).fetchall()

        built()  # warm the page cache
        results["matrix_s"] = median_of(built, args.repeat)
        results["plain_sql_s"] = median_of(plain, args.repeat)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "sinergi.pdf"
            results["pdf_s"] = median_of(
                lambda: write_report(store, "synergy", out, ReportOptions(paper="A3")), max(1, args.repeat // 2)
            )
    print(f"{items} Renstra items in the file")
    print(
        f"matrix, both axes: {results['matrix_s'] * 1000:.1f} ms; the same statements fetched: {results['plain_sql_s'] * 1000:.1f} ms"
        f" (ratio {results['matrix_s'] / results['plain_sql_s']:.2f})"
    )
    print(f"the PDF on A3: {results['pdf_s']:.2f} s (reportlab loaded once before)")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"synergy-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
