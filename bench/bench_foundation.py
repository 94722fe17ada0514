"""Benchmarks of the foundation (issue: data file, structure editor, sample region).

Run:  .venv/bin/python bench/bench_foundation.py [--scale 10] [--file existing.sotk]

Every figure is printed with a baseline measured in the same run, because the
machines here are shared and noisy; a ratio is printed only where both sides do the same
work (elsewhere the baseline is a gauge of the machine, or a floor, and says so):

* demo --scale N build time, with SQLite inserting 1,000,000 plain rows as a gauge;
* startup to a shown window: ``main.py --smoke-test`` on the sample (its ``shown_ms``:
  from the process's start to the window's first paint), against a bare PySide6 script
  that shows an empty QMainWindow timed the same way; medians of 7 (target: at most 2.5x);
* the first level of the tree on the big file after the window appears (``tree_ms`` -
  ``shown_ms`` of the smoke test on it, target < 600 ms), and with ``--compare`` the same
  on a second file (a scale-5 one) and the ratio of the two: opening must not grow with
  staff and assets;
* expanding every perangkat daerah (target: < 100 ms each);
* memory (peak RSS) of the running program with the big file open, the tree browsed and
  the region-wide staff and asset lists shown (target: < 300 MB), with the bare window's
  peak RSS (the floor any Qt window pays).

``--load`` runs it all with one core kept busy (see bench/load.py).
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

from bench.load import add_option, maybe_loaded  # noqa: E402

# Peak memory of this process image: VmHWM (ru_maxrss would carry the peak of the
# benchmark process that started it, which Linux keeps across exec).
PEAK = (
    "next((int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')), "
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)

BARE_WINDOW = """
import os, resource, sys, time
t0 = time.perf_counter()
def age():  # as ui.cli.process_age: since the process began (the kernel's start time)
    try:
        ticks = int(open('/proc/self/stat').read().rsplit(')', 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf('SC_CLK_TCK')
    except (OSError, ValueError, AttributeError):
        return time.perf_counter() - t0
origin = time.perf_counter() - age()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
painted = []
class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is w and not painted:
            painted.append((time.perf_counter() - origin) * 1000)
        return False
spy = Spy(); app.installEventFilter(spy)
w = QMainWindow(); w.resize(1200, 780); w.show()
while not painted:
    app.processEvents()
print(painted[0], {peak})
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
    window.filter.setText("bidang"); window.tree_filter.apply(); app.processEvents()
    for dock, page in ((window.staff_dock, window.staff_browser), (window.assets_dock, window.region_assets)):
        dock.raise_()
        for _ in range(50):
            app.processEvents()
        page.view.scrollToBottom(); app.processEvents()
    result["staff_listed"] = window.staff_browser.model.rowCount()
    result["assets_listed"] = window.region_assets.model.rowCount()
result["maxrss_kb"] = {peak}
window.close()
print(json.dumps(result))
"""


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a timed child: as on a user's PC, Python may cache its bytecode
    (a shell with PYTHONDONTWRITEBYTECODE set would make every start compile ~100 modules)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return {**env, **extra}


def smoke(file: Path | None, settings: Path) -> dict[str, float]:
    """``main.py [file] --smoke-test``: ms from the process's start to the window painted and
    to the tree's first level painted (settings and the sample in a folder of the bench's)."""
    env = child_env(XDG_CONFIG_HOME=str(settings), SOTK_DATA_DIR=str(settings / "data"))
    args = [sys.executable, "main.py", *([str(file)] if file else []), "--smoke-test"]
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_python(code: str) -> tuple[float, str]:
    env = child_env()
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
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--compare", help="a second file (e.g. scale 5) whose opening time is compared")
    add_option(parser)
    args = parser.parse_args()
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    results: dict[str, object] = {"scale": args.scale, "machine": state}
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
            f"demo build              {build:7.2f} s   (target < 60 s)   how fast the machine is now, not the same work: "
            f"SQLite 1M plain rows {base_insert:.2f} s"
        )

    settings = workdir / "settings"
    smoke(None, settings)  # builds the sample once, outside the timing
    bare_times, bare_rss, ours_times = [], [], []
    for _ in range(args.repeat):  # interleaved, so a burst of load hits both sides alike
        _, out = run_python(BARE_WINDOW.replace("{peak}", PEAK))
        bare_times.append(float(out.split()[0]))
        bare_rss.append(int(out.split()[1]))
        ours_times.append(smoke(None, settings)["shown_ms"])
    bare, ours = statistics.median(bare_times), statistics.median(ours_times)
    results.update({"bare_window_ms": bare, "startup_to_window_ms": ours, "startup_ratio": ours / bare})
    results.update({"bare_window_runs_ms": bare_times, "startup_runs_ms": ours_times})
    print(
        f"startup to window       {ours:7.0f} ms  bare PySide6 window {bare:.0f} ms   ratio {ours / bare:.2f}x (target <= 2.5x;"
        f" medians of {args.repeat}, from the process's start to the first paint)"
    )
    tree_ms: dict[str, float] = {}
    for label, file in (("big file", path), *((("compare", Path(args.compare)),) if args.compare else ())):
        runs = [smoke(file, settings) for _ in range(max(3, args.repeat // 2))]
        after = tree_ms[label] = statistics.median(r["tree_ms"] - r["shown_ms"] for r in runs)
        results[f"tree_after_window_ms_{label.replace(' ', '_')}"] = after
        print(f"first tree level        {after:7.0f} ms  after the window appears, {file.name} (target < 600 ms)")
    if "compare" in tree_ms:  # the same work on two files: opening must not grow with staff and assets
        print(f"   {path.name} against {Path(args.compare).name}: ratio {tree_ms['big file'] / tree_ms['compare']:.2f}x")
    code = OUR_WINDOW.format(root=str(ROOT), settings=str(workdir / "settings"), file=str(path), browse=True, peak=PEAK)
    _, out = run_python(code)
    browse = json.loads(out)
    results.update(browse)
    rss_mb = browse["maxrss_kb"] / 1024
    bare_mb = statistics.median(bare_rss) / 1024
    print(f"open + first tree level {browse['first_level'] * 1000:7.0f} ms  (in-process, read-only open)")
    print(
        f"expand one PD           {browse['expand_max'] * 1000:7.1f} ms  max of {browse['expanded']} (median {browse['expand_median'] * 1000:.1f} ms; target < 100 ms)"
    )
    print(
        f"peak memory             {rss_mb:7.0f} MB  (target < 300 MB; tree browsed, {browse['staff_listed']:,} staff and"
        f" {browse['assets_listed']:,} assets listed and scrolled to the end)  of which any Qt window takes "
        f"{bare_mb:.0f} MB (the bare window's peak; not the same work, so no ratio)"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"foundation-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
