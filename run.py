#!/usr/bin/env python3
"""Start SOTK Planner, setting up its environment on first use.

python run.py                 open the last file, or the sample region
python run.py FILE.sotk       open that file
python run.py demo OUT.sotk   (and every other command of main.py)
"""

import sys

from tools.bootstrap import ensure_environment, run_in_environment

if __name__ == "__main__":
    sys.exit(run_in_environment(ensure_environment(), ["main.py", *sys.argv[1:]]))
