"""Benchmarks of the checks (issue: overlapping units and functions, coverage, limits).

Run:  .venv/bin/python bench/bench_checks.py [--scale 10] [--file existing.sotk] [--repeat 3] [--load]

Figures, each with a baseline from the same run that does the same work:

* all checks on every edition of a --scale N file, planning included (target: < 3 s at
  scale 10, with its Renstra of about 100,000 sub-kegiatan rows), wall and CPU time, medians
  of --repeat fresh processes (caches empty, as in a program just started), each run beside
  reading the data the checks share (every edition's units, urusan, statements and plans)
  in a fresh process of its own: the floor under any checks, printed as the share of the
  checks' time it takes; and the time SQLite takes to insert 1,000,000 plain rows in the
  same run: a gauge of how fast the machine is now, not a comparison;
* the function-overlap search against scoring all pairs of the same statements with the
  same cosine, threshold and rule (pairs within one perangkat daerah are not compared),
  edition by edition, since the check compares statements within an edition only: every
  statement the check compares (support units and template-only statements are left out by
  rule), both sides measured in full on the same index, medians of --repeat; the headline
  (target: at least 50x) is the sum over every edition of all pairs against the sum of the
  searches. Recall is the share of the pairs all-pairs scoring finds that the search finds
  too (target 100%). Also shown: the whole check (reading, normalising, indexing; caches
  emptied first, as in a program just started) plus the search against the same work plus
  all pairs; the search's growth on the largest edition (a quarter, a half, all of its
  statements, both sides on the same subset); and every comparable statement of the file
  pooled as if one edition (a structure that large): the search against all pairs of the
  same pooled index, all pairs extrapolated from a sample of 3,000 and recall on that sample;
* the longest stall of the window's event loop while checks re-run after an edit
  (target: < 100 ms), against the longest stall of the idle window.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_foundation import sqlite_baseline  # noqa: E402
from bench.load import add_option, maybe_loaded  # noqa: E402
from core.checks import function_overlap, run_checks  # noqa: E402
from core.checks.model import EditionData  # noqa: E402
from core.checks.similarity import all_pairs, similar_pairs  # noqa: E402
from core.regions import list_editions  # noqa: E402
from core.store import open_store  # noqa: E402

POOLED_SAMPLE = 3000  # statements whose pairs are all scored when the whole file is pooled


def checks_on_file(path: Path) -> dict[str, float]:
    with open_store(path, read_only=True) as store:
        editions = list_editions(store)
        started, cpu = time.perf_counter(), time.process_time()
        per_check: dict[str, float] = {}
        findings = 0
        for edition in editions:
            report = run_checks(store, edition.id)
            findings += len(report.findings)
            for name, seconds in report.seconds.items():
                per_check[name] = per_check.get(name, 0.0) + seconds
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "total_s": total,
        "cpu_s": cpu,
        "editions": len(editions),
        "findings": findings,
        **{f"{k}_s": v for k, v in per_check.items()},
    }


def reading_alone(path: Path) -> dict[str, float]:
    """What every run of the checks reads before any check works: the floor under them."""
    from core.checks.plan_data import plan_data

    with open_store(path, read_only=True) as store:
        editions = list_editions(store)
        started, cpu = time.perf_counter(), time.process_time()
        for edition in editions:
            plan_data(EditionData(store, edition.id))
        return {"total_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu}


def _in_fresh_process(name: str, path: Path) -> dict[str, float]:
    """Run ``name`` of this module on ``path`` in a new interpreter (its caches empty)."""
    import subprocess

    code = f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); from bench import bench_checks as b; from pathlib import Path; print(json.dumps(b.{name}(Path({str(path)!r}))))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def checks_beside_reading(path: Path, repeat: int) -> dict[str, object]:
    """All checks and the reading alone, each in a fresh process, in turn ``repeat`` times
    (a burst of load hits both alike); medians, and the runs themselves."""
    runs: list[dict[str, float]] = []
    reads: list[dict[str, float]] = []
    for _ in range(repeat):
        runs.append(_in_fresh_process("checks_on_file", path))
        reads.append(_in_fresh_process("reading_alone", path))
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    return {
        **median,
        "reading_s": statistics.median(r["total_s"] for r in reads),
        "reading_cpu_s": statistics.median(r["cpu_s"] for r in reads),
        "runs_s": [round(r["total_s"], 3) for r in runs],
        "reading_runs_s": [round(r["total_s"], 3) for r in reads],
    }


def _interleaved(search: Callable[[], list], every_pair: Callable[[], list], repeat: int) -> tuple[float, float, list, list]:  # type: ignore[type-arg]
    """Median seconds of the search and of all-pairs scoring, run in turn ``repeat`` times (a
    burst of load hits both sides alike), and their answers."""
    fast: list[float] = []
    slow: list[float] = []
    found: list = []  # type: ignore[type-arg]
    expected: list = []  # type: ignore[type-arg]
    for _ in range(repeat):
        started = time.perf_counter()
        found = search()
        fast.append(time.perf_counter() - started)
        started = time.perf_counter()
        expected = every_pair()
        slow.append(time.perf_counter() - started)
    return statistics.median(fast), statistics.median(slow), found, expected


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _recall(found: list, expected: list) -> tuple[int, int]:  # type: ignore[type-arg]
    """(pairs all-pairs scoring found that the search found too, pairs all-pairs found)."""
    wanted = {(a, b) for a, b, _ in expected}
    return len(wanted & {(a, b) for a, b, _ in found}), len(wanted)


def overlap_against_all_pairs(path: Path, repeat: int = 3) -> dict[str, object]:
    """Indexed search vs. scoring every pair of the same statements with the same cosine,
    edition by edition; then the same on every comparable statement of the file pooled."""
    from core.checks import text
    from core.checks.similarity import StatementIndex

    text.analysed.cache_clear()  # as in a program just started
    text.stem.cache_clear()
    function_overlap._trigrams.cache_clear()
    editions: list[dict[str, object]] = []
    documents: list[list[tuple[str, float]]] = []
    pd_of_document: list[int] = []
    largest = None
    with open_store(path, read_only=True) as store:
        for edition in list_editions(store):
            started = time.perf_counter()
            overlap = function_overlap.build_index(EditionData(store, edition.id))
            build_s = time.perf_counter() - started
            index, threshold, groups = overlap.index, overlap.warning_from, overlap.pds
            search_s, all_pairs_s, found, expected = _interleaved(
                partial(similar_pairs, index, threshold, groups), partial(all_pairs, index, threshold, groups), repeat
            )
            found_both, expected_n = _recall(found, expected)
            editions.append(
                {
                    "edition": edition.id,
                    "statements": index.size,
                    "build_s": build_s,
                    "search_s": search_s,
                    "all_pairs_s": all_pairs_s,
                    "speedup": all_pairs_s / search_s,
                    "pairs_found": len(found),
                    "pairs_expected": expected_n,
                    "pairs_found_of_expected": found_both,
                }
            )
            documents.extend(overlap.documents)
            pd_of_document.extend(overlap.pd(i) for i in range(index.size))
            if largest is None or index.size > largest.index.size:
                largest = overlap
    assert largest is not None
    search_total = sum(e["search_s"] for e in editions)  # type: ignore[misc]
    all_pairs_total = sum(e["all_pairs_s"] for e in editions)  # type: ignore[misc]
    build_total = sum(e["build_s"] for e in editions)  # type: ignore[misc]
    expected_total = sum(e["pairs_expected"] for e in editions)  # type: ignore[misc]
    found_total = sum(e["pairs_found_of_expected"] for e in editions)  # type: ignore[misc]

    # The gain grows with the size of an edition: the largest one, cut to a quarter, a half, all.
    growth = []
    for share in (0.25, 0.5, 1.0):
        subset = list(range(int(largest.index.size * share)))
        arguments = (largest.index, largest.warning_from, largest.pds)
        fast, slow, _, _ = _interleaved(
            partial(similar_pairs, *arguments, only=subset), partial(all_pairs, *arguments, only=subset), repeat
        )
        growth.append({"statements": len(subset), "search_s": fast, "all_pairs_s": slow, "speedup": slow / fast})

    # Every comparable statement as one edition, on one index: search in full, all pairs on a
    # sample (extrapolated by the number of pairs), recall on the sample.
    pooled = StatementIndex(documents)
    threshold = largest.warning_from
    pooled_search_s = statistics.median(_timed(partial(similar_pairs, pooled, threshold, pd_of_document)) for _ in range(repeat))
    sample = sorted(random.Random(1).sample(range(pooled.size), min(pooled.size, POOLED_SAMPLE)))
    _, sample_s, sample_found, sample_expected = _interleaved(
        partial(similar_pairs, pooled, threshold, pd_of_document, only=sample),
        partial(all_pairs, pooled, threshold, pd_of_document, only=sample),
        1,
    )
    pooled_all_pairs_s = sample_s / (len(sample) * (len(sample) - 1) / 2) * (pooled.size * (pooled.size - 1) / 2)
    pooled_found, pooled_expected = _recall(sample_found, sample_expected)
    return {
        "editions": editions,
        "statements": sum(e["statements"] for e in editions),  # type: ignore[misc]
        "build_s": build_total,
        "search_s": search_total,
        "all_pairs_s": all_pairs_total,
        "speedup_search": all_pairs_total / search_total,
        "speedup_check": (build_total + all_pairs_total) / (build_total + search_total),
        "recall": found_total / expected_total if expected_total else 1.0,
        "recall_pairs": expected_total,
        "growth": growth,
        "pooled_statements": pooled.size,
        "pooled_search_s": pooled_search_s,
        "pooled_sample": len(sample),
        "pooled_all_pairs_estimate_s": pooled_all_pairs_s,
        "speedup_pooled": pooled_all_pairs_s / pooled_search_s,
        "pooled_recall": pooled_found / pooled_expected if pooled_expected else 1.0,
        "pooled_recall_pairs": pooled_expected,
    }


def gui_stalls(path: Path, edits: int = 5) -> dict[str, float]:
    """Longest gap between 5 ms timer ticks while the checks re-run after each edit."""
    import shutil

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui import commands
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="sotk-bench-gui-"))
    copy = work / "big.sotk"
    shutil.copy(path, copy)
    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    window = MainWindow(Settings())
    window.show()
    window.open_path(copy)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def wait_report(previous: object, limit: float = 60.0) -> None:
        started = time.perf_counter()
        while (window.checks_panel.report is previous or window.checks.runner.running) and time.perf_counter() - started < limit:
            QApplication.processEvents()
            time.sleep(0.001)

    def longest_gap() -> float:
        return max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)

    wait_report(None)
    timer.start()
    ticks.clear()
    idle_until = time.perf_counter() + 1.0
    while time.perf_counter() < idle_until:
        QApplication.processEvents()
        time.sleep(0.001)
    idle = longest_gap()
    store = window.doc.store  # type: ignore[union-attr]
    targets = [row["id"] for row in store.rows("SELECT id FROM units WHERE edition_id = 1 AND kind = 'bidang' LIMIT ?", (edits,))]
    worst = 0.0
    edit_s = 0.0
    for number, unit_id in enumerate(targets):
        previous = window.checks_panel.report
        ticks.clear()
        began = time.perf_counter()
        window.doc.run(commands.UpdateUnitCommand(window.doc, unit_id, name=f"Bidang Diubah {number}"))  # type: ignore[union-attr, arg-type]
        edit_s = max(edit_s, time.perf_counter() - began)
        wait_report(previous)
        worst = max(worst, longest_gap())
    timer.stop()
    window.close()
    return {"idle_stall_s": idle, "rerun_stall_s": worst, "edit_s": edit_s, "edits": len(targets)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each overlap measurement (medians)")
    add_option(parser)
    args = parser.parse_args()
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    results: dict[str, object] = {"machine": state}
    baseline = sqlite_baseline()
    results["baseline_sqlite_1M_rows_s"] = baseline
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="sotk-bench-")) / f"scale{args.scale}.sotk"
        results["counts"] = build_demo(path, seed=1, scale=args.scale)
    checks = checks_beside_reading(path, args.repeat)
    results["checks"] = checks
    print(
        f"all checks, {checks['editions']:.0f} editions   {checks['total_s']:6.2f} s wall, {checks['cpu_s']:.2f} s CPU "
        f"(target < 3 s; medians of {args.repeat} fresh processes: {checks['runs_s']})   {checks['findings']:.0f} findings"
    )
    print(
        f"   reading the data they share alone (the floor) {checks['reading_s']:.2f} s wall, {checks['reading_cpu_s']:.2f} s CPU: "
        f"the checks take {checks['total_s'] / checks['reading_s']:.1f}x the reading   "
        f"(how fast the machine is now: SQLite inserting 1M rows {baseline:.2f} s)"
    )
    per_check = {
        k: v for k, v in checks.items() if k.endswith("_s") and k not in ("total_s", "cpu_s", "reading_s", "reading_cpu_s")
    }
    print("   per check: " + ", ".join(f"{k[:-2]} {v:.2f} s" for k, v in per_check.items() if isinstance(v, float)))
    overlap = overlap_against_all_pairs(path, args.repeat)
    results["overlap"] = overlap
    print(
        f"overlap search against all pairs of the same statements, same cosine, edition by edition "
        f"(medians of {args.repeat}, both sides in full):"
    )
    for e in overlap["editions"]:  # type: ignore[union-attr]
        print(
            f"   edition {e['edition']:3d}, {e['statements']:5d} statements: search {e['search_s'] * 1000:7.1f} ms, "
            f"all pairs {e['all_pairs_s'] * 1000:8.1f} ms, speed-up {e['speedup']:5.0f}x, "
            f"recall {e['pairs_found_of_expected']}/{e['pairs_expected']}"
        )
    print(
        f"every edition, {overlap['statements']} statements: search {overlap['search_s']:.3f} s vs all pairs "
        f"{overlap['all_pairs_s']:.2f} s   speed-up {overlap['speedup_search']:.0f}x (target >= 50x)   "
        f"recall {overlap['recall']:.0%} of {overlap['recall_pairs']} pairs (target 100%)"
    )
    print(
        f"   with the check's own work on both sides (reading, normalising, indexing {overlap['build_s']:.2f} s, caches empty): "
        f"check {overlap['build_s'] + overlap['search_s']:.2f} s vs {overlap['build_s'] + overlap['all_pairs_s']:.2f} s, "
        f"speed-up {overlap['speedup_check']:.1f}x"
    )
    for step in overlap["growth"]:  # type: ignore[union-attr]
        print(
            f"   largest edition, {step['statements']:5d} statements: search {step['search_s'] * 1000:6.1f} ms, "
            f"all pairs {step['all_pairs_s'] * 1000:7.1f} ms, speed-up {step['speedup']:.0f}x"
        )
    print(
        f"all {overlap['pooled_statements']} statements pooled as one edition (a structure that large): search "
        f"{overlap['pooled_search_s']:.2f} s vs all pairs {overlap['pooled_all_pairs_estimate_s']:.0f} s "
        f"({'extrapolated from ' + format(overlap['pooled_sample'], ',') if overlap['pooled_sample'] < overlap['pooled_statements'] else 'in full'})   speed-up {overlap['speedup_pooled']:.0f}x   "
        f"recall {overlap['pooled_recall']:.0%} of {overlap['pooled_recall_pairs']} pairs"
    )
    stalls = gui_stalls(path)
    results["gui"] = stalls
    print(
        f"window stall while checks re-run after an edit  {stalls['rerun_stall_s'] * 1000:5.0f} ms max over {stalls['edits']} edits "
        f"(target < 100 ms); idle window {stalls['idle_stall_s'] * 1000:.0f} ms; the edit itself {stalls['edit_s'] * 1000:.0f} ms"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"checks-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
