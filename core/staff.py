"""Staff (PNS and PPPK) of a region: who holds which position in which unit, their rank,
assessments and the performance and potential ratings of the nine-box."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from core import nip as nips
from core.errors import NotFoundError, RefusedError, ValidationError
from core.i18n import N_
from core.positions import check_level, get_position, known_competencies
from core.reference import load_reference
from core.store import Store, Tx, like_pattern
from core.units import get_unit, subtree_ids_sql
from core.validation import choice, clean_text, iso_date, require_text

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


def get_staff(store: Store, staff_id: int) -> Staff:
    row = store.one(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,))
    if row is None:
        raise NotFoundError(N_("Pegawai dengan id {id} tidak ada."), id=staff_id)
    return Staff(**row)


def _rating(value: Any, field_name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(field_name, N_("{label}: '{value}' harus 1, 2 atau 3."), label=field_name, value=value) from exc
    if number not in (1, 2, 3):
        raise ValidationError(field_name, N_("{label}: '{value}' harus 1, 2 atau 3."), label=field_name, value=value)
    return number


def _region_of_unit(store: Store, unit_id: int) -> int:
    return int(store.scalar("SELECT e.region_id FROM units u JOIN editions e ON e.id = u.edition_id WHERE u.id = ?", (unit_id,)))


def _values(store: Store, region_id: int, fields: dict[str, Any], current: Staff | None) -> dict[str, Any]:
    """Validate fields of a person; position and unit are checked against the region."""
    values: dict[str, Any] = {}
    status = fields.get("status", current.status if current else None)
    status = choice(status, "status", STATUSES, required=True)
    if "status" in fields:
        values["status"] = status
    if "nip" in fields or ("status" in fields and current is not None):
        values["nip"] = nips.validate(fields.get("nip", current.nip if current else None), str(status))
    for key in ("name", "front_title", "back_title", "notes"):
        if key in fields:
            values[key] = (
                require_text(fields[key], "name", max_length=200)
                if key == "name"
                else clean_text(fields[key], "name", max_length=200)
            )
    if "golongan" in fields or "status" in fields:
        golongan = clean_text(fields.get("golongan", current.golongan if current else None), "golongan")
        if golongan is not None:
            allowed = tuple(load_reference().ranks) if status == "PNS" else PPPK_GOLONGAN
            if golongan not in allowed:
                raise ValidationError(
                    "golongan",
                    N_("Golongan '{value}' tidak dikenal untuk {status} (contoh: {example})."),
                    value=golongan,
                    status=status,
                    example="III/a" if status == "PNS" else "IX",
                )
        values["golongan"] = golongan
    for key in ("kinerja", "potensi"):
        if key in fields:
            values[key] = _rating(fields[key], key)
    if "position_id" in fields or "unit_id" in fields:
        values.update(_placement(store, region_id, fields))
    return values


def _placement(store: Store, region_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """unit_id and position_id checked against the region; a position sets the unit too."""
    values: dict[str, Any] = {}
    if fields.get("position_id") is not None:
        position = get_position(store, int(fields["position_id"]))
        if _region_of_unit(store, position.unit_id) != region_id:
            raise ValidationError("position", N_("Jabatan '{title}' milik wilayah lain."), title=position.title)
        return {"position_id": position.id, "unit_id": position.unit_id}  # a person sits in the unit of their position
    if "position_id" in fields:
        values["position_id"] = None
    if "unit_id" in fields:
        unit_id = fields["unit_id"]
        if unit_id is not None:
            unit = get_unit(store, int(unit_id))
            if _region_of_unit(store, unit.id) != region_id:
                raise ValidationError("unit", N_("Unit '{name}' milik wilayah lain."), name=unit.name)
        values["unit_id"] = unit_id
    return values


def _check_unique(store: Store, region_id: int, nip: str, except_id: int | None) -> None:
    other = store.one("SELECT id, name FROM staff WHERE region_id = ? AND nip = ? AND id IS NOT ?", (region_id, nip, except_id))
    if other:
        raise ValidationError("nip", N_("NIP {nip} sudah dipakai oleh {name}."), nip=nips.format_nip(nip), name=other["name"])


def create_staff(store: Store, region_id: int, nip: str, name: str, status: str = "PNS", **fields: Any) -> Staff:
    values = _values(store, region_id, {"nip": nip, "name": name, "status": status, **fields}, None)
    _check_unique(store, region_id, values["nip"], None)
    with store.write() as tx:
        cols = ", ".join(values)
        staff_id = tx.execute(
            f"INSERT INTO staff (region_id, {cols}) VALUES (:region_id, {', '.join(':' + k for k in values)})",
            {**values, "region_id": region_id},
        ).lastrowid
        tx.audit("create", "staff", staff_id, None, values)
    return get_staff(store, int(staff_id))  # type: ignore[arg-type]


def update_staff(store: Store, staff_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of a person; returns the old values of what changed (for undo)."""
    current = get_staff(store, staff_id)
    values = _values(store, current.region_id, {k: v for k, v in fields.items() if k in STAFF_FIELDS}, current)
    before = asdict(current)
    values = {k: v for k, v in values.items() if before[k] != v}
    if not values:
        return {}
    if "nip" in values:
        _check_unique(store, current.region_id, values["nip"], staff_id)
    old = {k: before[k] for k in values}
    with store.write() as tx:
        tx.execute(f"UPDATE staff SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id", {**values, "id": staff_id})
        tx.audit("update", "staff", staff_id, old, values)
    return old


def move_staff(
    store: Store, staff_ids: list[int], unit_id: int | None, position_id: int | None
) -> list[tuple[int, int | None, int | None]]:
    """Place people in another position (and its unit) or unit, in one transaction.

    Returns each person's old (id, unit, position) so undo can put them back."""
    if not staff_ids:
        return []
    people = [get_staff(store, i) for i in staff_ids]
    region_id = people[0].region_id
    if any(p.region_id != region_id for p in people):
        raise RefusedError(N_("Pegawai dari wilayah yang berbeda tidak dapat dipindah bersama."))
    target = _placement(
        store, region_id, {"position_id": position_id} if position_id is not None else {"unit_id": unit_id, "position_id": None}
    )
    old = [(p.id, p.unit_id, p.position_id) for p in people]
    with store.write() as tx:
        tx.conn.executemany(
            "UPDATE staff SET unit_id = ?, position_id = ? WHERE id = ?",
            [(target.get("unit_id"), target.get("position_id"), i) for i in staff_ids],
        )
        tx.audit(
            "move",
            "staff",
            None,
            [list(o) for o in old],
            {"unit_id": target.get("unit_id"), "position_id": target.get("position_id")},
        )
    return old


def restore_placements(store: Store, placements: list[tuple[int, int | None, int | None]]) -> None:
    with store.write() as tx:
        tx.conn.executemany("UPDATE staff SET unit_id = ?, position_id = ? WHERE id = ?", [(u, p, i) for i, u, p in placements])
        tx.audit("move", "staff", None, None, [list(p) for p in placements])


def delete_staff(store: Store, staff_ids: list[int]) -> dict[str, Any]:
    """Remove people with their assessments, all in one transaction; returns what
    :func:`restore_staff` needs to undo it."""
    wanted = list(dict.fromkeys(staff_ids))
    people = [asdict(get_staff(store, staff_id)) for staff_id in wanted]
    marks = ",".join("?" * len(wanted))
    saved = {
        "staff": people,
        "assessments": store.rows(f"SELECT * FROM assessments WHERE staff_id IN ({marks}) ORDER BY id", wanted),
    }
    with store.write() as tx:
        tx.execute(f"DELETE FROM staff WHERE id IN ({marks})", wanted)
        tx.audit(
            "delete",
            "staff",
            wanted[0] if len(wanted) == 1 else None,
            people[0] if len(wanted) == 1 else {"count": len(wanted)},
            None,
        )
    return saved


def restore_staff(store: Store, saved: dict[str, Any]) -> None:
    with store.write() as tx:
        tx.insert_rows("staff", saved["staff"])
        tx.insert_rows("assessments", saved["assessments"])
        tx.audit("restore", "staff", None, None, {"count": len(saved["staff"])})


# -- assessments -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    id: int | None
    competency_code: str
    level: int
    assessed_on: str | None = None
    source: str | None = None


def assessments_of(store: Store, staff_id: int) -> list[Assessment]:
    return [
        Assessment(**row)
        for row in store.rows(
            "SELECT id, competency_code, level, assessed_on, source FROM assessments WHERE staff_id = ? ORDER BY assessed_on DESC, id DESC",
            (staff_id,),
        )
    ]


def _clean_assessments(store: Store, items: list[Assessment]) -> list[Assessment]:
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


def set_assessments(store: Store, staff_id: int, items: list[Assessment]) -> list[Assessment]:
    """Replace a person's assessments (competency, level 1–5, date, source); returns the old list."""
    get_staff(store, staff_id)
    cleaned = _clean_assessments(store, items)
    old = assessments_of(store, staff_id)
    with store.write() as tx:
        _replace_assessments(tx, staff_id, old, cleaned)
    return old


@dataclass
class SavedPerson:
    """What :func:`save_person` did, so undo can reverse it."""

    staff_id: int
    created: bool
    old_fields: dict[str, Any]
    old_assessments: list[Assessment]
    changed: bool = True  # False: the person was saved as they were (nothing to undo)


def save_person(
    store: Store, region_id: int, staff_id: int | None, fields: dict[str, Any], assessments: list[Assessment]
) -> SavedPerson:
    """Create a person or change one, with their assessments, in one transaction: every
    value is checked first, so a refusal leaves nothing half-written."""
    current = get_staff(store, staff_id) if staff_id is not None else None
    given = {k: v for k, v in fields.items() if k in STAFF_FIELDS}
    values = _values(store, region_id, given, current)
    if current is not None:
        before = asdict(current)
        values = {k: v for k, v in values.items() if before[k] != v}
    if "nip" in values:
        _check_unique(store, region_id, values["nip"], staff_id)
    cleaned = _clean_assessments(store, assessments)
    if current is not None and not values and _same_assessments(assessments_of(store, current.id), cleaned):
        return SavedPerson(current.id, False, {}, [], changed=False)
    with store.write() as tx:
        if current is None:
            new_id = tx.execute(
                f"INSERT INTO staff (region_id, {', '.join(values)}) VALUES (:region_id, {', '.join(':' + k for k in values)})",
                {**values, "region_id": region_id},
            ).lastrowid
            assert new_id is not None
            tx.audit("create", "staff", new_id, None, values)
            _replace_assessments(tx, int(new_id), [], cleaned)
            return SavedPerson(int(new_id), True, {}, [])
        old_fields = {k: asdict(current)[k] for k in values}
        if values:
            tx.execute(
                f"UPDATE staff SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id", {**values, "id": current.id}
            )
            tx.audit("update", "staff", current.id, old_fields, values)
        old_assessments = assessments_of(store, current.id)
        _replace_assessments(tx, current.id, old_assessments, cleaned)
        return SavedPerson(current.id, False, old_fields, old_assessments)


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


def _where(store: Store, flt: StaffFilter) -> tuple[str, list[Any], str]:
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
    store: Store, flt: StaffFilter, sort: str = "name", descending: bool = False
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
    # Rows without a value (a PPPK has no birth date in the NIP) come last either way.
    return prefix.strip(), f"SELECT s.id FROM staff s{joins}{where}", f"({order}) IS NULL, {order} {direction}, s.id", params


def staff_ids(store: Store, flt: StaffFilter, sort: str = "name", descending: bool = False) -> list[int]:
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


def staff_rows(store: Store, ids: list[int]) -> list[StaffRow]:
    """Rows for these ids, in the same order (one query per page a view asks for)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {
        row["id"]: row
        for row in store.rows(
            "SELECT s.id, s.nip, s.name, s.front_title, s.back_title, s.status, s.golongan, s.unit_id, u.name AS unit,"
            " s.position_id, p.title AS position, s.kinerja, s.potensi"
            f" FROM staff s LEFT JOIN units u ON u.id = s.unit_id LEFT JOIN positions p ON p.id = s.position_id WHERE s.id IN ({marks})",
            ids,
        )
    }
    rows = []
    for staff_id in ids:
        row = found.get(staff_id)
        if row is None:
            continue
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
            )
        )
    return rows


def count_in_units(store: Store, edition_ids: list[int], root_id: int | None = None) -> int:
    """How many people are placed in the units of the editions (or of one unit and below)."""
    if root_id is not None:
        return store.scalar(subtree_ids_sql() + " SELECT count(*) FROM staff s JOIN sub ON sub.id = s.unit_id", (root_id,))
    marks = ",".join("?" * len(edition_ids)) or "NULL"
    return store.scalar(
        f"SELECT count(*) FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.edition_id IN ({marks})", edition_ids
    )
