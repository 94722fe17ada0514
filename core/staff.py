"""Staff (PNS and PPPK) of a region: who holds which position in which unit, their rank,
assessments and the performance and potential ratings of the nine-box."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from core import audit, journal
from core import nip as nips
from core.errors import NotFoundError, RefusedError, ValidationError
from core.i18n import N_
from core.positions import check_level, known_competencies
from core.reference import load_reference
from core.store import Reader, Tx, dict_rows, id_table, like_pattern, writes
from core.units import subtree_ids_sql
from core.validation import Checked, choice, clean_text, iso_date, label, require_text, whole_number

STATUSES = ("PNS", "PPPK")
PPPK_GOLONGAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")
STAFF_FIELDS = (
    "nip",
    "name",
    "front_title",
    "back_title",
    "status",
    "golongan",
    "unit_id",
    "position_id",
    "kinerja",
    "potensi",
    "notes",
)

_FIELD_SET = frozenset(STAFF_FIELDS)


@dataclass(frozen=True)
class Staff:
    id: int
    region_id: int
    nip: str
    name: str
    front_title: str | None
    back_title: str | None
    status: str
    golongan: str | None
    unit_id: int | None
    position_id: int | None
    kinerja: int | None
    potensi: int | None
    notes: str | None

    @property
    def full_name(self) -> str:
        return full_name(self.name, self.front_title, self.back_title)


def full_name(name: str, front: str | None, back: str | None) -> str:
    """'Dr. Budi Santoso, S.E., M.Si.': the name with its titles as letters print it."""
    text = f"{front} {name}" if front else name
    return f"{text}, {back}" if back else text


_COLUMNS = "id, region_id, nip, name, front_title, back_title, status, golongan, unit_id, position_id, kinerja, potensi, notes"


def get_staff(store: Reader, staff_id: int) -> Staff:
    row = store.one(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,))
    if row is None:
        raise NotFoundError(N_("Pegawai dengan id {id} tidak ada."), id=staff_id)
    return Staff(**row)


def _rating(value: Any, field_name: str) -> int | None:
    try:
        number = whole_number(value, field_name)
    except ValidationError as exc:
        raise ValidationError(
            field_name, N_("{label}: '{value}' harus 1, 2 atau 3."), label=label(field_name), value=value
        ) from exc
    if number is None:
        return None
    if number not in (1, 2, 3):
        raise ValidationError(field_name, N_("{label}: '{value}' harus 1, 2 atau 3."), label=label(field_name), value=value)
    return number


def _golongan(value: Any, status: str | None) -> str | None:
    golongan = clean_text(value, "golongan")
    if golongan is not None:
        allowed = load_reference().ranks if status == "PNS" else PPPK_GOLONGAN
        if golongan not in allowed:
            raise ValidationError(
                "golongan",
                N_("Golongan '{value}' tidak dikenal untuk {status} (contoh: {example})."),
                value=golongan,
                status=status,
                example="III/a" if status == "PNS" else "IX",
            )
    return golongan


@lru_cache(maxsize=4096)
def _text_reading(value: str, field: str, max_length: int) -> str | None:
    """clean_text of one spelling, kept: a sheet repeats a few dozen titles and ranks
    100,000 times (a refusal is not kept: it is raised again, each time)."""
    return clean_text(value, field, max_length=max_length)


@lru_cache(maxsize=4096)
def _golongan_reading(value: str, status: str | None) -> str | None:
    return _golongan(value, status)


@lru_cache(maxsize=256)
def _status_reading(value: str) -> str | None:
    return choice(value, "status", STATUSES, required=True)


def _status(value: Any) -> str | None:
    return _status_reading(value) if type(value) is str else choice(value, "status", STATUSES, required=True)


class StaffContext:
    """What validating people of one region needs to know of the file: who holds which NIP,
    which positions and units are the region's. Read once, so checking 100,000 rows of an
    import asks the file a handful of questions instead of three per row; rows accepted
    into the same batch are remembered too (the same NIP twice in one sheet)."""

    def __init__(self, reader: Reader, region_id: int) -> None:
        self.region_id = region_id
        self.nips: dict[str, tuple[int | None, str]] = {
            row[0]: (row[1], row[2])
            for row in reader.conn.execute("SELECT nip, id, name FROM staff WHERE region_id = ?", (region_id,))
        }
        self.positions: dict[int, tuple[int, str, int]] = {
            row[0]: (row[1], row[2], row[3])
            for row in reader.conn.execute(
                "SELECT p.id, p.unit_id, p.title, e.region_id FROM positions p JOIN units u ON u.id = p.unit_id"
                " JOIN editions e ON e.id = u.edition_id"
            )
        }
        self.units: dict[int, tuple[str, int]] = {
            row[0]: (row[1], row[2])
            for row in reader.conn.execute("SELECT u.id, u.name, e.region_id FROM units u JOIN editions e ON e.id = u.edition_id")
        }

    def claim(self, nip: str, staff_id: int | None, name: str) -> None:
        self.nips[nip] = (staff_id, name)


def _placement(context: StaffContext, fields: dict[str, Any]) -> dict[str, Any]:
    """unit_id and position_id checked against the region; a position sets the unit too."""
    if fields.get("position_id") is not None:
        position = context.positions.get(int(fields["position_id"]))
        if position is None:
            raise ValidationError("position", N_("Jabatan dengan id {id} tidak ada."), id=fields["position_id"])
        unit_id, title, region_id = position
        if region_id != context.region_id:
            raise ValidationError("position", N_("Jabatan '{title}' milik wilayah lain."), title=title)
        return {"position_id": int(fields["position_id"]), "unit_id": unit_id}  # a person sits in the unit of their position
    values: dict[str, Any] = {}
    if "position_id" in fields:
        values["position_id"] = None
    if "unit_id" in fields:
        unit_id = fields["unit_id"]
        if unit_id is not None:
            unit = context.units.get(int(unit_id))
            if unit is None:
                raise ValidationError("unit", N_("Unit dengan id {id} tidak ada (mungkin sudah dihapus)."), id=unit_id)
            if unit[1] != context.region_id:
                raise ValidationError("unit", N_("Unit '{name}' milik wilayah lain."), name=unit[0])
            unit_id = int(unit_id)
        values["unit_id"] = unit_id
    return values


def _unique_nip(context: StaffContext, value: Any, status: str | None, current: Staff | None) -> str:
    nip = nips.validate(value, str(status or ""))
    holder = context.nips.get(nip)
    if holder is not None and (current is None or holder[0] != current.id):
        raise ValidationError("nip", N_("NIP {nip} sudah dipakai oleh {name}."), nip=nips.format_nip(nip), name=holder[1])
    return nip


def _text_field(value: Any, key: str, max_length: int, kept: bool) -> str | None:
    """An optional text: a blank one is None without the general cleaning's pass; with
    ``kept`` a text's reading is kept per spelling (a sheet repeats its titles, not its notes)."""
    if value is None:
        return None
    if kept and type(value) is str:
        return _text_reading(value, key, max_length)
    return clean_text(value, key, max_length=max_length)


def _check_fields(
    checked: Checked, given: dict[str, Any], current: Staff | None, status: str | None, context: StaffContext
) -> None:
    """Every field of ``given`` that needs checking, in order, into ``checked``: its clean
    value, or its refusal (and the next field is checked all the same). Written out field by
    field, as a sheet of 100,000 people checks each row (a ``try`` costs nothing until it
    catches)."""
    values = checked.values
    if "nip" in given or ("status" in given and current is not None):
        try:
            values["nip"] = _unique_nip(context, given.get("nip", current.nip if current else None), status, current)
        except ValidationError as exc:
            checked.refuse(exc)
    if "name" in given:
        try:
            values["name"] = require_text(given["name"], "name", max_length=200)
        except ValidationError as exc:
            checked.refuse(exc)
    for key, max_length, kept in _TEXTS:
        if key in given:
            try:
                values[key] = _text_field(given[key], key, max_length, kept)
            except ValidationError as exc:
                checked.refuse(exc)
    if "golongan" in given or "status" in given:
        golongan = given.get("golongan", current.golongan if current else None)
        try:
            values["golongan"] = _golongan_reading(golongan, status) if type(golongan) is str else _golongan(golongan, status)
        except ValidationError as exc:
            checked.refuse(exc)
    for key in ("kinerja", "potensi"):
        if key in given:
            try:
                values[key] = _rating(given[key], key)
            except ValidationError as exc:
                checked.refuse(exc)
    if "position_id" in given or "unit_id" in given:
        try:
            values.update(_placement(context, given))
        except ValidationError as exc:
            checked.refuse(exc)


_TEXTS = (("front_title", 100, True), ("back_title", 100, True), ("notes", 2000, False))


def validate_staff(
    reader: Reader,
    region_id: int,
    fields: dict[str, Any],
    current: Staff | None = None,
    *,
    context: StaffContext | None = None,
) -> Checked:
    """Check a person's fields against the file without writing: every problem, each with
    its field. With ``current`` only the fields given are checked (an edit); ``context``
    carries what bulk validation reads once (an import of 100,000 rows)."""
    context = context or StaffContext(reader, region_id)
    checked = Checked()
    given = fields if _FIELD_SET.issuperset(fields) else {k: v for k, v in fields.items() if k in _FIELD_SET}
    status: str | None = None
    try:
        status = _status(given.get("status", current.status if current else None))
        if "status" in given:
            checked.values["status"] = status
    except ValidationError as exc:
        checked.refuse(exc)
    _check_fields(checked, given, current, status, context)
    return checked


def _next_id(tx: Tx, table: str) -> int:
    """The id the next row of ``table`` gets (AUTOINCREMENT never reuses one)."""
    return int(
        tx.scalar(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0),"
            f" coalesce((SELECT max(id) FROM {table}), 0)) + 1"
        )
    )


def insert_staff(tx: Tx, region_id: int, records: list[dict[str, Any]]) -> list[int]:
    """Write people whose values a validator has cleaned, in one statement, one audit row
    each; returns their new ids in order. The bulk form an import stands on."""
    first = _next_id(tx, "staff")
    ids = list(range(first, first + len(records)))
    whole = _whole_records(records)
    fields_of = _FIELDS_OF if whole else lambda values: map(values.get, STAFF_FIELDS)  # itemgetter: one call per row
    with journal.inserting(tx.conn, tx.step, "staff", first, first + len(records) - 1):
        tx.executemany(
            f"INSERT INTO staff (id, region_id, {', '.join(STAFF_FIELDS)}) VALUES ({', '.join('?' * (len(STAFF_FIELDS) + 2))})",
            ((staff_id, region_id, *fields_of(values)) for staff_id, values in zip(ids, records, strict=True)),
        )
    if whole:  # an import's rows: their audit text made by SQLite from the rows just written
        audit.record_inserted(tx.conn, "create", "staff", "staff", STAFF_FIELDS, first, first + len(records) - 1)
        tx.audited = True
    else:
        tx.audit_many("create", "staff", ((staff_id, None, values) for staff_id, values in zip(ids, records, strict=True)))
    return ids


_FIELDS_OF = itemgetter(*STAFF_FIELDS)
_PLAIN_TYPES = frozenset({str, int, type(None)})


def _whole_records(records: list[dict[str, Any]]) -> bool:
    """Every record holds every field, as text, whole numbers or None: its after-image is
    then the stored row itself (a record of fewer fields keeps an image of fewer)."""
    return all(r.keys() == _FIELD_SET for r in records) and _PLAIN_TYPES.issuperset(
        map(type, chain.from_iterable(r.values() for r in records))
    )


def update_staff_many(tx: Tx, changes: list[tuple[int, dict[str, Any], dict[str, Any]]]) -> int:
    """Write changes a validator has cleaned for many people — (id, old values, new values)
    each — in one statement per set of fields changed, one audit row each: the bulk form of
    :func:`update_staff` an import's updates stand on. Returns how many were changed."""
    groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
    for staff_id, _, new in changes:
        if new:
            groups.setdefault(tuple(sorted(new)), []).append((staff_id, new))
    for keys, items in groups.items():
        unknown = set(keys) - _FIELD_SET
        if unknown:
            raise ValueError(f"not staff fields: {sorted(unknown)}")
        tx.executemany(
            f"UPDATE staff SET {', '.join(f'{k} = ?' for k in keys)} WHERE id = ?",
            ([*(new[k] for k in keys), staff_id] for staff_id, new in items),
        )
    tx.audit_many("update", "staff", ((staff_id, old, new) for staff_id, old, new in changes if new))
    return sum(len(items) for items in groups.values())


@writes
def create_staff(tx: Tx, region_id: int, nip: str, name: str, status: str = "PNS", **fields: Any) -> Staff:
    values = validate_staff(tx, region_id, {"nip": nip, "name": name, "status": status, **fields}).raise_first()
    return get_staff(tx, insert_staff(tx, region_id, [values])[0])


@writes
def update_staff(tx: Tx, staff_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of a person; returns the old values of what changed."""
    current = get_staff(tx, staff_id)
    values = validate_staff(tx, current.region_id, fields, current).raise_first()
    before = asdict(current)
    values = {k: v for k, v in values.items() if before[k] != v}
    if not values:
        return {}
    old = {k: before[k] for k in values}
    tx.execute(f"UPDATE staff SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id", {**values, "id": staff_id})
    tx.audit("update", "staff", staff_id, old, values)
    return old


@dataclass(frozen=True)
class Moved:
    """What a move of people did: how many moved, and the units they left and joined."""

    count: int
    units: list[int]


@writes
def move_staff(tx: Tx, staff_ids: list[int], unit_id: int | None, position_id: int | None) -> Moved:
    """Place people in another position (and its unit) or unit: a few statements however
    many they are, all in the caller's transaction."""
    with id_table(tx, staff_ids) as chosen:
        found = tx.conn.execute(
            f"SELECT count(*), count(DISTINCT s.region_id), min(s.region_id) FROM {chosen} c CROSS JOIN staff s ON s.id = c.id"
        ).fetchone()
        if found[0] < len(set(staff_ids)):
            raise NotFoundError(N_("{count} pegawai yang akan dipindah sudah tidak ada."), count=len(set(staff_ids)) - found[0])
        if not found[0]:
            return Moved(0, [])
        if found[1] > 1:
            raise RefusedError(N_("Pegawai dari wilayah yang berbeda tidak dapat dipindah bersama."))
        context = StaffContext(tx, int(found[2]))
        target = _placement(
            context, {"position_id": position_id} if position_id is not None else {"unit_id": unit_id, "position_id": None}
        )
        left = [
            row[0]
            for row in tx.conn.execute(
                f"SELECT DISTINCT s.unit_id FROM {chosen} c CROSS JOIN staff s ON s.id = c.id WHERE s.unit_id IS NOT NULL"
            )
        ]
        tx.audit_many(
            "move",
            "staff",
            (
                (row[0], {"unit_id": row[1], "position_id": row[2]}, target)
                for row in tx.conn.execute(
                    f"SELECT s.id, s.unit_id, s.position_id FROM {chosen} c CROSS JOIN staff s ON s.id = c.id"
                )
            ),
        )
        tx.execute(
            f"UPDATE staff SET unit_id = ?, position_id = ? WHERE id IN (SELECT id FROM {chosen})",
            (target.get("unit_id"), target.get("position_id")),
        )
    joined = [target["unit_id"]] if target.get("unit_id") is not None else []
    return Moved(found[0], list(dict.fromkeys([*joined, *left])))


@writes
def delete_staff(tx: Tx, staff_ids: list[int]) -> Moved:
    """Remove people with their assessments, in one statement; returns how many and the
    units they were in."""
    with id_table(tx, staff_ids) as chosen:
        people = dict_rows(tx.conn.execute(f"SELECT s.* FROM {chosen} c CROSS JOIN staff s ON s.id = c.id ORDER BY s.id"))
        if len(people) < len(set(staff_ids)):
            raise NotFoundError(N_("{count} pegawai yang akan dihapus sudah tidak ada."), count=len(set(staff_ids)) - len(people))
        tx.execute(f"DELETE FROM staff WHERE id IN (SELECT id FROM {chosen})")
        tx.audit_many("delete", "staff", ((person["id"], person, None) for person in people))
    return Moved(len(people), list(dict.fromkeys(p["unit_id"] for p in people if p["unit_id"] is not None)))


# -- assessments -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    id: int | None
    competency_code: str
    level: int
    assessed_on: str | None = None
    source: str | None = None


def assessments_of(store: Reader, staff_id: int) -> list[Assessment]:
    return [
        Assessment(**row)
        for row in store.rows(
            "SELECT id, competency_code, level, assessed_on, source FROM assessments WHERE staff_id = ? ORDER BY assessed_on DESC, id DESC",
            (staff_id,),
        )
    ]


def _clean_assessments(store: Reader, items: list[Assessment]) -> list[Assessment]:
    known = known_competencies(store)
    cleaned = []
    seen: set[tuple[str, str | None]] = set()
    for item in items:
        if item.competency_code not in known:
            raise ValidationError(
                "competency", N_("Kompetensi '{code}' tidak ada dalam kamus kompetensi."), code=item.competency_code
            )
        assessed_on = iso_date(item.assessed_on, "legal_date")
        if (item.competency_code, assessed_on) in seen:  # one assessment gives one level per competency
            raise ValidationError(
                "competency",
                N_("Kompetensi '{code}' tercatat dua kali dengan tanggal asesmen yang sama ({date})."),
                code=item.competency_code,
                date=assessed_on or "-",
            )
        seen.add((item.competency_code, assessed_on))
        cleaned.append(
            Assessment(
                item.id,
                item.competency_code,
                check_level(item.level, item.competency_code),
                assessed_on,
                clean_text(item.source, "notes", max_length=300),
            )
        )
    return cleaned


def _same_assessments(old: list[Assessment], new: list[Assessment]) -> bool:
    def key(a: Assessment) -> tuple[str, int, str, str]:
        return (a.competency_code, a.level, a.assessed_on or "", a.source or "")

    return sorted(map(key, old)) == sorted(map(key, new))


def _replace_assessments(tx: Tx, staff_id: int, old: list[Assessment], cleaned: list[Assessment]) -> None:
    tx.execute("DELETE FROM assessments WHERE staff_id = ?", (staff_id,))
    for item in cleaned:
        tx.execute(
            "INSERT INTO assessments (id, staff_id, competency_code, level, assessed_on, source) VALUES (?, ?, ?, ?, ?, ?)",
            (item.id, staff_id, item.competency_code, item.level, item.assessed_on, item.source),
        )
    tx.audit("set_assessments", "staff", staff_id, [asdict(a) for a in old], [asdict(a) for a in cleaned])


@writes
def set_assessments(tx: Tx, staff_id: int, items: list[Assessment]) -> list[Assessment]:
    """Replace a person's assessments (competency, level 1–5, date, source); returns the old list."""
    get_staff(tx, staff_id)
    cleaned = _clean_assessments(tx, items)
    old = assessments_of(tx, staff_id)
    _replace_assessments(tx, staff_id, old, cleaned)
    return old


@dataclass(frozen=True)
class SavedPerson:
    """What :func:`save_person` did."""

    staff_id: int
    created: bool
    changed: bool = True  # False: the person was saved as they were


@writes
def save_person(
    tx: Tx, region_id: int, staff_id: int | None, fields: dict[str, Any], assessments: list[Assessment]
) -> SavedPerson:
    """Create a person or change one, with their assessments, in one transaction: every
    value is checked first, so a refusal leaves nothing half-written."""
    current = get_staff(tx, staff_id) if staff_id is not None else None
    values = validate_staff(tx, region_id, fields, current).raise_first()
    if current is not None:
        before = asdict(current)
        values = {k: v for k, v in values.items() if before[k] != v}
    cleaned = _clean_assessments(tx, assessments)
    if current is None:
        new_id = insert_staff(tx, region_id, [values])[0]
        _replace_assessments(tx, new_id, [], cleaned)
        return SavedPerson(new_id, True)
    old_assessments = assessments_of(tx, current.id)
    if not values and _same_assessments(old_assessments, cleaned):
        return SavedPerson(current.id, False, changed=False)
    if values:
        old_fields = {k: asdict(current)[k] for k in values}
        tx.execute(f"UPDATE staff SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id", {**values, "id": current.id})
        tx.audit("update", "staff", current.id, old_fields, values)
    _replace_assessments(tx, current.id, old_assessments, cleaned)
    return SavedPerson(current.id, False)


# -- lists -----------------------------------------------------------------------------------


@dataclass
class StaffFilter:
    """What a staff list shows: a region, optionally a unit (and its sub-units), a text
    matched against name and NIP, a status, a nine-box box, people without a position."""

    region_id: int | None = None
    unit_id: int | None = None
    with_subunits: bool = True
    text: str = ""
    status: str | None = None
    box: int | None = None
    unplaced: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


SORT_COLUMNS = {
    "name": "s.name COLLATE NOCASE",
    "nip": "s.nip",
    "golongan": "s.golongan",
    "status": "s.status",
    "unit": "u.name COLLATE NOCASE",
    "position": "p.title COLLATE NOCASE",
    # Read from a PNS NIP (others have none): the later the birth or the TMT, the younger the
    # person or the shorter the service, so these two run the other way round.
    "age": "CASE WHEN s.status = 'PNS' THEN substr(s.nip, 1, 8) END",
    "service": "CASE WHEN s.status = 'PNS' THEN substr(s.nip, 9, 6) END",
}
REVERSED_SORTS = {"age", "service"}
ALWAYS_SET = {"name", "nip", "status"}  # NOT NULL in the schema


def _where(store: Reader, flt: StaffFilter) -> tuple[str, list[Any], str]:
    clauses, params, prefix = [], [], ""
    if flt.region_id is not None:
        clauses.append("s.region_id = ?")
        params.append(flt.region_id)
    if flt.unit_id is not None:
        if flt.with_subunits:
            prefix = subtree_ids_sql() + " "
            params.insert(0, flt.unit_id)
            clauses.append("s.unit_id IN sub")
        else:
            clauses.append("s.unit_id = ?")
            params.append(flt.unit_id)
    text = flt.text.strip()
    if text:
        digits = re.sub(r"\s", "", text)
        if digits.isdigit():
            clauses.append("s.nip LIKE ?")
            params.append(digits + "%")
        else:  # the name as the list shows it: with its titles ("Drs.", "S.Kom")
            clauses.append("(s.name LIKE ? ESCAPE '\\' OR s.front_title LIKE ? ESCAPE '\\' OR s.back_title LIKE ? ESCAPE '\\')")
            params.extend([like_pattern(text)] * 3)
    if flt.status:
        clauses.append("s.status = ?")
        params.append(flt.status)
    if flt.box is not None:
        from core.competency import box_condition

        condition, values = box_condition(flt.box)
        clauses.append(condition)
        params.extend(values)
    if flt.unplaced:
        clauses.append("s.position_id IS NULL")
    return prefix, params, (" WHERE " + " AND ".join(clauses)) if clauses else ""


def ordered_select(
    store: Reader, flt: StaffFilter, sort: str = "name", descending: bool = False
) -> tuple[str, str, str, list[Any]]:
    """(WITH clause, SELECT of ids, ORDER BY ending in the id, parameters) of the people a
    list shows: read whole by :func:`staff_ids`, by position by ``core.paging.staff_list``."""
    prefix, params, where = _where(store, flt)
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    joins = (
        " LEFT JOIN units u ON u.id = s.unit_id"
        if sort == "unit"
        else " LEFT JOIN positions p ON p.id = s.position_id"
        if sort == "position"
        else ""
    )
    if sort in REVERSED_SORTS:
        descending = not descending
    direction = "DESC" if descending else "ASC"
    # Rows without a value (a PPPK has no birth date in the NIP) come last either way; columns
    # that always hold one skip that term, so the list's first page comes from an index.
    last = "" if sort in ALWAYS_SET else f"({order}) IS NULL, "
    return prefix.strip(), f"SELECT s.id FROM staff s{joins}{where}", f"{last}{order} {direction}, s.id", params


def staff_ids(store: Reader, flt: StaffFilter, sort: str = "name", descending: bool = False) -> list[int]:
    """Ids of the people a list shows, in order: for an action on all of them (the window
    counts and pages its lists with ``core.paging.staff_list`` instead)."""
    with_, select, order, params = ordered_select(store, flt, sort, descending)
    return [row[0] for row in store.conn.execute(f"{with_} {select} ORDER BY {order}".strip(), params)]


@dataclass(frozen=True)
class StaffRow:
    """What a list shows of one person (derived values computed from the NIP)."""

    id: int
    nip: str
    name: str
    status: str
    golongan: str | None
    unit_id: int | None
    unit: str | None
    position_id: int | None
    position: str | None
    kinerja: int | None
    potensi: int | None
    age: int | None
    service: int | None
    gender: str | None
    # The parts of the name and the notes, apart (an export writes each in its own column).
    bare_name: str = ""
    front_title: str | None = None
    back_title: str | None = None
    notes: str | None = None


def staff_rows(store: Reader, ids: list[int]) -> list[StaffRow]:
    """Rows for these ids, in the same order (one query, however many)."""
    if not ids:
        return []
    with id_table(store, ids) as chosen:
        found = store.rows(
            "SELECT s.id, s.nip, s.name, s.front_title, s.back_title, s.status, s.golongan, s.unit_id, u.name AS unit,"
            " s.position_id, p.title AS position, s.kinerja, s.potensi, s.notes"
            f" FROM {chosen} c CROSS JOIN staff s ON s.id = c.id LEFT JOIN units u ON u.id = s.unit_id"
            " LEFT JOIN positions p ON p.id = s.position_id ORDER BY c.pos"
        )
    rows = []
    for row in found:
        age, service, gender = nips.derived(row["nip"], row["status"])
        rows.append(
            StaffRow(
                row["id"],
                row["nip"],
                full_name(row["name"], row["front_title"], row["back_title"]),
                row["status"],
                row["golongan"],
                row["unit_id"],
                row["unit"],
                row["position_id"],
                row["position"],
                row["kinerja"],
                row["potensi"],
                age,
                service,
                gender,
                row["name"],
                row["front_title"],
                row["back_title"],
                row["notes"],
            )
        )
    return rows


def count_in_units(store: Reader, edition_ids: list[int], root_id: int | None = None) -> int:
    """How many people are placed in the units of the editions (or of one unit and below)."""
    if root_id is not None:
        return store.scalar(subtree_ids_sql() + " SELECT count(*) FROM staff s JOIN sub ON sub.id = s.unit_id", (root_id,))
    marks = ",".join("?" * len(edition_ids)) or "NULL"
    return store.scalar(
        f"SELECT count(*) FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.edition_id IN ({marks})", edition_ids
    )
