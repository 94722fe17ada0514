"""The RPJMD of a region: its period and visi, the cascade of misi, tujuan and sasaran,
priority programs grouped in rumpun, strategic issues, and indicators with yearly targets.

Every write validates first (:class:`~core.validation.Checked`, every problem with its
field) and composes (``@writes``): an import of a whole RPJMD is one transaction.
"""

from __future__ import annotations

from typing import Any

from core.audit import now_iso
from core.errors import NotFoundError, ValidationError
from core.i18n import N_
from core.money import format_decimal, parse_number
from core.plans.model import GOAL_KINDS, GOAL_PARENT, INDICATOR_OWNERS, Goal, Indicator, PriorityProgram, Rpjmd, StrategicIssue
from core.regions import get_region
from core.store import Reader, Tx, writes
from core.validation import Checked, choice, clean_text, require_text, whole_number

EARLIEST_PLAN_YEAR, LATEST_PLAN_YEAR = 2000, 2100


def get_rpjmd(reader: Reader, rpjmd_id: int) -> Rpjmd:
    row = reader.one(
        "SELECT id, region_id, name, period_start, period_end, visi, legal_basis, created_at FROM rpjmd WHERE id = ?",
        (rpjmd_id,),
    )
    if row is None:
        raise NotFoundError(N_("RPJMD dengan id {id} tidak ada."), id=rpjmd_id)
    return Rpjmd(**row)


def region_rpjmd(reader: Reader, region_id: int) -> list[Rpjmd]:
    """A region's RPJMD, the latest period first."""
    rows = reader.rows(
        "SELECT id, region_id, name, period_start, period_end, visi, legal_basis, created_at FROM rpjmd"
        " WHERE region_id = ? ORDER BY period_start DESC, id DESC",
        (region_id,),
    )
    return [Rpjmd(**row) for row in rows]


def get_goal(reader: Reader, goal_id: int) -> Goal:
    row = reader.one("SELECT id, rpjmd_id, parent_id, kind, sort_order, code, text FROM plan_goals WHERE id = ?", (goal_id,))
    if row is None:
        raise NotFoundError(N_("Misi, tujuan atau sasaran dengan id {id} tidak ada."), id=goal_id)
    return Goal(**row)


def _year(value: Any, field: str) -> int:
    year = whole_number(value, field)
    if year is None:
        raise ValidationError(field, N_("Tahun tidak boleh kosong."))
    if not EARLIEST_PLAN_YEAR <= year <= LATEST_PLAN_YEAR:
        raise ValidationError(
            field,
            N_("Tahun {year} di luar rentang {earliest}–{latest}."),
            year=year,
            earliest=EARLIEST_PLAN_YEAR,
            latest=LATEST_PLAN_YEAR,
        )
    return year


def validate_rpjmd(fields: dict[str, Any]) -> Checked:
    """Check an RPJMD's name, period and visi without writing."""
    checked = Checked()
    checked.check("name", lambda: require_text(fields.get("name"), "name", max_length=300))
    start = checked.check("period_start", lambda: _year(fields.get("period_start"), "tahun_awal"))
    end = checked.check("period_end", lambda: _year(fields.get("period_end"), "tahun_akhir"))
    checked.check("visi", lambda: require_text(fields.get("visi"), "visi", max_length=2000))
    checked.check("legal_basis", lambda: clean_text(fields.get("legal_basis"), "legal_basis", max_length=1000))
    if start is not None and end is not None and end < start:
        checked.refuse(
            ValidationError("tahun_akhir", N_("Periode berakhir ({end}) sebelum mulai ({start})."), start=start, end=end)
        )
    return checked


@writes
def create_rpjmd(tx: Tx, region_id: int, name: str, period_start: int, period_end: int, visi: str, **fields: Any) -> Rpjmd:
    get_region(tx, region_id)
    values = validate_rpjmd(
        {"name": name, "period_start": period_start, "period_end": period_end, "visi": visi, **fields}
    ).raise_first()
    rpjmd_id = int(
        tx.execute(
            "INSERT INTO rpjmd (region_id, name, period_start, period_end, visi, legal_basis, created_at)"
            " VALUES (:region_id, :name, :period_start, :period_end, :visi, :legal_basis, :created_at)",
            {**values, "region_id": region_id, "created_at": now_iso()},
        ).lastrowid
        or 0
    )
    tx.audit("create", "rpjmd", rpjmd_id, None, values)
    return get_rpjmd(tx, rpjmd_id)


def refuse_cycle(reader: Reader, table: str, node_id: int, parent_id: int, field: str) -> None:
    """Refuse to hang a node under itself or under one of its own descendants."""
    looped = reader.scalar(
        f"WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT t.parent_id FROM {table} t JOIN up ON t.id = up.id"
        " WHERE t.parent_id IS NOT NULL) SELECT 1 FROM up WHERE id = ?",
        (parent_id, node_id),
    )
    if looped:
        raise ValidationError(field, N_("Induk yang dipilih berada di bawah butir ini sendiri: jenjang tidak boleh berputar."))


def _goal_parent(reader: Reader, rpjmd_id: int, kind: str, parent_id: int | None) -> None:
    wanted = GOAL_PARENT[kind]
    if parent_id is None:
        if wanted is not None:
            raise ValidationError("parent", N_("Sebuah {kind} harus berada di bawah sebuah {parent}."), kind=kind, parent=wanted)
        return
    parent = get_goal(reader, parent_id)
    if parent.rpjmd_id != rpjmd_id:
        raise ValidationError("parent", N_("Induk '{text}' milik RPJMD lain."), text=parent.text)
    if parent.kind != wanted:
        raise ValidationError(
            "parent",
            N_("Sebuah {kind} tidak dapat berada di bawah {parent_kind} '{text}'; induknya harus sebuah {parent}."),
            kind=kind,
            parent_kind=parent.kind,
            text=parent.text,
            parent=wanted or "-",
        )


@writes
def add_goal(tx: Tx, rpjmd_id: int, kind: str, text: str, parent_id: int | None = None, code: str | None = None) -> Goal:
    """Add a misi, tujuan or sasaran at the end of its parent's list."""
    get_rpjmd(tx, rpjmd_id)
    checked = Checked()
    checked.check("kind", lambda: choice(kind, "kind", GOAL_KINDS, required=True))
    checked.check("text", lambda: require_text(text, "uraian", max_length=2000))
    checked.check("code", lambda: clean_text(code, "code", max_length=40))
    values = checked.raise_first()
    _goal_parent(tx, rpjmd_id, values["kind"], parent_id)
    order = tx.scalar(
        "SELECT coalesce(max(sort_order) + 1, 0) FROM plan_goals WHERE rpjmd_id = ? AND parent_id IS ?", (rpjmd_id, parent_id)
    )
    goal_id = int(
        tx.execute(
            "INSERT INTO plan_goals (rpjmd_id, parent_id, kind, sort_order, code, text) VALUES (?, ?, ?, ?, ?, ?)",
            (rpjmd_id, parent_id, values["kind"], order, values["code"], values["text"]),
        ).lastrowid
        or 0
    )
    tx.audit("create", "plan_goal", goal_id, None, {**values, "rpjmd_id": rpjmd_id, "parent_id": parent_id})
    return get_goal(tx, goal_id)


@writes
def move_goal(tx: Tx, goal_id: int, parent_id: int | None) -> Goal:
    """Hang a goal under another parent of the same RPJMD; a cycle is refused."""
    goal = get_goal(tx, goal_id)
    if parent_id is not None:
        refuse_cycle(tx, "plan_goals", goal_id, parent_id, "parent")
    _goal_parent(tx, goal.rpjmd_id, goal.kind, parent_id)
    tx.execute("UPDATE plan_goals SET parent_id = ? WHERE id = ?", (parent_id, goal_id))
    tx.audit("update", "plan_goal", goal_id, {"parent_id": goal.parent_id}, {"parent_id": parent_id})
    return get_goal(tx, goal_id)


@writes
def add_priority_program(
    tx: Tx, rpjmd_id: int, name: str, rumpun: str | None = None, goal_id: int | None = None
) -> PriorityProgram:
    """A program prioritas/unggulan, grouped in a rumpun, optionally under the sasaran it serves."""
    get_rpjmd(tx, rpjmd_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=500))
    checked.check("rumpun", lambda: clean_text(rumpun, "rumpun", max_length=200))
    values = checked.raise_first()
    if goal_id is not None:
        _own_sasaran(tx, rpjmd_id, goal_id)
    order = tx.scalar("SELECT coalesce(max(sort_order) + 1, 0) FROM priority_programs WHERE rpjmd_id = ?", (rpjmd_id,))
    priority_id = int(
        tx.execute(
            "INSERT INTO priority_programs (rpjmd_id, rumpun, sort_order, name, goal_id) VALUES (?, ?, ?, ?, ?)",
            (rpjmd_id, values["rumpun"], order, values["name"], goal_id),
        ).lastrowid
        or 0
    )
    tx.audit("create", "priority_program", priority_id, None, {**values, "rpjmd_id": rpjmd_id, "goal_id": goal_id})
    row = tx.one("SELECT id, rpjmd_id, rumpun, sort_order, name, goal_id FROM priority_programs WHERE id = ?", (priority_id,))
    assert row is not None
    return PriorityProgram(**row)


def _own_sasaran(reader: Reader, rpjmd_id: int, goal_id: int) -> Goal:
    goal = get_goal(reader, goal_id)
    if goal.rpjmd_id != rpjmd_id:
        raise ValidationError("sasaran", N_("Sasaran '{text}' milik RPJMD lain."), text=goal.text)
    if goal.kind != "sasaran":
        raise ValidationError("sasaran", N_("'{text}' adalah sebuah {kind}, bukan sasaran."), text=goal.text, kind=goal.kind)
    return goal


@writes
def add_strategic_issue(tx: Tx, rpjmd_id: int, name: str, description: str | None = None) -> StrategicIssue:
    """A strategic issue (kemiskinan, stunting, inflasi ...) that cuts across perangkat daerah."""
    get_rpjmd(tx, rpjmd_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=300))
    checked.check("description", lambda: clean_text(description, "notes", max_length=2000))
    values = checked.raise_first()
    order = tx.scalar("SELECT coalesce(max(sort_order) + 1, 0) FROM strategic_issues WHERE rpjmd_id = ?", (rpjmd_id,))
    issue_id = int(
        tx.execute(
            "INSERT INTO strategic_issues (rpjmd_id, sort_order, name, description) VALUES (?, ?, ?, ?)",
            (rpjmd_id, order, values["name"], values["description"]),
        ).lastrowid
        or 0
    )
    tx.audit("create", "strategic_issue", issue_id, None, {**values, "rpjmd_id": rpjmd_id})
    return StrategicIssue(issue_id, rpjmd_id, order, values["name"], values["description"])


def validate_targets(targets: dict[Any, Any], numeric: bool, years: range | None) -> Checked:
    """Yearly targets: each year within the plan's period; a number where the indicator is
    numeric ('72,5', '1.250' and 72.5 all read; 'meningkat' refused). ``values`` maps the
    year to (text as kept, number or None)."""
    checked = Checked()
    for raw_year, raw_value in targets.items():
        try:
            year = _year(raw_year, "target")
        except ValidationError as exc:
            checked.refuse(exc)
            continue
        if years is not None and year not in years:
            checked.refuse(
                ValidationError(
                    "target",
                    N_("Target tahun {year} di luar periode rencana {start}–{end}."),
                    year=year,
                    start=years.start,
                    end=years.stop - 1,
                )
            )
            continue
        text = clean_text(
            raw_value if not isinstance(raw_value, int | float) else format_decimal(raw_value), "target", max_length=200
        )
        if text is None:
            continue
        number = parse_number(raw_value)
        if numeric and number is None:
            checked.refuse(
                ValidationError(
                    "target",
                    N_("Target tahun {year} '{value}' bukan angka, padahal indikatornya berupa angka."),
                    year=year,
                    value=text,
                )
            )
            continue
        checked.values[str(year)] = (text, float(number) if number is not None else None)
    return checked


def _indicator_years(reader: Reader, owner: str, owner_id: int) -> range:
    """The period of the plan an indicator's owner belongs to (its targets must fall in it)."""
    sql = {
        "goal": "SELECT r.period_start, r.period_end FROM plan_goals g JOIN rpjmd r ON r.id = g.rpjmd_id WHERE g.id = ?",
        "issue": "SELECT r.period_start, r.period_end FROM strategic_issues i JOIN rpjmd r ON r.id = i.rpjmd_id WHERE i.id = ?",
        "priority": "SELECT r.period_start, r.period_end FROM priority_programs p JOIN rpjmd r ON r.id = p.rpjmd_id WHERE p.id = ?",
        "item": "SELECT s.period_start, s.period_end FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id WHERE i.id = ?",
    }[owner]
    row = reader.one(sql, (owner_id,))
    if row is None:
        raise NotFoundError(N_("Butir rencana dengan id {id} tidak ada."), id=owner_id)
    return range(int(row["period_start"]), int(row["period_end"]) + 1)


@writes
def add_indicator(
    tx: Tx,
    owner: str,
    owner_id: int,
    name: str,
    measure: str | None = None,
    numeric: bool = True,
    targets: dict[Any, Any] | None = None,
) -> Indicator:
    """An indicator of a sasaran ('goal'), Renstra item ('item'), strategic issue ('issue') or
    priority program ('priority'), with its yearly targets."""
    if owner not in INDICATOR_OWNERS:
        raise ValueError(f"unknown indicator owner {owner!r}")
    years = _indicator_years(tx, owner, owner_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=500))
    checked.check("measure", lambda: clean_text(measure, "satuan", max_length=100))
    values = checked.raise_first()
    yearly = validate_targets(targets or {}, numeric, years).raise_first()
    column = INDICATOR_OWNERS[owner]
    order = tx.scalar(f"SELECT coalesce(max(sort_order) + 1, 0) FROM plan_indicators WHERE {column} = ?", (owner_id,))
    indicator_id = int(
        tx.execute(
            f"INSERT INTO plan_indicators ({column}, sort_order, name, measure, numeric) VALUES (?, ?, ?, ?, ?)",
            (owner_id, order, values["name"], values["measure"], int(numeric)),
        ).lastrowid
        or 0
    )
    tx.executemany(
        "INSERT INTO plan_targets (indicator_id, year, value, number) VALUES (?, ?, ?, ?)",
        ((indicator_id, int(year), text, number) for year, (text, number) in yearly.items()),
    )
    tx.audit(
        "create",
        "plan_indicator",
        indicator_id,
        None,
        {**values, "owner": owner, "owner_id": owner_id, "numeric": numeric, "targets": {y: t for y, (t, _) in yearly.items()}},
    )
    return Indicator(
        indicator_id, owner, owner_id, values["name"], values["measure"], numeric, {int(y): t for y, (t, _) in yearly.items()}
    )


@writes
def set_targets(tx: Tx, indicator_id: int, targets: dict[Any, Any]) -> dict[int, str]:
    """Replace the targets of the years given (a blank value removes that year's target)."""
    row = tx.one(
        "SELECT id, goal_id, item_id, issue_id, priority_program_id, numeric FROM plan_indicators WHERE id = ?", (indicator_id,)
    )
    if row is None:
        raise NotFoundError(N_("Indikator dengan id {id} tidak ada."), id=indicator_id)
    owner = next(name for name, column in INDICATOR_OWNERS.items() if row[column] is not None)
    years = _indicator_years(tx, owner, row[INDICATOR_OWNERS[owner]])
    yearly = validate_targets(targets, bool(row["numeric"]), years).raise_first()
    before = {
        int(r["year"]): r["value"]
        for r in tx.rows("SELECT year, value FROM plan_targets WHERE indicator_id = ?", (indicator_id,))
    }
    blanks = [
        int(y)
        for y, v in targets.items()
        if str(y) not in yearly and clean_text(v if not isinstance(v, int | float) else str(v), "target") is None
    ]
    tx.executemany("DELETE FROM plan_targets WHERE indicator_id = ? AND year = ?", ((indicator_id, y) for y in blanks))
    tx.executemany(
        "INSERT INTO plan_targets (indicator_id, year, value, number) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (indicator_id, year) DO UPDATE SET value = excluded.value, number = excluded.number",
        ((indicator_id, int(year), text, number) for year, (text, number) in yearly.items()),
    )
    after = {
        int(r["year"]): r["value"]
        for r in tx.rows("SELECT year, value FROM plan_targets WHERE indicator_id = ?", (indicator_id,))
    }
    tx.audit("update", "plan_targets", indicator_id, before, after)
    return after
