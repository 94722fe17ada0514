"""Regions and their editions: which structure is in force."""

from __future__ import annotations

from core import regions
from core.regions import Edition
from core.store import Store


def test_the_edition_in_force_of_a_region(store: Store, edition: Edition) -> None:
    draft = regions.create_edition(store, edition.region_id, "Draf 2027")
    assert regions.edition_in_force(store, edition.region_id) == edition
    regions.update_edition(store, edition.id, status="archived")
    assert regions.edition_in_force(store, edition.region_id) is None  # only drafts and archives left
    regions.update_edition(store, draft.id, status="in_force")
    found = regions.edition_in_force(store, edition.region_id)
    assert found is not None and (found.id, found.name) == (draft.id, "Draf 2027")
    other = regions.create_region(store, "Kabupaten Tanpa Edisi", "kabupaten")
    assert regions.edition_in_force(store, other.id) is None
