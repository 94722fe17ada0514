"""The shipped nomenclature of programs, kegiatan and sub-kegiatan, and its loader.

Expected names below were copied from the public source files themselves (named in
each case), not from the loader or the shipped CSV.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rapidfuzz.distance import Levenshtein

from core import nomenclature
from core.errors import ValidationError
from core.reference import read_csv
from core.resources import resource_path

CSV = resource_path("reference", "nomenklatur.csv")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        # irunwazed/sepeda, create_ref_program_table.php: urusan 1, bidang 1, program 2
        ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN"),
        # irunwazed/sepeda, create_ref_program_table.php: urusan 3, bidang 32, program 2
        ("3.32.02", "PROGRAM PERENCANAAN KAWASAN TRANSMIGRASI"),
        # AldiAlfatih/BAPPEDA, SubKegiatanSeeder.php: '1.01.02.2.01.0001'
        ("1.01.02.2.01.0001", "Pembangunan Unit Sekolah Baru (USB)"),
        # sfynsss/lkpj-jemberkab-new, SubKegiatanSeeder.php: '1.01.02.2.01.02'
        ("1.01.02.2.01.0002", "Penambahan Ruang Kelas Baru"),
        # irunwazed/sepeda, create_ref_sub_kegiatan_table.php: urusan 0, program 1, kegiatan 201, sub 1
        ("X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"),
        # irunwazed/sepeda, create_ref_kegiatan_table.php: urusan 0, program 1, kegiatan 202
        ("X.XX.01.2.02", "Administrasi Keuangan Perangkat Daerah"),
    ],
)
def test_known_codes_are_named_as_their_sources_name_them(code: str, name: str) -> None:
    entry = nomenclature.lookup(code)
    assert entry is not None, code
    assert entry.name == name
    assert entry.code == code
    assert entry.source.startswith("github.com/")


def test_program_01_of_any_bidang_is_the_generic_support_program() -> None:
    # SIPD writes the generic X.XX.01 under each bidang: 1.02.01.2.10 is the Dinas Kesehatan's
    # copy of kegiatan X.XX.01.2.10 (irunwazed/sepeda: kegiatan 210 "Peningkatan Pelayanan BLUD").
    entry = nomenclature.lookup("1.02.01.2.10")
    assert entry is not None
    assert (entry.code, entry.level, entry.name) == ("1.02.01.2.10", "kegiatan", "Peningkatan Pelayanan BLUD")
    program = nomenclature.lookup("1.02.01")
    assert program is not None and program.name.startswith("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    assert nomenclature.lookup("9.99.01") is None  # no such bidang: no copy of the generic program


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("1.02.02.2.01.0003", "1.02.02.2.01.0003"),
        ("1.02.02.02.01.0003", "1.02.02.2.01.0003"),
        ("1.02.02.2.01.03", "1.02.02.2.01.0003"),
        ("1.2.2.2.1.3", "1.02.02.2.01.0003"),
        (" 1.02.02.2.01.0003. ", "1.02.02.2.01.0003"),
        ("1.02.02.02.01", "1.02.02.2.01"),
        ("1.02.02.201", "1.02.02.2.01"),
        ("x.xx.01", "X.XX.01"),
    ],
)
def test_both_code_styles_normalise_alike(spelling: str, canonical: str) -> None:
    assert nomenclature.normalise(spelling) == canonical
    assert nomenclature.lookup(spelling) == nomenclature.lookup(canonical)


def test_the_two_styles_find_the_same_entry() -> None:
    assert nomenclature.lookup("1.02.02.02.01.0003") is not None
    assert nomenclature.lookup("1.02.02.02.01.0003") == nomenclature.lookup("1.02.02.2.01.0003")
    assert nomenclature.normalise("0.00.01.2.01.01") == "X.XX.01.2.01.0001"


@pytest.mark.parametrize(
    "bad", ["", "abc", "1.01.02.2", "1.00.02", "1.01.02.2.01.0000", "1.XX.01", "X.01.01", "1.01.02.2.01.00001"]
)
def test_malformed_codes_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        nomenclature.normalise(bad)
    assert "tidak berbentuk kode nomenklatur" in refused.value.message
    assert nomenclature.lookup(bad) is None


def test_a_code_of_the_other_level_of_government_is_named_as_such() -> None:
    code = "1.01.02.2.01.0001"  # kegiatan 2.xx: a kabupaten/kota code
    assert nomenclature.lookup(code, government="kabkota") is not None
    assert nomenclature.lookup(code, government="provinsi") is None
    assert nomenclature.only_for(code) == "kabkota"
    with pytest.raises(ValidationError) as refused:
        nomenclature.check_code(code, "provinsi", field="program")
    assert refused.value.field == "program"
    assert "hanya ada dalam nomenklatur pemerintah kabupaten/kota" in refused.value.message
    assert "Pembangunan Unit Sekolah Baru (USB)" in refused.value.message
    assert nomenclature.check_code("1.01.02.02.01.0001", "kabkota").code == code


def test_urusan_and_bidang_serve_both_levels_of_government() -> None:
    for government in nomenclature.GOVERNMENTS:
        entry = nomenclature.lookup("1.01", government)
        assert entry is not None and entry.name == "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN"
    assert nomenclature.only_for("1.01") is None


def test_a_mistyped_code_is_offered_the_nearest_known_codes() -> None:
    typed = "1.02.02.2.01.0099"
    assert nomenclature.lookup(typed) is None
    offered = nomenclature.nearest(typed)
    assert len(offered) == 5
    assert all(e.level == "sub_kegiatan" and e.code != typed for e in offered)
    assert Levenshtein.distance(offered[0].code, typed) == 1
    assert offered[0].code.startswith("1.02.02.2.01.")  # a slip in the last digits stays in its kegiatan
    distances = [Levenshtein.distance(e.code, typed) for e in offered]
    assert distances == sorted(distances)
    with pytest.raises(ValidationError) as refused:
        nomenclature.check_code(typed, "kabkota")
    assert "tidak ada dalam nomenklatur" in refused.value.message
    assert offered[0].code in refused.value.message


def test_children_list_one_level_down_in_code_order() -> None:
    kegiatan = nomenclature.children("1.01.02")
    assert kegiatan and all(e.level == "kegiatan" and e.code.startswith("1.01.02.") for e in kegiatan)
    programs = [e.code for e in nomenclature.children("1.02")]
    assert programs[0] == "1.02.01" and "1.02.02" in programs
    generic_copies = nomenclature.children("1.02.01", "kabkota")
    assert [e.code for e in generic_copies][:2] == ["1.02.01.2.01", "1.02.01.2.02"]
    assert [e.code for e in nomenclature.children("1.02.01", "provinsi")][:2] == ["1.02.01.1.01", "1.02.01.1.02"]
    assert nomenclature.children("not a code") == []


def test_every_row_has_a_pinned_source_and_a_known_shape() -> None:
    rows = read_csv(CSV)
    assert len(rows) > 2000
    assert tuple(rows[0]) == nomenclature.CSV_COLUMNS
    pinned = re.compile(r"^github\.com/[\w.-]+/[\w.-]+/blob/[0-9a-f]{40}/\S+$")
    for row in rows:
        assert pinned.match(row["source"]), row
        assert row["name"], row
        assert row["verified"] in ("yes", "no"), row
        assert row["version"], row
        assert row["government"] in (*nomenclature.GOVERNMENTS, nomenclature.BOTH), row
        assert nomenclature.normalise(row["code"]) == row["code"], row
        assert nomenclature.level_of(row["code"]) == row["level"], row
        assert row["verified"] == "no" or row["confirmed_by"], row


def test_no_code_appears_twice_for_one_level_of_government() -> None:
    seen: Counter[tuple[str, str]] = Counter()
    for row in read_csv(CSV):
        governments = nomenclature.GOVERNMENTS if row["government"] == nomenclature.BOTH else (row["government"],)
        for government in governments:
            seen[(row["code"], government)] += 1
    assert [key for key, count in seen.items() if count > 1] == []


def test_every_coded_item_hangs_under_a_known_parent() -> None:
    codes = {row["code"] for row in read_csv(CSV)}
    orphans = [c for c in codes if (p := nomenclature.parent_code(c)) and p not in codes and p != "X.XX"]
    assert orphans == []


def test_every_bidang_has_programs_and_the_file_stays_small() -> None:
    rows = read_csv(CSV)
    bidang = {r["code"] for r in rows if r["level"] == "bidang"}
    with_programs = {r["code"][:4] for r in rows if r["level"] == "program"}
    assert len(bidang) >= 40
    assert bidang <= with_programs
    assert CSV.stat().st_size < 4 * 1024 * 1024


def test_each_code_carries_the_versions_that_attest_it() -> None:
    # join-project-ms-grup/e-monev-utara-be, seeder/sub.json (SIPD, 2025): "2.16.02.2.01.0022"
    # "Penyusunan Strategi Komunikasi Publik"; none of the 2019 transcriptions has this code.
    new = nomenclature.lookup("2.16.02.2.01.0022")
    assert new is not None and new.name == "Penyusunan Strategi Komunikasi Publik"
    assert "050-5889/2021" in new.version and "90/2019" not in new.version
    # a code in both the 2019 transcriptions and SIPD 2025
    kept = nomenclature.lookup("1.01.02.2.01.0001")
    assert kept is not None and "90/2019" in kept.version and "050-5889/2021" in kept.version


def test_the_province_has_its_own_codes_each_with_its_source_and_version() -> None:
    """simda-id/simcan backup_dbmaster/simcan_master_parameter90_20201120.sql, 90_ref_kegiatan
    (jns_pemda 1): program 1.01.02, kegiatan '101' "Pengelolaan Pendidikan Sekolah Menengah Atas"."""
    assert nomenclature.covers("provinsi") and nomenclature.covers("kabkota")
    sma = nomenclature.lookup("1.01.02.1.01", "provinsi")
    assert sma is not None and sma.name == "Pengelolaan Pendidikan Sekolah Menengah Atas"
    assert sma.government == "provinsi" and not sma.verified  # one provinsi source: said so
    assert "simda-id/simcan/blob/a9a961a040c0" in sma.source and "2020" in sma.version
    assert nomenclature.lookup("1.01.02.1.01", "kabkota") is None
    with pytest.raises(ValidationError, match="provinsi, bukan pemerintah kabupaten/kota"):
        nomenclature.check_code("1.01.02.1.01", "kabkota")
    # the generic program is named per level of government; asked for neither, it serves both
    assert nomenclature.lookup("X.XX.01", "provinsi").name.endswith("PROVINSI")  # type: ignore[union-attr]
    assert nomenclature.lookup("X.XX.01", "kabkota").name.endswith("KABUPATEN/KOTA")  # type: ignore[union-attr]
    assert nomenclature.lookup("1.02.02").government == "both"  # type: ignore[union-attr]
    assert {e.government for e in nomenclature.children("1.03.10", "provinsi")} == {"provinsi"}
