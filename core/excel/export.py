"""Export the lists of a file to .xlsx: structure with functions and urusan, positions with
their standards, staff, assets (one sheet per KIB), findings and JPM; ``all`` writes one sheet
per kind. Every sheet starts with a title block naming the region, the edition and the date.

The columns of each kind are defined here once: the export writes them, the templates
(core.excel.template) offer the same headers for import, so what is exported can be imported.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from core import competency
from core.assets import AssetFilter, asset_ids, asset_rows
from core.checks import check_titles, run_checks
from core.checks.model import Finding
from core.edition_content import functions_by_unit, urusan_by_unit
from core.errors import RefusedError
from core.eselon import eselon_label
from core.excel.workbook import CODE, DATE, INTEGER, LINES, NUMBER, RUPIAH, Book, Column, Indented, Progress, replacing
from core.i18n import N_
from core.positions import known_competencies, positions_below, standards_below
from core.reference import load_reference
from core.regions import Edition, Region, default_editions, get_edition, get_region, list_editions
from core.staff import StaffFilter, StaffRow, staff_ids, staff_rows
from core.store import Store
from core.units import OrderedUnit, get_unit, units_in_order

KINDS = ("structure", "positions", "staff", "assets", "findings", "jpm", "renstra", "all")
TITLES = {
    "structure": N_("Struktur organisasi"),
    "positions": N_("Jabatan dan standar kompetensi"),
    "staff": N_("Pegawai"),
    "assets": N_("Aset (KIB)"),
    "findings": N_("Temuan pemeriksaan"),
    "jpm": N_("Kesesuaian jabatan-pegawai (JPM)"),
    "renstra": N_("Renstra perangkat daerah"),
    "all": N_("Semua daftar"),
}
CHUNK = 5000

CATEGORY_WORDS = {
    "jpt_utama": "JPT Utama",
    "jpt_madya": "JPT Madya",
    "jpt_pratama": "JPT Pratama",
    "administrator": "Administrator",
    "pengawas": "Pengawas",
    "pelaksana": "Pelaksana",
    "fungsional": "Fungsional",
}
LEVEL_WORDS = {
    "ahli_pertama": "Ahli Pertama",
    "ahli_muda": "Ahli Muda",
    "ahli_madya": "Ahli Madya",
    "ahli_utama": "Ahli Utama",
    "pemula": "Pemula",
    "terampil": "Terampil",
    "mahir": "Mahir",
    "penyelia": "Penyelia",
}
SEVERITY_WORDS = {"error": "Galat", "warning": "Peringatan", "note": "Catatan"}
CONDITION_WORDS = {"B": "Baik", "KB": "Kurang baik", "RB": "Rusak berat"}


def kind_word(kind: str) -> str:
    """A unit kind as users write it ('Dinas', 'Bidang', 'UPTD'), from unit_kinds.csv."""
    return load_reference().unit_kind(kind).label_id


# -- the columns of each kind -------------------------------------------------------------------

REGION_COLUMN = Column("Wilayah", width=24, derived=True)

STRUCTURE_COLUMNS = (
    Column(
        "No.",
        CODE,
        8,
        "Nomor bertingkat yang menunjukkan letak unit: 1, 1.1, 1.1.2 (unit 1.1 berada di bawah unit 1).",
        "1.1",
        required=True,
    ),
    Column(
        "Tingkat",
        INTEGER,
        8,
        "Tingkat unit dalam pohon: 1 untuk perangkat daerah, 2 untuk unit di bawahnya, dan seterusnya.",
        2,
        derived=True,
    ),
    Column("Nama unit", width=40, note="Nama unit sebagaimana dalam Perkada.", example="Bidang Pendidikan Dasar", required=True),
    Column(
        "Induk",
        width=30,
        note="Nama unit atasan (kosong untuk perangkat daerah). Boleh dipakai sebagai ganti kolom No.",
        example="Dinas Pendidikan dan Kebudayaan",
    ),
    Column(
        "Jenis",
        width=18,
        note="Jenis unit dalam kata-kata: Dinas, Badan, Sekretariat, Bidang, Seksi, Subbagian, UPTD ...",
        example="Bidang",
        choices="kinds",
        required=True,
    ),
    Column("Singkatan", width=12, note="Nama singkat, bila ada.", example="Bid. Dikdas"),
    Column("Tipologi", CODE, 9, "Tipe perangkat daerah: A, B atau C (kosongkan bila tidak ada).", "A", choices="typology"),
    Column("Jabatan kepala", width=28, note="Sebutan jabatan kepala unit.", example="Kepala Bidang Pendidikan Dasar"),
    Column("Eselon", CODE, 8, "Eselon kepala unit: Ia, Ib, IIa, IIb, IIIa, IIIb, IVa, IVb.", "IIIa", choices="eselon"),
    Column("Kode", CODE, 14, "Kode unit (kode OPD), bila ada.", "1.01.2.22.0.00.01.0000"),
    Column(
        "Urusan",
        CODE,
        14,
        "Kode urusan yang diemban, dipisah titik koma: 1.01;2.22 (daftar resmi di lembar Daftar).",
        "1.01;2.22",
        choices="urusan",
    ),
    Column(
        "Fungsi",
        LINES,
        60,
        "Rumusan fungsi unit, satu fungsi per baris dalam sel (Alt+Enter untuk baris baru).",
        "penyusunan kebijakan pendidikan dasar\npelaksanaan kebijakan pendidikan dasar",
    ),
    Column("Catatan", width=20, note="Catatan bebas."),
)

POSITION_COLUMNS = (
    Column(
        "Unit",
        width=36,
        note="Nama unit tempat jabatan berada (dicocokkan dengan nama unit dalam perangkat daerah).",
        example="Bidang Pendidikan Dasar",
        required=True,
    ),
    Column("Nama jabatan", width=40, note="Nama jabatan sesuai anjab.", example="Analis Kebijakan Ahli Muda", required=True),
    Column(
        "Kategori",
        width=16,
        note="JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana atau Fungsional.",
        example="Fungsional",
        choices="categories",
        required=True,
    ),
    Column(
        "Jenjang",
        width=14,
        note="Jenjang jabatan fungsional: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia.",
        example="Ahli Muda",
        choices="levels",
    ),
    Column("Eselon", CODE, 8, "Eselon jabatan struktural: Ia ... IVb.", None, choices="eselon"),
    Column("Kelas jabatan", INTEGER, 10, "Kelas jabatan 1–17.", 11),
    Column("Kebutuhan", INTEGER, 10, "Jumlah yang dibutuhkan menurut anjab/ABK.", 3, required=True),
    Column(
        "Standar kompetensi",
        LINES,
        44,
        "Satu kompetensi per baris: kode: tingkat 1–5, nama boleh ditulis sesudah tanda —.",
        "M.01: 3 — Integritas\nM.02: 3 — Kerjasama",
    ),
    Column("Catatan", width=20, note="Catatan bebas."),
    Column("Bezetting", INTEGER, 10, derived=True),
    Column("Selisih", INTEGER, 9, derived=True),
    Column("Perangkat daerah", width=32, derived=True),
)

STAFF_COLUMNS = (
    Column("NIP", CODE, 20, "NIP 18 angka tanpa spasi, ditulis sebagai teks (bukan angka).", "199003152015031002", required=True),
    Column("Nama", width=30, note="Nama tanpa gelar.", example="Budi Santoso", required=True),
    Column("Gelar depan", width=10, note="Gelar di depan nama, misalnya Dr. atau Ir.", example="Ir."),
    Column("Gelar belakang", width=14, note="Gelar di belakang nama, misalnya S.E., M.Si.", example="M.Si."),
    Column("Status", CODE, 8, "PNS atau PPPK.", "PNS", choices="status", required=True),
    Column("Golongan", CODE, 9, "Golongan/ruang PNS (III/a) atau golongan PPPK (IX).", "III/b", choices="golongan"),
    Column("Jabatan", width=36, note="Nama jabatan yang dipegang (harus ada di unit itu).", example="Analis Kebijakan Ahli Muda"),
    Column("Unit", width=32, note="Nama unit tempat pegawai bekerja.", example="Bidang Pendidikan Dasar"),
    Column(
        "Kinerja", INTEGER, 8, "Kinerja untuk sembilan kotak: 1 di bawah, 2 sesuai, 3 di atas ekspektasi.", 2, choices="rating"
    ),
    Column("Potensi", INTEGER, 8, "Potensi untuk sembilan kotak: 1 rendah, 2 menengah, 3 tinggi.", 2, choices="rating"),
    Column("Catatan", width=20, note="Catatan bebas."),
    Column("Nama dengan gelar", width=36, derived=True),
    Column("Perangkat daerah", width=32, derived=True),
    Column("Tanggal lahir", DATE, 12, derived=True),
    Column("Umur", INTEGER, 6, derived=True),
    Column("Masa kerja (tahun)", INTEGER, 9, derived=True),
    Column("Jenis kelamin", CODE, 8, derived=True),
    Column("JPM (%)", NUMBER, 8, derived=True),
    Column("Kategori JPM", CODE, 9, derived=True),
)

ASSET_COLUMNS = (
    Column(
        "KIB",
        CODE,
        5,
        "Kategori KIB: A Tanah, B Peralatan dan Mesin, C Gedung dan Bangunan, D Jalan, Irigasi dan Jaringan, E Aset Tetap Lainnya, F Konstruksi Dalam Pengerjaan.",
        "C",
        choices="kib",
        required=True,
    ),
    Column(
        "Kode barang",
        CODE,
        20,
        "Kode barang 7 tingkat (Permendagri 108/2016); tingkat ketiga harus sesuai KIB.",
        "1.3.3.01.01.01.001",
        required=True,
    ),
    Column("Register", CODE, 9, "Nomor register dalam kode barang yang sama.", "000001"),
    Column("Nama barang", width=36, note="Nama barang.", example="Bangunan Gedung Kantor Permanen", required=True),
    Column("Tahun", INTEGER, 7, "Tahun perolehan.", 2015),
    Column("Nilai (Rp)", RUPIAH, 18, "Nilai perolehan dalam rupiah, sebagai angka (1250000,00).", 125000000000),
    Column("Kondisi", CODE, 8, "B (baik), KB (kurang baik) atau RB (rusak berat).", "B", choices="condition"),
    Column("Lokasi", width=28, note="Letak atau alamat barang.", example="Jl. Ahmad Yani No. 1"),
    Column("Luas (m²)", NUMBER, 10, "Luas dalam meter persegi (tanah dan bangunan).", 1250.5),
    Column("Nomor sertifikat", CODE, 16, "Nomor sertifikat tanah atau bangunan, bila ada.", "12.01.02.03.1.00012"),
    Column("Catatan", width=20, note="Keterangan."),
    Column("Unit", width=32, note="Nama unit yang memegang barang (pengguna/kuasa pengguna).", example="Sekretariat"),
    Column("Perangkat daerah", width=32, derived=True),
)

FINDING_COLUMNS = (
    Column("Tingkat", width=11),
    Column("Pemeriksaan", width=28),
    Column("Unit", LINES, 40),
    Column("Temuan", LINES, 60),
    Column("Saran", LINES, 40),
    Column("Dasar", width=24),
    Column("Status", width=10),
    Column("Alasan diterima", width=30),
    Column("Diterima oleh", width=14),
    Column("Tanggal diterima", DATE, 12),
    Column("Kunci", CODE, 20),
)

JPM_COLUMNS = (
    Column("NIP", CODE, 20),
    Column("Nama", width=32),
    Column("Jabatan", width=36),
    Column("Unit", width=32),
    Column("JPM (%)", NUMBER, 8),
    Column("Kategori JPM", CODE, 9),
    Column("Lengkap", width=8),
    Column("Kompetensi diminta", INTEGER, 10),
    Column("Kompetensi dinilai", INTEGER, 10),
    Column("Kompetensi kurang", LINES, 44),
)


# -- what an export covers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Editions (with their regions) and optionally one unit and everything below it."""

    editions: list[tuple[Region, Edition]]
    root: OrderedUnit | None = None

    @property
    def several(self) -> bool:
        return len(self.editions) > 1

    def title_lines(self, heading: str) -> list[str]:
        lines = [heading.upper()]
        lines.extend(f"{region.name} — {edition.name}" for region, edition in self.editions)
        if self.root is not None:
            lines.append(f"Unit: {self.root.name}")
        return lines


def resolve_scope(store: Store, unit_id: int | None = None, edition_id: int | None = None) -> Scope:
    """One unit and below, one edition, or the edition in force of every region in the file."""
    if unit_id is not None:
        unit = get_unit(store, unit_id)
        edition = get_edition(store, unit.edition_id)
        root = next(u for u in units_in_order(store, edition.id, unit_id))
        return Scope([(get_region(store, edition.region_id), edition)], root)
    if edition_id is not None:
        edition = get_edition(store, edition_id)
        return Scope([(get_region(store, edition.region_id), edition)])
    chosen = [get_edition(store, e) for e in default_editions(store)]
    if not chosen:
        raise RefusedError(N_("Berkas ini belum punya wilayah; tidak ada yang diekspor."))
    return Scope([(get_region(store, e.region_id), e) for e in chosen])


@dataclass
class Exported:
    """What an export wrote: the file and each sheet with its number of rows."""

    path: str
    sheets: list[tuple[str, int]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(count for _, count in self.sheets)


class _Run:
    """One export under way: the book, the scope, the date and the progress over sheets."""

    def __init__(
        self, store: Store, book: Book, scope: Scope, progress: Progress | None, cancel: threading.Event | None, parts: int
    ) -> None:
        self.store, self.book, self.scope = store, book, scope
        self.progress, self.cancel = progress, cancel
        self.today = date.today()
        self.parts, self.done = max(parts, 1), 0
        self.exported = Exported(str(book.path))

    def sheet(
        self, name: str, heading: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]], total: int | None = None
    ) -> None:
        if self.scope.several:  # several regions in one sheet: say which each row belongs to
            columns = (REGION_COLUMN, *columns)
        base, share = self.done / self.parts, 1 / self.parts

        def progress(fraction: float, message: str) -> None:
            if self.progress is not None:
                self.progress(base + fraction * share, message)

        if self.progress is not None:
            self.progress(base, name)
        count = self.book.table(
            name,
            columns,
            rows,
            title=self.scope.title_lines(heading),
            exported_on=self.today,
            total=total,
            progress=progress,
            cancel=self.cancel,
            message=name,
        )
        self.exported.sheets.append((self.book.sheets[-1], count))
        self.done += 1

    def tagged(self, rows: Iterable[tuple[str, Sequence[Any]]]) -> Iterator[Sequence[Any]]:
        """Rows with the region's name in front when the scope has several regions."""
        for region, values in rows:
            yield (region, *values) if self.scope.several else values


# -- structure ---------------------------------------------------------------------------------


def _outline(units: list[OrderedUnit]) -> list[str]:
    """'1', '1.1', '1.1.2' for units in tree order with their depth."""
    numbers: list[int] = []
    result = []
    for unit in units:
        del numbers[unit.depth + 1 :]
        if len(numbers) == unit.depth + 1:
            numbers[-1] += 1
        else:
            numbers.append(1)
        result.append(".".join(map(str, numbers)))
    return result


def _structure_rows(run: _Run) -> Iterator[tuple[str, Sequence[Any]]]:
    store = run.store
    edition_ids = [edition.id for _, edition in run.scope.editions]
    functions = functions_by_unit(store, edition_ids)
    urusan = urusan_by_unit(store, edition_ids)
    for region, edition in run.scope.editions:
        root = run.scope.root
        units = units_in_order(store, edition.id, root.id if root is not None else None)
        names = {unit.id: unit.name for unit in units}
        for number, unit in zip(_outline(units), units, strict=True):
            yield (
                region.name,
                (
                    number,
                    unit.depth + 1,
                    Indented(unit.name, unit.depth),
                    names.get(unit.parent_id) if unit.parent_id is not None else None,
                    kind_word(unit.kind),
                    unit.short_name,
                    unit.typology,
                    unit.head_title,
                    eselon_label(unit.eselon) or None,
                    unit.code,
                    ";".join(urusan.get(unit.id, [])),
                    "\n".join(text for text, _code in functions.get(unit.id, [])),
                    unit.notes,
                ),
            )


def _tops(run: _Run) -> Iterator[tuple[Region, Edition, list[OrderedUnit]]]:
    """Each edition of the scope with its top units (or the one unit asked for) and all units."""
    for region, edition in run.scope.editions:
        units = units_in_order(run.store, edition.id, run.scope.root.id if run.scope.root is not None else None)
        yield region, edition, units


# -- positions ---------------------------------------------------------------------------------


def _positions_rows(run: _Run) -> Iterator[tuple[str, Sequence[Any]]]:
    store = run.store
    names = known_competencies(store)
    for region, _edition, units in _tops(run):
        unit_names = _distinct_names(units)  # a name repeated within a PD as the path the importer matches
        pd_of = _pd_of(units)
        for top in (unit for unit in units if unit.depth == 0):
            standards = standards_below(store, top.id)
            for position in positions_below(store, top.id):
                standard = standards.get(position.id, {})
                yield (
                    region.name,
                    (
                        unit_names.get(position.unit_id),
                        position.title,
                        CATEGORY_WORDS.get(position.category, position.category),
                        LEVEL_WORDS.get(position.level, position.level) if position.level else None,
                        eselon_label(position.eselon) or None,
                        position.grade,
                        position.needed,
                        "\n".join(f"{code}: {level} — {names.get(code, (code, ''))[0]}" for code, level in standard.items()),
                        position.notes,
                        position.held,
                        position.difference,
                        pd_of.get(position.unit_id),
                    ),
                )


def _pd_of(units: list[OrderedUnit]) -> dict[int, str]:
    """unit id → the name of the top unit (perangkat daerah) it falls under."""
    found: dict[int, str] = {}
    top = ""
    for unit in units:
        if unit.depth == 0:
            top = unit.name
        found[unit.id] = top
    return found


def _distinct_names(units: list[OrderedUnit]) -> dict[int, str]:
    """unit id → its name, or where the name repeats within its perangkat daerah (a Bidang
    Keperawatan in each hospital) the shortest trailing path that tells it apart
    ("Rumah Sakit Jiwa … › Bidang Keperawatan"): what the importer matches a sheet's units by."""
    trails: dict[int, tuple[int, tuple[str, ...]]] = {}  # unit → (its PD, names below the PD down to it)
    trail: list[str] = []
    top = 0
    for unit in units:
        del trail[unit.depth :]
        trail.append(unit.name)
        if unit.depth == 0:
            top = unit.id
        trails[unit.id] = (top, tuple(trail[1:]) or (unit.name,))
    counts: Counter[tuple[int, tuple[str, ...]]] = Counter()
    for pd, parts in trails.values():
        for k in range(1, len(parts) + 1):
            counts[(pd, parts[-k:])] += 1
    names: dict[int, str] = {}
    for unit_id, (pd, parts) in trails.items():
        k = next((k for k in range(1, len(parts) + 1) if counts[(pd, parts[-k:])] == 1), len(parts))
        names[unit_id] = " › ".join(parts[-k:])
    return names


def _unit_names(store: Store, scope: Scope) -> dict[int, str]:
    """:func:`_distinct_names` over every edition of the scope's regions."""
    names: dict[int, str] = {}
    for region, _ in scope.editions:
        for edition in list_editions(store, region.id):
            names.update(_distinct_names(units_in_order(store, edition.id)))
    return names


# -- staff -------------------------------------------------------------------------------------


def _birth_date(row: StaffRow) -> date | None:
    if row.status != "PNS" or len(row.nip) != 18:
        return None
    try:
        return date(int(row.nip[0:4]), int(row.nip[4:6]), int(row.nip[6:8]))
    except ValueError:
        return None


def _people(store: Store, ids: list[int]) -> Iterator[tuple[StaffRow, competency.Jpm | None]]:
    """People in this order with their JPM, read a chunk at a time (a few queries per 5,000)."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        scores = {j.staff_id: j for j in competency.jpm(store, staff_ids=chunk)}
        for row in staff_rows(store, chunk):
            yield row, scores.get(row.id)


def _region_names(store: Store, scope: Scope) -> tuple[dict[int, str], dict[int, str]]:
    """(region id → name, unit id → perangkat daerah) over every edition of the scope's regions."""
    regions = {region.id: region.name for region, _ in scope.editions}
    pd_of: dict[int, str] = {}
    for region_id in regions:
        for edition in list_editions(store, region_id):
            pd_of.update(_pd_of(units_in_order(store, edition.id)))
    return regions, pd_of


def _staff_rows(
    store: Store,
    ids: list[int],
    regions: dict[int, str],
    region_of: Callable[[int], int | None],
    pd_of: dict[int, str],
    unit_names: dict[int, str],
) -> Iterator[tuple[str, Sequence[Any]]]:
    for row, score in _people(store, ids):
        percent = score.percent if score is not None and score.assessed else None
        yield (
            regions.get(region_of(row.id) or 0, ""),
            (
                row.nip,
                row.bare_name,
                row.front_title,
                row.back_title,
                row.status,
                row.golongan,
                row.position,
                unit_names.get(row.unit_id, row.unit) if row.unit_id is not None else row.unit,
                row.kinerja,
                row.potensi,
                row.notes,
                row.name,
                pd_of.get(row.unit_id) if row.unit_id is not None else None,
                _birth_date(row),
                row.age,
                row.service,
                row.gender,
                round(percent, 2) if percent is not None else None,
                score.category.code if score is not None and score.category is not None else None,
            ),
        )


def _scope_filters(scope: Scope) -> list[StaffFilter]:
    if scope.root is not None:
        return [StaffFilter(unit_id=scope.root.id)]
    return [StaffFilter(region_id=region.id) for region, _ in scope.editions]


def _write_staff(run: _Run, filters: list[StaffFilter], sort: str = "name", descending: bool = False) -> None:
    regions, pd_of = _region_names(run.store, run.scope)
    region_ids: dict[int, int] = {}
    ids: list[int] = []
    for flt in filters:
        found = staff_ids(run.store, flt, sort, descending)
        if flt.region_id is not None:
            region_ids.update(dict.fromkeys(found, flt.region_id))
        ids.extend(found)
    first_region = run.scope.editions[0][0].id
    unit_names = _unit_names(run.store, run.scope)
    rows = _staff_rows(run.store, ids, regions, lambda staff_id: region_ids.get(staff_id, first_region), pd_of, unit_names)
    run.sheet("Pegawai", "Daftar pegawai", STAFF_COLUMNS, run.tagged(rows), len(ids))


# -- assets ------------------------------------------------------------------------------------


def _write_assets(run: _Run, flt: AssetFilter | None = None) -> None:
    """One sheet per KIB (those with assets; KIB A when there are none at all)."""
    store = run.store
    per_kib: dict[str, list[tuple[str, str, int]]] = {}  # kib → (region, perangkat daerah, asset id)
    for region, _edition, units in _tops(run):
        tops = [u for u in units if u.depth == 0] if flt is None else []
        for kib in load_reference().kib:
            if flt is not None:
                chosen = [replace(flt, kib=kib)] if flt.kib in (None, kib) else []
            else:
                chosen = [AssetFilter(unit_id=top.id, kib=kib) for top in tops]
            for one in chosen:
                name = next((t.name for t in tops if t.id == one.unit_id), "")
                found = asset_ids(store, one)
                if found:
                    per_kib.setdefault(kib, []).extend((region.name, name, i) for i in found)
    pd_of = _region_names(store, run.scope)[1] if flt is not None else {}
    unit_names = _unit_names(store, run.scope)
    if not per_kib:
        per_kib = {"A" if flt is None or flt.kib is None else flt.kib: []}
    for kib, entries in per_kib.items():
        run.sheet(
            f"KIB {kib}",
            f"Kartu inventaris barang (KIB) {kib} {load_reference().kib[kib].name}",
            ASSET_COLUMNS,
            run.tagged(_asset_rows(store, entries, pd_of, unit_names)),
            len(entries),
        )


def _asset_rows(
    store: Store, entries: list[tuple[str, str, int]], pd_of: dict[int, str], unit_names: dict[int, str]
) -> Iterator[tuple[str, Sequence[Any]]]:
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start : start + CHUNK]
        for (region, pd, _id), row in zip(chunk, asset_rows(store, [i for _, _, i in chunk]), strict=True):
            yield (
                region,
                (
                    row.kib,
                    row.kode_barang,
                    row.register,
                    row.name,
                    row.year,
                    row.value_sen,
                    row.condition,
                    row.location,
                    row.area_m2,
                    row.certificate_no,
                    row.notes,
                    unit_names.get(row.unit_id, row.unit),
                    pd or pd_of.get(row.unit_id),
                ),
            )


# -- findings and JPM --------------------------------------------------------------------------


def finding_rows(findings: Iterable[Finding], paths: dict[int, str], region: str = "") -> Iterator[tuple[str, Sequence[Any]]]:
    titles = check_titles()
    for finding in findings:
        accepted = finding.accepted
        yield (
            region,
            (
                SEVERITY_WORDS.get(finding.severity, finding.severity),
                titles.get(finding.rule, finding.rule),
                "\n".join(paths.get(unit_id, str(unit_id)) for unit_id in finding.units),
                finding.message,
                finding.advice_text,
                finding.basis,
                "Diterima" if accepted is not None else "Terbuka",
                accepted.reason if accepted is not None else None,
                accepted.accepted_by if accepted is not None else None,
                accepted.accepted_at[:10] if accepted is not None and accepted.accepted_at else None,
                finding.key,
            ),
        )


def _write_findings(run: _Run) -> None:
    def rows() -> Iterator[tuple[str, Sequence[Any]]]:
        root = run.scope.root
        for region, edition in run.scope.editions:
            report = run_checks(run.store, edition.id, cancel=run.cancel)
            findings = report.findings
            if root is not None:
                below = {u.id for u in units_in_order(run.store, edition.id, root.id)}
                findings = [f for f in findings if below.intersection(f.units)]
            yield from finding_rows(findings, report.paths, region.name)

    run.sheet("Temuan", "Temuan pemeriksaan", FINDING_COLUMNS, run.tagged(rows()))


def _write_jpm(run: _Run) -> None:
    store = run.store
    names = known_competencies(store)

    def rows() -> Iterator[tuple[str, Sequence[Any]]]:
        root = run.scope.root
        for region, _edition in run.scope.editions:
            results = competency.jpm(store, unit_id=root.id) if root is not None else competency.jpm(store, region_id=region.id)
            for start in range(0, len(results), CHUNK):
                chunk = results[start : start + CHUNK]
                ids = [r.staff_id for r in chunk]
                people = {row.id: row for row in staff_rows(store, ids)}
                gaps = competency.gaps_of_people(store, ids)
                for result in chunk:
                    person = people.get(result.staff_id)
                    if person is None:
                        continue
                    short = [
                        f"{names.get(g.competency_code, (g.competency_code, ''))[0]}: {g.level if g.level is not None else '-'} dari {g.required}"
                        for g in gaps.get(result.staff_id, [])
                        if g.gap is None or g.gap < 0
                    ]
                    yield (
                        region.name,
                        (
                            person.nip,
                            person.name,
                            person.position,
                            person.unit,
                            round(result.percent, 2) if result.assessed and result.percent is not None else None,
                            result.category.code if result.category is not None else None,
                            "Ya" if result.complete else "Tidak",
                            result.competencies,
                            result.assessed,
                            "\n".join(short),
                        ),
                    )

    run.sheet("JPM", "Kesesuaian jabatan-pegawai (JPM)", JPM_COLUMNS, run.tagged(rows()))


# -- renstra -----------------------------------------------------------------------------------

RENSTRA_FIXED = (
    Column("Kode", CODE, 20, "Kode program, kegiatan atau sub kegiatan (nomenklatur yang berlaku).", "1.02.02", required=True),
    Column(
        "Program/Kegiatan/Sub Kegiatan",
        width=48,
        note="Nama program, kegiatan atau sub kegiatan; jenjangnya dibaca dari kode.",
        example="PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        required=True,
    ),
    Column(
        "Sasaran RPJMD",
        LINES,
        36,
        "Sasaran RPJMD yang didukung program (atau kegiatan), satu per baris; '-' bila tidak ada. Sel kosong pada baris"
        " program: sasaran baris di atasnya.",
        "Meningkatnya derajat kesehatan masyarakat",
    ),
    Column(
        "Indikator Kinerja",
        width=40,
        note="Indikator program/kegiatan/sub kegiatan; indikator berikutnya di baris sendiri tanpa kode.",
        example="Persentase fasilitas kesehatan terakreditasi",
    ),
    Column("Satuan", width=10, note="Satuan indikator (%, unit, dokumen).", example="%"),
)
RENSTRA_END = (
    Column("Pagu Indikatif (Rp)", RUPIAH, 20, "Pagu indikatif dalam rupiah, sebagai angka.", 675000000000),
    Column("Unit Penanggung Jawab", width=32, note="Unit di dalam perangkat daerah yang melaksanakan.", example="Sekretariat"),
)


def renstra_columns(years: Sequence[int] | None) -> tuple[Column, ...]:
    """The Renstra sheet's columns: the targets of each year of the period (or, for a
    template, of 'Tahun 1' to 'Tahun 5')."""
    labels = [f"Target {year}" for year in years] if years else [f"Target Tahun {n}" for n in range(1, 6)]
    targets = tuple(
        Column(
            label, width=10, note="Target indikator tahun itu (angka bila indikatornya berupa angka).", example=str(80 + 2 * n)
        )
        for n, label in enumerate(labels)
    )
    return (*RENSTRA_FIXED, *targets, *RENSTRA_END)


def _write_renstra(run: _Run) -> None:
    """The Renstra of the scope's perangkat daerah (its latest RPJMD's), in the shape the
    Renstra importer reads: items in tree order, further indicators on rows of their own."""
    root = run.scope.root
    if root is None or root.depth != 0:
        raise RefusedError(N_("Renstra diekspor per perangkat daerah: sebutkan unit perangkat daerahnya (--unit ID)."))
    store = run.store
    renstra = store.one(
        "SELECT s.id, s.period_start, s.period_end FROM renstra s JOIN rpjmd r ON r.id = s.rpjmd_id WHERE s.unit_id = ?"
        " ORDER BY r.period_start DESC, s.id DESC LIMIT 1",
        (root.id,),
    )
    if renstra is None:
        raise RefusedError(N_("{pd} belum mempunyai Renstra."), pd=root.name)
    years = list(range(int(renstra["period_start"]), int(renstra["period_end"]) + 1))
    names = _distinct_names(list(units_in_order(store, run.scope.editions[0][1].id, root.id)))
    items = store.rows(
        "SELECT id, parent_id, level, code, name, unit_id, pagu_sen FROM renstra_items WHERE renstra_id = ?"
        " ORDER BY sort_order, id",
        (renstra["id"],),
    )
    goals: dict[int, list[str]] = {}
    for item_id, text in store.conn.execute(
        "SELECT l.item_id, g.text FROM renstra_item_goals l JOIN renstra_items i ON i.id = l.item_id"
        " JOIN plan_goals g ON g.id = l.goal_id WHERE i.renstra_id = ? ORDER BY g.sort_order, g.id",
        (renstra["id"],),
    ):
        goals.setdefault(item_id, []).append(text)
    indicators: dict[int, list[tuple[int, str, str | None]]] = {}
    for indicator_id, item_id, name, measure in store.conn.execute(
        "SELECT p.id, p.item_id, p.name, p.measure FROM plan_indicators p JOIN renstra_items i ON i.id = p.item_id"
        " WHERE i.renstra_id = ? ORDER BY p.sort_order, p.id",
        (renstra["id"],),
    ):
        indicators.setdefault(item_id, []).append((indicator_id, name, measure))
    targets: dict[tuple[int, int], str] = {
        (row[0], row[1]): row[2]
        for row in store.conn.execute(
            "SELECT t.indicator_id, t.year, t.value FROM plan_targets t JOIN plan_indicators p ON p.id = t.indicator_id"
            " JOIN renstra_items i ON i.id = p.item_id WHERE i.renstra_id = ?",
            (renstra["id"],),
        )
    }
    children: dict[int | None, list[dict[str, Any]]] = {}
    for item in items:
        children.setdefault(item["parent_id"], []).append(item)

    def rows() -> Iterator[Sequence[Any]]:
        stack = list(reversed(children.get(None, [])))
        while stack:
            item = stack.pop()
            stack.extend(reversed(children.get(item["id"], [])))
            own = indicators.get(item["id"], [(0, None, None)])
            linked = "\n".join(goals.get(item["id"], []))
            sasaran = (linked or "-") if item["level"] == "program" else linked
            for number, (indicator_id, name, measure) in enumerate(own):
                yearly = [targets.get((indicator_id, year)) for year in years]
                if number == 0:
                    unit = names.get(item["unit_id"]) if item["unit_id"] is not None else None
                    yield (item["code"], item["name"], sasaran or None, name, measure, *yearly, item["pagu_sen"], unit)
                else:
                    yield (None, None, None, name, measure, *yearly, None, None)

    heading = f"Renstra {root.name} {years[0]}–{years[-1]}"
    run.sheet("Renstra", heading, renstra_columns(years), rows())


# -- the ways in --------------------------------------------------------------------------------


def export(
    store: Store,
    kind: str,
    path: str | Path,
    *,
    unit_id: int | None = None,
    edition_id: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Exported:
    """Write one kind (or ``all``) for a unit and below, an edition, or every region's edition
    in force, into ``path`` (replaced only once the whole book is written)."""
    if kind not in KINDS:
        raise RefusedError(N_("Jenis ekspor '{kind}' tidak dikenal (pilih dari {kinds})."), kind=kind, kinds=", ".join(KINDS))
    scope = resolve_scope(store, unit_id, edition_id)
    chosen = [k for k in KINDS[:-1] if kind == k or (kind == "all" and k != "renstra")]  # a Renstra: one PD
    parts = len(chosen) + (5 if "assets" in chosen else 0)  # assets: up to six sheets
    with replacing(path) as book:
        run = _Run(store, book, scope, progress, cancel, parts)
        for one in chosen:
            if one == "structure":
                run.sheet("Struktur", "Daftar unit dan tugas fungsi", STRUCTURE_COLUMNS, run.tagged(_structure_rows(run)))
            elif one == "positions":
                run.sheet("Jabatan", "Daftar jabatan dan standar kompetensi", POSITION_COLUMNS, run.tagged(_positions_rows(run)))
            elif one == "staff":
                _write_staff(run, _scope_filters(scope))
            elif one == "assets":
                _write_assets(run)
            elif one == "findings":
                _write_findings(run)
            elif one == "jpm":
                _write_jpm(run)
            elif one == "renstra":
                _write_renstra(run)
    run.exported.path = str(path)
    return run.exported


def _list_scope(store: Store, region_id: int | None, unit_id: int | None) -> Scope:
    """The scope named in a list's title block: the unit it shows, else its region."""
    if unit_id is not None:
        return resolve_scope(store, unit_id=unit_id)
    if region_id is not None:
        from core.regions import edition_in_force

        edition = edition_in_force(store, region_id) or list_editions(store, region_id)[0]
        return resolve_scope(store, edition_id=edition.id)
    return resolve_scope(store)


def export_staff_list(
    store: Store,
    path: str | Path,
    flt: StaffFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Exported:
    """What a staff list shows (its filter and order), one person per row."""
    scope = _list_scope(store, flt.region_id, flt.unit_id)
    scope = Scope(scope.editions[:1], scope.root)  # one list, one region: no region column
    with replacing(path) as book:
        run = _Run(store, book, scope, progress, cancel, 1)
        _write_staff(run, [flt], sort, descending)
    run.exported.path = str(path)
    return run.exported


def export_asset_list(
    store: Store, path: str | Path, flt: AssetFilter, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> Exported:
    """What an asset list shows (its filter), one sheet per KIB."""
    scope = _list_scope(store, flt.region_id, flt.unit_id)
    scope = Scope(scope.editions[:1], scope.root)
    with replacing(path) as book:
        run = _Run(store, book, scope, progress, cancel, 6)
        _write_assets(run, flt)
    run.exported.path = str(path)
    return run.exported


def export_findings_list(
    store: Store, path: str | Path, edition_id: int, findings: list[Finding], paths: dict[int, str]
) -> Exported:
    """The findings a checks panel shows (already computed: nothing is checked again)."""
    scope = resolve_scope(store, edition_id=edition_id)
    with replacing(path) as book:
        run = _Run(store, book, scope, None, None, 1)
        run.sheet("Temuan", "Temuan pemeriksaan", FINDING_COLUMNS, (values for _, values in finding_rows(findings, paths)))
    run.exported.path = str(path)
    return run.exported
