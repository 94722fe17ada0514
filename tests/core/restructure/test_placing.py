"""Placements many at once on the sample's draft: each record its own target in one step,
one audit row each, every row validated before anything is written; a decision forgotten
again; and the lists of who and what waits, with the proposal beside the decision."""

from __future__ import annotations

import pytest

from core.errors import ValidationError
from core.restructure.impact import compute_impact
from core.restructure.placing import place_each, unplace, waiting
from core.store import Store

DRAFT = 2


def _placements(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute("SELECT entity, entity_id, to_unit_id, to_position_id FROM placements ORDER BY id").fetchall()


def test_each_person_to_its_own_target_in_one_step_with_an_audit_row_each(sample_store: Store) -> None:
    impact = compute_impact(sample_store, DRAFT)
    people = waiting(sample_store, impact, "staff")
    benched = [w for w in people if w.how == "bench"]
    assert len(benched) == 2 and all(w.proposed_unit_id is not None and w.decided == "" for w in benched)
    decided = next(w for w in people if w.how == "decided")
    assert decided.decided and decided.proposed  # the proposal is shown beside the decision
    audits = sample_store.scalar("SELECT count(*) FROM audit_log")
    rows = [(w.entity_id, w.proposed_unit_id, w.proposed_position_id) for w in benched]
    assert place_each(sample_store, DRAFT, "staff", rows) == 2
    assert sample_store.scalar("SELECT count(*) FROM audit_log") == audits + 2
    stored = {r[1]: (r[2], r[3]) for r in _placements(sample_store) if r[0] == "staff"}
    assert all(stored[i] == (u, p) for i, u, p in rows)
    after = compute_impact(sample_store, DRAFT)
    assert not after.bench and {p.entity_id for p in after.staff if p.how == "decided"} >= {w.entity_id for w in benched}

    # Forgotten: both wait again, now with the program's proposal.
    assert unplace(sample_store, DRAFT, "staff", [w.entity_id for w in benched]) == 2
    again = {p.entity_id: p.how for p in compute_impact(sample_store, DRAFT).staff}
    assert all(again[w.entity_id] == "proposed" for w in benched)


def test_every_row_is_checked_before_anything_is_written(sample_store: Store) -> None:
    impact = compute_impact(sample_store, DRAFT)
    person = next(w for w in waiting(sample_store, impact, "staff") if w.how == "bench")
    asset = waiting(sample_store, impact, "asset")[0]
    good = (person.entity_id, person.proposed_unit_id, None)
    old_unit = sample_store.scalar("SELECT id FROM units WHERE edition_id = 1 LIMIT 1")
    other_post = sample_store.scalar(
        "SELECT p.id FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ? AND p.unit_id != ? LIMIT 1",
        (DRAFT, person.proposed_unit_id),
    )
    draft_person = sample_store.scalar(
        "SELECT s.id FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.edition_id != 1 LIMIT 1"
    )
    before = _placements(sample_store)
    cases = [
        ("staff", [good, (person.entity_id, old_unit, None)], "to_unit"),
        ("staff", [good, (person.entity_id, person.proposed_unit_id, other_post)], "to_position"),
        ("asset", [(asset.entity_id, None, None)], "to_unit"),
    ]
    if draft_person is not None:
        cases.append(("staff", [good, (draft_person, person.proposed_unit_id, None)], "entity_id"))
    cases.append(("asset", [(person.entity_id + 10**6, asset.proposed_unit_id, None)], "entity_id"))
    for entity, rows, field in cases:
        with pytest.raises(ValidationError) as refused:
            place_each(sample_store, DRAFT, entity, rows)
        assert refused.value.field == field
    assert _placements(sample_store) == before
