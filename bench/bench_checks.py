"""Benchmarks of the checks (issue: overlapping units and functions, coverage, limits).

Run:  .venv/bin/python bench/bench_checks.py [--scale 10] [--file existing.sotk]

Figures, each with a baseline from the same run:

* all checks on every edition of a --scale N file (target: < 5 s at scale 10), against
  SQLite inserting 1,000,000 plain rows (a measure of this machine's speed now);
* the function-overlap check against scoring all pairs of statements with the same
  similarity function (target: at least 50x faster). The issue's baseline is all pairs of
  the file's statements (those the check compares: support units and template-only
  statements are left out by rule), scored on a sample of 3,000 and extrapolated; it is
  set against the whole overlap check on every edition (reading, normalising, indexing,
  searching; caches emptied first, as in a program just started). The check compares
  statements within an edition only, so the same is also shown edition by edition
  (all pairs on a sample of each edition, extrapolated), with the search alone and its
  growth on the largest edition; the pairs found are compared on the samples (recall
  against all pairs, target 100%);
* the longest stall of the window's event loop while checks re-run after an edit
  (target: < 100 ms), against the longest stall of the idle window.
"""

from __future__ import annotations

import argparse
import itertools
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

from bench.bench_foundation import sqlite_baseline  # noqa: E402
from core.checks import function_overlap, run_checks  # noqa: E402
from core.checks.model import EditionData  # noqa: E402
from core.checks.similarity import all_pairs, similar_pairs  # noqa: E402
from core.regions import list_editions  # noqa: E402
from core.store import open_store  # noqa: E402

SAMPLE_STATEMENTS = 1500


def checks_on_file(path: Path) -> dict[str, float]:
    with open_store(path, read_only=True) as store:
        editions = list_editions(store)
        started = time.perf_counter()
        per_check: dict[str, float] = {}
        findings = 0
        for edition in editions:
            report = run_checks(store, edition.id)
            findings += len(report.findings)
            for name, seconds in report.seconds.items():
                per_check[name] = per_check.get(name, 0.0) + seconds
        total = time.perf_counter() - started
    return {"total_s": total, "editions": len(editions), "findings": findings, **{f"{k}_s": v for k, v in per_check.items()}}


def overlap_against_all_pairs(path: Path) -> dict[str, float]:
    """Indexed search vs. scoring every pair with the same cosine, edition by edition, and
    once more on all comparable statements of the file pooled (a structure that large)."""
    from core.checks import text
    from core.checks.similarity import StatementIndex

    text.analysed.cache_clear()  # as in a program just started
    text.stem.cache_clear()
    function_overlap._trigrams.cache_clear()
    rng = random.Random(1)
    check_s = search_s = all_pairs_estimate_s = 0.0
    statements = pairs_total = 0
    recall_found = recall_expected = 0
    documents: list[list[tuple[str, float]]] = []
    pd_of_document: list[int] = []
    with open_store(path, read_only=True) as store:
        for edition in list_editions(store):
            data = EditionData(store, edition.id)
            started = time.perf_counter()
            overlap = function_overlap.build_index(data)
            searched = time.perf_counter()
            found = similar_pairs(overlap.index, overlap.warning_from, overlap.pds)
            search_s += time.perf_counter() - searched
            check_s += time.perf_counter() - started
            documents.extend(overlap.documents)
            pd_of_document.extend(overlap.pd(i) for i in range(overlap.index.size))
            n = overlap.index.size
            statements += n
            pairs_total += n * (n - 1) // 2
            sample = sorted(rng.sample(range(n), min(n, SAMPLE_STATEMENTS)))
            started = time.perf_counter()
            baseline = all_pairs(overlap.index, overlap.warning_from, overlap.pds, only=sample)
            sample_s = time.perf_counter() - started
            sample_pairs = len(sample) * (len(sample) - 1) // 2
            all_pairs_estimate_s += sample_s / max(1, sample_pairs) * (n * (n - 1) // 2)
            in_sample = set(sample)
            indexed_in_sample = {(a, b) for a, b, _ in found if a in in_sample and b in in_sample}
            expected = {(a, b) for a, b, _ in baseline}
            recall_expected += len(expected)
            recall_found += len(expected & indexed_in_sample)
    pooled = StatementIndex(documents)

    started = time.perf_counter()
    similar_pairs(pooled, 0.6, pd_of_document)
    pooled_search_s = time.perf_counter() - started
    sample = sorted(rng.sample(range(pooled.size), min(pooled.size, 3000)))
    started = time.perf_counter()
    all_pairs(pooled, 0.6, pd_of_document, only=sample)
    per_pair = (time.perf_counter() - started) / (len(sample) * (len(sample) - 1) // 2)
    pooled_all_pairs_s = per_pair * pooled.size * (pooled.size - 1) / 2
    # The gain grows with the size of an edition (about n/30): show it on the largest one,
    # cut to a quarter, a half and all of its statements.
    growth = []
    with open_store(path, read_only=True) as store:
        largest = max(list_editions(store), key=lambda e: len(EditionData(store, e.id).statements))
        overlap = function_overlap.build_index(EditionData(store, largest.id))
    for share in (0.25, 0.5, 1.0):
        subset = list(range(int(overlap.index.size * share)))
        started = time.perf_counter()
        similar_pairs(overlap.index, overlap.warning_from, overlap.pds, only=subset)
        fast = time.perf_counter() - started
        started = time.perf_counter()
        all_pairs(overlap.index, overlap.warning_from, overlap.pds, only=subset)
        slow = time.perf_counter() - started
        growth.append({"statements": len(subset), "search_s": fast, "all_pairs_s": slow, "speedup": slow / fast})
    return {
        "growth": growth,
        "statements": statements,
        "pairs": pairs_total,
        "check_s": check_s,
        "search_s": search_s,
        "all_pairs_estimate_s": all_pairs_estimate_s,
        "speedup_check": all_pairs_estimate_s / check_s,
        "speedup_search": all_pairs_estimate_s / search_s,
        "pooled_statements": pooled.size,
        "pooled_search_s": pooled_search_s,
        "pooled_all_pairs_estimate_s": pooled_all_pairs_s,
        "speedup_pooled": pooled_all_pairs_s / pooled_search_s,
        "speedup_file": pooled_all_pairs_s / check_s,
        "recall": recall_found / recall_expected if recall_expected else 1.0,
        "recall_pairs": recall_expected,
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
    args = parser.parse_args()
    results: dict[str, object] = {}
    baseline = sqlite_baseline()
    results["baseline_sqlite_1M_rows_s"] = baseline
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="sotk-bench-")) / f"scale{args.scale}.sotk"
        results["counts"] = build_demo(path, seed=1, scale=args.scale)
    checks = checks_on_file(path)
    results["checks"] = checks
    print(
        f"all checks, {checks['editions']} editions   {checks['total_s']:6.2f} s (target < 5 s)   "
        f"baseline SQLite 1M rows {baseline:.2f} s, ratio {checks['total_s'] / baseline:.1f}x   {checks['findings']} findings"
    )
    print("   per check: " + ", ".join(f"{k[:-2]} {v:.2f} s" for k, v in checks.items() if k.endswith("_s") and k != "total_s"))
    overlap = overlap_against_all_pairs(path)
    results["overlap"] = overlap
    print(
        f"overlap check, every edition {overlap['check_s']:6.2f} s for {overlap['statements']} comparable statements, caches empty "
        f"(normalising and indexing {overlap['check_s'] - overlap['search_s']:.2f} s, search {overlap['search_s']:.3f} s)"
    )
    print(
        f"all pairs of the file's statements, same cosine {overlap['pooled_all_pairs_estimate_s']:.1f} s (extrapolated from 3,000)"
        f"   speed-up: search {overlap['pooled_all_pairs_estimate_s'] / overlap['search_s']:.0f}x (target >= 50x), "
        f"whole check {overlap['speedup_file']:.0f}x"
    )
    print(
        f"all pairs edition by edition {overlap['all_pairs_estimate_s']:6.2f} s ({overlap['pairs']:,} pairs, extrapolated from "
        f"{SAMPLE_STATEMENTS} per edition)   speed-up: search {overlap['speedup_search']:.0f}x, whole check {overlap['speedup_check']:.0f}x"
    )
    print(
        f"all statements as one edition: search {overlap['pooled_search_s']:.2f} s vs all pairs "
        f"{overlap['pooled_all_pairs_estimate_s']:.0f} s (extrapolated)   speed-up {overlap['speedup_pooled']:.0f}x"
    )
    for step in overlap["growth"]:
        print(
            f"   largest edition, {step['statements']:5d} statements: search {step['search_s'] * 1000:6.1f} ms, "
            f"all pairs {step['all_pairs_s'] * 1000:7.1f} ms, speed-up {step['speedup']:.0f}x"
        )
    print(
        f"recall against all pairs     {overlap['recall']:.0%} of {overlap['recall_pairs']} pairs above the threshold in the samples (target 100%)"
    )
    stalls = gui_stalls(path)
    results["gui"] = stalls
    print(
        f"window stall while checks re-run after an edit  {stalls['rerun_stall_s'] * 1000:5.0f} ms max over {stalls['edits']} edits "
        f"(target < 100 ms); idle window {stalls['idle_stall_s'] * 1000:.0f} ms; the edit itself {stalls['edit_s'] * 1000:.0f} ms"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"checks-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
