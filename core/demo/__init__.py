"""The bundled sample region: ``python main.py demo OUT.sotk [--seed N] [--scale N]``.

Scale 1 is the Province of Kalimantan Barat (Perda 5/2021) with fictional bidang,
functions, staff and assets. Larger scales add its kabupaten/kota (and, past 14 of
them, numbered fictional ones) until there are about 1,000 units per scale step:
``--scale 10`` ≈ 10,000 units, 100,000 staff and 300,000 assets. The same seed always
gives the same data.

Planted defects (so the checks have something real to find), all in the province:

* urusan 2.17 (Koperasi, UKM) is claimed by a second PD, the Dinas Perindustrian,
  Perdagangan, ESDM, running the same program 2.17.03; that dinas then carries
  **four** urusan;
* that dinas has a function statement that says what the Dinas Koperasi's says,
  in other words (a near-duplicate function);
* Badan Penelitian dan Pengembangan also claims 2.20 (Statistik) and its program
  2.20.02, carried by the Dinas Kominfo, with an overlapping statement;
* in the first kabupaten (scale 2 and up) no PD carries 2.23 Perpustakaan and
  2.24 Kearsipan: a coverage gap.

These (with the plans' misalignments, core/demo/plans.py) are the sample's errors and
nothing else is (tests/core/test_checks.py). Their consequences are true findings too:
the dinas's fifth bidang is over the typology limit (a warning, the limit unverified), and
the regency's library dinas runs programs of urusan it no longer carries.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from core import assets as asset_records
from core import staff as staff_records
from core.demo.assets import AssetBuilder
from core.demo.catalogue import load_catalogue
from core.demo.people import PeopleBuilder
from core.demo.plans import add_sample_plans
from core.demo.restructure_draft import add_sample_draft
from core.demo.rows import COLUMNS, INSERT_ORDER, Rows, UnitInfo
from core.demo.structure import StructureBuilder
from core.i18n import N_
from core.store import Tx, create_store

Progress = Callable[[float, str], None]

UNITS_PER_SCALE = 1000
PROVINCE_NAME = "Provinsi Kalimantan Barat"
EDITION_NAME = "SOTK Perda Nomor 5 Tahun 2021 (data contoh)"
LEGAL_BASIS = "Peraturan Daerah Provinsi Kalimantan Barat Nomor 5 Tahun 2021 tentang Pembentukan dan Susunan Perangkat Daerah"
# Share of kelompok jabatan fungsional with one person waiting for placement: a handful per
# region (a real office has few, and each is a record to complete, so each is a warning).
UNPLACED_SHARE = 0.04
CREATED_AT = "2026-01-05T08:00:00+07:00"  # fixed, so the same seed gives the same file content

# Planted defects (see module docstring); statements chosen to overlap with the catalogue's.
DEFECT_COOPERATIVE_STATEMENT = "pelaksanaan pembinaan serta pengawasan terhadap koperasi dan usaha kecil menengah di daerah"
DEFECT_STATISTICS_STATEMENT = "penyelenggaraan statistik sektoral daerah serta pengelolaan data dan informasi statistik"


def build_demo(
    path: str | os.PathLike[str], *, seed: int = 1, scale: int = 1, progress: Progress | None = None
) -> dict[str, int]:
    """Write a new sample file at ``path``; return counts of what it holds."""
    report = progress or (lambda fraction, message: None)
    rng = random.Random(seed)
    catalogue = load_catalogue()
    rows = Rows()
    structure = StructureBuilder(rows, catalogue, rng)

    report(0.02, N_("struktur provinsi"))
    _region(rows, structure, PROVINCE_NAME, "provinsi", "61", EDITION_NAME, LEGAL_BASIS, "5 Tahun 2021")
    province = structure.province()
    _plant_province_defects(rows, structure, province)

    target_units = UNITS_PER_SCALE * scale
    regencies = _regency_count(scale)
    for number in range(regencies):
        report(0.02 + 0.3 * number / max(1, regencies), N_("struktur kabupaten/kota"))
        remaining = regencies - number
        budget = (target_units - rows.count("units")) / remaining
        _regency(rows, structure, catalogue.regencies, number, budget, rng)

    report(0.35, N_("jabatan dan pegawai"))
    people = PeopleBuilder(rows, catalogue, rng)
    people.competencies()
    assets = AssetBuilder(rows, catalogue, rng)
    for index, unit in enumerate(rows.units):
        people.unit_people(unit)
        assets.unit_assets(unit)
        if unit.kind in ("kelompok_jf",) and rng.random() < UNPLACED_SHARE:
            people.unplaced(unit, 1)
        if index % 500 == 0:
            report(0.35 + 0.35 * index / len(rows.units), N_("jabatan, pegawai dan aset"))

    report(0.72, N_("menulis berkas"))
    _write(path, rows, seed, scale, report)
    plans = add_sample_plans(path, seed, lambda fraction, message: report(0.97 + 0.03 * fraction, message))
    add_sample_draft(path, CREATED_AT)
    report(1.0, N_("selesai"))
    return {
        "regions": rows.count("regions"),
        "units": rows.count("units"),
        "functions": rows.count("unit_functions"),
        "positions": rows.count("positions"),
        "staff": rows.count("staff"),
        "assets": rows.count("assets"),
        **plans,
    }


def _regency_count(scale: int) -> int:
    if scale <= 1:
        return 0
    # Kalimantan Barat has 14 kabupaten/kota; bigger scales add fictional ones (~700 units each).
    return max(round((scale - 1) * 14 / 9), math.ceil((scale - 1) * UNITS_PER_SCALE / 800))


def _region(
    rows: Rows, structure: StructureBuilder, name: str, kind: str, code: str, edition: str, basis: str, number: str
) -> None:
    region_id = rows.next_id("regions")
    rows.add("regions", (region_id, name, kind, code, CREATED_AT))
    edition_id = rows.next_id("editions")
    rows.add("editions", (edition_id, region_id, edition, "in_force", basis, number, None, None, CREATED_AT))
    structure.region_id, structure.edition_id = region_id, edition_id
    structure.level = "provinsi" if kind == "provinsi" else kind


def _regency(
    rows: Rows, structure: StructureBuilder, listed: list[dict[str, str]], number: int, budget: float, rng: random.Random
) -> None:
    if number < len(listed):
        row = listed[number]
        name, kind, code, capital = row["name"], row["kind"], row["code"], row["capital"]
    else:
        name, kind, code, capital = (
            f"Kabupaten Contoh {number + 1}",
            "kabupaten",
            f"99.{number + 1:02d}",
            f"Ibu Kota {number + 1}",
        )
    basis = f"Peraturan Daerah {name} Nomor {rng.randint(3, 12)} Tahun {rng.randint(2016, 2023)} tentang Pembentukan dan Susunan Perangkat Daerah"
    _region(rows, structure, name, kind, code, f"SOTK {name} (data contoh)", basis, "")
    before = rows.count("units")
    fixed = structure.regency_fixed()
    if number == 0:
        _plant_coverage_gap(rows, fixed)
    dinkes = next((u for n, u in fixed.items() if n == "Dinas Kesehatan"), None)
    disdik = next((u for n, u in fixed.items() if n.startswith("Dinas Pendidikan")), None)
    per_kecamatan = 13 if kind == "kabupaten" else 17
    left = budget - (rows.count("units") - before)
    kecamatan_count = max(5, min(60, round(left / per_kecamatan)))
    for index, place in enumerate(structure.kecamatan_names(kecamatan_count)):
        kelurahan = rng.randint(4, 7) if kind == "kota" else (2 if index == 0 else rng.choice((0, 0, 1)))
        structure.kecamatan(place if index else capital, kelurahan, dinkes, disdik, 1 + 2 * index)


def _plant_province_defects(rows: Rows, structure: StructureBuilder, province: dict[str, UnitInfo]) -> None:
    industry = next(u for n, u in province.items() if n.startswith("Dinas Perindustrian"))
    research = province["Badan Penelitian dan Pengembangan"]
    # A fourth urusan, and one that the Dinas Koperasi already carries.
    rows.add("unit_urusan", (industry.id, "2.17", 3))
    industry.urusan = (*industry.urusan, "2.17")
    structure.unit(
        industry,
        "bidang",
        "Bidang Pembinaan Usaha dan Koperasi",
        functions=[DEFECT_COOPERATIVE_STATEMENT, *structure.generic("bidang", "Bidang Pembinaan Usaha dan Koperasi")],
        function_urusan="2.17",
        programs=["2.17.03"],  # the Dinas Koperasi runs 2.17.03 too: the same program in two PD
    )
    rows.add("unit_urusan", (research.id, "2.20", 1))
    research.urusan = (*research.urusan, "2.20")
    structure.unit(
        research,
        "bidang",
        "Bidang Data dan Statistik",
        functions=[DEFECT_STATISTICS_STATEMENT, *structure.generic("bidang", "Bidang Data dan Statistik", "kepala badan")],
        function_urusan="2.20",
        programs=["2.20.02"],  # as the Dinas Kominfo's Bidang Statistik
    )


def _plant_coverage_gap(rows: Rows, fixed: dict[str, UnitInfo]) -> None:
    """Drop the urusan of the regency's library dinas: 2.23 and 2.24 end up uncovered."""
    library = next((u for n, u in fixed.items() if n.startswith("Dinas Perpustakaan")), None)
    if library is None:
        return
    rows.tables["unit_urusan"] = [r for r in rows.tables["unit_urusan"] if r[0] != library.id]
    library.urusan = ()


def _write(path: str | os.PathLike[str], rows: Rows, seed: int, scale: int, report: Progress) -> None:
    store = create_store(Path(path), sample=True)
    try:
        store.conn.execute("PRAGMA synchronous = OFF")  # a fresh file: nothing to lose if the build fails
        with store.write() as tx:
            total = sum(rows.count(t) for t in INSERT_ORDER) or 1
            done = 0
            for table in INSERT_ORDER:
                if table in rows.records:
                    written = _write_records(tx, table, rows.records[table])
                else:
                    written = _write_rows(tx, table, rows.tables.get(table, []))
                done += written
                report(0.72 + 0.25 * done / total, N_("menulis berkas"))
            store.set_meta(tx, "sample_seed", str(seed))
            store.set_meta(tx, "sample_scale", str(scale))
            tx.audit(
                "demo",
                "file",
                None,
                None,
                {"seed": seed, "scale": scale, "units": rows.count("units"), "staff": rows.count("staff")},
            )
        store.conn.execute("PRAGMA synchronous = FULL")
        store.conn.execute("ANALYZE")
    finally:
        store.close()


def _write_rows(tx: Tx, table: str, data: list[tuple]) -> int:
    columns = COLUMNS[table]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for start in range(0, len(data), 50000):
        tx.executemany(sql, data[start : start + 50000])
    return len(data)


def _write_records(tx: Tx, table: str, records: list[dict]) -> int:
    """Staff and assets go through the validators and bulk inserts an import uses, so the
    sample can never hold a record the program itself would refuse."""
    if table == "staff":
        contexts: dict[int, staff_records.StaffContext] = {}
        for region_id, group in groupby(records, key=lambda r: r["region_id"]):
            context = contexts.setdefault(region_id, staff_records.StaffContext(tx, region_id))
            people = list(group)
            cleaned = []
            for person in people:
                values = staff_records.validate_staff(tx, region_id, person, context=context).raise_first()
                context.claim(values["nip"], person["id"], values["name"])
                cleaned.append(values)
            ids = staff_records.insert_staff(tx, region_id, cleaned)
            assert ids == [p["id"] for p in people], "sample staff ids must follow the order they were made in"
    else:
        for unit_id, group in groupby(records, key=lambda r: r["unit_id"]):
            asset_records.insert_assets(tx, unit_id, [asset_records.validate_asset(item).raise_first() for item in group])
    return len(records)
