"""Positions (jabatan) of a unit and their competency standards.

A position has a category (JPT utama/madya/pratama, administrator, pengawas, pelaksana,
fungsional with its level), an eselon where structural, a grade (kelas jabatan 1–17), the
number needed by anjab/ABK (kebutuhan) and, counted from the staff holding it, the
bezetting. Its standard is a required level 1–5 per competency.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import NotFoundError, ValidationError
from core.i18n import N_
from core.reference import ESELON_ORDER, load_reference
from core.store import Reader, Tx, writes
from core.units import get_unit, subtree_ids_sql
from core.validation import choice, clean_text, code_text, require_text, whole_number

CATEGORIES = ("jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana", "fungsional")
LEVELS = ("ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama", "pemula", "terampil", "mahir", "penyelia")
POSITION_FIELDS = ("title", "category", "level", "eselon", "grade", "needed", "notes")


@dataclass(frozen=True)
class Position:
    id: int
    unit_id: int
    sort_order: int
    title: str
    category: str
    level: str | None
    eselon: str | None
    grade: int | None
    needed: int
    notes: str | None
    held: int = 0  # bezetting: staff holding it

    @property
    def difference(self) -> int:
        """Positive: over-filled; negative: vacancies."""
        return self.held - self.needed


def _int(value: Any, field: str, low: int, high: int, *, required: bool = False) -> int | None:
    number = whole_number(value, field)
    if number is None:
        if required:
            raise ValidationError(field, N_("{label} tidak boleh kosong."), label=field)
        return None
    if not low <= number <= high:
        raise ValidationError(
            field, N_("{label}: {value} di luar batas {low}–{high}."), label=field, value=number, low=low, high=high
        )
    return number


def _values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            values[key] = require_text(value, "name", max_length=300)
        elif key == "category":
            values[key] = choice(value, "kind", CATEGORIES, required=True)
        elif key == "level":
            values[key] = choice(value, "kind", LEVELS)
        elif key == "eselon":
            values[key] = choice(value, "eselon", ESELON_ORDER)
        elif key == "grade":
            values[key] = _int(value, "kelas jabatan", 1, 17)
        elif key == "needed":
            values[key] = _int(value, "kebutuhan", 0, 100000, required=True)
        elif key == "notes":
            values[key] = clean_text(value, "notes", max_length=4000)
        else:
            raise ValidationError(key, N_("Kolom '{key}' tidak dikenal."), key=key)
    if values.get("category") == "fungsional" and "level" in fields and not values.get("level"):
        raise ValidationError("level", N_("Jabatan fungsional perlu jenjangnya (misalnya ahli pertama)."))
    return values


_COLUMNS = "p.id, p.unit_id, p.sort_order, p.title, p.category, p.level, p.eselon, p.grade, p.needed, p.notes"


def positions_of(store: Reader, unit_id: int) -> list[Position]:
    """A unit's positions with their bezetting, in one query."""
    rows = store.rows(
        f"SELECT {_COLUMNS}, (SELECT count(*) FROM staff s WHERE s.position_id = p.id) AS held"
        " FROM positions p WHERE p.unit_id = ? ORDER BY p.sort_order, p.id",
        (unit_id,),
    )
    return [Position(**row) for row in rows]


def positions_below(store: Reader, unit_id: int) -> list[Position]:
    """The positions of a unit and all its sub-units with their bezetting, in one query."""
    rows = store.rows(
        subtree_ids_sql() + f" SELECT {_COLUMNS}, (SELECT count(*) FROM staff s WHERE s.position_id = p.id) AS held"
        " FROM positions p JOIN sub ON sub.id = p.unit_id ORDER BY p.unit_id, p.sort_order, p.id",
        (unit_id,),
    )
    return [Position(**row) for row in rows]


def get_position(store: Reader, position_id: int) -> Position:
    row = store.one(
        f"SELECT {_COLUMNS}, (SELECT count(*) FROM staff s WHERE s.position_id = p.id) AS held FROM positions p WHERE p.id = ?",
        (position_id,),
    )
    if row is None:
        raise NotFoundError(N_("Jabatan dengan id {id} tidak ada."), id=position_id)
    return Position(**row)


@writes
def create_position(tx: Tx, unit_id: int, title: str, category: str, **fields: Any) -> Position:
    get_unit(tx, unit_id)
    values = _values({"title": title, "category": category, "needed": fields.pop("needed", 1), **fields})
    _check_title_free(tx, unit_id, values["title"], None)
    order = tx.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM positions WHERE unit_id = ?", (unit_id,)).fetchone()[0]
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    position_id = tx.execute(
        f"INSERT INTO positions (unit_id, sort_order, {cols}) VALUES (:unit_id, :order, {marks})",
        {**values, "unit_id": unit_id, "order": order},
    ).lastrowid
    tx.audit("create", "position", position_id, None, {**values, "unit_id": unit_id})
    return get_position(tx, int(position_id))  # type: ignore[arg-type]


def _check_title_free(store: Reader, unit_id: int, title: str, position_id: int | None) -> None:
    """One row per position title in a unit: two people in the same position are its
    kebutuhan and bezetting, not two rows (which would split its counts)."""
    taken = store.scalar(
        "SELECT count(*) FROM positions WHERE unit_id = ? AND title = ? COLLATE NOCASE AND id IS NOT ?",
        (unit_id, title, position_id),
    )
    if taken:
        raise ValidationError(
            "title", N_("Jabatan '{title}' sudah ada di unit ini: ubah kebutuhannya, bukan menambah baris."), title=title
        )


@writes
def update_position(tx: Tx, position_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields; returns the old values of the fields that changed (for undo)."""
    current = asdict(get_position(tx, position_id))
    values = {k: v for k, v in _values(fields).items() if current[k] != v}
    if not values:
        return {}
    if "title" in values:
        _check_title_free(tx, current["unit_id"], values["title"], position_id)
    old = {k: current[k] for k in values}
    sets = ", ".join(f"{k} = :{k}" for k in values)
    tx.execute(f"UPDATE positions SET {sets} WHERE id = :id", {**values, "id": position_id})
    tx.audit("update", "position", position_id, old, values)
    return old


@writes
def delete_position(tx: Tx, position_id: int) -> Position:
    """Delete a position nobody holds (with its standard); returns it as it was."""
    position = get_position(tx, position_id)
    if position.held:
        from core.errors import RefusedError

        raise RefusedError(
            N_("Jabatan '{title}' tidak dapat dihapus: masih dipegang {count} pegawai. Pindahkan mereka dulu."),
            title=position.title,
            count=position.held,
        )
    tx.execute("DELETE FROM positions WHERE id = ?", (position_id,))
    tx.audit("delete", "position", position_id, asdict(position), None)
    return position


# -- competency standards ------------------------------------------------------------------


def known_competencies(store: Reader) -> dict[str, tuple[str, str]]:
    """Competencies a standard may name: the shipped managerial and socio-cultural ones and
    the office's own technical dictionary. code → (name, kind)."""
    known = {c.code: (c.name, c.kind) for c in load_reference().competencies.values()}
    for row in store.rows("SELECT code, name, kind FROM competencies ORDER BY code"):
        known[row["code"]] = (row["name"], row["kind"])
    return known


def standard_of(store: Reader, position_id: int) -> dict[str, int]:
    return {
        row["competency_code"]: row["required_level"]
        for row in store.rows(
            "SELECT competency_code, required_level FROM position_competencies WHERE position_id = ? ORDER BY competency_code",
            (position_id,),
        )
    }


def standards_below(store: Reader, unit_id: int) -> dict[int, dict[str, int]]:
    """position id → its standard, for every position of a unit and its sub-units: one query."""
    found: dict[int, dict[str, int]] = {}
    for position_id, code, level in store.conn.execute(
        subtree_ids_sql() + " SELECT pc.position_id, pc.competency_code, pc.required_level FROM position_competencies pc"
        " JOIN positions p ON p.id = pc.position_id JOIN sub ON sub.id = p.unit_id ORDER BY pc.position_id, pc.competency_code",
        (unit_id,),
    ):
        found.setdefault(position_id, {})[code] = level
    return found


def check_level(value: Any, code: str) -> int:
    level = _int(value, f"level {code}", 1, 5, required=True)
    assert level is not None
    return level


@writes
def set_standard(tx: Tx, position_id: int, levels: dict[str, Any]) -> dict[str, int]:
    """Replace a position's standard (competency → required level 1–5); returns the old one."""
    get_position(tx, position_id)
    known = known_competencies(tx)
    cleaned: dict[str, int] = {}
    for code, level in levels.items():
        if code not in known:
            raise ValidationError("competency", N_("Kompetensi '{code}' tidak ada dalam kamus kompetensi."), code=code)
        cleaned[code] = check_level(level, code)
    old = standard_of(tx, position_id)
    if old == cleaned:
        return old
    tx.execute("DELETE FROM position_competencies WHERE position_id = ?", (position_id,))
    tx.executemany(
        "INSERT INTO position_competencies (position_id, competency_code, required_level) VALUES (?, ?, ?)",
        [(position_id, code, level) for code, level in sorted(cleaned.items())],
    )
    tx.audit("set_standard", "position", position_id, old, cleaned)
    return old


TECHNICAL_CODE = re.compile(r"^[A-Z]{1,5}[.-]?[0-9]{1,4}(?:\.[0-9]{1,4})*$")


@writes
def define_competency(tx: Tx, code: str, name: str, description: str | None = None) -> str:
    """Add a new technical competency to the office's dictionary; returns its code as stored
    (upper case, no spaces). A code already in use is refused, never renamed: standards and
    assessments refer to it by its code."""
    code = str(code_text(code, "code", required=True)).upper().replace(" ", "")
    name = require_text(name, "name", max_length=300)
    if not TECHNICAL_CODE.match(code):
        raise ValidationError("code", N_("Kode '{code}' tidak berbentuk huruf lalu angka, misalnya T.09 atau TK.1.2."), code=code)
    if code in load_reference().competencies:
        raise ValidationError("code", N_("Kode '{code}' sudah dipakai kompetensi manajerial atau sosial kultural."), code=code)
    existing = tx.scalar("SELECT name FROM competencies WHERE code = ?", (code,))
    if existing is not None:
        raise ValidationError("code", N_("Kode '{code}' sudah dipakai: {name}."), code=code, name=existing)
    tx.execute(
        "INSERT INTO competencies (code, name, kind, description, source) VALUES (?, ?, 'teknis', ?, 'kamus instansi')",
        (code, name, clean_text(description, "notes")),
    )
    tx.audit("define", "competency", None, None, {"code": code, "name": name})
    return code


@writes
def remove_competency(tx: Tx, code: str) -> None:
    """Take a technical competency out of the dictionary (undo of defining it); refused while
    a standard or an assessment still uses it."""
    used = tx.scalar(
        "SELECT (SELECT count(*) FROM position_competencies WHERE competency_code = ?) + (SELECT count(*) FROM assessments WHERE competency_code = ?)",
        (code, code),
    )
    if used:
        from core.errors import RefusedError

        raise RefusedError(N_("Kompetensi '{code}' masih dipakai {count} standar atau asesmen."), code=code, count=used)
    tx.execute("DELETE FROM competencies WHERE code = ?", (code,))
    tx.audit("delete", "competency", None, {"code": code}, None)
