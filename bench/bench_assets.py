"""Benchmarks of the asset register (issue: assets per unit).

Run:  .venv/bin/python bench/bench_assets.py [--scale 10] [--file existing.sotk]

* Summary per perangkat daerah and KIB of every asset (about 300,000 at scale 10):
  target < 1 s; baseline: a bare scan of the asset table's three columns it needs.
* Moving 10,000 assets in one action through the undoable command: target < 2 s, one
  transaction, one undo step (and undoing it); baseline: the same moves one at a time,
  a transaction each, as a loop over single moves does (measured on 500, extrapolated).
* The region-wide asset list: time to the first rows, sorting by value, a text filter;
  baseline: reading every row at once.
The file is copied first: the moves never touch ``--file``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.load import add_option, maybe_loaded  # noqa: E402
from core import assets  # noqa: E402
from core.store import open_store  # noqa: E402


def best_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def summary(path: Path) -> dict[str, float]:
    with open_store(path, read_only=True) as store:
        rows: list[assets.SummaryRow] = []
        seconds = best_of(3, lambda: rows.extend(assets.summary(store)))
        scan = best_of(3, lambda: store.conn.execute("SELECT unit_id, kib, value_sen FROM assets").fetchall())
        count = store.scalar("SELECT count(*) FROM assets")
        pds = len({r.pd_id for r in rows})
    return {"assets": count, "perangkat_daerah": pds, "summary_s": seconds, "baseline_scan_s": scan}


def move(path: Path) -> dict[str, float]:
    from ui.app import make_application
    from ui.commands import MoveAssetsCommand
    from ui.document import Document

    make_application()  # the background operation's thread reports through the event loop

    with open_store(path) as store:
        target = store.scalar(
            "SELECT u.id FROM units u JOIN editions e ON e.id = u.edition_id WHERE e.status = 'in_force' AND u.parent_id IS NULL"
            " ORDER BY u.id LIMIT 1"
        )
        ids = [
            row[0] for row in store.conn.execute("SELECT id FROM assets WHERE unit_id <> ? ORDER BY id LIMIT 10500", (target,))
        ]
        moving, single = ids[:10_000], ids[10_000:]
        doc = Document(store)
        transfers_before = store.scalar("SELECT count(*) FROM asset_transfers")
        command = MoveAssetsCommand(doc, moving, target, "2026-11-23", "BAST 001/BENCH/2026", "")
        started = time.perf_counter()
        doc.run(command)  # in the background operation: wait for it, as the window does
        doc.wait()
        moved_s = time.perf_counter() - started
        steps = doc.undo_stack.count()
        held = sum(assets.get_asset(store, asset_id).unit_id == target for asset_id in moving)
        transfers = store.scalar("SELECT count(*) FROM asset_transfers") - transfers_before
        started = time.perf_counter()
        doc.undo()
        doc.wait()
        undo_s = time.perf_counter() - started
        back = store.scalar("SELECT count(*) FROM asset_transfers") - transfers_before
        started = time.perf_counter()
        for asset_id in single:
            assets.move_assets(store, [asset_id], target, on="2026-11-23", reference="BAST 002/BENCH/2026")
        one_by_one = (time.perf_counter() - started) / len(single) * len(moving)
    return {
        "moved": held,
        "transfers_written": transfers,
        "undo_steps": steps,
        "transfers_after_undo": back,
        "move_s": moved_s,
        "undo_s": undo_s,
        "baseline_one_by_one_estimate_s": one_by_one,
    }


def region_list(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from core.regions import list_regions
    from ui.app import make_application
    from ui.panels.assets import AssetsPage

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = open_store(path, read_only=True)
    page = AssetsPage(region=True)
    page.resize(1400, 600)
    page.show()
    QApplication.processEvents()
    from bench.first_paint import first_rows

    first, settled = first_rows(page.view, lambda: page.set_store(store, [(r.id, r.name) for r in list_regions(store)]))
    assert page.model is not None
    rows = page.model.rowCount()
    started = time.perf_counter()
    page.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # value, largest first
    QApplication.processEvents()
    sort = time.perf_counter() - started
    started = time.perf_counter()
    page.text.setText("laptop")
    page.refilter()
    QApplication.processEvents()
    filtered = time.perf_counter() - started
    matches = page.model.rowCount()
    ids = assets.asset_ids(store, assets.AssetFilter())
    started = time.perf_counter()
    everything = [row for start in range(0, len(ids), 5000) for row in assets.asset_rows(store, ids[start : start + 5000])]
    all_at_once = time.perf_counter() - started
    page.close()
    store.close()
    return {
        "rows": rows,
        "first_rows_s": first,
        "with_totals_s": settled,
        "sort_by_value_s": sort,
        "text_filter_s": filtered,
        "text_matches": matches,
        "baseline_all_rows_s": all_at_once,
        "baseline_rows": len(everything),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    add_option(parser)
    args = parser.parse_args()
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    work = Path(tempfile.mkdtemp(prefix="sotk-bench-"))
    path = work / "assets.sotk"
    if args.file:
        shutil.copy(args.file, path)
    else:
        from core.demo import build_demo

        build_demo(path, seed=1, scale=args.scale)
    results: dict[str, object] = {}
    totals = summary(path)
    results["summary"] = totals
    print(
        f"summary of {totals['assets']:,} assets over {totals['perangkat_daerah']} perangkat daerah and KIB: "
        f"{totals['summary_s'] * 1000:.0f} ms (target < 1000 ms); floor: a bare scan of the three columns it reads "
        f"{totals['baseline_scan_s'] * 1000:.0f} ms, ratio {totals['summary_s'] / totals['baseline_scan_s']:.1f}x above it"
    )
    moved = move(path)
    results["move"] = moved
    print(
        f"moving {moved['moved']:,} assets in one command: {moved['move_s']:.2f} s (target < 2 s), "
        f"{moved['transfers_written']:,} transfers, {moved['undo_steps']} undo step; undo {moved['undo_s']:.2f} s "
        f"leaves {moved['transfers_after_undo']} transfers"
    )
    print(
        f"   baseline: one move per transaction (extrapolated from 500) {moved['baseline_one_by_one_estimate_s']:.1f} s, "
        f"ratio {moved['baseline_one_by_one_estimate_s'] / moved['move_s']:.0f}x"
    )
    listing = region_list(path)
    results["region_list"] = listing
    print(
        f"region asset list of {listing['rows']:,}: first rows painted {listing['first_rows_s'] * 1000:.0f} ms (target < 150 ms), "
        f"totals by {listing['with_totals_s'] * 1000:.0f} ms, "
        f"sort by value {listing['sort_by_value_s'] * 1000:.0f} ms, text filter {listing['text_filter_s'] * 1000:.0f} ms "
        f"({listing['text_matches']:,} matches)"
    )
    print(
        f"   baseline: a list that reads every row before showing any waits at least {listing['baseline_all_rows_s']:.2f} s "
        f"for its first rows (reading them alone): ratio {listing['baseline_all_rows_s'] / listing['first_rows_s']:.0f}x"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"assets-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
