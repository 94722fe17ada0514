"""Findings as plain data, for the command line's JSON and for reports."""

from __future__ import annotations

from typing import Any

from core.checks.model import Finding


def finding_json(finding: Finding, paths: dict[int, str], edition_id: int) -> dict[str, Any]:
    """One finding in the stable JSON shape documented in the README."""
    return {
        "edition_id": edition_id,
        "rule": finding.rule,
        "severity": finding.severity,
        "units": [{"id": unit_id, "path": paths.get(unit_id, "")} for unit_id in finding.units],
        "message": finding.message,
        "advice": finding.advice_text,
        "basis": finding.basis,
        "key": finding.key,
        "accepted": None
        if finding.accepted is None
        else {"reason": finding.accepted.reason, "by": finding.accepted.accepted_by, "at": finding.accepted.accepted_at},
        "details": finding.data,
    }
