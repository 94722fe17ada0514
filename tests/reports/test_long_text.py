"""Reports cap the text they print: a name of any length (a file edited with another tool)
prints in a few lines ending with "…", so it cannot stall a report; a report that fails or
is cancelled leaves no half-written file behind."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import Cancelled, FileProblem
from reports import catalog
from reports.page import ReportOptions, para, styles, table

ROOT = Path(__file__).resolve().parents[2]
MEGABYTE_NAME = "Bidang Yang Namanya Sangat Panjang " * 30000


def test_a_megabyte_of_text_becomes_a_few_lines_ending_with_an_ellipsis() -> None:
    s = styles()
    paragraph = para(MEGABYTE_NAME, s.cell, 120)
    assert paragraph.text.endswith("…") and len(paragraph.text) < 1000
    _width, height = paragraph.wrap(120, 10_000)
    assert height <= 12 * s.cell.leading  # a few lines, not thousands (a narrow cell: 300 characters are never cut)
    cell = table([["Unit"], [MEGABYTE_NAME]], [200]).wrap(200, 10_000)
    assert cell[1] < 200


def test_every_name_the_program_accepts_prints_whole() -> None:
    name = ("Unit Pelaksana Teknis Daerah " * 11)[:300]  # the longest name a unit may have
    assert para(name, styles().cell, 90).text == name


@pytest.fixture
def megabyte_file(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "panjang.sotk"
    shutil.copy(sample_file, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE units SET name = ? WHERE id = (SELECT min(id) FROM units WHERE parent_id IS NOT NULL)", (MEGABYTE_NAME,))
    conn.commit()
    conn.close()
    return path


def test_a_megabyte_unit_name_does_not_stall_the_structure_report(megabyte_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "struktur.pdf"
    result = subprocess.run(
        [sys.executable, "main.py", "report", "structure", str(megabyte_file), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,  # it took more than 4 minutes before the cap
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panjang.sotk", "struktur.pdf"]  # no .part left


@pytest.mark.parametrize("failure", [Cancelled(), RuntimeError("tata letak gagal"), OSError(28, "No space left on device")])
def test_a_failed_or_cancelled_report_leaves_no_part_file(
    sample_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:  # type: ignore[no-untyped-def]
    def broken(store, path, options, **scope):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise failure

    monkeypatch.setattr(catalog.ReportKind, "writer", property(lambda _kind: broken))
    with pytest.raises((Cancelled, RuntimeError, FileProblem)):
        catalog.write_report(sample_store, "structure", tmp_path / "laporan.pdf", ReportOptions())
    assert [p.name for p in tmp_path.iterdir() if "laporan" in p.name] == []
