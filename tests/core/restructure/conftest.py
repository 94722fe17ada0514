"""A small province to restructure, built by hand: each test can see every person and asset."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from core import assets, positions, regions, staff, units
from core.restructure.drafts import Draft, start_draft
from core.restructure.mapping import read_units
from core.store import Store
from core.unit_content import Function, set_functions


@dataclass
class World:
    """Old units, posts, people and assets by short name; ``draft`` and its unit copies."""

    store: Store
    region_id: int
    edition_id: int
    old: dict[str, int] = field(default_factory=dict)
    posts: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    things: dict[str, int] = field(default_factory=dict)
    draft: Draft | None = None
    new: dict[str, int] = field(default_factory=dict)

    def copy(self, name: str) -> int:
        assert self.draft is not None
        copies = {row.copied_from_id: row.id for row in read_units(self.store, self.draft.edition_id).values()}
        return copies[self.old[name]]


NIPS = iter(f"19800101200501{gender}{serial:03d}" for serial in range(1, 999) for gender in (1,))


@pytest.fixture
def world(store: Store) -> World:
    """Dinas A (Sekretariat, Bidang X, Bidang Y), Dinas B (Bidang Z), Badan C (Bidang Riset):
    a head of Dinas A, one person per bidang (the one in Bidang Y without a post) and two in
    the badan; assets in X, Z and the badan (two at the badan's address, one elsewhere)."""
    region = regions.create_region(store, "Provinsi Uji", "provinsi", edition_name="Perda 1/2021")
    edition = regions.edition_in_force(store, region.id)
    assert edition is not None
    w = World(store, region.id, edition.id)
    make = {
        "A": (None, "Dinas A", "dinas"),
        "sek": ("A", "Sekretariat", "sekretariat"),
        "X": ("A", "Bidang X", "bidang"),
        "Y": ("A", "Bidang Y", "bidang"),
        "B": (None, "Dinas B", "dinas"),
        "Z": ("B", "Bidang Z", "bidang"),
        "C": (None, "Badan C", "badan"),
        "R": ("C", "Bidang Riset", "bidang"),
    }
    for key, (parent, name, kind) in make.items():
        w.old[key] = units.create_unit(store, edition.id, w.old.get(parent or ""), name, kind).unit_id
    set_functions(store, w.old["X"], [Function(None, "pembinaan sekolah menengah atas")])
    set_functions(store, w.old["Y"], [Function(None, "pengelolaan cagar budaya"), Function(None, "pembinaan kesenian daerah")])
    set_functions(store, w.old["Z"], [Function(None, "pengelolaan data statistik sektoral")])
    set_functions(store, w.old["R"], [Function(None, "penelitian dan pengembangan data statistik sektoral daerah")])
    for key, unit, title, category, eselon in (
        ("head", "A", "Kepala Dinas A", "jpt_pratama", "IIb"),
        ("kabid_x", "X", "Kepala Bidang X", "administrator", "IIIb"),
        ("kabid_z", "Z", "Kepala Bidang Z", "administrator", "IIIb"),
        ("researcher", "R", "Analis Data", "fungsional", None),
    ):
        w.posts[key] = positions.create_position(store, w.old[unit], title, category, eselon=eselon).id
    for key, place in (
        ("ani", {"position_id": w.posts["head"]}),
        ("budi", {"position_id": w.posts["kabid_x"]}),
        ("citra", {"unit_id": w.old["Y"]}),
        ("dedi", {"position_id": w.posts["kabid_z"]}),
        ("eka", {"position_id": w.posts["researcher"]}),
        ("fajar", {"unit_id": w.old["R"]}),
    ):
        w.people[key] = staff.create_staff(store, region.id, next(NIPS), key.title(), **place).id
    for key, unit, location in (
        ("laptop", "X", None),
        ("server", "Z", "Jl. Data 1"),
        ("microscope", "R", "Jl. Data 1"),
        ("car", "R", None),
    ):
        w.things[key] = assets.create_asset(
            store, w.old[unit], "B", "1.3.2.05.01.01.001", key, value=2_000_000, location=location
        ).id
    return w


@pytest.fixture
def drafted(world: World) -> World:
    """The draft: Dinas A renamed 'Dinas A dan B' and given Bidang Z; Dinas B and Badan C
    gone; Bidang Y split into Bidang Y1 and Y2; a new Dinas D."""
    store = world.store
    world.draft = start_draft(store, world.region_id, "Penataan 2027", legal_basis="Raperda 2027", effective_date="2026-11-01")
    a, z = world.copy("A"), world.copy("Z")
    with store.write() as tx:
        units.update_unit(tx, a, name="Dinas A dan B")
        units.move_unit(tx, z, a)
        units.delete_unit(tx, world.copy("B"))
        units.delete_unit(tx, world.copy("C"))
        for name in ("Y1", "Y2"):
            world.new[name] = units.create_unit(tx, world.draft.edition_id, a, f"Bidang {name}", "bidang").unit_id
        set_functions(tx, world.new["Y1"], [Function(None, "pengelolaan cagar budaya")])
        set_functions(tx, world.new["Y2"], [Function(None, "pembinaan kesenian daerah")])
        units.delete_unit(tx, world.copy("Y"))
        world.new["D"] = units.create_unit(tx, world.draft.edition_id, None, "Dinas D", "dinas").unit_id
    world.new["A"], world.new["Z"] = a, z
    return world


@pytest.fixture
def decided(drafted: World) -> World:
    """The draft with every perangkat daerah decided: A renamed, B merged into it, C
    dissolved, Bidang Y split into Y1 and Y2."""
    from core.restructure.mapping import Decision, set_decisions

    w = drafted
    assert w.draft is not None
    set_decisions(
        w.store,
        w.draft.edition_id,
        [
            Decision(w.old["A"], "renamed", (w.new["A"],)),
            Decision(w.old["B"], "merged", (w.new["A"],)),
            Decision(w.old["C"], "dissolved"),
            Decision(w.old["Y"], "split", (w.new["Y1"], w.new["Y2"])),
        ],
    )
    return w
