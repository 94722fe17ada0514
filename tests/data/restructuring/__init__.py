"""Real restructurings as fixtures: each folder holds the old and new list of units (with
urusan and a few functions), the expected mapping read from the sources, and SOURCES.md."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from core import regions, unit_content, units
from core.store import Store
from core.unit_content import Function

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Expected:
    action: str
    targets: tuple[str, ...]


@dataclass
class Built:
    old_edition: int
    new_edition: int
    old_ids: dict[str, int]
    new_ids: dict[str, int]
    expected: dict[str, Expected]
    pd_keys: list[str]  # the old units at the top of the tree or of a perangkat daerah kind


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _create(store: Store, edition_id: int, rows: list[dict[str, str]], functions: bool) -> dict[str, int]:
    """Units with core writes, each after its parent; then their urusan and functions."""
    ids: dict[str, int] = {}
    waiting = list(rows)
    with store.write() as tx:
        while waiting:
            ready = [r for r in waiting if not r["parent"] or r["parent"] in ids]
            assert ready, f"parents missing: {[r['parent'] for r in waiting]}"
            for row in ready:
                parent = ids[row["parent"]] if row["parent"] else None
                ids[row["key"]] = units.create_unit(tx, edition_id, parent, row["name"], row["kind"]).unit_id
                if row["urusan"]:
                    unit_content.set_urusan(tx, ids[row["key"]], row["urusan"].split(";"))
                statements = [s.strip() for s in row["functions"].split("|") if s.strip()] if functions else []
                unit_content.set_functions(tx, ids[row["key"]], [Function(None, s) for s in statements])
            waiting = [r for r in waiting if r["key"] not in ids]
    return ids


def build(store: Store, name: str, kind: str = "provinsi", *, functions: bool = True) -> Built:
    """Both editions of the restructuring in folder ``name`` in one new region; without
    ``functions``, names, kinds, places and urusan only (a structure sheet without tupoksi)."""
    folder = HERE / name
    region = regions.create_region(store, f"Uji {name}", kind)
    old = regions.create_edition(store, region.id, "Sebelum", "in_force")
    new = regions.create_edition(store, region.id, "Sesudah", "draft")
    old_rows = _rows(folder / "old.csv")
    old_ids = _create(store, old.id, old_rows, functions)
    new_ids = _create(store, new.id, _rows(folder / "new.csv"), functions)
    expected = {
        r["old_key"]: Expected(r["action"], tuple(k for k in r["new_keys"].split(";") if k))
        for r in _rows(folder / "expected.csv")
    }
    pd_kinds = {"sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan", "satpol_pp", "kecamatan"}
    pd_keys = [r["key"] for r in old_rows if not r["parent"] or r["kind"] in pd_kinds]
    return Built(old.id, new.id, old_ids, new_ids, expected, pd_keys)


Row = tuple[str, str, str, str, str]  # key, name, kind, parent key, urusan (';'), functions ('|')


def edition_of(store: Store, region_id: int, name: str, rows: list[Row], status: str = "draft") -> dict[str, int]:
    """A small hand-made edition: its units by key (for tests of single actions)."""
    edition = regions.create_edition(store, region_id, name, status)
    fields = ("key", "name", "kind", "parent", "urusan", "functions")
    ids = _create(store, edition.id, [dict(zip(fields, row, strict=True)) for row in rows], True)
    ids["_edition"] = edition.id
    return ids
