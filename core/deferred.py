"""A module imported when it is first used, not when the importing module loads.

The window's controllers name the core modules they act with (staff, assets, checks ...) but
use them only when the user asks for something; importing them all before the window is
painted costs a good part of the start (issue 11). ``staff = deferred("core.staff")`` gives an
object that imports ``core.staff`` on its first attribute access and hands every access on
to the real module (so a test that patches the module is seen). Importing goes through
importlib, whose module locks make a first use from a worker thread safe.

Write it so type checkers still see the module::

    if TYPE_CHECKING:
        from core import staff
    else:
        staff = deferred("core.staff")
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred(ModuleType):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        object.__setattr__(self, "_module", None)

    def _load(self) -> ModuleType:
        module = object.__getattribute__(self, "_module")
        if module is None:
            module = importlib.import_module(self.__name__)
            object.__setattr__(self, "_module", module)
        return module

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._load(), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        setattr(self._load(), attribute, value)

    def __repr__(self) -> str:
        return f"<deferred module {self.__name__!r}>"


def deferred(name: str) -> ModuleType:
    """``name`` imported on first use; at once if something has imported it already."""
    return _Deferred(name)
