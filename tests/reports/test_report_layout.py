"""How the reports look to a reader: footers that never run into the page number, headings
that never end a page alone, charts that add up to their tables, several regions each named,
columns wide enough for their names, and continued markers worded one way."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from core import assets, regions, units
from core.checks import check_titles, run_checks
from core.checks.acceptance import accept
from core.reference import load_reference
from core.store import Store, create_store
from reports.catalog import write_report
from reports.fonts import REGULAR, register
from reports.meeting_pack_pdf import KIND_BARS, top_with_rest
from reports.page import MARGIN, ReportOptions

OPTIONS = {"invariant": True, "printed_on": date(2025, 1, 1)}
LONG_NAME = "Kota " + "Nama Sangat Panjang " * 6


def runs(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """Every piece of text on a page as drawn: x, y (from the bottom), font size, text."""
    found: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size, text.strip()))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def footer_of(path: Path, page: int) -> tuple[tuple[float, str], tuple[float, str]]:
    """The footer's left part and its page number, each with where it starts."""
    low = [(x, size, text) for x, y, size, text in runs(path, page) if y < MARGIN]
    left = [(x, size, text) for x, size, text in low if not text.startswith("Halaman ")]
    number = [(x, text) for x, _size, text in low if text.startswith("Halaman ")]
    assert len(left) == 1 and len(number) == 1, low
    x, size, text = left[0]
    register()
    return (x + stringWidth(text, REGULAR, size), text), number[0]


@pytest.fixture
def long_region(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A kota with a name of 120 characters, one dinas with one bidang."""
    with create_store(tmp_path / "panjang.sotk") as store:
        region = regions.create_region(store, LONG_NAME, "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
        units.create_unit(store, edition.id, a, "Bidang X", "bidang")
        yield store, edition.id


@pytest.mark.parametrize("kind", ["org-chart", "structure", "assets"])
def test_a_long_region_name_never_runs_into_the_page_number(long_region, kind: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, edition_id = long_region
    out = tmp_path / f"{kind}.pdf"
    written = write_report(store, kind, out, ReportOptions(landscape=False, **OPTIONS), edition_id=edition_id)
    for page in range(written.pages):
        (left_end, left), (number_x, number) = footer_of(out, page)
        assert number == f"Halaman {page + 1} dari {written.pages}"
        assert left_end < number_x - 5, (left, number)
        assert "…" in left and left.endswith("dicetak 1 Januari 2025"), left  # the date survives


def test_the_subject_under_the_chart_title_stays_on_the_paper(long_region, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, edition_id = long_region
    out = tmp_path / "bagan.pdf"
    write_report(store, "org-chart", out, ReportOptions(**OPTIONS), edition_id=edition_id)
    width = float(PdfReader(str(out)).pages[0].mediabox.width)
    register()
    for x, _y, size, text in runs(out, 0):
        if text.startswith("KOTA NAMA"):
            assert x >= MARGIN - 0.5 and x + stringWidth(text, "SOTK-Sans-Bold", size) <= width - MARGIN + 0.5
            break
    else:
        pytest.fail("no subject line")


HEADING = re.compile(r"^(Galat|Peringatan|Catatan|Temuan yang diterima) \(\d+\)$")


def body_lines(path: Path) -> list[list[str]]:
    """Each page's lines without the footer."""
    pages = []
    for page in PdfReader(str(path)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        pages.append([line for line in lines if not line.startswith(("Halaman ", "Temuan pemeriksaan — "))])
    return pages


def test_a_findings_heading_never_ends_a_page_alone(sample_store: Store, tmp_path: Path) -> None:
    report = run_checks(sample_store, 1)
    finding = report.open[0]
    accept(sample_store, 1, finding.key, finding.rule, "Tugas bersama yang disengaja")
    out = tmp_path / "temuan.pdf"
    write_report(sample_store, "findings", out, ReportOptions(**OPTIONS))
    pages = body_lines(out)
    assert len(pages) > 5
    titles = set(check_titles().values())
    for number, lines in enumerate(pages, start=1):
        last = lines[-1]
        assert not HEADING.match(last), (number, last)
        assert re.sub(r" \(\d+\)$", "", last) not in titles, (number, last)
    accepted = next(lines for lines in pages if "Temuan yang diterima (1)" in lines)
    assert any("Tugas bersama yang disengaja" in line for line in accepted)  # the heading and its finding together


def test_continued_staff_tables_name_their_perangkat_daerah(sample_store: Store, tmp_path: Path) -> None:
    pd = sample_store.scalar("SELECT id FROM units WHERE name = 'Dinas Kesehatan' AND parent_id IS NULL AND edition_id = 1")
    out = tmp_path / "kompetensi.pdf"
    written = write_report(sample_store, "competency", out, ReportOptions(**OPTIONS), unit_id=pd)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert written.pages > 4
    for number, text in enumerate(pages[1:], start=2):
        first = text.strip().splitlines()[0]
        assert first.startswith("Dinas Kesehatan — "), (number, first)  # not a bare "NIP Nama ..." header
    assert any(text.strip().startswith("Dinas Kesehatan — pegawai (") for text in pages[2:])


def test_the_units_per_kind_chart_adds_up_to_all_units(sample_store: Store, tmp_path: Path) -> None:
    reference = load_reference()
    everything = units.units_in_order(sample_store, 1)
    kinds = Counter(reference.unit_kind(u.kind).label_id for u in everything)
    assert len(kinds) > KIND_BARS  # else nothing would be left over
    labels, counts = top_with_rest(kinds, KIND_BARS)
    assert len(labels) == KIND_BARS and sum(counts) == len(everything)
    assert labels[-1] == f"Lainnya ({len(kinds) - KIND_BARS + 1} jenis)"
    out = tmp_path / "rapat.pdf"
    write_report(sample_store, "meeting-pack", out, ReportOptions(sections=("structure",), **OPTIONS))
    figures = next(page.extract_text() for page in PdfReader(str(out)).pages if "Unit menurut jenis" in page.extract_text())
    assert labels[-1] in figures and str(counts[-1]) in figures


@pytest.fixture
def three_regions(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Kota Satu (Dinas A with two bidang), Kabupaten Dua without units, Kabupaten Tiga (Dinas C)."""
    with create_store(tmp_path / "tiga.sotk") as store:
        for name, kind, edition_name, names in (
            ("Kota Satu", "kota", "Perwali 1/2025", ["Dinas A"]),
            ("Kabupaten Dua", "kabupaten", "Perbup 7/2024", []),
            ("Kabupaten Tiga", "kabupaten", "Perbup 2/2023", ["Dinas C"]),
        ):
            region = regions.create_region(store, name, kind, edition_name=edition_name)
            edition = regions.list_editions(store, region.id)[0]
            for unit_name in names:
                top = units.create_unit(store, edition.id, None, unit_name, "dinas").unit_id
                units.create_unit(store, edition.id, top, "Bidang X", "bidang")
                units.create_unit(store, edition.id, top, "Bidang Y", "bidang")
        yield store


def test_the_structure_of_several_regions_heads_each_region(three_regions: Store, tmp_path: Path) -> None:
    out = tmp_path / "struktur.pdf"
    write_report(three_regions, "structure", out, ReportOptions(**OPTIONS))
    lines = [line.strip() for page in PdfReader(str(out)).pages for line in page.extract_text().splitlines()]
    assert "6 unit" in lines and not any(line.startswith("·") for line in lines)  # no stray dot
    order = [lines.index(x) for x in ("KOTA SATU", "Dinas A", "KABUPATEN DUA", "KABUPATEN TIGA", "Dinas C")]
    assert order == sorted(order)
    assert "Perwali 1/2025 · 3 unit" in lines and "Perbup 2/2023 · 3 unit" in lines
    assert "Perbup 7/2024 · belum ada unit" in lines  # a region without units is not left out


def test_the_meeting_pack_cover_names_every_region_and_edition(three_regions: Store, tmp_path: Path) -> None:
    out = tmp_path / "rapat.pdf"
    write_report(three_regions, "meeting-pack", out, ReportOptions(**OPTIONS))
    cover = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "3 WILAYAH" in cover
    for expected in ("Kota Satu (Perwali 1/2025)", "Kabupaten Dua (Perbup 7/2024)", "Kabupaten Tiga (Perbup 2/2023)"):
        assert expected in cover


def test_the_register_prints_location_and_unit_readably(tmp_path: Path) -> None:
    with create_store(tmp_path / "aset.sotk") as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        setda = units.create_unit(store, edition.id, None, "Sekretariat Daerah", "sekretariat_daerah").unit_id
        bagian = units.create_unit(store, edition.id, setda, "Bagian Materi dan Komunikasi Pimpinan", "bagian").unit_id
        assets.create_asset(
            store,
            bagian,
            "B",
            "1.3.2.02.01.01.001",
            "Sedan",
            register="000001",
            year=2021,
            value=1,
            location="Jl. Sultan Abdurrahman No. 154",
        )
        far = "Jalan Raya Provinsi Kilometer 17 Kompleks Perkantoran Terpadu Blok C Lantai 3 Ruang 12 Sebelah Timur"
        assets.create_asset(store, bagian, "B", "1.3.2.02.01.01.001", "Jeep", register="000002", year=2020, value=1, location=far)
        out = tmp_path / "aset.pdf"
        write_report(store, "assets", out, ReportOptions(**OPTIONS), edition_id=edition.id)
    items = PdfReader(str(out)).pages[-1].extract_text()
    # A usual street and unit print whole on landscape A4; a very long street gives way to the unit.
    assert "Jl. Sultan Abdurrahman No. 154 · Bagian Materi dan Komunikasi Pimpinan" in items
    assert re.search(r"Jalan Raya Provinsi [^\n]*… · Bagian Materi dan Komunikasi Pimpinan", items)
