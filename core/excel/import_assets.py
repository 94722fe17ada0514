"""Assets from a KIB register (as SIMDA BMD and offices print them, or our own export): each
row matched by kode barang + register within the perangkat daerah — an update where the
asset exists, an addition otherwise — or rejected with its reason. :func:`plan_assets` is
the dry run; :func:`import_assets` plans inside the caller's transaction and writes through
the composable writes (``validate_asset``, ``insert_assets``, ``update_assets_many``,
``move_assets`` for an asset the sheet places in another unit)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.assets import (
    ASSET_FIELDS,
    KIB_BY_LEVEL,
    KODE_BARANG,
    Asset,
    insert_assets,
    move_assets,
    update_assets_many,
    validate_asset,
)
from core.errors import RefusedError, ValidationError
from core.excel import values
from core.excel.headers import Layout
from core.excel.read import Workbook
from core.excel.report import Added, CancelCheck, FirstResults, Plan, Progress, RowProblems, Updated, table_rows
from core.excel.units import import_scope
from core.i18n import N_
from core.store import Reader, Tx, id_table

TWICE = N_("Kode barang {kode} register {register} muncul dua kali di lembar ini (juga di baris {row}).")
NEEDS_INTO = N_("Aset diimpor ke satu perangkat daerah: sebutkan unitnya (--into ID unit).")
REJECTED_ROWS = N_("{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.")
_STORED = (*ASSET_FIELDS, "unit_id")


def _existing(reader: Reader, unit_ids: list[int]) -> dict[tuple[str, str | None], Asset]:
    with id_table(reader, unit_ids) as chosen:
        return {
            (row["kode_barang"], row["register"]): Asset(**row)
            for row in reader.rows(f"SELECT a.* FROM assets a JOIN {chosen} c ON c.id = a.unit_id ORDER BY a.id")
        }


def plan_assets(
    reader: Reader,
    book: Workbook,
    layout: Layout,
    *,
    into: int | None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    first: FirstResults | None = None,
) -> Plan:
    """The dry run: every data row as an addition, an update (with what changes) or rejected
    problems. Assets belong to a unit: ``into`` names the perangkat daerah. ``first`` gets
    the plan of the first rows early (see :func:`table_rows`)."""
    if into is None:
        raise RefusedError(NEEDS_INTO)
    scope = import_scope(reader, into)
    plan = Plan("assets", str(book.path), layout.sheet, layout, scope.to_json())
    matcher = scope.matcher()
    existing = _existing(reader, [unit_id for unit_id, _, _ in scope.units])
    columns = layout.mapping.columns
    seen: dict[tuple[str, str | None], int] = {}
    for row, cells in table_rows(book, layout, progress, cancelled, plan=plan, first=first):
        plan.rows += 1
        problems = RowProblems(plan, row, cells, columns)
        given = _fields(problems, matcher, layout.kib)
        key = (str(given.get("kode_barang") or ""), given.get("register"))
        current = existing.get(key) if key[1] is not None else None
        if current is None:
            given.setdefault("unit_id", into)
        fields = {k: v for k, v in given.items() if k != "unit_id"}
        checked = validate_asset(fields, current)
        for problem in checked.problems:
            column = problem.field if problem.field in columns else "kode_barang" if problem.field == "kib" else problem.field
            problems.add(problem.field, problem, column)
        if key[1] is not None and key in seen and key[0]:
            problems.add(
                "register",
                ValidationError("register", TWICE, kode=key[0], register=key[1], row=seen[key]),
            )
        if problems.count:
            continue
        if key[1] is not None:
            seen[key] = row
        cleaned = dict(checked.values)
        if "value" in cleaned:
            cleaned.pop("value")
        if current is None:
            cleaned.setdefault("value_sen", 0)
            plan.added.append(Added(row, {**{k: cleaned.get(k) for k in ASSET_FIELDS}, "unit_id": given["unit_id"]}))
            continue
        before = asdict(current)
        if "unit_id" in given:
            cleaned["unit_id"] = given["unit_id"]
        changes = {k: (before[k], v) for k, v in cleaned.items() if k in _STORED and before[k] != v}
        if changes:
            plan.updated.append(Updated(row, current.id, changes))
        else:
            plan.unchanged += 1
    if progress is not None:
        progress(1.0, "")
    return plan


def _kib_of(value: Any, title_kib: str | None, kode: str | None) -> str | None:
    """The KIB of a row: its own column ('B', 'KIB B'), else the register's title, else the
    third level of its kode barang."""
    written = values.text(value)
    if written:
        return written.upper().removeprefix("KIB").strip(" .:-") or None
    if title_kib:
        return title_kib
    found = KODE_BARANG.match(kode or "")
    return KIB_BY_LEVEL[found.group(1)] if found else None


def _fields(problems: RowProblems, matcher: Any, title_kib: str | None) -> dict[str, Any]:
    columns = problems.columns
    given: dict[str, Any] = {}
    kode = values.text(problems.cell("kode_barang"))
    given["kode_barang"] = kode
    given["kib"] = _kib_of(problems.cell("kib"), title_kib, kode)
    given["name"] = values.text(problems.cell("name"))
    for key in ("register", "location", "certificate_no", "notes"):
        if key in columns:
            given[key] = values.text(problems.cell(key))
    if "year" in columns:
        year = problems.attempt("year", lambda: values.year(problems.cell("year")))
        if year is not None or problems.cell("year") is None:
            given["year"] = year
    if "value" in columns:
        given["value"] = values.rupiah(problems.cell("value"))
    if "condition" in columns:
        condition = problems.attempt("condition", lambda: values.condition(problems.cell("condition")))
        if condition is not None:
            given["condition"] = condition
    if "area_m2" in columns:
        given["area_m2"] = problems.cell("area_m2")
    if "_certificate_date" in columns:
        problems.attempt("_certificate_date", lambda: values.parse_date(problems.cell("_certificate_date"), "_certificate_date"))
    if "unit" in columns and values.text(problems.cell("unit")) is not None:
        unit_id = problems.attempt("unit", lambda: matcher.match(values.text(problems.cell("unit"))))
        if unit_id is not None:
            given["unit_id"] = unit_id
    return given


def write_assets_plan(tx: Tx, plan: Plan, *, accept_valid: bool = False) -> dict[str, int]:
    """Write a plan made in this transaction: every accepted row, or nothing while any row
    is rejected and ``accept_valid`` is not given (a RefusedError)."""
    if plan.rejected and not accept_valid:
        raise RefusedError(REJECTED_ROWS, count=plan.rejected_rows)
    by_unit: dict[int, list[dict[str, Any]]] = {}
    for added in plan.added:
        by_unit.setdefault(int(added.values["unit_id"]), []).append(added.values)
    for unit_id, records in by_unit.items():
        insert_assets(tx, unit_id, records)
    moves: dict[int, list[int]] = {}
    changes = []
    for updated in plan.updated:
        fields = {k: v for k, v in updated.changes.items() if k != "unit_id"}
        if "unit_id" in updated.changes:
            moves.setdefault(int(updated.changes["unit_id"][1]), []).append(updated.record_id)
        changes.append((updated.record_id, {k: b for k, (b, _) in fields.items()}, {k: a for k, (_, a) in fields.items()}))
    changed = update_assets_many(tx, changes)
    for unit_id, ids in moves.items():
        move_assets(tx, ids, unit_id, reference=f"Impor {Path(plan.file).name}")
    return {"added": len(plan.added), "updated": changed, "moved": sum(len(ids) for ids in moves.values())}


def import_assets(
    tx: Tx,
    book: Workbook,
    layout: Layout,
    *,
    into: int,
    accept_valid: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Plan:
    """Plan and write in the caller's transaction (``store.write(undo=label)``: one undo step)."""
    plan = plan_assets(tx, book, layout, into=into, progress=progress, cancelled=cancelled)
    write_assets_plan(tx, plan, accept_valid=accept_valid)
    return plan
