#!/usr/bin/env python3
"""Run the test suite (and the linter, as a test), setting up the environment on first use.

python run_tests.py            every test
python run_tests.py -k tree    extra arguments go to pytest
"""

import sys

from tools.bootstrap import ensure_environment, run_in_environment

if __name__ == "__main__":
    python = ensure_environment(("test",))
    sys.exit(run_in_environment(python, ["-m", "pytest", *sys.argv[1:]]))
