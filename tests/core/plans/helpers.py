"""A small plan over the shared ``tree`` fixture: an RPJMD with one misi, tujuan and sasaran."""

from __future__ import annotations

from dataclasses import dataclass

from core import regions
from core.plans import rpjmd
from core.store import Store


@dataclass
class Plan:
    rpjmd_id: int
    misi: int
    tujuan: int
    sasaran: int


def make_plan(store: Store, region_id: int) -> Plan:
    plan = rpjmd.create_rpjmd(store, region_id, "RPJMD 2025–2029", 2025, 2029, "Daerah yang maju dan sejahtera")
    misi = rpjmd.add_goal(store, plan.id, "misi", "Meningkatkan kualitas sumber daya manusia")
    tujuan = rpjmd.add_goal(store, plan.id, "tujuan", "Meningkatnya derajat kesehatan", parent_id=misi.id)
    sasaran = rpjmd.add_goal(store, plan.id, "sasaran", "Menurunnya prevalensi stunting", parent_id=tujuan.id)
    return Plan(plan.id, misi.id, tujuan.id, sasaran.id)


def region_of(store: Store, edition_id: int) -> int:
    return regions.get_edition(store, edition_id).region_id
