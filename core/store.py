"""Opening, creating and writing a ``.sotk`` file: the one way in to the data.

A file is inspected read-only before anything else happens, so a file that is not
ours, is damaged, or comes from a newer version is refused without being touched. The
one exception is what SQLite itself would do for the next writer: a change a crashed
program left unfinished (a hot journal) is rolled back first, and a file another tool
put in WAL mode goes back to the ordinary journal; the user is told of either.
Every write runs in one ``BEGIN IMMEDIATE`` transaction that must append an audit row
(ARCHITECTURE.md rule 2). The journal stays in DELETE mode: WAL is unsafe on the
network shares offices keep their files on.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from core import __version__, audit, journal, schema
from core.errors import DamagedFile, FileProblem, Notice, ReadOnlyError, os_reason
from core.i18n import N_
from core.lockfile import FileLock, LockLost, LockOwner
from core.schema import APPLICATION_ID, SCHEMA_VERSION, create_schema, expected_tables, migrate, table_columns

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000
BULK_BUSY_TIMEOUT_MS = 15000  # a bulk change's commit may wait for a reader (a check run) to finish a query
SUFFIX = ".sotk"
COPY_SAME_NAME = N_("Salinan harus diberi nama lain dari berkas {path}.")
COPY_FAILED = N_("Salinan {path} tidak dapat dibuat: {reason}")
IN_USE = N_("Berkas {path} sedang dibuka oleh {user} di komputer {host}: berkas itu tidak ditimpa. Pilih nama lain.")
READ_ONLY_WRITE = N_("Berkas {path} dibuka hanya-baca; perubahan tidak dapat disimpan.")
TAKEN_OVER = N_(
    "Berkas {path} telah diambil alih oleh {user} di komputer {host}; perubahan ini tidak disimpan. Berkas kini hanya-baca di sini; tutup lalu buka lagi untuk melihat isinya sekarang."
)
REPLACED = N_(
    "Berkas {path} telah diganti atau dipindahkan oleh program lain; perubahan ini tidak disimpan. Berkas kini hanya-baca di sini; tutup lalu buka lagi."
)
TAKEN_OVER_REASON = N_("diambil alih oleh {user} di komputer {host} sejak {since}")
REPLACED_REASON = N_("berkas diganti atau dipindahkan oleh program lain")
CANNOT_TAKE_OVER = N_(
    "Berkas {path} tidak dapat diambil alih: program {user} di komputer {host} masih aktif. Buka hanya-baca, atau minta {user} menutupnya."
)
UNFINISHED_UNDONE = N_(
    "Program berhenti di tengah sebuah perubahan pada berkas {path}. Perubahan yang belum selesai itu sudah diurungkan: "
    "isi berkas kembali seperti sesudah perubahan terakhir yang tersimpan."
)
UNFINISHED_CANNOT_UNDO = N_(
    "Berkas {path} menyimpan perubahan yang belum selesai (program berhenti di tengah penulisan), tetapi {reason}, "
    "sehingga perubahan itu tidak dapat diurungkan dan isi berkas tidak dapat dibaca dengan benar. Buka berkas itu di "
    "tempat yang dapat ditulisi, atau salin {name} bersama {journal} ke folder Anda lalu buka salinannya."
)
WAL_CONVERTED = N_(
    "Berkas {path} memakai mode jurnal WAL (diatur oleh program lain); mode itu diganti ke jurnal biasa yang aman di "
    "folder bersama. Isi berkas tidak berubah."
)
DAMAGED = N_("Berkas {path} rusak dan tidak dapat dibuka. Pakai salinan cadangan.")
JOURNAL_SUFFIX = "-journal"


@dataclass(frozen=True)
class ReadOnlyReason:
    """Why a file was opened read-only; ``owner`` is set when another program has it."""

    template: str
    owner: LockOwner | None = None


def dict_rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The rows of an executed query as dicts (column name → value)."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class Reader:
    """Reading queries over one connection: what a :class:`Store` and a :class:`Tx` share,
    so a getter or a validator works the same before a write and inside one."""

    conn: sqlite3.Connection
    path: Path

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """All rows of a query as dicts (column name → value)."""
        try:
            return dict_rows(self.conn.execute(sql, params))
        except sqlite3.DatabaseError as exc:
            raise explain_sqlite_error(exc, self.path) from exc

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            raise explain_sqlite_error(exc, self.path) from exc
        return row[0] if row else None

    def meta(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    @property
    def is_sample(self) -> bool:
        return self.meta("is_sample") == "1"


class Tx(Reader):
    """A write transaction in progress; core operations record their audit rows here.

    ``step`` is the undo journal's step when the change was asked to be undoable (see
    core/journal.py); after the transaction it is None if the change touched no row."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.audited = False
        self.step: int | None = None
        self.journalled = 0

    def audit(self, action: str, entity: str, entity_id: int | None, before: Any = None, after: Any = None) -> None:
        audit.record(self.conn, action, entity, entity_id, before, after)
        self.audited = True

    def audit_many(self, action: str, entity: str, entries: Iterable[tuple[int | None, Any, Any]]) -> None:
        """One audit row per record of a bulk change: (id, before, after) each."""
        audit.record_many(self.conn, action, entity, entries)
        self.audited = True

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)


P = ParamSpec("P")
R = TypeVar("R")


def writes(function: Callable[Concatenate[Tx, P], R]) -> Callable[Concatenate[Tx | Store, P], R]:
    """A core write that composes: given a :class:`Tx` it joins the caller's transaction
    (an import or a restructuring runs thousands of them in one); given the :class:`Store`
    it runs in a transaction of its own, the one-call form."""

    @functools.wraps(function)
    def run(target: Tx | Store, *args: P.args, **kwargs: P.kwargs) -> R:
        if isinstance(target, Tx):
            return function(target, *args, **kwargs)
        with target.write() as tx:
            return function(tx, *args, **kwargs)

    return run


_id_table_depth: dict[int, int] = {}


@contextmanager
def id_table(reader: Reader, ids: Iterable[int]) -> Iterator[str]:
    """These ids in a temporary table (``id``, and ``pos``: the order they were given in; join
    it first, with CROSS JOIN, or the planner may scan the big table instead),
    whose name this yields: statements over thousands of ids stay one query each (no
    unbounded ``IN (...)``, no read per id). Nests."""
    conn = reader.conn
    depth = _id_table_depth.get(id(conn), 0)
    name = f"temp.ids_{depth}"
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS ids_{depth} (id INTEGER PRIMARY KEY, pos INTEGER NOT NULL)")
    conn.execute(f"DELETE FROM {name}")
    conn.executemany(f"INSERT OR IGNORE INTO {name} (id, pos) VALUES (?, ?)", ((int(i), n) for n, i in enumerate(ids)))
    _id_table_depth[id(conn)] = depth + 1
    try:
        yield name
    finally:
        _id_table_depth[id(conn)] = depth
        conn.execute(f"DELETE FROM {name}")


class Store(Reader):
    """An open data file. Use :func:`open_store` or :func:`create_store` to get one."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: FileLock | None,
        read_only: ReadOnlyReason | None,
        *,
        owns_lock: bool = True,
    ) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._owns_lock = owns_lock
        self._read_only_reason = read_only
        self.saved_at: datetime | None = None
        self.notices: list[Notice] = []  # what opening did that the user should hear of (a change undone)

    @property
    def read_only_reason(self) -> ReadOnlyReason | None:
        """Why nothing can be written: as opened, or since the lock was lost meanwhile."""
        if self._read_only_reason is None and self._lock is not None and self._lock.lost is not None:
            owner = self._lock.lost.owner
            if owner is None:
                return ReadOnlyReason(REPLACED_REASON)
            return ReadOnlyReason(TAKEN_OVER_REASON, owner)
        return self._read_only_reason

    @read_only_reason.setter
    def read_only_reason(self, reason: ReadOnlyReason | None) -> None:
        self._read_only_reason = reason

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The same connection through sqlite-utils (bulk inserts, introspection). Imported on
        first use: sqlite-utils and its plugins cost a tenth of a second at start-up."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def sibling(self) -> Store:
        """A second connection to the same file, for work in another thread. It shares this
        store's lock; the caller makes sure only one of the two writes at a time. Its dirty
        pages never spill into the file before the commit, so the first connection goes on
        reading while a bulk change runs."""
        conn = _connect(self.path, read_only=self.read_only)
        conn.execute(f"PRAGMA busy_timeout = {BULK_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA cache_spill = OFF")
        return Store(self.path, conn, self._lock, self.read_only_reason, owns_lock=False)

    def refresh_lock(self) -> bool:
        """The heartbeat the window calls every ``HEARTBEAT_SECONDS``: tells other computers
        this program still runs. False once the file was taken over or replaced."""
        if self._lock is None:
            return True
        return self._lock.refresh() is None

    def _check_lock(self) -> None:
        """Refuse to write into a file this program no longer holds (one read, one stat)."""
        if self._lock is None:
            return
        try:
            self._lock.verify()
        except LockLost as lost:
            if lost.owner is None:
                raise ReadOnlyError(REPLACED, path=str(self.path)) from None
            raise ReadOnlyError(TAKEN_OVER, path=str(self.path), user=lost.owner.user, host=lost.owner.host) from None

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def write(self, undo: str | None = None) -> Iterator[Tx]:
        """One all-or-nothing change; the body must call ``tx.audit`` at least once.

        With ``undo`` (the step's label) every row the change touches is journalled so the
        change can be undone exactly (core/journal.py); ``tx.step`` names the step."""
        if self.read_only_reason is not None:
            raise ReadOnlyError(READ_ONLY_WRITE, path=str(self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise explain_sqlite_error(exc, self.path) from exc
        tx = Tx(self.conn, self.path)
        try:
            self._check_lock()  # inside the write lock: a taker-over replaces the lock file holding it too
            if undo is not None:
                tx.step = journal.begin(self.conn, undo)
            start = self.conn.total_changes
            yield tx
            if not tx.audited:
                if self.conn.total_changes != start:
                    raise RuntimeError("a write transaction changed rows without an audit row")
                self.conn.execute("ROLLBACK")  # nothing to save: the change found nothing to do
                tx.step = None
                return
            if tx.step is not None:
                tx.journalled = journal.end(self.conn, tx.step)
                if not tx.journalled:
                    tx.step = None
            self._check_lock()  # a long change: the file may have been replaced meanwhile
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
                raise explain_sqlite_error(exc, self.path) from exc  # the disk or the file, not a rule
            raise
        self.saved_at = datetime.now()

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the whole file (SQLite's backup API), e.g. to hand to
        another office; the open file stays as it is."""
        if target.resolve() == self.path.resolve():
            raise FileProblem(COPY_SAME_NAME, path=str(self.path))
        partial = target.with_name(target.name + ".sementara")
        try:
            with holding_to_replace(target):
                self._copy_into(partial, target)
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise explain_sqlite_error(exc, target) from exc
        except OSError as exc:
            with contextlib.suppress(OSError):  # a read-only folder: the first error is the one to tell
                partial.unlink(missing_ok=True)
            raise FileProblem(COPY_FAILED, path=str(target), reason=os_reason(exc)) from exc

    def _copy_into(self, partial: Path, target: Path) -> None:
        partial.unlink(missing_ok=True)
        destination = sqlite3.connect(partial, isolation_level=None)
        try:
            self.conn.backup(destination)
            with contextlib.suppress(sqlite3.OperationalError):  # the copy starts with no undo history
                journal.forget(destination)
        finally:
            destination.close()
        partial.replace(target)

    def set_meta(self, tx: Tx, key: str, value: str) -> None:
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
        )

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None and self._owns_lock:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- opening ------------------------------------------------------------------------


def create_store(path: str | os.PathLike[str], *, sample: bool = False) -> Store:
    """Create a new, empty data file at ``path`` (which must not exist yet)."""
    target = Path(path)
    if target.exists():
        raise FileProblem(N_("Berkas {path} sudah ada; pilih nama lain."), path=str(target))
    import uuid  # here, not at the top: it loads the platform module, a cost at every start

    try:
        conn = _connect(target, read_only=False)
        conn.execute("BEGIN IMMEDIATE")
        create_schema(conn)
        now = audit.now_iso()
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                ("file_id", str(uuid.uuid4())),
                ("created_at", now),
                ("created_by", f"SOTK Planner {__version__}"),
                ("is_sample", "1" if sample else "0"),
            ],
        )
        audit.record(conn, "create_file", "file", None, None, {"schema_version": SCHEMA_VERSION})
        conn.execute("COMMIT")
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, target) from exc
    except OSError as exc:
        raise FileProblem(N_("Berkas {path} tidak dapat dibuat: {reason}"), path=str(target), reason=os_reason(exc)) from exc
    return open_store(target)


def open_store(
    path: str | os.PathLike[str], *, read_only: bool = False, take_over_lock: bool = False, pages: bool = False
) -> Store:
    """Open a data file for work, after checking it is a sound SOTK file of our version
    (with ``pages``, every page too: see :func:`check_pages`; the window asks for it, or
    runs it in the background for a big file; a background check run opens without it).

    The file is opened read-only (and says why) when asked, when the disk or folder
    does not allow writing, or when another program holds its lock file. Raises
    :class:`FileProblem` naming the file and the problem; the file is then untouched.
    """
    target = Path(path)
    notices = prepare_file(target)
    version = inspect_file(target)
    if pages:
        check_pages(target)
    reason = ReadOnlyReason(N_("dibuka hanya-baca atas permintaan")) if read_only else _write_blocker(target)
    lock: FileLock | None = None
    if reason is None:
        lock = FileLock(target)
        try:
            if take_over_lock:
                owner = _take_over(lock, target)
            else:
                owner = lock.acquire()
        except OSError:
            owner, lock = None, None
            reason = ReadOnlyReason(N_("folder berkas tidak dapat ditulisi"))
        if owner is not None:
            lock = None
            reason = ReadOnlyReason(N_("sedang dibuka oleh {user} di komputer {host} sejak {since}"), owner)
    try:
        if version < SCHEMA_VERSION:
            if reason is not None:
                raise FileProblem(
                    N_(
                        "Berkas {path} dibuat oleh versi lama dan perlu diperbarui, tetapi hanya dapat dibuka hanya-baca ({reason})."
                    ),
                    path=str(target),
                    reason=reason.template.format(**_owner_params(reason.owner)),
                )
            if not pages:
                check_pages(target)  # a damaged old file is refused before a backup of it is made
            _migrate_with_backup(target, version)
        conn = _connect(target, read_only=reason is not None)
        if reason is None:
            _check_not_locked(conn, target)
            _forget_last_session(conn, target)
            assert lock is not None
            lock.remember_file()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store = Store(target, conn, lock, reason)
    store.notices = notices
    return store


@contextmanager
def open_for_reading(path: str | os.PathLike[str]) -> Iterator[Store]:
    """The file, read-only, for a command that only reads it, after the quick page check
    (a command reads most of the file anyway; damage is named before any output, never
    printed over). A file of an older version is read from an updated copy in a temporary
    folder: the original is left exactly as it is (updating it is the window's job, with a
    dated backup first). An SQLite error while reading becomes a message naming the file."""
    target = Path(path)
    notices = prepare_file(target)
    version = inspect_file(target)
    check_pages(target)
    try:
        if version >= SCHEMA_VERSION:
            with open_store(target, read_only=True) as store:
                store.notices = notices
                yield store
            return
        import tempfile

        with tempfile.TemporaryDirectory(prefix="sotk-baca-") as folder:
            copy = Path(folder) / target.name
            shutil.copyfile(target, copy)
            with open_store(copy) as store:
                store.path = target  # what the user named, in messages and summaries
                store.notices = notices
                yield store
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, target) from exc


def prepare_file(path: Path) -> list[Notice]:
    """Do what SQLite would do for the next writer before the file is inspected: roll back
    a change a crashed program left unfinished, and leave WAL mode (another tool's choice:
    reading a WAL file leaves -wal and -shm files beside it, and WAL is unsafe on shares).
    Both happen only when the file can be written, under SQLite's own locks; what was done
    comes back as notices for the user."""
    _check_is_sqlite(path)
    notices: list[Notice] = []
    if _recover_unfinished_change(path):
        notices.append(Notice(UNFINISHED_UNDONE, path=str(path)))
    if _leave_wal_mode(path):
        notices.append(Notice(WAL_CONVERTED, path=str(path)))
    return notices


def _journal_left(path: Path) -> bool:
    journal_file = path.with_name(path.name + JOURNAL_SUFFIX)
    try:
        return journal_file.stat().st_size > 0
    except OSError:
        return False


def _recover_unfinished_change(path: Path) -> bool:
    """True when a hot journal was rolled back. A journal a live writer holds (it has the
    RESERVED lock) is no leftover: SQLite reads past it and it stays."""
    if not _journal_left(path):
        return False
    blocker = _write_blocker(path)
    if blocker is not None:
        if _reads_cleanly(path):
            return False
        raise FileProblem(
            UNFINISHED_CANNOT_UNDO,
            path=str(path),
            reason=read_only_message(blocker),
            name=path.name,
            journal=path.name + JOURNAL_SUFFIX,
        )
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls the journal back here
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path) from exc
    return not _journal_left(path)


def _reads_cleanly(path: Path) -> bool:
    try:
        conn = _connect(path, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return True


def _leave_wal_mode(path: Path) -> bool:
    """True when the file was in WAL mode and now is not (its WAL checkpointed into it)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    if header[18:20] != b"\x02\x02" or _write_blocker(path) is not None:
        return False
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path) from exc
    return str(mode).lower() == "delete"


def check_pages(path: Path) -> None:
    """SQLite's quick check of every page (``PRAGMA quick_check``; 0.6 s on a 226 MB file):
    damaged pages in the middle of a file are named now, not met by some query later or,
    worse, skipped silently by one that never reads them."""
    try:
        conn = _connect(path, read_only=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path) from exc
    if result != "ok":
        raise damaged(DAMAGED, path, detail=str(result))  # SQLite's own words, for the full check's report


def damaged(template: str, path: Path, point_to_backup: bool = True, **params: Any) -> DamagedFile:
    """A :class:`DamagedFile` naming ``path``, pointing to its last sound backup if any."""
    backup = last_good_backup(path) if point_to_backup else None
    return DamagedFile(template, path=str(path), **params, **({"backup": str(backup)} if backup else {}))


def backups_of(path: Path) -> list[Path]:
    """The dated backups beside a file (named by :func:`backup_path_for`), newest first."""
    found = path.parent.glob(f"{glob.escape(path.stem)}.cadangan-v*{glob.escape(path.suffix)}")  # '[' is common in names
    return sorted((p for p in found if p.is_file()), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def last_good_backup(path: Path) -> Path | None:
    """The newest backup beside ``path`` that opens as a sound SOTK file (header, schema,
    version; not every page: a message must not take as long as a full check)."""
    for candidate in backups_of(path):
        try:
            inspect_file(candidate, point_to_backup=False)
        except FileProblem:
            continue
        return candidate
    return None


def _check_is_sqlite(path: Path, *, point_to_backup: bool = True) -> None:
    """The first look: a file (not a folder) we may read that starts like an SQLite database."""
    if not path.exists():
        raise FileProblem(N_("Berkas {path} tidak ditemukan."), path=str(path))
    if path.is_dir():
        raise FileProblem(N_("{path} adalah folder, bukan berkas SOTK Planner."), path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise FileProblem(N_("Berkas {path} tidak dapat dibaca: {reason}"), path=str(path), reason=os_reason(exc)) from exc
    if not header:
        raise damaged(N_("Berkas {path} kosong (0 bita), bukan berkas SOTK Planner yang utuh."), path, point_to_backup)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise damaged(N_("Berkas {path} bukan berkas SOTK Planner (bukan basis data SQLite)."), path, point_to_backup)


def inspect_file(path: Path, *, point_to_backup: bool = True) -> int:
    """Check, reading only, that ``path`` is a sound SOTK file we can open (header, version,
    every table and column its version has); return its schema version. A refusal names
    the last sound backup beside the file unless ``point_to_backup`` is off."""
    _check_is_sqlite(path, point_to_backup=point_to_backup)
    with path.open("rb") as handle:
        header = handle.read(100)
    size = path.stat().st_size
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count, valid_for = (
        struct.unpack(">I", header[24:28])[0],
        struct.unpack(">I", header[28:32])[0],
        struct.unpack(">I", header[92:96])[0],
    )
    if change_counter == valid_for and size < page_size * page_count:
        raise damaged(
            N_("Berkas {path} terpotong atau rusak: ukurannya {size} bita, seharusnya {expected} bita. Pakai salinan cadangan."),
            path,
            point_to_backup,
            size=size,
            expected=page_size * page_count,
        )
    try:
        conn = _connect(path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = table_columns(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path, point_to_backup=point_to_backup) from exc
    if app_id != APPLICATION_ID:
        raise damaged(N_("Berkas {path} adalah basis data SQLite, tetapi bukan berkas SOTK Planner."), path, point_to_backup)
    if version > SCHEMA_VERSION:
        raise damaged(
            N_(
                "Berkas {path} dibuat oleh versi SOTK Planner yang lebih baru (skema {version}; versi ini mengenal sampai {known}). Perbarui program; berkas tidak diubah."
            ),
            path,
            point_to_backup,
            version=version,
            known=SCHEMA_VERSION,
        )
    if version < SCHEMA_VERSION and version not in schema.MIGRATIONS:
        raise damaged(
            N_(
                "Berkas {path} bertanda SOTK Planner, tetapi versi skemanya ({version}) tidak dikenal, sehingga berkas tidak dapat diperbarui. Berkas tidak diubah."
            ),
            path,
            point_to_backup,
            version=version,
        )
    for table, columns in expected_tables(version).items():
        missing = sorted(columns - tables.get(table, frozenset()))
        if table not in tables:
            raise damaged(
                N_("Berkas {path} rusak: tabel {table} tidak ada (mungkin terhapus oleh program lain). Pakai salinan cadangan."),
                path,
                point_to_backup,
                table=table,
            )
        if missing:
            raise damaged(
                N_("Berkas {path} rusak: tabel {table} kehilangan kolom {columns}. Pakai salinan cadangan."),
                path,
                point_to_backup,
                table=table,
                columns=", ".join(missing),
            )
    return int(version)


def _take_over(lock: FileLock, path: Path) -> LockOwner | None:
    """Take the lock of an owner who is gone, holding SQLite's write lock meanwhile: a
    program still inside a write keeps the file (we get "locked" and touch nothing), and
    once the lock names us, the old owner's next write sees it and stops."""
    owner = lock.acquire()
    if owner is None:
        return None
    if not owner.gone():
        raise FileProblem(CANNOT_TAKE_OVER, path=str(path), user=owner.user, host=owner.host)
    conn = _connect(path, read_only=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            return lock.acquire(take_over=True)
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(exc, path) from exc
    finally:
        conn.close()


def _write_blocker(path: Path) -> ReadOnlyReason | None:
    """Why this file cannot be written, in true words (None: it can). SQLite writes a journal
    beside the file, so its folder must be writable too."""
    if _on_read_only_medium(path):
        return ReadOnlyReason(N_("media penyimpanannya hanya-baca"))
    if not os.access(path, os.W_OK):
        return ReadOnlyReason(N_("tidak ada izin menulis berkas ini (atau berkas bertanda hanya-baca)"))
    if not os.access(path.parent, os.W_OK):
        return ReadOnlyReason(N_("folder berkas tidak dapat ditulisi"))
    return None


def _on_read_only_medium(path: Path) -> bool:
    """A CD, a write-protected stick or a share mounted read-only (where the system says so)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def lock_time(since: str) -> str:
    """'2026-11-23T15:47:55+07:00' → '2026-11-23 15:47' (as the owner's clock said it)."""
    return since.replace("T", " ")[:16]


def _owner_params(owner: LockOwner | None) -> dict[str, str]:
    if owner is None:
        return {}
    return {"user": owner.user, "host": owner.host, "since": lock_time(owner.since)}


def read_only_message(reason: ReadOnlyReason) -> str:
    """The reason, filled in (untranslated); the Qt face translates the template itself."""
    return reason.template.format(**_owner_params(reason.owner))


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rwc")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Temporary tables (ids of a list, a report's snapshot) and statement journals stay in
    # memory: a temporary file per connection cost tens of milliseconds on a busy disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "delete":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _check_not_locked(conn: sqlite3.Connection, path: Path) -> None:
    """Fail now, not at the first edit, when another program holds a write lock."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise explain_sqlite_error(exc, path) from exc


def _forget_last_session(conn: sqlite3.Connection, path: Path) -> None:
    """Undo history lives for one session: what a program that closed (or crashed) left in
    the journal can never be undone by anyone, so it goes."""
    if conn.execute("SELECT EXISTS (SELECT 1 FROM undo_steps) OR EXISTS (SELECT 1 FROM undo_journal)").fetchone()[0]:
        try:
            conn.execute("BEGIN IMMEDIATE")
            journal.forget(conn)
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise explain_sqlite_error(exc, path) from exc


def _migrate_with_backup(path: Path, version: int) -> None:
    from core import backups

    try:
        backup = backups.backup_before_migration(path, version)
    except FileProblem as exc:
        raise FileProblem(
            N_("Berkas {path} perlu diperbarui, tetapi salinan cadangannya tidak dapat dibuat: {reason}"),
            path=str(path),
            reason=exc.params.get("reason", ""),
        ) from exc
    conn = _connect(path, read_only=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        migrate(conn, version)
        audit.record(
            conn, "migrate", "file", None, {"schema_version": version}, {"schema_version": SCHEMA_VERSION, "backup": str(backup)}
        )
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        backup.unlink(missing_ok=True)  # the file is as it was: a second try must not leave a second backup
        if isinstance(exc, sqlite3.DatabaseError):
            raise explain_sqlite_error(exc, path) from exc
        raise
    finally:
        conn.close()


def explain_sqlite_error(exc: sqlite3.DatabaseError, path: Path, *, point_to_backup: bool = True) -> FileProblem:
    """Turn an SQLite error that the environment caused into a message a user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        template = N_("Berkas {path} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi.")
    elif "readonly" in text or "read-only" in text:
        blocker = _write_blocker(path) if path.exists() else None
        if blocker is not None:
            return FileProblem(
                N_("Berkas {path} tidak dapat ditulisi: {reason}."), path=str(path), reason=read_only_message(blocker)
            )
        template = N_("Berkas {path} tidak dapat ditulisi (hanya-baca).")
    elif "full" in text:
        template = N_("Disk tempat berkas {path} penuh; perubahan tidak disimpan.")
    elif "not a database" in text or "malformed" in text or "corrupt" in text or "no such table" in text:
        return damaged(DAMAGED, path, point_to_backup, reason=str(exc))
    elif "unable to open" in text:
        template = N_("Berkas {path} tidak dapat dibuka. Periksa bahwa berkas dan foldernya ada dan dapat diakses.")
    else:
        template = N_("Berkas {path} tidak dapat dipakai: {reason}")
    return FileProblem(template, path=str(path), reason=str(exc))


@contextmanager
def holding_to_replace(path: Path) -> Iterator[None]:
    """Hold ``path``'s lock while replacing or deleting it (a new file, a copy, a demo, a
    restore): nobody can open it for writing meanwhile, and a living owner's file is refused.
    Raises :class:`FileProblem` naming the owner, ``OSError`` when no lock can be written."""
    lock = FileLock(path)
    owner = lock.acquire(take_over=True)  # an owner who is gone does not keep the file
    if owner is not None:
        raise FileProblem(IN_USE, path=str(path), user=owner.user, host=owner.host)
    try:
        yield
    finally:
        lock.release()


def like_pattern(text: str, *, anywhere: bool = True) -> str:
    """A pattern for ``LIKE ? ESCAPE '\\'`` (text anywhere, or at the start): the user's own
    % and _ are taken literally (typing "50%" must not list everything)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if anywhere else f"{escaped}%"
