"""Run Python code in a fresh interpreter, as a program just started (its own settings and
data folders, the offscreen platform), and read the JSON it prints on its last line: what
was imported when, and what a new process sees, cannot be asked of the test's own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_fresh(code: str, home: Path, timeout: int = 120) -> Any:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
        "SOTK_DATA_DIR": str(home / "data"),
    }
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
