"""The Pohon kinerja dock on screen: opening a node of the cascade tree (target < 100 ms on a
scale-10 file with plans, ~100,000 sub-kegiatan), for the node of each kind with the most
children in the file (a visi with its lists, a misi, the sasaran with most programs, the
program with most kegiatan, the kegiatan with most sub-kegiatan, the support list with most
programs, the strategic issue with most items): from the click that opens it to its children
painted, in the real model and view of the window, cold (the node not read before), medians
and maxima of --repeat rounds, and the longest stall of the event loop while the nodes open.

Beside it, two floors measured in the same run, neither the same work: the same statements
the model runs for that node (core.plans.cascade: the children, their indicators, a visi's
lists) fetched and nothing built from them; and the same rows painted again with nothing read
(what the view's paint costs by itself on this machine).

Run:  .venv/bin/python bench/bench_cascade_view.py [--file scale10.sotk] [--scale 10] [--repeat 5] [--load]
Without --file a sample of --scale is built in a temporary folder (scale 10 takes minutes).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.first_paint import first_rows  # noqa: E402
from bench.load import add_option, maybe_loaded  # noqa: E402
from bench.stalls import StallMeter  # noqa: E402

Key = tuple[str, int]


def busiest(store: Any) -> list[tuple[str, list[Key]]]:
    """(label, path of keys from the visi) of the node of each kind with the most children."""
    from bench.bench_plans import _busiest

    found = [(label, _path(store, kind, node_id)) for label, kind, node_id in _busiest(store)]
    support = store.one(
        "SELECT s.rpjmd_id AS plan, count(*) AS n FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id"
        " WHERE i.level = 'program' AND (substr(i.code, 1, 4) = 'X.XX' OR substr(i.code, 5, 3) = '.01')"
        " GROUP BY s.rpjmd_id ORDER BY n DESC LIMIT 1"
    )
    if support is not None:
        found.append(("penunjang", [("rpjmd", support["plan"]), ("support", support["plan"])]))
    issue = store.one(
        "SELECT s.rpjmd_id AS plan, l.issue_id AS issue FROM renstra_item_issues l JOIN strategic_issues s ON s.id = l.issue_id"
        " GROUP BY l.issue_id ORDER BY count(*) DESC LIMIT 1"
    )
    if issue is not None:
        found.append(("isu", [("rpjmd", issue["plan"]), ("issues", issue["plan"]), ("issue", issue["issue"])]))
    return found


def _path(store: Any, kind: str, node_id: int) -> list[Key]:
    """The keys from the visi down to a node, as a user opens them (a program through the
    first sasaran it supports, else through the support or unaligned list)."""
    if kind == "rpjmd":
        return [("rpjmd", node_id)]
    if kind == "goal":
        rows = store.rows(
            "WITH RECURSIVE up(id, parent_id, rpjmd_id, depth) AS (SELECT id, parent_id, rpjmd_id, 0 FROM plan_goals WHERE id = ?"
            " UNION ALL SELECT g.id, g.parent_id, g.rpjmd_id, depth + 1 FROM plan_goals g JOIN up ON g.id = up.parent_id)"
            " SELECT id, rpjmd_id FROM up ORDER BY depth DESC",
            (node_id,),
        )
        return [("rpjmd", rows[0]["rpjmd_id"]), *(("goal", row["id"]) for row in rows)]
    items = store.rows(
        "WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM renstra_items WHERE id = ?"
        " UNION ALL SELECT i.id, i.parent_id, depth + 1 FROM renstra_items i JOIN up ON i.id = up.parent_id)"
        " SELECT id FROM up ORDER BY depth DESC",
        (node_id,),
    )
    program = items[0]["id"]
    goal = store.scalar("SELECT min(goal_id) FROM renstra_item_goals WHERE item_id = ?", (program,))
    below = [("item", row["id"]) for row in items]
    if goal is not None:
        return [*_path(store, "goal", int(goal)), *below]
    plan = store.scalar("SELECT s.rpjmd_id FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id WHERE i.id = ?", (program,))
    from core.plans.codes import parse_code

    code = store.scalar("SELECT code FROM renstra_items WHERE id = ?", (program,))
    return [("rpjmd", plan), ("support" if parse_code(code).generic else "unaligned", plan), *below]


def floor(store: Any, key: Key) -> int:
    """The statements the model runs to open ``key``, fetched only; returns the children."""
    from core.plans import cascade

    conn = store.conn
    ref, node_id = key
    if ref == "rpjmd":
        rows = len(conn.execute(cascade.TOP_GOALS_SQL, (node_id,)).fetchall())
        conn.execute(cascade.GROUPS_SQL, {"p": node_id}).fetchall()
    elif ref == "goal":
        rows = len(conn.execute(cascade.CHILD_GOALS_SQL, (node_id,)).fetchall())
        rows += len(conn.execute(cascade.SASARAN_PROGRAMS_SQL, (node_id,)).fetchall())
    elif ref == "item":
        rows = len(conn.execute(cascade.CHILD_ITEMS_SQL, (node_id,)).fetchall())
    elif ref in cascade.GROUP_SQL:
        rows = len(conn.execute(cascade.GROUP_SQL[ref], (node_id,)).fetchall())
    elif ref == "issue":
        rows = len(conn.execute(cascade.ISSUE_ITEMS_SQL, (node_id,)).fetchall())
    else:
        rows = len(conn.execute(cascade.ISSUES_SQL if ref == "issues" else cascade.PRIORITIES_SQL, (node_id,)).fetchall())
    cascade.child_indicators(store, ref, node_id)  # one statement; building its dict is the little it does
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file")
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sotk-bench-"))
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = folder / f"scale{args.scale}.sotk"
        build_demo(path, seed=1, scale=args.scale)
    with maybe_loaded(args.load) as state:
        return measure(path, folder, args.repeat, state)


def measure(path: Path, folder: Path, repeat: int, state: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    assert window.open_path(path, read_only=True)
    controller = window.plans.cascade
    window.bring_forward(controller.dock, lambda: controller.panel.tree)
    for _ in range(10):
        QApplication.processEvents()
    panel = controller.panel
    model, tree = panel.model, panel.tree
    store = window.doc.store  # type: ignore[union-attr]
    region_of = {row[0]: row[1] for row in store.conn.execute("SELECT id, region_id FROM rpjmd")}
    nodes = busiest(store)
    results: dict[str, Any] = {"file": str(path), "machine": state, "nodes": []}
    meter = StallMeter()
    stalls: list[float] = []
    for label, route in nodes:
        opens: list[float] = []
        floors: list[float] = []
        repaints: list[float] = []
        children = 0
        for _ in range(repeat):
            model.set_region(store, region_of[route[0][1]])  # cold: nothing read but the visi
            for step in range(1, len(route)):
                index = model.path_index(tuple(route[:step]))
                tree.expand(index)
                if model.canFetchMore(index):
                    model.fetchMore(index)
            target = model.path_index(tuple(route))
            assert target.isValid(), f"{label}: {route} not found"
            tree.scrollTo(target)
            for _ in range(5):
                QApplication.processEvents()
            meter.restart()
            opens.append(first_rows(tree, lambda target=target: tree.expand(target))[0])
            stalls.append(meter.longest())
            children = model.rowCount(target)
            repaints.append(first_rows(tree, lambda: None)[0])  # the same rows painted again, nothing read
            started = time.perf_counter()
            assert floor(store, route[-1]) == children or route[-1][0] == "rpjmd", "the floor reads the same rows"
            floors.append(time.perf_counter() - started)
        results["nodes"].append(
            {
                "node": label,
                "children": children,
                "open_median_s": statistics.median(opens),
                "open_max_s": max(opens),
                "floor_median_s": statistics.median(floors),
                "repaint_median_s": statistics.median(repaints),
            }
        )
    meter.stop()
    results["longest_stall_ms"] = max(stalls) if stalls else 0.0
    results["sub_kegiatan"] = store.scalar("SELECT count(*) FROM renstra_items WHERE level = 'sub_kegiatan'")
    window.close_file()

    print(f"{results['sub_kegiatan']:,} sub-kegiatan in {path.name} ({state})")
    print(f"opening a node of the Pohon kinerja to its children painted (cold, {repeat} rounds; target < 100 ms):")
    for row in results["nodes"]:
        print(
            f"   {row['node']:<10} {row['children']:5d} children  median {row['open_median_s'] * 1000:6.1f} ms"
            f"  max {row['open_max_s'] * 1000:6.1f} ms   floor: its statements fetched {row['floor_median_s'] * 1000:5.2f} ms,"
            f" the same rows repainted {row['repaint_median_s'] * 1000:5.1f} ms"
        )
    worst = max(results["nodes"], key=lambda r: r["open_max_s"])
    print(
        f"slowest: {worst['node']}, max {worst['open_max_s'] * 1000:.1f} ms; longest event-loop stall while opening: {results['longest_stall_ms']:.0f} ms"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"cascade-view-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
