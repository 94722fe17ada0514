"""Undo by journal: every row a change touches is written down in the file, in the same
transaction, so that undoing a change of 100,000 rows replays SQL instead of holding
the rows in memory.

While a step is captured, the writing connection carries temporary triggers on every
data table: each insert, update or delete appends one row to ``undo_journal``: the table,
the operation, the rowid and, for updates and deletes, the old values in generic columns
``c1 … cN`` (SQLite keeps each value with its own type, so reals and texts come back
exactly). Cascades and ``SET NULL`` actions fire the triggers too, so nothing a change
does escapes the journal. A bulk insert (an import) journals its new ids as one range; a
bulk update (a restructuring's re-pointing, the replay of one) its old images as one set.

Reversing a step replays its journal backwards, in runs of one table and one operation
(one statement per run), while capturing the replay itself as a new step: undoing gives
the step that redoes, and so on. Ids come back as they were. The journal lives for one
session: it is emptied whenever the file is opened for writing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core import audit

if TYPE_CHECKING:
    from core.store import Store

WIDTH = 24  # generic value columns of undo_journal (c1 … c24): the widest table must fit
NOT_JOURNALLED = frozenset({"audit_log", "undo_steps", "undo_journal", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
Progress = Callable[[float], None]


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[str, ...]
    rowid_is_id: bool  # an INTEGER PRIMARY KEY: the rowid is one of the columns

    @property
    def insert_columns(self) -> tuple[str, ...]:
        return self.columns if self.rowid_is_id else ("rowid", *self.columns)


def _shapes(conn: sqlite3.Connection) -> list[TableShape]:
    names = [
        row[0]
        for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name")
        if row[0] not in NOT_JOURNALLED and not row[0].startswith("sqlite_")
    ]
    return [_shape(conn, name) for name in names]


def _shape(conn: sqlite3.Connection, name: str) -> TableShape:
    info = conn.execute(f"PRAGMA main.table_info({name})").fetchall()
    columns = tuple(row[1] for row in info)
    keys = [row for row in info if row[5]]
    rowid_is_id = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
    if len(columns) > WIDTH:
        raise RuntimeError(f"table {name} has {len(columns)} columns; undo_journal holds {WIDTH}")
    return TableShape(name, columns, rowid_is_id)


def _install(conn: sqlite3.Connection, step: int) -> None:
    """Triggers that journal every change of the data tables into ``step``. They exist only while a step is captured: a table with any trigger on it
    writes rows several times slower, so the window's connection carries none meanwhile."""
    for shape in _shapes(conn):
        for op in ("I", "U", "D"):
            conn.execute(_trigger(shape, op, step))


def _trigger(shape: TableShape, op: str, step: int) -> str:
    """The temporary trigger that journals one operation (I, U, D) on one table into ``step``."""
    slots = ", ".join(f"c{i}" for i in range(1, len(shape.columns) + 1))
    event = {"I": "INSERT", "U": "UPDATE", "D": "DELETE"}[op]
    values = "NEW.rowid" if op == "I" else "OLD.rowid, " + ", ".join(f"OLD.{column}" for column in shape.columns)
    target = "step, tbl, op, rid" + ("" if op == "I" else f", {slots}")
    return (
        f"CREATE TEMP TRIGGER undo_{shape.name}_{op} AFTER {event} ON main.{shape.name} BEGIN"
        f" INSERT INTO undo_journal ({target}) VALUES ({step}, '{shape.name}', '{op}', {values});"
        " END"
    )


def _uninstall(conn: sqlite3.Connection) -> None:
    names = [
        row[0]
        for row in conn.execute("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'")
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER temp.{name}")


def _shape_map(conn: sqlite3.Connection) -> dict[str, TableShape]:
    return {shape.name: shape for shape in _shapes(conn)}


def begin(conn: sqlite3.Connection, label: str) -> int:
    """Start capturing into a new step (inside the caller's transaction); return its id."""
    step = int(conn.execute("INSERT INTO undo_steps (label, created_at) VALUES (?, ?)", (label, audit.now_iso())).lastrowid or 0)
    _uninstall(conn)
    _install(conn, step)
    return step


def end(conn: sqlite3.Connection, step: int) -> int:
    """Stop capturing; return how many rows the step journalled (0: it changed nothing,
    and the step is dropped)."""
    _uninstall(conn)
    rows = conn.execute("SELECT count(*) FROM undo_journal WHERE step = ?", (step,)).fetchone()[0]
    if not rows:
        conn.execute("DELETE FROM undo_steps WHERE id = ?", (step,))
    return int(rows)


@contextmanager
def inserting(conn: sqlite3.Connection, step: int | None, table: str, first: int, last: int) -> Iterator[None]:
    """Rows ``first``…``last`` of ``table`` are about to be inserted in one go (an import):
    journal them as one range instead of a row each, with the table's triggers off."""
    if step is None or last < first:
        yield
        return
    conn.execute(f"DROP TRIGGER temp.undo_{table}_I")
    yield
    conn.execute("INSERT INTO undo_journal (step, tbl, op, rid, c1) VALUES (?, ?, 'I', ?, ?)", (step, table, first, last))
    conn.execute(_trigger(_shape(conn, table), "I", step))


@contextmanager
def updating(
    conn: sqlite3.Connection, step: int | None, table: str, rowids: str, params: tuple[object, ...] = ()
) -> Iterator[None]:
    """The rows of ``table`` whose rowid ``rowids`` selects (SQL, e.g. a temporary table's
    ids) are about to be changed by one statement (a restructuring re-points 70,000 assets):
    journal their old images as one INSERT … SELECT instead of a trigger call per row, with
    the table's update trigger off while the caller writes. The images are the very rows
    the trigger would have written (same columns, same values), so the replay is the same.
    The caller's statement must update no row outside ``rowids``; actions it sets off in
    other tables (ON UPDATE) are still journalled by their own triggers."""
    if step is None:
        yield
        return
    shape = _shape(conn, table)
    slots = ", ".join(f"c{i}" for i in range(1, len(shape.columns) + 1))
    images = ", ".join(shape.columns)
    conn.execute(
        f"INSERT INTO undo_journal (step, tbl, op, rid, {slots}) SELECT ?, ?, 'U', rowid, {images} FROM main.{table}"
        f" WHERE rowid IN ({rowids}) ORDER BY rowid",
        (step, table, *params),
    )
    conn.execute(f"DROP TRIGGER temp.undo_{table}_U")
    try:
        yield
    finally:
        conn.execute(_trigger(shape, "U", step))


def size(conn: sqlite3.Connection, step: int) -> int:
    return int(conn.execute("SELECT count(*) FROM undo_journal WHERE step = ?", (step,)).fetchone()[0])


def _runs(conn: sqlite3.Connection, step: int) -> list[tuple[str, str, int, int]]:
    """(table, op, first seq, last seq) of the step's journal, last run first."""
    runs: list[tuple[str, str, int, int]] = []
    cursor = conn.execute("SELECT seq, tbl, op FROM undo_journal WHERE step = ? ORDER BY seq DESC", (step,))
    while batch := cursor.fetchmany(5000):
        for seq, table, op in batch:
            if runs and runs[-1][0] == table and runs[-1][1] == op:
                runs[-1] = (table, op, seq, runs[-1][3])
            else:
                runs.append((table, op, seq, seq))
    return runs


def replay(
    conn: sqlite3.Connection,
    step: int,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    capture: int | None = None,
) -> int:
    """Put back what ``step`` changed (inside the caller's transaction, which should be
    capturing a new step: ``capture``, whose runs of updates are then journalled as sets,
    not a trigger call per row), then forget the step. Returns the rows replayed."""
    conn.execute("PRAGMA defer_foreign_keys = ON")  # rows come back in any order; checked at commit
    shapes = _shape_map(conn)
    runs = _runs(conn, step)
    total = sum(last - first + 1 for _, _, first, last in runs) or 1
    done = 0
    for table, op, first, last in runs:
        if cancelled is not None and cancelled():
            from core.errors import Cancelled

            raise Cancelled()
        shape = shapes[table]
        where = "step = ? AND seq BETWEEN ? AND ?"
        params = (step, first, last)
        if op == "I":  # single rows (c1 NULL) and ranges rid…c1 of a bulk insert
            conn.execute(
                f"DELETE FROM {table} WHERE rowid IN (SELECT rid FROM undo_journal WHERE {where} AND c1 IS NULL)", params
            )
            ranges = conn.execute(f"SELECT rid, c1 FROM undo_journal WHERE {where} AND c1 IS NOT NULL", params).fetchall()
            for low, high in ranges:
                conn.execute(f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?", (low, high))
        elif op == "D":
            slots = ", ".join(f"c{i}" for i in range(1, len(shape.columns) + 1))
            values = slots if shape.rowid_is_id else f"rid, {slots}"
            conn.execute(
                f"INSERT INTO {table} ({', '.join(shape.insert_columns)}) SELECT {values} FROM undo_journal WHERE {where} ORDER BY seq DESC",
                params,
            )
        else:
            _replay_updates(conn, shape, params, capture)
        done += last - first + 1
        if progress is not None:
            progress(done / total)
    conn.execute("DELETE FROM undo_journal WHERE step = ?", (step,))
    conn.execute("DELETE FROM undo_steps WHERE id = ?", (step,))
    return done


def _replay_updates(conn: sqlite3.Connection, shape: TableShape, params: tuple[int, int, int], capture: int | None) -> None:
    """Old values back: one statement for the run (each row's earliest image), or, when a
    unique key would clash half-way (two values swapped), row by row in reverse order.

    The one statement leaves out an INTEGER PRIMARY KEY: the row is found by that very
    rowid, so it already holds it, and naming it in SET would make SQLite move the row and
    rewrite every index (undoing a restructuring re-sets 70,000 assets)."""
    kept = [(n, column) for n, column in enumerate(shape.columns, start=1) if not (shape.rowid_is_id and column == "id")]
    assign = ", ".join(column for _, column in kept)
    slots = ", ".join(f"j.c{n}" for n, _ in kept)
    plain = ", ".join(f"c{i}" for i in range(1, len(shape.columns) + 1))
    conn.execute("SAVEPOINT undo_run")
    try:
        rows = "SELECT rid FROM undo_journal WHERE step = ? AND seq BETWEEN ? AND ?"
        with updating(conn, capture, shape.name, rows, params):
            conn.execute(
                f"UPDATE {shape.name} SET ({assign}) = ({slots}) FROM (SELECT rid, min(seq), {plain} FROM undo_journal"
                f" WHERE step = ? AND seq BETWEEN ? AND ? GROUP BY rid) AS j WHERE {shape.name}.rowid = j.rid",
                params,
            )
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO undo_run")
        marks = ", ".join(f"{column} = ?" for column in shape.columns)
        cursor = conn.execute(
            f"SELECT rid, {plain} FROM undo_journal WHERE step = ? AND seq BETWEEN ? AND ? ORDER BY seq DESC", params
        )
        rows = cursor.fetchall()  # one run of one table: bounded by what the step itself changed
        conn.executemany(f"UPDATE {shape.name} SET {marks} WHERE rowid = ?", [(*row[1:], row[0]) for row in rows])
    conn.execute("RELEASE undo_run")


def merge(conn: sqlite3.Connection, into: int, step: int) -> None:
    """Make ``step`` part of ``into`` (two edits in a row that undo as one)."""
    conn.execute("UPDATE undo_journal SET step = ? WHERE step = ?", (into, step))
    conn.execute("DELETE FROM undo_steps WHERE id = ?", (step,))


def steps(conn: sqlite3.Connection) -> set[int]:
    """The steps the journal holds."""
    return {row[0] for row in conn.execute("SELECT id FROM undo_steps")}


def forget(conn: sqlite3.Connection, dropped: set[int] | None = None) -> None:
    """Drop journalled steps (these, or all): history the undo stack no longer has. Dropping
    some removes their ``undo_steps`` rows only: deleting a dropped apply's 30,000 journal rows
    took a tenth of a second of the window's thread. Step ids are never reused, so rows left
    behind are never replayed; :func:`purge` deletes them in the next background change, and
    the journal is emptied whole when the file is closed or opened."""
    if dropped is None:
        conn.execute("DELETE FROM undo_journal")
        conn.execute("DELETE FROM undo_steps")
        return
    conn.executemany("DELETE FROM undo_steps WHERE id = ?", ((step,) for step in sorted(dropped)))


def purge(conn: sqlite3.Connection) -> None:
    """Delete the journal rows of forgotten steps (see :func:`forget`)."""
    conn.execute("DELETE FROM undo_journal WHERE step NOT IN (SELECT id FROM undo_steps)")


def reverse(store: Store, step: int, action: str, label: str, progress: Progress | None = None) -> int | None:
    """Undo (or redo) one step in a transaction of its own, journalled as the step that goes
    back the other way (returned). Recorded in the audit log as ``action``."""
    with store.write(undo=label) as tx:
        rows = replay(tx.conn, step, progress, capture=tx.step)
        tx.audit(action, "change", step, None, {"label": label, "rows": rows})
    return tx.step
