"""The region's chart drawn as a Perda's Bagan Susunan Perangkat Daerah: the head with the
deputy under it and the DPRD beside it on a dashed coordination line, the Sekretariat Daerah
with its asisten, then the rows of the unsur in the regulation's order, each row balanced."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import regions, units
from core.org_chart import region_overview
from core.org_layout import ChartPage, Metrics, fit_pages
from core.store import Store, create_store
from tests.core.test_org_layout import assert_well_drawn, measure

A3_LANDSCAPE = (1130.0, 720.0)


def rows_of(page: ChartPage, kinds: set[str]) -> list[list[str]]:
    """The boxes of these kinds, row by row from the top, each row left to right."""
    boxes = [b for b in page.boxes if b.kind in kinds]
    tops = sorted({round(b.y, 1) for b in boxes})
    return [[b.lines[0].text for b in sorted(boxes, key=lambda b: b.x) if round(b.y, 1) == top] for top in tops]


@pytest.fixture
def kabupaten(tmp_path: Path) -> Store:
    """A kabupaten with 13 dinas, 5 badan, 9 kecamatan, two staf ahli and three asisten."""
    store = create_store(tmp_path / "kab.sotk")
    region = regions.create_region(store, "Kabupaten Uji", "kabupaten")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force").id
    for i in range(13):
        units.create_unit(store, edition, None, f"Dinas {i}", "dinas")
    setda = units.create_unit(store, edition, None, "Sekretariat Daerah", "sekretariat_daerah").unit_id
    for name in ("Asisten Pemerintahan", "Asisten Perekonomian", "Asisten Administrasi"):
        units.create_unit(store, edition, setda, name, "asisten")
    units.create_unit(store, edition, setda, "Staf Ahli Bidang Hukum", "lainnya")
    units.create_unit(store, edition, None, "Staf Ahli Bidang Ekonomi", "lainnya")
    for i in range(9):
        units.create_unit(store, edition, None, f"Kecamatan {i}", "kecamatan")
    for i in range(5):
        units.create_unit(store, edition, None, f"Badan {i}", "badan")
    units.create_unit(store, edition, None, "Inspektorat", "inspektorat")
    units.create_unit(store, edition, None, "Sekretariat DPRD", "sekretariat_dprd")
    units.create_unit(store, edition, None, "Satuan Polisi Pamong Praja", "satpol_pp")
    return store


def test_the_head_the_deputy_and_the_council_are_drawn_as_the_perda_draws_them(kabupaten: Store) -> None:
    m = Metrics()
    [page] = fit_pages(region_overview(kabupaten, 1), lambda wide: A3_LANDSCAPE, measure, landscape=True, m=m)
    head = next(b for b in page.boxes if b.kind == "kepala_daerah")
    deputy = next(b for b in page.boxes if b.kind == "wakil_kepala_daerah")
    council = next(b for b in page.boxes if b.kind == "dprd")
    assert head.lines[0].text == "BUPATI UJI" and deputy.lines[0].text == "WAKIL BUPATI"
    assert council.lines[0].text == "DPRD KABUPATEN UJI"
    assert deputy.y > head.bottom and abs(deputy.x + deputy.w / 2 - (head.x + head.w / 2)) < 0.5  # under it, on the trunk
    assert council.x > head.x + head.w and council.y < head.bottom and council.bottom > head.y  # beside it
    line = [c for c in page.connectors if c.dashed and c.points[0][1] == c.points[-1][1]]
    assert any(
        min(p[0] for p in c.points) <= head.x + head.w + 0.5 and max(p[0] for p in c.points) >= council.x - 0.5 for c in line
    )
    assert_well_drawn(page, m)


def test_staf_ahli_inspektorat_and_setwan_stand_left_of_the_trunk_and_the_sekda_right_with_its_asisten(
    kabupaten: Store,
) -> None:
    [page] = fit_pages(region_overview(kabupaten, 1), lambda wide: A3_LANDSCAPE, measure, landscape=True)
    head = next(b for b in page.boxes if b.kind == "kepala_daerah")
    trunk = head.x + head.w / 2
    left = {
        b.lines[0].text for b in page.boxes if b.x + b.w < trunk and b.bottom < min(x.y for x in page.boxes if x.kind == "dinas")
    }
    assert {"STAF AHLI BIDANG HUKUM", "STAF AHLI BIDANG EKONOMI", "INSPEKTORAT", "SEKRETARIAT DPRD"} <= left
    setda = next(b for b in page.boxes if b.kind == "sekretariat_daerah")
    asisten = [b for b in page.boxes if b.kind == "asisten"]
    assert setda.x > trunk and len(asisten) == 3 and all(b.y > setda.bottom and b.x > trunk for b in asisten)
    assert len({round(b.y) for b in asisten}) == 1  # the asisten line: side by side


def test_the_unsur_come_in_the_regulations_order_and_every_row_is_balanced(kabupaten: Store) -> None:
    [page] = fit_pages(region_overview(kabupaten, 1), lambda wide: A3_LANDSCAPE, measure, landscape=True)
    groups = [("dinas", "satpol_pp"), ("badan",), ("kecamatan",)]
    tops = [min(b.y for b in page.boxes if b.kind in kinds) for kinds in groups]
    bottoms = [max(b.y for b in page.boxes if b.kind in kinds) for kinds in groups]
    assert bottoms[0] < tops[1] and bottoms[1] < tops[2]  # pelaksana, then penunjang, then kewilayahan
    for kinds in groups:
        rows = rows_of(page, set(kinds))
        lengths = [len(r) for r in rows]
        assert max(lengths) - min(lengths) <= 1, (kinds, lengths)  # 14 dinas in rows of 7 + 7, not 10 + 4
        for length in lengths[:-1]:
            assert length >= max(lengths) / 2


def test_the_regions_chart_over_pages_keeps_every_perangkat_daerah_once(kabupaten: Store) -> None:
    m = Metrics()
    pages = fit_pages(region_overview(kabupaten, 1), lambda wide: (510.0, 330.0), measure, landscape=False, m=m)
    drawn = [b.unit_id for page in pages for b in page.boxes if b.unit_id is not None]
    assert len(pages) > 1 and len(drawn) == len(set(drawn)) == kabupaten.scalar("SELECT count(*) FROM units")
    for page in pages:
        assert page.smallest_printed >= 6 - 1e-6
        assert_well_drawn(page, m)
