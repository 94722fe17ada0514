"""Staff from a sheet (a DUK, a list of PNS and PPPK, our own export): each row matched by
NIP within the region — an update where the person exists, an addition otherwise — or
rejected with its reason. :func:`plan_staff` is the dry run; :func:`import_staff` plans
inside the caller's transaction and writes the plan through the composable writes
(``validate_staff`` with one ``StaffContext``, ``insert_staff``, ``update_staff_many``)."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from core import nip as nips
from core.dates import date_words
from core.errors import RefusedError, ValidationError
from core.excel import values
from core.excel.headers import Layout
from core.excel.mapping import words
from core.excel.read import Workbook
from core.excel.report import Added, CancelCheck, FirstResults, Plan, Progress, RowProblems, Updated, table_rows
from core.excel.units import import_scope
from core.i18n import N_
from core.staff import STAFF_FIELDS, Staff, StaffContext, insert_staff, update_staff_many, validate_staff
from core.store import Reader, Tx
from core.validation import Problem

TWICE = N_("NIP {nip} muncul dua kali di lembar ini (juga di baris {row}).")
OTHER_REGION = N_("NIP {nip} sudah tercatat di wilayah lain dalam berkas ini ({region}, atas nama {name}).")
NO_NIP = N_("NIP tidak boleh kosong (kolom NIP, atau NIP di bawah nama).")
BIRTH_DATE = N_("Tanggal lahir {date} tidak sama dengan tanggal lahir di NIP {nip} ({nip_date}).")
NO_POSITION = N_("Jabatan '{value}' tidak ada di unit {unit}: pegawai dicatat tanpa jabatan.")
REJECTED_ROWS = N_("{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.")
_STORED = STAFF_FIELDS  # what a person's record holds
_BLANK = dict.fromkeys(_STORED)
READINGS_KEPT = 20_000  # combinations of shared cells kept (a sheet whose every row differs keeps the first)


class _Region:
    """What a plan reads of the file once: the region's people by NIP, other regions' NIPs,
    positions by unit and title."""

    def __init__(self, reader: Reader, region_id: int) -> None:
        self.context = StaffContext(reader, region_id)
        self.people: dict[str, Staff] = {
            row["nip"]: Staff(**row) for row in reader.rows("SELECT * FROM staff WHERE region_id = ?", (region_id,))
        }
        self.elsewhere: dict[str, tuple[str, str]] = {
            row[0]: (row[1], row[2])
            for row in reader.conn.execute(
                "SELECT s.nip, r.name, s.name FROM staff s JOIN regions r ON r.id = s.region_id WHERE s.region_id <> ?",
                (region_id,),
            )
        }
        self.positions: dict[tuple[int, str], int] = {}
        self.titles: dict[str, list[int]] = {}
        for position_id, (unit_id, title, position_region) in self.context.positions.items():
            if position_region == region_id:
                plain = words(title)
                self.positions[(unit_id, plain)] = position_id
                self.titles.setdefault(plain, []).append(position_id)


def plan_staff(
    reader: Reader,
    book: Workbook,
    layout: Layout,
    *,
    into: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    first: FirstResults | None = None,
) -> Plan:
    """The dry run: every data row of the sheet as an addition, an update (with what
    changes) or rejected problems. Writes nothing. ``first`` gets the plan of the first
    rows early (see :func:`table_rows`), for a dialog's first screen."""
    scope = import_scope(reader, into)
    plan = Plan("staff", str(book.path), layout.sheet, layout, scope.to_json())
    region = _Region(reader, scope.region_id)
    shared = _Shared(scope.matcher())
    columns = layout.mapping.columns
    scope_units = {unit_id for unit_id, _, _ in scope.units}
    at = _Columns(columns)
    seen: dict[str, int] = {}
    # Looked up once, not per row: the loop below runs 100,000 times for a large office.
    people, elsewhere, context, region_id = region.people, region.elsewhere, region.context, scope.region_id
    add, width, nip_column = plan.added.append, at.width, "nip" if "nip" in columns else "name"
    for row, cells in table_rows(book, layout, progress, cancelled, plan=plan, first=first):
        plan.rows += 1
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        problems = RowProblems(plan, row, cells, columns)
        given = _fields(problems, at, shared, region, scope_units, into)
        nip = given.get("nip")
        if nip is None:
            if not problems.count:
                problems.add("nip", ValidationError("nip", NO_NIP), nip_column)
            continue
        if nip in seen:
            problems.add("nip", ValidationError("nip", TWICE, nip=nips.format_nip(nip), row=seen[nip]), nip_column)
            continue
        seen[nip] = row
        if nip in elsewhere:
            other, name = elsewhere[nip]
            problems.add(
                "nip", ValidationError("nip", OTHER_REGION, nip=nips.format_nip(nip), region=other, name=name), nip_column
            )
            continue
        current = people.get(nip)
        if current is None:
            if "status" not in given:
                given["status"] = _status_guess(given.get("golongan"))
            if into is not None and "unit_id" not in given and "position_id" not in given:
                given["unit_id"] = into
        checked = validate_staff(reader, region_id, given, current, context=context)
        if checked.problems:
            for problem in checked.problems:
                problems.add(problem.field, problem, _column_of(problem, columns))
        if problems.count:
            continue
        if current is None:
            record = {**_BLANK, **checked.values}  # every stored field, in their order (the validator gives no other)
            add(Added(row, record))
            context.claim(nip, None, record["name"])
        else:
            before = vars(current)  # its fields are plain values: asdict's deep copy is not needed
            changes = {k: (before[k], v) for k, v in checked.values.items() if k in _STORED and before[k] != v}
            if changes:
                plan.updated.append(Updated(row, current.id, changes))
            else:
                plan.unchanged += 1
    if progress is not None:
        progress(1.0, "")
    return plan


def _status_guess(golongan: str | None) -> str:
    """A row without a status: PPPK when its golongan is a PPPK one (IX, XI …), else PNS."""
    return "PPPK" if golongan is not None and "/" not in golongan else "PNS"


def _column_of(problem: Problem, columns: dict[str, int]) -> str:
    name = problem.field
    if name == "nip" and "nip" not in columns:
        return "name"
    if name in ("unit_id", "unit") and "unit" not in columns:
        return "position"
    return name


class _Columns:
    """Where each field sits in a row, looked up once per sheet instead of per cell; rows
    are padded to ``width`` so a field's cell is read with one index."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.width = max(columns.values(), default=-1) + 1
        get = columns.get
        self.name, self.nip, self.status, self.golongan = get("name"), get("nip"), get("status"), get("golongan")
        self.unit, self.position, self.birth = get("unit"), get("position"), get("_birth_date")
        self.pd = get("_pd")  # a region-wide sheet's PD column: where its unit names are looked up
        self.split_titles = "front_title" not in columns and "back_title" not in columns
        self.texts = [
            (key, columns[key]) for key in ("front_title", "back_title", "notes", "kinerja", "potensi") if key in columns
        ]
        self.dates = [(key, columns[key]) for key in ("_rank_since", "_position_since") if key in columns]
        # The cells whose reading repeats down a sheet (a few dozen spellings in 100,000 rows):
        # status, golongan, unit, PD and position, read once per combination (see _Shared).
        shared = [i for i in (self.status, self.golongan, self.unit, self.pd, self.position) if i is not None]
        # itemgetter of one index gives the cell, not a tuple: the first index is asked twice
        self.shared = itemgetter(*shared, *shared[:1]) if shared else _no_cells


def _no_cells(cells: list[Any]) -> tuple[()]:
    return ()


class _Recorder:
    """What reading a row's shared cells asks of its RowProblems (refusals and notes), kept to
    be asked again of every row with the same cells."""

    __slots__ = ("cells", "events")

    def __init__(self, cells: list[Any]) -> None:
        self.cells = cells
        self.events: list[tuple[bool, str, ValidationError, str | None]] = []

    def add(self, name: str, error: ValidationError, column_field: str | None = None) -> None:
        self.events.append((True, name, error, column_field))

    def note(self, name: str, error: ValidationError) -> None:
        self.events.append((False, name, error, None))

    attempt = RowProblems.attempt


def _fields(
    problems: RowProblems, at: _Columns, shared: _Shared, region: _Region, scope_units: set[int], into: int | None
) -> dict[str, Any]:
    """The row's cells as the fields validate_staff takes; value problems recorded."""
    cells = problems.cells  # padded to at.width
    attempt = problems.attempt
    given: dict[str, Any] = {}
    name, nip_text = values.name_and_nip(cells[at.name]) if at.name is not None else (None, None)
    if at.nip is not None and cells[at.nip] is not None:
        try:  # attempt() written out: asked of every row
            given["nip"] = values.nip(cells[at.nip])
        except ValidationError as exc:
            problems.add("nip", exc)
            given["nip"] = None
    elif nip_text is not None:
        given["nip"] = attempt("nip", values.nip, "name", nip_text)
    if name is not None and at.split_titles:
        front, name, back = values.titles(name)
        given["front_title"], given["back_title"] = front, back
    given["name"] = name
    for key, index in at.texts:
        given[key] = values.text(cells[index])
    same = at.shared(cells)
    known = shared.readings.get(same)
    if known is None:
        known = shared.read(same, cells, at, region, scope_units, into)
    given.update(known[0])
    for refusal, field, error, column_field in known[1]:
        if refusal:
            problems.add(field, error, column_field)
        else:
            problems.note(field, error)
    for key, index in at.dates:
        attempt(key, values.parse_date, None, cells[index], key)
    if at.birth is not None:
        born = attempt("_birth_date", values.parse_date, None, _date_part(cells[at.birth]), "_birth_date")
        nip = given.get("nip")
        same_person = born is None or not nip or given.get("status", "PNS") != "PNS" or born.strftime("%Y%m%d") == nip[:8]
        if not same_person:
            problems.add(
                "_birth_date",
                ValidationError(
                    "_birth_date",
                    BIRTH_DATE,
                    date=date_words(born.year, born.month, born.day),
                    nip=nips.format_nip(nip),
                    nip_date=f"{nip[6:8]}-{nip[4:6]}-{nip[0:4]}",
                ),
            )
    return given


Reading = tuple[dict[str, Any], list[tuple[bool, str, ValidationError, str | None]]]


class _Shared:
    """The readings of a row's shared cells (status, golongan, unit, PD, position) by the
    cells themselves: a sheet of 100,000 people repeats a few hundred combinations, each read
    once. A reading is the fields it gives and the refusals and notes it makes, in order; a
    combination holding anything but text and blanks is read again for each row (1 and 1.0
    are one key, but not always one reading)."""

    def __init__(self, matcher: Any) -> None:
        self.matcher = matcher
        self.readings: dict[tuple[Any, ...], Reading] = {}

    def read(
        self, key: tuple[Any, ...], cells: list[Any], at: _Columns, region: _Region, scope_units: set[int], into: int | None
    ) -> Reading:
        recorder = _Recorder(cells)
        reading = (_shared_fields(recorder, at, self.matcher, region, scope_units, into), recorder.events)
        if len(self.readings) < READINGS_KEPT and all(cell is None or type(cell) is str for cell in key):
            self.readings[key] = reading
        return reading


def _shared_fields(
    problems: _Recorder, at: _Columns, matcher: Any, region: _Region, scope_units: set[int], into: int | None
) -> dict[str, Any]:
    """Status, golongan, unit and position of a row, from those cells alone."""
    cells = problems.cells
    attempt = problems.attempt
    given: dict[str, Any] = {}
    status = None
    if at.status is not None:
        status = attempt("status", values.status, None, cells[at.status])
        if status is not None:
            given["status"] = status
    if at.golongan is not None:
        given["golongan"] = attempt("golongan", values.golongan, None, cells[at.golongan], status)
    unit_id = None
    unit_name = values.text(cells[at.unit]) if at.unit is not None else None
    pd_name = values.text(cells[at.pd]) if at.pd is not None and into is None else None
    if unit_name is not None and pd_name is not None:
        unit_id = attempt("unit", matcher.match_in, None, pd_name, unit_name)
        if unit_id is not None:
            given["unit_id"] = unit_id
    elif unit_name is not None:
        unit_id = attempt("unit", matcher.match, None, unit_name)
        if unit_id is not None:
            given["unit_id"] = unit_id
    title = values.text(cells[at.position]) if at.position is not None else None
    if title is not None:
        place = unit_id if unit_id is not None else into
        position_id = region.positions.get((place, words(title))) if place is not None else None
        if position_id is None and unit_id is None:
            found = [p for p in region.titles.get(words(title), []) if region.context.positions[p][0] in scope_units]
            position_id = found[0] if len(found) == 1 else None
        if position_id is not None:
            given["position_id"] = position_id
        else:
            place_name = matcher.paths.get(place, matcher.scope) if place is not None else matcher.scope
            problems.note("position", ValidationError("position", NO_POSITION, value=title, unit=place_name))
    return given


def _date_part(value: Any) -> Any:
    """'Pontianak, 15 Maret 1972' (TEMPAT/TGL LAHIR) → '15 Maret 1972'."""
    if isinstance(value, str) and "," in value:
        return value.rsplit(",", 1)[1]
    return value


def write_staff_plan(tx: Tx, plan: Plan, *, accept_valid: bool = False) -> dict[str, int]:
    """Write a plan made in this transaction: every accepted row or, while any row is
    rejected and ``accept_valid`` is not given, nothing (a RefusedError)."""
    if plan.rejected and not accept_valid:
        raise RefusedError(REJECTED_ROWS, count=plan.rejected_rows)
    region_id = int(plan.scope["region_id"])
    added = insert_staff(tx, region_id, [a.values for a in plan.added]) if plan.added else []
    changed = update_staff_many(
        tx,
        [
            (u.record_id, {k: b for k, (b, _) in u.changes.items()}, {k: a for k, (_, a) in u.changes.items()})
            for u in plan.updated
        ],
    )
    return {"added": len(added), "updated": changed}


def import_staff(
    tx: Tx,
    book: Workbook,
    layout: Layout,
    *,
    into: int | None = None,
    accept_valid: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Plan:
    """Plan and write in the caller's transaction (``store.write(undo=label)``: one undo
    step), so the plan is of the file as it is written; returns the plan written."""
    plan = plan_staff(tx, book, layout, into=into, progress=progress, cancelled=cancelled)
    write_staff_plan(tx, plan, accept_valid=accept_valid)
    return plan
