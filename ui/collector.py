"""Python's cyclic garbage collector held back while a long background job builds a large
plan: a full collection walks every object the process holds (a 100,000-row dry run makes
about a million) and keeps the interpreter for a fifth of a second, during which the window
cannot paint. The job's objects hold no reference cycles, so nothing piles up meanwhile.
When the last such job ends, what the process holds is frozen (``gc.freeze``: moved out of
the collector's sight at no cost) before collection resumes, else the first collection
would walk the job's million young objects at once; :func:`thaw` hands the survivors back
once the job's results are let go."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = [0]
_was_enabled = [True]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause automatic collection for the block (nested and concurrent blocks allowed)."""
    with _lock:
        if _holders[0] == 0:
            _was_enabled[0] = gc.isenabled()
            gc.disable()
        _holders[0] += 1
    try:
        yield
    finally:
        with _lock:
            _holders[0] -= 1
            if _holders[0] == 0 and _was_enabled[0]:
                gc.freeze()
                gc.enable()


def thaw() -> None:
    """Return the objects frozen at the end of a job to the collector (the job's results are
    no longer held: what was freed meanwhile is gone already, by reference counting)."""
    with _lock:
        if _holders[0] == 0:
            gc.unfreeze()
