"""A lock file beside an open ``.sotk`` file, as office programs keep one.

SQLite's own locks last only for a transaction; two people editing the same file on
a shared folder would overwrite each other's view of it. The lock file names who has
the file open (user, computer, process, since when, last sign of life), so a second
program opens the file read-only and can say who has it.

Rules that keep work from being lost:

* nobody removes or overwrites a lock they do not own: removing moves the file aside
  first (an atomic rename, also on a shared folder) and puts back what is not ours;
  every write of a lock is a whole file renamed into place, never a half-written one;
* a lock is taken over only when its owner is gone: on this computer its process is
  dead; on another one it stopped refreshing its lock (the window does so every
  :data:`HEARTBEAT_SECONDS`) for :data:`STALE_AFTER_SECONDS`;
* the owner checks before every write that the lock still names it and that the file
  is still the one it opened (:meth:`FileLock.verify`), so a program whose lock was
  taken over stops writing instead of writing into a file nobody will read.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.audit import os_user

HEARTBEAT_SECONDS = 30
STALE_AFTER_SECONDS = 3 * HEARTBEAT_SECONDS


def host_name() -> str:
    """This PC's name, as a lock records it; socket is imported here, when a file is opened,
    not with the module (it costs the window's start several milliseconds)."""
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock file, as written in it; ``idle`` is how many seconds ago it last
    showed a sign of life (its refresh time and the file's time, the later of the two)."""

    user: str
    host: str
    pid: int
    since: str
    refreshed: str = ""
    idle: float | None = None

    def is_this_process(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    def on_this_computer(self) -> bool:
        return self.host == host_name()

    def gone(self) -> bool:
        """The owner no longer runs: on this computer its process is dead; on another one it
        has not refreshed its lock for :data:`STALE_AFTER_SECONDS` (it crashed, lost the
        network or sleeps; if it wakes it finds the lock taken and stops writing)."""
        if self.on_this_computer():
            return not pid_alive(self.pid)
        return self.idle is not None and self.idle >= STALE_AFTER_SECONDS

    def same_claim(self, other: LockOwner) -> bool:
        """The same lock as read before (the owner has not refreshed it meanwhile)."""
        return (self.user, self.host, self.pid, self.since, self.refreshed) == (
            other.user,
            other.host,
            other.pid,
            other.since,
            other.refreshed,
        )


def lock_path_for(db_path: Path) -> Path:
    """``report.sotk`` → ``.~lock.report.sotk#`` in the same folder (LibreOffice's pattern)."""
    return db_path.with_name(f".~lock.{db_path.name}#")


def held_by_other(db_path: Path) -> LockOwner | None:
    """Who else has this data file open and still runs (None: nobody, this program, or an
    owner that is gone): such a file must not be replaced or deleted under them."""
    owner = FileLock(db_path).read_owner()
    if owner is None or owner.is_this_process() or owner.gone():
        return None
    return owner


def owner_alive_here(owner: LockOwner) -> bool:
    """The owner runs on this very computer and its program is still open: taking over
    would let two programs write to one file."""
    return owner.on_this_computer() and pid_alive(owner.pid)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _idle_seconds(refreshed: str, mtime: float | None) -> float | None:
    """Seconds since the last sign of life. The smaller of two clocks is believed (the
    owner's, written in the file, and the file's time): a clock that runs ahead on one PC
    must not make a living owner look gone."""
    ages = []
    if mtime is not None:
        ages.append(time.time() - mtime)
    with contextlib.suppress(ValueError, TypeError):
        stamp = datetime.fromisoformat(refreshed)
        if stamp.tzinfo is not None:
            ages.append((datetime.now().astimezone() - stamp).total_seconds())
    return max(0.0, min(ages)) if ages else None


class LockLost(Exception):
    """The lock was taken over (``owner`` has it) or the data file replaced (``owner`` None)."""

    def __init__(self, owner: LockOwner | None) -> None:
        self.owner = owner
        super().__init__(owner)


class FileLock:
    """The lock file of one data file; ``acquire`` either takes it or names its owner.

    One object serves a store and its sibling connection (a worker thread checks it before
    writing while the window refreshes it), so its methods hold a small mutex."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.held = False
        self.lost: LockLost | None = None  # set once this program knows it lost the file
        self._identity: tuple[int, int] | None = None
        self._mutex = threading.Lock()
        self._me: LockOwner | None = None

    def _fresh_claim(self) -> LockOwner:
        now = _now()
        since = self._me.since if self._me is not None else now
        return LockOwner(os_user(), host_name(), os.getpid(), since, now)

    def acquire(self, *, take_over: bool = False) -> LockOwner | None:
        """Take the lock. Returns ``None`` on success, else the owner who keeps it.

        A lock whose owner is gone is taken when ``take_over`` is asked (the user said so),
        or at once when it is our own program's, crashed on this computer. A living
        owner's lock is never taken. Raises ``OSError`` when the folder cannot hold a
        lock file (read-only share).
        """
        with self._mutex:
            me = self._fresh_claim()
            try:
                self._create(me)
                return None
            except FileExistsError:
                pass
            owner = self.read_owner()
            if owner is None:
                # Unreadable: not written by a program of ours (ours rename whole files into
                # place). A lock that still changes belongs to someone: leave it.
                idle = self._mtime_idle()
                if idle is not None and idle < STALE_AFTER_SECONDS and not take_over:
                    return LockOwner("?", "?", 0, "", "", idle)
                self._replace(me)
                return None
            if owner.is_this_process():
                self._replace(me)
                return None
            own_crash = owner.on_this_computer() and owner.user == me.user and owner.gone()
            if not (own_crash or (take_over and owner.gone())):
                return owner
            again = self.read_owner()  # refreshed while we looked: alive after all
            if again is None or not again.same_claim(owner):
                return again
            self._replace(me)
            return None

    def read_owner(self) -> LockOwner | None:
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(4096)
                mtime = os.fstat(handle.fileno()).st_mtime
            data = json.loads(raw.decode("utf-8"))
            refreshed = str(data.get("refreshed") or "")
            return LockOwner(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                str(data["since"]),
                refreshed,
                _idle_seconds(refreshed, mtime),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def remember_file(self) -> None:
        """Note which file the data file is now (after opening it): a file renamed over it
        later is a different file, and writing on would write into the one nobody reads."""
        self._identity = _identity(self.db_path)

    def verify(self) -> None:
        """Before a write: raise :class:`LockLost` unless the lock still names this program
        and the data file is still the one opened. One read and one stat."""
        if self.lost is not None:
            raise self.lost
        if not self.held:
            return
        with self._mutex:
            owner = self.read_owner()
            if owner is None and not self.path.exists():
                # Removed by hand or by an older version: claim it again, unless someone has.
                try:
                    self._create(self._fresh_claim())
                except FileExistsError:
                    owner = self.read_owner()
                except OSError:
                    pass
                else:
                    owner = self._me
            if owner is not None and not owner.is_this_process():
                self.lost = LockLost(owner)
            elif self._identity is not None and _identity(self.db_path) != self._identity:
                self.lost = LockLost(None)
        if self.lost is not None:
            raise self.lost

    def refresh(self) -> LockLost | None:
        """The heartbeat: rewrite the lock's time if it is still ours. Returns how the file
        was lost, if it was (None: still ours, or the share did not answer this time)."""
        try:
            self.verify()
        except LockLost as lost:
            return lost
        if not self.held:
            return None
        with self._mutex, contextlib.suppress(OSError):  # a share that hiccups: next beat
            self._replace(self._fresh_claim())
        return None

    def release(self) -> None:
        """Remove the lock file if it is still ours (a taker-over may have replaced it).

        The file is first renamed aside, atomically: what we then read is what we removed,
        so a lock written meanwhile by someone else is never deleted; it is put back."""
        with self._mutex:
            if not self.held:
                return
            self.held = False
            if self.lost is not None:
                return
            aside = self.path.with_name(f"{self.path.name}.{os.getpid()}-{os.urandom(4).hex()}")
            try:
                os.replace(self.path, aside)
            except OSError:
                return
            data = _read_json(aside)
            ours = data is not None and data.get("host") == host_name() and data.get("pid") == os.getpid()
            if ours:
                with contextlib.suppress(OSError):
                    aside.unlink()
                return
            with contextlib.suppress(OSError):
                _link_new(aside, self.path)  # not ours: put back, unless someone made a newer one
            with contextlib.suppress(OSError):
                aside.unlink()

    def _create(self, owner: LockOwner) -> None:
        """Create the lock whole, only if there is none (raises ``FileExistsError``)."""
        temporary = self._write_temporary(owner)
        try:
            if not _link_new(temporary, self.path):
                raise FileExistsError(str(self.path))
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
        self._claimed(owner)

    def _replace(self, owner: LockOwner) -> None:
        temporary = self._write_temporary(owner)
        try:
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        if sys.platform == "win32":
            _hide_on_windows(self.path)
        self._claimed(owner)

    def _claimed(self, owner: LockOwner) -> None:
        self.held = True
        self._me = owner

    def _write_temporary(self, owner: LockOwner) -> Path:
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
        data = {"user": owner.user, "host": owner.host, "pid": owner.pid, "since": owner.since, "refreshed": owner.refreshed}
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        return temporary

    def _mtime_idle(self) -> float | None:
        try:
            return max(0.0, time.time() - self.path.stat().st_mtime)
        except OSError:
            return None


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _link_new(source: Path, target: Path) -> bool:
    """Give ``source``'s content the name ``target`` only if ``target`` does not exist
    (atomic on local disks and shares); False if it does. ``source`` stays."""
    if sys.platform == "win32":
        import shutil

        staged = source.with_name(source.name + ".n")
        try:  # os.rename refuses an existing target on Windows; copy first so source stays
            shutil.copyfile(source, staged)
            os.rename(staged, target)
        except FileExistsError:
            with contextlib.suppress(OSError):
                staged.unlink()
            return False
        _hide_on_windows(target)
        return True
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        # A file system without hard links (some shares): O_EXCL, then the content.
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as handle:
            handle.write(source.read_bytes())
    return True


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    if not info.st_ino:  # a file system that numbers no files: nothing to compare
        return None
    return (info.st_dev, info.st_ino)


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer still runs (no signal is sent)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _hide_on_windows(path: Path) -> None:
    import ctypes

    file_attribute_hidden = 0x02
    ctypes.windll.kernel32.SetFileAttributesW(str(path), file_attribute_hidden)  # type: ignore[attr-defined]
