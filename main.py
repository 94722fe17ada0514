"""SOTK Planner: the program's entry point (window or command line, see ``ui/cli.py``)."""

import time

STARTED = time.perf_counter()  # before any import of ours: the smoke test counts from here

import sys  # noqa: E402

from ui.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], started=STARTED))
