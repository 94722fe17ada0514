"""Benchmarks of the plans (issue 15): the checks with the planning rules, and opening a node
of the cascade tree.

Run:  .venv/bin/python bench/bench_plans.py [--scale 10] [--file existing.sotk] [--repeat 5] [--load]

Figures, each beside a baseline measured in the same run doing the same reads:

* all checks, planning rules included, on every edition of the file (target: < 3 s at scale
  10, summed over the editions), beside the same run without the planning rules (a gauge of
  what the structure checks take by themselves, not a ratio: the work differs); the planning
  checks run alone (their reads included) against the same statements they read
  (core/checks/plan_data.py) run with plain SQL and fetched, nothing built from them: the
  ratio is what the checks add to their reads. A first pass warms the file's pages; then the
  sides run in turn, medians of --repeat // 2;
* a cascade node's children (target: < 100 ms): for the node of each kind with the most
  children in the file (a visi, a misi, the sasaran with most programs, the program with most
  kegiatan, the kegiatan with most sub-kegiatan), core.plans.cascade.children against the same
  statements run with plain SQL and fetched; medians of --repeat, the slowest node is the headline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.load import add_option, maybe_loaded  # noqa: E402
from core.checks import CHECKS, plan_data, run_checks  # noqa: E402
from core.plans import cascade  # noqa: E402
from core.regions import list_editions  # noqa: E402
from core.store import Store, open_store  # noqa: E402

PLANNING_RULES = ("plan_outside_urusan", "plan_alignment", "sub_kegiatan_twice", "ego_sektoral", "plan_nomenclature")


def _median(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _checks_pass(store: Store, editions: list[int], only: list[str] | None) -> tuple[float, float, int]:
    """Seconds for the checks (all, or ``only``) on every edition, the planning rules' share
    of them (their reads included when they run first), and the findings."""
    started = time.perf_counter()
    planning = 0.0
    findings = 0
    for edition_id in editions:
        report = run_checks(store, edition_id, only=only)
        findings += len(report.findings)
        planning += sum(report.seconds.get(rule, 0.0) for rule in PLANNING_RULES)
    return time.perf_counter() - started, planning, findings


def _plain_reads(store: Store, editions: list[int]) -> None:
    """The statements the planning checks read with (core/checks/plan_data.py), fetched only."""
    for edition_id in editions:
        region_id = store.scalar("SELECT region_id FROM editions WHERE id = ?", (edition_id,))
        row = store.conn.execute(plan_data.LATEST_RPJMD_SQL, (region_id,)).fetchone()
        for sql in plan_data.EDITION_STATEMENTS:
            store.conn.execute(sql, (edition_id,)).fetchall()
        if row is not None:
            for sql in plan_data.RPJMD_STATEMENTS:
                store.conn.execute(sql, (row[0],)).fetchall()


def checks_on_file(store: Store, repeat: int) -> dict[str, Any]:
    editions = [edition.id for edition in list_editions(store)]
    others = [module.RULE for module in CHECKS if module.RULE not in PLANNING_RULES]
    _checks_pass(store, editions, None)  # warm the file's pages: every pass below reads them warm
    totals, withouts, plannings, reads = [], [], [], []
    findings = 0
    for _ in range(repeat):  # in turn, so a burst of load hits every side alike
        total, _, findings = _checks_pass(store, editions, None)
        totals.append(total)
        withouts.append(_checks_pass(store, editions, others)[0])
        plannings.append(_checks_pass(store, editions, list(PLANNING_RULES))[1])
        started = time.perf_counter()
        _plain_reads(store, editions)
        reads.append(time.perf_counter() - started)
    return {
        "editions": len(editions),
        "findings": findings,
        "renstra_items": store.scalar("SELECT count(*) FROM renstra_items"),
        "sub_kegiatan": store.scalar("SELECT count(*) FROM renstra_items WHERE level = 'sub_kegiatan'"),
        "all_checks_s": statistics.median(totals),
        "checks_without_planning_s": statistics.median(withouts),
        "planning_checks_s": statistics.median(plannings),
        "planning_reads_plain_sql_s": statistics.median(reads),
    }


def _busiest(store: Store) -> list[tuple[str, str, int]]:
    """(label, kind, id) of the node of each level with the most children."""
    nodes: list[tuple[str, str, int]] = []
    visi = store.scalar(
        "SELECT r.id FROM rpjmd r ORDER BY (SELECT count(*) FROM plan_goals g WHERE g.rpjmd_id = r.id AND g.parent_id IS NULL) DESC LIMIT 1"
    )
    if visi is not None:
        nodes.append(("visi", "rpjmd", int(visi)))
    queries = (
        ("misi", "SELECT parent_id FROM plan_goals WHERE kind = 'tujuan' GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1"),
        (
            "sasaran",
            "SELECT l.goal_id FROM renstra_item_goals l JOIN renstra_items i ON i.id = l.item_id WHERE i.level = 'program'"
            " GROUP BY l.goal_id ORDER BY count(*) DESC LIMIT 1",
        ),
        (
            "program",
            "SELECT i.parent_id FROM renstra_items i WHERE i.level = 'kegiatan' GROUP BY i.parent_id ORDER BY count(*) DESC LIMIT 1",
        ),
        (
            "kegiatan",
            "SELECT i.parent_id FROM renstra_items i WHERE i.level = 'sub_kegiatan' GROUP BY i.parent_id ORDER BY count(*) DESC LIMIT 1",
        ),
    )
    for label, sql in queries:
        found = store.scalar(sql)
        if found is not None:
            nodes.append((label, "goal" if label in ("misi", "sasaran") else "item", int(found)))
    return nodes


def _plain_children(store: Store, kind: str, node_id: int) -> int:
    """The statements :func:`core.plans.cascade.children` runs, fetched and nothing more."""
    conn = store.conn
    if kind == "rpjmd":
        return len(conn.execute(cascade.TOP_GOALS_SQL, (node_id,)).fetchall())
    if kind == "goal":
        return len(conn.execute(cascade.CHILD_GOALS_SQL, (node_id,)).fetchall()) + len(
            conn.execute(cascade.SASARAN_PROGRAMS_SQL, (node_id,)).fetchall()
        )
    return len(conn.execute(cascade.CHILD_ITEMS_SQL, (node_id,)).fetchall())


def children_of_nodes(store: Store, repeat: int) -> list[dict[str, Any]]:
    rows = []
    for label, kind, node_id in _busiest(store):
        count = len(cascade.children(store, kind, node_id))
        assert count == _plain_children(store, kind, node_id), "both sides must read the same rows"
        ours: list[float] = []
        plain: list[float] = []
        for _ in range(repeat):  # in turn, so a burst of load hits both sides alike
            ours.append(_median(lambda kind=kind, node_id=node_id: cascade.children(store, kind, node_id), 1))
            plain.append(_median(lambda kind=kind, node_id=node_id: _plain_children(store, kind, node_id), 1))
        rows.append(
            {"node": label, "children": count, "children_s": statistics.median(ours), "plain_sql_s": statistics.median(plain)}
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    parser.add_argument("--repeat", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    with maybe_loaded(args.load) as state:
        return measure(args, state)


def measure(args: argparse.Namespace, state: str) -> int:
    results: dict[str, Any] = {"machine": state}
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="sotk-bench-")) / f"scale{args.scale}.sotk"
        started = time.perf_counter()
        results["counts"] = build_demo(path, seed=1, scale=args.scale)
        results["build_s"] = time.perf_counter() - started
    with open_store(path, read_only=True) as store:
        checks = checks_on_file(store, max(1, args.repeat // 2))
        nodes = children_of_nodes(store, args.repeat)
    results["checks"] = checks
    results["children"] = nodes
    print(
        f"{checks['renstra_items']:,} Renstra items ({checks['sub_kegiatan']:,} sub-kegiatan), {checks['editions']} editions, "
        f"{checks['findings']:,} findings"
    )
    print(
        f"all checks with the planning rules     {checks['all_checks_s']:6.2f} s  (target < 3 s); the same run without the"
        f" planning rules {checks['checks_without_planning_s']:.2f} s (the structure checks' own share, not the same work)"
    )
    print(
        f"   planning checks {checks['planning_checks_s']:.3f} s vs their reads in plain SQL {checks['planning_reads_plain_sql_s']:.3f} s"
        f"   ratio {checks['planning_checks_s'] / max(checks['planning_reads_plain_sql_s'], 1e-9):.1f}x"
    )
    print(f"a cascade node's children (medians of {args.repeat}; target < 100 ms), against the same statements in plain SQL:")
    for row in nodes:
        print(
            f"   {row['node']:<9} {row['children']:5d} children  {row['children_s'] * 1000:7.2f} ms  vs plain SQL "
            f"{row['plain_sql_s'] * 1000:7.2f} ms   ratio {row['children_s'] / max(row['plain_sql_s'], 1e-9):.2f}x"
        )
    slowest = max(nodes, key=lambda row: row["children_s"]) if nodes else None
    if slowest:
        print(f"slowest node: {slowest['node']}, {slowest['children_s'] * 1000:.2f} ms")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"plans-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
