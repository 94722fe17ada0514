"""The cyclic collector is paused while an import plans a sheet, and comes back after."""

from __future__ import annotations

import gc

from core import collector


def test_the_collector_is_paused_for_the_block_nested_or_not_and_comes_back_as_it_was() -> None:
    assert gc.isenabled()
    with collector.collector_paused():
        assert not gc.isenabled()
        with collector.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still holds it
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.collector_paused():
            pass
        assert not gc.isenabled()  # a collector someone else turned off stays off
    finally:
        gc.enable()


def test_a_large_plan_is_frozen_rather_than_walked_and_thawed_afterwards() -> None:
    with collector.collector_paused():
        plan = [[n] for n in range(collector.FREEZE_ABOVE + 10)]  # lists: always tracked by the collector
    assert gc.get_freeze_count() >= len(plan)
    del plan
    collector.thaw()
    assert gc.get_freeze_count() == 0
