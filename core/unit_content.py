"""What a unit does: its numbered function statements, the urusan it carries and the
programs (U.BB.PP) it runs. Each is replaced as a whole list, keeping row ids where a
statement survives, so undo is "set the old list back"."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import ValidationError
from core.i18n import N_
from core.reference import load_reference
from core.store import Reader, Tx, writes
from core.units import get_unit
from core.validation import code_text, require_text

FUNCTION_MAX = 2000
PROGRAM_PATTERN = re.compile(r"^(\d\.\d\d|X\.XX)\.(\d\d)$")


@dataclass(frozen=True)
class Function:
    """One numbered statement; ``id`` is None for a statement not yet saved."""

    id: int | None
    text: str
    urusan_code: str | None = None


def functions_of(store: Reader, unit_id: int) -> list[Function]:
    return [
        Function(**row)
        for row in store.rows(
            "SELECT id, text, urusan_code FROM unit_functions WHERE unit_id = ? ORDER BY sort_order, id", (unit_id,)
        )
    ]


def _check_urusan(code: str, field: str) -> str:
    if code not in load_reference().urusan:
        raise ValidationError(field, N_("Kode urusan '{code}' tidak ada dalam daftar urusan resmi."), code=code)
    return code


@writes
def set_functions(tx: Tx, unit_id: int, functions: list[Function]) -> list[Function]:
    """Replace a unit's statements (in this order); returns the old list for undo."""
    get_unit(tx, unit_id)
    cleaned: list[Function] = []
    for number, item in enumerate(functions, start=1):
        try:
            text = require_text(item.text, "function", max_length=FUNCTION_MAX)
        except ValidationError as exc:
            raise ValidationError("function", N_("Fungsi nomor {number}: {problem}"), number=number, problem=exc.message) from exc
        code = _check_urusan(item.urusan_code, "urusan") if item.urusan_code else None
        cleaned.append(Function(item.id, text, code))
    old = functions_of(tx, unit_id)
    if [(f.id, f.text, f.urusan_code) for f in old] == [(f.id, f.text, f.urusan_code) for f in cleaned]:
        return old
    keep = {f.id for f in cleaned if f.id is not None}
    tx.execute(f"DELETE FROM unit_functions WHERE unit_id = ? AND id NOT IN ({','.join('?' * len(keep))})", (unit_id, *keep))
    for order, item in enumerate(cleaned):
        tx.execute(
            "INSERT INTO unit_functions (id, unit_id, sort_order, text, urusan_code) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET sort_order = excluded.sort_order, text = excluded.text, urusan_code = excluded.urusan_code",
            (item.id, unit_id, order, item.text, item.urusan_code),
        )
    tx.audit(
        "set_functions",
        "unit",
        unit_id,
        [asdict(f) for f in old],
        [{"text": f.text, "urusan_code": f.urusan_code} for f in cleaned],
    )
    return old


def urusan_of(store: Reader, unit_id: int) -> list[str]:
    return [
        r["urusan_code"]
        for r in store.rows("SELECT urusan_code FROM unit_urusan WHERE unit_id = ? ORDER BY sort_order, urusan_code", (unit_id,))
    ]


@writes
def set_urusan(tx: Tx, unit_id: int, codes: list[str]) -> list[str]:
    """Set the urusan a unit carries (official codes, in this order); returns the old list."""
    get_unit(tx, unit_id)
    cleaned: list[str] = []
    for code in codes:
        code = _check_urusan(str(code_text(code, "urusan", required=True)), "urusan")
        if code not in cleaned:
            cleaned.append(code)
    old = urusan_of(tx, unit_id)
    if old == cleaned:
        return old
    tx.execute("DELETE FROM unit_urusan WHERE unit_id = ?", (unit_id,))
    tx.executemany(
        "INSERT INTO unit_urusan (unit_id, urusan_code, sort_order) VALUES (?, ?, ?)",
        [(unit_id, code, order) for order, code in enumerate(cleaned)],
    )
    tx.audit("set_urusan", "unit", unit_id, old, cleaned)
    return old


def programs_of(store: Reader, unit_id: int) -> list[str]:
    return [
        r["program_code"]
        for r in store.rows("SELECT program_code FROM unit_programs WHERE unit_id = ? ORDER BY program_code", (unit_id,))
    ]


@writes
def set_programs(tx: Tx, unit_id: int, codes: list[str]) -> list[str]:
    """Set the nomenclature programs (U.BB.PP) a unit runs; returns the old list."""
    get_unit(tx, unit_id)
    cleaned: list[str] = []
    for raw in codes:
        code = str(code_text(raw, "program", required=True))
        match = PROGRAM_PATTERN.match(code)
        if not match:
            raise ValidationError("program", N_("Kode program '{code}' tidak berbentuk U.BB.PP (contoh 3.27.04)."), code=code)
        _check_urusan(match.group(1), "program")
        if code not in cleaned:
            cleaned.append(code)
    cleaned.sort()
    old = programs_of(tx, unit_id)
    if old == cleaned:
        return old
    tx.execute("DELETE FROM unit_programs WHERE unit_id = ?", (unit_id,))
    tx.executemany("INSERT INTO unit_programs (unit_id, program_code) VALUES (?, ?)", [(unit_id, c) for c in cleaned])
    tx.audit("set_programs", "unit", unit_id, old, cleaned)
    return old


def content_summary(store: Reader, unit_id: int) -> dict[str, Any]:
    """Functions, urusan and programs of a unit in one dict (for the editor panel)."""
    return {
        "functions": functions_of(store, unit_id),
        "urusan": urusan_of(store, unit_id),
        "programs": programs_of(store, unit_id),
    }
