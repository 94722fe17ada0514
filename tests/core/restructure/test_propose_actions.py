"""The proposal for each kind of change, on small hand-made pairs of editions."""

from __future__ import annotations

import dataclasses

import pytest

from core import regions, units
from core.errors import RefusedError
from core.restructure.propose import Proposal, propose
from core.store import Store
from tests.data.restructuring import edition_of

PARIWISATA = "pengelolaan daya tarik wisata provinsi | pemasaran pariwisata ke luar negeri"
KEUANGAN = "penyusunan anggaran pendapatan dan belanja daerah | penatausahaan barang milik daerah"
KESEHATAN = "pelayanan kesehatan rujukan | pengendalian penyakit menular"
INDUSTRI = "pengembangan industri kecil dan menengah | pembinaan perdagangan dalam negeri"
ENERGI = "pengelolaan pertambangan mineral bukan logam | penyediaan tenaga listrik daerah"
PANGAN = "penyediaan cadangan pangan provinsi | pengawasan keamanan pangan segar"
TANI = "peningkatan produksi tanaman pangan | pengembangan perbenihan hortikultura"


def _by_old(proposals: list[Proposal], ids: dict[str, int]) -> dict[str, Proposal]:
    key = {unit_id: k for k, unit_id in ids.items() if k != "_edition"}
    return {key[p.from_unit_id]: p for p in proposals if p.from_unit_id is not None}


def _region(store: Store) -> int:
    return regions.create_region(store, "Provinsi Uji", "provinsi").id


def test_the_interface_others_code_against() -> None:
    assert [f.name for f in dataclasses.fields(Proposal)] == ["from_unit_id", "action", "to_unit_ids", "confidence", "reason"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Proposal(1, "kept", (2,), 1.0, "").action = "new"  # type: ignore[misc]


def test_same_name_is_kept_a_longer_or_shorter_name_is_renamed_and_a_unit_with_no_source_is_new(store: Store) -> None:
    region = _region(store)
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("par", "Dinas Pariwisata", "dinas", "", "3.26", PARIWISATA),
            ("keu", "Badan Pengelolaan Keuangan dan Aset Daerah", "badan", "", "5.02", KEUANGAN),
            ("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN),
        ],
        status="in_force",
    )
    new = edition_of(
        store,
        region,
        "Draf",
        [
            ("par", "Dinas Pariwisata dan Ekonomi Kreatif", "dinas", "", "3.26", PARIWISATA + " | pengembangan ekonomi kreatif"),
            ("keu", "Badan Keuangan dan Aset Daerah", "badan", "", "5.02", KEUANGAN),
            ("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN),
            ("brida", "Badan Riset dan Inovasi Daerah", "badan", "", "", "penyelenggaraan riset dan inovasi daerah"),
        ],
    )
    proposals = propose(store, old["_edition"], new["_edition"])
    got = _by_old(proposals, old)
    assert (got["kes"].action, got["kes"].to_unit_ids) == ("kept", (new["kes"],))
    assert (got["par"].action, got["par"].to_unit_ids) == ("renamed", (new["par"],))
    assert (got["keu"].action, got["keu"].to_unit_ids) == ("renamed", (new["keu"],))
    assert "Dinas Pariwisata dan Ekonomi Kreatif" in got["par"].reason
    fresh = [p for p in proposals if p.from_unit_id is None]
    assert [(p.action, p.to_unit_ids) for p in fresh] == [("new", (new["brida"],))]
    assert all(0.0 <= p.confidence <= 1.0 for p in proposals)
    assert got["kes"].confidence > 0.9


def test_two_dinas_joined_under_a_name_that_joins_both_are_merged(store: Store) -> None:
    region = _region(store)
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("dag", "Dinas Perindustrian dan Perdagangan", "dinas", "", "3.30;3.31", INDUSTRI),
            ("esdm", "Dinas Energi dan Sumber Daya Mineral", "dinas", "", "3.29", ENERGI),
            ("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN),
        ],
        status="in_force",
    )
    new = edition_of(
        store,
        region,
        "Draf",
        [
            (
                "joint",
                "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral",
                "dinas",
                "",
                "3.29;3.30;3.31",
                f"{INDUSTRI} | {ENERGI}",
            ),
            ("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN),
        ],
    )
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert (got["dag"].action, got["dag"].to_unit_ids) == ("merged", (new["joint"],))
    assert (got["esdm"].action, got["esdm"].to_unit_ids) == ("merged", (new["joint"],))
    assert "Dinas Energi dan Sumber Daya Mineral" in got["dag"].reason
    assert got["kes"].action == "kept"


def test_one_dinas_whose_urusan_went_to_two_new_ones_is_split(store: Store) -> None:
    region = _region(store)
    old = edition_of(
        store,
        region,
        "Perda lama",
        [("tani", "Dinas Pangan dan Pertanian", "dinas", "", "2.09;3.27", f"{PANGAN} | {TANI}")],
        status="in_force",
    )
    new = edition_of(
        store,
        region,
        "Draf",
        [
            ("pangan", "Dinas Ketahanan Pangan", "dinas", "", "2.09", PANGAN),
            ("tph", "Dinas Tanaman Pangan dan Hortikultura", "dinas", "", "3.27", TANI),
        ],
    )
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert got["tani"].action == "split"
    assert set(got["tani"].to_unit_ids) == {new["pangan"], new["tph"]}


def test_a_pd_whose_urusan_went_to_two_other_successors_is_dissolved_with_them(store: Store) -> None:
    """Dinas Pengendalian Penduduk dan KB is abolished: population control joins the Dinas
    Sosial, family planning the women's dinas; both successors carry on their own work first."""
    region = _region(store)
    sosial = (
        "rehabilitasi sosial penyandang disabilitas | perlindungan dan jaminan sosial korban bencana | penanganan fakir miskin"
    )
    perempuan = "pengarusutamaan gender | perlindungan khusus anak | peningkatan kualitas keluarga"
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("sos", "Dinas Sosial", "dinas", "", "1.06", sosial),
            ("pppa", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "dinas", "", "2.08", perempuan),
            (
                "kb",
                "Dinas Pengendalian Penduduk dan Keluarga Berencana",
                "dinas",
                "",
                "2.14",
                "pemetaan perkiraan pengendalian penduduk | penyediaan alat dan obat kontrasepsi",
            ),
        ],
        status="in_force",
    )
    new = edition_of(
        store,
        region,
        "Draf",
        [
            (
                "sos",
                "Dinas Sosial dan Pengendalian Penduduk",
                "dinas",
                "",
                "1.06;2.14",
                f"{sosial} | pemetaan perkiraan pengendalian penduduk",
            ),
            (
                "pppa",
                "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
                "dinas",
                "",
                "2.08;2.14",
                f"{perempuan} | penyediaan alat dan obat kontrasepsi",
            ),
        ],
    )
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert got["kb"].action == "dissolved"
    assert set(got["kb"].to_unit_ids) == {new["sos"], new["pppa"]}
    assert got["sos"].action == "renamed" and got["pppa"].action == "renamed"


def test_a_pd_with_no_successor_is_dissolved(store: Store) -> None:
    region = _region(store)
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN),
            ("hub", "Badan Penghubung", "badan", "", "5.07", "fasilitasi kegiatan pemerintah daerah di ibu kota negara"),
        ],
        status="in_force",
    )
    new = edition_of(store, region, "Draf", [("kes", "Dinas Kesehatan", "dinas", "", "1.02", KESEHATAN)])
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert (got["hub"].action, got["hub"].to_unit_ids) == ("dissolved", ())


def _copied_draft(store: Store) -> tuple[dict[str, int], regions.Edition]:
    region = _region(store)
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("a", "Dinas Perhubungan", "dinas", "", "2.15", "penyelenggaraan lalu lintas angkutan jalan"),
            ("x", "Bidang Pelayaran", "bidang", "a", "", "pengelolaan pelabuhan pengumpan regional"),
            ("y", "Bidang Lalu Lintas", "bidang", "a", "", "manajemen dan rekayasa lalu lintas jalan provinsi"),
            ("b", "Dinas Kelautan dan Perikanan", "dinas", "", "3.25", "pengelolaan ruang laut sampai 12 mil"),
        ],
        status="in_force",
    )
    return old, regions.copy_edition(store, old["_edition"], "Draf")


def _copy_of(store: Store, draft: regions.Edition, old_id: int) -> int:
    return int(store.scalar("SELECT id FROM units WHERE edition_id = ? AND copied_from_id = ?", (draft.id, old_id)))


def test_a_bidang_put_under_another_dinas_in_a_copied_draft_is_moved(store: Store) -> None:
    old, draft = _copied_draft(store)
    units.move_unit(store, _copy_of(store, draft, old["x"]), _copy_of(store, draft, old["b"]))
    got = _by_old(propose(store, old["_edition"], draft.id), old)
    assert (got["x"].action, got["x"].to_unit_ids) == ("moved", (_copy_of(store, draft, old["x"]),))
    assert "Dinas Kelautan dan Perikanan" in got["x"].reason
    assert {got[k].action for k in ("a", "y", "b")} == {"kept"}


def test_the_copy_a_draft_records_is_followed_through_a_new_name_and_a_unit_recreated_is_found_by_name(store: Store) -> None:
    old, draft = _copied_draft(store)
    units.update_unit(store, _copy_of(store, draft, old["y"]), name="Bidang Pengendalian Operasional")
    units.delete_unit(store, _copy_of(store, draft, old["x"]))
    again = units.create_unit(store, draft.id, _copy_of(store, draft, old["a"]), "Bidang Pelayaran", "bidang").unit_id
    got = _by_old(propose(store, old["_edition"], draft.id), old)
    assert (got["y"].action, got["y"].to_unit_ids) == ("renamed", (_copy_of(store, draft, old["y"]),))
    assert (got["x"].action, got["x"].to_unit_ids) == ("kept", (again,))


def test_editions_of_two_regions_or_one_edition_twice_are_refused(store: Store) -> None:
    first = regions.create_edition(store, _region(store), "A", "in_force")
    other = regions.create_region(store, "Provinsi Lain", "provinsi")
    second = regions.create_edition(store, other.id, "B", "in_force")
    with pytest.raises(RefusedError, match="wilayah yang berbeda"):
        propose(store, first.id, second.id)
    with pytest.raises(RefusedError):
        propose(store, first.id, first.id)


def test_two_pd_regrouped_into_two_others_with_culture_split_off(store: Store) -> None:
    """Education + youth and sport become one dinas; culture leaves for a dinas of its own."""
    region = _region(store)
    education = "pengelolaan pendidikan menengah | pengelolaan pendidikan khusus | pemerataan guru sekolah menengah"
    culture = "pelestarian cagar budaya | pembinaan kesenian daerah"
    youth = "pemberdayaan pemuda | pembinaan olahraga prestasi"
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("dikbud", "Dinas Pendidikan dan Kebudayaan", "dinas", "", "1.01;2.22", f"{education} | {culture}"),
            ("pora", "Dinas Pemuda dan Olahraga", "dinas", "", "2.19", youth),
        ],
        status="in_force",
    )
    new = edition_of(
        store,
        region,
        "Draf",
        [
            ("dikpora", "Dinas Pendidikan, Pemuda dan Olahraga", "dinas", "", "1.01;2.19", f"{education} | {youth}"),
            ("budaya", "Dinas Kebudayaan", "dinas", "", "2.22", culture),
        ],
    )
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert got["dikbud"].action == "split"
    assert set(got["dikbud"].to_unit_ids) == {new["dikpora"], new["budaya"]}
    assert (got["pora"].action, got["pora"].to_unit_ids) == ("merged", (new["dikpora"],))


def test_biro_merged_pairwise_found_by_name_and_place_alone(store: Store) -> None:
    """Nine biro to seven: two pairs joined under names that join theirs; no functions given."""
    region = _region(store)
    rows = [
        ("setda", "Sekretariat Daerah", "sekretariat_daerah", "", "4.01", ""),
        ("as1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "asisten", "setda", "", ""),
        ("pem", "Biro Pemerintahan", "biro", "as1", "", ""),
        ("otda", "Biro Otonomi Daerah", "biro", "as1", "", ""),
        ("hukum", "Biro Hukum", "biro", "as1", "", ""),
        ("as3", "Asisten Administrasi Umum", "asisten", "setda", "", ""),
        ("umum", "Biro Umum", "biro", "as3", "", ""),
        ("adpim", "Biro Administrasi Pimpinan", "biro", "as3", "", ""),
        ("org", "Biro Organisasi", "biro", "as3", "", ""),
    ]
    old = edition_of(store, region, "Perda lama", rows, status="in_force")
    new = edition_of(
        store,
        region,
        "Draf",
        [
            *rows[:2],
            ("pemotda", "Biro Pemerintahan dan Otonomi Daerah", "biro", "as1", "", ""),
            rows[4],
            rows[5],
            ("umpim", "Biro Umum dan Administrasi Pimpinan", "biro", "as3", "", ""),
            rows[8],
        ],
    )
    got = _by_old(propose(store, old["_edition"], new["_edition"]), old)
    assert {k: (got[k].action, got[k].to_unit_ids) for k in ("pem", "otda", "umum", "adpim")} == {
        "pem": ("merged", (new["pemotda"],)),
        "otda": ("merged", (new["pemotda"],)),
        "umum": ("merged", (new["umpim"],)),
        "adpim": ("merged", (new["umpim"],)),
    }
    assert {got[k].action for k in ("setda", "as1", "as3", "hukum", "org")} == {"kept"}
