"""What an organisation chart shows, read from the file: a unit with everything below it, or
a region's perangkat daerah under its head as a Perda's *Bagan Susunan Perangkat Daerah*
draws them. The geometry is in ``core.org_layout``."""

from __future__ import annotations

from core.eselon import eselon_label
from core.org_layout import COUNCIL_KIND, DEPUTY_KIND, ChartUnit
from core.regions import get_edition, get_region
from core.store import Store
from core.units import get_unit, subtree_ids_sql

FUNCTIONAL_GROUP = "Kelompok Jabatan Fungsional"
ADVISER_KIND = "staf_ahli"
ADVISER_PREFIX = "staf ahli"
# The rows of a region's chart, in the order a Perda's bagan draws them: the unsur of UU
# 23/2014 Pasal 209 and PP 18/2016 Pasal 5–6. The unsur staf (Sekretariat Daerah, Sekretariat
# DPRD) and pengawas (Inspektorat) stand beside the trunk (``core.org_layout``); then the
# pelaksana (dinas, Satpol PP, a hospital standing on its own), the penunjang (badan) and, in a
# kabupaten/kota, the kewilayahan (kecamatan), each starting its own rows; a kind not listed
# goes last.
UNSUR = {
    "sekretariat_dprd": "staf_pengawas",
    "inspektorat": "staf_pengawas",
    "dinas": "pelaksana",
    "satpol_pp": "pelaksana",
    "rsud": "pelaksana",
    "badan": "penunjang",
    "kecamatan": "kewilayahan",
}
UNSUR_ORDER = ("staf_pengawas", "pelaksana", "penunjang", "kewilayahan", "lainnya")


def caption(head_title: str | None, eselon: str | None) -> str:
    label = eselon_label(eselon)
    if head_title and label:
        return f"{head_title} ({label})"
    return head_title or (f"Eselon {label}" if label else "")


def unit_tree(store: Store, unit_id: int, functional_group: bool = True) -> ChartUnit:
    """The unit and all its descendants, in their order; one query. A perangkat daerah whose
    units hold functional positions but that has no Kelompok Jabatan Fungsional unit gets
    one drawn, as the regulation's charts draw it (``functional_group``)."""
    root = get_unit(store, unit_id)
    rows = store.rows(
        subtree_ids_sql()
        + " SELECT u.id, u.parent_id, u.kind, u.name, u.head_title, u.eselon FROM units u JOIN sub ON sub.id = u.id"
        " ORDER BY u.parent_id, u.sort_order, u.id",
        (unit_id,),
    )
    children: dict[int, list[dict]] = {}
    for row in rows:
        if row["parent_id"] is not None:
            children.setdefault(row["parent_id"], []).append(row)

    def build(row: dict) -> ChartUnit:
        kids = tuple(build(child) for child in children.get(row["id"], []))
        return ChartUnit(row["id"], row["name"], caption(row["head_title"], row["eselon"]), row["kind"], kids)

    tree = build(next(row for row in rows if row["id"] == unit_id))
    if functional_group and root.parent_id is None and not any(c.kind == "kelompok_jf" for c in tree.children):
        has_functional = store.scalar(
            subtree_ids_sql()
            + " SELECT count(*) FROM positions p JOIN sub ON sub.id = p.unit_id WHERE p.category = 'fungsional'",
            (unit_id,),
        )
        if has_functional:
            group = ChartUnit(None, FUNCTIONAL_GROUP, "", "kelompok_jf")
            tree = ChartUnit(tree.id, tree.name, tree.caption, tree.kind, (group, *tree.children))
    return tree


def region_overview(store: Store, edition_id: int) -> ChartUnit:
    """The region's chart as a Perda's bagan draws it: the head with the deputy under it and
    the DPRD beside it (coordination), the staf ahli left of the trunk, the Sekretariat Daerah
    right of it with its asisten, then one row group per unsur, each perangkat daerah in the
    order of the edition. Only the Sekretariat Daerah shows units below it (its asisten).
    Boxes carry the names alone, as the bagan does (the head of a dinas is its kepala dinas:
    a caption would only repeat the name and double every box)."""
    edition = get_edition(store, edition_id)
    region = get_region(store, edition.region_id)
    rows = store.rows(
        "SELECT u.id, u.parent_id, u.kind, u.name FROM units u"
        " LEFT JOIN units p ON p.id = u.parent_id"
        " WHERE u.edition_id = ? AND (u.parent_id IS NULL OR p.parent_id IS NULL AND p.kind = 'sekretariat_daerah')"
        " ORDER BY u.parent_id IS NOT NULL, u.sort_order, u.id",
        (edition_id,),
    )
    below: dict[int, list[ChartUnit]] = {}
    advisers: list[ChartUnit] = []
    for r in rows:
        if r["parent_id"] is None:
            continue
        if r["name"].lower().startswith(ADVISER_PREFIX):
            advisers.append(ChartUnit(r["id"], r["name"], "", ADVISER_KIND))
        else:
            below.setdefault(r["parent_id"], []).append(ChartUnit(r["id"], r["name"], "", r["kind"]))
    secretariats: list[ChartUnit] = []
    groups: dict[str, list[ChartUnit]] = {key: [] for key in UNSUR_ORDER}
    for r in (r for r in rows if r["parent_id"] is None):
        if r["kind"] == "sekretariat_daerah":
            secretariats.append(ChartUnit(r["id"], r["name"], "", r["kind"], tuple(below.get(r["id"], ()))))
        elif r["name"].lower().startswith(ADVISER_PREFIX):
            advisers.append(ChartUnit(r["id"], r["name"], "", ADVISER_KIND))
        else:
            unsur = UNSUR.get(r["kind"], "lainnya")
            groups[unsur].append(ChartUnit(r["id"], r["name"], "", r["kind"], group=unsur))
    people = (
        ChartUnit(None, f"Wakil {region.head}", "", DEPUTY_KIND),
        ChartUnit(None, f"DPRD {region.name}", "", COUNCIL_KIND),
    )
    pds = (*people, *advisers, *secretariats, *(unit for key in UNSUR_ORDER for unit in groups[key]))
    return ChartUnit(None, f"{region.head} {region.place}", "", "kepala_daerah", pds)
