"""Positions (jabatan) from a sheet — an anjab/ABK or formasi table, or our own export —
each row a position of a unit with its category, eselon, kelas jabatan, kebutuhan and
competency standard ('M.01: 3', one per line or separated by ';'). Rows are matched by unit
(within the perangkat daerah ``into``, or within the PD a 'Perangkat daerah' column names)
and title: an update where the unit has that position, an addition otherwise, or rejected
problems. :func:`plan_positions` is the dry run; :func:`write_positions_plan` writes a plan
through the position writes of core/positions.py in the caller's transaction."""

from __future__ import annotations

import re
from typing import Any

from core.errors import RefusedError, ValidationError
from core.excel import values
from core.excel.headers import Layout
from core.excel.mapping import vocabulary, words
from core.excel.read import Cell, Workbook
from core.excel.report import Added, CancelCheck, FirstResults, Plan, Progress, RowProblems, Updated, table_rows
from core.excel.structure_values import eselon
from core.excel.units import Scope, UnitMatcher, import_scope, unit_words
from core.i18n import N_
from core.positions import (
    CATEGORIES,
    LEVELS,
    TECHNICAL_CODE,
    check_level,
    create_position,
    define_competency,
    known_competencies,
    positions_below,
    set_standard,
    standards_below,
    update_position,
)
from core.reference import load_reference
from core.store import Reader, Tx
from core.validation import clean_text, require_text, whole_number

UNKNOWN_CATEGORY = N_("Kategori jabatan '{value}' tidak dikenal (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional).")
UNKNOWN_LEVEL = N_(
    "Jenjang '{value}' tidak dikenal (Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia)."
)
STRUCTURAL_NEEDS_ESELON = N_(
    "Jabatan struktural '{value}' perlu eselonnya untuk menentukan kategorinya (JPT, administrator, pengawas)."
)
UNKNOWN_COMPETENCY = N_("Kompetensi '{code}' tidak ada dalam kamus kompetensi.")
NOT_STANDARD = N_("'{value}' bukan standar kompetensi (tulis kode: tingkat, misalnya M.01: 3).")
OUT_OF_RANGE = N_("{label}: {value} di luar batas {low}–{high}.")
TWICE = N_("Jabatan '{title}' di unit {unit} muncul dua kali di lembar ini (juga di baris {row}).")
NO_UNIT = N_("Unit jabatan ini tidak tertulis: isi kolom Unit, atau sebutkan perangkat daerah tujuan (--into ID unit).")
NO_PD = N_("Perangkat daerah '{value}' tidak ada di {scope}.")
NEW_COMPETENCY = N_("Kompetensi teknis {code} ({name}) belum ada di kamus: ditambahkan.")
REJECTED_ROWS = N_("{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.")

FIELDS = ("category", "level", "eselon", "grade", "needed", "notes")
_STANDARD = re.compile(r"^([A-Za-z]{1,5}[.\-]?[0-9]{1,4}(?:\.[0-9]{1,4})*)\s*[:=]?\s*([0-9]+)(?:\s*[—–\-(]\s*(.*?)\)?)?$")
_ESELON_CATEGORY = {"I": "jpt_madya", "II": "jpt_pratama", "III": "administrator", "IV": "pengawas", "V": "pengawas"}


def _level_words() -> dict[str, str]:
    return {words(level): level for level in LEVELS}


def category(value: Cell, grade_of: str | None) -> str | None:
    """'JPT Pratama', 'Jabatan Fungsional', 'JFU'; 'Struktural' by its eselon."""
    written = values.text(value)
    if written is None:
        return None
    normal = words(written)
    found = next((c for c in CATEGORIES if words(c) == normal), None)
    found = found or vocabulary()["position_category_words"].get(normal)
    if found == "struktural":
        if grade_of is None:
            raise ValidationError("category", STRUCTURAL_NEEDS_ESELON, value=written)
        return _ESELON_CATEGORY[grade_of.rstrip("ab")]
    if found is None:
        raise ValidationError("category", UNKNOWN_CATEGORY, value=written)
    return found


def level(value: Cell) -> str | None:
    written = values.text(value)
    if written is None or written in ("-", "—"):
        return None
    found = _level_words().get(words(written).removeprefix("JENJANG ").strip())
    if found is None:
        raise ValidationError("level", UNKNOWN_LEVEL, value=written)
    return found


def level_in_title(title: str) -> str | None:
    """'Analis Kebijakan Ahli Muda' → ahli_muda: the jenjang a functional title ends with."""
    normal = words(title)
    return next((code for phrase, code in _level_words().items() if normal.endswith(" " + phrase)), None)


def number(value: Cell, label: str, low: int, high: int) -> int | None:
    found = whole_number(values.text(value) if isinstance(value, str) else value, label)
    if found is not None and not low <= found <= high:
        raise ValidationError(label, OUT_OF_RANGE, label=label, value=found, low=low, high=high)
    return found


def standard(value: Cell, known: dict[str, tuple[str, str]], new: dict[str, str]) -> dict[str, int]:
    """'M.01: 3 — Integritas' one per line (as the export writes it), or 'M.01:3; M.02:4'.
    A technical code the file's dictionary lacks but written with its name ('T.08: 4 —
    Pengawasan dan Audit Intern') is taken as a new entry of the dictionary (into ``new``)."""
    written = values.text(value)
    levels: dict[str, int] = {}
    if written is None:
        return levels
    for piece in re.split(r"[;\n]+", written):
        piece = piece.strip().strip(",")
        if not piece:
            continue
        found = _STANDARD.match(piece)
        if not found:
            raise ValidationError("competency", NOT_STANDARD, value=piece)
        code, name = found.group(1).upper(), (found.group(3) or "").strip()
        if code not in known and code not in new:
            if not name or not TECHNICAL_CODE.match(code) or code in load_reference().competencies:
                raise ValidationError("competency", UNKNOWN_COMPETENCY, code=code)
            new[code] = name
        levels[code] = check_level(int(found.group(2)), code)
    return levels


class _Units:
    """Unit names matched within ``into``, or within the perangkat daerah a row names."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.all = scope.matcher()
        self.tops: dict[str, list[tuple[int, str, str]]] = {}
        for unit in scope.units:
            self.tops.setdefault(unit_words(unit[2].split(" › ", 1)[0]), []).append(unit)
        self.matchers: dict[str, UnitMatcher] = {}

    def match(self, name: str | None, pd: str | None) -> int:
        if pd is None or self.scope.into is not None:
            if name is None:
                if self.scope.into is None:
                    raise ValidationError("unit", NO_UNIT)
                return self.scope.into
            return self.all.match(name)
        key = unit_words(pd)
        if key not in self.tops:
            raise ValidationError("_pd", NO_PD, value=pd, scope=self.scope.name)
        if key not in self.matchers:
            units = self.tops[key]
            self.matchers[key] = UnitMatcher(units, units[0][1])
        return self.matchers[key].match(name) if name is not None else self.tops[key][0][0]


def _existing(reader: Reader, scope: Scope) -> tuple[dict[tuple[int, str], dict[str, Any]], dict[int, dict[str, int]]]:
    """(unit, title folded) → the position's fields, and position id → its standard."""
    tops = [scope.into] if scope.into is not None else [u[0] for u in scope.units if " › " not in u[2]]
    found: dict[tuple[int, str], dict[str, Any]] = {}
    standards: dict[int, dict[str, int]] = {}
    for top in tops:
        for position in positions_below(reader, top):
            found[(position.unit_id, position.title.casefold())] = {
                "id": position.id,
                **{k: getattr(position, k) for k in FIELDS},
            }
        standards.update(standards_below(reader, top))
    return found, standards


def plan_positions(
    reader: Reader,
    book: Workbook,
    layout: Layout,
    *,
    into: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    first: FirstResults | None = None,
) -> Plan:
    """The dry run: every data row as a position to add, one to update (with what changes)
    or rejected problems. Writes nothing. ``first`` gets the plan of the first rows early."""
    scope = import_scope(reader, into)
    plan = Plan("positions", str(book.path), layout.sheet, layout, scope.to_json())
    units = _Units(scope)
    existing, standards = _existing(reader, scope)
    known = known_competencies(reader)
    columns = layout.mapping.columns
    width = max(columns.values(), default=-1) + 1
    seen: dict[tuple[int, str], int] = {}
    new: dict[str, str] = {}  # technical competencies the sheet adds to the dictionary
    for row, cells in table_rows(book, layout, progress, cancelled, plan=plan, first=first):
        plan.rows += 1
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        problems = RowProblems(plan, row, cells, columns)
        before = set(new)
        given, fields = _fields(problems, known, new)
        for code in new.keys() - before:
            problems.note("standard", ValidationError("standard", NEW_COMPETENCY, code=code, name=new[code]))
        if problems.count:
            for code in new.keys() - before:
                del new[code]
        unit_name, pd = values.text(problems.cell("unit")), values.text(problems.cell("_pd"))
        unit_id = problems.attempt("unit", units.match, "unit" if unit_name is not None or pd is None else "_pd", unit_name, pd)
        title = fields.get("title")
        if problems.count or unit_id is None or title is None:
            continue
        key = (unit_id, title.casefold())
        if key in seen:
            unit = units.all.paths.get(unit_id, "")
            problems.add("title", ValidationError("title", TWICE, title=title, unit=unit, row=seen[key]))
            continue
        seen[key] = row
        current = existing.get(key)
        if current is None:
            plan.added.append(Added(row, {"unit_id": unit_id, **fields, "standard": fields.get("standard", {})}))
            _claim(plan, fields, new)
            continue
        changes = {k: (current[k], fields[k]) for k in FIELDS if k in given and current[k] != fields[k]}
        old_standard = standards.get(current["id"], {})
        if "standard" in given and old_standard != fields["standard"]:
            changes["standard"] = (old_standard, fields["standard"])
        if changes:
            plan.updated.append(Updated(row, current["id"], changes))
            _claim(plan, fields, new)
        else:
            plan.unchanged += 1
    if progress is not None:
        progress(1.0, "")
    return plan


def _claim(plan: Plan, fields: dict[str, Any], new: dict[str, str]) -> None:
    """Record in the plan the new technical competencies this accepted row's standard names."""
    wanted = plan.scope.setdefault("new_competencies", {})
    for code in fields.get("standard") or {}:
        if code in new:
            wanted[code] = new[code]


def _fields(problems: RowProblems, known: dict[str, tuple[str, str]], new: dict[str, str]) -> tuple[set[str], dict[str, Any]]:
    """The row's cells as a position's fields, and which of them the sheet has a column for."""
    columns, cell, attempt = problems.columns, problems.cell, problems.attempt
    fields: dict[str, Any] = {"title": attempt("title", _title, None, cell("title"))}
    given = {key for key in (*FIELDS, "standard") if key in columns}
    fields["eselon"] = attempt("eselon", eselon, None, cell("eselon"))
    fields["level"] = attempt("level", level, None, cell("level"))
    if fields["level"] is None and fields["title"] and "level" not in given:
        fields["level"] = level_in_title(fields["title"])
    grade_of = re.sub(r"[ab]$", "", fields["eselon"]) if fields["eselon"] else None
    written = attempt("category", category, None, cell("category"), grade_of)
    if written is None and not (values.text(cell("category")) is not None):
        written = _ESELON_CATEGORY.get(grade_of or "") or ("fungsional" if fields["level"] else "pelaksana")
        given.discard("category")
    fields["category"] = written
    if written != "fungsional" and "level" not in given:
        fields["level"] = None
    fields["grade"] = attempt("grade", number, None, cell("grade"), "Kelas jabatan", 1, 17)
    needed = attempt("needed", number, None, cell("needed"), "Kebutuhan", 0, 100000)
    fields["needed"] = needed if needed is not None else 1
    if needed is None:
        given.discard("needed")
    fields["notes"] = attempt("notes", _notes, None, cell("notes"))
    if "standard" in columns:
        fields["standard"] = attempt("standard", standard, None, cell("standard"), known, new)
    return given, fields


def _title(value: Cell) -> str:
    return require_text(values.text(value), "title", max_length=300)


def _notes(value: Cell) -> str | None:
    return clean_text(values.text(value), "notes", max_length=4000)


def write_positions_plan(tx: Tx, plan: Plan, *, accept_valid: bool = False) -> dict[str, int]:
    """Write a plan made in this transaction: every accepted row, or nothing while any row
    is rejected and ``accept_valid`` is not given (a RefusedError)."""
    if plan.rejected and not accept_valid:
        raise RefusedError(REJECTED_ROWS, count=plan.rejected_rows)
    known = known_competencies(tx)
    for code, name in plan.scope.get("new_competencies", {}).items():
        if code not in known:
            define_competency(tx, code, name)
    for added in plan.added:
        record = dict(added.values)
        levels = record.pop("standard")
        fields = {k: v for k, v in record.items() if k in FIELDS and k != "category" and v is not None}
        position = create_position(tx, record["unit_id"], record["title"], record["category"], **fields)
        if levels:
            set_standard(tx, position.id, levels)
    for updated in plan.updated:
        fields = {k: after for k, (_, after) in updated.changes.items() if k in FIELDS}
        if fields:
            update_position(tx, updated.record_id, **fields)
        if "standard" in updated.changes:
            set_standard(tx, updated.record_id, updated.changes["standard"][1])
    return {"added": len(plan.added), "updated": len(plan.updated)}
