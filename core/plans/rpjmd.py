"""The RPJMD of a region: its period and visi, the cascade of misi, tujuan and sasaran,
priority programs grouped in rumpun, strategic issues, and indicators with yearly targets.

Every write validates first (:class:`~core.validation.Checked`, every problem with its
field) and composes (``@writes``): an import of a whole RPJMD is one transaction.
"""

from __future__ import annotations

from typing import Any

from core.audit import now_iso
from core.errors import NotFoundError, RefusedError, ValidationError
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


def indicator_years(reader: Reader, owner: str, owner_id: int) -> range:
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
    years = indicator_years(tx, owner, owner_id)
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
    years = indicator_years(tx, owner, row[INDICATOR_OWNERS[owner]])
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


# -- changing and removing (the window's edits; each one transaction, audited) ----------------

HAS_CHILDREN = N_("'{text}' masih membawahkan {count} butir; hapus beserta isinya, atau pindahkan isinya lebih dulu.")


@writes
def update_rpjmd(tx: Tx, rpjmd_id: int, **fields: Any) -> Rpjmd:
    """Change an RPJMD's name, visi or legal basis (its period stays: the Renstra and every
    target are dated by it)."""
    plan = get_rpjmd(tx, rpjmd_id)
    unknown = set(fields) - {"name", "visi", "legal_basis"}
    if unknown:
        raise ValueError(f"not editable on an RPJMD: {sorted(unknown)}")
    current = {"name": plan.name, "period_start": plan.period_start, "period_end": plan.period_end, "visi": plan.visi}
    values = validate_rpjmd({**current, "legal_basis": plan.legal_basis, **fields}).raise_first()
    changed = {k: values[k] for k in fields if values[k] != getattr(plan, k)}
    if changed:
        tx.execute(f"UPDATE rpjmd SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?", (*changed.values(), rpjmd_id))
        tx.audit("update", "rpjmd", rpjmd_id, {k: getattr(plan, k) for k in changed}, changed)
    return get_rpjmd(tx, rpjmd_id)


@writes
def update_goal(tx: Tx, goal_id: int, text: str | None = None, code: str | None = None) -> Goal:
    """Change the wording (and the code) of a misi, tujuan or sasaran; ``None`` leaves a field."""
    goal = get_goal(tx, goal_id)
    checked = Checked()
    if text is not None:
        checked.check("text", lambda: require_text(text, "uraian", max_length=2000))
    if code is not None:
        checked.check("code", lambda: clean_text(code, "code", max_length=40))
    values = {k: v for k, v in checked.raise_first().items() if v != getattr(goal, k)}
    if values:
        tx.execute(f"UPDATE plan_goals SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?", (*values.values(), goal_id))
        tx.audit("update", "plan_goal", goal_id, {k: getattr(goal, k) for k in values}, values)
    return get_goal(tx, goal_id)


def goals_below(reader: Reader, goal_id: int) -> int:
    """How many misi, tujuan and sasaran hang below a goal (what deleting it takes along)."""
    return int(
        reader.scalar(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM plan_goals WHERE parent_id = ?"
            " UNION ALL SELECT g.id FROM plan_goals g JOIN sub ON g.parent_id = sub.id) SELECT count(*) FROM sub",
            (goal_id,),
        )
    )


@writes
def delete_goal(tx: Tx, goal_id: int, with_children: bool = False) -> int:
    """Delete a goal; one with goals below it is refused unless ``with_children`` (then the
    whole branch goes, its indicators and its links to Renstra items with it). Returns how
    many goals went."""
    goal = get_goal(tx, goal_id)
    below = goals_below(tx, goal_id)
    if below and not with_children:
        raise RefusedError(HAS_CHILDREN, text=goal.text, count=below)
    tx.execute("DELETE FROM plan_goals WHERE id = ?", (goal_id,))
    tx.audit("delete", "plan_goal", goal_id, {"kind": goal.kind, "text": goal.text, "goals_below": below}, None)
    return below + 1


def get_indicator(reader: Reader, indicator_id: int) -> Indicator:
    row = reader.one(
        "SELECT id, goal_id, item_id, issue_id, priority_program_id, name, measure, numeric FROM plan_indicators WHERE id = ?",
        (indicator_id,),
    )
    if row is None:
        raise NotFoundError(N_("Indikator dengan id {id} tidak ada."), id=indicator_id)
    owner = next(name for name, column in INDICATOR_OWNERS.items() if row[column] is not None)
    targets = {
        int(r["year"]): r["value"]
        for r in reader.rows("SELECT year, value FROM plan_targets WHERE indicator_id = ? ORDER BY year", (indicator_id,))
    }
    return Indicator(row["id"], owner, row[INDICATOR_OWNERS[owner]], row["name"], row["measure"], bool(row["numeric"]), targets)


def indicators_of(reader: Reader, owner: str, owner_id: int) -> list[Indicator]:
    """The indicators of one sasaran, item, issue or priority program, with their targets (two statements)."""
    column = INDICATOR_OWNERS[owner]
    rows = reader.rows(
        f"SELECT id, name, measure, numeric FROM plan_indicators WHERE {column} = ? ORDER BY sort_order, id", (owner_id,)
    )
    targets: dict[int, dict[int, str]] = {row["id"]: {} for row in rows}
    for indicator_id, year, value in reader.conn.execute(
        f"SELECT t.indicator_id, t.year, t.value FROM plan_targets t JOIN plan_indicators i ON i.id = t.indicator_id"
        f" WHERE i.{column} = ? ORDER BY t.year",
        (owner_id,),
    ):
        targets[indicator_id][int(year)] = value
    return [Indicator(r["id"], owner, owner_id, r["name"], r["measure"], bool(r["numeric"]), targets[r["id"]]) for r in rows]


@writes
def update_indicator(
    tx: Tx, indicator_id: int, name: str, measure: str | None = None, numeric: bool = True, targets: dict[Any, Any] | None = None
) -> Indicator:
    """Change an indicator's name, satuan and kind, and (when given) its yearly targets. An
    indicator made numeric whose kept targets are not numbers is refused, naming the year."""
    indicator = get_indicator(tx, indicator_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=500))
    checked.check("measure", lambda: clean_text(measure, "satuan", max_length=100))
    values = checked.raise_first()
    kept = {year: value for year, value in indicator.targets.items() if targets is None or year not in targets}
    years = indicator_years(tx, indicator.owner, indicator.owner_id)
    validate_targets(kept, numeric, years).raise_first()
    if targets:
        validate_targets(targets, numeric, years).raise_first()
    before = {"name": indicator.name, "measure": indicator.measure, "numeric": indicator.numeric}
    after = {"name": values["name"], "measure": values["measure"], "numeric": numeric}
    if before != after:
        tx.execute(
            "UPDATE plan_indicators SET name = ?, measure = ?, numeric = ? WHERE id = ?",
            (values["name"], values["measure"], int(numeric), indicator_id),
        )
        tx.audit("update", "plan_indicator", indicator_id, before, after)
    if targets:
        set_targets(tx, indicator_id, targets)
    return get_indicator(tx, indicator_id)


@writes
def delete_indicator(tx: Tx, indicator_id: int) -> None:
    """Delete an indicator and its targets."""
    indicator = get_indicator(tx, indicator_id)
    tx.execute("DELETE FROM plan_indicators WHERE id = ?", (indicator_id,))
    tx.audit("delete", "plan_indicator", indicator_id, {"name": indicator.name, "targets": indicator.targets}, None)


def get_priority_program(reader: Reader, priority_id: int) -> PriorityProgram:
    row = reader.one("SELECT id, rpjmd_id, rumpun, sort_order, name, goal_id FROM priority_programs WHERE id = ?", (priority_id,))
    if row is None:
        raise NotFoundError(N_("Program prioritas dengan id {id} tidak ada."), id=priority_id)
    return PriorityProgram(**row)


@writes
def update_priority_program(
    tx: Tx, priority_id: int, name: str, rumpun: str | None = None, goal_id: int | None = None
) -> PriorityProgram:
    """Change a priority program's name, rumpun and the sasaran it serves (one of its own RPJMD)."""
    priority = get_priority_program(tx, priority_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=500))
    checked.check("rumpun", lambda: clean_text(rumpun, "rumpun", max_length=200))
    values = {**checked.raise_first(), "goal_id": goal_id}
    if goal_id is not None:
        _own_sasaran(tx, priority.rpjmd_id, goal_id)
    changed = {k: v for k, v in values.items() if v != getattr(priority, k)}
    if changed:
        tx.execute(
            f"UPDATE priority_programs SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
            (*changed.values(), priority_id),
        )
        tx.audit("update", "priority_program", priority_id, {k: getattr(priority, k) for k in changed}, changed)
    return get_priority_program(tx, priority_id)


@writes
def delete_priority_program(tx: Tx, priority_id: int) -> None:
    """Delete a priority program (its indicators, and the items' links to it, with it)."""
    priority = get_priority_program(tx, priority_id)
    tx.execute("DELETE FROM priority_programs WHERE id = ?", (priority_id,))
    tx.audit("delete", "priority_program", priority_id, {"name": priority.name, "rumpun": priority.rumpun}, None)


def get_strategic_issue(reader: Reader, issue_id: int) -> StrategicIssue:
    row = reader.one("SELECT id, rpjmd_id, sort_order, name, description FROM strategic_issues WHERE id = ?", (issue_id,))
    if row is None:
        raise NotFoundError(N_("Isu strategis dengan id {id} tidak ada."), id=issue_id)
    return StrategicIssue(**row)


@writes
def update_strategic_issue(tx: Tx, issue_id: int, name: str, description: str | None = None) -> StrategicIssue:
    issue = get_strategic_issue(tx, issue_id)
    checked = Checked()
    checked.check("name", lambda: require_text(name, "name", max_length=300))
    checked.check("description", lambda: clean_text(description, "notes", max_length=2000))
    changed = {k: v for k, v in checked.raise_first().items() if v != getattr(issue, k)}
    if changed:
        tx.execute(
            f"UPDATE strategic_issues SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?", (*changed.values(), issue_id)
        )
        tx.audit("update", "strategic_issue", issue_id, {k: getattr(issue, k) for k in changed}, changed)
    return get_strategic_issue(tx, issue_id)


@writes
def delete_strategic_issue(tx: Tx, issue_id: int) -> None:
    """Delete a strategic issue (its indicators, and the sub-kegiatan's links to it, with it)."""
    issue = get_strategic_issue(tx, issue_id)
    tx.execute("DELETE FROM strategic_issues WHERE id = ?", (issue_id,))
    tx.audit("delete", "strategic_issue", issue_id, {"name": issue.name}, None)


def goals_of(reader: Reader, rpjmd_id: int, kind: str) -> list[Goal]:
    """The misi, tujuan or sasaran of an RPJMD in cascade order (what an item is linked to,
    what a goal may be moved under)."""
    rows = reader.rows(
        "SELECT g.id, g.rpjmd_id, g.parent_id, g.kind, g.sort_order, g.code, g.text FROM plan_goals g"
        " LEFT JOIN plan_goals t ON t.id = g.parent_id LEFT JOIN plan_goals m ON m.id = t.parent_id"
        " WHERE g.rpjmd_id = ? AND g.kind = ? ORDER BY m.sort_order, m.id, t.sort_order, t.id, g.sort_order, g.id",
        (rpjmd_id, kind),
    )
    return [Goal(**row) for row in rows]


def issues_of(reader: Reader, rpjmd_id: int) -> list[StrategicIssue]:
    rows = reader.rows(
        "SELECT id, rpjmd_id, sort_order, name, description FROM strategic_issues WHERE rpjmd_id = ? ORDER BY sort_order, id",
        (rpjmd_id,),
    )
    return [StrategicIssue(**row) for row in rows]


def priorities_of(reader: Reader, rpjmd_id: int) -> list[PriorityProgram]:
    rows = reader.rows(
        "SELECT id, rpjmd_id, rumpun, sort_order, name, goal_id FROM priority_programs WHERE rpjmd_id = ?"
        " ORDER BY sort_order, id",
        (rpjmd_id,),
    )
    return [PriorityProgram(**row) for row in rows]


def rpjmd_of(reader: Reader, ref: str, node_id: int) -> int:
    """The RPJMD a cascade node belongs to (``ref`` as core.plans.cascade names nodes)."""
    sql = {
        "goal": "SELECT rpjmd_id FROM plan_goals WHERE id = ?",
        "item": "SELECT s.rpjmd_id FROM renstra_items i JOIN renstra s ON s.id = i.renstra_id WHERE i.id = ?",
        "priority": "SELECT rpjmd_id FROM priority_programs WHERE id = ?",
        "issue": "SELECT rpjmd_id FROM strategic_issues WHERE id = ?",
    }.get(ref)
    if sql is None:
        return node_id  # the visi and the lists under it are named by their RPJMD
    found = reader.scalar(sql, (node_id,))
    if found is None:
        raise NotFoundError(N_("Butir rencana dengan id {id} tidak ada."), id=node_id)
    return int(found)
