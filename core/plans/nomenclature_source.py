"""Where the plans ask the official nomenclature (Permendagri 90/2019 and its amendments).

The nomenclature itself is ``core.nomenclature`` (a loader over resources/reference/
nomenklatur*.csv). The plans only need ``lookup``, ``nearest`` and ``children``, reached
through :func:`current`, so tests can put a small verified table in its place with
:func:`use`, and the plans work (without the code check) where it is not shipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol


class Entry(Protocol):
    code: str
    level: str  # 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'sub_kegiatan'
    name: str
    government: str  # 'provinsi' | 'kabkota' | 'both'
    version: str
    source: str
    verified: bool


class Nomenclature(Protocol):
    def lookup(self, code: str) -> Entry | None: ...

    def nearest(self, code: str, n: int = 5) -> Sequence[Entry]: ...

    def children(self, code: str) -> Sequence[Entry]: ...

    def covers(self, government: str) -> bool: ...

    def verified(self, government: str) -> bool: ...


_override: list[Nomenclature | None] = []


def current() -> Nomenclature | None:
    """The nomenclature in force: the one a test put in place, else ``core.nomenclature``
    when the program ships it, else None (the code check then stays silent)."""
    if _override:
        return _override[-1]
    try:
        module = importlib.import_module("core.nomenclature")
    except ModuleNotFoundError:
        return None
    return module  # type: ignore[return-value]  # a module with lookup/nearest/children


@contextmanager
def use(nomenclature: Nomenclature | None) -> Iterator[None]:
    """Answer with ``nomenclature`` for the length of the block (tests, a dry run)."""
    _override.append(nomenclature)
    try:
        yield
    finally:
        _override.pop()
