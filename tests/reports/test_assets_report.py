"""The asset register as printed: totals that match the hand-computed register, every item
once, long registers continuing over pages with their heading repeated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import assets, regions, units
from core.store import Store, create_store
from reports.catalog import write_report
from reports.page import ReportOptions


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path), strict=True).pages]


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Dinas A holds a building and (in Bidang X) two laptops; Dinas B a car and 150 chairs."""
    with create_store(tmp_path / "kantor.sotk") as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
        x = units.create_unit(store, edition.id, a, "Bidang X", "bidang").unit_id
        b = units.create_unit(store, edition.id, None, "Dinas B", "dinas").unit_id
        assets.create_asset(
            store, a, "C", "1.3.3.01.01.01.001", "Gedung Kantor", year=2001, value="Rp 1.500.000.000", area_m2=820.5
        )
        for register, value in (("000001", "Rp 12.500.000,50"), ("000002", "Rp 9.999.999,99")):
            assets.create_asset(
                store, x, "B", "1.3.2.10.02.03.002", "Laptop", register=register, year=2022, value=value, condition="KB"
            )
        assets.create_asset(store, b, "B", "1.3.2.02.01.01.001", "Sedan", register="000001", year=2016, value="Rp 350.000.000")
        for number in range(1, 151):
            assets.create_asset(
                store, b, "E", "1.3.5.01.01.01.001", f"Kursi Rapat {number:03d}", register=f"{number:06d}", value=750_000
            )
        yield store, edition.id, a, b


def test_totals_match_the_register_and_each_item_is_printed_once(office: tuple[Store, int, int, int], tmp_path: Path) -> None:
    store, _edition, dinas_a, _dinas_b = office
    out = tmp_path / "aset-a.pdf"
    written = write_report(store, "assets", out, ReportOptions(invariant=True), unit_id=dinas_a)
    pages = text_of(out)
    assert written.pages == len(pages) == 2  # the summary, then the items
    assert "Rp 1.522.500.000,49" in pages[0]  # 1,500,000,000 + 12,500,000.50 + 9,999,999.99
    items = pages[1]
    assert items.count("Laptop") == 2 and items.count("Gedung Kantor") == 1
    assert "22.500.000,49" in items and "2 barang" in items  # the KIB B subtotal
    assert "820,5" in items and "Bidang X" in items
    assert "Sedan" not in items  # Dinas B is outside the scope


def test_a_long_kib_continues_with_its_heading_and_page_numbers(office: tuple[Store, int, int, int], tmp_path: Path) -> None:
    store, _edition, _a, dinas_b = office
    out = tmp_path / "aset-b.pdf"
    written = write_report(store, "assets", out, ReportOptions(paper="A4", landscape=True), unit_id=dinas_b)
    pages = text_of(out)
    assert written.pages == len(pages) >= 4  # 150 chairs do not fit on one landscape page
    chairs = " ".join(pages)
    assert all(chairs.count(f"Kursi Rapat {n:03d}") == 1 for n in range(1, 151))
    assert "DINAS B · KIB E (lanjutan)" in pages[2]
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
    assert "112.500.000,00" in chairs and "150 barang" in chairs


def test_the_whole_region_sums_to_the_file_and_an_empty_scope_says_so(
    office: tuple[Store, int, int, int], tmp_path: Path
) -> None:
    store, edition_id, _a, _b = office
    out = tmp_path / "aset.pdf"
    write_report(store, "assets", out, ReportOptions(), edition_id=edition_id)
    summary = text_of(out)[0]
    expected = store.scalar("SELECT sum(value_sen) FROM assets")
    assert expected == 198_500_000_049  # 1,522,500,000.49 + 350,000,000 + 150 × 750,000
    assert "Rp 1.985.000.000,49" in summary
    assert re.search(r"Jumlah seluruhnya\s*154", summary)
    empty = units.create_unit(store, edition_id, None, "Dinas Kosong", "dinas").unit_id
    nothing = tmp_path / "kosong.pdf"
    write_report(store, "assets", nothing, ReportOptions(), unit_id=empty)
    assert "Tidak ada aset dalam lingkup ini." in " ".join(text_of(nothing))


def test_the_competency_report_shows_jpm_gaps_need_and_the_nine_box(tmp_path: Path) -> None:
    from core import positions, staff

    with create_store(tmp_path / "pegawai.sotk") as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        dinas = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
        bidang = units.create_unit(store, edition.id, dinas, "Bidang X", "bidang").unit_id
        analis = positions.create_position(store, bidang, "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda", needed=2)
        positions.set_standard(store, analis.id, {"M.01": 3, "M.02": 3})
        budi = staff.create_staff(
            store, region.id, "198001012005011001", "Budi Santoso", "PNS", position_id=analis.id, kinerja=3, potensi=3
        )
        staff.set_assessments(store, budi.id, [staff.Assessment(None, "M.01", 3, "2025-01-10", "UPT")])
        out = tmp_path / "kompetensi.pdf"
        write_report(store, "competency", out, ReportOptions(), unit_id=dinas)
    text = re.sub(r"\s+", " ", " ".join(text_of(out)))
    assert "19800101 200501 1 001 Budi Santoso Analis Kebijakan Ahli Muda 50,0% KMS" in text  # (3 + 0) / (3 + 3)
    assert "belum diases: M.02" in text
    assert "Bidang X Analis Kebijakan Ahli Muda 2 1 −1" in text  # need 2, bezetting 1
    assert re.search(r"Kotak 9 1\b", text)


def test_names_in_many_scripts_print_as_written_when_the_font_needs_several_subsets(tmp_path: Path) -> None:
    # A PDF font subset holds 256 glyphs: names with more distinct letters than that make the
    # register switch subsets within a page, and every name must still read back as written.
    letters = [chr(c) for c in (*range(0x100, 0x17F), *range(0x391, 0x3CA), *range(0x410, 0x450), *range(0x531, 0x557))]
    letters = [ch for ch in letters if ch.isalpha()]
    assert len(letters) > 256
    names = ["".join(letters[i : i + 8]) for i in range(0, len(letters), 8)]
    with create_store(tmp_path / "aksara.sotk") as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        dinas = units.create_unit(store, edition.id, None, "Dinas Aksara", "dinas").unit_id
        for number, name in enumerate(names, start=1):
            assets.create_asset(store, dinas, "B", "1.3.2.02.01.01.001", name, register=f"{number:06d}", value=1)
            assets.create_asset(store, dinas, "E", "1.3.5.01.01.01.001", name, register=f"{number:06d}", value=2)
        out = tmp_path / "aksara.pdf"
        write_report(store, "assets", out, ReportOptions(), unit_id=dinas)
    printed = " ".join(text_of(out))
    assert all(printed.count(name) == 2 for name in names)
