"""Fictional assets (barang milik daerah) for the sample, by KIB, with 7-level kode barang.

Land and buildings sit with the head unit of each perangkat daerah; equipment is
spread over every unit; roads and networks belong to the public-works dinas.
Values are whole rupiah stored as integer sen.
"""

from __future__ import annotations

import itertools
import random

from core.demo.catalogue import AssetType, Catalogue
from core.demo.rows import Rows, UnitInfo

# How many items a unit of each kind holds, roughly.
ITEMS_PER_KIND = {
    "sekretariat_daerah": 51,
    "sekretariat_dprd": 51,
    "inspektorat": 38,
    "dinas": 46,
    "badan": 43,
    "satpol_pp": 51,
    "kecamatan": 38,
    "rsud": 178,
    "uptd": 46,
    "sekretariat": 43,
    "bidang": 36,
    "bagian": 28,
    "biro": 23,
    "asisten": 10,
    "subbagian": 23,
    "seksi": 18,
    "irban": 20,
    "kelurahan": 25,
    "kelompok_jf": 8,
}
HEAD_KINDS = {"sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan", "satpol_pp", "kecamatan", "rsud", "uptd"}
STREETS = (
    "Jl. Ahmad Yani",
    "Jl. Sutan Syahrir",
    "Jl. Letjen Sutoyo",
    "Jl. Sultan Abdurrahman",
    "Jl. Gajah Mada",
    "Jl. Imam Bonjol",
    "Jl. Adisucipto",
    "Jl. Sungai Raya Dalam",
    "Jl. Jenderal Urip",
    "Jl. Tanjungpura",
)


class AssetBuilder:
    def __init__(self, rows: Rows, catalogue: Catalogue, rng: random.Random) -> None:
        self.rows = rows
        self.rng = rng
        by_kib: dict[str, list[AssetType]] = {}
        for item in catalogue.assets:
            by_kib.setdefault(item.kib, []).append(item)
        self.movable = [a for a in catalogue.assets if a.kib in ("B", "E")]
        self.weights = list(itertools.accumulate(a.share for a in self.movable))
        self.by_kib = by_kib
        self.registers: dict[tuple[int, str], int] = {}

    def unit_assets(self, unit: UnitInfo, scale_items: float = 1.0) -> None:
        rng = self.rng
        address = f"{rng.choice(STREETS)} No. {rng.randint(1, 180)}"
        if unit.kind in HEAD_KINDS:
            for kib in ("A", "C"):
                for item in self.by_kib.get(kib, [])[:2]:
                    self.add(unit, item, address)
            if "1.03" in unit.urusan and unit.kind == "dinas":
                for item in self.by_kib.get("D", []):
                    for _ in range(rng.randint(8, 20)):
                        self.add(unit, item, address)
            if rng.random() < 0.15:
                for item in self.by_kib.get("F", [])[:1]:
                    self.add(unit, item, address)
        count = int(ITEMS_PER_KIND.get(unit.kind, 10) * scale_items * rng.uniform(0.6, 1.4))
        for item in rng.choices(self.movable, cum_weights=self.weights, k=count):
            self.add(unit, item, address)

    def add(self, unit: UnitInfo, item: AssetType, address: str) -> None:
        rng = self.rng
        key = (unit.pd_id, item.kode_barang)
        register = self.registers.get(key, 0) + 1
        self.registers[key] = register
        year = rng.randint(1985 if item.kib in ("A", "C", "D") else 2005, 2025)
        if item.kib == "F":
            year = rng.randint(2024, 2025)
        rupiah = rng.randint(item.min_rp, item.max_rp) // 1000 * 1000
        condition = rng.choices(("B", "KB", "RB"), (0.76, 0.16, 0.08))[0] if item.kib != "A" else "B"
        area = certificate = None
        if item.kib == "A":
            area = float(rng.randint(300, 20000))
            certificate = f"SHP No. {rng.randint(1, 999)}/{rng.randint(1990, 2024)}"
        elif item.kib == "C":
            area = float(rng.randint(60, 4000))
        self.rows.add_record(
            "assets",
            {
                "unit_id": unit.id,
                "kib": item.kib,
                "kode_barang": item.kode_barang,
                "register": f"{register:06d}",
                "name": item.name,
                "year": year,
                "value_sen": rupiah * 100,
                "condition": condition,
                "location": address,
                "area_m2": area,
                "certificate_no": certificate,
            },
        )
