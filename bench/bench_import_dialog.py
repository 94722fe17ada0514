"""The import dialog's dry run of a large sheet, as the user sees it (issue 13).

Run:  .venv/bin/python bench/bench_import_dialog.py [--rows 100000] [--repeat 3] [--load]

The real window on a scale-1 sample, *Berkas → Impor dari Excel*, a generated sheet of N
staff rows (bench_import's sheet) read, then *Lanjut* on the mapping step starts the dry run:

* the time from that click to the first rows of results painted (target < 5 s), next to
  python-calamine reading the same file on its own (a gauge of the machine: the dry run
  cannot show a row before the sheet is read);
* the longest gap of a 5 ms timer on the window's event loop from the click until the whole
  plan is shown (target < 100 ms), next to the same timer on the idle loop and while a thread
  of plain Python runs (the floor this machine allows a window sharing the interpreter);
* the time to the whole plan, for the record.

Medians of ``--repeat`` dry runs (the dialog's *Uji lagi*). ``--load`` keeps one core busy
meanwhile. The JSON lands in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_import import target_pd, write_sheet  # noqa: E402
from bench.load import add_option, maybe_loaded  # noqa: E402
from core.demo import build_demo  # noqa: E402


def calamine_read(sheet: Path) -> float:
    import python_calamine

    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(sheet))
    rows = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
    assert rows > 0
    return time.perf_counter() - started


def measure(base: Path, sheet: Path, into: int, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from bench.first_paint import _Painted
    from bench.stalls import StallMeter, spin
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window = MainWindow(Settings())
    window.resize(1200, 800)
    window.show()
    window.open_path(base)
    window.select("unit", into)
    window.excel_import.action.trigger()
    dialog = window.excel_import.dialog
    assert dialog is not None
    dialog.path.setText(str(sheet))
    dialog.next.click()
    while dialog.pages.currentIndex() != 1:
        app.processEvents()
        time.sleep(0.005)

    meter = StallMeter()

    spin(1.0)
    idle = meter.longest(skip=5)
    # A gauge of the machine: the same timer while a thread of plain Python (no dialog, no
    # file) keeps the interpreter busy, as the dry run's thread does. No stall can be
    # smaller than what this shows on the same machine.
    stop = threading.Event()

    def burn() -> None:
        total = 0
        while not stop.is_set():
            for number in range(1000):
                total += number

    burner = threading.Thread(target=burn)
    meter.restart()
    burner.start()
    idle_loop = QEventLoop()
    QTimer.singleShot(3000, idle_loop.quit)
    idle_loop.exec()
    stop.set()
    burner.join()
    busy = meter.longest(skip=5)
    firsts, wholes, stalls = [], [], []
    for _ in range(repeat):
        # The window idles in its own event loop meanwhile, as it does for a user (a loop
        # spinning processEvents would compete with the dry run for the interpreter).
        view = dialog.result_views["added"]
        painted = _Painted(view)
        view.viewport().installEventFilter(painted)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda loop=loop, painted=painted: dialog.complete and painted.at is not None and loop.quit())
        meter.restart()
        started = time.perf_counter()
        dialog.next.click()
        poll.start()
        loop.exec()
        poll.stop()
        wholes.append(time.perf_counter() - started)
        firsts.append((painted.at or time.perf_counter()) - started)
        stalls.append(meter.longest())
        rows = dialog.results["added"].total()
        assert rows > 0 and not dialog.plan.rejected, "the generated sheet imports whole"  # type: ignore[union-attr]
        spin(0.5)
    meter.stop()
    dialog.reject()
    window.close_file()
    window.close()
    median = statistics.median
    return {
        "first_screen_s": median(firsts),
        "whole_plan_s": median(wholes),
        "longest_stall_ms": median(stalls),
        "worst_stall_ms": max(stalls),
        "idle_max_gap_ms": idle,
        "python_thread_max_gap_ms": busy,
        "rows_planned": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    add_option(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_import_dialog_"))
    os.environ["SOTK_DATA_DIR"] = str(folder / "data")  # remembered mappings stay out of the user's folder
    try:
        base = folder / "contoh.sotk"
        build_demo(base, seed=1, scale=1)
        into, units = target_pd(base)
        sheet = folder / "pegawai.xlsx"
        write_sheet(sheet, args.rows, units)
        with maybe_loaded(args.load) as state:
            read = statistics.median(calamine_read(sheet) for _ in range(args.repeat))
            result = {"rows": args.rows, "state": state, "calamine_read_s": read, **measure(base, sheet, into, args.repeat)}
        result["targets"] = {"first_screen_s": 5.0, "longest_stall_ms": 100}
        print(
            f"[{state}] dialog dry run of {args.rows:,} rows: first screen painted in {result['first_screen_s']:.2f} s"
            f" (target < 5 s; calamine reading the file alone {read:.2f} s, a gauge of the machine),"
            f" whole plan {result['whole_plan_s']:.2f} s"
        )
        print(
            f"[{state}] longest event-loop stall meanwhile {result['longest_stall_ms']} ms (median of {args.repeat},"
            f" worst {result['worst_stall_ms']} ms; target < 100 ms); idle loop's longest gap {result['idle_max_gap_ms']} ms,"
            f" with a thread of plain Python running {result['python_thread_max_gap_ms']} ms (gauge of the machine)"
        )
        out = ROOT / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / f"import_dialog_{state}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
