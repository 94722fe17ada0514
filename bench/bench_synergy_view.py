"""The Peta sinergi dock on screen: from Tampilan → Peta sinergi to the matrix painted (the
first time: the panel's imports and widgets built, both matrices read), and its re-read
after a change (medians of --repeat rounds), against a baseline doing the same work by hand:
the same two matrices read by core.plans.synergy, the same cell texts put in a plain
QStandardItemModel and painted in a bare QTableView (a ratio: same statements, same cells).

Run:  .venv/bin/python bench/bench_synergy_view.py [--file scale10.sotk] [--repeat 5]
The region first offered is the first by name; the province is then chosen and measured.
Without --file a scale-1 sample is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.first_paint import first_rows  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = folder / "contoh.sotk"
        build_demo(path, seed=1, scale=1)

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from core import regions
    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.models.synergy import ALONE, latest_matrices, marked
    from ui.settings import Settings

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    assert window.open_path(path, read_only=True)
    QApplication.processEvents()
    assert not window.plans.place.built

    results: dict[str, Any] = {"file": str(path)}
    started = time.perf_counter()
    window.bring_forward(window.plans.dock, lambda: window.plans.panel.table)
    first, settled = first_rows(window.plans.panel.table, lambda: None)
    results["first_shown_s"] = time.perf_counter() - started - (settled - first)
    panel = window.plans.panel
    store = window.doc.store  # type: ignore[union-attr]
    province = next(r.id for r in regions.list_regions(store) if r.kind == "provinsi")
    results["first_region"] = panel.region.currentText()

    def choose_province() -> None:
        panel.region.setCurrentIndex(panel.region.findData(province))
        panel.refresh()  # what choosing it in the drop-down does

    results["province_chosen_s"] = first_rows(panel.table, choose_province)[0]
    assert panel.model.rowCount() > 1, "the province's matrix has rows"

    def dock_refresh() -> float:
        return first_rows(panel.table, panel.refresh)[0]

    baseline_view = QTableView()
    baseline_view.resize(panel.table.size())
    baseline_view.show()
    region_id = province

    def baseline() -> float:
        def fill() -> None:
            matrices = latest_matrices(store, region_id)
            matrix = matrices[0]
            model = QStandardItemModel(len(matrix.rows) + 1, len(matrix.columns))
            for c, column in enumerate(matrix.columns):
                model.setHorizontalHeaderItem(c, QStandardItem(column.name))
                for r, (pd, _name) in enumerate(matrix.rows):
                    entries = matrix.cells.get((pd, column.id), [])
                    item = QStandardItem(f"Kode: {len(entries)}\n{matrix.cell_pagu(pd, column.id)}" if entries else "")
                    item.setToolTip("\n".join(f"{e.code}  {e.name}" for e in entries))
                    if marked(matrix, column.id):
                        item.setBackground(ALONE)
                    model.setItem(r, c, item)
            baseline_view.setModel(model)
            baseline_view.resizeRowsToContents()

        return first_rows(baseline_view, fill)[0]

    for _ in range(2):  # warm both sides
        dock_refresh()
        baseline()
    results["refresh_s"] = statistics.median(dock_refresh() for _ in range(args.repeat))
    results["baseline_s"] = statistics.median(baseline() for _ in range(args.repeat))
    results["cells"] = panel.model.rowCount() * panel.model.columnCount()
    results["items"] = store.scalar("SELECT count(*) FROM renstra_items")
    panel.axis.setCurrentIndex(1)
    results["switch_axis_s"] = first_rows(panel.table, lambda: panel.axis.setCurrentIndex(0))[0]
    window.close_file()

    print(f"{results['items']:,} Renstra items in {path.name}; the issue matrix has {results['cells']} cells")
    print(
        f"Tampilan → Peta sinergi to the matrix painted, first time (imports, widgets, both axes read) for {results['first_region']}: {results['first_shown_s'] * 1000:.0f} ms"
    )
    print(f"the province chosen in the drop-down to its matrix painted: {results['province_chosen_s'] * 1000:.0f} ms")
    print(
        f"re-read after a change: {results['refresh_s'] * 1000:.1f} ms; the same read and cells in a plain"
        f" QStandardItemModel: {results['baseline_s'] * 1000:.1f} ms (ratio {results['refresh_s'] / results['baseline_s']:.2f})"
    )
    print(f"switching to the other axis: {results['switch_axis_s'] * 1000:.1f} ms (no read)")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"synergy-view-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
