"""``main.py plans FILE.sotk [--region ID] [--json]``: the cascade (pohon kinerja) of each
region, from visi down to sub-kegiatan, with the perangkat daerah responsible. Qt-free,
like the rest of the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from ui.cli import EXIT_OK, _Parser, print_json, reading

_KIND_WORDS = {
    "visi": "Visi",
    "misi": "Misi",
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
    "program": "Program",
    "kegiatan": "Kegiatan",
    "sub_kegiatan": "Sub kegiatan",
    "unaligned": "Tidak selaras",
    "support": "Penunjang",
}


def _parser() -> _Parser:
    parser = _Parser(prog="main.py plans", description="Pohon kinerja: RPJMD tiap wilayah sampai sub kegiatan perangkat daerah.")
    parser.add_argument("file", help="berkas .sotk")
    parser.add_argument("--region", type=int, help="id wilayah: hanya wilayah ini")
    parser.add_argument("--json", action="store_true", help="keluaran JSON: pohon bersarang per wilayah")
    return parser


def cmd_plans(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    from core.plans.cascade import cascade_tree
    from core.regions import get_region, list_regions

    with reading(args.file) as store:
        regions = [get_region(store, args.region)] if args.region is not None else list_regions(store)
        trees = [(region, cascade_tree(store, region.id)) for region in regions]
    if args.json:
        print_json(
            [
                {
                    "region": {"id": region.id, "name": region.name, "kind": region.kind},
                    "rpjmd": [node.as_dict() for node in nodes],
                }
                for region, nodes in trees
            ]
        )
        return EXIT_OK
    for region, nodes in trees:
        print(f"{region.name} (id {region.id})")
        if not nodes:
            print("  belum ada RPJMD")
        for node in nodes:
            _print_node(node, 1)
    return EXIT_OK


def _print_node(node: Any, depth: int) -> None:
    from core.money import format_rupiah

    code = f"{node.code} " if node.code else ""
    pd = f" — {node.pd_name}" if node.pd_name and node.kind == "program" else f" — {node.unit_name}" if node.unit_name else ""
    period = f" ({node.period})" if node.period else ""
    pagu = f" [{format_rupiah(node.pagu_sen)}]" if node.ref == "item" and node.pagu_sen else ""
    sys.stdout.write(f"{'  ' * depth}{_KIND_WORDS.get(node.kind, node.kind)}: {code}{node.text}{period}{pd}{pagu}\n")
    for child in node.children:
        _print_node(child, depth + 1)
