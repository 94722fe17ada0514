"""The file the Renstra fixtures (tests/data/excel/renstra/) are imported into: Kabupaten
Contoh with its Dinas Kesehatan (Sekretariat, Bidang Pelayanan Kesehatan), an RPJMD
2025–2029 with two sasaran, and a province with an RPJMD of its own (a sasaran of another
region)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core import regions, units
from core.plans import rpjmd
from core.store import Store

FIXTURES = Path(__file__).parents[2] / "data" / "excel" / "renstra"
HEALTH = "Meningkatnya derajat kesehatan masyarakat"
GOVERNANCE = "Meningkatnya kualitas tata kelola pemerintahan"
OTHER_REGION = "Meningkatnya pertumbuhan ekonomi provinsi"


@dataclass
class RenstraFile:
    pd: int
    rpjmd: int
    sasaran: dict[str, int]
    units: dict[str, int]


def build(store: Store) -> RenstraFile:
    region = regions.create_region(store, "Kabupaten Contoh", "kabupaten")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force")
    pd = units.create_unit(store, edition.id, None, "Dinas Kesehatan", "dinas").unit_id
    found = {
        "Sekretariat": units.create_unit(store, edition.id, pd, "Sekretariat", "sekretariat").unit_id,
        "Bidang Pelayanan Kesehatan": units.create_unit(store, edition.id, pd, "Bidang Pelayanan Kesehatan", "bidang").unit_id,
    }
    plan = rpjmd.create_rpjmd(store, region.id, "RPJMD Kabupaten Contoh 2025–2029", 2025, 2029, "Kabupaten yang sehat")
    misi = rpjmd.add_goal(store, plan.id, "misi", "Meningkatkan kualitas hidup")
    tujuan = rpjmd.add_goal(store, plan.id, "tujuan", "Meningkatnya kualitas hidup", parent_id=misi.id)
    sasaran = {
        HEALTH: rpjmd.add_goal(store, plan.id, "sasaran", HEALTH, parent_id=tujuan.id, code="1.1.1").id,
        GOVERNANCE: rpjmd.add_goal(store, plan.id, "sasaran", GOVERNANCE, parent_id=tujuan.id, code="4.1.1").id,
    }
    province = regions.create_region(store, "Provinsi Contoh", "provinsi")
    other = rpjmd.create_rpjmd(store, province.id, "RPJMD Provinsi Contoh 2025–2029", 2025, 2029, "Provinsi maju")
    other_misi = rpjmd.add_goal(store, other.id, "misi", "Ekonomi")
    other_tujuan = rpjmd.add_goal(store, other.id, "tujuan", "Ekonomi tumbuh", parent_id=other_misi.id)
    sasaran[OTHER_REGION] = rpjmd.add_goal(store, other.id, "sasaran", OTHER_REGION, parent_id=other_tujuan.id).id
    return RenstraFile(pd, plan.id, sasaran, found)
