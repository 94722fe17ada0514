"""The audit log: every change records when, who (the OS user), what, before and after."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from core.store import Reader


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
# The C encoder behind it, made once too: JSONEncoder.encode builds a new one for every call,
# a third of the cost of encoding the 100,000 audit images of an import. Same text (no
# circular check: audit images are plain values).
_C_ENCODE = (
    json.encoder.c_make_encoder(None, str, json.encoder.encode_basestring, None, ": ", ", ", True, False, True)
    if json.encoder.c_make_encoder is not None
    else None
)


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    if _C_ENCODE is not None and type(value) is dict:
        return "".join(_C_ENCODE(value, 0))
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


def record_inserted(
    conn: sqlite3.Connection, action: str, entity: str, table: str, columns: Iterable[str], first: int, last: int
) -> None:
    """One audit row per row ``first``…``last`` of ``table`` just inserted, its after-image
    the row's ``columns`` (see :func:`record_selected`). ``table`` and ``columns`` are
    identifiers of the schema, never user input."""
    names = list(columns)
    record_selected(
        conn, action, entity, f"SELECT id, {', '.join(names)} FROM {table} WHERE id BETWEEN ? AND ?", (), names, (first, last)
    )


def record_selected(
    conn: sqlite3.Connection,
    action: str,
    entity: str,
    select: str,
    before: Iterable[str] | Mapping[str, str],
    after: Iterable[str] | Mapping[str, str],
    params: tuple[object, ...] = (),
) -> None:
    """One audit row per row of ``select`` (a query with an ``id`` column), in id order: its
    before- and after-images the dicts of those columns (a mapping names each key's column;
    no columns: no image), built by
    SQLite in one INSERT … SELECT: the text :func:`to_json` makes of the same values
    (sorted keys, ``", "`` and ``": "``, json_quote escapes as the C encoder does), without
    a Python object per row. Only for columns holding text, integers or NULL (a real's
    digits could differ). ``select`` and the column names are the program's SQL, never
    user input."""

    def image(columns: Iterable[str] | Mapping[str, str]) -> str:
        pairs = sorted(columns.items()) if isinstance(columns, Mapping) else [(name, name) for name in sorted(columns)]
        if not pairs:
            return "NULL"
        if not all(key.isidentifier() and column.isidentifier() for key, column in pairs):
            raise ValueError(f"not column names: {pairs}")
        return "'{' || " + " || ', ' || ".join(f"'\"{key}\": ' || json_quote({column})" for key, column in pairs) + " || '}'"

    conn.execute(
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id, before, after)"
        f" SELECT ?, ?, ?, ?, id, {image(before)}, {image(after)} FROM ({select}) ORDER BY id",
        (now_iso(), os_user(), action, entity, *params),
    )


# -- reading the log (the viewer and ``main.py audit``) ---------------------------------
#
# The log can hold millions of rows: every query here pages by id (newest first, keyset:
# ``id < cursor``), never counts or sorts the whole table, and needs no index beyond the
# primary key. A unit filter names a unit and its sub-units. What can be attributed to a
# unit: changes to the unit itself; to a position, person or asset that belongs to one of
# those units now, or whose before/after image names one of them (``unit_id``), which
# covers records deleted since and moves away; and asset moves into them (``to_unit_id``).
# What cannot: changes to regions, editions, the competency dictionary, undo and file
# housekeeping, and an asset move recorded as a count (it names only where they went).

ATTRIBUTED_NOTE = (
    "unit filter: changes to the units, and to positions, staff and assets now in them or whose before/after names "
    "them; not regions, editions, competencies, undo steps or the file itself"
)
UNIT_TABLES = {"position": "positions", "staff": "staff", "asset": "assets"}
NAME_TABLES = {
    "unit": "units",
    "position": "positions",
    "staff": "staff",
    "asset": "assets",
    "region": "regions",
    "edition": "editions",
}


@dataclass(frozen=True)
class AuditFilter:
    """Which changes to list; None everywhere: all of them. Dates are ISO days, inclusive."""

    unit_id: int | None = None
    user: str | None = None
    action: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One change: when, who, what, on which record, before and after (parsed JSON)."""

    id: int
    at: str
    os_user: str
    action: str
    entity: str
    entity_id: int | None
    before: Any
    after: Any
    name: str | None  # what the record is called (now, or as its images last named it)
    before_json: str | None = None  # the images as stored (an export copies them as they are)
    after_json: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "os_user": self.os_user,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "name": self.name,
            "before": self.before,
            "after": self.after,
        }


class AuditQuery:
    """A filter prepared once (the unit's sub-units and their records in temporary tables),
    then read a page at a time. Use as a context manager; close drops the tables."""

    def __init__(self, reader: Reader, flt: AuditFilter) -> None:
        self.reader = reader
        self.conn = reader.conn
        self.filter = flt
        self.where, self.params = self._prepare()

    def _prepare(self) -> tuple[str, list[Any]]:
        flt = self.filter
        clauses: list[str] = []
        params: list[Any] = []
        if flt.user:
            clauses.append("a.os_user = ?")
            params.append(flt.user)
        if flt.action:
            clauses.append("a.action = ?")
            params.append(flt.action)
        if flt.since:
            clauses.append("a.at >= ?")
            params.append(flt.since)
        if flt.until:
            clauses.append("a.at < ?")
            params.append(_next_day(flt.until))
        if flt.unit_id is not None:
            self._fill_unit_tables(flt.unit_id)
            clauses.append(
                "(CASE a.entity"
                " WHEN 'unit' THEN a.entity_id IN temp.audit_units"
                " WHEN 'position' THEN a.entity_id IN temp.audit_positions"
                " WHEN 'staff' THEN a.entity_id IN temp.audit_staff"
                " WHEN 'asset' THEN a.entity_id IN temp.audit_assets"
                "   OR json_extract(a.after, '$.to_unit_id') IN temp.audit_units"
                " ELSE 0 END"
                " OR (a.entity IN ('position', 'staff', 'asset') AND ("
                "   json_extract(a.after, '$.unit_id') IN temp.audit_units"
                "   OR json_extract(a.before, '$.unit_id') IN temp.audit_units)))"
            )
        return (" AND ".join(clauses) or "1"), params

    def _fill_unit_tables(self, unit_id: int) -> None:
        from core.units import subtree_ids_sql

        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS audit_units (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.audit_units")
        conn.execute(f"INSERT OR IGNORE INTO temp.audit_units {subtree_ids_sql()} SELECT id FROM sub", (unit_id,))
        for table in UNIT_TABLES.values():
            name = f"audit_{table}"
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
            conn.execute(f"DELETE FROM temp.{name}")
            conn.execute(f"INSERT INTO temp.{name} SELECT t.id FROM {table} t JOIN temp.audit_units s ON s.id = t.unit_id")

    def page(
        self, before_id: int | None = None, limit: int = 200, scan: int | None = None
    ) -> tuple[list[AuditEntry], int | None]:
        """Up to ``limit`` entries older than ``before_id``, newest first, and the cursor to
        go on from (None: the log has no older rows). With ``scan``, at most that many ids
        are looked at, so a rare filter answers in bounded time; go on from the cursor."""
        bounds = "a.id < ?" if before_id is not None else "1"
        params: list[Any] = [before_id] if before_id is not None else []
        if scan is not None:
            top = before_id if before_id is not None else self._max_id() + 1
            bounds += " AND a.id >= ?"
            params.append(top - scan)
        rows = self.conn.execute(
            f"SELECT a.id, a.at, a.os_user, a.action, a.entity, a.entity_id, a.before, a.after FROM audit_log a"
            f" WHERE {bounds} AND {self.where} ORDER BY a.id DESC LIMIT ?",
            [*params, *self.params, limit],
        ).fetchall()
        entries = self._entries(rows)
        if len(rows) == limit:
            return entries, rows[-1][0]
        if scan is None:
            return entries, None
        floor = (before_id if before_id is not None else self._max_id() + 1) - scan
        return entries, (floor if floor > self._min_id() else None)

    def all(self, chunk: int = 5000) -> Iterator[AuditEntry]:
        """Every entry of the filter, newest first, a chunk at a time (export, command line)."""
        cursor: int | None = None
        while True:
            entries, cursor = self.page(cursor, chunk)
            yield from entries
            if cursor is None:
                return

    def _max_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])

    def _min_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(min(id), 0) FROM audit_log").fetchone()[0])

    def _entries(self, rows: list[tuple[Any, ...]]) -> list[AuditEntry]:
        parsed = [(row, _parse(row[6]), _parse(row[7])) for row in rows]
        names = self._names({(row[4], row[5]) for row in rows if row[5] is not None and row[4] in NAME_TABLES})
        return [
            AuditEntry(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                before,
                after,
                names.get((row[4], row[5])) or _image_name(after) or _image_name(before),
                row[6],
                row[7],
            )
            for row, before, after in parsed
        ]

    def _names(self, keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
        """Current names of the records of one page: one query per kind of record."""
        found: dict[tuple[str, int], str] = {}
        by_entity: dict[str, list[int]] = {}
        for entity, entity_id in keys:
            by_entity.setdefault(entity, []).append(entity_id)
        for entity, ids in by_entity.items():
            column = "title" if entity == "position" else "name"
            marks = ", ".join("?" * len(ids))  # a page's ids: at most a few hundred
            for record_id, name in self.conn.execute(
                f"SELECT id, {column} FROM {NAME_TABLES[entity]} WHERE id IN ({marks})", ids
            ):
                found[(entity, record_id)] = str(name)
        return found

    def close(self) -> None:
        for table in ("audit_units", *(f"audit_{t}" for t in UNIT_TABLES.values())):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")

    def __enter__(self) -> AuditQuery:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def distinct_values(reader: Reader, column: str) -> list[str]:
    """The users or actions the log names (one pass over the log: asked for when a list
    is opened, not when the viewer opens)."""
    if column not in ("os_user", "action"):
        raise ValueError(column)
    return [row[0] for row in reader.conn.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY 1")]


def changes(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    """What a change did, field by field: (field, old, new). A new record lists its fields
    with old None, a removed one with new None; an update the fields its after-image names
    whose value differs. Images that are not records (a list, a count) give one row ''."""
    old = before if isinstance(before, dict) else ({"": before} if before is not None else {})
    new = after if isinstance(after, dict) else ({"": after} if after is not None else {})
    if not old or not new:  # created or removed: the fields it had (empty ones say nothing)
        side = new or old
        return [(field, old.get(field), new.get(field)) for field in side if side[field] not in (None, "", [])]
    shown = [field for field in new if old.get(field) != new[field]]
    return [(field, old.get(field), new[field]) for field in shown]


def value_text(value: Any) -> str:
    """A value of an image as a person reads it: text as is, lists and records as compact JSON."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _parse(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _image_name(image: Any) -> str | None:
    if isinstance(image, dict):
        for key in ("name", "title", "label"):
            if isinstance(image.get(key), str) and image[key]:
                return str(image[key])
    return None


def _next_day(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def change_lines(entry: AuditEntry, label: Callable[[str], str] = lambda field: field) -> list[str]:
    """'Nama: Dinas A → Dinas B' per field changed (``label`` names a field for people)."""
    lines = []
    for field, old, new in changes(entry.before, entry.after):
        name = label(field) + ": " if field else ""
        if entry.before is None:
            lines.append(f"{name}{value_text(new)}")
        elif entry.after is None:
            lines.append(f"{name}{value_text(old)} → –")
        else:
            lines.append(f"{name}{value_text(old)} → {value_text(new)}")
    return lines


CSV_COLUMNS = ("id", "waktu", "pengguna", "tindakan", "rekaman", "id_rekaman", "nama", "perubahan", "sebelum", "sesudah")


def write_csv(
    reader: Reader,
    flt: AuditFilter,
    handle: TextIO,
    label: Callable[[str], str] = lambda field: field,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Every change of the filter as CSV for a spreadsheet (open ``handle`` with
    ``encoding="utf-8-sig", newline=""``: the BOM and ``;`` an Indonesian Excel expects),
    streamed a chunk at a time; returns the rows written."""
    import csv

    from core.errors import Cancelled

    writer = csv.writer(handle, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    written = 0
    with AuditQuery(reader, flt) as query:
        for entry in query.all():
            writer.writerow(
                (
                    entry.id,
                    entry.at,
                    entry.os_user,
                    entry.action,
                    entry.entity,
                    "" if entry.entity_id is None else entry.entity_id,
                    entry.name or "",
                    "; ".join(change_lines(entry, label)),
                    entry.before_json or "",
                    entry.after_json or "",
                )
            )
            written += 1
            if written % 5000 == 0:
                if progress is not None:
                    progress(written)
                if cancelled is not None and cancelled():
                    raise Cancelled()
    return written
