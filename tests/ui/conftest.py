"""GUI tests run offscreen with pytest-qt; settings and data go to a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from core import regions, unit_content, units
from core.store import create_store
from ui.app import ORGANIZATION
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def isolated(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings and the data folder at a temporary place."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName("SOTK Planner Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings_dir = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv("SOTK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    """A province with two dinas: Dinas A (Sekretariat, Bidang X, Bidang Y) and Dinas B."""
    path = tmp_path / "kecil.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Provinsi Uji", "provinsi", edition_name="Perda 1/2024")
    edition = regions.list_editions(store, region.id)[0]
    a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    units.create_unit(store, edition.id, a, "Sekretariat", "sekretariat")
    x = units.create_unit(store, edition.id, a, "Bidang X", "bidang").unit_id
    units.create_unit(store, edition.id, a, "Bidang Y", "bidang")
    units.create_unit(store, edition.id, None, "Dinas B", "dinas")
    unit_content.set_functions(store, x, [unit_content.Function(None, "pembinaan koperasi")])
    store.close()
    return path


@pytest.fixture
def window(qtbot, isolated: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_file()
