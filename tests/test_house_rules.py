"""House rules that are easy to break, checked on every run (ARCHITECTURE.md, STYLE.md)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fresh_process import run_fresh

ROOT = Path(__file__).resolve().parents[1]


def test_core_reports_and_cli_never_load_qt() -> None:
    """Imported in a fresh interpreter, the domain, the reports and the command line stay Qt-free."""
    code = (
        "import json, sys, pkgutil, importlib\n"
        "import core, reports, ui.cli\n"
        "for package in (core, reports):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab') "
        "and not m.startswith('reportlab'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(result.stdout) == []


def test_core_never_imports_ui_or_reports() -> None:
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in ("ui", "reports", "PySide6"), f"{path.relative_to(ROOT)} imports {name}"


def test_core_messages_are_extractable_for_translation() -> None:
    """N_() marks core messages; lupdate gives them the empty context only outside classes."""
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_":
                    pytest.fail(f"{path.relative_to(ROOT)}:{node.lineno}: N_() inside class {cls.name} gets the wrong context")


def test_ruff_is_clean() -> None:
    lint = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT)
    assert lint.returncode == 0, lint.stdout
    formatting = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT
    )
    assert formatting.returncode == 0, formatting.stdout


def test_the_window_starts_without_reportlab(tmp_path: Path) -> None:
    """Opening a file in the window loads no PDF or spreadsheet machinery (reportlab ~0.3 s,
    XlsxWriter, calamine); writing a report does."""
    code = (
        "import json, sys\n"
        "from core import regions, units\n"
        "from core.store import create_store\n"
        f"path = {str(tmp_path / 'kecil.sotk')!r}\n"
        "store = create_store(path)\n"
        "region = regions.create_region(store, 'Provinsi Uji', 'provinsi', edition_name='Perda 1/2024')\n"
        "units.create_unit(store, regions.list_editions(store, region.id)[0].id, None, 'Dinas A', 'dinas')\n"
        "store.close()\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.app import make_application, start_window\n"
        "app = make_application()\n"
        "window = start_window(path)\n"
        "for _ in range(20):\n"
        "    app.processEvents()\n"
        "shown = {'visible': window.isVisible(), 'units': window.model.rowCount() if window.model else 0,\n"
        "         'reportlab': sorted(m for m in sys.modules if m.startswith('reportlab')),\n"
        "         'sheets': sorted(m for m in sys.modules if m.split('.')[0] in ('xlsxwriter', 'openpyxl', 'python_calamine'))}\n"
        "from reports.catalog import KINDS\n"
        "KINDS['structure'].writer\n"
        "shown['after_report'] = 'reportlab.platypus' in sys.modules\n"
        "window.close_file()\n"
        "print(json.dumps(shown))\n"
    )
    shown = run_fresh(code, tmp_path)
    assert shown["visible"] and shown["units"] == 1
    assert shown["reportlab"] == []
    assert shown["sheets"] == []
    assert shown["after_report"]


def test_the_window_and_the_reports_run_no_sql_of_their_own() -> None:
    """Queries live in core (CONTRIBUTING 2): ui/ and reports/ call core functions."""
    import re

    pattern = re.compile(r"\.conn\.execute\(|store\.(rows|one|scalar)\(")
    for folder in ("ui", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                assert not pattern.search(line), f"{path.relative_to(ROOT)}:{number} runs SQL: {line.strip()}"


def test_the_window_is_painted_before_the_file_layer_and_the_checks_load(tmp_path: Path) -> None:
    """Issue 11: what the user has not asked for is not imported before the first paint. The
    file layer (SQLite, locks, the undo journal), the staff, asset and check code load when a
    file is opened or a list or check is first used, after the window is on screen; the
    Pohon kinerja's panel, dialogs, commands and plans code when that dock is first seen."""
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.app import make_application\n"
        "from ui.main_window import MainWindow\n"
        "from ui.settings import Settings\n"
        "app = make_application()\n"
        "window = MainWindow(Settings())\n"
        "window.show()\n"
        "QCoreApplication.processEvents()\n"
        "heavy = ('core.store', 'core.staff', 'core.assets', 'core.checks.runner', 'core.units', 'logging.handlers',\n"
        "         'core.plans.cascade', 'core.plans.renstra', 'core.plans.rpjmd', 'core.nomenclature',\n"
        "         'ui.panels.cascade', 'ui.dialogs.plans', 'ui.commands.plans')\n"
        "print(json.dumps({'visible': window.isVisible(), 'loaded': [m for m in heavy if m in sys.modules]}))\n"
    )
    shown = run_fresh(code, tmp_path)
    assert shown["visible"]
    assert shown["loaded"] == []


def test_the_main_window_is_assembly_only() -> None:
    """Issue 11: ui/main_window.py assembles the window (under 600 lines); what the actions do
    lives in ui/controllers/."""
    lines = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines < 600, f"ui/main_window.py has {lines} lines"
