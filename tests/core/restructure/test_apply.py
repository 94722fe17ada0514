"""Apply: refused with the list while anything waits, all or nothing, every person and
asset re-pointed, hand-overs recorded with their BAST, no one left in the archive, undo exact."""

from __future__ import annotations

import pytest

from core import journal, regions, units
from core.restructure.apply import ApplyRefused, apply_draft, bench, left_in_archive, place
from core.restructure.drafts import get_draft, set_status, steps_of
from core.restructure.impact import compute_impact
from core.store import Store
from tests.core.restructure.conftest import World
from tools.crash_harness import fingerprint_conn


def _approve(w: World) -> int:
    assert w.draft is not None
    set_status(w.store, w.draft.edition_id, "in_review")
    set_status(w.store, w.draft.edition_id, "approved")
    return w.draft.edition_id


def _ready(w: World) -> int:
    """Approved, with the badan's assets placed and Fajar left on the bench."""
    draft = _approve(w)
    place(w.store, draft, "asset", [w.things["microscope"], w.things["car"]], w.new["Z"])
    place(w.store, draft, "staff", [w.people["eka"]], w.new["Z"])
    place(w.store, draft, "staff", [w.people["citra"]], w.new["Y1"])
    return draft


def test_apply_is_refused_with_the_list_and_changes_nothing_while_anything_waits(drafted: World) -> None:
    assert drafted.draft is not None
    before = fingerprint_conn(drafted.store.conn)
    with pytest.raises(ApplyRefused) as refused:  # not even approved
        apply_draft(drafted.store, drafted.draft.edition_id, backup=False)
    assert refused.value.problems
    _approve(drafted)
    with pytest.raises(ApplyRefused) as refused:  # approved, but no perangkat daerah decided
        apply_draft(drafted.store, drafted.draft.edition_id, backup=False)
    names = " ".join(p.message for p in refused.value.problems)
    assert "Dinas A" in names and "Dinas B" in names and "Badan C" in names
    after = fingerprint_conn(drafted.store.conn)
    changed = {t for t in before if before[t] != after[t]} - {"restructurings", "restructuring_steps", "audit_log"}
    assert changed == set()


def test_apply_refuses_when_the_draft_changed_since_the_impact_was_seen(decided: World) -> None:
    draft = _ready(decided)
    seen = compute_impact(decided.store, draft).stamp
    units.update_unit(decided.store, decided.new["D"], name="Dinas D (diubah jendela lain)")
    with pytest.raises(ApplyRefused) as refused:
        apply_draft(decided.store, draft, stamp=seen, backup=False)
    assert "berubah" in refused.value.message
    assert regions.get_edition(decided.store, draft).status == "draft"


def test_apply_moves_everyone_records_hand_overs_and_leaves_no_one_in_the_archive(decided: World) -> None:
    draft = _ready(decided)
    store = decided.store
    people = store.scalar("SELECT count(*) FROM staff")
    result = apply_draft(store, draft, bast="BAST/2026")
    assert result.backup is not None and result.backup.exists()
    assert regions.get_edition(store, draft).status == "in_force"
    assert regions.get_edition(store, decided.edition_id).status == "archived"
    assert get_draft(store, draft).status == "applied" and steps_of(store, draft)[-1].status == "applied"
    assert left_in_archive(store, decided.region_id) == {"staff": 0, "positions": 0, "assets": 0}
    assert store.scalar("SELECT count(*) FROM staff") == people
    ani = store.one("SELECT unit_id, position_id FROM staff WHERE id = ?", (decided.people["ani"],))
    assert ani == {"unit_id": decided.new["A"], "position_id": store.scalar(
        "SELECT id FROM positions WHERE unit_id = ? AND title = 'Kepala Dinas A'", (decided.new["A"],))}  # fmt: skip
    # The bench: detached from the old post, not in a new one, and listed.
    fajar = store.one("SELECT unit_id, position_id FROM staff WHERE id = ?", (decided.people["fajar"],))
    assert fajar == {"unit_id": None, "position_id": None}
    assert [row["id"] for row in bench(store, decided.region_id)] == [decided.people["fajar"]]
    # Hand-overs: assets that changed perangkat daerah, one BAST number per pair; Dinas A was
    # only renamed, so its laptop needs none.
    transfers = store.rows("SELECT asset_id, from_unit_name, to_unit_name, reference FROM asset_transfers ORDER BY asset_id")
    assert {t["asset_id"] for t in transfers} == {decided.things[k] for k in ("server", "microscope", "car")}
    by_pair = {(t["from_unit_name"].split()[0], t["reference"]) for t in transfers}
    assert len({ref for _, ref in by_pair}) == 2 and all(ref.startswith("BAST/2026/") for _, ref in by_pair)


def test_undo_restores_the_file_exactly(decided: World) -> None:
    draft = _ready(decided)
    store = decided.store
    before = fingerprint_conn(store.conn)
    label = "Terapkan"
    with store.write(undo=label) as tx:
        from core.restructure.apply import apply_in

        apply_in(tx, draft, bast="B")
    assert tx.step is not None
    assert fingerprint_conn(store.conn) != before
    journal.reverse(store, tx.step, "undo", label)
    after = fingerprint_conn(store.conn)
    assert {t: v for t, v in after.items() if t != "audit_log"} == {t: v for t, v in before.items() if t != "audit_log"}


def test_the_sample_draft_can_be_approved_and_applied_whole(sample_store: Store) -> None:
    region_id = sample_store.scalar("SELECT id FROM regions WHERE kind = 'provinsi'")
    draft = next(e for e in regions.list_editions(sample_store, region_id) if e.status == "draft")
    impact = compute_impact(sample_store, draft.id)
    assert impact.ready and impact.mapping.undecided == []
    assert len(impact.bench) == 2
    set_status(sample_store, draft.id, "in_review")
    set_status(sample_store, draft.id, "approved")
    staff, assets = sample_store.scalar("SELECT count(*) FROM staff"), sample_store.scalar("SELECT count(*) FROM assets")
    result = apply_draft(sample_store, draft.id, stamp=compute_impact(sample_store, draft.id).stamp, bast="BAST/Contoh")
    assert result.left_in_archive == {"staff": 0, "positions": 0, "assets": 0}
    assert result.bench == 2 and result.transfers > 0
    assert sample_store.scalar("SELECT count(*) FROM staff") == staff
    assert sample_store.scalar("SELECT count(*) FROM assets") == assets
    assert sample_store.scalar("PRAGMA integrity_check") == "ok"


def test_apply_of_the_sample_audits_each_move_and_undoes_and_redoes_exactly(sample_store: Store) -> None:
    from core.audit import to_json
    from core.restructure.apply import apply_in

    store = sample_store
    region_id = store.scalar("SELECT id FROM regions WHERE kind = 'provinsi'")
    draft = next(e for e in regions.list_editions(store, region_id) if e.status == "draft")
    set_status(store, draft.id, "in_review")
    set_status(store, draft.id, "approved")
    impact = compute_impact(store, draft.id)
    before = fingerprint_conn(store.conn)
    with store.write(undo="Terapkan") as tx:
        apply_in(tx, draft.id, stamp=impact.stamp, bast="BAST/Contoh", impact=impact)
    assert tx.step is not None
    after = fingerprint_conn(store.conn)
    # Each person's move in the log, the same text as a record made in Python.
    logged = store.conn.execute(
        "SELECT entity_id, before, after FROM audit_log WHERE action = 'move' AND entity = 'staff' ORDER BY id"
    ).fetchall()
    assert logged == [
        (p.entity_id, to_json({"unit_id": p.from_unit_id}),
         to_json({"unit_id": p.to_unit_id, "position_id": p.to_position_id, "how": p.how}))
        for p in impact.staff
    ]  # fmt: skip
    assert len(logged) > 1000

    def data(state: dict[str, str]) -> dict[str, str]:
        return {t: v for t, v in state.items() if t != "audit_log"}

    redo = journal.reverse(store, tx.step, "undo", "Terapkan")
    assert data(fingerprint_conn(store.conn)) == data(before) and redo is not None
    journal.reverse(store, redo, "redo", "Terapkan")
    assert data(fingerprint_conn(store.conn)) == data(after)
    assert regions.get_edition(store, draft.id).status == "in_force"


def test_an_impact_handed_to_apply_is_not_trusted_once_the_draft_changed(decided: World) -> None:
    from core.restructure.apply import apply_in

    draft = _ready(decided)
    seen = compute_impact(decided.store, draft)
    place(decided.store, draft, "staff", [decided.people["fajar"]], decided.new["Z"])  # another window decides meanwhile
    with pytest.raises(ApplyRefused), decided.store.write(undo="Terapkan") as tx:
        apply_in(tx, draft, stamp=seen.stamp, impact=seen)
    assert regions.get_edition(decided.store, draft).status == "draft"
    assert decided.store.scalar("SELECT unit_id FROM staff WHERE id = ?", (decided.people["ani"],)) == decided.old["A"]
