"""The peta sinergi and the pohon kinerja as a meeting reads them: text read back from the
PDF, the marks where the planning checks found something, fonts embedded, and the command
line's answers for a file without plans or one that is no data file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core import regions
from core.checks import run_checks
from core.plans.rpjmd import region_rpjmd
from core.plans.synergy import synergy_matrix
from core.store import Store, create_store, open_store
from reports.catalog import KINDS, write_report
from reports.page import ReportOptions
from tests.reports.test_org_chart_and_structure import flat, pdf_text
from ui.cli import main

OPTIONS = {"invariant": True}


@pytest.fixture
def sample(sample_file: Path):  # type: ignore[no-untyped-def]
    with open_store(sample_file, read_only=True) as store:
        yield store


def fonts_embedded(path: Path) -> list[str]:
    """The fonts text is drawn in that are not embedded (an empty list when all are). Only
    fonts that draw text count: reportlab declares Helvetica on every page, unused."""
    missing: set[str] = set()
    for page in PdfReader(str(path)).pages:
        used: list[Any] = []

        def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any, used: list[Any] = used) -> None:
            if text.strip() and font is not None:
                used.append(font)

        page.extract_text(visitor_text=visit)
        assert used, "a page without text"
        for font in used:
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return sorted(missing)


def findings(store: Store, rule: str) -> list[Any]:
    return [f for f in run_checks(store, 1, only=[rule]).open if f.rule == rule]


def test_the_synergy_map_names_every_issue_and_marks_the_one_pd_that_carries_inflasi(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "sinergi.pdf"
    written = write_report(sample, "synergy", out, ReportOptions(**OPTIONS))
    text = flat(" ".join(pdf_text(out)))
    plan = region_rpjmd(sample, 1)[0]
    issues = sample.rows("SELECT name FROM strategic_issues WHERE rpjmd_id = ?", (plan.id,))
    assert len(issues) == 3
    for issue in issues:
        assert issue["name"] in text
    alone = [f for f in findings(sample, "ego_sektoral") if f.detail.endswith(":alone")]
    assert [f.params["issue"] for f in alone] == ["Inflasi"]
    carrier = alone[0].params["pd"]
    assert carrier in text
    # the mark of a strategic issue resting on one PD is printed once: Inflasi's column alone
    assert text.count("Hanya satu perangkat daerah (ego sektoral)") == len(alone)
    assert fonts_embedded(out) == []
    assert written.pages >= 2 and f"Halaman 1 dari {written.pages}" in text


def test_a_wide_matrix_is_split_into_parts_each_with_the_pd_column_and_fewer_on_a3(sample: Store, tmp_path: Path) -> None:
    plan = region_rpjmd(sample, 1)[0]
    priorities = synergy_matrix(sample, plan.id, plan.name, "priority")
    assert len(priorities.columns) == 15
    parts = {}
    for paper in ("A4", "A3"):
        out = tmp_path / f"sinergi-{paper}.pdf"
        written = write_report(sample, "synergy", out, ReportOptions(paper=paper, **OPTIONS))
        text = flat(" ".join(pdf_text(out)))
        for column in priorities.columns:
            assert column.name in text, column.name
        parts[paper] = text.count("Bagian 1 dari")
        pages = PdfReader(str(out)).pages
        width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
        assert width > height  # landscape
        if paper == "A4":
            assert "Bagian 3 dari 3" in text and written.notes  # the note suggests A3
            # every part of the table repeats the PD column, with the PD's names
            assert text.count("Perangkat daerah Kalbar") >= 3
        else:
            assert "Bagian 2 dari 2" in text and "Bagian 3 dari" not in text and not written.notes
    assert parts == {"A4": 1, "A3": 1}


def test_the_cascade_marks_the_sasaran_without_a_program_and_the_program_outside_its_urusan(
    sample: Store, tmp_path: Path
) -> None:
    out = tmp_path / "pohon.pdf"
    written = write_report(sample, "cascade", out, ReportOptions(**OPTIONS))
    text = flat(" ".join(pdf_text(out)))
    gaps = [f for f in findings(sample, "plan_alignment") if f.detail.startswith("sasaran:")]
    assert len(gaps) == 1
    sasaran = gaps[0].params["sasaran"]
    node = text.index(f"{sasaran}")
    mark = text.index(f"▲ Peringatan: {gaps[0].message}")
    assert node < mark < node + len(sasaran) + 200  # the mark sits at its sasaran
    assert "Belum ada program perangkat daerah yang mendukung sasaran ini." in text
    outside = findings(sample, "plan_outside_urusan")
    assert outside
    for finding in outside:
        code = finding.params.get("code") or finding.detail
        assert text.index(f"▲ Galat: {finding.message}") > text.index(code)
    assert "Visi:" in text and "Misi" in text and "Tujuan" in text and "Sub kegiatan" in text
    assert fonts_embedded(out) == []
    assert f"Halaman {written.pages} dari {written.pages}" in text


def test_both_reports_are_offered_by_the_catalogue() -> None:
    assert {"synergy", "cascade"} <= set(KINDS)


def _file_without_plans(tmp_path: Path) -> Path:
    path = tmp_path / "kosong.sotk"
    with create_store(path) as store:
        region = regions.create_region(store, "Kabupaten Uji", "kabupaten")
        regions.create_edition(store, region.id, "Perbup 1/2024", "in_force")
    return path


@pytest.mark.parametrize("kind", ["synergy", "cascade"])
def test_the_command_line_refuses_a_file_without_plans_or_no_data_file(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    assert main(["report", kind, str(_file_without_plans(tmp_path)), "-o", str(out)]) == 2
    assert "belum punya RPJMD" in capsys.readouterr().err
    assert not out.exists()
    junk = tmp_path / "bukan.sotk"
    junk.write_text("ini bukan berkas data")
    assert main(["report", kind, str(junk), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Galat:") and "bukan.sotk" in err
    assert not out.exists()


def test_the_command_line_writes_both_reports_of_the_sample(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in ("synergy", "cascade"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["report", kind, str(sample_file), "-o", str(out), "--paper", "A3"]) == 0
        assert "Ditulis" in capsys.readouterr().out and out.stat().st_size > 0


def test_the_meeting_pack_holds_both_as_sections(sample: Store, tmp_path: Path) -> None:
    out = tmp_path / "rapat.pdf"
    write_report(sample, "meeting-pack", out, ReportOptions(sections=("synergy", "cascade"), **OPTIONS))
    text = flat(" ".join(pdf_text(out)))
    assert "Peta sinergi program perangkat daerah" in text and "Pohon kinerja (cascading RPJMD)" in text
    assert "Hanya satu perangkat daerah (ego sektoral)" in text
    gap = next(f for f in findings(sample, "plan_alignment") if f.detail.startswith("sasaran:"))
    assert f"▲ Peringatan: {gap.message}" in text
