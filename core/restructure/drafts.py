"""Restructuring drafts: a copy of the edition in force that walks draft → in review →
approved → applied (or archived), each step recorded with who and when.

A draft is named by the id of its edition (the copy), the same id the command line, the
comparison and the window use; its ``restructurings`` row holds the life cycle, the
planned legal basis and the effective date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.audit import now_iso, os_user
from core.errors import NotFoundError, RefusedError
from core.i18n import N_
from core.regions import copy_edition, edition_in_force, get_region
from core.store import Reader, Tx, writes
from core.validation import clean_text, iso_date, require_text

STATUSES = ("draft", "in_review", "approved", "applied", "archived")
# Where a user may send a draft by hand; 'applied' is reached only through apply.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("in_review", "archived"),
    "in_review": ("draft", "approved", "archived"),
    "approved": ("draft", "in_review", "archived"),
    "applied": (),
    "archived": (),
}
STATUS_NAMES = {
    "draft": N_("draf"),
    "in_review": N_("dalam telaah"),
    "approved": N_("disetujui"),
    "applied": N_("diterapkan"),
    "archived": N_("diarsipkan"),
}
NO_DRAFT = N_("Edisi {id} bukan draf penataan (tidak ada rancangan penataan untuknya).")
NO_EDITION_IN_FORCE = N_("Wilayah '{region}' belum punya edisi yang berlaku: draf penataan disalin dari edisi yang berlaku.")
BAD_STEP = N_("Draf '{name}' berstatus {status}: tidak dapat diubah menjadi {target}. Yang boleh: {allowed}.")


@dataclass(frozen=True)
class Draft:
    restructuring_id: int
    edition_id: int  # the draft's own edition: the id users name a draft by
    from_edition_id: int
    region_id: int
    name: str
    status: str
    planned_legal_basis: str | None
    effective_date: str | None
    created_by: str | None
    created_at: str


@dataclass(frozen=True)
class Step:
    status: str
    os_user: str
    at: str
    note: str | None


_COLUMNS = (
    "r.id AS restructuring_id, r.to_edition_id AS edition_id, r.from_edition_id, e.region_id, r.name, r.status,"
    " r.planned_legal_basis, r.effective_date, r.created_by, r.created_at"
    " FROM restructurings r JOIN editions e ON e.id = r.to_edition_id"
)


def get_draft(reader: Reader, edition_id: int) -> Draft:
    """The draft whose edition is ``edition_id``."""
    row = reader.one(f"SELECT {_COLUMNS} WHERE r.to_edition_id = ?", (edition_id,))
    if row is None:
        raise NotFoundError(NO_DRAFT, id=edition_id)
    return Draft(**row)


def list_drafts(reader: Reader, region_id: int | None = None) -> list[Draft]:
    """Every draft (of one region), oldest first."""
    if region_id is None:
        rows = reader.rows(f"SELECT {_COLUMNS} ORDER BY r.id")
    else:
        rows = reader.rows(f"SELECT {_COLUMNS} WHERE e.region_id = ? ORDER BY r.id", (region_id,))
    return [Draft(**row) for row in rows]


def steps_of(reader: Reader, edition_id: int) -> list[Step]:
    """The draft's life cycle so far, first step first."""
    draft = get_draft(reader, edition_id)
    return [
        Step(**row)
        for row in reader.rows(
            "SELECT status, os_user, at, note FROM restructuring_steps WHERE restructuring_id = ? ORDER BY id",
            (draft.restructuring_id,),
        )
    ]


def _record_step(tx: Tx, restructuring_id: int, status: str, note: str | None = None) -> None:
    tx.execute(
        "INSERT INTO restructuring_steps (restructuring_id, status, os_user, at, note) VALUES (?, ?, ?, ?, ?)",
        (restructuring_id, status, os_user(), now_iso(), note),
    )


@writes
def start_draft(tx: Tx, region_id: int, name: str, *, legal_basis: str | None = None, effective_date: str | None = None) -> Draft:
    """Copy the region's edition in force (units, functions, urusan, programs, positions and
    their standards) as a new draft that can be edited without touching the original."""
    region = get_region(tx, region_id)
    source = edition_in_force(tx, region_id)
    if source is None:
        raise RefusedError(NO_EDITION_IN_FORCE, region=region.name)
    values: dict[str, Any] = {
        "name": require_text(name, "name", max_length=300),
        "planned_legal_basis": clean_text(legal_basis, "legal_basis", max_length=1000),
        "effective_date": iso_date(effective_date, "effective_date"),
    }
    edition = copy_edition(tx, source.id, values["name"], "draft")
    if values["planned_legal_basis"] is not None:
        tx.execute(
            "UPDATE editions SET legal_basis = ?, legal_number = NULL, legal_date = NULL WHERE id = ?",
            (values["planned_legal_basis"], edition.id),
        )
    restructuring_id = int(
        tx.execute(
            "INSERT INTO restructurings (name, from_edition_id, to_edition_id, status, planned_legal_basis, effective_date,"
            " created_by, created_at) VALUES (:name, :src, :dst, 'draft', :planned_legal_basis, :effective_date, :by, :at)",
            {**values, "src": source.id, "dst": edition.id, "by": os_user(), "at": now_iso()},
        ).lastrowid
        or 0
    )
    _record_step(tx, restructuring_id, "draft")
    tx.audit(
        "create", "restructuring", restructuring_id, None, {**values, "from_edition_id": source.id, "edition_id": edition.id}
    )
    return get_draft(tx, edition.id)


@writes
def set_status(tx: Tx, edition_id: int, status: str, *, note: str | None = None) -> Draft:
    """Move a draft one step along its life cycle (archiving also archives its edition)."""
    draft = get_draft(tx, edition_id)
    allowed = TRANSITIONS.get(draft.status, ())
    if status not in allowed:
        raise RefusedError(
            BAD_STEP,
            name=draft.name,
            status=draft.status,
            target=status,
            allowed=", ".join(allowed) or "-",
        )
    note = clean_text(note, "note", max_length=2000)
    tx.execute("UPDATE restructurings SET status = ? WHERE id = ?", (status, draft.restructuring_id))
    if status == "archived":
        tx.execute("UPDATE editions SET status = 'archived' WHERE id = ?", (edition_id,))
    _record_step(tx, draft.restructuring_id, status, note)
    tx.audit("status", "restructuring", draft.restructuring_id, {"status": draft.status}, {"status": status, "note": note})
    return get_draft(tx, edition_id)


def mark_applied(tx: Tx, draft: Draft) -> None:
    """The last step, taken by apply inside its own transaction."""
    tx.execute("UPDATE restructurings SET status = 'applied' WHERE id = ?", (draft.restructuring_id,))
    _record_step(tx, draft.restructuring_id, "applied")


@writes
def update_draft(tx: Tx, edition_id: int, **fields: Any) -> dict[str, Any]:
    """Change a draft's name, planned legal basis or effective date; returns the old values."""
    draft = get_draft(tx, edition_id)
    values: dict[str, Any] = {}
    if "name" in fields:
        values["name"] = require_text(fields["name"], "name", max_length=300)
    if "planned_legal_basis" in fields:
        values["planned_legal_basis"] = clean_text(fields["planned_legal_basis"], "legal_basis", max_length=1000)
    if "effective_date" in fields:
        values["effective_date"] = iso_date(fields["effective_date"], "effective_date")
    old = {k: getattr(draft, k) for k in values if getattr(draft, k) != values[k]}
    values = {k: values[k] for k in old}
    if not values:
        return old
    sets = ", ".join(f"{k} = :{k}" for k in values)
    tx.execute(f"UPDATE restructurings SET {sets} WHERE id = :id", {**values, "id": draft.restructuring_id})
    if "name" in values:
        tx.execute("UPDATE editions SET name = ? WHERE id = ?", (values["name"], edition_id))
    tx.audit("update", "restructuring", draft.restructuring_id, old, values)
    return old
