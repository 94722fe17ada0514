"""A list of any length, ordered and filtered by SQLite, read by position: the staff and asset
lists of a region (100,000 people, 300,000 assets) are counted and paged without every id
passing through Python.

The first rows come from the ordered query with a LIMIT (SQLite keeps only the top rows while
it sorts: milliseconds); the whole order is copied once into a temporary table, whose rowid
is then the position, only when a row further down, a range of rows or the position of an id
is asked for. Both use the same ORDER BY ending in the id, so they agree row for row. The list
is a snapshot: after an edit the caller builds a new one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from core import assets, staff
from core.store import Store, id_table

FIRST_ROWS = 600  # positions served by LIMIT/OFFSET before the order is copied to a table
_names = itertools.count(1)


class OrderedIds:
    """``select`` is ``SELECT <id> FROM ... WHERE ...`` (no ORDER BY), ``order`` the ORDER BY
    terms ending in the id, ``params`` the parameters of ``with_`` (a ``WITH ...`` clause the
    select uses, or "") and then of the select."""

    def __init__(self, store: Store, select: str, order: str, params: Sequence[Any] = (), with_: str = "") -> None:
        self.store = store
        self.select = f"{with_} {select}".strip()
        self.with_ = with_
        self.bare = select
        self.order = order
        self.params = list(params)
        self.table: str | None = None
        self._indexed = False
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            sql = f"{self.with_} SELECT count(*) FROM ({self.bare})".strip()
            self._count = int(self.store.conn.execute(sql, self.params).fetchone()[0])
        return self._count

    def _copy(self) -> str:
        """The whole order in a temporary table (rowid = position + 1), made once."""
        if self.table is None:
            name = f"ordered_ids_{next(_names)}"
            self.store.conn.execute(f"CREATE TEMP TABLE {name} (id INTEGER NOT NULL)")
            self.store.conn.execute(f"INSERT INTO temp.{name} (id) {self.select} ORDER BY {self.order}", self.params)
            self.table = name
            self._count = int(self.store.conn.execute(f"SELECT count(*) FROM temp.{name}").fetchone()[0])
        return self.table

    def between(self, start: int, stop: int) -> list[int]:
        """Ids at positions ``start`` up to (not including) ``stop``."""
        if stop <= start:
            return []
        if self.table is None and stop <= FIRST_ROWS:
            sql = f"{self.select} ORDER BY {self.order} LIMIT ? OFFSET ?"
            return [row[0] for row in self.store.conn.execute(sql, [*self.params, stop - start, start])]
        table = self._copy()
        sql = f"SELECT id FROM temp.{table} WHERE rowid > ? AND rowid <= ? ORDER BY rowid"
        return [row[0] for row in self.store.conn.execute(sql, (start, stop))]

    def __getitem__(self, position: int) -> int:
        if position < 0:
            position += len(self)
        found = self.between(position, position + 1)
        if not found:
            raise IndexError(position)
        return found[0]

    def all(self) -> list[int]:
        """Every id, in order: for an action on the whole list (select all, then move)."""
        return [row[0] for row in self.store.conn.execute(f"{self.select} ORDER BY {self.order}", self.params)]

    def positions(self, ids: Sequence[int]) -> dict[int, int]:
        """Where each of ``ids`` is listed now (ids no longer listed are left out)."""
        if not ids:
            return {}
        if self.table is None:  # a few rows chosen near the top: found without copying the order
            head = self.between(0, min(len(self), FIRST_ROWS))
            at = {row_id: position for position, row_id in enumerate(head)}
            if all(row_id in at for row_id in ids) or len(head) == len(self):
                return {row_id: at[row_id] for row_id in ids if row_id in at}
        table = self._copy()
        if not self._indexed:  # only when positions are looked up (the selection kept across a reload)
            self.store.conn.execute(f"CREATE INDEX temp.{table}_id ON {table}(id)")
            self._indexed = True
        found: dict[int, int] = {}
        with id_table(self.store, ids) as chosen:
            for rowid, row_id in self.store.conn.execute(
                f"SELECT t.rowid, t.id FROM {chosen} c CROSS JOIN temp.{table} t ON t.id = c.id"
            ):
                found[row_id] = rowid - 1
        return found

    def close(self) -> None:
        """Drop the copy (a new list replaces this one)."""
        if self.table is not None:
            self.store.conn.execute(f"DROP TABLE IF EXISTS temp.{self.table}")
            self.table = None
            self._indexed = False


def staff_list(store: Store, flt: staff.StaffFilter, sort: str = "name", descending: bool = False) -> OrderedIds:
    """The people a staff list shows, in order (see :func:`core.staff.ordered_select`)."""
    with_, select, order, params = staff.ordered_select(store, flt, sort, descending)
    return OrderedIds(store, select, order, params, with_)


def asset_list(store: Store, flt: assets.AssetFilter, sort: str = "kib", descending: bool = False) -> OrderedIds:
    """The assets an asset list shows, in order (see :func:`core.assets.ordered_select`)."""
    with_, select, order, params = assets.ordered_select(flt, sort, descending)
    return OrderedIds(store, select, order, params, with_)
