"""Benchmarks of the foundation (issue: data file, structure editor, sample region).

Run:  .venv/bin/python bench/bench_foundation.py [--scale 10] [--file existing.sotk]

Every figure is printed with a baseline measured in the same run, because the
machines here are shared and noisy:

* demo --scale N build time, against SQLite inserting 1,000,000 plain rows;
* startup to a shown window, against a bare PySide6 script that shows an empty
  QMainWindow (target: at most 3x);
* opening the file and showing the first level of the tree (target: < 1 s after the
  window appears), and expanding every perangkat daerah (target: < 100 ms each),
  against the bare window's startup;
* memory (peak RSS) of the running program with the big file open and browsed
  (target: < 400 MB), against the bare window's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Peak memory of this process image: VmHWM (ru_maxrss would carry the peak of the
# benchmark process that started it, which Linux keeps across exec).
PEAK = (
    "next((int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')), "
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)

BARE_WINDOW = """
import resource, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 780); w.show(); app.processEvents()
print(time.perf_counter() - t0, {peak})
"""

OUR_WINDOW = """
import json, os, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from ui.app import make_application
from ui.main_window import MainWindow
from ui.settings import Settings
app = make_application()
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
window = MainWindow(Settings()); window.show(); app.processEvents()
shown = time.perf_counter() - t0
t1 = time.perf_counter()
window.open_path(__import__('pathlib').Path({file!r}), read_only=True)
app.processEvents()
first_level = time.perf_counter() - t1
result = {{"shown": shown, "first_level": first_level}}
if {browse!r}:
    model = window.model
    expand = []
    for r in range(model.rowCount()):
        region = model.index(r, 0)
        for e in range(model.rowCount(region)):
            edition = model.index(e, 0, region)
            window.tree.expand(edition); app.processEvents()
            for p in range(model.rowCount(edition)):
                pd = model.index(p, 0, edition)
                t = time.perf_counter(); window.tree.expand(pd); app.processEvents(); expand.append(time.perf_counter() - t)
    result["expand_max"] = max(expand); result["expand_median"] = sorted(expand)[len(expand) // 2]; result["expanded"] = len(expand)
    window.filter.setText("bidang"); window._apply_filter(); app.processEvents()
result["maxrss_kb"] = {peak}
window.close()
print(json.dumps(result))
"""


def run_python(code: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1]


def sqlite_baseline() -> float:
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "b.db")
        conn.execute("CREATE TABLE t (a INTEGER, b INTEGER, c TEXT)")
        started = time.perf_counter()
        with conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?)", ((i, i * 7, "x" * 20) for i in range(1_000_000)))
        elapsed = time.perf_counter() - started
        conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file", help="use this existing file instead of building one")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, object] = {"scale": args.scale}
    workdir = Path(tempfile.mkdtemp(prefix="sotk-bench-"))

    base_insert = sqlite_baseline()
    if args.file:
        path = Path(args.file)
        build = None
    else:
        from core.demo import build_demo

        path = workdir / f"scale{args.scale}.sotk"
        started = time.perf_counter()
        counts = build_demo(path, seed=1, scale=args.scale)
        build = time.perf_counter() - started
        results["counts"] = counts
        print(f"demo --scale {args.scale}: {counts}")
    if build is not None:
        results["demo_build_s"] = build
        results["baseline_sqlite_1M_rows_s"] = base_insert
        print(
            f"demo build              {build:7.2f} s   (target < 60 s)   baseline: SQLite 1M plain rows {base_insert:.2f} s, ratio {build / base_insert:.1f}x"
        )

    bare_times, bare_rss = [], []
    for _ in range(args.repeat):
        wall, out = run_python(BARE_WINDOW.replace("{peak}", PEAK))
        bare_times.append(wall)
        bare_rss.append(int(out.split()[1]))
    ours_times = []
    for _ in range(args.repeat):
        code = OUR_WINDOW.format(root=str(ROOT), settings=str(workdir / "settings"), file=str(path), browse=False, peak=PEAK)
        wall, out = run_python(code)
        ours_times.append(wall - json.loads(out)["first_level"])
    bare, ours = statistics.median(bare_times), statistics.median(ours_times)
    results.update({"bare_window_s": bare, "startup_to_window_s": ours, "startup_ratio": ours / bare})
    print(f"startup to window       {ours:7.3f} s   bare PySide6 window {bare:.3f} s   ratio {ours / bare:.2f}x (target <= 3x)")

    code = OUR_WINDOW.format(root=str(ROOT), settings=str(workdir / "settings"), file=str(path), browse=True, peak=PEAK)
    _, out = run_python(code)
    browse = json.loads(out)
    results.update(browse)
    rss_mb = browse["maxrss_kb"] / 1024
    bare_mb = statistics.median(bare_rss) / 1024
    print(
        f"open + first tree level {browse['first_level']:7.3f} s   (target < 1 s)    ratio to bare window start {browse['first_level'] / bare:.2f}x"
    )
    print(
        f"expand one PD           {browse['expand_max'] * 1000:7.1f} ms  max of {browse['expanded']} (median {browse['expand_median'] * 1000:.1f} ms; target < 100 ms)"
    )
    print(
        f"peak memory             {rss_mb:7.0f} MB  (target < 400 MB)  bare window {bare_mb:.0f} MB, ratio {rss_mb / bare_mb:.1f}x"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"foundation-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
