"""``main.py restructure ...``: drafts, their life cycle, impact and apply from the command
line (Qt-free, like ui/cli.py). Exit 0: done; 1: refused with the list of what is still
undecided or wrong (nothing changed); 2: a file that cannot be read, or bad arguments."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ui.cli import EXIT_OK, UsageError, _Parser, print_json, reading

EXIT_REFUSED = 1
SUBCOMMANDS = ("draft", "status", "impact", "apply", "propose")


def _file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="berkas .sotk")


def _parser(sub: str) -> argparse.ArgumentParser:
    prog = f"main.py restructure {sub}"
    if sub == "draft":
        parser = _Parser(prog=prog, description="Mulai draf penataan: salinan edisi yang berlaku di wilayah itu.")
        _file(parser)
        parser.add_argument("--region", type=int, required=True, help="id wilayah")
        parser.add_argument("--name", required=True, help="nama draf")
        parser.add_argument("--legal-basis", help="dasar hukum yang direncanakan")
        parser.add_argument("--effective", help="tanggal berlaku yang direncanakan (YYYY-MM-DD)")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")
    elif sub == "status":
        parser = _Parser(prog=prog, description="Pindahkan draf ke tahap berikutnya (dicatat siapa dan kapan).")
        _file(parser)
        parser.add_argument("--draft", type=int, required=True, help="id edisi draf")
        parser.add_argument("--to", required=True, choices=("draft", "in_review", "approved", "archived"), help="status baru")
        parser.add_argument("--note", help="catatan")
    else:
        parser = _Parser(prog=prog, description="Dampak penataan: jabatan, pegawai dan aset yang berpindah, dan ke mana.")
        _file(parser)
        parser.add_argument("--draft", type=int, required=True, help="id edisi draf")
        parser.add_argument("--mapping", help="lembar pemetaan .csv/.xlsx: unit lama, tindakan, unit baru")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")
        if sub == "apply":
            parser.description = "Terapkan draf yang disetujui: satu transaksi, setelah cadangan; dapat diurungkan."
            parser.add_argument("--bast", help="awalan nomor BAST, dinomori per pasangan perangkat daerah")
            parser.add_argument("--stamp", help="cap perubahan dari 'impact': ditolak bila draf berubah sejak itu")
            parser.add_argument(
                "--accept-proposed", action="store_true", help="terima usulan penempatan pegawai dan aset unit dipecah/dibubarkan"
            )
    return parser


def cmd_restructure(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in SUBCOMMANDS:
        raise UsageError(f"main.py restructure: pilih salah satu dari {', '.join(SUBCOMMANDS)}")
    sub, rest = argv[0], list(argv[1:])
    if sub == "propose":
        from ui.cli_compare import cmd_propose  # type: ignore[import-not-found]  # another area's command

        return int(cmd_propose(rest))
    args = _parser(sub).parse_args(rest)
    if not Path(args.file).exists():
        raise UsageError(f"main.py restructure {sub}: {args.file} tidak ada")
    return {"draft": _draft, "status": _status, "impact": _impact, "apply": _apply}[sub](args)


def _draft(args: argparse.Namespace) -> int:
    from core.restructure.drafts import start_draft
    from core.store import open_store

    with open_store(args.file) as store:
        draft = start_draft(store, args.region, args.name, legal_basis=args.legal_basis, effective_date=args.effective)
    if args.json:
        print_json(vars(draft))
    else:
        print(f"Draf {draft.edition_id} dibuat: {draft.name} (disalin dari edisi {draft.from_edition_id})")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from core.restructure.drafts import STATUS_NAMES, set_status
    from core.store import open_store

    with open_store(args.file) as store:
        draft = set_status(store, args.draft, args.to, note=args.note)
    print(f"Draf {draft.edition_id} ({draft.name}) kini {STATUS_NAMES[draft.status]}")
    return EXIT_OK


def _decisions(store: Any, args: argparse.Namespace) -> list[Any] | None:
    from core.restructure.mapping import read_sheet

    return read_sheet(store, args.draft, args.mapping) if args.mapping else None


def _impact(args: argparse.Namespace) -> int:
    from core.restructure.apply import preview
    from core.restructure.impact import compute_impact
    from core.restructure.mapping import MappingRefused
    from core.store import open_store

    try:
        if args.mapping:
            with open_store(args.file) as store:
                impact = preview(store, args.draft, _decisions(store, args) or [])
        else:
            with reading(args.file) as store:
                impact = compute_impact(store, args.draft)
    except MappingRefused as refused:
        return _refused(refused.message, [p.message for p in refused.problems], args.json)
    data = impact.to_json()
    if args.json:
        print_json(data)
        return EXIT_OK
    _print_impact(data, args.mapping)
    return EXIT_OK


def _rupiah(sen: int) -> str:
    return "Rp " + f"{sen // 100:,}".replace(",", ".")


def _print_impact(data: dict[str, Any], mapping: str | None) -> None:
    t = data["totals"]
    if mapping:
        print(f"(pemetaan dari {mapping} dipakai untuk perhitungan ini saja; belum disimpan)")
    print(f"Draf {data['draft']} ({data['status']}), cap perubahan {data['stamp']}")
    print(f"Pegawai: {t['people']} (menunggu di bangku: {t['bench']}, usulan belum diputuskan: {t['proposed']})")
    print(
        f"Jabatan: {t['posts']} ({t['posts_with_successor']} punya jabatan sejudul di draf), struktural: {t['structural_posts']}"
    )
    print(f"Aset: {t['assets']} senilai {_rupiah(t['value_sen'])}")
    for unit in data["units"]:
        targets = "; ".join(u["name"] or "?" for u in unit["to"]) or "-"
        print(f"  {unit['action']:<9} {unit['name']} → {targets}")
    moving = [p for p in data["pairs"] if p["from_name"] != p["to_name"]]
    if moving:
        print("Serah terima per pasangan perangkat daerah:")
        for p in moving:
            print(
                f"  {p['from_name']} → {p['to_name'] or 'bangku'}: {p['people']} pegawai, {p['structural_posts']} jabatan"
                f" struktural, {p['assets']} aset ({_rupiah(p['value_sen'])})"
            )
    if data["problems"]:
        print("Belum dapat diterapkan:")
        for problem in data["problems"]:
            print(f"  - {problem}")
    else:
        print("Siap diterapkan." if data["status"] == "approved" else "Lengkap; setujui drafnya untuk menerapkan.")


def _refused(message: str, problems: list[str], as_json: bool) -> int:
    import sys

    if as_json:
        print_json({"applied": False, "message": message, "problems": problems})
    else:
        print(message, file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
    return EXIT_REFUSED


def _apply(args: argparse.Namespace) -> int:
    from core.restructure.apply import ApplyRefused, apply_draft, bench
    from core.restructure.drafts import get_draft
    from core.restructure.mapping import MappingRefused
    from core.store import open_store

    with open_store(args.file) as store:
        try:
            result = apply_draft(
                store,
                args.draft,
                stamp=args.stamp,
                bast=args.bast,
                accept_proposed=args.accept_proposed,
                decisions=_decisions(store, args),
            )
        except (ApplyRefused, MappingRefused) as refused:
            return _refused(refused.message, [p.message for p in refused.problems], args.json)
        waiting = bench(store, get_draft(store, args.draft).region_id)
    if args.json:
        print_json({"applied": True, **result.to_json(), "bench_people": waiting})
        return EXIT_OK
    print(f"Draf {result.edition_id} kini berlaku; edisi {result.archived_edition_id} diarsipkan.")
    print(f"Pegawai dipindah: {result.staff_moved}, menunggu di bangku: {result.bench}")
    print(f"Aset dipindah: {result.assets_moved}, serah terima antar-perangkat daerah dicatat: {result.transfers}")
    if result.backup:
        print(f"Cadangan sebelum penerapan: {result.backup}")
    if waiting:
        print("Menunggu penempatan (tanpa unit dan jabatan):")
        for person in waiting:
            print(f"  {person['nip']}  {person['name']}")
    left = sum(result.left_in_archive.values())
    print("Pemeriksaan: tidak ada pegawai, jabatan atau aset yang masih menunjuk unit arsip." if not left else
          f"PERINGATAN: masih menunjuk unit arsip: {result.left_in_archive}")  # fmt: skip
    return EXIT_OK
