"""Daftar barang milik daerah: a summary per perangkat daerah and KIB, then every item in
KIB layout (kode barang, register, name, year, condition, area, location, value), with a
subtotal per KIB. Streamed page by page: 300,000 items never sit in memory at once."""

from __future__ import annotations

from collections.abc import Iterator

from core.assets import RegisterRow, RegisterSnapshot
from core.i18n import N_
from core.money import format_decimal, format_rupiah, group_thousands
from core.reference import load_reference
from core.store import Store
from reports.kit import EmbeddedFontCanvas
from reports.ledger import Column, Ledger
from reports.page import ReportOptions, Written
from reports.scope import resolve_scope

PLACE_SEPARATOR = " · "
SUMMARY = (
    Column("Perangkat daerah / unit", 44),
    Column("KIB", 26),
    Column("Jumlah barang", 10, "right"),
    Column("Nilai perolehan (Rp)", 18, "right"),
)
# Codes, years and amounts get the width they need (their widest value) on any paper; the
# rest goes to the names, and most of it to "Lokasi / unit" (a street and a unit's name).
ITEMS = (
    Column("No.", 0, "right", sample="99999"),
    Column("Kode barang", 0, sample="1.3.2.02.01.01.001"),
    Column("Register", 0, sample="000000"),
    Column("Nama barang", 21),
    Column("Tahun", 0, "centre", sample="0000"),
    Column("Kondisi", 0, "centre", sample="KB"),
    Column("Luas (m²)", 0, "right", sample="99.999,99"),
    Column("Lokasi / unit", 32, tail=PLACE_SEPARATOR),
    Column("Nilai perolehan (Rp)", 0, "right", sample="99.999.999.999,99"),
)
CONDITION = {"B": "B", "KB": "KB", "RB": "RB"}

Group = tuple[int, str, str, str, int, int]  # top unit id, name, region, KIB, count, value


def amount(sen: int) -> str:
    """'12.500.000,50': the column's title says rupiah."""
    return format_rupiah(sen).removeprefix("Rp ")


def _item(number: int, row: RegisterRow) -> list[str]:
    place = PLACE_SEPARATOR.join(x for x in (row.location, row.unit) if x)
    return [
        str(number),
        row.kode_barang,
        row.register or "",
        row.name,
        "" if row.year is None else str(row.year),
        CONDITION.get(row.condition, row.condition),
        "" if row.area_m2 is None else format_decimal(row.area_m2),
        place,
        amount(row.value_sen),
    ]


def _feed(ledger: Ledger, groups: list[Group], rows: Iterator[RegisterRow] | None, options: ReportOptions | None) -> None:
    """Everything the report says, in order; with ``rows`` None only the pages are counted."""
    kib_names = {k: v.name for k, v in load_reference().kib.items()}
    several = len({g[2] for g in groups}) > 1  # regions: name the region with each unit
    groups = [
        (pd_id, f"{region} · {pd}" if several else pd, region, kib, count, value)
        for pd_id, pd, region, kib, count, value in groups
    ]
    ledger.section(SUMMARY)
    ledger.heading("Ringkasan per perangkat daerah dan KIB")
    per_kib: dict[str, list[int]] = {}
    for _pd_id, pd, _region, kib, count, value in groups:
        ledger.row([pd, f"KIB {kib} {kib_names.get(kib, '')}", group_thousands(count), amount(value)])
        totals = per_kib.setdefault(kib, [0, 0])
        totals[0] += count
        totals[1] += value
    for kib in sorted(per_kib):
        count, value = per_kib[kib]
        ledger.row(["Jumlah", f"KIB {kib} {kib_names.get(kib, '')}", group_thousands(count), amount(value)], bold=True)
    everything = sum(c for c, _ in per_kib.values()), sum(v for _, v in per_kib.values())
    ledger.row(["Jumlah seluruhnya", "", group_thousands(everything[0]), amount(everything[1])], bold=True)

    ledger.section(ITEMS)
    current = None
    done = 0
    for pd_id, pd, _region, kib, count, value in groups:
        if pd_id != current:
            ledger.heading(pd.upper(), keep_rows=4, group=True)  # its KIB heading and two rows come with it
            current = pd_id
        ledger.heading(f"KIB {kib} — {kib_names.get(kib, '')}", context=f"{pd.upper()} · KIB {kib}")
        for number in range(1, count + 1):
            row = next(rows) if rows is not None else None
            ledger.row(_item(number, row) if row is not None else None)
        done += count
        if options is not None:
            options.step(0.1 + 0.9 * done / max(1, everything[0]), N_("Menulis daftar aset"))
        ledger.row(["", "", "", f"Jumlah KIB {kib}", "", "", "", f"{group_thousands(count)} barang", amount(value)], bold=True)
    if not groups:
        ledger.heading("Tidak ada aset dalam lingkup ini.", keep_rows=0)


def write_assets(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    scope = resolve_scope(store, unit_id, edition_id)
    options.step(0.02, N_("Mengumpulkan aset"))
    snapshot = RegisterSnapshot(store, scope.edition_ids, scope.root_id)
    try:
        groups = snapshot.groups()
        count = sum(g[4] for g in groups)
        value = sum(g[5] for g in groups)
        size = options.page_size(default_landscape=True)
        title = "DAFTAR BARANG MILIK DAERAH (KIB)"
        subtitle = f"{scope.subject} · {group_thousands(count)} barang · {format_rupiah(value)}"
        footer = f"Daftar aset — {scope.subject} — dicetak {options.today()}"
        counting = Ledger(None, size, ITEMS, title, subtitle, footer)
        _feed(counting, groups, None, None)
        pages = counting.finish()
        canvas = EmbeddedFontCanvas(path, pagesize=size, invariant=1 if options.invariant else 0, pageCompression=1)
        canvas.setTitle(f"Daftar aset {scope.subject}")
        canvas.setAuthor("SOTK Planner")
        canvas.setCreator("SOTK Planner")
        ledger = Ledger(canvas, size, ITEMS, title, subtitle, footer, total_pages=pages)
        _feed(ledger, groups, snapshot.rows(), options)
        drawn = ledger.finish()
        canvas.save()
    finally:
        snapshot.close()
    return Written(path, drawn)
