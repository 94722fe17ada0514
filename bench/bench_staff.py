"""Benchmarks of staff and competencies (issue: positions, staff and competencies).

Run:  .venv/bin/python bench/bench_staff.py [--scale 10] [--file existing.sotk]

* The region-wide staff list of every person in the file (about 100,000 at scale 10):
  time to the first rows painted (target < 150 ms; the nine-box counts follow), scrolling to the end, rows held in
  memory (never all), and memory growth (target < 150 MB); baseline: reading every row
  at once, as a model without lazy fetching would.
* JPM for everyone (target < 3 s), against computing it one person at a time with a
  query each (measured on a sample, extrapolated).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.load import add_option, maybe_loaded  # noqa: E402
from core import competency  # noqa: E402
from core.staff import StaffFilter, staff_ids, staff_rows  # noqa: E402
from core.store import open_store  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def staff_list(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.panels.staff_browser import StaffBrowser

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = open_store(path, read_only=True)
    browser = StaffBrowser()
    browser.resize(1300, 700)
    browser.show()
    QApplication.processEvents()
    before = rss_mb()
    from bench.first_paint import first_rows
    from core.regions import list_regions

    first, settled = first_rows(browser.view, lambda: browser.set_store(store, [(r.id, r.name) for r in list_regions(store)]))
    model = browser.model
    assert model is not None
    total = model.rowCount()
    started = time.perf_counter()
    view = browser.view
    bar = view.verticalScrollBar()
    steps = 0
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        QApplication.processEvents()
        steps += 1
    scroll = time.perf_counter() - started
    held = model.pages_held()
    after = rss_mb()
    ids = staff_ids(store, StaffFilter())
    started = time.perf_counter()
    everything = [row for start in range(0, len(ids), 900) for row in staff_rows(store, ids[start : start + 900])]
    all_at_once = time.perf_counter() - started
    browser.close()
    store.close()
    return {
        "rows": total,
        "first_rows_s": first,
        "with_nine_box_s": settled,
        "scroll_to_end_s": scroll,
        "scroll_pages": steps,
        "rows_held_after_scroll": held,
        "memory_growth_mb": after - before,
        "baseline_all_rows_s": all_at_once,
        "baseline_rows": len(everything),
    }


def jpm_all(path: Path) -> dict[str, float]:
    with open_store(path, read_only=True) as store:
        started = time.perf_counter()
        results = competency.jpm(store)
        seconds = time.perf_counter() - started
        people = [r.staff_id for r in results]
        sample = random.Random(1).sample(people, min(2000, len(people)))
        started = time.perf_counter()
        for staff_id in sample:
            competency.gaps_of(store, staff_id)  # one query per person: what a naive loop does
        per_person = (time.perf_counter() - started) / len(sample)
    return {"people": len(results), "jpm_s": seconds, "one_by_one_estimate_s": per_person * len(results)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    add_option(parser)
    args = parser.parse_args()
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="sotk-bench-")) / f"scale{args.scale}.sotk"
        build_demo(path, seed=1, scale=args.scale)
    results: dict[str, object] = {}
    listing = staff_list(path)
    results["staff_list"] = listing
    print(
        f"staff list of {listing['rows']:,} people: first rows painted {listing['first_rows_s'] * 1000:.0f} ms (target < 150 ms), "
        f"nine-box counts by {listing['with_nine_box_s'] * 1000:.0f} ms; "
        f"scrolled to the end in {listing['scroll_to_end_s']:.2f} s over {listing['scroll_pages']} pages"
    )
    print(
        f"   rows held after scrolling {listing['rows_held_after_scroll']:,} of {listing['rows']:,} (never all); "
        f"memory growth {listing['memory_growth_mb']:.0f} MB (target < 150 MB)"
    )
    print(
        f"   baseline: a list that reads every row before showing any waits at least {listing['baseline_all_rows_s']:.2f} s "
        f"for its first rows (reading them alone): ratio {listing['baseline_all_rows_s'] / listing['first_rows_s']:.0f}x"
    )
    score = jpm_all(path)
    results["jpm"] = score
    print(
        f"JPM for {score['people']:,} people: {score['jpm_s']:.2f} s (target < 3 s); one person at a time "
        f"(extrapolated from 2,000) {score['one_by_one_estimate_s']:.1f} s, ratio {score['one_by_one_estimate_s'] / score['jpm_s']:.1f}x"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"staff-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
