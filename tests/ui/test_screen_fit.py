"""Issue 17: the first start sizes the window to the screen it opens on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from ui.screen_fit import PREFERRED, first_start_geometry

ROOT = Path(__file__).resolve().parents[2]


def test_an_office_laptop_gets_a_window_that_fits_above_its_taskbar() -> None:
    usable = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
    rect = first_start_geometry(usable)
    assert usable.contains(rect)
    assert rect.height() < 728 and rect.width() <= 1366


def test_a_big_screen_gets_the_preferred_size_in_its_middle() -> None:
    usable = QRect(0, 0, 1920, 1040)
    rect = first_start_geometry(usable)
    assert (rect.width(), rect.height()) == (PREFERRED.width(), PREFERRED.height())
    assert abs(rect.center().x() - 960) <= 1 and abs(rect.center().y() - 520) <= 1


def test_the_smoke_test_reports_a_window_that_fits_a_1366_by_768_screen(tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]}),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "SOTK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--smoke-test"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["window_width"] <= 1366 and shown["window_height"] <= 768
