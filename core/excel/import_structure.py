"""A whole structure from a sheet (a Perda lampiran table, a bureau's SOTK list, our own
export): each row a unit with its kind, typology, urusan, functions, eselon and head title;
its place given by outline numbers, a parent-name column, a level column or indentation
(core/excel/outline.py tells which the sheet uses). Rows build a new edition (created with
its region in the same transaction) or update an existing one, matched by path (PD › bidang
› seksi): an update where the path exists, an addition otherwise, or rejected rows with
their reasons, in the same :class:`Plan` as the other imports.

:func:`plan_structure` is the dry run; :func:`write_structure_plan` writes a plan in the
caller's transaction: new units in one statement per table (ids assigned up front, so a
child names its parent's new id), updates through the unit writes of core/units.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from core import journal
from core.edition_content import functions_by_unit, urusan_by_unit
from core.errors import Cancelled, RefusedError, ValidationError
from core.excel import structure_values as cell_values
from core.excel import values
from core.excel.headers import Layout
from core.excel.importers import Target
from core.excel.outline import IndentLevels, StyledOutline, dotted, indent_of, number_text, place_mode
from core.excel.read import Cell, Workbook
from core.excel.report import (
    FIRST_ROWS,
    Added,
    CancelCheck,
    FirstResults,
    Plan,
    Progress,
    RowProblems,
    Updated,
    snapshot,
    table_rows,
)
from core.excel.units import unit_words
from core.i18n import N_
from core.reference import load_reference
from core.regions import REGION_KINDS, create_edition, create_region, edition_in_force, get_edition, get_region
from core.store import Reader, Tx
from core.unit_content import Function, set_functions, set_urusan
from core.units import NAME_MAX, default_child_kind, units_in_order, update_unit
from core.validation import choice, clean_text, code_text, require_text

NEEDS_TARGET = N_(
    "Struktur diimpor ke satu edisi: sebutkan --edition ID, atau --new-edition NAMA dengan --region ID atau --new-region NAMA."
)
NEEDS_REGION = N_("Edisi baru '{name}' perlu wilayahnya: --region ID, atau --new-region NAMA --kind KIND --code KODE.")
NO_NAME = N_("Nama unit kosong.")
DUPLICATE = N_("Unit '{path}' sudah ada di baris {row}: satu unit satu baris (fungsinya boleh beberapa baris berturut-turut).")
DUPLICATE_NUMBER = N_("Nomor {number} sudah dipakai di baris {row}.")
CHILD_ABOVE = N_("Induk unit ini ({parent}) baru muncul di baris {row}, di bawahnya: urutkan induk di atas unit-unitnya.")
NO_PARENT_NUMBER = N_("Nomor {number} tidak punya induk: tidak ada baris bernomor {parent}.")
NO_PARENT = N_("Induk '{parent}' tidak ditemukan di lembar ini maupun di edisi tujuan.")
NO_PARENT_NEAREST = N_("Induk '{parent}' tidak ditemukan di lembar ini maupun di edisi tujuan. Yang paling mirip: {nearest}.")
TWO_PARENTS = N_(
    "Induk '{parent}' cocok dengan lebih dari satu unit di edisi tujuan: {names}. Tulis jalurnya, misalnya Dinas A › Sekretariat."
)
PARENT_REJECTED = N_("Induknya ('{parent}', baris {row}) ditolak, jadi unit ini juga tidak dapat diimpor.")
FUNCTIONS_WITHOUT_UNIT = N_("Baris fungsi tanpa unit: tulis nama unitnya, atau letakkan baris ini di bawah barisnya.")
KIND_GUESSED = N_("Jenis unit tidak tertulis: dicatat sebagai {kind}.")
REJECTED_ROWS = N_("{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.")

_words = lru_cache(maxsize=65536)(unit_words)  # names repeat (a Sekretariat in every PD): compared once each
FIELDS = ("kind", "short_name", "typology", "head_title", "eselon", "code", "notes")
_TEXTS = {"short_name": NAME_MAX, "head_title": NAME_MAX, "notes": 10000}
Key = tuple[str, ...]  # a unit's path, each name as unit_words compares it


@dataclass
class _Place:
    """A unit of the sheet or of the edition as later rows see it."""

    key: Key
    path: str
    kind: str
    row: int  # 0: a unit of the edition, not of the sheet
    rejected: bool = False
    unit_id: int | None = None


@dataclass
class _Pending:
    """The unit being read: its functions may go on over the next rows."""

    row: int
    cells: list[Cell]
    place: _Place
    parent: _Place | None
    values: dict[str, Any]
    given: set[str]
    functions: list[str] = field(default_factory=list)
    urusan: list[str] = field(default_factory=list)


class _Edition:
    """What the plan reads of the target edition once: its units by path with their content."""

    def __init__(self, reader: Reader, edition_id: int | None) -> None:
        self.places: dict[Key, _Place] = {}
        self.fields: dict[int, dict[str, Any]] = {}
        self.by_name: dict[str, list[_Place]] = {}
        self.children: dict[int | None, int] = {}
        if edition_id is None:
            self.functions: dict[int, list[tuple[str, str | None]]] = {}
            self.urusan: dict[int, list[str]] = {}
            return
        trail: list[tuple[str, str]] = []
        for unit in units_in_order(reader, edition_id):
            del trail[unit.depth :]
            trail.append((_words(unit.name), unit.name))
            key = tuple(k for k, _ in trail)
            place = _Place(key, " › ".join(n for _, n in trail), unit.kind, 0, unit_id=unit.id)
            self.places[key] = place
            self.by_name.setdefault(key[-1], []).append(place)
            self.fields[unit.id] = {"name": unit.name, **{k: getattr(unit, k) for k in FIELDS}}
            self.children[unit.parent_id] = self.children.get(unit.parent_id, 0) + 1
        self.functions = functions_by_unit(reader, [edition_id])  # type: ignore[arg-type]
        self.urusan = urusan_by_unit(reader, [edition_id])  # type: ignore[arg-type]


def _scope(reader: Reader, target: Target) -> dict[str, Any]:
    """The target as the plan's scope (what the dry-run JSON shows); checked, not created."""
    if target.edition is not None:
        edition = get_edition(reader, target.edition)
        return {"edition_id": edition.id, "region_id": edition.region_id, "name": edition.name}
    if target.new_edition is None:
        raise RefusedError(NEEDS_TARGET)
    name = require_text(target.new_edition, "name", max_length=300)
    if target.region is not None:
        region = get_region(reader, target.region)
        return {"edition_id": None, "region_id": region.id, "new_edition": name, "name": name}
    if target.new_region is None:
        raise RefusedError(NEEDS_REGION, name=name)
    region_name, kind, code = target.new_region
    new_region = {
        "name": require_text(region_name, "name", max_length=200),
        "kind": choice(kind, "kind", REGION_KINDS, required=True),
        "code": code_text(code, "code", max_length=40),
    }
    return {"edition_id": None, "region_id": None, "new_edition": name, "new_region": new_region, "name": name}


class _Columns:
    """Where each field sits, and the columns a name may sit in (one further right per level)."""

    def __init__(self, layout: Layout) -> None:
        columns = layout.mapping.columns
        self.width = max(columns.values(), default=-1) + 1
        get = columns.get
        self.number, self.level, self.parent = get("_number"), get("_level"), get("parent")
        self.kind, self.typology, self.eselon = get("kind"), get("typology"), get("eselon")
        self.urusan, self.functions = get("urusan"), get("functions")
        self.texts = [(key, columns[key]) for key in ("short_name", "head_title", "code", "notes") if key in columns]
        name = columns["name"]
        labels, taken = layout.labels, set(columns.values())
        self.names = [name]
        for index in range(name + 1, min(name + 6, len(labels))):
            if index in taken or labels[index] not in ("", labels[name]):
                break
            self.names.append(index)
        self.width = max(self.width, self.names[-1] + 1)


@dataclass
class _Row:
    row: int
    cells: list[Cell]
    name: str | None
    indent: int
    number: str | None
    level: int | None
    parent: str | None
    outline: tuple[int, ...] | None  # the number read as 1.1.2, if it is one
    depth: int | None = None  # its level in the tree, where the sheet gives places by level


def _read_row(row: int, cells: list[Cell], at: _Columns) -> _Row:
    if len(cells) < at.width:
        cells = cells + [None] * (at.width - len(cells))
    name, indent = None, 0
    for offset, index in enumerate(at.names):
        name = values.text(cells[index])
        if name is not None:
            indent = offset * 1000 + indent_of(cells[index])
            break
    level = None
    if at.level is not None and isinstance(cells[at.level], (int, float)) and not isinstance(cells[at.level], bool):
        level = int(cells[at.level])  # type: ignore[arg-type]
    number = number_text(cells[at.number]) if at.number is not None else None
    parent = values.text(cells[at.parent]) if at.parent is not None else None
    outline = dotted(number) if number else None
    return _Row(row, cells, " ".join(name.split()) if name else None, indent, number, level, parent, outline)


def plan_structure(
    reader: Reader,
    book: Workbook,
    layout: Layout,
    *,
    target: Target,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    first: FirstResults | None = None,
) -> Plan:
    """The dry run: every data row of the sheet as a unit to add, a unit to update (with
    what changes) or rejected problems. Writes nothing; a new edition is planned as empty.
    ``first`` gets the plan of the first rows early, for a dialog's first screen."""
    scope = _scope(reader, target)
    plan = Plan("structure", str(book.path), layout.sheet, layout, scope)
    edition = _Edition(reader, scope["edition_id"])
    at = _Columns(layout)

    def reading(done: float, message: str) -> None:
        if progress is not None:
            progress(done / 2, message)

    rows = [_read_row(row, cells, at) for row, cells in table_rows(book, layout, reading, cancelled)]
    mode = place_mode(
        [r.number for r in rows],
        [r.outline for r in rows],
        sum(1 for r in rows if r.parent),
        [r.level for r in rows],
        [r.indent for r in rows if r.name],
    )
    plan.scope = {**scope, "place": mode}
    _Planner(plan, edition, at, rows, mode).run(progress, cancelled, first)
    if progress is not None:
        progress(1.0, "")
    return plan


class _Planner:
    """One pass over the rows in sheet order: each row's place, its values, and whether it
    adds, updates or leaves a unit as it is."""

    def __init__(self, plan: Plan, edition: _Edition, at: _Columns, rows: list[_Row], mode: str) -> None:
        self.plan, self.edition, self.at, self.rows, self.mode = plan, edition, at, rows, mode
        self.sheet: dict[Key, _Place] = {}
        self.by_name: dict[str, list[_Place]] = {}
        self.numbers: dict[tuple[int, ...], _Place] = {}
        self.stack: list[_Place] = []  # the places above the current row, one per level
        self.indents = IndentLevels()
        self.styled = StyledOutline()
        self.pending: _Pending | None = None
        self.first_numbers: dict[tuple[int, ...], int] = {}
        self.first_names: dict[str, int] = {}
        for r in rows:
            if r.outline and mode == "dotted":
                self.first_numbers.setdefault(r.outline, r.row)
            if r.name:
                self.first_names.setdefault(_words(r.name), r.row)

    def run(self, progress: Progress | None, cancelled: CancelCheck | None, first: FirstResults | None) -> None:
        for count, r in enumerate(self.rows):
            if count % 2000 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(0.5 + count / max(len(self.rows), 1) / 2, f"baris {r.row}")
            self.plan.rows += 1
            self._row(r)
            if first is not None and count + 1 == FIRST_ROWS:  # the unit being read (its functions may go on) comes later
                first(snapshot(self.plan))
                first = None
        self._finish()
        if first is not None:
            first(snapshot(self.plan))

    # -- one row --------------------------------------------------------------------------

    def _row(self, r: _Row) -> None:
        problems = RowProblems(self.plan, r.row, r.cells, self.plan.layout.mapping.columns)
        statements = problems.attempt("functions", cell_values.functions, None, self._cell(r, self.at.functions))
        if r.name is None:
            if statements and self.pending is not None:
                self.pending.functions.extend(statements)
            elif statements:
                problems.add("name", ValidationError("name", FUNCTIONS_WITHOUT_UNIT))
            elif not problems.count:
                problems.add("name", ValidationError("name", NO_NAME))
            return
        parent = self._parent(r, problems)
        if problems.count:
            self._remember(r, None, problems)
            return
        key = (parent.key if parent else ()) + (_words(r.name),)
        pending = self.pending
        if pending is not None and pending.place.key == key and self._same_unit(r, pending):
            pending.functions.extend(statements or [])
            return
        if key in self.sheet:
            path = self._path(parent, r.name)
            problems.add("name", ValidationError("name", DUPLICATE, path=path, row=self.sheet[key].row))
            self._remember(r, _Place(key, path, "lainnya", r.row, rejected=True), problems)
            return
        self._finish()
        given, fields = self._fields(r, problems, parent)
        fields["name"] = problems.attempt("name", _name, None, r.name)
        place = _Place(key, self._path(parent, r.name), fields.get("kind") or "lainnya", r.row)
        if parent is not None and parent.rejected:
            problems.add("parent", ValidationError("parent", PARENT_REJECTED, parent=parent.path, row=parent.row))
        urusan = problems.attempt("urusan", cell_values.urusan, None, self._cell(r, self.at.urusan))
        place.rejected = problems.count > 0
        self._remember(r, place, problems)
        if place.rejected:
            return
        existing = self.edition.places.get(key)
        place.unit_id = existing.unit_id if existing else None
        self.pending = _Pending(r.row, r.cells, place, parent, fields, given, list(statements or []), urusan or [])

    def _cell(self, r: _Row, index: int | None) -> Cell:
        return r.cells[index] if index is not None else None

    def _path(self, parent: _Place | None, name: str) -> str:
        return f"{parent.path} › {name}" if parent is not None else name

    def _same_unit(self, r: _Row, pending: _Pending) -> bool:
        """A row that repeats the unit just read (the next of its functions): nothing else
        written on it differs."""
        at = self.at
        for index in (at.kind, at.typology, at.eselon, at.urusan, *(i for _, i in at.texts)):
            written = values.text(r.cells[index]) if index is not None else None
            if index is not None and written is not None and written != values.text(pending.cells[index]):
                return False
        return True

    def _remember(self, r: _Row, place: _Place | None, problems: RowProblems) -> None:
        """Put the row's unit where later rows look for their parent (a rejected one too: its
        children are rejected with it, not hung under another unit)."""
        if place is None:  # a row whose place is unknown: later rows naming it as parent are rejected too
            place = _Place(("#", str(r.row), _words(r.name or "")), r.name or "", "lainnya", r.row, rejected=True)
        if place.key not in self.sheet:
            self.sheet[place.key] = place
        self.by_name.setdefault(place.key[-1], []).append(place)
        number = r.outline if self.mode == "dotted" else None
        if number and number not in self.numbers:
            self.numbers[number] = place
        if r.depth is not None:
            del self.stack[r.depth :]
            self.stack.append(place)

    # -- where a row sits -----------------------------------------------------------------

    def _parent(self, r: _Row, problems: RowProblems) -> _Place | None:
        """The row's parent (None: a perangkat daerah at the top), or a problem recorded."""
        mode = self.mode
        if mode == "parent":
            return self._named_parent(r, problems)
        if mode == "dotted":
            return self._numbered_parent(r, problems)
        depth = 0
        if mode == "styled":
            depth = self.styled.depth(r.number) if r.number else len(self.stack)
            if depth is None:
                depth = len(self.stack)
        elif mode == "level":
            depth = max((r.level or 1) - 1, 0)
        elif mode == "indent":
            depth = self.indents.depth(r.indent)
        depth = min(depth, len(self.stack))
        r.depth = depth
        return self.stack[depth - 1] if depth > 0 else None

    def _numbered_parent(self, r: _Row, problems: RowProblems) -> _Place | None:
        number = r.outline
        if number is None:  # a row without a number goes under the unit above, at its level
            r.depth = len(self.stack)
            return self.stack[-1] if self.stack else None
        r.depth = len(number) - 1
        if number in self.numbers and (self.pending is None or self.pending.place is not self.numbers[number]):
            problems.add("_number", ValidationError("_number", DUPLICATE_NUMBER, number=r.number, row=self.numbers[number].row))
            return None
        if len(number) == 1:
            return None
        above = number[:-1]
        parent = self.numbers.get(above)
        if parent is None:
            text = ".".join(map(str, above))
            later = self.first_numbers.get(above)
            if later is not None and later > r.row:
                problems.add("_number", ValidationError("_number", CHILD_ABOVE, parent=text, row=later))
            else:
                problems.add("_number", ValidationError("_number", NO_PARENT_NUMBER, number=r.number, parent=text))
            return None
        return parent

    def _named_parent(self, r: _Row, problems: RowProblems) -> _Place | None:
        if r.parent is None:
            return None
        if "›" in r.parent:
            key = tuple(_words(part) for part in r.parent.split("›") if part.strip())
            found = self.sheet.get(key) or self.edition.places.get(key)
            if found is not None:
                return found
        name = _words(r.parent.split("›")[-1])
        if name in self.by_name:  # the nearest unit of that name above, in the sheet
            return self.by_name[name][-1]
        existing = self.edition.by_name.get(name, [])
        if len(existing) == 1:
            return existing[0]
        if existing:
            names = "; ".join(place.path for place in existing[:5])
            problems.add("parent", ValidationError("parent", TWO_PARENTS, parent=r.parent, names=names))
            return None
        later = self.first_names.get(name)
        if later is not None and later > r.row:
            problems.add("parent", ValidationError("parent", CHILD_ABOVE, parent=r.parent, row=later))
            return None
        problems.add("parent", self._no_parent(r.parent))
        return None

    def _no_parent(self, parent: str) -> ValidationError:
        from rapidfuzz import fuzz, process

        choices = {
            place.key[-1]: place.path.rsplit(" › ", 1)[-1]
            for place in [*self.sheet.values(), *self.edition.places.values()]
            if not place.rejected
        }
        nearest = process.extract(_words(parent), list(choices), scorer=fuzz.token_sort_ratio, limit=3, score_cutoff=50)
        if not nearest:
            return ValidationError("parent", NO_PARENT, parent=parent)
        return ValidationError("parent", NO_PARENT_NEAREST, parent=parent, nearest="; ".join(choices[c] for c, _, _ in nearest))

    # -- what a row holds ----------------------------------------------------------------

    def _fields(self, r: _Row, problems: RowProblems, parent: _Place | None) -> tuple[set[str], dict[str, Any]]:
        """The unit's stored fields from the row, and which of them the sheet gives (a column
        it has: an empty cell there clears the field of a unit being updated)."""
        at, cells, attempt = self.at, r.cells, problems.attempt
        given: set[str] = set()
        fields: dict[str, Any] = {}
        kind = attempt("kind", cell_values.kind, None, cells[at.kind]) if at.kind is not None else None
        if kind is not None:
            given.add("kind")
        elif not (at.kind is not None and values.text(cells[at.kind]) is not None):
            kind = cell_values.kind_from_words(r.name or "")
            if kind is None:
                kind = default_child_kind(parent.kind if parent else None)
                problems.note("kind", ValidationError("kind", KIND_GUESSED, kind=load_reference().unit_kind(kind).label_id))
        fields["kind"] = kind
        if at.typology is not None:
            given.add("typology")
            fields["typology"] = attempt("typology", cell_values.typology, None, cells[at.typology])
        if at.eselon is not None:
            given.add("eselon")
            fields["eselon"] = attempt("eselon", cell_values.eselon, None, cells[at.eselon])
        for key, index in at.texts:
            given.add(key)
            if key == "code":
                fields[key] = attempt(key, _code, None, cells[index])
            else:
                fields[key] = attempt(key, _clean, None, cells[index], key)
        if at.urusan is not None:
            given.add("urusan")
        if at.functions is not None:
            given.add("functions")
        return given, fields

    # -- a unit read whole -----------------------------------------------------------------

    def _finish(self) -> None:
        """The unit read so far as an addition, an update or unchanged."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        place = pending.place
        if place.unit_id is None:
            self.plan.added.append(
                Added(
                    pending.row,
                    {
                        "path": place.path,
                        "parent": pending.parent.path if pending.parent else None,
                        "parent_id": pending.parent.unit_id if pending.parent else None,
                        **pending.values,
                        "urusan": pending.urusan,
                        "functions": pending.functions,
                    },
                )
            )
            return
        before = self.edition.fields[place.unit_id]
        changes: dict[str, tuple[Any, Any]] = {}
        for key in FIELDS:
            if key in pending.given and before[key] != pending.values.get(key):
                changes[key] = (before[key], pending.values.get(key))
        # the name matched by path: written in other case or spacing, the stored one is kept
        if "urusan" in pending.given and self.edition.urusan.get(place.unit_id, []) != pending.urusan:
            changes["urusan"] = (self.edition.urusan.get(place.unit_id, []), pending.urusan)
        old_functions = [text for text, _ in self.edition.functions.get(place.unit_id, [])]
        if "functions" in pending.given and old_functions != pending.functions:
            changes["functions"] = (old_functions, pending.functions)
        if changes:
            self.plan.updated.append(Updated(pending.row, place.unit_id, changes))
        else:
            self.plan.unchanged += 1


def _clean(value: Cell, key: str) -> str | None:
    return clean_text(values.text(value), key, max_length=_TEXTS[key])


def _name(value: str) -> str:
    return require_text(value, "name", max_length=NAME_MAX)


def _code(value: Cell) -> str | None:
    return code_text(values.text(value), "code", max_length=NAME_MAX)


# -- writing ---------------------------------------------------------------------------------


def next_id(tx: Reader, table: str) -> int:
    """The id the next row of ``table`` gets (AUTOINCREMENT never reuses one)."""
    return int(
        tx.scalar(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0),"
            f" coalesce((SELECT max(id) FROM {table}), 0)) + 1"
        )
    )


def _target_edition(tx: Tx, scope: dict[str, Any]) -> int:
    """The edition the rows go into, made now (with its region) when the import asks for one."""
    if scope.get("edition_id") is not None:
        return int(scope["edition_id"])
    if scope.get("region_id") is not None:
        return create_edition(tx, int(scope["region_id"]), scope["new_edition"]).id
    region = scope["new_region"]
    made = create_region(tx, region["name"], region["kind"], region["code"], edition_name=scope["new_edition"])
    found = edition_in_force(tx, made.id)
    assert found is not None
    return found.id


def write_structure_plan(tx: Tx, plan: Plan, *, accept_valid: bool = False) -> dict[str, int]:
    """Write a plan made in this transaction: every accepted row or, while any row is
    rejected and ``accept_valid`` is not given, nothing (a RefusedError). Returns how many
    units were added and updated, and the edition's id."""
    if plan.rejected and not accept_valid:
        raise RefusedError(REJECTED_ROWS, count=plan.rejected_rows)
    edition_id = _target_edition(tx, plan.scope)
    added = _insert_units(tx, edition_id, [a.values for a in plan.added])
    for updated in plan.updated:
        _update_unit(tx, updated)
    return {"added": added, "updated": len(plan.updated), "edition_id": edition_id}


_UNIT_INSERT = (
    "INSERT INTO units (id, edition_id, parent_id, sort_order, name, kind, short_name, typology, head_title, eselon, code, notes)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _insert_units(tx: Tx, edition_id: int, records: list[dict[str, Any]]) -> int:
    """New units (parents before children, as planned) in one statement, their functions and
    urusan in one each, one audit row per unit; ids are assigned up front."""
    if not records:
        return 0
    first = next_id(tx, "units")
    ids = {record["path"]: first + n for n, record in enumerate(records)}
    counts: dict[int | None, int] = dict(
        tx.conn.execute("SELECT parent_id, count(*) FROM units WHERE edition_id = ? GROUP BY parent_id", (edition_id,))
    )
    rows = []
    for unit_id, record in zip(ids.values(), records, strict=True):
        parent = record["parent_id"] if record["parent_id"] is not None else ids.get(record["parent"])
        order = counts.get(parent, 0)
        counts[parent] = order + 1
        rows.append((unit_id, edition_id, parent, order, *(record.get(k) for k in ("name", *FIELDS))))
    with journal.inserting(tx.conn, tx.step, "units", first, first + len(rows) - 1):
        tx.executemany(_UNIT_INSERT, rows)
    statements = [
        (unit_id, n, text) for unit_id, r in zip(ids.values(), records, strict=True) for n, text in enumerate(r["functions"])
    ]
    if statements:
        start = next_id(tx, "unit_functions")
        with journal.inserting(tx.conn, tx.step, "unit_functions", start, start + len(statements) - 1):
            tx.executemany(
                "INSERT INTO unit_functions (id, unit_id, sort_order, text) VALUES (?, ?, ?, ?)",
                ((start + n, *statement) for n, statement in enumerate(statements)),
            )
    tx.executemany(
        "INSERT INTO unit_urusan (unit_id, urusan_code, sort_order) VALUES (?, ?, ?)",
        ((unit_id, code, n) for unit_id, r in zip(ids.values(), records, strict=True) for n, code in enumerate(r["urusan"])),
    )
    tx.audit_many(
        "create",
        "unit",
        (
            (
                unit_id,
                None,
                {k: v for k, v in r.items() if k not in ("path", "parent") and v not in (None, [])} | {"parent_id": row[2]},
            )
            for (unit_id, r), row in zip(zip(ids.values(), records, strict=True), rows, strict=True)
        ),
    )
    return len(rows)


def _update_unit(tx: Tx, updated: Updated) -> None:
    changes = updated.changes
    fields = {k: after for k, (_, after) in changes.items() if k in FIELDS}
    if fields:
        update_unit(tx, updated.record_id, **fields)
    if "urusan" in changes:
        set_urusan(tx, updated.record_id, changes["urusan"][1])
    if "functions" in changes:
        set_functions(tx, updated.record_id, [Function(None, text) for text in changes["functions"][1]])
