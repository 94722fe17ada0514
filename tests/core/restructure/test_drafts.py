"""Drafts: a full copy of the edition in force with its own life cycle, several per region."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import regions
from core.audit import os_user
from core.errors import RefusedError
from core.restructure.drafts import get_draft, list_drafts, set_status, start_draft, steps_of
from core.store import Store, open_store
from tests.core.restructure.conftest import World

COUNTS = {
    "units": "SELECT count(*) FROM units WHERE edition_id = ?",
    "functions": "SELECT count(*) FROM unit_functions f JOIN units u ON u.id = f.unit_id WHERE u.edition_id = ?",
    "urusan": "SELECT count(*) FROM unit_urusan x JOIN units u ON u.id = x.unit_id WHERE u.edition_id = ?",
    "programs": "SELECT count(*) FROM unit_programs x JOIN units u ON u.id = x.unit_id WHERE u.edition_id = ?",
    "positions": "SELECT count(*) FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?",
    "standards": "SELECT count(*) FROM position_competencies c JOIN positions p ON p.id = c.position_id"
    " JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?",
}


def test_a_draft_copies_the_whole_structure_and_leaves_the_edition_in_force_alone(sample_store: Store) -> None:
    region_id = sample_store.scalar("SELECT id FROM regions WHERE kind = 'provinsi'")
    in_force = regions.edition_in_force(sample_store, region_id)
    assert in_force is not None
    before = {name: sample_store.scalar(sql, (in_force.id,)) for name, sql in COUNTS.items()}
    draft = start_draft(sample_store, region_id, "Draf uji", legal_basis="Raperda uji", effective_date="2027-01-02")
    copied = {name: sample_store.scalar(sql, (draft.edition_id,)) for name, sql in COUNTS.items()}
    assert copied == before and all(before.values())
    assert {name: sample_store.scalar(sql, (in_force.id,)) for name, sql in COUNTS.items()} == before
    edition = regions.get_edition(sample_store, draft.edition_id)
    assert edition.status == "draft" and edition.legal_basis == "Raperda uji"
    assert (draft.planned_legal_basis, draft.effective_date, draft.status) == ("Raperda uji", "2027-01-02", "draft")


def test_each_step_is_recorded_with_who_and_when_and_wrong_steps_are_refused(world: World) -> None:
    draft = start_draft(world.store, world.region_id, "Draf A")
    with pytest.raises(RefusedError):
        set_status(world.store, draft.edition_id, "approved")  # review comes first
    with pytest.raises(RefusedError):
        set_status(world.store, draft.edition_id, "applied")  # only apply applies
    set_status(world.store, draft.edition_id, "in_review", note="ke biro hukum")
    set_status(world.store, draft.edition_id, "approved")
    steps = steps_of(world.store, draft.edition_id)
    assert [s.status for s in steps] == ["draft", "in_review", "approved"]
    assert {s.os_user for s in steps} == {os_user()} and all(s.at for s in steps)
    assert steps[1].note == "ke biro hukum"
    assert get_draft(world.store, draft.edition_id).status == "approved"


def test_several_drafts_per_region_and_an_archived_one_archives_its_edition(world: World) -> None:
    first = start_draft(world.store, world.region_id, "Skenario 1")
    second = start_draft(world.store, world.region_id, "Skenario 2")
    assert [d.name for d in list_drafts(world.store, world.region_id)] == ["Skenario 1", "Skenario 2"]
    set_status(world.store, second.edition_id, "archived")
    assert regions.get_edition(world.store, second.edition_id).status == "archived"
    assert regions.get_edition(world.store, first.edition_id).status == "draft"
    with pytest.raises(RefusedError):
        set_status(world.store, second.edition_id, "draft")


def test_a_file_made_by_version_three_opens_with_its_records_and_can_hold_drafts(tmp_path: Path) -> None:
    """tests/data/schema_v3.sotk was written by schema version 3 and is never regenerated."""
    target = tmp_path / "lama.sotk"
    target.write_bytes((Path(__file__).resolve().parents[2] / "data" / "schema_v3.sotk").read_bytes())
    with open_store(target) as store:
        assert [r["name"] for r in store.rows("SELECT name FROM units ORDER BY id")] == ["Dinas Pariwisata", "Bidang Destinasi"]
        assert store.scalar("SELECT nip FROM staff") == "198001012005011001"
        draft = start_draft(store, 1, "Draf pertama")
        assert store.scalar("SELECT count(*) FROM units WHERE edition_id = ?", (draft.edition_id,)) == 2
        assert store.scalar("PRAGMA foreign_key_check") is None
