"""Set up the program's own virtual environment on first use, with the standard library only.

``run.py`` and ``run_tests.py`` call :func:`ensure_environment` before anything else, so a
fresh machine with Python 3.11 needs no other set-up step. The environment is rebuilt
when ``pyproject.toml`` changes (a stamp file holds its hash).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("SOTK_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements(extras: tuple[str, ...]) -> list[str]:
    import tomllib  # here, so Python < 3.11 reaches the friendly version message first

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project.get("optional-dependencies", {}).get(extra, [])
    return wanted


def ensure_environment(extras: tuple[str, ...] = ()) -> Path:
    """Create ``.venv`` and install the pinned requirements if not done yet; return its python."""
    if sys.version_info < (3, 11):  # noqa: UP036 - bootstrap runs under whatever python3 is installed
        sys.exit("SOTK Planner memerlukan Python 3.11 atau lebih baru / needs Python 3.11 or newer.")
    wanted = requirements(extras)
    digest = hashlib.sha256("\n".join(wanted).encode()).hexdigest()
    stamp = VENV / f"sotk-installed-{'-'.join(extras) or 'app'}.txt"
    python = venv_python()
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return python
    if not python.exists():
        print(f"Menyiapkan lingkungan Python di {VENV} (sekali saja) ...", file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    print("Memasang pustaka yang diperlukan ...", file=sys.stderr, flush=True)
    # pip's output goes to stderr too, so `run.py info --json` prints nothing but JSON.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet", *wanted],
        check=True,
        stdout=sys.stderr,
    )
    stamp.write_text(digest, encoding="utf-8")
    return python


def run_in_environment(python: Path, args: list[str]) -> int:
    """Run ``python args`` from the project folder and return its exit status."""
    try:
        return subprocess.call([str(python), *args], cwd=ROOT)
    except KeyboardInterrupt:
        return 130
