"""The sample region: realistic, deterministic, and carrying the planted defects."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from core.demo import DEFECT_COOPERATIVE_STATEMENT, build_demo
from core.reference import load_reference
from core.store import Store, open_store

# The sample also holds a restructuring draft (a copy of the province): counts are of the edition in force.
IN_FORCE = "(SELECT id FROM editions WHERE status = 'in_force')"
CONTENT_TABLES = (
    "regions",
    "editions",
    "units",
    "unit_functions",
    "unit_urusan",
    "unit_programs",
    "positions",
    "position_competencies",
    "staff",
    "assessments",
    "assets",
)


def content_digest(path: Path) -> str:
    with open_store(path, read_only=True) as store:
        digest = hashlib.sha256()
        for table in CONTENT_TABLES:
            for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
        return digest.hexdigest()


def test_same_seed_same_data_other_seed_other_people(sample_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "lagi.sotk"
    build_demo(again, seed=1, scale=1)
    assert content_digest(again) == content_digest(sample_file)
    other = tmp_path / "lain.sotk"
    build_demo(other, seed=2, scale=1)
    assert content_digest(other) != content_digest(sample_file)


def test_the_province_follows_perda_5_2021(sample_store: Store) -> None:
    top = {
        r["name"]: r
        for r in sample_store.rows(f"SELECT name, kind, typology FROM units WHERE parent_id IS NULL AND edition_id IN {IN_FORCE}")
    }
    assert top["Sekretariat Daerah"]["kind"] == "sekretariat_daerah"
    assert top["Inspektorat"]["kind"] == "inspektorat"
    assert top["Satuan Polisi Pamong Praja"]["kind"] == "satpol_pp"
    assert 19 <= sum(1 for r in top.values() if r["kind"] == "dinas") <= 22
    assert 9 <= sum(1 for r in top.values() if r["kind"] == "badan") <= 11
    counts = dict(
        sample_store.conn.execute(f"SELECT kind, count(*) FROM units WHERE edition_id IN {IN_FORCE} GROUP BY kind").fetchall()
    )
    assert counts["asisten"] == 3 and counts["biro"] == 9 and counts["irban"] == 5
    assert counts["rsud"] == 2
    rsud_parents = {
        r[0]
        for r in sample_store.conn.execute("SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id WHERE u.kind = 'rsud'")
    }
    assert rsud_parents == {"Dinas Kesehatan"}
    assert counts["uptd"] >= 5
    assert sample_store.is_sample


def test_every_unit_but_functional_groups_has_functions(sample_store: Store) -> None:
    empty = sample_store.rows(
        "SELECT name, kind FROM units u WHERE kind <> 'kelompok_jf' AND NOT EXISTS (SELECT 1 FROM unit_functions f WHERE f.unit_id = u.id)"
    )
    assert empty == []


def test_planted_defects_are_there(sample_store: Store) -> None:
    carriers = sample_store.rows(
        "SELECT uu.urusan_code, u.name FROM unit_urusan uu JOIN units u ON u.id = uu.unit_id WHERE u.parent_id IS NULL AND uu.urusan_code IN ('2.17', '2.20')"
    )
    by_code: dict[str, set[str]] = {}
    for row in carriers:
        by_code.setdefault(row["urusan_code"], set()).add(row["name"])
    assert len(by_code["2.17"]) == 2 and "Dinas Koperasi, Usaha Kecil dan Menengah" in by_code["2.17"]
    assert len(by_code["2.20"]) == 2 and "Badan Penelitian dan Pengembangan" in by_code["2.20"]
    four = sample_store.rows(
        f"SELECT u.name FROM units u JOIN unit_urusan uu ON uu.unit_id = u.id WHERE u.kind = 'dinas' AND u.edition_id IN {IN_FORCE}"
        " GROUP BY u.id HAVING count(*) > 3"
    )
    assert [r["name"] for r in four] == ["Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral"]
    assert (
        sample_store.scalar(
            f"SELECT count(*) FROM unit_functions WHERE text = ? AND unit_id IN (SELECT id FROM units WHERE edition_id IN {IN_FORCE})",
            (DEFECT_COOPERATIVE_STATEMENT,),
        )
        == 1
    )


def test_staff_have_valid_unique_nips_and_sensible_ranks(sample_store: Store) -> None:
    ranks = load_reference().ranks
    rows = sample_store.rows("SELECT nip, status, golongan, position_id FROM staff")
    assert len({r["nip"] for r in rows}) == len(rows)
    for row in rows:
        nip = row["nip"]
        assert len(nip) == 18 and nip.isdigit()
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        if row["status"] == "PNS":
            assert row["golongan"] in ranks
            tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
            assert 1 <= tmt_month <= 12 and tmt_year >= born.year + 18
            assert nip[14] in "12" and nip[15:] != "000"
    assert sum(1 for r in rows if r["status"] == "PPPK") > 0
    assert 0 < sum(1 for r in rows if r["position_id"] is None) < len(rows) / 50


def test_positions_have_standards_and_some_gaps(sample_store: Store) -> None:
    without = sample_store.scalar(
        "SELECT count(*) FROM positions p WHERE NOT EXISTS (SELECT 1 FROM position_competencies c WHERE c.position_id = p.id)"
    )
    assert without == 0
    fill = sample_store.rows(
        "SELECT p.needed, (SELECT count(*) FROM staff s WHERE s.position_id = p.id) AS held FROM positions p"
    )
    assert any(r["held"] < r["needed"] for r in fill) and any(r["held"] > r["needed"] for r in fill)


def test_assets_are_plausible(sample_store: Store) -> None:
    kinds = dict(sample_store.conn.execute("SELECT kib, count(*) FROM assets GROUP BY kib").fetchall())
    assert set(kinds) >= {"A", "B", "C", "D", "E"}
    assert kinds["B"] > kinds["A"]
    bad_codes = sample_store.scalar(
        "SELECT count(*) FROM assets WHERE kode_barang NOT GLOB '1.3.[1-6].[0-9][0-9].[0-9][0-9].[0-9][0-9].[0-9][0-9][0-9]'"
    )
    assert bad_codes == 0
    assert sample_store.scalar("SELECT min(value_sen) FROM assets") > 0
    assert sample_store.scalar("SELECT count(*) FROM assets WHERE value_sen % 100 <> 0") == 0


def test_scale_two_adds_regencies_with_a_coverage_gap(tmp_path: Path) -> None:
    path = tmp_path / "dua.sotk"
    counts = build_demo(path, seed=1, scale=2)
    assert 1600 <= counts["units"] <= 2600
    with open_store(path, read_only=True) as store:
        regions = store.rows("SELECT id, name, kind FROM regions ORDER BY id")
        assert [r["name"] for r in regions][:2] == ["Provinsi Kalimantan Barat", "Kabupaten Sambas"]
        sambas = regions[1]["id"]
        carried = {
            r[0]
            for r in store.conn.execute(
                "SELECT uu.urusan_code FROM unit_urusan uu JOIN units u ON u.id = uu.unit_id JOIN editions e ON e.id = u.edition_id"
                " WHERE e.region_id = ?",
                (sambas,),
            )
        }
        assert "2.23" not in carried and "2.24" not in carried
        assert {"1.01", "1.02", "2.21"} <= carried
        kecamatan = store.scalar(
            "SELECT count(*) FROM units u JOIN editions e ON e.id = u.edition_id WHERE e.region_id = ? AND kind = 'kecamatan'",
            (sambas,),
        )
        assert kecamatan >= 5
