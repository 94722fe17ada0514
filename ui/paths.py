"""Where the program keeps its own files: the log, the sample region, settings in tests."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

SAMPLE_FILE_NAME = "contoh-kalimantan-barat.sotk"


def data_dir() -> Path:
    """The user's data folder for SOTK Planner (``SOTK_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("SOTK_DATA_DIR")
    base = Path(override) if override else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_path() -> Path:
    return data_dir() / "sotk-planner.log"


def sample_path() -> Path:
    return data_dir() / SAMPLE_FILE_NAME
