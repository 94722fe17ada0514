"""Every PDF carries every font it names: a print shop's preflight or a PDF/A checker rejects
a file that names a font (reportlab's default Helvetica) without embedding it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.store import Store, open_store
from reports.catalog import KINDS, write_report
from reports.page import ReportOptions


@pytest.fixture(scope="module")
def sample(sample_file: Path) -> Iterator[Store]:
    with open_store(sample_file, read_only=True) as store:
        yield store


def named_fonts(path: Path) -> dict[str, bool]:
    """Every font a page or a form on it names, and whether the file carries its glyphs."""
    fonts: dict[str, bool] = {}

    def visit(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            descriptors = [d.get("/FontDescriptor") for d in descendants]
            embedded = all(
                d is not None and any(key in d.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            fonts[str(font["/BaseFont"])] = fonts.get(str(font["/BaseFont"]), True) and embedded
        for form in (resources.get("/XObject") or {}).values():
            visit(form.get_object().get("/Resources"))

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources"))
    return fonts


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_report_embeds_every_font_it_names(sample: Store, tmp_path: Path, kind: str) -> None:
    setda = sample.scalar("SELECT id FROM units WHERE kind = 'sekretariat_daerah' AND edition_id = 1")
    options = ReportOptions(lampiran=True, signature=True, invariant=True)
    path = tmp_path / f"{kind}.pdf"
    write_report(sample, kind, path, options, unit_id=setda)
    fonts = named_fonts(path)
    assert fonts, "no font found: the test reads the file wrongly"
    assert all(fonts.values()), fonts  # was: Helvetica named and not embedded
    assert all("DejaVuSansCondensed" in name for name in fonts), fonts


def test_the_region_chart_embeds_every_font_it_names(sample: Store, tmp_path: Path) -> None:
    path = tmp_path / "bagan.pdf"
    write_report(sample, "org-chart", path, ReportOptions(invariant=True), edition_id=1)
    fonts = named_fonts(path)
    assert fonts and all(fonts.values()) and all("DejaVuSansCondensed" in name for name in fonts), fonts
