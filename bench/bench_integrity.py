"""What checking a file on opening costs (issue 12, "Trust the file").

Run:  .venv/bin/python bench/bench_integrity.py [--scale 10] [--file existing.sotk] [--repeat 5]

* Baseline: just opening the file read-only (header, version, schema of every table).
* The quick page check every command and the window run on opening (``PRAGMA quick_check``):
  its cost on top of the baseline. The window runs it at once up to 64 MB and in a thread
  above, so a big file is usable while it runs: the time the window's thread is blocked
  by opening is the baseline alone there.
* The full check of *Berkas → Periksa keutuhan berkas* (``PRAGMA integrity_check``).

Each figure is the median of ``--repeat`` runs with the file in the system's cache (a
first open after a reboot reads from disk and is slower; the machine is shared, so the
cache is not dropped here).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.integrity import full_check  # noqa: E402
from core.store import check_pages, open_store  # noqa: E402


def median_seconds(work: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="sotk-bench-")) / f"scale{args.scale}.sotk"
        build_demo(path, seed=1, scale=args.scale)
    size_mb = path.stat().st_size / 1e6

    def just_open() -> None:
        open_store(path, read_only=True).close()

    def open_and_check_pages() -> None:
        open_store(path, read_only=True, pages=True).close()

    just_open()  # the file in the cache, as after the first look
    baseline = median_seconds(just_open, args.repeat)
    quick = median_seconds(open_and_check_pages, args.repeat)
    pages_only = median_seconds(lambda: check_pages(path), args.repeat)
    full = median_seconds(lambda: full_check(path), max(1, args.repeat // 2))
    results = {
        "file": str(path),
        "size_mb": round(size_mb, 1),
        "open_baseline_s": baseline,
        "open_with_quick_check_s": quick,
        "quick_check_alone_s": pages_only,
        "full_integrity_check_s": full,
    }
    print(f"file {path.name}: {size_mb:.0f} MB")
    print(f"baseline: opening read-only (header, version, schema)  {baseline * 1000:7.1f} ms")
    print(
        f"opening with the quick page check                      {quick * 1000:7.1f} ms "
        f"(+{(quick - baseline) * 1000:.0f} ms, {quick / baseline:.0f}x the baseline; the check alone {pages_only * 1000:.0f} ms)"
    )
    print(f"full integrity check (Berkas > Periksa keutuhan berkas)  {full * 1000:7.1f} ms ({full / baseline:.0f}x the baseline)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"integrity-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
