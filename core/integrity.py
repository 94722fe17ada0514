"""The full integrity check of a data file (*Berkas → Periksa keutuhan berkas*).

Opening a file runs the cheap checks (header, schema, SQLite's quick page check);
this one is SQLite's ``PRAGMA integrity_check``: every page, every index against its
table, every constraint. It reads the file on its own read-only connection, so it runs in
a worker thread while the window stays usable, and can be cancelled.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from core.errors import Cancelled, DamagedFile, Notice, SotkError
from core.i18n import N_

MAX_PROBLEMS = 100  # SQLite's own default; a damaged file can list thousands of lines

SOUND = N_("Berkas {path} utuh: pemeriksaan keutuhan tidak menemukan masalah ({pages} halaman, {seconds} detik).")
NOT_SOUND = N_(
    "Berkas {path} rusak: pemeriksaan keutuhan menemukan {count} masalah. Jangan lanjutkan bekerja pada berkas ini; "
    "pakai salinan cadangan."
)


@dataclass(frozen=True)
class IntegrityReport:
    """What the full check found: SQLite's own lines (English, technical) for the details,
    and a summary for the user."""

    path: Path
    problems: list[str]
    pages: int
    seconds: float
    backup: Path | None = None

    @property
    def sound(self) -> bool:
        return not self.problems

    def summary(self) -> SotkError:
        """A notice for a sound file; for a damaged one the problem, with its last sound backup."""
        if self.sound:
            return Notice(SOUND, path=str(self.path), pages=self.pages, seconds=f"{self.seconds:.1f}")
        return DamagedFile(
            NOT_SOUND, path=str(self.path), count=len(self.problems), **({"backup": str(self.backup)} if self.backup else {})
        )


def full_check(path: Path, cancel: threading.Event | None = None) -> IntegrityReport:
    """Run ``PRAGMA integrity_check`` on ``path`` (read-only). Raises :class:`Cancelled`
    when ``cancel`` is set, a FileProblem when the file cannot be read at all (locked, gone)."""
    from core.store import explain_sqlite_error, last_good_backup

    started = time.perf_counter()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path) from exc
    try:
        if cancel is not None:
            conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 20000)
        try:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            lines = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
        except sqlite3.OperationalError as exc:
            if cancel is not None and cancel.is_set():
                raise Cancelled() from exc
            raise explain_sqlite_error(exc, path) from exc
        except sqlite3.DatabaseError as exc:  # so damaged SQLite will not even begin: one problem, in its words
            error = explain_sqlite_error(exc, path, point_to_backup=False)
            if not isinstance(error, DamagedFile):
                raise error from exc
            lines, pages = [str(exc)], 0
    finally:
        conn.close()
    problems = [] if lines == ["ok"] else lines
    backup = last_good_backup(path) if problems else None
    return IntegrityReport(path, problems, pages, time.perf_counter() - started, backup)
