"""Python's cyclic garbage collector held back while an import plans a large sheet: a full
collection walks every object the process holds (a 100,000-row plan makes about a million),
a tenth of the plan's time in all, and each one keeps the interpreter for a fifth of a
second, during which a window sharing it cannot paint. A plan's objects hold no reference
cycles, so nothing piles up meanwhile.
When the last such plan is done after a large sheet, what the process holds is frozen
(``gc.freeze``: moved out of the collector's sight at no cost) before collection resumes,
else the first collection would walk the plan's million young objects at once; :func:`thaw`
hands the survivors back once the plan is let go (the window does, when its dialog closes
or the import is written)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FREEZE_ABOVE = 100_000  # young objects: below this the first collection is quick anyway
_lock = threading.Lock()
_holders = [0]
_was_enabled = [True]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause automatic collection for the block (nested blocks and threads allowed)."""
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
                if gc.get_count()[0] > FREEZE_ABOVE:
                    gc.freeze()
                gc.enable()


def thaw() -> None:
    """Return the objects frozen at the end of a job to the collector (the job's results are
    no longer held: what was freed meanwhile is gone already, by reference counting)."""
    with _lock:
        if _holders[0] == 0:
            gc.unfreeze()
