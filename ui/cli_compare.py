"""The command line for comparing editions and proposing a restructuring's mapping. Qt-free.

``main.py diff FILE EDITION_A EDITION_B [--json]`` and ``cmd_propose`` for
``main.py restructure propose FILE --from EDITION --to DRAFT [--json]``. A file that cannot
be read, an edition that does not exist or two editions of different regions: a message on
stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from core.errors import SotkError
from ui.cli import EXIT_OK, EXIT_USER_ERROR, UsageError, _Parser, print_json, reading

ACTION_WORDS = {
    "kept": "tetap",
    "renamed": "ganti nama",
    "merged": "digabung",
    "split": "dipecah",
    "moved": "pindah",
    "dissolved": "dibubarkan",
    "new": "baru",
}


def _guarded(command: Callable[[Sequence[str]], int], argv: Sequence[str]) -> int:
    """Errors a user can act on as a message and exit status 2, also when called directly
    (the ``restructure`` command routes ``propose`` here)."""
    try:
        return command(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USER_ERROR
    except SotkError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR


def _propose_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py restructure propose",
        description="Usulan pemetaan unit edisi lama ke draf: tetap, ganti nama, digabung, dipecah, pindah, dibubarkan, baru.",
    )
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--from", dest="from_edition", type=int, required=True, help="id edisi asal (yang berlaku)")
    parser.add_argument("--to", dest="to_edition", type=int, required=True, help="id draf")
    parser.add_argument("--json", action="store_true", help="keluaran JSON: satu baris per unit lama dan per unit baru")
    return parser


def cmd_propose(argv: Sequence[str]) -> int:
    return _guarded(_propose, argv)


def _propose(argv: Sequence[str]) -> int:
    args = _propose_parser().parse_args(argv)
    from core.restructure.propose import propose
    from core.units import unit_paths

    with reading(args.file) as store:
        proposals = propose(store, args.from_edition, args.to_edition)
        old_paths = dict(unit_paths(store, args.from_edition))
        new_paths = dict(unit_paths(store, args.to_edition))
    rows = [
        {
            "from_unit_id": p.from_unit_id,
            "from": old_paths.get(p.from_unit_id) if p.from_unit_id is not None else None,
            "action": p.action,
            "to_unit_ids": list(p.to_unit_ids),
            "to": [new_paths.get(t, "") for t in p.to_unit_ids],
            "confidence": p.confidence,
            "reason": p.reason,
        }
        for p in proposals
    ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        source = row["from"] or "-"
        targets = "; ".join(row["to"]) or "-"
        print(f"{ACTION_WORDS[row['action']]:<11} {row['confidence']:4.0%}  {source}  →  {targets}")
        print(f"{'':18}{row['reason']}")
    counted: dict[str, int] = {}
    for row in rows:
        counted[row["action"]] = counted.get(row["action"], 0) + 1
    print("\n" + ", ".join(f"{n} {ACTION_WORDS[a]}" for a, n in counted.items()))
    return EXIT_OK


def _diff_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py diff",
        description="Bandingkan dua edisi satu wilayah: unit yang berubah, urusan dan fungsi yang berpindah, "
        "jumlah unit dan jabatan struktural, temuan pemeriksaan sebelum dan sesudah.",
    )
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("edition_a", type=int, help="id edisi sebelum (lihat 'info')")
    parser.add_argument("edition_b", type=int, help="id edisi sesudah")
    parser.add_argument("--json", action="store_true", help="keluaran JSON: semua bagian di atas beserta pemetaannya")
    return parser


def cmd_diff(argv: Sequence[str]) -> int:
    return _guarded(_diff, argv)


def _diff(argv: Sequence[str]) -> int:
    args = _diff_parser().parse_args(argv)
    from core.restructure.compare import compare

    with reading(args.file) as store:
        data = compare(store, args.edition_a, args.edition_b).to_json()
    if args.json:
        print_json(data)
        return EXIT_OK
    _print_diff(data)
    return EXIT_OK


def _print_diff(data: dict[str, Any]) -> None:
    a, b = data["edition_a"], data["edition_b"]
    print(f"Sebelum: edisi {a['id']} {a['name']}\nSesudah: edisi {b['id']} {b['name']}\n")
    _section("Unit baru", [u["path"] for u in data["added"]])
    _section(
        "Unit dibubarkan",
        [
            u["path"] + (f" (diteruskan: {', '.join(s['path'] for s in u['successors'])})" if u["successors"] else "")
            for u in data["removed"]
        ],
    )
    _section("Ganti nama", [f"{r['from']['path']} → {r['to']['path']}" for r in data["renamed"]])
    _section("Pindah", [f"{r['from']['path']} → {r['to']['path']}" for r in data["moved"]])
    _section("Digabung", [f"{' + '.join(s['path'] for s in r['from'])} → {r['to']['path']}" for r in data["merged"]])
    _section("Dipecah", [f"{r['from']['path']} → {'; '.join(t['path'] for t in r['to'])}" for r in data["split"]])
    _section(
        "Urusan berpindah",
        [
            f"{u['code']} {u['name']}: {', '.join(x['path'] for x in u['before']) or '-'} → {', '.join(x['path'] for x in u['after']) or '-'}"
            for u in data["urusan_moved"]
        ],
    )
    _section(
        "Fungsi berpindah",
        [f'"{f["text"]}": {f["from"]["path"]} → {", ".join(t["path"] for t in f["to"])}' for f in data["functions_moved"]],
    )
    titles = {
        "units_by_kind": "Unit per jenis",
        "pd_by_typology": "Perangkat daerah per tipe",
        "structural_posts_by_eselon": "Jabatan struktural per eselon",
        "structural_posts_by_category": "Jabatan struktural per kategori",
    }
    for table, title in titles.items():
        print(f"{title} (sebelum → sesudah):")
        for key, row in data["counts"][table].items():
            change = row["after"] - row["before"]
            print(f"  {key:<24} {row['before']:>6} → {row['after']:<6} {f'({change:+d})' if change else ''}")
        print()
    findings = data["findings"]
    for side, word in (("before", "sebelum"), ("after", "sesudah")):
        f = findings[side]
        print(f"Temuan {word}: {f['total']} ({f['error']} galat, {f['warning']} peringatan, {f['note']} catatan)")
    print(f"Tetap ada: {findings['persisting']}")
    if findings["left_out"]:
        print(f"Tidak dibandingkan (salah satu edisi belum berisi pegawai atau aset): {', '.join(findings['left_out'])}")
    _section("Diselesaikan oleh draf", [f"[{f['rule']}] {f['message']}" for f in findings["fixed"]], blank_before=True)
    _section("Muncul pada draf", [f"[{f['rule']}] {f['message']}" for f in findings["introduced"]])


def _section(title: str, lines: list[str], blank_before: bool = False) -> None:
    if blank_before:
        print()
    print(f"{title}: {len(lines)}")
    for line in lines:
        print(f"  {line}")
    print()
