"""A Renstra written in one step (as an import would) undoes and redoes exactly, links and all."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from core import journal, unit_content, units
from core.errors import ValidationError
from core.plans import renstra
from core.resources import resource_path
from core.store import Store, open_store

TABLES = ("renstra", "renstra_items", "renstra_item_goals", "renstra_item_issues", "renstra_item_priorities", "plan_indicators")


def fingerprint(store: Store) -> str:
    digest = hashlib.sha256()
    for table in TABLES:
        for row in store.conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def generic_rows(bidang: str) -> list[dict[str, object]]:
    """Program 01 of ``bidang`` with every generic kegiatan and sub-kegiatan of the province
    that resources/sample/plan_nomenclature.csv holds (the same under every bidang)."""
    with resource_path("sample", "plan_nomenclature.csv").open(encoding="utf-8") as handle:
        found = [r for r in csv.DictReader(handle) if r["code"].startswith("X.XX.01") and r["government"] == "provinsi"]
    rows: list[dict[str, object]] = []
    for row in sorted(found, key=lambda r: r["code"]):
        code = row["code"].replace("X.XX", bidang, 1)
        level = {2: "program", 4: "kegiatan", 5: "sub_kegiatan"}[code.count(".")]
        rows.append(
            {"level": level, "code": code, "name": row["name"], "pagu": "Rp 1.000.000" if level == "sub_kegiatan" else None}
        )
    return rows


def test_a_whole_renstra_undoes_and_redoes_with_the_same_ids(sample_copy: Path) -> None:
    store = open_store(sample_copy)
    try:
        edition = store.scalar("SELECT id FROM editions WHERE status = 'in_force'")
        pd = units.create_unit(store, edition, None, "Dinas Contoh", "dinas").unit_id
        unit_content.set_urusan(store, pd, ["5.07"])
        own = renstra.create_renstra(store, store.scalar("SELECT id FROM rpjmd"), pd).id
        before = fingerprint(store)
        rows = generic_rows("5.07")
        with store.write(undo="Impor Renstra") as tx:
            context = renstra.RenstraContext(tx, own)
            ids = []
            for row in rows:
                values = renstra.validate_item(context, row).raise_first()
                values["level"] = row["level"]
                ids += renstra.insert_items(tx, own, [values], context)
        after = fingerprint(store)
        assert after != before and tx.step is not None and len(ids) == len(rows) > 30
        redo = journal.reverse(store, tx.step, "undo", "Impor Renstra")
        assert fingerprint(store) == before
        assert redo is not None
        journal.reverse(store, redo, "redo", "Impor Renstra")
        assert fingerprint(store) == after
        assert renstra.get_item(store, ids[-1]).pagu_sen == 100_000_000
    finally:
        store.close()


def test_the_same_code_twice_for_one_unit_is_refused(store: Store, edition, tree) -> None:
    from tests.core.plans.helpers import make_plan, region_of

    plan = make_plan(store, region_of(store, edition.id))
    own = renstra.create_renstra(store, plan.rpjmd_id, tree["a"]).id
    renstra.add_item(store, own, "program", "1.02.02", "PROGRAM KESEHATAN")
    renstra.add_item(store, own, "kegiatan", "1.02.02.1.01", "Fasilitas Pelayanan")
    renstra.add_item(store, own, "sub_kegiatan", "1.02.02.1.01.0009", "Rehabilitasi Rumah Sakit", unit_id=tree["x"])
    renstra.add_item(store, own, "sub_kegiatan", "1.02.02.1.01.0009", "Rehabilitasi Rumah Sakit", unit_id=tree["y"])
    with pytest.raises(ValidationError, match="sudah ada"):
        renstra.add_item(store, own, "sub_kegiatan", "1.02.02.01.01.0009", "Rehabilitasi Rumah Sakit", unit_id=tree["x"])
    with pytest.raises(ValidationError, match="sudah ada"):
        renstra.add_item(store, own, "program", "1.02.02", "PROGRAM KESEHATAN")
