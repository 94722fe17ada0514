"""Benchmark of the restructuring window (issue 14): does the window stay alive while it reads
a big draft and while it applies it?

Run:  .venv/bin/python bench/bench_restructure_window.py [--scale 10] [--file existing.sotk] [--load]

On a copy of a scale-10 sample the drafts of bench_restructure_apply.py are prepared (20% of
the perangkat daerah merged, everything decided, approved). The real main window opens the
copy in a fresh process (nothing of the restructuring code loaded by the bench: what is
loaded is what the window itself loads, its prewarm a moment after the file opens included,
as for a user who opens it the first time), waits for the checks of the opened file to be
shown, chooses the first draft's region and opens *Struktur → Restrukturisasi*; a 5 ms timer
records the longest gap of the event loop meanwhile. Measured, each beside a baseline doing
the same work in the same run:

* the window's read (proposal, decisions, impact, the table's rows) from the menu to the
  rows shown, against ``read_draft_view`` called directly (the same function, no window);
* the apply from the button to the re-read window (backup, apply in one transaction on the
  second connection, then the dialog's re-read), against ``apply_draft`` on another copy
  (backup, impact, apply, without the re-read: the ratio includes it);
* the undo of the apply (its journal replayed in the background); no baseline, a figure.

Then, in another region, a draft that dissolves its largest perangkat daerah (so well over
a thousand people wait for a placement): the *Bandingkan edisi* tab from the click to both
trees shown (the comparison with the checks on both editions runs off the thread), against
``read_comparison`` called directly; 1,000 people chosen in the impact tab and placed at
once with "Tempatkan di..." (one step in the background operation, then the re-read), and
the undo of that; no baseline for those two, figures.
Target: the longest stall under 100 ms throughout. The file given is never changed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402

if TYPE_CHECKING:
    from core.restructure.drafts import Draft
    from core.store import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    parser.add_argument("--window", nargs=4, metavar=("FILE", "REGION", "CHOICE_REGION", "WORK"), help=argparse.SUPPRESS)
    add_option(parser)
    args = parser.parse_args()
    if args.window:  # the child: the window alone, its figures as JSON on the last line
        file, region, choice_region, work = args.window
        print(json.dumps(in_window(Path(file), int(region), int(choice_region), Path(work))))
        return 0
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    # Here, not at the top: the window's process must load the restructuring code itself.
    from bench.bench_restructure_apply import prepare
    from core.restructure import drafts as draft_records
    from core.restructure.apply import apply_draft
    from core.store import open_store

    work = Path(tempfile.mkdtemp(prefix="sotk-bench-"))
    os.environ["SOTK_DATA_DIR"] = str(work / "data")  # the backups go there, not to the user's folder
    path = work / "jendela.sotk"
    if args.file:
        shutil.copy(args.file, path)
    else:
        from core.demo import build_demo

        build_demo(path, seed=1, scale=args.scale)
    with open_store(path) as store:
        edition_id = prepare(store)[0]
        draft = draft_records.get_draft(store, edition_id)
        choice = prepare_choice(store)
    baseline_path = work / "dasar.sotk"
    shutil.copy(path, baseline_path)

    from ui.dialogs.restructure_data import read_comparison, read_draft_view

    labels = {k: k for k in ("kept", "renamed", "merged", "split", "moved", "dissolved", "new", "undecided")}
    started = time.perf_counter()
    view = read_draft_view(baseline_path, edition_id, labels, threading.Event())
    read_baseline = time.perf_counter() - started
    started = time.perf_counter()
    with open_store(baseline_path) as store:
        apply_draft(store, edition_id)
    apply_baseline = time.perf_counter() - started

    started = time.perf_counter()
    read_comparison(baseline_path, choice.from_edition_id, choice.edition_id, threading.Event())
    compare_baseline = time.perf_counter() - started

    child = subprocess.run(
        [sys.executable, __file__, "--window", str(path), str(draft.region_id), str(choice.region_id), str(work)],
        capture_output=True, text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )  # fmt: skip
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"draft {edition_id}: {len(view.rows):,} units, {view.totals['people']:,} staff, {view.totals['assets']:,} assets")
    print(f"  idle event loop: longest gap {figures['idle_gap_ms']:.0f} ms")
    print(
        f"  read in the window {figures['read_s']:.2f} s, longest stall {figures['read_gap_ms']:.0f} ms (target < 100 ms);"
        f" read_draft_view alone {read_baseline:.2f} s; ratio {figures['read_s'] / read_baseline:.2f}x"
    )
    print(
        f"  apply from the window {figures['apply_s']:.2f} s, longest stall {figures['apply_gap_ms']:.0f} ms (target < 100 ms);"
        f" apply_draft alone {apply_baseline:.2f} s; ratio {figures['apply_s'] / apply_baseline:.2f}x (includes the re-read)"
    )
    print(f"  undo of the apply {figures['undo_s']:.2f} s, longest stall {figures['undo_gap_ms']:.0f} ms (target < 100 ms)")
    print(f"draft {choice.edition_id} (its largest PD dissolved): {figures['waiting']:,} people waiting for a placement")
    print(
        f"  comparison in the window {figures['compare_s']:.2f} s, longest stall {figures['compare_gap_ms']:.0f} ms"
        f" (target < 100 ms); read_comparison alone {compare_baseline:.2f} s;"
        f" ratio {figures['compare_s'] / compare_baseline:.2f}x"
    )
    for label, what in (("place", "1,000 people placed at once"), ("unplace_undo", "the undo of that")):
        print(f"  {what}: {figures[f'{label}_s']:.2f} s, longest stall {figures[f'{label}_gap_ms']:.0f} ms (target < 100 ms)")
    results = {
        "draft": edition_id,
        "read_baseline_s": read_baseline,
        "apply_baseline_s": apply_baseline,
        "choice_draft": choice.edition_id,
        "compare_baseline_s": compare_baseline,
        **figures,
    }
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"restructure-window-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2), encoding="utf-8"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


PLACED = 1000


def prepare_choice(store: Store) -> Draft:
    """A draft in the region with most staff that has none yet: its largest perangkat daerah
    dissolved (its people and assets wait for the user), every other PD kept."""
    from core import units
    from core.restructure import drafts as draft_records
    from core.restructure.mapping import Decision, read_units, set_decisions

    taken = {d.region_id for d in draft_records.list_drafts(store)}
    region = next(
        (
            row["region_id"]
            for row in store.rows(
                "SELECT e.region_id, count(s.id) AS staff FROM editions e JOIN units u ON u.edition_id = e.id"
                " JOIN staff s ON s.unit_id = u.id WHERE e.status = 'in_force' GROUP BY e.id ORDER BY staff DESC"
            )
            if row["region_id"] not in taken
        ),
        None,
    )
    if region is None:
        raise SystemExit("every region already has a draft: the placement steps need a file with more regions (scale 10)")
    with store.write() as tx:
        draft = draft_records.start_draft(tx, region, "Penataan bench: satu PD dibubarkan", effective_date="2026-11-01")
        old = read_units(tx, draft.from_edition_id)
        copy_of = {row.copied_from_id: row.id for row in read_units(tx, draft.edition_id).values()}
        below: dict[int, int] = {}
        for unit_id, count in tx.conn.execute("SELECT unit_id, count(*) FROM staff WHERE unit_id IS NOT NULL GROUP BY unit_id"):
            if unit_id in old:
                below[old[unit_id].root_id] = below.get(old[unit_id].root_id, 0) + count
        pds = [row.id for row in old.values() if row.parent_id is None]
        largest = max(pds, key=lambda pd: below.get(pd, 0))
        units.delete_unit(tx, copy_of[largest])
        decisions = [Decision(pd, "kept", (copy_of[pd],)) for pd in pds if pd != largest]
        set_decisions(tx, draft.edition_id, [*decisions, Decision(largest, "dissolved", ())])
    return draft


def in_window(path: Path, region_id: int, choice_region_id: int, work: Path) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QMessageBox

    from bench.stalls import StallMeter
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = make_application()
    QCoreApplication.setApplicationName("SOTK Planner Bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]  # the confirmation
    window = MainWindow(Settings())
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    window.select("region", region_id)
    meter = StallMeter()

    def until(done: object) -> tuple[float, float]:
        meter.restart()
        started = time.perf_counter()
        while not done():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - started, meter.longest()

    checks = window.checks  # the opened file's checks first: their report is not the restructuring's
    until(lambda: window.checks_panel.report is not None and not checks.runner.running)
    idle_end = time.perf_counter() + 1
    figures = {"idle_gap_ms": until(lambda: time.perf_counter() > idle_end)[1]}
    controller = window.restructure

    def settled() -> bool:
        return not window.doc.busy and not controller.loading and controller.dialog.view is not None  # type: ignore[union-attr]

    def read() -> None:
        window.act_restructure.trigger()

    for label, action in (
        ("read", read),
        ("apply", lambda: controller.dialog.apply_button.click()),  # type: ignore[union-attr]
        ("undo", window.act_undo.trigger),
    ):
        meter.restart()
        started = time.perf_counter()
        action()
        _seconds, gap = until(settled)
        figures[f"{label}_s"] = time.perf_counter() - started
        figures[f"{label}_gap_ms"] = max(gap, meter.longest())
        if label == "apply":
            assert (
                window.doc.store.scalar(
                    "SELECT status FROM restructurings WHERE to_edition_id = ?", (controller.dialog.current_draft().edition_id,)
                )
                == "applied"
            )  # type: ignore[union-attr]
    figures.update(choosing(app, window, choice_region_id, meter, until))
    meter.stop()
    window.close_file()
    return figures


def choosing(app: object, window: object, region_id: int, meter: object, until: object) -> dict[str, float]:
    """The comparison tab, then 1,000 people placed at once and the undo of it."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from ui.dialogs.restructure_placing import PlaceDialog

    controller = window.restructure  # type: ignore[attr-defined]
    controller.dialog.close()
    window.select("region", region_id)  # type: ignore[attr-defined]
    window.act_restructure.trigger()  # type: ignore[attr-defined]
    dialog = controller.dialog
    until(lambda: not controller.loading and dialog.view is not None)  # type: ignore[operator]
    figures: dict[str, float] = {}
    meter.restart()  # type: ignore[attr-defined]
    started = time.perf_counter()
    dialog.tabs.setCurrentWidget(dialog.compare)
    _s, gap = until(lambda: not controller.compare.loading and dialog.compare.view is not None)  # type: ignore[operator]
    figures["compare_s"], figures["compare_gap_ms"] = time.perf_counter() - started, gap
    dialog.tabs.setCurrentIndex(2)
    box = dialog.placing["staff"]
    waiting = box.model.waiting_count()
    figures["waiting"] = waiting
    assert waiting >= PLACED, waiting
    PlaceDialog.exec = lambda self: 1  # type: ignore[method-assign]  # the proposed unit, already chosen, accepted
    for label, act, expected in (
        ("place", lambda: box.place_button.click(), waiting - PLACED),
        ("unplace_undo", window.act_undo.trigger, waiting),  # type: ignore[attr-defined]
    ):
        if label == "place":
            model = box.model
            chosen = QItemSelection(model.index(0, 0), model.index(PLACED - 1, model.columnCount() - 1))
            box.view.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        meter.restart()  # type: ignore[attr-defined]
        started = time.perf_counter()
        act()
        _s, gap = until(
            lambda expected=expected: (
                not window.doc.busy  # type: ignore[attr-defined]
                and not controller.loading
                and box.model.waiting_count() == expected
            )
        )  # type: ignore[operator]
        figures[f"{label}_s"], figures[f"{label}_gap_ms"] = time.perf_counter() - started, gap
    return figures


if __name__ == "__main__":
    sys.exit(main())
