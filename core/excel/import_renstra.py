"""The Renstra (or Renja) of one perangkat daerah from the sheet its office keeps: the
T-C.27 matrix of Permendagri 86/2017 ("Rencana Program, Kegiatan dan Pendanaan": Tujuan,
Sasaran, Kode, Program/Kegiatan/Sub Kegiatan, Indikator, data capaian awal, target and Rp
per year, kondisi akhir, unit penanggung jawab, lokasi), a Renja (one year's target and pagu
indikatif), or our own export.

Each row with a code is a program, kegiatan or sub-kegiatan, its level told by the code's
depth and its parent found by the code's prefix; urusan and bidang rows are headings. A row
with an indicator and no code carries another indicator of the item above. The code may be
in one cell or split over the columns under one merged "KODE" header, written in any of the
styles offices use (normalised, with a note where it was written otherwise). Items are
matched by code within the PD's Renstra: a known code is updated (name, unit, pagu,
indicators and targets, sasaran links added), a new one added. A Sasaran cell (carried down
over its merged rows) is matched to the RPJMD's sasaran by code or text.

What the program does not keep is read and left: tujuan, data capaian awal, lokasi, sumber
dana. The pagu kept is the one of the whole period: the kondisi-akhir Rp where the sheet has
it, else the sum of the years' Rp."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from core.errors import RefusedError, ValidationError
from core.excel import values
from core.excel.headers import Layout, ends_table
from core.excel.mapping import words
from core.excel.read import Cell, Workbook, column_letter
from core.excel.report import Added, CancelCheck, FirstResults, Note, Plan, Progress, RowProblems, Updated, table_rows
from core.excel.units import UnitMatcher, import_scope
from core.i18n import N_
from core.money import parse_number, parse_rupiah
from core.nomenclature import UNKNOWN_CODE, government_of_code, level_of, normalise
from core.plans import nomenclature_source
from core.plans.codes import government_of, parse_code
from core.plans.renstra import (
    RenstraContext,
    create_renstra,
    insert_item_indicators,
    insert_items,
    update_items,
    validate_item,
)
from core.plans.rpjmd import region_rpjmd, set_targets, validate_targets
from core.store import Reader, Tx
from core.validation import Problem

NO_RPJMD = N_("{region} belum mempunyai RPJMD: buat RPJMD-nya dulu, lalu impor Renstra {pd}.")
NOT_A_PD = N_("{unit} bukan perangkat daerah: Renstra diimpor ke sebuah perangkat daerah (--into ID perangkat daerah).")
NEEDS_PD = N_("Sebutkan perangkat daerah yang Renstra-nya diimpor (--into ID perangkat daerah).")
NO_CODE = N_("Baris '{name}' tidak berkode: tulis kode program, kegiatan atau sub kegiatannya.")
NO_NAME = N_("Kode {code} tanpa nama program, kegiatan atau sub kegiatan.")
RESTYLED = N_("Kode '{value}' ditulis dalam gaya lain; dibaca sebagai {code}.")

OTHER_GOVERNMENT = N_("Kode {code} ({name}) adalah nomenklatur {found}, bukan untuk {region}.")
NOT_CHECKED = N_(
    "Kode di lembar ini tidak diperiksa dengan nomenklatur: tabel yang dibawa program belum memuat kode pemerintah {government}."
)
TWICE = N_("Kode {code} muncul dua kali di lembar ini (juga di baris {row}).")
NO_ITEM = N_("Indikator '{value}' tidak berada di bawah program, kegiatan atau sub kegiatan mana pun.")
UNKNOWN_SASARAN = N_("Sasaran '{value}' tidak ada di {rpjmd}. Yang terdekat: {nearest}")
UNKNOWN_SASARAN_ALONE = N_("Sasaran '{value}' tidak ada di {rpjmd}.")
OTHER_REGION = N_("Sasaran '{value}' milik RPJMD {region}, wilayah lain; Renstra ini mengikuti {rpjmd}.")
SASARAN_NORMALISED = N_("Sasaran '{value}' dibaca sebagai '{text}' dari {rpjmd}.")
PAGU_SUM = N_("Jumlah Rp per tahun ({years}) berbeda dengan Rp kondisi akhir ({total}); yang dicatat Rp kondisi akhir.")
NO_YEAR = N_("Kolom {column} ('{header}') berisi target atau Rp tanpa tahun, dan judul lembar tidak menyebut tahunnya.")
ONE_YEAR_PAGU = N_(
    "Pagu indikatif tahun {year} dari lembar ini menggantikan pagu Renstra ({before}): satu butir menyimpan satu pagu."
)
REJECTED_ROWS = N_("{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.")

_YEAR = re.compile(r"\b(20[0-9]{2})\b")
_RELATIVE = re.compile(r"\bTAHUN\s*(?:KE)?\s*-?\s*([1-9])\b")
_LEFT_OUT = ("BERIKUTNYA", "PRAKIRAAN MAJU", "REALISASI", "N+1", "N 1")
_PAGU_WORDS = ("RP", "PAGU", "DANA", "ANGGARAN")
_FIELD_COLUMN = {"code": "code", "parent": "code", "parent_id": "code", "level": "code", "name": "name", "pagu_sen": "pagu"}
_FIELD_COLUMN |= {"pagu_indikatif": "pagu", "unit": "unit", "unit_id": "unit", "sasaran": "sasaran"}


@dataclass(frozen=True)
class YearColumn:
    """A column of one year: its target (``role`` 'target'), satuan ('measure') or Rp ('pagu')."""

    index: int
    year: int
    role: str


@dataclass
class _Pending:
    """An item row being read, with the indicator rows that follow it."""

    row: int
    item_id: int | None  # the existing item, None for a new one
    fields: dict[str, Any]
    indicators: list[dict[str, Any]] = field(default_factory=list)
    rejected: bool = False


def _has(text: str, *needles: str) -> bool:
    return any(re.search(rf"(?<![A-Z]){re.escape(n)}(?![A-Z])", text) for n in needles)


def year_columns(layout: Layout, start: int) -> list[YearColumn]:
    """The target, satuan and Rp columns of each year, from the header texts: the year itself
    ('2025', 'Tahun 2025 (Tahun Berjalan)') or its place in the period ('Tahun 1', 'Tahun
    ke-2'); without either, a Target or Pagu column takes the year the title names (a Renja)."""
    title_year = next(
        (int(m.group(1)) for line in layout.title if "TAHUN" in line.upper() for m in [_YEAR.search(line)] if m), None
    )
    mapped = {index: name for name, index in layout.mapping.columns.items()}
    found: list[YearColumn] = []
    for index, parts in enumerate(layout.parts):
        name = mapped.get(index)
        if name not in (None, "target", "pagu", "measure"):
            continue
        text = words(" ".join(parts))
        if not text or _has(text, *_LEFT_OUT) or "KONDISI" in text or "CAPAIAN AWAL" in text or "TAHUN AWAL" in text:
            continue
        year = None
        absolute = _YEAR.search(text)
        relative = _RELATIVE.search(text)
        if absolute:
            year = int(absolute.group(1))
        elif relative:
            year = start + int(relative.group(1)) - 1
        elif name in ("target", "pagu"):
            year = title_year
        last = words(parts[-1]) if parts else ""
        if _has(last, "SATUAN"):
            role = "measure"
        elif _has(last, *_PAGU_WORDS):
            role = "pagu"
        elif _has(last, "TARGET", "CAPAIAN", "KINERJA") or (year is not None and last == str(year)):
            role = "target"
        else:
            continue
        if year is None:
            if name == "target":  # a pagu without a year is the period's: read as such
                raise RefusedError(NO_YEAR, column=column_letter(index), header=" ".join(parts))
            continue
        previous = found[-1] if found else None
        twin = previous is not None and (previous.index, previous.role, previous.year) == (index - 1, "target", year)
        if role == "target" and twin and layout.parts[index - 1] == parts:
            role = "measure"  # 'Target capaian kinerja' over two columns: the number, then its satuan
        found.append(YearColumn(index, year, role))
    return found


def spread(layout: Layout, name: str) -> list[int]:
    """The columns of a field written over several cells under one merged header (a code
    split into urusan | bidang | program | kegiatan | sub, a name over four columns)."""
    first = layout.mapping.columns.get(name)
    if first is None:
        return []
    top = layout.parts[first][:1]
    taken = set(layout.mapping.columns.values())
    columns = [first]
    for index in range(first + 1, len(layout.parts)):
        if index in taken or layout.parts[index][:1] != top or not top:
            break
        columns.append(index)
    return columns


def _code_part(value: Cell, place: int) -> str | None:
    """One cell of a split code: 0 or blank is no part; a number is padded to its part's
    width (a kegiatan typed 2.1 is 2.10: Excel drops the trailing zero)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}"
    written = values.text(value)
    assert written is not None
    if written.strip("0") == "" and place > 0:
        return None
    return written.strip().strip(".")


def written_code(cells: list[Cell], columns: list[int]) -> str | None:
    """The code of a row as written: one cell, or the parts of a split code joined by dots."""
    if not columns:
        return None
    if len(columns) == 1:
        value = cells[columns[0]] if columns[0] < len(cells) else None
        if isinstance(value, float) and not value.is_integer():
            return f"{value:.2f}"  # a bidang code '1.01' read as a number
        return values.text(value)
    parts = [_code_part(cells[c] if c < len(cells) else None, place) for place, c in enumerate(columns)]
    present = [p for p in parts if p is not None]
    if not present:
        return None
    if len(present) == 1 and "." in present[0]:
        return present[0]  # the whole code in the first cell
    return ".".join(present)


def written_name(cells: list[Cell], columns: list[int]) -> str | None:
    """The item's name: of a name spread over columns (urusan | bidang | program | kegiatan),
    the last one written."""
    names = [values.text(cells[c]) if c < len(cells) else None for c in columns]
    return next((" ".join(n.split()) for n in reversed(names) if n), None)


def indicator_text(indicator: dict[str, Any]) -> str:
    """'Persentase puskesmas (%): 2025 75, 2026 80' — an indicator and its targets as read."""
    targets = ", ".join(f"{year} {t[0] if isinstance(t, tuple) else t}" for year, t in sorted(indicator["targets"].items()))
    measure = f" ({indicator['measure']})" if indicator.get("measure") else ""
    return f"{indicator['name']}{measure}: {targets}" if targets else f"{indicator['name']}{measure}"


class _Sasaran:
    """The RPJMD's sasaran matched by code, text, normalised text, or refused with the
    nearest; a sasaran of another region's RPJMD is named as such."""

    def __init__(self, reader: Reader, context: RenstraContext) -> None:
        self.context = context
        self.rpjmd = str(reader.scalar("SELECT name FROM rpjmd WHERE id = ?", (context.rpjmd_id,)))
        own = [(i, g[2]) for i, g in context.goals.items() if g[0] == context.rpjmd_id and g[1] == "sasaran"]
        codes = {
            row[0]: row[1]
            for row in reader.conn.execute(
                "SELECT id, code FROM plan_goals WHERE rpjmd_id = ? AND kind = 'sasaran' AND code IS NOT NULL",
                (context.rpjmd_id,),
            )
        }
        self.by_code = {words(code): goal_id for goal_id, code in codes.items()}
        self.by_text = {words(text): goal_id for goal_id, text in own}
        self.texts = {goal_id: text for goal_id, text in own}
        self.others = {
            words(row[0]): row[1]
            for row in reader.conn.execute(
                "SELECT g.text, rg.name FROM plan_goals g JOIN rpjmd r ON r.id = g.rpjmd_id JOIN regions rg ON rg.id = r.region_id"
                " WHERE g.kind = 'sasaran'"
                " AND r.region_id <> (SELECT region_id FROM rpjmd WHERE id = ?)",
                (context.rpjmd_id,),
            )
        }
        self.cache: dict[str, tuple[list[int], str | None]] = {}

    def match(self, written: str) -> tuple[list[int], str | None]:
        """(sasaran ids, a note's text when matched otherwise than exactly) for a cell, one
        sasaran a line ('1.1.2 Menurunnya ...' is taken by its code)."""
        if written in self.cache:
            return self.cache[written]
        chosen: list[int] = []
        notes: list[str] = []
        for line in (part.strip() for part in written.splitlines()):
            if not line:
                continue
            key = words(line)
            code = re.match(r"^([0-9]+(?:\.[0-9]+)*)\.?\s+(.*)$", line)
            goal_id = self.by_code.get(key) or (self.by_code.get(words(code.group(1))) if code else None)
            goal_id = goal_id or self.by_text.get(key) or (self.by_text.get(words(code.group(2))) if code else None)
            if goal_id is not None:
                if self.texts[goal_id] != line and not code:
                    notes.append(self.texts[goal_id])
                chosen.append(goal_id)
                continue
            if key in self.others:
                raise ValidationError("sasaran", OTHER_REGION, value=line, region=self.others[key], rpjmd=self.rpjmd)
            nearest = process.extract(key, {i: words(t) for i, t in self.texts.items()}, scorer=fuzz.token_set_ratio, limit=3)
            offered = "; ".join(f"'{self.texts[i]}'" for _, score, i in nearest if score >= 50)
            if offered:
                raise ValidationError("sasaran", UNKNOWN_SASARAN, value=line, rpjmd=self.rpjmd, nearest=offered)
            raise ValidationError("sasaran", UNKNOWN_SASARAN_ALONE, value=line, rpjmd=self.rpjmd)
        result = (chosen, "; ".join(notes) or None)
        self.cache[written] = result
        return result


def _renstra_of(reader: Reader, pd_id: int, years: set[int]) -> tuple[RenstraContext, dict[str, Any]]:
    """The Renstra the sheet lands in: the PD's Renstra under its region's RPJMD (the one
    whose period holds the sheet's years, else the latest), or one the write creates."""
    from core.units import get_unit

    unit = get_unit(reader, pd_id)
    if unit.parent_id is not None:
        raise RefusedError(NOT_A_PD, unit=unit.name)
    region_id = int(reader.scalar("SELECT region_id FROM editions WHERE id = ?", (unit.edition_id,)))
    plans = region_rpjmd(reader, region_id)
    if not plans:
        region = str(reader.scalar("SELECT name FROM regions WHERE id = ?", (region_id,)))
        raise RefusedError(NO_RPJMD, region=region, pd=unit.name)
    chosen = next((p for p in plans if years and all(p.period_start <= y <= p.period_end for y in years)), plans[0])
    renstra_id = reader.scalar("SELECT id FROM renstra WHERE rpjmd_id = ? AND unit_id = ?", (chosen.id, pd_id))
    if renstra_id is None:
        context = RenstraContext.planned(reader, chosen.id, pd_id)
    else:
        context = RenstraContext(reader, int(renstra_id))
    return context, {"rpjmd_id": chosen.id, "renstra_id": renstra_id, "pd_id": pd_id}


def _existing(reader: Reader, renstra_id: int) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, dict[str, Any]]]]:
    """Item id → its fields and sasaran; item id → indicator name folded → (id, numeric, targets)."""
    items: dict[int, dict[str, Any]] = {}
    for row in reader.conn.execute("SELECT id, name, unit_id, pagu_sen FROM renstra_items WHERE renstra_id = ?", (renstra_id,)):
        items[row[0]] = {"name": row[1], "unit_id": row[2], "pagu_sen": row[3], "sasaran": set()}
    for item_id, goal_id in reader.conn.execute(
        "SELECT g.item_id, g.goal_id FROM renstra_item_goals g JOIN renstra_items i ON i.id = g.item_id WHERE i.renstra_id = ?",
        (renstra_id,),
    ):
        items[item_id]["sasaran"].add(goal_id)
    indicators: dict[int, dict[str, dict[str, Any]]] = {}
    by_id: dict[int, dict[str, Any]] = {}
    for indicator_id, item_id, name, measure, numeric in reader.conn.execute(
        "SELECT p.id, p.item_id, p.name, p.measure, p.numeric FROM plan_indicators p JOIN renstra_items i ON i.id = p.item_id"
        " WHERE i.renstra_id = ? ORDER BY p.sort_order, p.id",
        (renstra_id,),
    ):
        entry = {"id": indicator_id, "name": name, "measure": measure, "numeric": bool(numeric), "targets": {}}
        indicators.setdefault(item_id, {}).setdefault(name.casefold(), entry)
        by_id[indicator_id] = entry
    for indicator_id, year, value in reader.conn.execute(
        "SELECT t.indicator_id, t.year, t.value FROM plan_targets t JOIN plan_indicators p ON p.id = t.indicator_id"
        " JOIN renstra_items i ON i.id = p.item_id WHERE i.renstra_id = ?",
        (renstra_id,),
    ):
        by_id[indicator_id]["targets"][str(year)] = value
    return items, indicators


class _Planner:
    """One dry run: the sheet's rows read in order into the plan."""

    def __init__(self, reader: Reader, plan: Plan, layout: Layout, into: int) -> None:
        self.plan, self.layout = plan, layout
        columns = dict(layout.mapping.columns)
        self.code_columns = spread(layout, "code")
        self.name_columns = spread(layout, "name")
        sheet_years = set()
        for line in layout.title:
            sheet_years.update(int(y) for y in _YEAR.findall(line.upper()))
        header_years = {int(y) for parts in layout.parts for y in _YEAR.findall(" ".join(parts))}
        self.context, scope = _renstra_of(reader, into, header_years or sheet_years)
        period = self.context.renstra
        self.years = year_columns(layout, period.period_start)
        for column in self.years:
            columns[f"{column.role}_{column.year}_{column.index}"] = column.index
        self.columns = columns
        self.period = range(period.period_start, period.period_end + 1)
        paid = {c.year for c in self.years if c.role == "pagu"}
        # a Renja: the pagu of one year of a longer Renstra (the item keeps one pagu: said so)
        self.one_year = next(iter(paid)) if len(paid) == 1 and len(self.period) > 1 and "end_pagu" not in columns else None
        self.sasaran = _Sasaran(reader, self.context)
        pd = import_scope(reader, into)
        self.units = UnitMatcher(pd.units, pd.name)
        self.items, self.indicators = _existing(reader, period.id) if period.id else ({}, {})
        self.nomenclature = nomenclature_source.current()
        self.government = government_of(self.context.region_kind)
        self.checked = self.nomenclature is not None and self.nomenclature.covers(self.government)
        self.region = str(
            reader.scalar(
                "SELECT r.name FROM rpjmd p JOIN regions r ON r.id = p.region_id WHERE p.id = ?", (self.context.rpjmd_id,)
            )
        )
        self.seen: dict[tuple[str, int | None], int] = {}
        self.carried: str | None = None  # the Sasaran cell of the rows above (merged down)
        self.pending: _Pending | None = None
        self.warned = False
        plan.scope.update(scope)
        plan.scope["period"] = [period.period_start, period.period_end]

    # -- one row -------------------------------------------------------------------------

    def row(self, row: int, cells: list[Cell]) -> None:
        problems = RowProblems(self.plan, row, cells, self.columns)
        sasaran_cell = values.text(problems.cell("sasaran"))
        if sasaran_cell is not None:
            self.carried = sasaran_cell  # '-': no sasaran from here on
        written = written_code(cells, self.code_columns)
        name = written_name(cells, self.name_columns)
        indicator = self._indicator(problems)
        if written is None and name is None:
            if indicator is not None:
                self._continuation(problems, indicator)
            return
        if written is None:
            problems.add("code", ValidationError("code", NO_CODE, name=name))
            return
        problems.written = {"code": written}  # the whole code, not its first cell, where it spans several columns
        self._finish()
        code = problems.attempt("code", normalise, None, written)
        if code is None or level_of(code) in ("urusan", "bidang"):
            return  # refused, or a heading row of the matrix
        if len(self.code_columns) > 1:
            problems.written = {"code": code}  # a split code quoted as the row makes it, not its parts
        if len(self.code_columns) == 1 and "".join(written.split()) != code:  # split codes are always rebuilt
            problems.note("code", ValidationError("code", RESTYLED, value=written, code=code))
        if not self._in_nomenclature(problems, code):
            return
        if name is None:
            problems.add("name", ValidationError("name", NO_NAME, code=code))
            return
        self._item(problems, code, name, sasaran_cell, indicator)

    def _in_nomenclature(self, problems: RowProblems, code: str) -> bool:
        """False (the row refused) for a code the nomenclature lacks or holds for the other
        level of government; one note when it holds no codes of this level at all."""
        nomenclature = self.nomenclature
        if nomenclature is None:
            return True
        if not self.checked:
            if not self.warned:
                problems.note("code", ValidationError("code", NOT_CHECKED, government=self.government))
                self.warned = True
            return True
        level = government_of_code(code)
        if level is not None and level != self.government:
            return True  # validate_item names the other level of government
        entry = nomenclature.lookup(code)
        if entry is None:
            own = [e for e in nomenclature.nearest(code, 10) if e.government in ("both", self.government)]
            nearest = "; ".join(f"{e.code} {e.name}" for e in own[:3]) or "-"
            problems.add("code", ValidationError("code", UNKNOWN_CODE, code=code, nearest=nearest))
            return False
        if entry.government not in ("both", self.government):
            problems.add(
                "code",
                ValidationError("code", OTHER_GOVERNMENT, code=code, name=entry.name, found=entry.government, region=self.region),
            )
            return False
        return True

    def _unit(self, problems: RowProblems) -> int | None:
        written = values.text(problems.cell("unit"))
        if written is None:
            return None
        found = problems.attempt("unit", self.units.match, None, written)
        return int(found) if found is not None else None

    def _pagu(self, problems: RowProblems) -> int | None:
        """The period's pagu in sen: the kondisi-akhir Rp, else the years' Rp summed, else a
        single Pagu column; None when the sheet gives none."""
        total = None
        years = [c for c in self.years if c.role == "pagu"]
        summed, any_year = 0, False
        for column in years:
            value = problems.cells[column.index] if column.index < len(problems.cells) else None
            if values.text(value) in (None, "-"):
                continue
            sen = problems.attempt(
                f"pagu_{column.year}_{column.index}", parse_rupiah, None, values.rupiah(value), "pagu_indikatif"
            )
            if sen is not None:
                summed, any_year = summed + sen, True
        end = problems.cell("end_pagu")
        if values.text(end) not in (None, "-"):
            total = problems.attempt("end_pagu", parse_rupiah, None, values.rupiah(end), "pagu_indikatif")
            if total is not None and any_year and total != summed:
                from core.money import format_rupiah

                problems.note(
                    "end_pagu", ValidationError("pagu", PAGU_SUM, years=format_rupiah(summed), total=format_rupiah(total))
                )
            return total
        if any_year:
            return summed
        if not years and values.text(problems.cell("pagu")) not in (None, "-"):
            return problems.attempt("pagu", parse_rupiah, None, values.rupiah(problems.cell("pagu")), "pagu_indikatif")
        return None

    def _indicator(self, problems: RowProblems) -> dict[str, Any] | None:
        """The row's indicator with its targets per year (raw, '%' taken as the satuan)."""
        name = values.text(problems.cell("indicator"))
        if name is None:
            return None
        measure = values.text(problems.cell("measure"))
        targets: dict[int, tuple[Any, int]] = {}
        for column in self.years:
            value = problems.cells[column.index] if column.index < len(problems.cells) else None
            if column.role == "measure" and values.text(value):
                measure = values.text(value)
            if column.role != "target" or values.text(value) in (None, "-"):
                continue
            if isinstance(value, str) and value.strip().endswith("%"):
                value = value.strip()[:-1].strip()
                measure = measure or "%"
            targets[column.year] = (value, column.index)
        return {"name": " ".join(name.split()), "measure": measure, "targets": targets}

    def _targets(
        self, problems: RowProblems, indicator: dict[str, Any], numeric: bool
    ) -> dict[str, tuple[str, float | None]] | None:
        """The indicator's targets checked year by year (each problem against its column)."""
        clean: dict[str, tuple[str, float | None]] = {}
        ok = True
        for year, (value, index) in indicator["targets"].items():
            checked = validate_targets({year: value}, numeric, self.period)
            if checked.problems:
                ok = False
                column = f"target_{year}_{index}"
                for problem in checked.problems:
                    problems.add(column, problem)
            clean.update(checked.values)
        return clean if ok else None

    def _numeric(self, indicator: dict[str, Any], existing: dict[str, Any] | None) -> bool:
        """An indicator is numeric when it says so already, else when any target is a number."""
        if existing is not None:
            return bool(existing["numeric"])
        return any(parse_number(value) is not None for value, _ in indicator["targets"].values())

    def _checked_indicator(self, problems: RowProblems, indicator: dict[str, Any], item_id: int | None) -> dict[str, Any] | None:
        existing = self.indicators.get(item_id, {}).get(indicator["name"].casefold()) if item_id else None
        numeric = self._numeric(indicator, existing)
        targets = self._targets(problems, indicator, numeric)
        if targets is None:
            return None
        return {"name": indicator["name"], "measure": indicator["measure"], "numeric": numeric, "targets": targets}

    def _continuation(self, problems: RowProblems, indicator: dict[str, Any]) -> None:
        pending = self.pending
        if pending is None:
            problems.add("indicator", ValidationError("indicator", NO_ITEM, value=indicator["name"]))
            return
        checked = self._checked_indicator(problems, indicator, pending.item_id)
        if checked is None:
            self._reject(pending)
        elif not pending.rejected:
            pending.indicators.append(checked)

    def _reject(self, pending: _Pending) -> None:
        """An indicator row of an item refused: the item goes with it (nothing half-written)."""
        pending.rejected = True

    def _existing_item(self, code: str, unit_id: int | None) -> int | None:
        """The item of the Renstra this row updates: the code of the unit the row names (no
        unit: the one without a unit), or, where the sheet has no unit column, the code's first."""
        if "unit" not in self.columns:
            found = self.context.by_code.get((code, None))
        else:
            found = self.context.by_code.get((code, unit_id))
            if found is not None and found > 0 and self.items[found]["unit_id"] != unit_id:
                found = None
        return found if found is not None and found > 0 else None

    def _item(
        self, problems: RowProblems, code: str, name: str, sasaran_cell: str | None, indicator: dict[str, Any] | None
    ) -> None:
        context = self.context
        parsed = problems.attempt("code", parse_code, None, code)
        if parsed is None:
            return
        level = parsed.level
        unit_id = self._unit(problems)
        if (code, unit_id) in self.seen:  # a code once per unit: several units may each carry it
            problems.add("code", ValidationError("code", TWICE, code=code, row=self.seen[(code, unit_id)]))
            return
        self.seen[(code, unit_id)] = problems.row
        pagu = self._pagu(problems)
        # a program supports the sasaran over it (merged down); a kegiatan the one on its row
        wanted = sasaran_cell if level == "kegiatan" else self.carried if level == "program" else None
        sasaran: list[int] = []
        if wanted is not None and wanted != "-":
            matched = problems.attempt("sasaran", self.sasaran.match, None, wanted)
            if matched is not None:
                sasaran, note = matched
                if note:
                    problems.note(
                        "sasaran",
                        ValidationError("sasaran", SASARAN_NORMALISED, value=wanted, text=note, rpjmd=self.sasaran.rpjmd),
                    )
        item_id = self._existing_item(code, unit_id)
        fields = {"level": level, "code": code, "name": name, "unit_id": unit_id, "pagu_sen": pagu, "sasaran": sasaran}
        if item_id is not None:
            old_unit = self.items[item_id]["unit_id"]
            context.taken.discard((code, old_unit))  # the row's own item is not a clash
            checked = validate_item(context, {**fields, "unit_id": unit_id if "unit" in self.columns else old_unit})
            context.taken.add((code, old_unit))
        else:
            checked = validate_item(context, fields)
        for problem in checked.problems:
            problems.add(_FIELD_COLUMN.get(problem.field, "code"), problem)
        first = self._checked_indicator(problems, indicator, item_id) if indicator is not None else None
        if problems.count:
            return
        record = dict(checked.values)
        record["level"] = level
        if pagu is None:
            record.pop("pagu_sen", None)
        if item_id is None:
            context.claim(-problems.row, level, record["code"], record.get("unit_id"))
        self.pending = _Pending(problems.row, item_id, record, [first] if first else [])

    def _finish(self) -> None:
        """Put the item read so far (and its indicator rows) into the plan: what the dialog
        and ``--json`` show under plain names, what the write needs under ``_`` names."""
        pending, self.pending = self.pending, None
        if pending is None or pending.rejected:
            return
        record = pending.fields
        if pending.item_id is None:
            shown = {k: record.get(k) for k in ("level", "code", "name", "unit_id")}
            shown["pagu_sen"] = record.get("pagu_sen") or 0
            shown["sasaran"] = self._sasaran_text(record.get("sasaran", ()))
            shown["indicators"] = "; ".join(indicator_text(i) for i in pending.indicators) or None
            hidden = {"_parent_id": record.get("parent_id"), "_sasaran": record.get("sasaran", [])}
            self.plan.added.append(Added(pending.row, {**shown, **hidden, "_indicators": pending.indicators}))
            return
        current = self.items[pending.item_id]
        changes: dict[str, tuple[Any, Any]] = {}
        for key in ("name", "pagu_sen", "unit_id"):
            if key == "unit_id" and "unit" not in self.columns:
                continue
            if key in record and record[key] != current[key]:
                changes[key] = (current[key], record[key])
        if "pagu_sen" in changes and self.one_year is not None:
            from core.money import format_rupiah

            problem = Problem("pagu", ONE_YEAR_PAGU, {"year": self.one_year, "before": format_rupiah(current["pagu_sen"])})
            self.plan.notes.append(Note(pending.row, "", format_rupiah(record["pagu_sen"]), problem))
        more = [g for g in record.get("sasaran", ()) if g not in current["sasaran"]]
        if more:
            changes["sasaran"] = (
                self._sasaran_text(sorted(current["sasaran"])),
                self._sasaran_text(current["sasaran"] | set(more)),
            )
            changes["_sasaran"] = ([], more)
        known = self.indicators.get(pending.item_id, {})
        new, changed = [], []
        for indicator in pending.indicators:
            old = known.get(indicator["name"].casefold())
            if old is None:
                new.append(indicator)
                continue
            targets = {y: t for y, (t, _) in indicator["targets"].items()}
            if any(old["targets"].get(y) != t for y, t in targets.items()):
                changed.append({"id": old["id"], "name": old["name"], "targets": indicator["targets"], "before": old["targets"]})
        if new:
            changes["indicators"] = (None, "; ".join(indicator_text(i) for i in new))
            changes["_indicators"] = ([], new)
        if changed:
            before = "; ".join(indicator_text({"name": c["name"], "targets": c["before"]}) for c in changed)
            changes["targets"] = (before, "; ".join(indicator_text(c) for c in changed))
            changes["_targets"] = ([], changed)
        if changes:
            self.plan.updated.append(Updated(pending.row, pending.item_id, changes))
        else:
            self.plan.unchanged += 1

    def _sasaran_text(self, ids: Any) -> str | None:
        return "; ".join(self.sasaran.texts.get(i, str(i)) for i in sorted(ids)) or None

    def end(self) -> None:
        self._finish()


def plan_renstra(
    reader: Reader,
    book: Workbook,
    layout: Layout,
    *,
    into: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    first: FirstResults | None = None,
) -> Plan:
    """The dry run: every item row as an item to add, one to update (with what changes) or
    rejected problems naming the row and column. Writes nothing."""
    if into is None:
        raise RefusedError(NEEDS_PD)
    plan = Plan("renstra", str(book.path), layout.sheet, layout, {})
    planner = _Planner(reader, plan, layout, into)
    width = max(planner.columns.values(), default=-1) + 1
    last = max(planner.code_columns + planner.name_columns)

    def ends(cells: list[Cell]) -> bool:
        """A total in the code or name columns, or a signature block: an indicator 'Jumlah
        puskesmas ...' further right is data, not the sheet's total."""
        if not ends_table(cells):
            return False
        first_filled = next(i for i, v in enumerate(cells) if v is not None)
        return first_filled <= last or not words(cells[first_filled]).startswith(("JUMLAH", "TOTAL"))

    for row, cells in table_rows(book, layout, progress, cancelled, plan=plan, first=first, ends=ends):
        plan.rows += 1
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        planner.row(row, cells)
    planner.end()
    if progress is not None:
        progress(1.0, "")
    return plan


def write_renstra_plan(tx: Tx, plan: Plan, *, accept_valid: bool = False) -> dict[str, int]:
    """Write a plan made in this transaction: the Renstra itself when the PD has none yet,
    every accepted item (parents first), its indicators and sasaran links; or nothing while
    any row is rejected and ``accept_valid`` is not given (a RefusedError)."""
    if plan.rejected and not accept_valid:
        raise RefusedError(REJECTED_ROWS, count=plan.rejected_rows)
    scope = plan.scope
    renstra_id = scope.get("renstra_id")
    if renstra_id is None:
        renstra_id = create_renstra(tx, scope["rpjmd_id"], scope["pd_id"]).id
    new_ids: dict[int, int] = {}  # the dry run's placeholder (-row) → the item written
    indicators: list[tuple[int, str, str | None, bool, dict[str, tuple[str, float | None]]]] = []
    order = int(tx.scalar("SELECT coalesce(max(sort_order), 0) FROM renstra_items WHERE renstra_id = ?", (renstra_id,)))
    for level in ("program", "kegiatan", "sub_kegiatan"):
        rows = [added for added in plan.added if added.values["level"] == level]
        records = []
        for added in rows:
            record = {k: added.values[k] for k in ("level", "code", "name", "unit_id", "pagu_sen")}
            parent = added.values["_parent_id"]
            record["parent_id"] = new_ids[parent] if parent is not None and parent < 0 else parent
            record["sasaran"] = added.values["_sasaran"]
            record["sort_order"] = order = order + 1
            records.append(record)
        for added, item_id in zip(rows, insert_items(tx, renstra_id, records), strict=True):
            new_ids[-added.row] = item_id
            indicators.extend((item_id, i["name"], i["measure"], i["numeric"], i["targets"]) for i in added.values["_indicators"])
    changes = [(u.record_id, u.changes) for u in plan.updated]
    update_items(tx, changes)
    tx.executemany(
        "INSERT OR IGNORE INTO renstra_item_goals (item_id, goal_id) VALUES (?, ?)",
        ((item_id, goal) for item_id, change in changes for goal in change.get("_sasaran", ((), ()))[1]),
    )
    tx.audit_many(
        "link",
        "renstra_item_goal",
        ((item_id, None, {"goal_ids": change["_sasaran"][1]}) for item_id, change in changes if "_sasaran" in change),
    )
    for item_id, change in changes:
        indicators.extend(
            (item_id, i["name"], i["measure"], i["numeric"], i["targets"]) for i in change.get("_indicators", ((), ()))[1]
        )
        for target in change.get("_targets", ((), ()))[1]:
            set_targets(tx, target["id"], {int(y): t for y, (t, _) in target["targets"].items()})
    insert_item_indicators(tx, indicators)
    return {"added": len(plan.added), "updated": len(plan.updated)}
