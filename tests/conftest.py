"""Shared fixtures: a fresh data file per test, and the sample region built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import regions, units
from core.store import Store, create_store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty file with one province and its edition in force."""
    s = create_store(tmp_path / "uji.sotk")
    yield s
    s.close()


@pytest.fixture
def edition(store: Store) -> regions.Edition:
    region = regions.create_region(store, "Provinsi Uji", "provinsi")
    return regions.create_edition(store, region.id, "Perda 1/2024", "in_force")


@pytest.fixture
def tree(store: Store, edition: regions.Edition) -> dict[str, int]:
    """Dinas A (Sekretariat, Bidang X, Bidang Y) and Dinas B (empty)."""
    ids: dict[str, int] = {}
    ids["a"] = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    ids["sek"] = units.create_unit(store, edition.id, ids["a"], "Sekretariat", "sekretariat").unit_id
    ids["x"] = units.create_unit(store, edition.id, ids["a"], "Bidang X", "bidang").unit_id
    ids["y"] = units.create_unit(store, edition.id, ids["a"], "Bidang Y", "bidang").unit_id
    ids["b"] = units.create_unit(store, edition.id, None, "Dinas B", "dinas").unit_id
    return ids


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scale-1 sample, built once; tests copy it before changing anything."""
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("sample") / "contoh.sotk"
    build_demo(path, seed=1, scale=1)
    return path


@pytest.fixture
def sample_copy(sample_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "contoh.sotk"
    shutil.copy(sample_file, target)
    return target


@pytest.fixture
def sample_store(sample_copy: Path) -> Iterator[Store]:
    s = open_store(sample_copy)
    yield s
    s.close()
