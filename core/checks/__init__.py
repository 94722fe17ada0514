"""The checks: overlaps, coverage gaps, combining rule, structural limits, hygiene.

Each check is a module with ``RULE`` (its id), ``TITLE`` and ``run(data) -> list[Finding]``;
:data:`CHECKS` in :mod:`core.checks.runner` lists them. A new check is a new module added to
that list; nothing else changes.

The runner's names are offered here as well, but loaded on first use (PEP 562): importing
``core.checks.model`` for a finding's type must not import every check, or the window pays
for all of them before it is painted.
"""

from __future__ import annotations

from typing import Any

_RUNNER = frozenset({"CHECKS", "CheckReport", "Progress", "check_titles", "run_checks"})


def __getattr__(name: str) -> Any:
    if name in _RUNNER:
        from core.checks import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'core.checks' has no attribute {name!r}")
