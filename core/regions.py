"""Regions and the editions of their structure (in force, drafts, archived)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from core.audit import now_iso
from core.errors import NotFoundError, RefusedError, ValidationError
from core.i18n import N_
from core.reference import load_reference
from core.store import Reader, Tx, writes
from core.validation import choice, clean_text, code_text, iso_date, require_text

REGION_KINDS = ("provinsi", "kabupaten", "kota")
EDITION_STATUSES = ("in_force", "draft", "archived")
REGION_FIELDS = ("name", "kind", "code")
EDITION_FIELDS = ("name", "status", "legal_basis", "legal_number", "legal_date")


HEAD_OF_REGION = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}


@dataclass(frozen=True)
class Region:
    id: int
    name: str
    kind: str
    code: str | None

    @property
    def head(self) -> str:
        """The title of the region's head: 'Gubernur', 'Bupati', 'Wali Kota'."""
        return HEAD_OF_REGION.get(self.kind, "Kepala Daerah")

    @property
    def place(self) -> str:
        """The name without 'Provinsi'/'Kabupaten'/'Kota', as in 'Gubernur Kalimantan Barat'."""
        return self.name.removeprefix("Provinsi ").removeprefix("Kabupaten ").removeprefix("Kota ")


@dataclass(frozen=True)
class Edition:
    id: int
    region_id: int
    name: str
    status: str
    legal_basis: str | None
    legal_number: str | None
    legal_date: str | None
    copied_from_id: int | None


def list_regions(store: Reader) -> list[Region]:
    return [Region(**r) for r in store.rows("SELECT id, name, kind, code FROM regions ORDER BY name, id")]


def get_region(store: Reader, region_id: int) -> Region:
    row = store.one("SELECT id, name, kind, code FROM regions WHERE id = ?", (region_id,))
    if row is None:
        raise NotFoundError(N_("Wilayah dengan id {id} tidak ada."), id=region_id)
    return Region(**row)


_EDITION_COLUMNS = "id, region_id, name, status, legal_basis, legal_number, legal_date, copied_from_id"


def list_editions(store: Reader, region_id: int | None = None) -> list[Edition]:
    """Editions of one region (or all), the one in force first, then drafts, then archived."""
    order = "ORDER BY CASE status WHEN 'in_force' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, id"
    if region_id is None:
        rows = store.rows(f"SELECT {_EDITION_COLUMNS} FROM editions {order}")
    else:
        rows = store.rows(f"SELECT {_EDITION_COLUMNS} FROM editions WHERE region_id = ? {order}", (region_id,))
    return [Edition(**r) for r in rows]


def edition_in_force(store: Reader, region_id: int) -> Edition | None:
    """The structure in force in a region (there is at most one), or None while there is none."""
    row = store.one(f"SELECT {_EDITION_COLUMNS} FROM editions WHERE region_id = ? AND status = 'in_force'", (region_id,))
    return Edition(**row) if row is not None else None


def get_edition(store: Reader, edition_id: int) -> Edition:
    row = store.one(f"SELECT {_EDITION_COLUMNS} FROM editions WHERE id = ?", (edition_id,))
    if row is None:
        raise NotFoundError(N_("Edisi dengan id {id} tidak ada."), id=edition_id)
    return Edition(**row)


def unit_counts(store: Reader) -> dict[int, tuple[int, int]]:
    """Per edition: (units in all, perangkat daerah at the top), in one query."""
    rows = store.conn.execute("SELECT edition_id, count(*), sum(parent_id IS NULL) FROM units GROUP BY edition_id").fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def _region_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "name" in fields:
        values["name"] = require_text(fields["name"], "name", max_length=200)
    if "kind" in fields:
        values["kind"] = choice(fields["kind"], "kind", REGION_KINDS, required=True)
    if "code" in fields:
        values["code"] = code_text(fields["code"], "code", max_length=40)
    return values


def _edition_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "name" in fields:
        values["name"] = require_text(fields["name"], "name", max_length=300)
    if "status" in fields:
        values["status"] = choice(fields["status"], "status", EDITION_STATUSES, required=True)
    for key in ("legal_basis", "legal_number"):
        if key in fields:
            values[key] = clean_text(fields[key], key, max_length=1000)
    if "legal_date" in fields:
        values["legal_date"] = iso_date(fields["legal_date"], "legal_date")
    return values


@writes
def create_region(tx: Tx, name: str, kind: str, code: str | None = None, *, edition_name: str | None = None) -> Region:
    """Add a region; with ``edition_name``, also its first edition (in force), in the same transaction."""
    values = _region_values({"name": name, "kind": kind, "code": code})
    edition = _edition_values({"name": edition_name, "status": "in_force"}) if edition_name is not None else None
    at = now_iso()
    region_id = tx.execute(
        "INSERT INTO regions (name, kind, code, created_at) VALUES (:name, :kind, :code, :at)", {**values, "at": at}
    ).lastrowid
    tx.audit("create", "region", region_id, None, values)
    if edition is not None:
        edition_id = tx.execute(
            "INSERT INTO editions (region_id, name, status, created_at) VALUES (?, ?, ?, ?)",
            (region_id, edition["name"], edition["status"], at),
        ).lastrowid
        tx.audit("create", "edition", edition_id, None, edition)
    return get_region(tx, int(region_id))  # type: ignore[arg-type]


@writes
def update_region(tx: Tx, region_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of a region; returns the old values of the fields that changed (for undo)."""
    values = _region_values({k: v for k, v in fields.items() if k in REGION_FIELDS})
    before = asdict(get_region(tx, region_id))
    values = {k: v for k, v in values.items() if before[k] != v}
    old = {k: before[k] for k in values}
    if not values:
        return old
    sets = ", ".join(f"{k} = :{k}" for k in values)
    tx.execute(f"UPDATE regions SET {sets} WHERE id = :id", {**values, "id": region_id})
    tx.audit("update", "region", region_id, old, values)
    return old


@writes
def create_edition(tx: Tx, region_id: int, name: str, status: str = "draft", **fields: Any) -> Edition:
    get_region(tx, region_id)
    values = _edition_values({"name": name, "status": status, **fields})
    if values["status"] == "in_force":
        _refuse_second_in_force(tx, region_id, None)
    cols = ", ".join(values)
    params = ", ".join(f":{k}" for k in values)
    edition_id = tx.execute(
        f"INSERT INTO editions (region_id, {cols}, created_at) VALUES (:region_id, {params}, :at)",
        {**values, "region_id": region_id, "at": now_iso()},
    ).lastrowid
    tx.audit("create", "edition", edition_id, None, values)
    return get_edition(tx, int(edition_id))  # type: ignore[arg-type]


@writes
def update_edition(tx: Tx, edition_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of an edition; returns the old values of the fields that changed (for undo)."""
    edition = get_edition(tx, edition_id)
    values = _edition_values({k: v for k, v in fields.items() if k in EDITION_FIELDS})
    if values.get("status") == "in_force" and edition.status != "in_force":
        _refuse_second_in_force(tx, edition.region_id, edition_id)
    before = asdict(edition)
    values = {k: v for k, v in values.items() if before[k] != v}
    old = {k: before[k] for k in values}
    if not values:
        return old
    sets = ", ".join(f"{k} = :{k}" for k in values)
    tx.execute(f"UPDATE editions SET {sets} WHERE id = :id", {**values, "id": edition_id})
    tx.audit("update", "edition", edition_id, old, values)
    return old


def _refuse_second_in_force(store: Reader, region_id: int, except_id: int | None) -> None:
    other = store.one(
        "SELECT name FROM editions WHERE region_id = ? AND status = 'in_force' AND id IS NOT ?", (region_id, except_id)
    )
    if other:
        raise RefusedError(
            N_("Wilayah ini sudah punya edisi yang berlaku ('{name}'). Arsipkan edisi itu dulu."), name=other["name"]
        )


@writes
def copy_edition(tx: Tx, edition_id: int, name: str, status: str = "draft") -> Edition:
    """Copy an edition's whole tree (units, functions, urusan, programs, positions and their
    standards) as a new edition: the start of every restructuring draft.

    Set-based: a handful of INSERT … SELECT statements whatever the size of the tree.
    Each copied unit remembers its origin in ``copied_from_id``; staff and assets stay
    with the units they belong to.
    """
    source = get_edition(tx, edition_id)
    values = _edition_values({"name": name, "status": status})
    if values["status"] == "in_force":
        _refuse_second_in_force(tx, source.region_id, None)
    new_id = tx.execute(
        "INSERT INTO editions (region_id, name, status, legal_basis, legal_number, legal_date, copied_from_id, created_at)"
        " SELECT region_id, :name, :status, legal_basis, legal_number, legal_date, id, :at FROM editions WHERE id = :src",
        {**values, "src": edition_id, "at": now_iso()},
    ).lastrowid
    tx.execute(
        "INSERT INTO units (edition_id, parent_id, sort_order, kind, name, short_name, typology, head_title, eselon, code, notes, copied_from_id)"
        " SELECT :new, NULL, sort_order, kind, name, short_name, typology, head_title, eselon, code, notes, id"
        " FROM units WHERE edition_id = :src ORDER BY id",
        {"new": new_id, "src": edition_id},
    )
    # Map every parent to its copy; a temporary table keeps this one join, not a query per unit.
    tx.execute("CREATE TEMP TABLE IF NOT EXISTS copy_map (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)")
    tx.execute("DELETE FROM temp.copy_map")
    tx.execute("INSERT INTO temp.copy_map SELECT copied_from_id, id FROM units WHERE edition_id = ?", (new_id,))
    tx.execute(
        "UPDATE units SET parent_id = m.new_id FROM temp.copy_map m, units AS old"
        " WHERE units.edition_id = :new AND old.id = units.copied_from_id AND m.old_id = old.parent_id",
        {"new": new_id},
    )
    tx.execute(
        "INSERT INTO unit_functions (unit_id, sort_order, text, urusan_code)"
        " SELECT m.new_id, f.sort_order, f.text, f.urusan_code FROM unit_functions f JOIN temp.copy_map m ON m.old_id = f.unit_id"
    )
    tx.execute(
        "INSERT INTO unit_urusan (unit_id, urusan_code, sort_order)"
        " SELECT m.new_id, u.urusan_code, u.sort_order FROM unit_urusan u JOIN temp.copy_map m ON m.old_id = u.unit_id"
    )
    tx.execute(
        "INSERT INTO unit_programs (unit_id, program_code)"
        " SELECT m.new_id, p.program_code FROM unit_programs p JOIN temp.copy_map m ON m.old_id = p.unit_id"
    )
    tx.execute("CREATE TEMP TABLE IF NOT EXISTS position_map (old_id INTEGER PRIMARY KEY, new_id INTEGER)")
    tx.execute("DELETE FROM temp.position_map")
    first_position = tx.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'positions'), 0),"
        " coalesce((SELECT max(id) FROM positions), 0)) + 1"
    ).fetchone()[0]
    # New position ids are assigned in the order of the old ones, so the map is a rank join.
    tx.execute(
        "INSERT INTO temp.position_map (old_id, new_id)"
        " SELECT p.id, :first + row_number() OVER (ORDER BY p.id) - 1 FROM positions p JOIN temp.copy_map m ON m.old_id = p.unit_id",
        {"first": first_position},
    )
    tx.execute(
        "INSERT INTO positions (id, unit_id, sort_order, title, category, level, eselon, grade, needed, notes)"
        " SELECT pm.new_id, m.new_id, p.sort_order, p.title, p.category, p.level, p.eselon, p.grade, p.needed, p.notes"
        " FROM positions p JOIN temp.copy_map m ON m.old_id = p.unit_id JOIN temp.position_map pm ON pm.old_id = p.id"
    )
    tx.execute(
        "INSERT INTO position_competencies (position_id, competency_code, required_level)"
        " SELECT pm.new_id, c.competency_code, c.required_level FROM position_competencies c"
        " JOIN temp.position_map pm ON pm.old_id = c.position_id"
    )
    units = tx.execute("SELECT count(*) FROM units WHERE edition_id = ?", (new_id,)).fetchone()[0]
    tx.execute("DELETE FROM temp.copy_map")
    tx.execute("DELETE FROM temp.position_map")
    tx.audit("copy", "edition", new_id, {"edition_id": edition_id}, {**values, "units": units})
    return get_edition(tx, int(new_id))  # type: ignore[arg-type]


def edition_blockers(store: Reader, edition_id: int) -> dict[str, int]:
    """Staff and assets that still belong to units of an edition (which then cannot go)."""
    row = store.one(
        "SELECT (SELECT count(*) FROM staff WHERE unit_id IN (SELECT id FROM units WHERE edition_id = :e)"
        "   OR position_id IN (SELECT p.id FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = :e)) AS staff,"
        " (SELECT count(*) FROM assets WHERE unit_id IN (SELECT id FROM units WHERE edition_id = :e)) AS assets",
        {"e": edition_id},
    )
    assert row is not None
    return {"staff": int(row["staff"]), "assets": int(row["assets"])}


@writes
def delete_edition(tx: Tx, edition_id: int) -> int:
    """Delete an edition and its tree; refused while staff or assets belong to it.
    Returns how many units went with it."""
    edition = get_edition(tx, edition_id)
    blockers = edition_blockers(tx, edition_id)
    if blockers["staff"] or blockers["assets"]:
        raise RefusedError(
            N_(
                "Edisi '{name}' tidak dapat dihapus: masih ada {staff} pegawai dan {assets} aset pada unit-unitnya. Pindahkan dulu."
            ),
            name=edition.name,
            **blockers,
        )
    count = int(tx.scalar("SELECT count(*) FROM units WHERE edition_id = ?", (edition_id,)))
    tx.execute("DELETE FROM editions WHERE id = ?", (edition_id,))
    tx.audit("delete", "edition", edition_id, {"name": edition.name, "units": count}, None)
    return count


@writes
def delete_region(tx: Tx, region_id: int) -> None:
    """Delete a region with no staff and no assets (e.g. to undo its creation)."""
    region = get_region(tx, region_id)
    staff = tx.scalar("SELECT count(*) FROM staff WHERE region_id = ?", (region_id,))
    assets = tx.scalar(
        "SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id JOIN editions e ON e.id = u.edition_id WHERE e.region_id = ?",
        (region_id,),
    )
    if staff or assets:
        raise RefusedError(
            N_("Wilayah '{name}' tidak dapat dihapus: masih ada {staff} pegawai dan {assets} aset."),
            name=region.name,
            staff=staff,
            assets=assets,
        )
    tx.execute("DELETE FROM regions WHERE id = ?", (region_id,))
    tx.audit("delete", "region", region_id, asdict(region), None)


def relevant_urusan(store: Reader, region_id: int) -> list[str]:
    """The pilihan urusan a region marked as relevant to it (the coverage check asks for them)."""
    return [
        r["urusan_code"]
        for r in store.rows(
            "SELECT urusan_code FROM region_relevant_urusan WHERE region_id = ? ORDER BY urusan_code", (region_id,)
        )
    ]


@writes
def set_relevant_urusan(tx: Tx, region_id: int, codes: list[str]) -> list[str]:
    """Mark which pilihan urusan matter to a region; returns the old list (for undo)."""
    get_region(tx, region_id)
    known = load_reference().urusan
    cleaned: list[str] = []
    for raw in codes:
        code = str(code_text(raw, "urusan", required=True))
        if code not in known or known[code].group != "pilihan":
            raise ValidationError("urusan", N_("'{code}' bukan kode urusan pilihan."), code=code)
        if code not in cleaned:
            cleaned.append(code)
    cleaned.sort()
    old = relevant_urusan(tx, region_id)
    if old == cleaned:
        return old
    tx.execute("DELETE FROM region_relevant_urusan WHERE region_id = ?", (region_id,))
    tx.executemany("INSERT INTO region_relevant_urusan (region_id, urusan_code) VALUES (?, ?)", [(region_id, c) for c in cleaned])
    tx.audit("set_relevant_urusan", "region", region_id, old, cleaned)
    return old


def default_editions(store: Reader) -> list[int]:
    """The edition in force of each region (its first edition when none is in force)."""
    rows = store.rows(
        "SELECT region_id, id, status FROM editions ORDER BY region_id, CASE status WHEN 'in_force' THEN 0 ELSE 1 END, id"
    )
    chosen: dict[int, int] = {}
    for row in rows:
        chosen.setdefault(row["region_id"], row["id"])
    return list(chosen.values())
