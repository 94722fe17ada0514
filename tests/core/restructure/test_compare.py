"""Comparing two editions: what changed to units, urusan and functions, the counts before
and after, and the findings the draft fixes and introduces, on a small hand-made pair."""

from __future__ import annotations

import json

import pytest

from core import positions, regions, units
from core.restructure.compare import compare
from core.restructure.propose import Proposal
from core.store import Store
from tests.data.restructuring import edition_of

INDUSTRI = "pengembangan industri kecil dan menengah | pembinaan perdagangan dalam negeri"
ENERGI = "pengelolaan pertambangan mineral bukan logam | penyediaan tenaga listrik daerah"
KOPERASI = "pembinaan dan pengawasan koperasi | penilaian kesehatan koperasi | pembinaan usaha mikro di pasar rakyat"
PANGAN = "penyediaan cadangan pangan provinsi | pengawasan keamanan pangan segar"
TANI = "peningkatan produksi tanaman pangan | pengembangan perbenihan hortikultura"


@pytest.fixture
def pair(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    region = regions.create_region(store, "Provinsi Uji", "provinsi").id
    old = edition_of(
        store,
        region,
        "Perda lama",
        [
            ("dag", "Dinas Perindustrian dan Perdagangan", "dinas", "", "3.30;3.31", INDUSTRI),
            ("ind", "Bidang Industri", "bidang", "dag", "", "fasilitasi sertifikasi produk industri kecil"),
            ("esdm", "Dinas Energi dan Sumber Daya Mineral", "dinas", "", "3.29", ENERGI),
            ("kop", "Dinas Koperasi", "dinas", "", "2.17", KOPERASI),
            ("tani", "Dinas Pangan dan Pertanian", "dinas", "", "2.09;3.27", f"{PANGAN} | {TANI}"),
            ("hub", "Badan Penghubung", "badan", "", "5.07", ""),
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
                f"{INDUSTRI} | {ENERGI} | pembinaan usaha mikro di pasar rakyat",
            ),
            ("ind", "Bidang Industri", "bidang", "joint", "", "fasilitasi sertifikasi produk industri kecil"),
            (
                "kop",
                "Dinas Koperasi dan Usaha Kecil",
                "dinas",
                "",
                "2.17",
                "pembinaan dan pengawasan koperasi | penilaian kesehatan koperasi",
            ),
            ("pangan", "Dinas Ketahanan Pangan", "dinas", "", "2.09", PANGAN),
            ("tph", "Dinas Tanaman Pangan dan Hortikultura", "dinas", "", "3.27", TANI),
            ("riset", "Badan Riset dan Inovasi Daerah", "badan", "", "", "penyelenggaraan riset dan inovasi daerah"),
        ],
    )
    with store.write() as tx:
        for ids, typologies in (
            (old, {"dag": "A", "esdm": "B", "kop": "A", "tani": "A", "hub": "B"}),
            (new, {"joint": "A", "kop": "A", "pangan": "B", "tph": "B"}),
        ):
            for key, typology in typologies.items():
                units.update_unit(tx, ids[key], typology=typology)
        for ids, heads in ((old, ("dag", "esdm", "kop", "tani")), (new, ("joint", "kop", "pangan", "tph"))):
            for key in heads:
                positions.create_position(tx, ids[key], "Kepala Dinas", "jpt_pratama", eselon="IIa")
            positions.create_position(tx, ids["ind"], "Kepala Bidang Industri", "administrator", eselon="IIIb")
            positions.create_position(tx, ids["ind"], "Penyuluh Perindustrian", "fungsional")
    return old, new


def test_units_added_removed_renamed_merged_and_split(store: Store, pair: tuple[dict[str, int], dict[str, int]]) -> None:
    old, new = pair
    result = compare(store, old["_edition"], new["_edition"])
    assert [u["id"] for u in result.added] == [new["riset"]]
    assert [(u["id"], u["successors"]) for u in result.removed] == [(old["hub"], [])]
    assert [(r["from"]["id"], r["to"]["id"]) for r in result.renamed] == [(old["kop"], new["kop"])]
    assert [(r["to"]["id"], sorted(s["id"] for s in r["from"])) for r in result.merged] == [
        (new["joint"], sorted([old["dag"], old["esdm"]]))
    ]
    assert [(r["from"]["id"], sorted(t["id"] for t in r["to"])) for r in result.split] == [
        (old["tani"], sorted([new["pangan"], new["tph"]]))
    ]
    assert result.moved == []  # the Bidang Industri stands under what its dinas became


def test_counts_per_kind_typology_and_eselon_before_and_after(store: Store, pair: tuple[dict[str, int], dict[str, int]]) -> None:
    old, new = pair
    counts = compare(store, old["_edition"], new["_edition"]).counts
    assert counts["units_by_kind"] == {
        "badan": {"before": 1, "after": 1},
        "bidang": {"before": 1, "after": 1},
        "dinas": {"before": 4, "after": 4},
    }
    assert counts["pd_by_typology"] == {
        "-": {"before": 0, "after": 1},
        "A": {"before": 3, "after": 2},
        "B": {"before": 2, "after": 2},
    }
    # Structural posts only: the functional Penyuluh is not one.
    assert counts["structural_posts_by_eselon"] == {"IIIb": {"before": 1, "after": 1}, "IIa": {"before": 4, "after": 4}}
    assert counts["structural_posts_by_category"] == {
        "administrator": {"before": 1, "after": 1},
        "jpt_pratama": {"before": 4, "after": 4},
    }


def test_urusan_and_functions_that_went_to_another_unit(store: Store, pair: tuple[dict[str, int], dict[str, int]]) -> None:
    old, new = pair
    result = compare(store, old["_edition"], new["_edition"])
    by_code = {u["code"]: u for u in result.urusan_moved}
    # Where each urusan of the split dinas went, and the Penghubung's gone with it; those of
    # the renamed and merged dinas are where the mapping sends them, so not listed.
    assert set(by_code) == {"2.09", "3.27", "5.07"}
    assert [u["id"] for u in by_code["2.09"]["after"]] == [new["pangan"]]
    assert [u["id"] for u in by_code["3.27"]["after"]] == [new["tph"]]
    assert [u["id"] for u in by_code["5.07"]["before"]] == [old["hub"]] and by_code["5.07"]["after"] == []
    assert [(f["text"], f["from"]["id"], [t["id"] for t in f["to"]]) for f in result.functions_moved] == [
        ("pembinaan usaha mikro di pasar rakyat", old["kop"], [new["joint"]])
    ]


def test_findings_the_draft_fixes_and_introduces(store: Store, pair: tuple[dict[str, int], dict[str, int]]) -> None:
    old, new = pair
    findings = compare(store, old["_edition"], new["_edition"]).findings
    fixed = [(f["rule"], [u["id"] for u in f["units"]]) for f in findings["fixed"]]
    introduced = [(f["rule"], [u["id"] for u in f["units"]]) for f in findings["introduced"]]
    assert ("hygiene", [old["hub"]]) in fixed  # the Penghubung had no functions; it is gone
    assert ("hygiene", [new["riset"]]) in introduced  # the new badan carries no urusan yet
    # Gaps in mandatory urusan are the same on both sides: neither fixed nor introduced.
    assert not [f for f in findings["fixed"] + findings["introduced"] if f["rule"] == "coverage"]
    assert findings["persisting"] >= 1
    assert findings["before"]["total"] == len(findings["fixed"]) + findings["persisting"]
    assert set(findings["left_out"]) == {"staffing", "assets_outside"}  # neither edition holds staff or assets


def test_a_mapping_given_is_the_one_compared_and_the_json_is_plain(
    store: Store, pair: tuple[dict[str, int], dict[str, int]]
) -> None:
    old, new = pair
    mine = [Proposal(old["hub"], "merged", (new["riset"],), 1.0, "keputusan pengguna")]
    result = compare(store, old["_edition"], new["_edition"], mapping=mine)
    assert result.removed == [] and result.added == []
    assert [(r["to"]["id"], [s["id"] for s in r["from"]]) for r in result.merged] == [(new["riset"], [old["hub"]])]
    data = json.loads(json.dumps(result.to_json()))
    assert data["summary"]["merged"] == 1
    assert data["mapping"][0]["reason"] == "keputusan pengguna"


def test_a_draft_compared_with_its_source_shows_the_users_decision_not_the_guess(drafted) -> None:  # type: ignore[no-untyped-def]
    """Badan C's statistics went to Bidang Z: the program may propose 'dissolved, continued
    by Bidang Z'; the user decided it merged into Dinas A dan B, and the comparison says so."""
    from core.restructure.compare import DECIDED
    from core.restructure.mapping import Decision, set_decisions

    w = drafted
    store, old_edition, draft = w.store, w.edition_id, w.draft.edition_id
    guessed = {p.from_unit_id: p for p in compare(store, old_edition, draft).mapping}
    assert guessed[w.old["C"]].action != "merged" and guessed[w.old["C"]].reason != DECIDED
    set_decisions(store, draft, [Decision(w.old["C"], "merged", (w.new["A"],))])
    result = compare(store, old_edition, draft)
    mapping = {p.from_unit_id: p for p in result.mapping}
    assert (mapping[w.old["C"]].action, mapping[w.old["C"]].to_unit_ids, mapping[w.old["C"]].reason) == (
        "merged",
        (w.new["A"],),
        DECIDED,
    )
    assert mapping[w.old["A"]] == guessed[w.old["A"]]  # undecided units keep the proposal
    assert any(w.old["C"] in [s["id"] for s in r["from"]] for r in result.merged)
