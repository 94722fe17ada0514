"""The chart geometry: every unit drawn once, text inside its box, no line through a box it
does not belong to, one legible page when possible and continuation pages when not."""

from __future__ import annotations

import itertools

import pytest

from core.org_layout import ChartPage, ChartUnit, Metrics, fit_pages, layout, wrap


def measure(text: str, size: float, bold: bool = False) -> float:
    """A stand-in font: every character half as wide as the type is tall (bold a little more)."""
    return len(text) * size * (0.56 if bold else 0.5)


def unit(uid: int, name: str, kind: str = "bidang", *children: ChartUnit) -> ChartUnit:
    return ChartUnit(uid, name, f"Kepala {name} (III.b)", kind, tuple(children))


def dinas(bidang: int = 4, seksi: int = 3) -> ChartUnit:
    next_id = iter(range(2, 10_000))
    kids = [ChartUnit(None, "Kelompok Jabatan Fungsional", "", "kelompok_jf")]
    kids.append(
        unit(next(next_id), "Sekretariat", "sekretariat", *(unit(next(next_id), f"Subbagian {i}", "subbagian") for i in range(3)))
    )
    for b in range(bidang):
        kids.append(
            unit(next(next_id), f"Bidang {b}", "bidang", *(unit(next(next_id), f"Seksi {b}.{s}", "seksi") for s in range(seksi)))
        )
    kids.append(unit(next(next_id), "UPTD Balai Latihan", "uptd"))
    return ChartUnit(1, "Dinas Uji", "Kepala Dinas (II.a)", "dinas", tuple(kids))


def all_ids(root: ChartUnit) -> list[int]:
    ids = [root.id] if root.id is not None else []
    for child in root.children:
        ids += all_ids(child)
    return ids


def segment_crosses(box, a: tuple[float, float], b: tuple[float, float]) -> bool:  # type: ignore[no-untyped-def]
    """Whether an axis-parallel segment runs through the inside of a box (touching its edge is joining it)."""
    eps = 0.5
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    return x0 < box.x + box.w - eps and x1 > box.x + eps and y0 < box.bottom - eps and y1 > box.y + eps


def assert_well_drawn(page: ChartPage, m: Metrics) -> None:
    for box in page.boxes:
        for line in box.lines:
            assert line.width <= box.w - 2 * m.pad + 1e-6, (line.text, line.width, box.w)
            assert 0 <= line.baseline <= box.h
    for first in page.boxes:
        for second in page.boxes:
            if first is not second:
                overlap_x = min(first.x + first.w, second.x + second.w) - max(first.x, second.x)
                overlap_y = min(first.bottom, second.bottom) - max(first.y, second.y)
                assert overlap_x <= 0.01 or overlap_y <= 0.01, (first.lines[0].text, second.lines[0].text)
    for connector in page.connectors:
        for a, b in itertools.pairwise(connector.points):
            for box in page.boxes:
                assert not segment_crosses(box, a, b), (box.lines[0].text, a, b)


def test_a_dinas_is_drawn_whole_and_clean() -> None:
    root = dinas()
    m = Metrics()
    page = layout(root, m, measure)
    assert sorted(b.unit_id for b in page.boxes if b.unit_id is not None) == sorted(all_ids(root))
    assert [b.role for b in page.boxes if b.kind == "kelompok_jf"] == ["functional"]
    assert_well_drawn(page, m)
    uptd = next(b for b in page.boxes if b.kind == "uptd")
    assert uptd.y > max(b.bottom for b in page.boxes if b.kind in ("bidang", "seksi"))  # UPTD at the bottom


def test_wrapped_rows_hang_from_a_rail_that_crosses_no_box() -> None:
    page = layout(dinas(bidang=7, seksi=2), Metrics(), measure, per_row=3)
    assert_well_drawn(page, Metrics())
    tops = sorted({round(b.y) for b in page.boxes if b.kind == "bidang"})
    assert len(tops) == 3  # 3 + 2 + 2


def test_deep_structures_put_grandchildren_under_a_row() -> None:
    biro = [
        unit(10 + i, f"Biro {i}", "biro", *(unit(100 + 10 * i + j, f"Bagian {i}.{j}", "bagian") for j in range(3)))
        for i in range(3)
    ]
    setda = ChartUnit(1, "Sekretariat Daerah", "", "sekretariat_daerah", (unit(2, "Asisten I", "asisten", *biro),))
    page = layout(setda, Metrics(), measure)
    assert_well_drawn(page, Metrics())
    rows = {round(b.y) for b in page.boxes if b.kind == "biro"}
    assert len(rows) == 1  # the biro side by side, each with its bagian below


def test_long_names_wrap_inside_the_box_and_very_long_words_are_cut() -> None:
    m = Metrics()
    name = "Bidang " + " ".join(["Pengelolaan Sumber Daya Air dan Irigasi"] * 5) + " " + "X" * 60
    page = layout(ChartUnit(1, "Dinas", "", "dinas", (unit(2, name),)), m, measure)
    assert_well_drawn(page, m)
    box = next(b for b in page.boxes if b.unit_id == 2)
    assert len(box.lines) > 4 and box.lines[m.max_lines - 1].text.endswith("…") is (len(box.lines) >= m.max_lines)


def test_a_line_breaks_after_a_hyphen_before_cutting_a_word() -> None:
    lines = [text for text, _ in wrap("BAGIAN PERUNDANG-UNDANGAN", 60, 8, True, measure, 5)]
    assert lines == ["BAGIAN", "PERUNDANG-", "UNDANGAN"]


def test_a_small_chart_fits_one_legible_page() -> None:
    m = Metrics()
    [page] = fit_pages(dinas(), lambda wide: (800.0, 520.0) if wide else (520.0, 800.0), measure, m=m)
    assert page.scale * m.smallest_text >= 6
    assert page.width * page.scale <= 800.01 and page.height * page.scale <= 800.01


@pytest.mark.parametrize("landscape", [None, True, False])
def test_a_chart_too_big_for_a_page_continues_on_the_next_never_below_6_pt(landscape: bool | None) -> None:
    m = Metrics()
    root = dinas(bidang=30, seksi=6)
    area = lambda wide: (770.0, 480.0) if wide else (510.0, 740.0)  # noqa: E731 - A4 less margins
    pages = fit_pages(root, area, measure, m=m, landscape=landscape)
    assert len(pages) > 1
    drawn = [b.unit_id for p in pages for b in p.boxes if b.unit_id is not None and b.role != "continuation"]
    assert sorted(drawn) == sorted(all_ids(root))  # every unit once (the head once, on the first page)
    for number, page in enumerate(pages, start=1):
        assert page.scale * m.smallest_text >= 6 - 1e-6
        width, height = area(page.landscape)
        assert page.width * page.scale <= width + 0.01 and page.height * page.scale <= height + 0.01
        assert_well_drawn(page, m)
        wheres = [n.where for n in page.notes]
        assert ("top" in wheres) == (number > 1) and ("bottom" in wheres) == (number < len(pages))
        if landscape is not None:
            assert page.landscape is landscape
    assert [b.role for b in pages[1].boxes if b.role == "continuation"] == ["continuation"]


def test_a_unit_without_children_is_one_box() -> None:
    [page] = fit_pages(unit(5, "Seksi Sendiri", "seksi"), lambda wide: (500.0, 700.0), measure)
    assert len(page.boxes) == 1 and page.connectors == []


def test_a_unit_with_only_uptd_lays_them_side_by_side() -> None:
    root = ChartUnit(1, "Dinas", "", "dinas", tuple(unit(10 + i, f"UPTD {i}", "uptd") for i in range(12)))
    m = Metrics()
    pages = fit_pages(root, lambda wide: (1100.0, 760.0) if wide else (760.0, 1100.0), measure, m=m)
    assert len(pages) == 1 and pages[0].scale * m.smallest_text >= 6
    assert len({round(b.y) for b in pages[0].boxes if b.kind == "uptd"}) < 12  # not one row each
    assert_well_drawn(pages[0], m)


def test_pages_of_a_long_chart_are_about_equally_full_and_print_at_one_size() -> None:
    m = Metrics()
    root = ChartUnit(None, "Gubernur", "", "kepala_daerah", tuple(unit(10 + i, f"Dinas {i}", "dinas") for i in range(35)))
    area = lambda wide: (770.0, 279.0) if wide else (510.0, 450.0)  # noqa: E731 - a short page
    pages = fit_pages(root, area, measure, m=m)
    assert len(pages) > 1 and len({p.scale for p in pages}) == 1 and pages[0].scale * m.smallest_text >= 6
    counts = [sum(1 for b in p.boxes if b.role == "unit") for p in pages]
    assert sum(counts) == 35 and max(counts) - min(counts) <= max(counts) // 3, counts  # not 30 then 5
    for page in pages:
        assert page.height * page.scale > 0.6 * area(page.landscape)[1]
        assert_well_drawn(page, m)


def test_rows_whose_trunk_passes_between_boxes_keep_no_room_for_a_rail() -> None:
    m = Metrics()
    even = layout(dinas(bidang=8, seksi=0), m, measure, per_row=4)  # the trunk runs between the 2nd and 3rd
    assert even.width == pytest.approx(4 * m.box_width + 3 * m.h_gap)
    odd = layout(dinas(bidang=6, seksi=0), m, measure, per_row=3)  # the trunk would cross the middle bidang
    assert odd.width > 3 * m.box_width + 2 * m.h_gap
    assert_well_drawn(even, m)
    assert_well_drawn(odd, m)
