"""Impact: where each post, person and asset goes, proposals for split and dissolved units,
the bench, and the totals per pair of perangkat daerah."""

from __future__ import annotations

import json

from core.restructure.apply import accept_proposed_placements, place
from core.restructure.impact import Placement, compute_impact
from tests.core.restructure.conftest import World


def _by_id(placements: list[Placement]) -> dict[int, Placement]:
    return {p.entity_id: p for p in placements}


def _post(w: World, unit: int, title: str) -> int:
    return int(w.store.scalar("SELECT id FROM positions WHERE unit_id = ? AND title = ?", (unit, title)))


def test_people_follow_their_post_to_the_post_of_the_same_title(decided: World) -> None:
    assert decided.draft is not None
    staff = _by_id(compute_impact(decided.store, decided.draft.edition_id).staff)
    ani, budi, dedi = staff[decided.people["ani"]], staff[decided.people["budi"]], staff[decided.people["dedi"]]
    assert (ani.to_unit_id, ani.to_position_id) == (decided.new["A"], _post(decided, decided.new["A"], "Kepala Dinas A"))
    assert (budi.to_unit_id, budi.to_position_id) == (decided.copy("X"), _post(decided, decided.copy("X"), "Kepala Bidang X"))
    assert (dedi.to_unit_id, dedi.how) == (decided.new["Z"], "follows")  # Bidang Z went into the merged dinas


def test_a_dissolved_or_split_unit_gets_proposals_and_its_people_wait_on_the_bench(decided: World) -> None:
    assert decided.draft is not None
    impact = compute_impact(decided.store, decided.draft.edition_id)
    staff, things = _by_id(impact.staff), _by_id(impact.assets)
    eka = staff[decided.people["eka"]]
    assert (eka.how, eka.to_unit_id) == ("proposed", decided.new["Z"])  # statistics work: Bidang Z's functions
    assert staff[decided.people["citra"]].to_unit_id in (decided.new["Y1"], decided.new["Y2"])
    assert things[decided.things["microscope"]].to_unit_id == decided.new["Z"]  # the same address as the server
    assert things[decided.things["microscope"]].reason is not None
    bench = {p.entity_id for p in impact.bench} | {p.entity_id for p in impact.staff if p.how == "proposed"}
    assert bench == {decided.people[k] for k in ("citra", "eka", "fajar")}
    assert not impact.ready  # the badan's two assets wait for a decision
    assert {p.field for p in impact.problems} == {"asset_proposed"}


def test_decisions_override_proposals_and_accepting_the_rest_makes_it_ready(decided: World) -> None:
    assert decided.draft is not None
    place(decided.store, decided.draft.edition_id, "staff", [decided.people["citra"]], decided.new["Y2"])
    place(decided.store, decided.draft.edition_id, "staff", [decided.people["fajar"]], None)
    accept_proposed_placements(decided.store, decided.draft.edition_id)
    impact = compute_impact(decided.store, decided.draft.edition_id)
    staff = _by_id(impact.staff)
    assert (staff[decided.people["citra"]].to_unit_id, staff[decided.people["citra"]].how) == (decided.new["Y2"], "decided")
    assert [p.entity_id for p in impact.bench] == [decided.people["fajar"]]
    assert impact.ready


def test_totals_per_pair_of_perangkat_daerah_count_people_posts_and_asset_value(decided: World) -> None:
    assert decided.draft is not None
    data = compute_impact(decided.store, decided.draft.edition_id).to_json()
    json.dumps(data)  # plain data
    pairs = {(p["from_name"], p["to_name"]): p for p in data["pairs"]}
    from_b = pairs[("Dinas B", "Dinas A dan B")]
    server_value = decided.store.scalar("SELECT value_sen FROM assets WHERE id = ?", (decided.things["server"],))
    assert (from_b["people"], from_b["structural_posts"], from_b["assets"], from_b["value_sen"]) == (1, 1, 1, server_value)
    assert data["totals"]["people"] == 6 and data["totals"]["assets"] == 4
    assert {u["name"]: u["action"] for u in data["units"]} == {
        "Dinas A": "renamed",
        "Dinas B": "merged",
        "Badan C": "dissolved",
        "Bidang Y": "split",
    }
    assert data["new_units"] == [{"id": decided.new["D"], "name": "Dinas D"}]
    by_source = {row["name"]: row for row in data["by_source"]}
    assert by_source["Dinas B"]["people"] == 1 and by_source["Badan C"]["assets"] == 2
    assert sum(row["people"] for row in data["by_target"]) == data["totals"]["people"]
    waiting = next(row for row in data["by_target"] if row["pd"] is None)  # the bench, until Citra, Eka and Fajar are placed
    assert waiting["people"] == 3


def test_the_stamp_changes_when_the_draft_or_the_people_change(decided: World) -> None:
    from core import units

    assert decided.draft is not None
    first = compute_impact(decided.store, decided.draft.edition_id).stamp
    assert compute_impact(decided.store, decided.draft.edition_id).stamp == first
    units.update_unit(decided.store, decided.new["D"], name="Dinas D Baru")
    assert compute_impact(decided.store, decided.draft.edition_id).stamp != first
