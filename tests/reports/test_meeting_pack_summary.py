"""The meeting pack's Ringkasan as a reader meets it: one page used to its foot, naming the
checks that found something and the perangkat daerah where the findings are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from core.store import open_store
from reports.catalog import write_report
from reports.page import ReportOptions


def summary_page(path: Path) -> tuple[str, float]:
    """The Ringkasan page's text and how far down the page its lowest line (the footer aside) sits (0..1)."""
    for page in PdfReader(str(path)).pages:
        text = page.extract_text()
        if "Angka pokok" not in text:
            continue
        lows: list[float] = []
        height = float(page.mediabox.height)

        def visit(text: str, cm, tm, _font, _size, lows: list[float] = lows) -> None:  # type: ignore[no-untyped-def]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # on the page, through the drawing's transform
            if text.strip() and y > 60:  # above the footer line
                lows.append(y)

        page.extract_text(visitor_text=visit)
        return text, 1 - min(lows) / height
    raise AssertionError("no summary page")


@pytest.fixture(scope="module")
def region_pack(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "rapat.pdf"
    with open_store(sample_file, read_only=True) as store:
        write_report(store, "meeting-pack", path, ReportOptions(invariant=True, sections=("findings",)), edition_id=1)
    return path


def test_the_summary_page_is_filled_to_its_foot(region_pack: Path) -> None:
    _text, reach = summary_page(region_pack)
    assert reach > 0.8, reach  # was about half the page


def test_the_summary_names_the_checks_and_the_perangkat_daerah_with_findings(region_pack: Path) -> None:
    text, _reach = summary_page(region_pack)
    flat = " ".join(text.split())
    assert "Temuan terbuka menurut pemeriksaan" in flat and "Fungsi tumpang tindih" in flat
    assert "Perangkat daerah menurut jenis dan tipologi" in flat and "Dinas" in flat
    assert "Perangkat daerah dengan temuan terbanyak" in flat and "Sekretariat Daerah" in flat
    # The findings section's own summary counts what the Ringkasan counts.
    findings = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(region_pack)).pages[3:5])
    errors, warnings, notes = (int(n) for n in flat.split("(galat / peringatan / catatan) ")[1].split()[0:5:2])
    assert f"Jumlah {errors} {warnings} {notes}" in flat
    assert f"Galat ({errors})" in findings or f"Jumlah {errors} {warnings} {notes}" in findings
