"""Benchmark of a restructuring's impact and apply (issue 14).

Run:  .venv/bin/python bench/bench_restructure_apply.py [--scale 10] [--file existing.sotk] [--load]

On a scale-10 sample (about 7,000 staff and 20,000 assets per region) the script drafts, in
as many regions as it takes to reach 20,000 staff, a restructuring that merges 20% of the
perangkat daerah into a neighbour (the merged dinas's bidang moved under the one that
stays) and keeps the rest; every PD is decided and the drafts are approved. Then:

* impact of each draft (every post, person and asset placed; totals per pair of PD):
  target < 2 s per draft;
* apply of all of them (about 20,000 staff and 60,000 assets re-pointed, a hand-over row
  per asset that changes PD), each in one undo-journalled transaction with its audit rows,
  given the impact the user saw (its stamp re-read and compared inside the transaction):
  target < 5 s together; the backup before a change is timed on its own;
* baseline, the same run on a copy of the same file: a plain ``executemany`` of the very
  same UPDATEs of staff and assets and INSERTs of asset_transfers that apply writes (rows
  from the same plan), one transaction per draft, no journal, no audit, no checks. The
  ratio is apply ÷ baseline: the price of checking, journalling and auditing.
The file is copied first: ``--file`` is never changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core import units  # noqa: E402
from core.restructure.apply import TRANSFER_INSERT, apply_in, left_in_archive, plan_writes  # noqa: E402
from core.restructure.drafts import set_status, start_draft  # noqa: E402
from core.restructure.impact import compute_impact  # noqa: E402
from core.restructure.mapping import Decision, read_units, set_decisions  # noqa: E402
from core.store import Store, open_store  # noqa: E402

STAFF_WANTED = 20_000
MERGED_SHARE = 0.2


def prepare(store: Store) -> list[int]:
    """Draft and approve a 20%-merger in enough regions; returns the drafts' edition ids."""
    regions = store.rows(
        "SELECT e.region_id, e.id AS edition_id, count(s.id) AS staff FROM editions e JOIN units u ON u.edition_id = e.id"
        " JOIN staff s ON s.unit_id = u.id WHERE e.status = 'in_force' GROUP BY e.id ORDER BY staff DESC"
    )
    drafts, staff = [], 0
    for region in regions:
        if staff >= STAFF_WANTED:
            break
        staff += region["staff"]
        with store.write() as tx:
            draft = start_draft(tx, region["region_id"], "Penataan bench", effective_date="2026-11-01")
            old = read_units(tx, draft.from_edition_id)
            new = read_units(tx, draft.edition_id)
            copy_of = {row.copied_from_id: row.id for row in new.values()}
            pds = [row.id for row in old.values() if row.parent_id is None]
            merged = max(1, round(MERGED_SHARE * len(pds)))
            sources = pds[1::2][:merged]
            decisions = []
            for source in sources:
                keeper = pds[pds.index(source) - 1]
                for child in [r.id for r in new.values() if r.parent_id == copy_of[source]]:
                    units.move_unit(tx, child, copy_of[keeper])
                units.delete_unit(tx, copy_of[source])
                decisions.append(Decision(source, "merged", (copy_of[keeper],)))
            decisions += [Decision(pd, "kept", (copy_of[pd],)) for pd in pds if pd not in sources]
            set_decisions(tx, draft.edition_id, decisions)
            set_status(tx, draft.edition_id, "in_review")
            set_status(tx, draft.edition_id, "approved")
        drafts.append(draft.edition_id)
    return drafts


def measure_apply(path: Path, drafts: list[int]) -> dict[str, float]:
    from core.backups import Policy, make_backup

    with open_store(path) as store:
        started = time.perf_counter()
        make_backup(store, path, "bench", chosen=Policy(path.parent / "cadangan", keep=1))
        backup = time.perf_counter() - started
        seconds = staff = assets = transfers = 0.0
        for draft in drafts:
            seen = compute_impact(store, draft)  # what the user looked at before pressing apply
            started = time.perf_counter()
            with store.write(undo="Terapkan penataan") as tx:
                result = apply_in(tx, draft, stamp=seen.stamp, bast="BAST/bench", impact=seen)
            seconds += time.perf_counter() - started
            staff += result.staff_moved + result.bench
            assets += result.assets_moved
            transfers += result.transfers
        regions = [store.scalar("SELECT region_id FROM editions WHERE id = ?", (d,)) for d in drafts]
        left = sum(sum(left_in_archive(store, r).values()) for r in regions)
    return {"apply_s": seconds, "backup_s": backup, "staff": staff, "assets": assets, "transfers": transfers, "left": left}


def measure_baseline(path: Path, drafts: list[int]) -> float:
    """The same rows written by plain executemany, one transaction per draft."""
    with open_store(path) as store:
        conn = store.conn
        total = 0.0
        for draft in drafts:
            impact = compute_impact(store, draft)
            rows = plan_writes(impact, impact.mapping.draft.name, "2026-11-01", "BAST/bench")
            first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM asset_transfers").fetchone()[0])
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("UPDATE staff SET unit_id = ?, position_id = ? WHERE id = ?", [(u, p, i) for i, u, p in rows.staff])
            conn.executemany("UPDATE assets SET unit_id = ? WHERE id = ?", [(u, i) for i, u in rows.assets])
            conn.executemany(TRANSFER_INSERT, [(first + n, *row) for n, row in enumerate(rows.transfers)])
            conn.execute("UPDATE editions SET status = 'archived' WHERE id = ?", (impact.mapping.draft.from_edition_id,))
            conn.execute("UPDATE editions SET status = 'in_force' WHERE id = ?", (draft,))
            conn.execute("COMMIT")
            total += time.perf_counter() - started
    return total


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
    path = work / "penataan.sotk"
    if args.file:
        shutil.copy(args.file, path)
    else:
        from core.demo import build_demo

        build_demo(path, seed=1, scale=args.scale)
    with open_store(path) as store:
        drafts = prepare(store)
        impacts = []
        for draft in drafts:
            started = time.perf_counter()
            impact = compute_impact(store, draft)
            impacts.append((time.perf_counter() - started, len(impact.staff), len(impact.assets)))
    baseline_path = work / "dasar.sotk"
    shutil.copy(path, baseline_path)
    applied = measure_apply(path, drafts)
    baseline = measure_baseline(baseline_path, drafts)
    slowest = max(seconds for seconds, _, _ in impacts)
    print(f"{len(drafts)} drafts, each merging {MERGED_SHARE:.0%} of its perangkat daerah")
    for seconds, staff, assets in impacts:
        print(f"  impact: {staff:,} staff, {assets:,} assets placed in {seconds * 1000:.0f} ms (target < 2000 ms)")
    print(
        f"apply: {applied['staff']:,.0f} staff and {applied['assets']:,.0f} assets re-pointed, {applied['transfers']:,.0f}"
        f" hand-over rows, in {applied['apply_s']:.2f} s together (target < 5 s); backup first {applied['backup_s']:.2f} s;"
        f" left pointing at an archived unit afterwards: {applied['left']:.0f}"
    )
    print(
        f"   baseline: the same UPDATEs and INSERTs by plain executemany {baseline:.2f} s; "
        f"ratio {applied['apply_s'] / baseline:.1f}x (the stamp re-read inside the transaction, undo journal, audit rows)"
    )
    results = {"drafts": len(drafts), "impact_s": [i[0] for i in impacts], "impact_slowest_s": slowest, **applied,
               "baseline_s": baseline, "ratio": applied["apply_s"] / baseline}  # fmt: skip
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"restructure-apply-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2), encoding="utf-8"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
