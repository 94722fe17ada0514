"""Benchmark of the nomenclature loader (core/nomenclature.py).

Run:  .venv/bin/python bench/bench_nomenclature.py [--rounds 5] [--load]

* Loading the shipped table the first time (target: well under a second).
* Looking up 100,000 codes as a Renstra sheet of a scale-10 region holds them (the
  known sub-kegiatan codes, repeated, half written ``1.01.02.02.01.0001``, one in
  fifty mistyped), each time with the caches emptied first (target: well under 1 s).
* The same for 100,000 different codes (every one seen once: no cache helps).
* Floor, not a ratio: a plain ``dict.get`` of the same 100,000 strings, the least any
  lookup can cost on this machine right now.
Medians over ``--rounds``; results also go to bench/results/nomenclature.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core import nomenclature  # noqa: E402

N = 100_000


def cold() -> None:
    nomenclature._table.cache_clear()
    nomenclature.lookup.cache_clear()


def sheet_codes(known: list[str], rng: random.Random) -> list[str]:
    subs = [c for c in known if nomenclature.level_of(c) == "sub_kegiatan"]
    codes = []
    for _ in range(N):
        code = rng.choice(subs)
        if rng.random() < 0.5:
            parts = code.split(".")
            code = ".".join([*parts[:3], parts[3].zfill(2), parts[4], parts[5][2:]])
        if rng.random() < 0.02:
            code = code[:-1] + str((int(code[-1]) + 7) % 10)
        codes.append(code)
    return codes


def distinct_codes(known: list[str]) -> list[str]:
    subs = [c for c in known if nomenclature.level_of(c) == "sub_kegiatan"]
    kegiatan = sorted({c.rsplit(".", 1)[0] for c in subs})
    return [f"{k}.{i:04d}" for k in kegiatan for i in range(1, N // len(kegiatan) + 2)][:N]


def timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    rng = random.Random(15)
    cold()
    known = list(nomenclature._table().by_code)
    sheet, distinct = sheet_codes(known, rng), distinct_codes(known)
    table = {code: code for code in known}
    results: dict[str, list[float]] = {"load": [], "sheet": [], "distinct": [], "floor": []}
    with maybe_loaded(args.load):
        for _ in range(args.rounds):
            cold()
            results["load"].append(timed(nomenclature._table))
            cold()
            nomenclature._table()
            results["sheet"].append(timed(lambda: [nomenclature.lookup(c) for c in sheet]))
            cold()
            nomenclature._table()
            results["distinct"].append(timed(lambda: [nomenclature.lookup(c) for c in distinct]))
            results["floor"].append(timed(lambda: [table.get(c) for c in sheet]))
    median = {k: statistics.median(v) for k, v in results.items()}
    found = sum(nomenclature.lookup(c) is not None for c in sheet)
    print(f"rows in the table: {len(known):,}; codes of the sheet found: {found:,} of {N:,}")
    print(f"first load of the table          {median['load'] * 1000:8.1f} ms")
    print(f"100,000 sheet codes, cold caches  {median['sheet'] * 1000:8.1f} ms")
    print(f"100,000 different codes, cold     {median['distinct'] * 1000:8.1f} ms")
    print(f"floor: dict.get of 100,000 codes  {median['floor'] * 1000:8.1f} ms (a gauge of the machine)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "nomenclature.json").write_text(json.dumps({"median_s": median, "rounds": args.rounds}, indent=2))


if __name__ == "__main__":
    main()
