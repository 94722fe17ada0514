"""Accepted findings: a finding the office decided to live with (a deliberate shared task),
with the reason, kept in the file so it stays accepted in later runs."""

from __future__ import annotations

from core.audit import now_iso, os_user
from core.checks.model import Acceptance
from core.regions import get_edition
from core.store import Reader, Tx, writes
from core.validation import require_text


def accepted(store: Reader, edition_id: int) -> dict[str, Acceptance]:
    return {
        row["finding_key"]: Acceptance(row["reason"], row["accepted_by"], row["accepted_at"])
        for row in store.rows(
            "SELECT finding_key, reason, accepted_by, accepted_at FROM finding_acceptances WHERE edition_id = ?", (edition_id,)
        )
    }


@writes
def accept(tx: Tx, edition_id: int, key: str, rule: str, reason: str) -> Acceptance | None:
    """Mark a finding accepted with a reason; returns the acceptance it replaced (for undo)."""
    get_edition(tx, edition_id)
    reason = require_text(reason, "notes", max_length=2000)
    previous = accepted(tx, edition_id).get(key)
    acceptance = Acceptance(reason, os_user(), now_iso())
    tx.execute(
        "INSERT INTO finding_acceptances (edition_id, finding_key, rule, reason, accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(edition_id, finding_key) DO UPDATE SET reason = excluded.reason, accepted_by = excluded.accepted_by,"
        " accepted_at = excluded.accepted_at",
        (edition_id, key, rule, acceptance.reason, acceptance.accepted_by, acceptance.accepted_at),
    )
    tx.audit("accept_finding", "edition", edition_id, previous.reason if previous else None, {"key": key, "reason": reason})
    return previous


@writes
def unaccept(tx: Tx, edition_id: int, key: str) -> Acceptance | None:
    """Put a finding back among the open ones; returns the acceptance removed (for undo)."""
    previous = accepted(tx, edition_id).get(key)
    if previous is None:
        return None
    tx.execute("DELETE FROM finding_acceptances WHERE edition_id = ? AND finding_key = ?", (edition_id, key))
    tx.audit("unaccept_finding", "edition", edition_id, {"key": key, "reason": previous.reason}, None)
    return previous
