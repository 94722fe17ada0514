"""Benchmark of the Excel export (issue 13): which writer, and the export against the floor.

Run:  .venv/bin/python bench/bench_export.py [--rows 100000] [--repeat 3] [--only idle|loaded]

Builds the scale-1 sample plus ``--rows`` generated staff (bench_bulk's generator), reads the
staff sheet's values once (NIP, names, titles, status, golongan, position, unit, ratings,
notes, derived columns with a real date, JPM), then times, interleaved, medians of
``--repeat``:

* openpyxl write-only mode writing those values with the same formats (title block, bold
  frozen header, widths, NIP and codes with the text format, dates, quote prefix on text that
  starts like a formula): the common floor;
* XlsxWriter constant-memory mode writing the same values through core/excel/workbook.py;
* the whole export ``core.excel.export.export(store, "staff", ...)``: reading the file too.

Target: whole export ≤ 1.0× openpyxl write-only. Both phases run in one go: idle, then with
one core kept busy by a CPU burner (bench/load.py). The JSON lands in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_bulk import generated_rows  # noqa: E402
from bench.load import maybe_loaded  # noqa: E402
from core import staff  # noqa: E402
from core.demo import build_demo  # noqa: E402
from core.excel import export as exporting  # noqa: E402
from core.excel.workbook import CODE, DATE, LINES, NUMBER, RUPIAH, UNSAFE_START, Book, Column  # noqa: E402
from core.store import Store, open_for_reading, open_store  # noqa: E402


def build(path: Path, rows: int) -> None:
    build_demo(path, seed=1, scale=1)
    store = open_store(path)
    try:
        region_id, records = generated_rows(store, rows)
        context = staff.StaffContext(store, region_id)
        cleaned = [staff.validate_staff(store, region_id, r, context=context).raise_first() for r in records]
        with store.write() as tx:
            staff.insert_staff(tx, region_id, cleaned)
    finally:
        store.close()


def staff_values(store: Store) -> tuple[list[str], list[Sequence[Any]]]:
    """The staff sheet's title block and rows, exactly as the export writes them."""
    scope = exporting.resolve_scope(store)
    captured: dict[str, Any] = {}

    class Capture:
        def __init__(self) -> None:
            self.path = Path("unused.xlsx")
            self.sheets: list[str] = []

        def table(self, name: str, columns: Sequence[Column], rows: Any, **options: Any) -> int:
            captured["rows"] = list(rows)
            captured["title"] = options["title"]
            self.sheets.append(name)
            return len(captured["rows"])

    run = exporting._Run(store, Capture(), scope, None, None, 1)  # type: ignore[arg-type]
    exporting._write_staff(run, exporting._scope_filters(scope))
    return captured["title"], captured["rows"]


def write_openpyxl(path: Path, title: list[str], columns: Sequence[Column], rows: list[Sequence[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pegawai")
    header_row = len(title) + 3
    for col, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{header_row + len(rows)}"
    bold, big = Font(bold=True), Font(bold=True, size=13)
    for number, line in enumerate(title):
        cell = WriteOnlyCell(sheet, line)
        cell.font = big if number == 0 else bold
        sheet.append([cell])
    when = WriteOnlyCell(sheet, datetime.combine(date.today(), datetime.min.time()))
    when.number_format = "[$-421]d mmmm yyyy"
    sheet.append(["Tanggal ekspor:", when])
    sheet.append([])
    fill, wrap = PatternFill("solid", fgColor="DDEBF7"), Alignment(wrap_text=True, vertical="top")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header.append(cell)
    sheet.append(header)
    formats = {CODE: "@", RUPIAH: "#,##0.00", NUMBER: "0.00", DATE: "dd/mm/yyyy"}
    kinds = [column.kind for column in columns]

    def cell_of(value: Any, kind: str) -> Any:
        if value is None or value == "":
            return None
        if kind == RUPIAH:
            value = value / 100
        elif kind == DATE:
            value = datetime(value.year, value.month, value.day)
        elif isinstance(value, str) and kind not in (NUMBER,):
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # never a formula
            if value.startswith(UNSAFE_START):
                cell.quotePrefix = True
            if kind == CODE:
                cell.number_format = "@"
            elif kind == LINES:
                cell.alignment = wrap
            return cell
        if kind in formats:
            cell = WriteOnlyCell(sheet, value)
            cell.number_format = formats[kind]
            return cell
        return value

    for values in rows:
        sheet.append([cell_of(value, kind) for value, kind in zip(values, kinds, strict=True)])
    book.save(path)


def write_xlsxwriter(path: Path, title: list[str], columns: Sequence[Column], rows: list[Sequence[Any]]) -> None:
    book = Book(path)
    book.table("Pegawai", columns, rows, title=title, exported_on=date.today())
    book.close()


def whole_export(source: Path, out: Path) -> None:
    with open_for_reading(source) as store:
        exporting.export(store, "staff", out)


def timed(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def phase(source: Path, folder: Path, repeat: int, title: list[str], rows: list[Sequence[Any]]) -> dict[str, Any]:
    columns = exporting.STAFF_COLUMNS
    times: dict[str, list[float]] = {"openpyxl_write_only": [], "xlsxwriter_same_values": [], "export_staff": []}
    for round_ in range(repeat):
        times["openpyxl_write_only"].append(timed(lambda: write_openpyxl(folder / "o.xlsx", title, columns, rows)))
        times["xlsxwriter_same_values"].append(timed(lambda: write_xlsxwriter(folder / "x.xlsx", title, columns, rows)))
        times["export_staff"].append(timed(lambda: whole_export(source, folder / "e.xlsx")))
        print(f"  round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()), flush=True)
    medians = {key: statistics.median(values) for key, values in times.items()}
    floor = medians["openpyxl_write_only"]
    return {
        "seconds": times,
        "medians": medians,
        "ratio_xlsxwriter": medians["xlsxwriter_same_values"] / floor,
        "ratio_export": medians["export_staff"] / floor,
        "sizes": {name: (folder / name).stat().st_size for name in ("o.xlsx", "x.xlsx", "e.xlsx")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("idle", "loaded"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "bench.sotk"
        started = time.perf_counter()
        build(source, args.rows)
        print(f"built {source.name} with {args.rows} extra staff in {time.perf_counter() - started:.1f} s")
        with open_for_reading(source) as store:
            title, rows = staff_values(store)
        print(f"{len(rows)} rows × {len(exporting.STAFF_COLUMNS)} columns")
        results: dict[str, Any] = {"rows": len(rows), "columns": len(exporting.STAFF_COLUMNS)}
        for loaded in (False, True):
            if args.only and args.only != ("loaded" if loaded else "idle"):
                continue
            with maybe_loaded(loaded) as mode:
                print(f"{mode}:")
                result = phase(source, folder, args.repeat, title, rows)
            results[mode] = result
            m = result["medians"]
            print(
                f"{mode}: openpyxl write-only {m['openpyxl_write_only']:.2f} s | XlsxWriter same values"
                f" {m['xlsxwriter_same_values']:.2f} s ({result['ratio_xlsxwriter']:.2f}×) | whole export"
                f" {m['export_staff']:.2f} s ({result['ratio_export']:.2f}×, target ≤ 1.0×)"
            )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    target = out / f"export-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.write_text(json.dumps(results, indent=2))
    print(f"results: {target}")


if __name__ == "__main__":
    main()
