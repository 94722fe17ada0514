"""``--load``: run a benchmark with one core kept busy by a CPU burner, as on a shared machine
(every bench prints its figures idle by default; run it again with --load for the loaded ones)."""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from collections.abc import Iterator


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--load", action="store_true", help="keep one core busy (python -c 'while 1: pass') during the run")


@contextlib.contextmanager
def maybe_loaded(loaded: bool) -> Iterator[str]:
    """Yields "idle" or "loaded" (for the results' names) and stops the burner at the end."""
    if not loaded:
        yield "idle"
        return
    burner = subprocess.Popen([sys.executable, "-c", "while 1: pass"])
    try:
        print(f"(machine loaded: CPU burner pid {burner.pid} on one core)")
        yield "loaded"
    finally:
        burner.terminate()
        burner.wait()
