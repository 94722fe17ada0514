"""The command line of SOTK Planner. Qt-free: it starts fast and runs headless.

``python main.py [FILE]`` opens the window; ``python main.py COMMAND ...`` runs a
command. Errors a user can act on go to stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core import APP_NAME, __version__
from core.errors import SotkError

if TYPE_CHECKING:
    from core.store import Store

EXIT_OK = 0
EXIT_USER_ERROR = 2

STATUS_LABELS = {"in_force": "berlaku", "draft": "draf", "archived": "arsip"}


class UsageError(Exception):
    """Bad arguments: argparse's message, reported with exit status 2."""


# argparse's own words (usage, errors, help), in Indonesian like the rest of the output.
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak ada (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(value)r bukan %(type)s",
    "expected one argument": "perlu satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ambiguous option: %(option)s could match %(matches)s": "pilihan %(option)s bisa berarti %(matches)s",
}
argparse._ = lambda text: _ARGPARSE_ID.get(text, text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def print_json(data: object) -> None:
    """Machine-readable output (shapes in the README): UTF-8 names as they are, indented."""
    write_json(data, sys.stdout)


def write_json(data: object, stream: TextIO) -> None:
    """The JSON the command line prints, to any text stream (the window saves the same)."""
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


@contextlib.contextmanager
def reading(path: str) -> Iterator[Store]:
    """The file for a command that only reads it; what opening did (an unfinished change
    undone) is said on stderr first, so the output itself stays clean for a pipe."""
    from core.store import open_for_reading

    with open_for_reading(path) as store:
        for notice in store.notices:
            print(f"Catatan: {notice.message}", file=sys.stderr)
        yield store


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=f"{APP_NAME}: perencanaan struktur organisasi perangkat daerah.",
        epilog=(
            "perintah:\n"
            "  demo OUT.sotk [--seed N] [--scale N] [--force]\n"
            "                                         buat berkas contoh (Kalimantan Barat)\n"
            "  info FILE.sotk [--json]                ringkasan isi berkas\n"
            "  check FILE.sotk [--edition ID] [--json] [--fail-on error|warning]\n"
            "                                         periksa tumpang tindih, kekosongan urusan, batas struktur\n"
            "  staff FILE.sotk [--unit ID] [--json]    daftar pegawai (NIP, pangkat, jabatan, umur, masa kerja)\n"
            "  jpm FILE.sotk [--unit ID] [--json]      kesesuaian jabatan-pegawai (JPM) per orang dan per unit\n"
            "  assets FILE.sotk [--unit ID] [--kib B] [--json]   daftar aset (KIB)\n"
            "  assets-summary FILE.sotk [--json]       jumlah dan nilai aset per perangkat daerah dan KIB\n"
            "  report JENIS FILE.sotk -o OUT.pdf [--unit ID | --edition ID] [--paper A4|F4|A3]\n"
            "         [--landscape | --portrait] [--lampiran] [--signature [--signer-title T] [--signer-name N]]\n"
            "         [--sections org-chart,findings,competency,assets,structure,synergy,cascade]\n"
            "                                         laporan PDF (JENIS: org-chart, structure, findings, competency,\n"
            "                                         assets, meeting-pack, restructuring --draft ID)\n"
            "  report guide -o PANDUAN.pdf [--lang en]  panduan pengguna (juga di jendela: Bantuan → Panduan, F1)\n"
            "  audit FILE.sotk [--since TANGGAL] [--until TANGGAL] [--unit ID] [--user U] [--action A] [--json]\n"
            "                                         riwayat perubahan (log audit), hanya membaca\n"
            "  import staff|assets|structure|positions|renstra FILE.sotk IN.xlsx|IN.csv [--into ID] [--sheet NAMA]\n"
            "         [--edition ID | --new-edition NAMA [--region ID | --new-region NAMA --kind KIND --code KODE]]\n"
            "         [--mapping MAP.json] [--dry-run] [--accept-valid] [--json]\n"
            "                                         impor pegawai, aset, struktur, jabatan atau Renstra/Renja\n"
            "  export JENIS FILE.sotk OUT.xlsx [--unit ID | --edition ID]\n"
            "                                         ekspor ke Excel (JENIS: structure, positions, staff, assets,\n"
            "                                         findings, jpm, renstra --unit PD, all)\n"
            "  template JENIS OUT.xlsx                templat impor Excel (JENIS: staff, assets, structure, positions,\n"
            "                                         renstra)\n"
            "  diff FILE.sotk EDISI_A EDISI_B [--json]  bandingkan dua edisi (unit, urusan, fungsi, jabatan, temuan)\n"
            "  restructure draft|status|propose|impact|apply FILE.sotk ...\n"
            "                                         restrukturisasi: draf, usulan pemetaan, dampak, penerapan\n"
            "  plans FILE.sotk [--region ID] [--json]  pohon kinerja: RPJMD sampai sub kegiatan\n"
            "\n'main.py PERINTAH --help' menjelaskan tiap perintah."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="berkas .sotk yang dibuka (bawaan: berkas terakhir, atau data contoh)")
    parser.add_argument("--read-only", action="store_true", help="buka hanya-baca")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan (id: Indonesia, en: English)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="buka jendela (pada FILE, atau data contoh), tunggu sampai tampil dan pohon terisi, cetak satu baris JSON"
        " (shown_ms, tree_ms, window_width, window_height; ms sejak proses mulai) lalu keluar",
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="tampilkan nomor versi program lalu keluar"
    )
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py demo", description="Buat berkas contoh: Provinsi Kalimantan Barat dengan data fiktif.")
    parser.add_argument("out", help="berkas .sotk yang dibuat")
    parser.add_argument("--seed", type=int, default=1, help="benih acak; benih sama, data sama (bawaan 1)")
    parser.add_argument(
        "--scale", type=int, default=1, help="1: satu provinsi; 10: provinsi beserta kabupaten/kotanya (±10.000 unit)"
    )
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    return parser


def _info_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py info", description="Ringkasan isi berkas: wilayah, edisi, jumlah unit, pegawai dan aset.")
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--json", action="store_true", help="keluaran JSON (bentuknya dijelaskan di README)")
    return parser


def cmd_demo(argv: Sequence[str]) -> int:
    args = _demo_parser().parse_args(argv)
    from core.demo import build_demo
    from core.errors import os_reason
    from core.lockfile import held_by_other
    from core.store import holding_to_replace

    out = Path(args.out)
    if args.scale < 1 or args.scale > 200:
        raise UsageError("main.py demo: --scale harus antara 1 dan 200")
    if out.is_dir():
        raise UsageError(f"main.py demo: {out} adalah folder; beri nama berkas, misalnya {out / 'contoh.sotk'}")
    if out.exists():
        if not args.force:
            raise UsageError(f"main.py demo: {out} sudah ada (pakai --force untuk menimpa)")
        owner = held_by_other(out)
        if owner is not None:
            raise UsageError(f"main.py demo: {out} sedang dibuka oleh {owner.user} di {owner.host}; tutup dulu di sana")
        _refuse_unless_sotk(out)
    # Built beside the target and swapped in at the end: a failure leaves the old file whole.
    building = out.with_name(f".{out.name}.building")
    leftovers = [building.with_name(building.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
    started = time.perf_counter()
    last = [0.0]

    def progress(done: float, message: str) -> None:
        now = time.perf_counter()
        if now - last[0] > 0.5 or done >= 1.0:
            last[0] = now
            print(f"\r{done:4.0%} {message:<60}", end="", file=sys.stderr, flush=True)

    try:
        for stale in (building, *leftovers):  # what a build killed midway left behind
            stale.unlink(missing_ok=True)
        counts = build_demo(building, seed=args.seed, scale=args.scale, progress=progress)
        with holding_to_replace(out):  # opened meanwhile by a window? then it stays as it is
            os.replace(building, out)
    except OSError as exc:
        print(file=sys.stderr)
        raise UsageError(f"main.py demo: {out} tidak dapat ditulis: {os_reason(exc)}") from exc
    finally:
        with contextlib.suppress(OSError):
            building.unlink()
    print(file=sys.stderr)
    print(
        f"{out}: {counts['regions']} wilayah, {counts['units']} unit, {counts['staff']} pegawai, "
        f"{counts['assets']} aset ({time.perf_counter() - started:.1f} dtk)"
    )
    return EXIT_OK


def _refuse_unless_sotk(out: Path) -> None:
    """--force replaces a SOTK file, never someone else's database, a damaged file that a
    tool might still rescue, or one whose unfinished change cannot be undone here."""
    from core.errors import FileProblem
    from core.store import check_pages, inspect_file, prepare_file

    try:
        for notice in prepare_file(out):
            print(f"Catatan: {notice.message}", file=sys.stderr)
        inspect_file(out)
        check_pages(out)
    except FileProblem as exc:
        raise UsageError(
            f"main.py demo: {exc.message} Berkas itu tidak ditimpa; hapus sendiri bila memang tidak diperlukan, atau pilih nama lain."
        ) from exc


def cmd_info(argv: Sequence[str]) -> int:
    args = _info_parser().parse_args(argv)
    from core.info import file_summary

    with reading(args.file) as store:
        summary = file_summary(store)
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(f"Berkas: {summary['file']}{'  (DATA CONTOH)' if summary['sample'] else ''}")
    for region in summary["regions"]:
        print(f"\nWilayah {region['id']}: {region['name']} ({region['kind']}), {region['staff']} pegawai")
        for ed in region["editions"]:
            print(
                f"  edisi {ed['id']:>3}  {STATUS_LABELS.get(ed['status'], ed['status']):<8} {ed['name']}\n"
                f"             {ed['units']} unit, {ed['positions']} jabatan, {ed['staff']} pegawai, {ed['assets']} aset"
            )
    t = summary["totals"]
    print(f"\nJumlah: {t['regions']} wilayah, {t['editions']} edisi, {t['units']} unit, {t['staff']} pegawai, {t['assets']} aset")
    return EXIT_OK


SEVERITY_WORDS = {"error": "GALAT", "warning": "PERINGATAN", "note": "CATATAN"}


def _check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py check",
        description="Jalankan semua pemeriksaan pada edisi (bawaan: edisi yang berlaku di tiap wilayah).",
    )
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--edition", type=int, action="append", help="id edisi (lihat 'info'); boleh diulang")
    parser.add_argument("--json", action="store_true", help="keluaran JSON: daftar temuan (bentuknya di README)")
    parser.add_argument("--fail-on", choices=("error", "warning"), help="keluar dengan status 1 bila ada temuan setingkat ini")
    return parser


def cmd_check(argv: Sequence[str]) -> int:
    args = _check_parser().parse_args(argv)
    from core.checks import run_checks
    from core.checks.report import finding_json
    from core.regions import default_editions, get_edition

    with reading(args.file) as store:
        # An edition named twice is checked once.
        editions = (
            list(dict.fromkeys(get_edition(store, e).id for e in args.edition)) if args.edition else default_editions(store)
        )
        reports = [run_checks(store, edition_id) for edition_id in editions]
    for report in reports:
        for problem in report.problems:
            print(f"Masalah: {problem.message}", file=sys.stderr)
    findings = [f for report in reports for f in report.findings]
    if args.json:
        print_json([finding_json(f, r.paths, r.edition_id) for r in reports for f in r.findings])
    else:
        for report in reports:
            print(
                f"Edisi {report.edition_id}: {len(report.open)} temuan terbuka "
                f"({report.count('error')} galat, {report.count('warning')} peringatan, {report.count('note')} catatan), "
                f"{len(report.accepted)} diterima"
            )
            for finding in report.open:
                print(f"  {SEVERITY_WORDS[finding.severity]:<10} [{finding.rule}] {finding.message}")
    if args.fail_on:
        levels = {"error": {"error"}, "warning": {"error", "warning"}}[args.fail_on]
        if any(f.severity in levels and f.accepted is None for f in findings):
            return 1
    return EXIT_OK


def _people_parser(prog: str, description: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description=description)
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--unit", type=int, help="id unit: hanya unit ini beserta sub-unitnya")
    parser.add_argument("--json", action="store_true", help="keluaran JSON (bentuknya di README)")
    return parser


def cmd_staff(argv: Sequence[str]) -> int:
    args = _people_parser("main.py staff", "Daftar pegawai (seluruh berkas, atau satu unit beserta sub-unitnya).").parse_args(
        argv
    )
    from core.nip import format_nip
    from core.staff import StaffFilter, staff_ids, staff_rows
    from core.units import get_unit

    with reading(args.file) as store:
        if args.unit is not None:
            get_unit(store, args.unit)
        ids = staff_ids(store, StaffFilter(unit_id=args.unit))
        rows = [row for start in range(0, len(ids), 5000) for row in staff_rows(store, ids[start : start + 5000])]
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "nip": r.nip,
                    "name": r.name,
                    "status": r.status,
                    "golongan": r.golongan,
                    "unit_id": r.unit_id,
                    "unit": r.unit,
                    "position_id": r.position_id,
                    "position": r.position,
                    "age": r.age,
                    "years_of_service": r.service,
                    "gender": r.gender,
                    "kinerja": r.kinerja,
                    "potensi": r.potensi,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        print(
            f"{format_nip(r.nip):<22} {r.name[:40]:<40} {r.status:<4} {r.golongan or '-':<6} {(r.position or '-')[:38]:<38} {r.unit or '-'}"
        )
    print(f"\n{len(rows)} pegawai")
    return EXIT_OK


def cmd_jpm(argv: Sequence[str]) -> int:
    args = _people_parser("main.py jpm", "Kesesuaian jabatan-pegawai (JPM %) per orang dan per unit.").parse_args(argv)
    from collections import defaultdict

    from core import competency
    from core.staff import staff_rows
    from core.units import get_unit

    with reading(args.file) as store:
        if args.unit is not None:
            get_unit(store, args.unit)
        results = competency.jpm(store, unit_id=args.unit)
        ids = [r.staff_id for r in results]  # only the people of the unit asked for
        names = {
            row.id: {"nip": row.nip, "name": row.name, "unit": row.unit}
            for start in range(0, len(ids), 5000)
            for row in staff_rows(store, ids[start : start + 5000])
        }
    per_unit: dict[int | None, list[float]] = defaultdict(list)
    for r in results:
        if r.assessed and r.percent is not None:
            per_unit[r.unit_id].append(r.percent)
    if args.json:
        print_json(
            {
                "people": [
                    {
                        "staff_id": r.staff_id,
                        "nip": names[r.staff_id]["nip"],
                        "name": names[r.staff_id]["name"],
                        "unit_id": r.unit_id,
                        "position_id": r.position_id,
                        "jpm": None if not r.assessed else round(r.percent or 0, 2),
                        "category": r.category.code if r.category else None,
                        "complete": r.complete,
                        "competencies": r.competencies,
                        "assessed": r.assessed,
                    }
                    for r in results
                ],
                "units": [
                    {"unit_id": u, "people_assessed": len(v), "jpm_mean": round(sum(v) / len(v), 2)}
                    for u, v in sorted(per_unit.items(), key=lambda x: x[0] or 0)
                ],
            }
        )
        return EXIT_OK
    for r in results:
        person = names[r.staff_id]
        value = f"{r.percent:6.1f}%" if r.assessed and r.percent is not None else "   -   "
        note = "" if r.complete or not r.assessed else " (belum lengkap)"
        print(
            f"{person['name'][:40]:<40} {value} {r.category.code if r.category else 'belum diases':<13}{note} {person['unit'] or ''}"
        )
    print("\nRata-rata per unit:")
    for unit_id, values in sorted(per_unit.items(), key=lambda x: x[0] or 0):
        unit = next((names[r.staff_id]["unit"] for r in results if r.unit_id == unit_id), "-")
        print(f"  {sum(values) / len(values):6.1f}%  {len(values):4d} orang  {unit}")
    return EXIT_OK


def cmd_assets(argv: Sequence[str]) -> int:
    parser = _people_parser(
        "main.py assets", "Daftar aset (barang milik daerah), seluruh berkas atau satu unit beserta sub-unitnya."
    )
    parser.add_argument("--kib", choices=("A", "B", "C", "D", "E", "F"), help="hanya KIB ini")
    args = parser.parse_args(argv)
    from dataclasses import asdict

    from core.assets import AssetFilter, asset_ids, asset_rows
    from core.money import format_rupiah
    from core.units import get_unit

    with reading(args.file) as store:
        if args.unit is not None:
            get_unit(store, args.unit)
        ids = asset_ids(store, AssetFilter(unit_id=args.unit, kib=args.kib))
        rows = [row for start in range(0, len(ids), 5000) for row in asset_rows(store, ids[start : start + 5000])]
    if args.json:
        print_json([{**asdict(r), "value": format_rupiah(r.value_sen)} for r in rows])
        return EXIT_OK
    for r in rows:
        print(
            f"{r.kib} {r.kode_barang} {r.register or '-':>6} {r.name[:38]:<38} {r.year or '':>4} {format_rupiah(r.value_sen):>24} {r.condition:<2} {r.unit}"
        )
    print(f"\n{len(rows)} aset, {format_rupiah(sum(r.value_sen for r in rows))}")
    return EXIT_OK


def cmd_assets_summary(argv: Sequence[str]) -> int:
    parser = _Parser(prog="main.py assets-summary", description="Jumlah dan nilai aset per perangkat daerah dan KIB.")
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--json", action="store_true", help="keluaran JSON (bentuknya di README)")
    args = parser.parse_args(argv)
    from core.assets import summary
    from core.money import format_rupiah
    from core.regions import list_regions

    with reading(args.file) as store:
        rows = summary(store)
        region_names = {region.id: region.name for region in list_regions(store)}
    if args.json:
        print_json(
            [
                {
                    "region_id": r.region_id,
                    "region": region_names.get(r.region_id, ""),
                    "edition_id": r.edition_id,
                    "pd_id": r.pd_id,
                    "pd": r.pd,
                    "kib": r.kib,
                    "count": r.count,
                    "value_sen": r.value_sen,
                    "value": format_rupiah(r.value_sen),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    current = None
    region = None
    for r in rows:
        if r.region_id != region:
            region = r.region_id
            print(("\n" if current is not None else "") + f"== {region_names.get(r.region_id, '')} ==")
        if r.pd_id != current:
            current = r.pd_id
            print(r.pd)
        print(f"   KIB {r.kib}  {r.count:>7}  {format_rupiah(r.value_sen):>28}")
    print(f"\nJumlah: {sum(r.count for r in rows)} aset, {format_rupiah(sum(r.value_sen for r in rows))}")
    return EXIT_OK


def _report_parser() -> argparse.ArgumentParser:
    from reports.catalog import KINDS

    parser = _Parser(prog="main.py report", description="Tulis laporan PDF.")
    parser.add_argument("kind", choices=list(KINDS), help="jenis laporan (guide: panduan pengguna, tanpa berkas .sotk)")
    parser.add_argument("file", nargs="?", help="berkas .sotk")
    parser.add_argument("-o", "--output", required=True, help="berkas PDF yang ditulis (ditimpa bila sudah ada)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--unit", type=int, help="id unit: unit ini beserta sub-unitnya")
    scope.add_argument("--edition", type=int, help="id edisi: seluruh wilayah (bawaan: edisi yang berlaku tiap wilayah)")
    scope.add_argument("--draft", type=int, help="penataan: id edisi draf (bawaan: draf pertama yang masih terbuka)")
    parser.add_argument("--paper", choices=("A4", "F4", "A3"), default="A4", help="ukuran kertas (bawaan A4)")
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", help="kertas melintang")
    orientation.add_argument("--portrait", action="store_true", help="kertas tegak")
    parser.add_argument("--lampiran", action="store_true", help="kepala lampiran peraturan (dari dasar hukum edisi)")
    parser.add_argument("--signature", action="store_true", help="blok tanda tangan di akhir")
    parser.add_argument("--signer-title", default="", help="jabatan penanda tangan (bawaan: kepala daerah)")
    parser.add_argument("--signer-name", default="", help="nama penanda tangan")
    parser.add_argument(
        "--sections",
        default="",
        help="bahan rapat: bagian yang dimuat, dipisah koma (org-chart,findings,competency,assets,structure,synergy,cascade)",
    )
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="panduan: bahasanya (bawaan id)")
    return parser


def cmd_report(argv: Sequence[str]) -> int:
    args = _report_parser().parse_args(argv)
    from reports.catalog import write_report
    from reports.page import ReportOptions

    options = ReportOptions(
        paper=args.paper,
        landscape=True if args.landscape else False if args.portrait else None,
        lampiran=args.lampiran,
        signature=args.signature,
        signer_title=args.signer_title,
        signer_name=args.signer_name,
        sections=tuple(part.strip() for part in args.sections.split(",") if part.strip()),
        language=args.lang,
    )
    from reports.catalog import KINDS

    if not KINDS[args.kind].needs_file:
        written = write_report(None, args.kind, args.output, options)
        print(f"Ditulis {written.path} ({written.pages} halaman)")
        return EXIT_OK
    if args.file is None:
        raise UsageError(f"main.py report: laporan {args.kind} memerlukan berkas .sotk")
    from reports.meeting_pack import SECTIONS

    unknown = [part for part in options.sections if part not in SECTIONS]
    if unknown:
        raise UsageError(f"main.py report: bagian tidak dikenal: {', '.join(unknown)} (pilih dari {', '.join(SECTIONS)})")
    if args.draft is not None and args.kind != "restructuring":
        raise UsageError("main.py report: --draft hanya untuk laporan restructuring")
    with reading(args.file) as store:
        if args.draft is not None:
            from core.restructure.drafts import get_draft

            get_draft(store, args.draft)  # an unknown draft is said as such, not replaced by another
        edition = args.edition if args.draft is None else args.draft
        written = write_report(store, args.kind, args.output, options, unit_id=args.unit, edition_id=edition)
    print(f"Ditulis {written.path} ({written.pages} halaman)")
    for note in written.notes:
        print(f"Catatan: {note}", file=sys.stderr)
    return EXIT_OK


def _audit_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py audit",
        description="Riwayat perubahan berkas (log audit), terbaru dahulu. Hanya membaca; berkas tidak diubah.",
    )
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--since", help="sejak tanggal ini (YYYY-MM-DD)")
    parser.add_argument("--until", help="sampai tanggal ini (YYYY-MM-DD)")
    parser.add_argument("--unit", type=int, help="id unit: perubahan unit ini, sub-unitnya, dan jabatan, pegawai dan asetnya")
    parser.add_argument("--user", help="hanya perubahan oleh pengguna ini")
    parser.add_argument("--action", help="hanya tindakan ini (mis. update, move, delete)")
    parser.add_argument("--json", action="store_true", help="keluaran JSON (bentuknya di README)")
    return parser


def _iso_day(value: str | None, option: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"main.py audit: {option} '{value}' bukan tanggal YYYY-MM-DD") from None


def cmd_audit(argv: Sequence[str]) -> int:
    args = _audit_parser().parse_args(argv)
    from core.audit import AuditFilter, AuditQuery, change_lines
    from core.store import open_for_reading
    from core.units import get_unit
    from core.validation import label

    flt = AuditFilter(
        unit_id=args.unit,
        user=args.user,
        action=args.action,
        since=_iso_day(args.since, "--since"),
        until=_iso_day(args.until, "--until"),
    )
    with open_for_reading(args.file) as store:
        if args.unit is not None:
            get_unit(store, args.unit)
        with AuditQuery(store, flt) as query:
            entries = query.all()
            if args.json:  # streamed, yet the same text json.dump(..., indent=2) would give
                first = True
                sys.stdout.write("[")
                for entry in entries:
                    text = json.dumps(entry.as_json(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
                    sys.stdout.write(("\n  " if first else ",\n  ") + text)
                    first = False
                sys.stdout.write("]\n" if first else "\n]\n")
                return EXIT_OK
            count = 0
            for entry in entries:
                record = entry.entity + (f" {entry.entity_id}" if entry.entity_id is not None else "")
                name = f" ({entry.name})" if entry.name else ""
                print(f"{entry.at[:19].replace('T', ' ')}  {entry.os_user:<12} {entry.action:<12} {record}{name}")
                for line in change_lines(entry, label):
                    print(f"      {line}")
                count += 1
    print(f"\n{count} perubahan")
    return EXIT_OK


def _import_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py import",
        description="Impor pegawai, aset, struktur, jabatan atau Renstra/Renja dari lembar kerja (.xlsx, .xls, .csv): uji dulu (--dry-run), lalu tulis"
        " dalam satu transaksi: semua baris yang diterima atau tidak sama sekali.",
    )
    from core.excel.importers import IMPORTERS

    parser.add_argument("kind", choices=list(IMPORTERS), help="jenis data")
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("source", help="lembar kerja: .xlsx, .xls atau .csv")
    parser.add_argument(
        "--into", type=int, help="id perangkat daerah tujuan: unit dicocokkan di dalamnya (wajib untuk aset dan Renstra)"
    )
    parser.add_argument("--edition", type=int, help="struktur: id edisi yang dibangun atau diperbarui")
    parser.add_argument("--new-edition", metavar="NAMA", help="struktur: edisi baru yang dibuat oleh impor ini")
    parser.add_argument("--region", type=int, help="wilayah edisi baru (id)")
    parser.add_argument("--new-region", metavar="NAMA", help="wilayah baru untuk edisi baru (dengan --kind dan --code)")
    parser.add_argument("--kind", dest="region_kind", choices=["provinsi", "kabupaten", "kota"], help="jenis wilayah baru")
    parser.add_argument("--code", dest="region_code", help="kode wilayah baru")
    parser.add_argument("--sheet", help="nama lembar (bawaan: lembar yang judul kolomnya paling dikenali)")
    parser.add_argument("--mapping", help="berkas JSON pemetaan kolom: dibaca bila bentuk lembarnya sama, lalu disimpan")
    parser.add_argument("--dry-run", action="store_true", help="uji saja: tampilkan yang akan ditambah, diubah, ditolak")
    parser.add_argument("--accept-valid", action="store_true", help="tulis baris yang sah walau ada baris yang ditolak")
    parser.add_argument("--json", action="store_true", help="keluaran JSON: laporan uji (bentuknya di README)")
    return parser


def cmd_import(argv: Sequence[str]) -> int:
    """Exit 0: every row imported (or, with --dry-run, would be); 1: rows rejected (nothing
    written unless --accept-valid); 2: the sheet cannot be read (the .sotk untouched)."""
    args = _import_parser().parse_args(argv)
    from core.excel.headers import guess_layout
    from core.excel.importers import IMPORTERS, Target
    from core.excel.mapping import MappingMemory
    from core.excel.read import open_workbook
    from core.excel.report import plan_json
    from core.store import open_for_reading, open_store

    importer = IMPORTERS[args.kind]
    new_region = (args.new_region, args.region_kind, args.region_code) if args.new_region else None
    target = Target(args.into, args.edition, args.new_edition, args.region, new_region)
    if not Path(args.file).exists():
        raise UsageError(f"main.py import: {args.file} tidak ada")
    memory = MappingMemory(args.mapping) if args.mapping else None
    last = [0.0]

    def progress(done: float, message: str) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.5 or done >= 1.0):
            last[0] = now
            print(f"\r{done:4.0%} {message:<40}", end="\n" if done >= 1.0 else "", file=sys.stderr, flush=True)

    with open_workbook(args.source) as book:  # an unreadable sheet stops here: the .sotk is not opened
        layout = guess_layout(book, args.kind, args.sheet)
        remembered = memory.recall(args.kind, layout.labels) if memory else None
        if remembered is not None:
            layout.mapping = remembered
        written = False
        if args.dry_run:
            with open_for_reading(args.file) as store:
                plan = importer.plan(store, book, layout, target, progress=progress)
        else:
            from core.backups import backup_before_change

            label = f"Impor {Path(args.source).name}"
            with open_store(args.file) as store:
                backup_before_change(store, label)  # as the window does before a bulk change
                with store.write(undo=label) as tx:
                    plan = importer.plan(tx, book, layout, target, progress=progress)
                    if (plan.added or plan.updated) and (not plan.rejected or args.accept_valid):
                        importer.write(tx, plan, accept_valid=args.accept_valid)
                        written = True
    if memory is not None:
        memory.remember(layout.mapping, layout.labels)
        memory.save()
    if args.json:
        print_json({**plan_json(plan), "dry_run": args.dry_run, "written": written})
    else:
        _print_plan(plan, args.dry_run, written)
    return 1 if plan.rejected else EXIT_OK


def _print_plan(plan: Any, dry_run: bool, written: bool) -> None:
    from core.excel.read import column_letter

    layout = plan.layout
    print(
        f"{plan.file}, lembar '{plan.sheet}': judul kolom di baris {layout.header_first + 1}–{layout.header_last + 1}, data mulai baris {layout.data_first + 1}"
    )
    print(
        "Pemetaan: "
        + ", ".join(f"{name} ← {column_letter(i)} ({layout.labels[i]})" for name, i in layout.mapping.columns.items())
    )
    for rejected in plan.rejected:
        where = f"kolom {rejected.column}" + (f" ({rejected.header})" if rejected.header else "") if rejected.column else ""
        value = f" '{rejected.value}'" if rejected.value else ""
        print(f"  DITOLAK baris {rejected.row} {where}{value}: {rejected.reason}")
    for note in plan.notes:
        where = f" kolom {note.column}" if note.column else ""  # a note on the whole row names no column
        print(f"  CATATAN baris {note.row}{where}: {note.problem.message}")
    summary = plan.summary()
    verb = "akan ditambah" if dry_run or not written else "ditambah"
    print(
        f"{summary['rows']} baris: {summary['added']} {verb}, {summary['updated']} {'akan diubah' if dry_run or not written else 'diubah'},"
        f" {summary['unchanged']} tanpa perubahan, {summary['rejected_rows']} ditolak"
    )
    if plan.rejected and not written and not dry_run:
        print("Tidak ada yang ditulis: perbaiki baris yang ditolak, atau ulangi dengan --accept-valid.")


def _export_parser() -> argparse.ArgumentParser:
    from core.excel.export import KINDS

    parser = _Parser(
        prog="main.py export",
        description="Ekspor daftar ke Excel (.xlsx): judul, kepala kolom tebal dan terkunci, NIP dan kode sebagai teks.",
    )
    parser.add_argument("kind", choices=list(KINDS), help="apa yang diekspor (all: satu lembar per jenis)")
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("out", help="berkas .xlsx yang ditulis (ditimpa bila sudah ada; tidak pernah berkas .sotk)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--unit", type=int, help="id unit: unit ini beserta sub-unitnya")
    scope.add_argument("--edition", type=int, help="id edisi: seluruh wilayah (bawaan: edisi yang berlaku tiap wilayah)")
    scope.add_argument("--draft", type=int, help="penataan: id edisi draf (bawaan: draf pertama yang masih terbuka)")
    return parser


def cmd_export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    from core.excel.export import export
    from core.store import open_for_reading

    with open_for_reading(args.file) as store:
        written = export(store, args.kind, args.out, unit_id=args.unit, edition_id=args.edition)
    sheets = ", ".join(f"{name} ({count})" for name, count in written.sheets)
    print(f"Ditulis {args.out}: {sheets}")
    return EXIT_OK


def cmd_template(argv: Sequence[str]) -> int:
    from core.excel.template import TEMPLATES, write_template

    parser = _Parser(
        prog="main.py template",
        description="Tulis templat impor Excel: kepala kolom, satu baris contoh, lembar petunjuk dan daftar pilihan.",
    )
    parser.add_argument("kind", choices=list(TEMPLATES), help="jenis templat")
    parser.add_argument("out", help="berkas .xlsx yang ditulis")
    args = parser.parse_args(argv)
    written = write_template(args.kind, args.out)
    print(f"Ditulis {written.path}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "demo": cmd_demo,
    "info": cmd_info,
    "check": cmd_check,
    "staff": cmd_staff,
    "jpm": cmd_jpm,
    "assets": cmd_assets,
    "assets-summary": cmd_assets_summary,
    "report": cmd_report,
    "audit": cmd_audit,
    "import": cmd_import,
    "export": cmd_export,
    "template": cmd_template,
    "diff": lambda argv: __import__("ui.cli_compare", fromlist=["cmd_diff"]).cmd_diff(argv),
    "plans": lambda argv: __import__("ui.cli_plans", fromlist=["cmd_plans"]).cmd_plans(argv),  # read lazily: a fast start
    "restructure": lambda argv: __import__("ui.cli_restructure", fromlist=["cmd_restructure"]).cmd_restructure(argv),
}


def process_age(started: float | None = None) -> float:
    """Seconds since this process began: from the kernel's start time where there is one
    (Linux, 10 ms steps; it counts the interpreter's own start too), else since ``started``
    (``time.perf_counter()`` at the top of main.py), else 0."""
    now = time.perf_counter()
    with contextlib.suppress(OSError, ValueError, AttributeError, IndexError):
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, starttime, in clock ticks since boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    return now - started if started is not None else 0.0


def run_gui(argv: Sequence[str], started: float | None = None) -> int:
    args = _gui_parser().parse_args(argv)
    if args.smoke_test:
        from ui.app import smoke_test

        # A clock that reads "ms since the process started" (perf_counter is finer than /proc).
        origin = time.perf_counter() - process_age(started)
        return smoke_test(args.file, read_only=args.read_only, lang=args.lang, origin=origin)
    from ui.app import run  # Qt is imported only when a window is wanted

    return run(args.file, read_only=args.read_only, lang=args.lang)


def _looks_like_a_command(word: str) -> bool:
    """A bare word that is no file ('chek'): a mistyped command, not a file to open."""
    return not word.startswith("-") and not Path(word).suffix and not Path(word).exists()


def main(argv: Sequence[str] | None = None, started: float | None = None) -> int:
    """Run a command, or open the window; ``started`` is ``time.perf_counter()`` taken at
    the top of main.py (the smoke test's clock when the system does not say)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        if argv and _looks_like_a_command(argv[0]):
            import difflib

            guess = difflib.get_close_matches(argv[0], list(COMMANDS), n=1)
            hint = f"; mungkin maksudnya '{guess[0]}'?" if guess else "; lihat 'main.py --help'"
            raise UsageError(f"main.py: perintah '{argv[0]}' tidak dikenal{hint}")
        return run_gui(argv, started)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USER_ERROR
    except SotkError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `main.py check x.sotk | head`: the reader has had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
