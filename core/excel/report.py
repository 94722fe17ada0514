"""The dry run of an import (Odoo's "Test"): rows to add, rows to update with what changes,
rows rejected with sheet, row, column, value and reason — every row, nothing written.
Plain data, so the window's dialog and the command line's ``--json`` show the same."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from core.collector import collector_paused
from core.errors import Cancelled, ValidationError
from core.excel.headers import Layout, ends_table
from core.excel.read import Cell, Workbook, column_letter
from core.validation import Problem

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
FIRST_ROWS = 200  # about a screen of a dialog's results


@dataclass(frozen=True)
class Rejected:
    """One problem of one row (a row with three problems gives three)."""

    sheet: str
    row: int  # as Excel numbers it (1 = the first row)
    column: str  # letter, '' when the problem is the row's as a whole
    header: str
    value: str
    problem: Problem

    @property
    def reason(self) -> str:
        return self.problem.message


@dataclass(frozen=True, slots=True)  # slots: a plan of 100,000 rows holds 100,000 of them
class Added:
    row: int
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Updated:
    row: int
    record_id: int
    changes: dict[str, tuple[Any, Any]]  # field → (before, after)


@dataclass(frozen=True)
class Note:
    """Something imported otherwise than written (a position left empty), not a refusal."""

    row: int
    column: str
    value: str
    problem: Problem


@dataclass
class Plan:
    """What an import would do. ``rows`` counts the data rows read (blank rows aside)."""

    kind: str
    file: str
    sheet: str
    layout: Layout
    scope: dict[str, Any]
    rows: int = 0
    added: list[Added] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected})

    def summary(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "rejected_rows": self.rejected_rows,
            "problems": len(self.rejected),
        }


class RowProblems:
    """Collects the problems of one row against the columns the fields came from."""

    __slots__ = ("cells", "columns", "count", "plan", "row", "written")

    def __init__(self, plan: Plan, row: int, cells: list[Cell], columns: dict[str, int]) -> None:
        self.plan, self.row, self.cells, self.columns = plan, row, cells, columns
        self.count = 0
        self.written: dict[str, str] | None = None  # fields read from several cells (a code split over columns)

    def _value(self, name: str, index: int | None) -> str:
        if self.written is not None and name in self.written:
            return self.written[name]
        return shown(self.cells[index]) if index is not None and index < len(self.cells) else ""

    def cell(self, name: str) -> Cell:
        index = self.columns.get(name)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def add(self, name: str, error: ValidationError | Problem, column_field: str | None = None) -> None:
        problem = error if isinstance(error, Problem) else Problem.of(error)
        index = self.columns.get(column_field or name)
        header = self.plan.layout.labels[index] if index is not None and index < len(self.plan.layout.labels) else ""
        value = self._value(column_field or name, index)
        self.plan.rejected.append(
            Rejected(self.plan.sheet, self.row, column_letter(index) if index is not None else "", header, value, problem)
        )
        self.count += 1

    def note(self, name: str, error: ValidationError) -> None:
        index = self.columns.get(name)
        value = self._value(name, index)
        self.plan.notes.append(Note(self.row, column_letter(index) if index is not None else "", value, Problem.of(error)))

    def attempt(self, name: str, compute: Callable[..., Any], column_field: str | None = None, *args: Any) -> Any:
        """``compute(*args)``, or None with the refusal recorded against the field's column
        (arguments rather than a closure: a sheet of 100,000 rows makes no closure per cell)."""
        try:
            return compute(*args)
        except ValidationError as exc:
            self.add(name, exc, column_field)
            return None


def shown(value: Cell) -> str:
    """A cell as the report shows it: as the sheet holds it (a float NIP in full)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else f"{value:.0f}" if abs(value) < 1e15 else f"{value:.15g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


FirstResults = Callable[["Plan"], None]


def snapshot(plan: Plan) -> Plan:
    """A copy of the plan so far, its lists copied: a dialog can show it while the worker
    goes on filling the plan itself."""
    return replace(plan, added=list(plan.added), updated=list(plan.updated), rejected=list(plan.rejected), notes=list(plan.notes))


def table_rows(
    book: Workbook,
    layout: Layout,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    *,
    plan: Plan | None = None,
    first: FirstResults | None = None,
    ends: Callable[[list[Cell]], bool] = ends_table,
) -> Iterator[tuple[int, list[Cell]]]:
    """(Excel row number, cells) of every data row: blank rows skipped, reading stops at a
    total row or a signature block. Reports progress and honours cancel every 2,000 rows.

    With ``plan`` and ``first``, ``first`` gets a :func:`snapshot` of the plan once its
    first FIRST_ROWS data rows are planned (or at the end of a shorter sheet), so the first
    screen of a dry run shows while the rest is still being checked. ``ends`` tells the row
    that closes the table (a kind whose data may start with 'Jumlah' narrows it)."""
    with collector_paused():  # see core/collector.py: a plan makes a million objects, no cycles
        yield from _data_rows(book, layout, progress, cancelled, plan, first, ends)


def _data_rows(
    book: Workbook,
    layout: Layout,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    plan: Plan | None,
    first: FirstResults | None,
    ends: Callable[[list[Cell]], bool] = ends_table,
) -> Iterator[tuple[int, list[Cell]]]:
    sheet = book.sheet(layout.sheet)
    height = sheet.height or 0
    count = 0
    early = first if plan is not None else None
    for index, cells in enumerate(sheet.rows()):
        if index < layout.data_first:
            continue
        if (index - layout.data_first) % 2000 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(min(index / height, 1.0) if height else 0.0, f"baris {index + 1}")
        if cells.count(None) + cells.count(" ") == len(cells):  # blank (counted in C: asked of every row)
            continue
        if ends(cells):
            break
        if early is not None and count == FIRST_ROWS:
            assert plan is not None
            early(snapshot(plan))  # the caller has planned every row yielded so far
            early = None
        count += 1
        yield index + 1, cells
    if early is not None:
        assert plan is not None
        early(snapshot(plan))


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def plan_json(plan: Plan) -> dict[str, Any]:
    """The shape ``main.py import --json`` prints (documented in README.md)."""
    layout = plan.layout
    return {
        "kind": plan.kind,
        "file": plan.file,
        "sheet": plan.sheet,
        "header_rows": [layout.header_first + 1, layout.header_last + 1],
        "first_data_row": layout.data_first + 1,
        "mapping": {name: {"column": column_letter(i), "header": layout.labels[i]} for name, i in layout.mapping.columns.items()},
        "scope": plan.scope,
        "summary": plan.summary(),
        "added": [{"row": a.row, "values": {k: _jsonable(v) for k, v in a.values.items()}} for a in plan.added],
        "updated": [
            {"row": u.row, "id": u.record_id, "changes": {k: [_jsonable(b), _jsonable(a)] for k, (b, a) in u.changes.items()}}
            for u in plan.updated
        ],
        "rejected": [
            {"sheet": r.sheet, "row": r.row, "column": r.column, "header": r.header, "value": r.value, "reason": r.reason}
            for r in plan.rejected
        ],
        "notes": [{"row": n.row, "column": n.column, "value": n.value, "note": n.problem.message} for n in plan.notes],
    }
