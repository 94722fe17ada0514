"""The guide window: F1 to the first page painted (the first time: the window built, every
chapter's headings read for the contents), and going to another chapter (medians of --repeat rounds)
against a baseline doing the same work by hand: the same chapter's HTML (core.guide.to_html)
set in a bare QTextBrowser that finds the same pictures through its search path, painted
(a ratio: same HTML, same pictures). The first open is printed beside that baseline as a
gauge of the machine, not a ratio (it also reads the headings of all fourteen chapters).

Run:  .venv/bin/python bench/bench_guide.py [--repeat 5] [--load]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    os.environ["SOTK_DATA_DIR"] = str(folder / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from core import guide
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    window = MainWindow(Settings())
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    results: dict[str, Any] = {}
    names = [n for n in guide.CHAPTERS if n != "mulai"]

    with maybe_loaded(args.load) as state:
        results["state"] = state
        started = time.perf_counter()
        shown = window.guide.open("mulai")
        shown.browser.viewport().repaint()
        results["first_open_s"] = time.perf_counter() - started

        def go(name: str) -> float:
            begun = time.perf_counter()
            shown.show_topic(name)
            shown.browser.viewport().repaint()
            return time.perf_counter() - begun

        bare = QTextBrowser()
        bare.resize(shown.browser.size())
        bare.setSearchPaths([str(guide.guide_dir())])
        bare.show()
        pages = {name: guide.to_html(guide.chapter("id", name)) for name in names}

        def baseline(name: str) -> float:
            begun = time.perf_counter()
            bare.document().clear()  # pictures are read again, as a new page in the guide reads them
            bare.setHtml(pages[name])
            bare.viewport().repaint()
            return time.perf_counter() - begun

        for name in names[:3]:  # warm both sides
            go(name)
            baseline(name)
        rounds = [(sum(go(n) for n in names), sum(baseline(n) for n in names)) for _ in range(args.repeat)]
        results["chapters_s"] = statistics.median(r[0] for r in rounds)
        results["baseline_s"] = statistics.median(r[1] for r in rounds)
    results["chapters"] = len(names)
    print(
        f"({state}) F1 to the first page painted, first time (window built, the headings of {len(guide.CHAPTERS)} chapters read): {results['first_open_s'] * 1000:.0f} ms"
    )
    print(
        f"({state}) going through the other {len(names)} chapters: {results['chapters_s'] * 1000:.0f} ms; the same HTML and pictures"
        f" in a bare QTextBrowser: {results['baseline_s'] * 1000:.0f} ms (ratio {results['chapters_s'] / results['baseline_s']:.2f})"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"guide-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
