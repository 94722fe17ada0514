"""Where the shipped data lives, whether run from a checkout or a frozen build.

Everything under ``resources/`` is read through :func:`resource_path`, so a
PyInstaller bundle only has to set ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder of shipped data next to the program."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("reference", "urusan.csv")``."""
    return resources_dir().joinpath(*parts)
