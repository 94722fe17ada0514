"""What a report covers: one unit and everything below it, one edition (a region's
structure), or, when nothing is named, the edition in force of every region in the file."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import RefusedError
from core.i18n import N_
from core.regions import Edition, Region, default_editions, get_edition, get_region
from core.store import Store
from core.units import get_unit


@dataclass(frozen=True)
class Scope:
    edition_ids: list[int]
    root_id: int | None  # the unit asked for, or None for whole editions
    subject: str  # what the report is about, as printed under its title
    edition: Edition  # the (first) edition: its legal basis heads a lampiran
    region: Region


def resolve_scope(store: Store, unit_id: int | None, edition_id: int | None) -> Scope:
    if unit_id is not None:
        unit = get_unit(store, unit_id)
        edition = get_edition(store, unit.edition_id)
        return Scope([edition.id], unit_id, unit.name, edition, get_region(store, edition.region_id))
    if edition_id is not None:
        edition = get_edition(store, edition_id)
        region = get_region(store, edition.region_id)
        return Scope([edition_id], None, region.name, edition, region)
    editions = default_editions(store)
    if not editions:
        raise RefusedError(N_("Berkas ini belum punya wilayah; tidak ada yang dicetak."))
    first = get_edition(store, editions[0])
    region = get_region(store, first.region_id)
    subject = region.name if len(editions) == 1 else f"{len(editions)} wilayah"
    return Scope(editions, None, subject, first, region)


def scope_regions(store: Store, scope: Scope) -> list[tuple[Region, Edition]]:
    """Each region the scope covers with the edition printed for it, in the scope's order:
    a report of several regions names them all, not only the first."""
    editions = [get_edition(store, edition_id) for edition_id in scope.edition_ids]
    return [(get_region(store, edition.region_id), edition) for edition in editions]


def editions_line(store: Store, scope: Scope) -> str:
    """'Perda 5/2021', or for several regions 'Kota A (Perwali 1/2025) · Kabupaten B (...)'."""
    if len(scope.edition_ids) == 1:
        return scope.edition.name
    return " · ".join(f"{region.name} ({edition.name})" for region, edition in scope_regions(store, scope))
