"""SOTK Planner: the program's entry point (window or command line, see ``ui/cli.py``)."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
