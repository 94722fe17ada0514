"""The audit log: every change records when, who (the OS user), what, before and after."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any


def os_user() -> str:
    """The login name of whoever runs the program; never fails."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors on odd systems
        return "unknown"


def now_iso() -> str:
    """Local time with its UTC offset, to the second: how audit rows and records are stamped."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)  # built once: an import encodes 100,000


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(value)


def record(
    conn: sqlite3.Connection,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one audit row inside the caller's transaction."""
    conn.execute(
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now_iso(), os_user(), action, entity, entity_id, to_json(before), to_json(after)),
    )


def record_many(conn: sqlite3.Connection, action: str, entity: str, entries: Iterable[tuple[int | None, Any, Any]]) -> None:
    """One audit row per (id, before, after), in one statement: the audit of a bulk change."""
    at, user = now_iso(), os_user()
    conn.executemany(
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((at, user, action, entity, entity_id, to_json(before), to_json(after)) for entity_id, before, after in entries),
    )
