"""Benchmark of the restructuring reads (issue 14): the proposed mapping and the comparison.

Run:  .venv/bin/python bench/bench_restructure_compare.py [--scale 10] [--file existing.sotk] [--repeat 3] [--load]

On a copy of a --scale N sample (or of --file), the largest region's edition in force is
copied as a draft (core.regions.copy_edition) and a fifth of its dinas and badan are merged
into their neighbours with core writes (the bidang move under the neighbour, the urusan join
it, its name joins both, the merged one is deleted). Then, medians of --repeat, each run with
the text caches emptied (as in a program just started):

* propose(edition in force → draft), and how many of the merged PD it finds merged into the
  right dinas (the answer is known: the bench made the merges);
* compare(edition in force, draft) with that mapping: units, urusan and functions changed,
  counts, and all the checks on both editions;
* the two together as ``main.py diff`` does them: compare with no mapping given, which
  proposes one on the editions it has read (target: < 2 s at scale 10);
* propose again on the same draft rebuilt unit by unit with core writes, so that no unit
  records where it was copied from (a structure sheet loaded through the import): names,
  statements, urusan and place alone.

Baseline in the same run: reading both editions' units, urusan and function statements with
plain SELECTs (what any comparison must read). It does less work than either side, so the
ratios say how many times that reading the restructuring reads cost, not a speed-up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
from core import regions, unit_content, units  # noqa: E402
from core.checks import function_overlap, text  # noqa: E402
from core.restructure import _matching  # noqa: E402
from core.restructure.compare import compare  # noqa: E402
from core.restructure.propose import propose  # noqa: E402
from core.store import Store, open_store  # noqa: E402

MERGED_SHARE = 0.2


def make_draft(store: Store) -> tuple[int, int, dict[int, int]]:
    """The draft of the largest region with a fifth of its dinas and badan merged into the
    one before each; returns (edition in force, draft, old id of each merged PD → old id of
    the PD it joined)."""
    sizes = store.rows(
        "SELECT e.id, count(u.id) AS n FROM editions e JOIN units u ON u.edition_id = e.id"
        " WHERE e.status = 'in_force' GROUP BY e.id ORDER BY n DESC"
    )
    base = int(sizes[0]["id"])
    with store.write() as tx:
        draft = regions.copy_edition(tx, base, "Draf penggabungan (bench)")
        tops = tx.rows(
            "SELECT id, name, copied_from_id FROM units WHERE edition_id = ? AND parent_id IS NULL"
            " AND kind IN ('dinas', 'badan') ORDER BY sort_order",
            (draft.id,),
        )
        count = max(1, round(len(tops) * MERGED_SHARE))
        joined: dict[int, int] = {}
        for number in range(count):
            keep, gone = tops[2 * number], tops[2 * number + 1]
            for child in tx.rows("SELECT id FROM units WHERE parent_id = ? AND kind != 'sekretariat'", (gone["id"],)):
                units.move_unit(tx, child["id"], keep["id"])
            unit_content.set_urusan(
                tx, keep["id"], unit_content.urusan_of(tx, keep["id"]) + unit_content.urusan_of(tx, gone["id"])
            )
            units.update_unit(tx, keep["id"], name=f"{keep['name']} dan {gone['name'].split(' ', 1)[1]}"[:300])
            units.delete_unit(tx, gone["id"])
            joined[gone["copied_from_id"]] = keep["copied_from_id"]
    return base, draft.id, joined


def rebuilt_without_copies(store: Store, draft: int) -> tuple[int, dict[int, int]]:
    """The draft again, unit by unit with core writes into a new edition, so that no unit
    records where it came from (as a structure sheet loaded through the import); returns the
    edition and the draft unit id → rebuilt unit id."""
    from core.edition_content import functions_by_unit, urusan_by_unit
    from core.unit_content import Function

    ordered = units.units_in_order(store, draft)
    statements, carried = functions_by_unit(store, [draft]), urusan_by_unit(store, [draft])
    rebuilt: dict[int, int] = {}
    with store.write() as tx:
        region = regions.get_edition(tx, draft).region_id
        edition = regions.create_edition(tx, region, "Draf dari lembar kerja (bench)")
        for unit in ordered:
            parent = rebuilt[unit.parent_id] if unit.parent_id is not None else None
            made = units.create_unit(tx, edition.id, parent, unit.name, unit.kind, typology=unit.typology, eselon=unit.eselon)
            rebuilt[unit.id] = made.unit_id
            if carried.get(unit.id):
                unit_content.set_urusan(tx, made.unit_id, carried[unit.id])
            if statements.get(unit.id):
                unit_content.set_functions(tx, made.unit_id, [Function(None, t, c) for t, c in statements[unit.id]])
    return edition.id, rebuilt


def merged_found(proposals: list[Any], joined: dict[int, int], new_of: dict[int, int]) -> int:
    """Pairs the bench merged that the proposal calls merged into the right unit, both sides."""
    by_old = {p.from_unit_id: p for p in proposals}
    return sum(
        1
        for gone, keep in joined.items()
        if by_old[gone].action == "merged"
        and by_old[gone].to_unit_ids == (new_of[keep],)
        and by_old[keep].action == "merged"
        and by_old[keep].to_unit_ids == (new_of[keep],)
    )


def plain_reads(store: Store, editions: tuple[int, int]) -> int:
    """The baseline: both editions' units, urusan and statements, plain SELECTs."""
    rows = 0
    for edition in editions:
        for sql in (
            "SELECT id, parent_id, kind, name, typology, eselon, code, copied_from_id FROM units WHERE edition_id = ?",
            "SELECT x.unit_id, x.urusan_code FROM unit_urusan x JOIN units u ON u.id = x.unit_id WHERE u.edition_id = ?",
            "SELECT f.unit_id, f.text FROM unit_functions f JOIN units u ON u.id = f.unit_id WHERE u.edition_id = ?",
        ):
            rows += len(store.conn.execute(sql, (edition,)).fetchall())
    return rows


def cold() -> None:
    """Empty the caches a program just started would not have."""
    for cached in (text.analysed, text.stem, _matching.name_key, function_overlap._trigrams):
        cached.cache_clear()


def median_of(repeat: int, work: Callable[[], Any], before: Callable[[], None] = lambda: None) -> tuple[float, Any]:
    times, answer = [], None
    for _ in range(repeat):
        before()
        started = time.perf_counter()
        answer = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), answer


def measure(path: Path, repeat: int, state: str) -> dict[str, Any]:
    with open_store(path) as store:
        base, draft, joined = make_draft(store)
        copy_of = {
            row["copied_from_id"]: row["id"]
            for row in store.rows("SELECT id, copied_from_id FROM units WHERE edition_id = ?", (draft,))
        }
        sheet, rebuilt = rebuilt_without_copies(store, draft)
        unit_count = store.scalar("SELECT count(*) FROM units WHERE edition_id IN (?, ?)", (base, draft))
        baseline_s, rows = median_of(repeat, lambda: plain_reads(store, (base, draft)))
        propose_s, proposals = median_of(repeat, lambda: propose(store, base, draft), cold)
        compare_s, comparison = median_of(repeat, lambda: compare(store, base, draft, proposals), cold)
        both_s, _ = median_of(repeat, lambda: compare(store, base, draft), cold)
        sheet_s, sheet_proposals = median_of(repeat, lambda: propose(store, base, sheet), cold)
    return {
        "machine": state,
        "units_both_editions": unit_count,
        "merged_pairs": len(joined),
        "merged_pairs_found": merged_found(proposals, joined, copy_of),
        "baseline_plain_reads_s": baseline_s,
        "baseline_rows": rows,
        "propose_s": propose_s,
        "compare_s": compare_s,
        "propose_and_compare_s": both_s,
        "propose_without_copies_s": sheet_s,
        "merged_pairs_found_without_copies": merged_found(
            sheet_proposals, joined, {old: rebuilt[new] for old, new in copy_of.items() if new in rebuilt}
        ),
        "proposals": len(proposals),
        "findings_before": comparison.findings["before"]["total"],
        "findings_after": comparison.findings["after"]["total"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file", help="an existing sample (it is copied: the bench writes a draft)")
    parser.add_argument("--repeat", type=int, default=3)
    add_option(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sotk-bench-restructure-"))
    path = work / "bench.sotk"
    if args.file:
        shutil.copy(args.file, path)
    else:
        from core.demo import build_demo

        build_demo(path, seed=1, scale=args.scale)
    with maybe_loaded(args.load) as state:
        r = measure(path, args.repeat, state)
    base = r["baseline_plain_reads_s"]
    print(
        f"draft of the largest region: {r['merged_pairs']} dinas/badan merged into a neighbour; "
        f"{r['units_both_editions']} units in both editions (medians of {args.repeat}, caches emptied each run)"
    )
    print(
        f"baseline: plain SELECTs of both editions' units, urusan, statements ({r['baseline_rows']} rows)  {base * 1000:8.1f} ms"
    )
    print(
        f"propose                                   {r['propose_s'] * 1000:8.1f} ms  {r['propose_s'] / base:6.0f}x baseline   "
        f"merged pairs found right: {r['merged_pairs_found']} of {r['merged_pairs']}"
    )
    print(
        f"compare (with that mapping; all checks on both editions)  {r['compare_s'] * 1000:8.1f} ms  "
        f"{r['compare_s'] / base:6.0f}x baseline   findings {r['findings_before']} → {r['findings_after']}"
    )
    print(
        f"propose + compare, as 'diff' runs them      {r['propose_and_compare_s'] * 1000:8.1f} ms  "
        f"{r['propose_and_compare_s'] / base:6.0f}x baseline   (target < 2 s)"
    )
    print(
        f"propose, the draft rebuilt with no copy records  {r['propose_without_copies_s'] * 1000:8.1f} ms  "
        f"{r['propose_without_copies_s'] / base:6.0f}x baseline   merged pairs found right: "
        f"{r['merged_pairs_found_without_copies']} of {r['merged_pairs']}"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"restructure-compare-{r['machine']}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(r, indent=2), encoding="utf-8"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
