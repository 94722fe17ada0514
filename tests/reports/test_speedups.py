"""reportlab really uses its C speed-ups (rl-accel, pinned in pyproject.toml) where they are
installed: it looks them up by name at import and falls back to Python silently."""

from __future__ import annotations

import pytest


def test_reportlab_uses_rl_accel_when_it_is_installed() -> None:
    pytest.importorskip("_rl_accel", reason="rl-accel is not installed in this environment")
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
    assert rl_accel.escapePDF.__module__ == "_rl_accel"
