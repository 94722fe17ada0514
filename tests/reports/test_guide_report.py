"""The guide as a PDF (`main.py report guide`): a contents page that lists every chapter with
its page, every chapter's title on its pages, the screenshots drawn, page numbers in the
language printed, and no .sotk file needed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import guide
from reports.catalog import write_report
from reports.page import ReportOptions

ROOT = Path(__file__).resolve().parents[2]


def pages_text(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path), strict=True).pages]


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_the_guide_prints_every_chapter_after_a_contents_page(tmp_path: Path, language: str) -> None:
    out = tmp_path / f"panduan-{language}.pdf"
    written = write_report(None, "guide", out, ReportOptions(invariant=True, language=language))
    pages = pages_text(out)
    assert written.pages == len(pages) > len(guide.CHAPTERS)
    contents = " ".join(pages[1:4])
    chapters = guide.chapters(language)
    for number, chap in enumerate(chapters, start=1):
        assert f"{number}. {chap.title}" in contents, chap.name
        # The page number is read before its title (it is drawn first, at the end of the dots).
        listed = re.search(rf"(\d+) {number}\. {re.escape(chap.title)}", contents)
        assert listed is not None, chap.name
        page = int(listed.group(1))  # the page the contents gives is where the chapter starts
        assert pages[page - 1].startswith(f"{number}. {chap.title}"), chap.name
    assert ("Halaman 1 dari" if language == "id" else "Page 1 of") in pages[0]
    shown = sum(len(page.images) for page in PdfReader(str(out)).pages)
    pictures = sum(1 for c in chapters for b in c.blocks if isinstance(b, guide.Picture))
    assert shown == pictures


def test_every_check_is_in_the_printed_guide(tmp_path: Path) -> None:
    from core.checks.runner import CHECKS

    out = tmp_path / "panduan.pdf"
    write_report(None, "guide", out, ReportOptions(invariant=True))
    text = " ".join(pages_text(out))
    for module in CHECKS:
        assert module.TITLE in text, module.RULE


def test_the_command_line_prints_the_guide_without_a_file(tmp_path: Path) -> None:
    out = tmp_path / "GUIDE.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "report", "guide", "-o", str(out), "--lang", "en"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert "GUIDE.pdf" in done.stdout
    assert "First steps" in pages_text(out)[4] or any("1. First steps" in p for p in pages_text(out))
    other = subprocess.run(
        [sys.executable, "main.py", "report", "structure", "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert other.returncode == 2
    assert "memerlukan berkas .sotk" in other.stderr
