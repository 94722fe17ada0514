"""What an organisation chart shows, read from the file: a unit with everything below it, or
a region's perangkat daerah under its head. The geometry is in ``core.org_layout``."""

from __future__ import annotations

from core.org_layout import ChartUnit
from core.regions import get_edition, get_region
from core.store import Store
from core.units import get_unit, subtree_ids_sql

FUNCTIONAL_GROUP = "Kelompok Jabatan Fungsional"


def eselon_label(eselon: str | None) -> str:
    """'IIIb' → 'III.b', as charts and nomenclature print it."""
    if not eselon:
        return ""
    roman = eselon.rstrip("ab")
    return f"{roman}.{eselon[len(roman) :]}" if roman != eselon else eselon


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
    """The region's head over every perangkat daerah of the edition (no sub-units)."""
    edition = get_edition(store, edition_id)
    region = get_region(store, edition.region_id)
    rows = store.rows(
        "SELECT id, kind, name, head_title, eselon FROM units WHERE edition_id = ? AND parent_id IS NULL ORDER BY sort_order, id",
        (edition_id,),
    )
    pds = tuple(ChartUnit(r["id"], r["name"], caption(r["head_title"], r["eselon"]), r["kind"]) for r in rows)
    return ChartUnit(None, f"{region.head} {region.place}", edition.name, "kepala_daerah", pds)
