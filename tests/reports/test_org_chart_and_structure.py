"""The chart and the structure list as a reader of the PDF sees them: text read back from the
file, every unit of the scope once, the same bytes for the same data, odd names printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import regions, unit_content, units
from core.errors import FileProblem, RefusedError
from core.store import Store, open_store
from reports.catalog import write_report
from reports.page import ReportOptions

OPTIONS = {"invariant": True}


def pdf_text(path: Path) -> list[str]:
    reader = PdfReader(str(path), strict=True)
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Lines joined as a reader reads them: a hyphen at a line end joins the next line."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text))


@pytest.fixture
def sample(sample_file: Path):  # type: ignore[no-untyped-def]
    with open_store(sample_file, read_only=True) as store:
        yield store


def pd_named(store: Store, name: str) -> int:
    return store.scalar("SELECT id FROM units WHERE name = ? AND parent_id IS NULL AND edition_id = 1", (name,))


def test_the_chart_of_a_dinas_shows_every_unit_once(sample: Store, tmp_path: Path) -> None:
    pd = pd_named(sample, "Dinas Pendidikan dan Kebudayaan")
    out = tmp_path / "bagan.pdf"
    written = write_report(sample, "org-chart", out, ReportOptions(lampiran=True, signature=True, **OPTIONS), unit_id=pd)
    assert written.pages == 1 and written.notes == []
    text = flat(" ".join(pdf_text(out)))
    below = [u for u in units.units_in_order(sample, 1, pd) if u.id != pd]
    assert below
    for unit in below:
        assert text.count(unit.name.upper()) == 1, unit.name
    assert "KELOMPOK JABATAN FUNGSIONAL" in text
    assert "LAMPIRAN PERATURAN DAERAH PROVINSI KALIMANTAN BARAT" in text and "NOMOR : 5 TAHUN 2021" in text
    assert "GUBERNUR KALIMANTAN BARAT," in text and "Halaman 1 dari 1" in text


def test_the_overview_lists_every_perangkat_daerah(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "pd.pdf"
    written = write_report(sample, "org-chart", out, ReportOptions(paper="A3", **OPTIONS), edition_id=1)
    text = flat(" ".join(pdf_text(out)))
    pds = [u for u in units.units_in_order(sample, 1) if u.depth == 0]
    assert len(pds) > 30
    for pd in pds:
        assert pd.name.upper() in text, pd.name
    assert written.pages == 1 and "GUBERNUR KALIMANTAN BARAT" in text


def test_a_big_chart_on_small_paper_continues_with_markers(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "setda.pdf"
    written = write_report(
        sample, "org-chart", out, ReportOptions(paper="A4", **OPTIONS), unit_id=pd_named(sample, "Sekretariat Daerah")
    )
    pages = pdf_text(out)
    assert written.pages == len(pages) > 1 and written.notes == []  # split, never shrunk
    assert "Bersambung ke halaman 2" in pages[0] and "Lanjutan dari halaman 1" in pages[1]
    biro = [u.name.upper() for u in units.units_in_order(sample, 1, pd_named(sample, "Sekretariat Daerah")) if u.kind == "biro"]
    everything = flat(" ".join(pages))
    assert all(everything.count(name) == 1 for name in biro)


def test_the_same_data_gives_the_same_bytes(sample: Store, tmp_path: Path) -> None:
    from datetime import date

    from reports.catalog import KINDS

    pd = pd_named(sample, "Dinas Kesehatan")
    for kind in KINDS:
        first, second = tmp_path / f"{kind}1.pdf", tmp_path / f"{kind}2.pdf"
        for out in (first, second):
            write_report(sample, kind, out, ReportOptions(printed_on=date(2026, 11, 23), **OPTIONS), unit_id=pd)
        assert first.read_bytes() == second.read_bytes(), kind


def test_the_structure_list_has_every_unit_with_its_numbered_functions(sample: Store, tmp_path: Path) -> None:
    pd = pd_named(sample, "Dinas Pendidikan dan Kebudayaan")
    out = tmp_path / "daftar.pdf"
    write_report(sample, "structure", out, ReportOptions(**OPTIONS), unit_id=pd)
    text = flat(" ".join(pdf_text(out)))
    for unit in units.units_in_order(sample, 1, pd):
        assert unit.name in text
        functions = unit_content.functions_of(sample, unit.id)
        if functions:
            assert f"{len(functions)}. {flat(functions[-1].text)}" in text


@pytest.fixture
def odd_file(tmp_path: Path) -> Path:
    from core.store import create_store

    path = tmp_path / "aneh.sotk"
    with create_store(path) as store:
        region = regions.create_region(store, "Kota Uji", "kota", edition_name="Perwali 1/2026")
        edition = regions.list_editions(store, region.id)[0]
        top = units.create_unit(store, edition.id, None, 'Dinas <Uji> & "Coba"', "dinas").unit_id
        units.create_unit(store, edition.id, top, "Bidang " + "Pengelolaan Sumber Daya Manusia " * 6, "bidang")
        units.create_unit(store, edition.id, top, "دائرة التعليم", "bidang")
        units.create_unit(store, edition.id, top, "Seksi Ceria 😀 Bahagia", "bidang")
        units.create_unit(store, edition.id, None, "Dinas Tanpa Anak", "dinas")
        unit_content.set_functions(store, top, [unit_content.Function(None, "membina <koperasi> & UMKM")])
        regions.create_edition(store, region.id, "Draf kosong")
    return path


def test_odd_names_print_legibly(odd_file: Path, tmp_path: Path) -> None:
    with open_store(odd_file, read_only=True) as store:
        top = store.scalar("SELECT id FROM units WHERE name LIKE 'Dinas <Uji>%'")
        chart, listing = tmp_path / "bagan.pdf", tmp_path / "daftar.pdf"
        write_report(store, "org-chart", chart, ReportOptions(**OPTIONS), unit_id=top)
        write_report(store, "structure", listing, ReportOptions(**OPTIONS), unit_id=top)
        leaf = tmp_path / "leaf.pdf"
        alone = store.scalar("SELECT id FROM units WHERE name = 'Dinas Tanpa Anak'")
        assert write_report(store, "org-chart", leaf, ReportOptions(**OPTIONS), unit_id=alone).pages == 1
        assert "DINAS TANPA ANAK" in pdf_text(leaf)[0]
    chart_text = flat(" ".join(pdf_text(chart)))
    assert 'DINAS <UJI> & "COBA"' in chart_text
    assert "SEKSI CERIA" in chart_text and "BAHAGIA" in chart_text  # the face (drawn: DejaVu has it) reads back oddly
    listing_text = flat(" ".join(pdf_text(listing)))
    assert "membina <koperasi> & UMKM" in listing_text
    assert "ﺩﺍﺋﺮﺓ" in listing_text or "دائرة" in listing_text  # joined letters, right to left


def test_a_character_the_font_lacks_prints_as_a_box_not_as_nothing() -> None:
    from reports.fonts import MISSING, printable

    assert printable("Seksi 😀") == "Seksi 😀"
    assert printable("Seksi \U00013000 Kuno") == f"Seksi {MISSING} Kuno"


def test_an_empty_scope_is_said_and_a_bad_target_is_refused(odd_file: Path, tmp_path: Path) -> None:
    with open_store(odd_file, read_only=True) as store:
        empty = store.scalar("SELECT id FROM editions WHERE name = 'Draf kosong'")
        with pytest.raises(RefusedError):
            write_report(store, "org-chart", tmp_path / "x.pdf", ReportOptions(), edition_id=empty)
        out = tmp_path / "kosong.pdf"
        write_report(store, "structure", out, ReportOptions(), edition_id=empty)
        assert "Tidak ada unit dalam lingkup ini." in pdf_text(out)[0]
        with pytest.raises(FileProblem):
            write_report(store, "structure", tmp_path / "tidak-ada" / "x.pdf", ReportOptions(), edition_id=empty)
    assert not (tmp_path / "x.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sotk") == ["kosong.pdf"]  # no .part left


def test_the_findings_report_has_the_summary_and_the_statements_side_by_side(sample: Store, tmp_path: Path) -> None:
    from core.checks import run_checks

    out = tmp_path / "temuan.pdf"
    written = write_report(sample, "findings", out, ReportOptions(**OPTIONS), edition_id=1)
    pages = pdf_text(out)
    assert written.pages == len(pages)
    report = run_checks(sample, 1)
    errors = sum(1 for f in report.open if f.severity == "error")
    assert errors > 0
    first = flat(pages[0])
    assert "Ringkasan" in first and f"Galat ({errors})" in flat(" ".join(pages))
    everything = flat(" ".join(pages))
    overlap = next(f for f in report.open if f.rule == "function_overlap")
    for statement in overlap.data["statements"]:
        assert flat(statement["text"]) in everything
    assert "2.17" in everything and "Saran:" in everything and "Dasar:" in everything


def test_the_meeting_pack_has_a_cover_contents_figures_and_the_chosen_sections(sample: Store, tmp_path: Path) -> None:
    from datetime import date

    out = tmp_path / "rapat.pdf"
    options = ReportOptions(sections=("org-chart", "assets"), printed_on=date(2026, 11, 23), **OPTIONS)
    written = write_report(sample, "meeting-pack", out, options, edition_id=1)
    pages = [flat(p) for p in pdf_text(out)]
    assert written.pages == len(pages)
    assert "BAHAN RAPAT KOORDINASI" in pages[0] and "Senin, 23 November 2026" in pages[0]
    contents = pages[1]
    assert "Daftar isi" in contents and "Temuan pemeriksaan" not in contents  # not chosen
    for title in ("Ringkasan", "Bagan struktur organisasi", "Ringkasan aset"):
        number = int(re.search(r"(\d+) " + re.escape(title), contents).group(1))  # type: ignore[union-attr]  # read back number first
        assert pages[number - 1].startswith(title) or f" {title} " in f" {pages[number - 1]} ", title
    figures = pages[2]
    units_total = sample.scalar("SELECT count(*) FROM units WHERE edition_id = 1")
    assert f"Unit seluruhnya {units_total}" in figures
    assert "Aset menurut kondisi" in figures and "Jabatan" in figures
    assert "GUBERNUR KALIMANTAN BARAT" in " ".join(pages)


def test_no_text_is_wider_than_its_box_with_the_real_font(sample: Store) -> None:
    from core.org_chart import region_overview, unit_tree
    from core.org_layout import Metrics, fit_pages
    from reports.fonts import measure

    m = Metrics()
    trees = [unit_tree(sample, u.id) for u in units.units_in_order(sample, 1) if u.depth == 0] + [region_overview(sample, 1)]
    for tree in trees:
        for page in fit_pages(tree, lambda wide: (1100.0, 760.0) if wide else (760.0, 1100.0), measure, m=m):
            for box in page.boxes:
                for line in box.lines:
                    assert line.width == pytest.approx(measure(line.text, line.size, line.bold))
                    assert line.x >= m.pad - 1e-6 and line.x + line.width <= box.w - m.pad + 1e-6, (tree.name, line.text)


def test_every_page_of_the_asset_register_says_whose_items_it_lists(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "aset.pdf"
    write_report(sample, "assets", out, ReportOptions(), edition_id=1)
    pds = [u.name.upper() for u in units.units_in_order(sample, 1) if u.depth == 0]
    pages = pdf_text(out)
    items = [i for i, text in enumerate(pages) if "Kode barang" in text]
    assert len(items) > 100
    for index in items:
        assert any(pd in pages[index] for pd in pds), f"page {index + 1} names no perangkat daerah"


def test_a_long_legal_basis_pushes_the_chart_title_down_instead_of_under_it(sample_copy: Path, tmp_path: Path) -> None:
    from core.regions import update_edition

    basis = (
        "Peraturan Daerah Provinsi Kalimantan Barat Nomor 5 Tahun 2021 tentang Perubahan Kedua atas Peraturan Daerah "
        "Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Provinsi Kalimantan Barat sebagaimana "
        "telah diubah dengan Peraturan Daerah Nomor 2 Tahun 2019"
    )
    with open_store(sample_copy) as store:
        update_edition(store, 1, legal_basis=basis)
        out = tmp_path / "bagan.pdf"
        write_report(
            store,
            "org-chart",
            out,
            ReportOptions(paper="A4", landscape=False, lampiran=True),
            unit_id=pd_named(store, "Dinas Kesehatan"),
        )
    heights: dict[str, list[float]] = {"lampiran": [], "title": []}

    def visit(text: str, cm, tm, _font, _size) -> None:  # type: ignore[no-untyped-def]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # on the page: the text matrix within the current transform
        if text.strip().startswith(("TENTANG", "PERUBAHAN", "NOMOR", "LAMPIRAN")) or "TAHUN 2019" in text:
            heights["lampiran"].append(y)
        if "BAGAN STRUKTUR ORGANISASI" in text:
            heights["title"].append(y)

    PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    assert heights["title"] and len(heights["lampiran"]) >= 3
    assert max(heights["title"]) < min(heights["lampiran"]) - 8  # the title sits below the whole block


def test_the_meeting_pack_chart_continues_with_the_documents_page_numbers(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "rapat.pdf"
    write_report(
        sample, "meeting-pack", out, ReportOptions(sections=("org-chart",)), unit_id=pd_named(sample, "Sekretariat Daerah")
    )
    pages = [flat(text) for text in pdf_text(out)]
    goes_on = [(number, re.findall(r"— Bersambung ke halaman (\d+) —", text)) for number, text in enumerate(pages, start=1)]
    marked = [(number, found) for number, found in goes_on if found]
    assert marked and marked[0][0] > 2  # after the cover, contents and figures: not the chart's own page 1
    for number, found in marked:  # worded as in the chart's own report, with the page it goes on to in this document
        assert found == [str(number + 1)]
        assert f"— Lanjutan dari halaman {number} —" in pages[number]


def test_arabic_lines_keep_their_order_and_line_breaks() -> None:
    from reports.fonts import printable

    shown = printable("مدرسة الأولى\r\nالثانية")
    first, second = shown.split("\n")
    assert first.strip() and second.strip() and "\r" not in shown
    assert len(first.split()) == 2 and len(second.split()) == 1


def test_cancel_stops_a_report_while_its_pages_are_laid_out(sample: Store, tmp_path: Path) -> None:
    import threading

    from core.errors import Cancelled

    cancel = threading.Event()
    seen: list[str] = []

    def progress(_fraction: float, message: str, _values: dict) -> None:
        seen.append(message)
        if message.startswith("Menulis halaman"):
            cancel.set()  # the user presses Cancel once pages are being written

    out = tmp_path / "daftar.pdf"
    with pytest.raises(Cancelled):
        write_report(sample, "structure", out, ReportOptions(progress=progress, cancel=cancel), edition_id=1)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert sum(1 for m in seen if m.startswith("Menulis halaman")) == 1


def test_a_very_large_scope_leaves_the_per_person_list_out_and_says_so(
    sample: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reports.competency

    monkeypatch.setattr(reports.competency, "PER_PERSON_LIMIT", 100)
    out = tmp_path / "kompetensi.pdf"
    write_report(sample, "competency", out, ReportOptions(), edition_id=1)
    text = flat(" ".join(pdf_text(out)))
    assert "daftar per orang dicetak per wilayah atau per perangkat daerah" in text
    assert "Kebutuhan" in text and not re.search(r"\d{8} \d{6} \d \d{3}", text)  # no NIP printed
