"""Assets (barang milik daerah) held by units, their KIB register, totals and transfers.

Kode barang has seven levels (Permendagri 108/2016), e.g. ``1.3.2.02.01.01.004``; its
third level names the KIB (1.3.1 Tanah = A … 1.3.6 Konstruksi Dalam Pengerjaan = F).
Values are integer sen. Every move between units is recorded as a transfer (date,
from, to, reference such as a BAST number), so who held an asset is never lost.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from core import journal
from core.errors import NotFoundError, RefusedError, ValidationError
from core.i18n import N_
from core.money import MAX_SEN, parse_number, parse_rupiah
from core.reference import load_reference
from core.store import Reader, Tx, dict_rows, id_table, like_pattern, writes
from core.units import get_unit, subtree_ids_sql
from core.validation import Checked, choice, clean_text, code_text, iso_date, require_text, whole_number

KODE_BARANG = re.compile(r"^1\.3\.([1-6])\.[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{3}$")
SEVEN_LEVELS = re.compile(r"^[0-9]\.[0-9]\.[0-9]\.[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{3}$")
KIB_BY_LEVEL = {"1": "A", "2": "B", "3": "C", "4": "D", "5": "E", "6": "F"}
CONDITIONS = ("B", "KB", "RB")
ASSET_FIELDS = (
    "kib",
    "kode_barang",
    "register",
    "name",
    "year",
    "value_sen",
    "condition",
    "location",
    "area_m2",
    "certificate_no",
    "notes",
)


@dataclass(frozen=True)
class Asset:
    id: int
    unit_id: int
    kib: str
    kode_barang: str
    register: str | None
    name: str
    year: int | None
    value_sen: int
    condition: str
    location: str | None
    area_m2: float | None
    certificate_no: str | None
    notes: str | None


_COLUMNS = "id, unit_id, kib, kode_barang, register, name, year, value_sen, condition, location, area_m2, certificate_no, notes"
_COLUMNS_OF_A = ", ".join(f"a.{column}" for column in _COLUMNS.split(", "))


def get_asset(store: Reader, asset_id: int) -> Asset:
    row = store.one(f"SELECT {_COLUMNS} FROM assets WHERE id = ?", (asset_id,))
    if row is None:
        raise NotFoundError(N_("Aset dengan id {id} tidak ada."), id=asset_id)
    return Asset(**row)


def _values(fields: dict[str, Any], current: Asset | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "kode_barang" in fields or "kib" in fields:
        kib = choice(fields.get("kib", current.kib if current else None), "kib", tuple(load_reference().kib), required=True)
        if "kib" in fields:
            values["kib"] = kib
        kode = str(code_text(fields.get("kode_barang", current.kode_barang if current else None), "kode_barang", required=True))
        match = KODE_BARANG.match(kode)
        if not match and SEVEN_LEVELS.match(kode):
            raise ValidationError(
                "kode_barang",
                N_(
                    "Kode barang '{value}' bukan kode aset tetap: dua tingkat pertama harus 1.3 dan tingkat ketiga 1 sampai 6 (KIB A–F)."
                ),
                value=kode,
            )
        if not match:
            raise ValidationError(
                "kode_barang", N_("Kode barang '{value}' tidak berbentuk 7 tingkat seperti 1.3.2.02.01.01.004."), value=kode
            )
        if KIB_BY_LEVEL[match.group(1)] != kib:
            raise ValidationError(
                "kode_barang",
                N_("Kode barang '{value}' termasuk KIB {expected}, bukan KIB {kib}."),
                value=kode,
                expected=KIB_BY_LEVEL[match.group(1)],
                kib=kib,
            )
        values["kode_barang"] = kode
    if "name" in fields:
        values["name"] = require_text(fields["name"], "name", max_length=300)
    for key, longest in (("location", 300), ("notes", 2000)):
        if key in fields:
            values[key] = clean_text(fields[key], key, max_length=longest)
    for key, longest in (("register", 30), ("certificate_no", 100)):
        if key in fields:
            values[key] = code_text(fields[key], key, max_length=longest)
    if "year" in fields:
        year = fields["year"]
        try:
            number = whole_number(year, "year")
        except ValidationError as exc:
            if "digits" in exc.params:
                raise  # the digits themselves are the problem: say which
            raise ValidationError("year", N_("Tahun perolehan '{value}' bukan tahun."), value=year) from exc
        if number is None:
            values["year"] = None
        else:
            if number > date.today().year:
                raise ValidationError("year", N_("Tahun perolehan {value} masih di masa depan."), value=number)
            if number < 1800:
                raise ValidationError("year", N_("Tahun perolehan {value} tidak masuk akal."), value=number)
            values["year"] = number
    if "value_sen" in fields:
        values["value_sen"] = _sen(fields["value_sen"])
    if "value" in fields:
        values["value_sen"] = parse_rupiah(fields["value"], "value")
    if "condition" in fields:
        values["condition"] = choice(fields["condition"], "condition", CONDITIONS, required=True)
    if "area_m2" in fields:
        area = fields["area_m2"]
        if area in (None, ""):
            values["area_m2"] = None
        else:
            number = parse_number(area)
            if number is None:
                raise ValidationError("area_m2", N_("Luas '{value}' bukan angka."), value=area)
            if number < 0:
                raise ValidationError("area_m2", N_("Luas tidak boleh negatif ({value})."), value=area)
            values["area_m2"] = float(number)
    return values


def _sen(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValidationError("value", N_("Nilai perolehan tidak boleh negatif ({value})."), value=value)
        if value > MAX_SEN:
            raise ValidationError("value", N_("Nilai '{value}' terlalu besar untuk dicatat."), value=value)
        return value
    raise ValidationError("value", N_("Nilai '{value}' bukan jumlah rupiah (contoh: Rp 1.250.000,00)."), value=value)


def validate_asset(fields: dict[str, Any], current: Asset | None = None) -> Checked:
    """Check an asset's fields without writing: every problem, each with its field. A new
    asset (no ``current``) needs its KIB, kode barang and name."""
    checked = Checked()
    given = {k: v for k, v in fields.items() if k in ASSET_FIELDS or k == "value"}
    if current is None:
        for key in ("kib", "kode_barang", "name"):
            given.setdefault(key, None)
    try:  # the common case, a sound record: one pass
        checked.values.update(_values(given, current))
    except ValidationError:
        pass
    else:
        if current is None:
            checked.values.setdefault("condition", "B")
        return checked
    coded = {k: given.pop(k) for k in ("kib", "kode_barang") if k in given}
    for group in ([coded] if coded else []) + [{key: value} for key, value in given.items()]:  # every problem, field by field
        try:
            checked.values.update(_values(group, current))
        except ValidationError as exc:
            checked.refuse(exc)
    if current is None:
        checked.values.setdefault("condition", "B")
    return checked


def insert_assets(tx: Tx, unit_id: int, records: list[dict[str, Any]]) -> list[int]:
    """Write assets whose values a validator has cleaned, in one statement, one audit row
    each; returns their new ids in order (the bulk form an import stands on)."""
    first = int(
        tx.scalar(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'assets'), 0), coalesce((SELECT max(id) FROM assets), 0)) + 1"
        )
    )
    ids = list(range(first, first + len(records)))
    with journal.inserting(tx.conn, tx.step, "assets", first, first + len(records) - 1):
        tx.executemany(
            f"INSERT INTO assets (id, unit_id, {', '.join(ASSET_FIELDS)}) VALUES ({', '.join('?' * (len(ASSET_FIELDS) + 2))})",
            ((asset_id, unit_id, *(values.get(k) for k in ASSET_FIELDS)) for asset_id, values in zip(ids, records, strict=True)),
        )
    tx.audit_many("create", "asset", ((asset_id, None, values) for asset_id, values in zip(ids, records, strict=True)))
    return ids


def update_assets_many(tx: Tx, changes: list[tuple[int, dict[str, Any], dict[str, Any]]]) -> int:
    """Write changes a validator has cleaned for many assets — (id, old values, new values)
    each — in one statement per set of fields changed, one audit row each (the bulk form of
    :func:`update_asset`; moves between units go through :func:`move_assets`)."""
    groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
    for asset_id, _, new in changes:
        if new:
            groups.setdefault(tuple(sorted(new)), []).append((asset_id, new))
    for keys, items in groups.items():
        unknown = set(keys) - set(ASSET_FIELDS)
        if unknown:
            raise ValueError(f"not asset fields: {sorted(unknown)}")
        tx.executemany(
            f"UPDATE assets SET {', '.join(f'{k} = ?' for k in keys)} WHERE id = ?",
            ([*(new[k] for k in keys), asset_id] for asset_id, new in items),
        )
    tx.audit_many("update", "asset", ((asset_id, old, new) for asset_id, old, new in changes if new))
    return sum(len(items) for items in groups.values())


@writes
def create_asset(tx: Tx, unit_id: int, kib: str, kode_barang: str, name: str, **fields: Any) -> Asset:
    get_unit(tx, unit_id)
    values = validate_asset({"kib": kib, "kode_barang": kode_barang, "name": name, **fields}).raise_first()
    if "value" in fields:
        values.pop("value", None)
    values.setdefault("value_sen", 0)
    return get_asset(tx, insert_assets(tx, unit_id, [values])[0])


@writes
def update_asset(tx: Tx, asset_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields; returns the old values of what changed."""
    current = get_asset(tx, asset_id)
    before = asdict(current)
    values = {k: v for k, v in validate_asset(fields, current).raise_first().items() if before[k] != v}
    if not values:
        return {}
    old = {k: before[k] for k in values}
    tx.execute(f"UPDATE assets SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id", {**values, "id": asset_id})
    tx.audit("update", "asset", asset_id, old, values)
    return old


@dataclass(frozen=True)
class Moved:
    """What a bulk change of assets did: how many, and the units they left or joined."""

    count: int
    units: list[int]


@writes
def delete_assets(tx: Tx, asset_ids: list[int]) -> Moved:
    """Remove assets (with their history) in one statement, one audit row each."""
    with id_table(tx, asset_ids) as chosen:
        rows = dict_rows(tx.execute(f"SELECT a.* FROM {chosen} c CROSS JOIN assets a ON a.id = c.id ORDER BY a.id"))
        wanted = len(set(asset_ids))
        if len(rows) != wanted:
            raise NotFoundError(N_("{count} aset yang akan dihapus sudah tidak ada."), count=wanted - len(rows))
        tx.execute(f"DELETE FROM assets WHERE id IN (SELECT id FROM {chosen})")
        tx.audit_many("delete", "asset", ((row["id"], row, None) for row in rows))
    return Moved(len(rows), list(dict.fromkeys(row["unit_id"] for row in rows)))


# -- moves ----------------------------------------------------------------------------------


@writes
def move_assets(
    tx: Tx,
    asset_ids: list[int],
    to_unit_id: int,
    *,
    on: str | None = None,
    reference: str | None = None,
    notes: str | None = None,
) -> Moved:
    """Move assets to another unit, recording a transfer for each: a few statements however
    many they are, in the caller's transaction."""
    target = get_unit(tx, to_unit_id)
    when = iso_date(on, "transferred_on") or date.today().isoformat()
    if when > date.today().isoformat():
        raise ValidationError("transferred_on", N_("Tanggal serah terima {value} masih di masa depan."), value=when)
    reference = clean_text(reference, "reference", max_length=300)
    notes = clean_text(notes, "notes", max_length=2000)
    if not asset_ids:
        return Moved(0, [])
    with id_table(tx, asset_ids) as chosen:
        missing = tx.execute(
            f"SELECT count(*) FROM {chosen} m WHERE NOT EXISTS (SELECT 1 FROM assets a WHERE a.id = m.id)"
        ).fetchone()[0]
        if missing:
            raise NotFoundError(N_("{count} aset yang akan dipindah sudah tidak ada."), count=missing)
        elsewhere = tx.execute(
            f"SELECT count(*) FROM {chosen} m CROSS JOIN assets a ON a.id = m.id JOIN units u ON u.id = a.unit_id"
            " JOIN editions e ON e.id = u.edition_id WHERE e.region_id <> (SELECT region_id FROM editions WHERE id = ?)",
            (target.edition_id,),
        ).fetchone()[0]
        if elsewhere:
            raise RefusedError(
                N_("{count} aset tercatat di wilayah lain; aset hanya dapat dipindah ke unit di wilayahnya sendiri."),
                count=elsewhere,
            )
        left = [
            row[0]
            for row in tx.execute(
                f"SELECT DISTINCT a.unit_id FROM {chosen} m CROSS JOIN assets a ON a.id = m.id WHERE a.unit_id <> ?",
                (to_unit_id,),
            )
        ]
        if not left:
            raise RefusedError(N_("Aset yang dipilih sudah dipegang {unit}: tidak ada yang dipindah."), unit=target.name)
        moved = tx.execute(
            "INSERT INTO asset_transfers (asset_id, transferred_on, from_unit_id, from_unit_name, to_unit_id, to_unit_name, reference, notes)"
            f" SELECT a.id, ?, a.unit_id, u.name, ?, ?, ?, ? FROM {chosen} m CROSS JOIN assets a ON a.id = m.id JOIN units u ON u.id = a.unit_id"
            " WHERE a.unit_id <> ? ORDER BY a.id",
            (when, to_unit_id, target.name, reference, notes, to_unit_id),
        ).rowcount
        tx.execute(f"UPDATE assets SET unit_id = ? WHERE id IN (SELECT id FROM {chosen})", (to_unit_id,))
        tx.audit("move", "asset", None, {"count": moved}, {"to_unit_id": to_unit_id, "on": when, "reference": reference})
    return Moved(moved, [to_unit_id, *left])


def regions_of(store: Reader, asset_ids: list[int]) -> set[int]:
    """The regions whose units hold these assets (a move stays inside one)."""
    with id_table(store, asset_ids) as chosen:
        return {
            row[0]
            for row in store.conn.execute(
                f"SELECT DISTINCT e.region_id FROM {chosen} m CROSS JOIN assets a ON a.id = m.id JOIN units u ON u.id = a.unit_id"
                " JOIN editions e ON e.id = u.edition_id"
            )
        }


@dataclass(frozen=True)
class Transfer:
    transferred_on: str
    from_unit: str | None
    to_unit: str | None
    reference: str | None
    notes: str | None


def history(store: Reader, asset_id: int) -> list[Transfer]:
    return [
        Transfer(**row)
        for row in store.rows(
            "SELECT transferred_on, from_unit_name AS from_unit, to_unit_name AS to_unit, reference, notes"
            " FROM asset_transfers WHERE asset_id = ? ORDER BY transferred_on, id",
            (asset_id,),
        )
    ]


# -- lists and totals ---------------------------------------------------------------------------


@dataclass
class AssetFilter:
    region_id: int | None = None
    unit_id: int | None = None
    with_subunits: bool = True
    kib: str | None = None
    condition: str | None = None
    text: str = ""


SORT_COLUMNS = {
    "kib": "a.kib, a.kode_barang",
    "kode": "a.kode_barang",
    "register": "a.register",
    "name": "a.name COLLATE NOCASE",
    "year": "a.year",
    "value": "a.value_sen",
    "condition": "a.condition",
    "unit": "u.name COLLATE NOCASE",
    "location": "a.location COLLATE NOCASE",
    "area": "a.area_m2",
}


def _where(flt: AssetFilter) -> tuple[str, str, list[Any]]:
    prefix, clauses, params = "", [], []
    if flt.unit_id is not None:
        if flt.with_subunits:
            prefix = subtree_ids_sql() + " "
            params.append(flt.unit_id)
            clauses.append("a.unit_id IN sub")
        else:
            clauses.append("a.unit_id = ?")
            params.append(flt.unit_id)
    elif flt.region_id is not None:
        clauses.append("a.unit_id IN (SELECT u2.id FROM units u2 JOIN editions e ON e.id = u2.edition_id WHERE e.region_id = ?)")
        params.append(flt.region_id)
    if flt.kib:
        clauses.append("a.kib = ?")
        params.append(flt.kib)
    if flt.condition:
        clauses.append("a.condition = ?")
        params.append(flt.condition)
    text = flt.text.strip()
    if text:
        clauses.append(
            "(a.name LIKE ? ESCAPE '\\' OR a.kode_barang LIKE ? ESCAPE '\\'"
            " OR a.register LIKE ? ESCAPE '\\' OR a.location LIKE ? ESCAPE '\\')"
        )
        anywhere, start = like_pattern(text), like_pattern(text, anywhere=False)
        params.extend([anywhere, start, start, anywhere])
    return prefix, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def asset_ids(store: Reader, flt: AssetFilter, sort: str = "kib", descending: bool = False) -> list[int]:
    """Ids of the assets a list shows, in order: for an action on all of them (select all,
    then move or delete); the window counts and pages its lists with ``core.paging.asset_list``."""
    with_, select, order, params = ordered_select(flt, sort, descending)
    return [row[0] for row in store.conn.execute(f"{with_} {select} ORDER BY {order}".strip(), params)]


def ordered_select(flt: AssetFilter, sort: str = "kib", descending: bool = False) -> tuple[str, str, str, list[Any]]:
    """(WITH clause, SELECT of ids, ORDER BY ending in the id, parameters) of the assets a list shows."""
    prefix, where, params = _where(flt)
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["kib"])
    join = " JOIN units u ON u.id = a.unit_id" if sort == "unit" else ""
    direction = "DESC" if descending else "ASC"
    order_sql = ", ".join(f"{part} {direction}" for part in order.split(", "))
    return prefix.strip(), f"SELECT a.id FROM assets a{join}{where}", f"{order_sql}, a.id", params


@dataclass(frozen=True)
class AssetRow(Asset):
    """An asset as lists show it: with the name of the unit holding it."""

    unit: str = ""


def asset_rows(store: Reader, ids: list[int]) -> list[AssetRow]:
    if not ids:
        return []
    with id_table(store, ids) as chosen:
        return [
            AssetRow(**row)
            for row in store.rows(
                f"SELECT {_COLUMNS_OF_A}, u.name AS unit FROM {chosen} c CROSS JOIN assets a ON a.id = c.id"
                " JOIN units u ON u.id = a.unit_id ORDER BY c.pos"
            )
        ]


@dataclass(frozen=True)
class Totals:
    """Count and value (sen) per KIB and per condition."""

    by_kib: dict[str, tuple[int, int]]
    by_condition: dict[str, tuple[int, int]]

    @property
    def count(self) -> int:
        return sum(c for c, _ in self.by_kib.values())

    @property
    def value_sen(self) -> int:
        return sum(v for _, v in self.by_kib.values())


def totals(store: Reader, flt: AssetFilter) -> Totals:
    prefix, where, params = _where(flt)
    rows = store.conn.execute(
        f"{prefix}SELECT a.kib, a.condition, count(*), sum(a.value_sen) FROM assets a{where} GROUP BY 1, 2", params
    ).fetchall()
    by_kib: dict[str, tuple[int, int]] = {}
    by_condition: dict[str, tuple[int, int]] = {}
    for kib, condition, count, value in rows:
        c, v = by_kib.get(kib, (0, 0))
        by_kib[kib] = (c + count, v + value)
        c, v = by_condition.get(condition, (0, 0))
        by_condition[condition] = (c + count, v + value)
    return Totals(dict(sorted(by_kib.items())), {k: by_condition[k] for k in CONDITIONS if k in by_condition})


@dataclass(frozen=True)
class SummaryRow:
    region_id: int
    edition_id: int
    pd_id: int
    pd: str
    kib: str
    count: int
    value_sen: int


def summary(store: Reader, region_id: int | None = None) -> list[SummaryRow]:
    """Counts and values per perangkat daerah and KIB: one aggregate query over all assets."""
    scope = "WHERE e.region_id = ?" if region_id is not None else ""
    sql = (
        "WITH RECURSIVE top(id, pd) AS (SELECT id, id FROM units WHERE parent_id IS NULL"
        " UNION ALL SELECT u.id, top.pd FROM units u JOIN top ON u.parent_id = top.id)"
        " SELECT e.region_id, p.edition_id, top.pd, p.name, a.kib, count(*), sum(a.value_sen)"
        " FROM assets a JOIN top ON top.id = a.unit_id JOIN units p ON p.id = top.pd JOIN editions e ON e.id = p.edition_id"
        f" {scope} GROUP BY top.pd, a.kib ORDER BY e.region_id, p.edition_id, p.sort_order, top.pd, a.kib"
    )
    return [SummaryRow(*row) for row in store.conn.execute(sql, (region_id,) if region_id is not None else ())]


# -- the register as printed: per perangkat daerah and KIB ------------------------------------


def _register_scope(edition_ids: list[int], root_id: int | None) -> tuple[str, list[Any]]:
    """A CTE ``top(id, pd)``: every unit of the scope with the top unit it falls under (each
    perangkat daerah of the editions, or the one unit asked for)."""
    if root_id is not None:
        start, params = "SELECT id, id FROM units WHERE id = ?", [root_id]
    else:
        marks = ",".join("?" * len(edition_ids)) or "NULL"
        start, params = f"SELECT id, id FROM units WHERE edition_id IN ({marks}) AND parent_id IS NULL", list(edition_ids)
    sql = f"WITH RECURSIVE top(id, pd) AS ({start} UNION ALL SELECT u.id, top.pd FROM units u JOIN top ON u.parent_id = top.id)"
    return sql, params


@dataclass(frozen=True)
class RegisterRow:
    pd_id: int
    kib: str
    kode_barang: str
    register: str | None
    name: str
    year: int | None
    condition: str
    area_m2: float | None
    location: str | None
    unit: str
    value_sen: int


class RegisterSnapshot:
    """The scope's assets copied once, in print order (top unit, KIB, kode barang, register),
    into a temporary table: counts and rows then agree even if the file changes meanwhile,
    and a long report holds no lock that would stop the window saving."""

    def __init__(self, store: Reader, edition_ids: list[int], root_id: int | None = None) -> None:
        self.store = store
        self._cursors: list[sqlite3.Cursor] = []
        cte, params = _register_scope(edition_ids, root_id)
        store.conn.execute("DROP TABLE IF EXISTS temp.register")
        store.conn.execute(
            f"CREATE TEMP TABLE register AS {cte} SELECT top.pd AS pd_id, p.name AS pd, r.name AS region, a.kib, a.kode_barang,"
            " a.register, a.name, a.year, a.condition, a.area_m2, a.location, u.name AS unit, a.value_sen"
            " FROM assets a JOIN top ON top.id = a.unit_id JOIN units p ON p.id = top.pd JOIN units u ON u.id = a.unit_id"
            " JOIN editions e ON e.id = p.edition_id JOIN regions r ON r.id = e.region_id"
            " ORDER BY p.edition_id, p.sort_order, top.pd, a.kib, a.kode_barang, a.register, a.id",
            params,
        )

    def groups(self) -> list[tuple[int, str, str, str, int, int]]:
        """(top unit id, its name, its region's name, KIB, count, value in sen) in print order."""
        return self.store.conn.execute(
            "SELECT pd_id, pd, region, kib, count(*), sum(value_sen) FROM temp.register GROUP BY pd_id, kib ORDER BY min(rowid)"
        ).fetchall()

    def by_condition(self) -> dict[str, tuple[int, int]]:
        """condition → (count, value in sen) over the scope."""
        return {
            row[0]: (row[1], row[2])
            for row in self.store.conn.execute("SELECT condition, count(*), sum(value_sen) FROM temp.register GROUP BY condition")
        }

    def rows(self) -> Iterator[RegisterRow]:
        cursor = self.store.conn.execute(
            "SELECT pd_id, kib, kode_barang, register, name, year, condition, area_m2, location, unit, value_sen"
            " FROM temp.register ORDER BY rowid"
        )
        self._cursors.append(cursor)
        while batch := cursor.fetchmany(2000):
            for row in batch:
                yield RegisterRow(*row)

    def close(self) -> None:
        """Drop the copy; a reading left half-way (a cancelled report) is closed first, else
        SQLite refuses to drop a table that is being read."""
        for cursor in self._cursors:
            cursor.close()
        self._cursors.clear()
        self.store.conn.execute("DROP TABLE IF EXISTS temp.register")
