"""Lists counted and read by position in SQLite agree row for row with the whole ordered list."""

from __future__ import annotations

import pytest

from core import assets, staff
from core.paging import FIRST_ROWS, asset_list, staff_list
from core.store import Store


@pytest.mark.parametrize("sort", sorted(staff.SORT_COLUMNS))
def test_a_staff_list_reads_by_position_what_the_whole_order_holds(sample_store: Store, sort: str) -> None:
    for descending in (False, True):
        flt = staff.StaffFilter()
        whole = staff.staff_ids(sample_store, flt, sort, descending)
        assert len(whole) > FIRST_ROWS + 200  # the sample reaches past the first rows
        listed = staff_list(sample_store, flt, sort, descending)
        assert len(listed) == len(whole)
        assert listed.between(0, 50) == whole[:50]  # before the order is copied
        assert listed.table is None
        assert listed.between(FIRST_ROWS - 3, FIRST_ROWS + 3) == whole[FIRST_ROWS - 3 : FIRST_ROWS + 3]
        assert listed.between(len(whole) - 4, len(whole) + 4) == whole[-4:]
        chosen = whole[::101]
        assert listed.positions(chosen) == {row_id: whole.index(row_id) for row_id in chosen}
        listed.close()


def test_filters_and_sub_units_are_counted_like_the_whole_list(sample_store: Store) -> None:
    top = sample_store.scalar("SELECT id FROM units WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1")
    for flt in (staff.StaffFilter(unit_id=top), staff.StaffFilter(text="a", status="PNS"), staff.StaffFilter(unplaced=True)):
        whole = staff.staff_ids(sample_store, flt, "unit")
        listed = staff_list(sample_store, flt, "unit")
        assert len(listed) == len(whole) and listed.all() == whole
        assert listed.between(0, 10**6) == whole
    for flt in (assets.AssetFilter(unit_id=top), assets.AssetFilter(kib="B", condition="RB"), assets.AssetFilter(text="meja")):
        for sort in assets.SORT_COLUMNS:
            whole = assets.asset_ids(sample_store, flt, sort, True)
            listed = asset_list(sample_store, flt, sort, True)
            assert len(listed) == len(whole)
            assert (
                listed.between(0, 30) == whole[:30]
                and listed.between(FIRST_ROWS, FIRST_ROWS + 300) == whole[FIRST_ROWS : FIRST_ROWS + 300]
            )


def test_a_list_is_a_snapshot_until_it_is_read_again(sample_store: Store) -> None:
    listed = asset_list(sample_store, assets.AssetFilter())
    before = len(listed)
    last = listed.between(before - 1, before)
    gone = listed[0]
    assets.delete_assets(sample_store, [gone])
    assert listed.between(before - 1, before) == last  # the copy still has the row the view counted
    fresh = asset_list(sample_store, assets.AssetFilter())
    assert len(fresh) == before - 1 and gone not in fresh.between(0, 5)
    listed.close()
    fresh.close()
    assert sample_store.scalar("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'ordered_ids_%'") == 0
