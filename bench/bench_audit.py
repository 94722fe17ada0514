"""Benchmark of the audit log viewer (issue 12: Tampilan → Riwayat perubahan).

Run:  .venv/bin/python bench/bench_audit.py [--rows 1000000] [--file existing.sotk]

Builds a scale-1 sample (or copies ``--file``), adds ``--rows`` audit rows to it with
executemany (a mix of unit edits, staff moves, asset edits and deletes, each with the
before/after JSON the program writes), then measures, offscreen:

* the viewer's time to first rows on that file, next to the same on the sample as built
  (about 15,000 rows) and to reading the whole log at once (what a model without keyset
  paging would do);
* the next pages when scrolling; a unit filter (one perangkat daerah and its sub-units);
  a filter that matches nothing (a search in bounded slices: the longest slice is the
  longest the window waits);
* exporting the whole log to CSV (streamed) and the command line ``audit --json`` of one unit.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.store import open_store  # noqa: E402


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def add_audit_rows(path: Path, count: int, seed: int = 7) -> None:
    """``count`` more audit rows, shaped like the program's own, in one transaction."""
    import sqlite3

    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    units = [row[0] for row in conn.execute("SELECT id FROM units")]
    staff = conn.execute("SELECT id, unit_id FROM staff").fetchall()
    assets = conn.execute("SELECT id, unit_id FROM assets").fetchall()
    users = ["siti", "budi", "andi", "rina", "operator"]

    def rows():  # type: ignore[no-untyped-def]
        start = 1_700_000_000
        for number in range(count):
            at = time.strftime("%Y-%m-%dT%H:%M:%S+07:00", time.gmtime(start + number * 30))
            user = users[number % len(users)]
            kind = rng.random()
            if kind < 0.3:
                unit = rng.choice(units)
                yield (
                    at,
                    user,
                    "update",
                    "unit",
                    unit,
                    json.dumps({"name": f"Bidang {number}"}),
                    json.dumps({"name": f"Bidang {number + 1}"}),
                )
            elif kind < 0.6:
                person, unit = rng.choice(staff)
                yield (
                    at,
                    user,
                    "move",
                    "staff",
                    person,
                    json.dumps({"unit_id": unit, "position_id": None}),
                    json.dumps({"unit_id": rng.choice(units), "position_id": None}),
                )
            elif kind < 0.95:
                item, unit = rng.choice(assets)
                yield (at, user, "update", "asset", item, json.dumps({"condition": "B"}), json.dumps({"condition": "KB"}))
            else:
                item, unit = rng.choice(assets)
                yield (at, user, "delete", "asset", 10_000_000 + number, json.dumps({"name": "Meja", "unit_id": unit}), None)

    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)", rows()
    )
    conn.execute("COMMIT")
    conn.close()


def viewer_first_rows(path: Path) -> dict[str, float]:
    """Open the file in the window, show Riwayat perubahan, wait for its first painted rows."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    started = time.perf_counter()
    window.open_path(path, read_only=True)
    opened = time.perf_counter() - started
    shown = time.perf_counter()
    window.bring_forward(window.audit_dock, window.audit_panel.view)
    QApplication.processEvents()
    model = window.audit_panel.model
    assert model is not None and model.rowCount() > 0
    first = time.perf_counter() - shown
    pages = []
    for _ in range(10):
        before = time.perf_counter()
        window.audit_panel.view.scrollToBottom()
        QApplication.processEvents()
        pages.append(time.perf_counter() - before)
    result = {
        "open_file_s": opened,
        "first_rows_s": first,
        "rows_after_10_scrolls": model.rowCount(),
        "scroll_page_max_s": max(pages),
    }

    panel = window.audit_panel
    from core.regions import list_editions, list_regions
    from core.units import children

    region = list_regions(window.doc.store)[0]  # type: ignore[union-attr]
    edition = list_editions(window.doc.store, region.id)[0]  # type: ignore[union-attr]
    pd = max(children(window.doc.store, edition.id, None), key=lambda u: u.id)  # type: ignore[union-attr]
    window.select("unit", pd.id)
    QApplication.processEvents()
    slices: list[float] = []
    before = time.perf_counter()
    panel.by_unit.setChecked(True)
    QApplication.processEvents()
    model = panel.model
    assert model is not None
    result["unit_filter_first_rows_s"] = time.perf_counter() - before
    result["unit_filter_rows_shown"] = model.rowCount()

    from ui.models import audit_log as audit_model

    real = audit_model.AuditLogModel.fetchMore

    def timed(self, parent=None):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        real(self, audit_model.QModelIndex() if parent is None else parent)
        slices.append(time.perf_counter() - t)

    audit_model.AuditLogModel.fetchMore = timed  # type: ignore[method-assign]
    panel.by_unit.setChecked(False)
    panel.user.addItem("tidak-ada", "tidak-ada")
    before = time.perf_counter()
    panel.user.setCurrentIndex(panel.user.count() - 1)
    while not model.exhausted:
        QApplication.processEvents()
    result["no_match_full_search_s"] = time.perf_counter() - before
    result["no_match_longest_slice_s"] = max(slices)
    audit_model.AuditLogModel.fetchMore = real  # type: ignore[method-assign]
    if os.environ.get("SOTK_SCREENSHOTS"):
        panel.user.setCurrentIndex(0)
        QApplication.processEvents()
        window.audit_dock.widget().grab().save(os.path.join(os.environ["SOTK_SCREENSHOTS"], f"audit_viewer_{path.stem}.png"))
    window.close_file()
    window.close()
    return result


def read_all(path: Path) -> float:
    started = time.perf_counter()
    with open_store(path, read_only=True) as store:
        rows = store.conn.execute("SELECT * FROM audit_log ORDER BY id DESC").fetchall()
    del rows
    return time.perf_counter() - started


def export_csv(path: Path, out: Path) -> dict[str, float]:
    from core import audit

    started = time.perf_counter()
    with open_store(path, read_only=True) as store, out.open("w", encoding="utf-8-sig", newline="") as handle:
        count = audit.write_csv(store, audit.AuditFilter(), handle)
    return {"rows": count, "seconds": time.perf_counter() - started, "mb": out.stat().st_size / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    small = work / "contoh.sotk"
    if args.file:
        shutil.copy(args.file, small)
    else:
        from core.demo import build_demo

        build_demo(small, seed=1, scale=1)
    big = work / "besar.sotk"
    shutil.copy(small, big)
    started = time.perf_counter()
    add_audit_rows(big, args.rows)
    print(f"added {args.rows:,} audit rows in {time.perf_counter() - started:.1f} s ({big.stat().st_size / 1e6:.0f} MB)")
    results: dict[str, object] = {"rows_added": args.rows}

    viewer_first_rows(small)  # warm-up: the first window of a process pays for Qt's start
    results["viewer_big"] = viewer_first_rows(big)
    results["viewer_small"] = viewer_first_rows(small)
    results["baseline_read_whole_log_s"] = read_all(big)
    results["csv_export_big"] = export_csv(big, work / "riwayat.csv")
    with open_store(big, read_only=True) as store:
        unit = store.scalar("SELECT id FROM units WHERE parent_id IS NULL ORDER BY id DESC LIMIT 1")
    started = time.perf_counter()
    cli = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "audit", str(big), "--unit", str(unit), "--json"], capture_output=True, check=True
    )
    results["cli_unit_json"] = {"seconds": time.perf_counter() - started, "entries": len(json.loads(cli.stdout))}
    results["rss_mb"] = rss_mb()

    small_view, big_view = results["viewer_small"], results["viewer_big"]
    assert isinstance(small_view, dict) and isinstance(big_view, dict)
    print(
        f"viewer first rows: {big_view['first_rows_s'] * 1000:.0f} ms on {args.rows:,} rows "
        f"(baseline: {small_view['first_rows_s'] * 1000:.0f} ms on the sample; reading the whole log {results['baseline_read_whole_log_s']:.2f} s)"
    )
    print(
        f"scroll a page: max {big_view['scroll_page_max_s'] * 1000:.0f} ms; unit filter first rows {big_view['unit_filter_first_rows_s'] * 1000:.0f} ms "
        f"({big_view['unit_filter_rows_shown']} rows)"
    )
    print(
        f"no-match filter: whole search {big_view['no_match_full_search_s']:.2f} s, longest slice {big_view['no_match_longest_slice_s'] * 1000:.0f} ms"
    )
    print(f"CSV export: {results['csv_export_big']}")
    print(f"CLI audit --unit --json: {results['cli_unit_json']}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"audit-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
