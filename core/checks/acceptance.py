"""Accepted findings: a finding the office decided to live with (a deliberate shared task),
with the reason, kept in the file so it stays accepted in later runs."""

from __future__ import annotations

from core.audit import now_iso, os_user
from core.checks.model import Acceptance
from core.regions import get_edition
from core.store import Store
from core.validation import require_text


def accepted(store: Store, edition_id: int) -> dict[str, Acceptance]:
    return {
        row["finding_key"]: Acceptance(row["reason"], row["accepted_by"], row["accepted_at"])
        for row in store.rows(
            "SELECT finding_key, reason, accepted_by, accepted_at FROM finding_acceptances WHERE edition_id = ?", (edition_id,)
        )
    }


def accept(store: Store, edition_id: int, key: str, rule: str, reason: str) -> Acceptance | None:
    """Mark a finding accepted with a reason; returns the acceptance it replaced (for undo)."""
    get_edition(store, edition_id)
    reason = require_text(reason, "notes", max_length=2000)
    previous = accepted(store, edition_id).get(key)
    acceptance = Acceptance(reason, os_user(), now_iso())
    with store.write() as tx:
        tx.execute(
            "INSERT INTO finding_acceptances (edition_id, finding_key, rule, reason, accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(edition_id, finding_key) DO UPDATE SET reason = excluded.reason, accepted_by = excluded.accepted_by,"
            " accepted_at = excluded.accepted_at",
            (edition_id, key, rule, acceptance.reason, acceptance.accepted_by, acceptance.accepted_at),
        )
        tx.audit("accept_finding", "edition", edition_id, previous.reason if previous else None, {"key": key, "reason": reason})
    return previous


def unaccept(store: Store, edition_id: int, key: str) -> Acceptance | None:
    """Put a finding back among the open ones; returns the acceptance removed (for undo)."""
    previous = accepted(store, edition_id).get(key)
    if previous is None:
        return None
    with store.write() as tx:
        tx.execute("DELETE FROM finding_acceptances WHERE edition_id = ? AND finding_key = ?", (edition_id, key))
        tx.audit("unaccept_finding", "edition", edition_id, {"key": key, "reason": previous.reason}, None)
    return previous


def restore(store: Store, edition_id: int, key: str, rule: str, acceptance: Acceptance) -> None:
    """Put back an acceptance exactly as it was (undo of unaccept)."""
    with store.write() as tx:
        tx.execute(
            "INSERT OR REPLACE INTO finding_acceptances (edition_id, finding_key, rule, reason, accepted_by, accepted_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (edition_id, key, rule, acceptance.reason, acceptance.accepted_by, acceptance.accepted_at),
        )
        tx.audit("accept_finding", "edition", edition_id, None, {"key": key, "reason": acceptance.reason})
