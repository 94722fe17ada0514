"""The frozen program against the same program run from source: the start of the window.

Run:  .venv/bin/python bench/bench_frozen.py [--folder dist/sotk-planner] [--file x.sotk] [--rounds 5]

Both sides do the same work: ``--smoke-test`` on the same sample file, offscreen (start the
process, open the file, paint the window and the tree's first level, close, exit), in turns
(source, frozen, source, ...) so that a busy moment of the shared machine hits both. Printed:
the median of the process's whole run (wall clock, spawn to exit) and of the smoke test's own
``tree_ms`` (process start to the painted tree), each with the ratio frozen ÷ source; target:
at most 1.5. Build the folder first with ``python3 installer/build.py``. ``--load`` runs it
with one core kept busy (see bench/load.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from installer.frozen_smoke import frozen_program, isolated_environment  # noqa: E402


def one_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to exit, the smoke test's tree_ms) of one start."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return seconds, json.loads(done.stdout.strip().splitlines()[-1])["tree_ms"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "sotk-planner", help="the built folder")
    parser.add_argument("--file", type=Path, help="a sample file (default: `demo` writes one)")
    parser.add_argument("--rounds", type=int, default=5)
    add_option(parser)
    args = parser.parse_args()
    program = frozen_program(args.folder.resolve())
    if not program.is_file():
        sys.exit(f"{program} is missing: build it with python3 installer/build.py")
    with tempfile.TemporaryDirectory(prefix="sotk-bench-frozen-") as name:
        work = Path(name)
        env = isolated_environment(work / "home")
        sample = args.file
        if sample is None:
            sample = work / "contoh.sotk"
            subprocess.run([str(program), "demo", str(sample)], check=True, capture_output=True, env=env)
        sides = {
            "source": [sys.executable, str(ROOT / "main.py"), str(sample), "--smoke-test"],
            "frozen": [str(program), str(sample), "--smoke-test"],
        }
        for command in sides.values():  # warm the disk cache and the source's .pyc files
            one_start(command, env)
        runs: dict[str, list[tuple[float, float]]] = {side: [] for side in sides}
        with maybe_loaded(args.load):
            for _ in range(args.rounds):
                for side, command in sides.items():
                    runs[side].append(one_start(command, env))
    figures = {
        side: {"wall_s": statistics.median(r[0] for r in rounds), "tree_ms": statistics.median(r[1] for r in rounds)}
        for side, rounds in runs.items()
    }
    wall_ratio = figures["frozen"]["wall_s"] / figures["source"]["wall_s"]
    tree_ratio = figures["frozen"]["tree_ms"] / figures["source"]["tree_ms"]
    print(f"--smoke-test on {sample.name}, medians of {args.rounds}, in turns{' (one core loaded)' if args.load else ''}:")
    print(
        f"  whole run   source {figures['source']['wall_s']:.2f} s   frozen {figures['frozen']['wall_s']:.2f} s   ratio {wall_ratio:.2f}"
    )
    print(
        f"  tree shown  source {figures['source']['tree_ms']:.0f} ms  frozen {figures['frozen']['tree_ms']:.0f} ms  ratio {tree_ratio:.2f}"
    )
    print(f"  target: ratio at most 1.5 -> {'met' if max(wall_ratio, tree_ratio) <= 1.5 else 'NOT met'}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    record = {"rounds": args.rounds, "load": args.load, "figures": figures, "wall_ratio": wall_ratio, "tree_ratio": tree_ratio}
    (results / "frozen.json").write_text(json.dumps(record, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
