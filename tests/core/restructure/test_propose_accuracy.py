"""The proposal on real restructurings: at least 9 of every 10 perangkat daerah right
(action and targets), against mappings read from the sources (tests/data/restructuring)."""

from __future__ import annotations

import pytest

from core.restructure.propose import propose
from core.store import Store
from tests.data.restructuring import Built, build

CASES = [("kalbar_2021", "provinsi"), ("tulang_bawang_2025", "kabupaten")]


def _right_by_pd(store: Store, built: Built) -> tuple[int, list[str]]:
    key_of_old = {unit_id: key for key, unit_id in built.old_ids.items()}
    key_of_new = {unit_id: key for key, unit_id in built.new_ids.items()}
    proposed = {key_of_old[p.from_unit_id]: p for p in propose(store, built.old_edition, built.new_edition) if p.from_unit_id}
    wrong = []
    for key in built.pd_keys:
        want = built.expected[key]
        got = proposed[key]
        if (got.action, sorted(key_of_new[t] for t in got.to_unit_ids)) != (want.action, sorted(want.targets)):
            wrong.append(f"{key}: {got.action} {got.to_unit_ids} ({got.reason})")
    return len(built.pd_keys) - len(wrong), wrong


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_nine_of_ten_perangkat_daerah_are_mapped_right(store: Store, name: str, kind: str) -> None:
    built = build(store, name, kind)
    right, wrong = _right_by_pd(store, built)
    assert right / len(built.pd_keys) >= 0.9, wrong


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_names_places_and_urusan_alone_still_map_nine_of_ten(store: Store, name: str, kind: str) -> None:
    """A structure sheet without function statements: the proposal still holds."""
    built = build(store, name, kind, functions=False)
    right, wrong = _right_by_pd(store, built)
    assert right / len(built.pd_keys) >= 0.9, wrong


def test_the_fixture_holds_every_kind_of_change_the_sources_name(store: Store) -> None:
    """The real cases are not all 'kept': merges, splits, renames and moves are there to be found."""
    actions = {e.action for name, kind in CASES for e in build(store, name, kind).expected.values()}
    assert {"kept", "renamed", "merged", "split", "moved"} <= actions
