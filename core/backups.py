"""Dated backups of a data file, made before every bulk change and every migration, and
restoring one (ARCHITECTURE.md rule 5: nothing is lost).

A backup is a whole, consistent copy made with SQLite's backup API (never a byte copy of
a file another connection may be writing), named ``NAME.cadangan-TAG-YYYYMMDD-HHMMSS.sotk``
beside the file or in a folder the user chose. It says itself what it is: its ``meta``
table holds ``backup_of`` (the file's ``file_id``), ``backup_made_at``, ``backup_reason``
(the change that followed) and ``backup_source`` (where the file was). The last ``keep``
backups of a file are kept; older ones of the same file go.

The command line and the window use the same functions; the window sets the policy
(folder, how many) from its settings with :func:`configure`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import FileProblem, os_reason
from core.i18n import N_

if TYPE_CHECKING:
    from core.store import Store

DEFAULT_KEEP = 10
INFIX = ".cadangan-"
BACKUP_FAILED = N_("Cadangan berkas {path} tidak dapat dibuat, jadi perubahan tidak dijalankan: {reason}")
NOT_A_BACKUP = N_("{path} bukan cadangan berkas ini.")
RESTORE_FAILED = N_("Cadangan {path} tidak dapat dipulihkan: {reason}")
REASON_RESTORE = N_("sebelum memulihkan cadangan {name}")
REASON_MIGRATE = N_("sebelum pembaruan berkas dari versi skema {version}")


@dataclass(frozen=True)
class Policy:
    """Where backups go (None: beside the file) and how many of one file are kept."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP


_policy = [Policy()]


def configure(folder: Path | None, keep: int) -> None:
    """Set where backups go and how many are kept (the window, from its settings)."""
    _policy[0] = Policy(folder, max(1, int(keep)))


def policy() -> Policy:
    return _policy[0]


@dataclass(frozen=True)
class Backup:
    """One backup on disk, as it describes itself."""

    path: Path
    made_at: str  # ISO time with offset
    size: int  # bytes
    reason: str  # the change that followed, as the program named it then
    reason_params: dict[str, str]
    schema_version: int
    of: str  # the file_id of the file it was made of


def folder_for(path: Path, chosen: Policy | None = None) -> Path:
    chosen = chosen or policy()
    return chosen.folder if chosen.folder is not None else path.parent


def backup_name(path: Path, tag: str, when: datetime) -> str:
    return f"{path.stem}{INFIX}{tag}-{when.strftime('%Y%m%d-%H%M%S')}{path.suffix}"


def make_backup(
    source: sqlite3.Connection | Store,
    path: Path,
    reason: str,
    *,
    tag: str = "",
    reason_params: dict[str, str] | None = None,
    chosen: Policy | None = None,
) -> Path:
    """Copy the database behind ``source`` (a connection or store of ``path``) into a new
    dated backup, consistently, then remove this file's backups beyond the policy's
    ``keep``. ``reason`` is a template (``N_``) naming the change that follows.
    Raises :class:`FileProblem` when no backup can be written: the change must not run."""
    chosen = chosen or policy()
    conn = source if isinstance(source, sqlite3.Connection) else source.conn
    folder = folder_for(path, chosen)
    now = datetime.now().astimezone()
    target = _free_name(folder / backup_name(path, tag or "sebelum", now))
    partial = target.with_name(f".{target.name}.sementara")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        destination = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(destination)
            _describe(destination, path, reason, reason_params or {}, now)
        finally:
            destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.DatabaseError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        why = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise FileProblem(BACKUP_FAILED, path=str(path), reason=why) from exc
    prune(path, chosen, file_id=_meta(conn, "file_id"))
    return target


def backup_before_change(store: Store, label: str) -> Path:
    """The backup before a bulk change (an import, moving thousands of assets...): one call
    from where the change starts, on the connection that will make it."""
    return make_backup(store, store.path, "{label}", reason_params={"label": label})


def backup_before_migration(path: Path, version: int) -> Path:
    """The backup of a file of an older schema, before it is updated (nothing else has it open)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        return make_backup(conn, path, REASON_MIGRATE, tag=f"v{version}", reason_params={"version": str(version)})
    finally:
        conn.close()


def list_backups(path: Path, chosen: Policy | None = None, *, file_id: str | None = None) -> list[Backup]:
    """This file's backups, newest first: those named after it, in its backup folder and
    beside it, whose ``backup_of`` is its ``file_id`` (when known)."""
    chosen = chosen or policy()
    folders = dict.fromkeys([folder_for(path, chosen), path.parent])
    found: list[Backup] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for candidate in folder.glob(f"{_glob_escape(path.stem)}{INFIX}*{path.suffix}"):
                backup = read_backup(candidate)
                if backup is not None and (file_id is None or backup.of in ("", file_id)):
                    found.append(backup)
    unique = {b.path.resolve(): b for b in found}
    return sorted(unique.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


def read_backup(path: Path) -> Backup | None:
    """What a backup says about itself (None: not a readable SOTK backup)."""
    try:
        size = path.stat().st_size
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'backup%' OR key = 'file_id'").fetchall())
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError, ValueError):
        return None
    if "backup_made_at" not in meta:
        return None
    params = {k[len("backup_param_") :]: str(v) for k, v in meta.items() if k.startswith("backup_param_")}
    return Backup(
        path,
        str(meta["backup_made_at"]),
        size,
        str(meta.get("backup_reason", "")),
        params,
        version,
        str(meta.get("backup_of", "")),
    )


def reason_text(backup: Backup) -> str:
    """The change that followed the backup, filled in (untranslated: the window translates)."""
    try:
        return backup.reason.format(**backup.reason_params)
    except (KeyError, IndexError, ValueError):
        return backup.reason


def prune(path: Path, chosen: Policy | None = None, *, file_id: str | None = None) -> list[Path]:
    """Remove this file's backups beyond the newest ``keep``; returns those removed."""
    chosen = chosen or policy()
    removed = []
    for old in list_backups(path, chosen, file_id=file_id)[chosen.keep :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def restore_backup(path: Path, backup: Path, chosen: Policy | None = None) -> Path:
    """Put ``backup`` in the place of ``path`` (which nobody may have open: the caller has
    closed it). The current file is first kept as a backup itself; the swap is a copy to a
    temporary file beside it and one rename, so an interruption leaves one or the other
    whole. Returns the backup made of the current file."""
    from core.store import explain_sqlite_error, holding_to_replace, inspect_file

    chosen = chosen or policy()
    described = read_backup(backup)
    if described is None:
        raise FileProblem(NOT_A_BACKUP, path=str(backup))
    inspect_file(backup)  # damaged or foreign: refused before anything changes
    staged = path.with_name(f".{path.name}.pulih.sementara")
    try:
        with holding_to_replace(path):
            staged.unlink(missing_ok=True)
            source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
            try:
                destination = sqlite3.connect(staged, isolation_level=None)
                try:
                    source.backup(destination)
                    destination.execute("DELETE FROM meta WHERE key LIKE 'backup%'")  # a document again
                finally:
                    destination.close()
            finally:
                source.close()
            current = sqlite3.connect(path, isolation_level=None)  # a writer: rolls back a journal left by a crash
            try:
                kept = make_backup(current, path, REASON_RESTORE, tag="pulih", reason_params={"name": backup.name}, chosen=chosen)
            finally:
                current.close()
            os.replace(staged, path)
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, backup) from exc
    except OSError as exc:
        raise FileProblem(RESTORE_FAILED, path=str(backup), reason=os_reason(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return kept


def _describe(conn: sqlite3.Connection, path: Path, reason: str, params: dict[str, str], when: datetime) -> None:
    """Write into the backup what it is, and drop the undo history (restoring starts fresh)."""
    rows = [
        ("backup_of", _meta(conn, "file_id")),
        ("backup_made_at", when.isoformat(timespec="milliseconds")),  # orders two in one second
        ("backup_reason", reason),
        ("backup_source", str(path.resolve())),
        *((f"backup_param_{key}", str(value)) for key, value in params.items()),
    ]
    conn.execute("BEGIN")
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows)
    for table in ("undo_journal", "undo_steps"):
        with contextlib.suppress(sqlite3.OperationalError):  # older schemas have no journal
            conn.execute(f"DELETE FROM {table}")
    conn.execute("COMMIT")


def _meta(conn: sqlite3.Connection, key: str) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def _free_name(target: Path) -> Path:
    """Two backups in one second get -2, -3 ... rather than overwriting each other."""
    candidate, number = target, 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
        number += 1
    return candidate


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)
