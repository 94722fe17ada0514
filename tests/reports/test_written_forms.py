"""Money and eselon read the same in every place: rupiah always with the sen ("Rp 255.791.000,00",
the totals as the lists), eselon as PP 18/2016 writes it ("IIIa", never "III.a" on one page and
"IIIa" on the next)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.eselon import eselon_label
from core.money import format_rupiah
from core.org_chart import unit_tree
from core.store import open_store
from reports.catalog import write_report
from reports.page import ReportOptions


@pytest.mark.parametrize(
    ("typed", "written"), [("IIIb", "IIIb"), ("III.b", "IIIb"), ("III/a", "IIIa"), ("iv b", "IVb"), ("Ib", "Ib"), ("V", "V")]
)
def test_eselon_is_written_as_the_regulation_writes_it(typed: str, written: str) -> None:
    assert eselon_label(typed) == written


def test_an_empty_or_unknown_eselon_is_left_as_it_is() -> None:
    assert eselon_label(None) == "" and eselon_label("") == "" and eselon_label("JPT") == "JPT"


def test_rupiah_always_carries_the_sen() -> None:
    assert format_rupiah(25_579_100_000) == "Rp 255.791.000,00"  # the asset totals dropped ",00"
    assert format_rupiah(49) == "Rp 0,49"
    assert format_rupiah(-150) == "Rp -1,50"


def test_charts_and_lists_write_the_eselon_as_the_editor_does(sample_file: Path, tmp_path: Path) -> None:
    with open_store(sample_file, read_only=True) as store:
        pd = store.scalar("SELECT id FROM units WHERE name = 'Dinas Sosial' AND parent_id IS NULL")
        captions = []
        stack = [unit_tree(store, pd)]
        while stack:
            unit = stack.pop()
            captions.append(unit.caption)
            stack.extend(unit.children)
        assert any("(IIIa)" in c or "(IIIb)" in c for c in captions), captions
        assert not any(re.search(r"I\.[ab]\b", c) for c in captions), captions
        for kind in ("org-chart", "structure"):
            path = tmp_path / f"{kind}.pdf"
            write_report(store, kind, path, ReportOptions(invariant=True), unit_id=pd)
            text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
            assert re.search(r"\(II[ab]\)", text), kind
            assert not re.search(r"I{1,3}V?\.[ab]\b", text), kind


def test_the_meeting_pack_writes_the_asset_total_as_the_register_does(sample_file: Path, tmp_path: Path) -> None:
    with open_store(sample_file, read_only=True) as store:
        pd = store.scalar("SELECT id FROM units WHERE name = 'Dinas Sosial' AND parent_id IS NULL")
        total = store.scalar(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)"
            " SELECT sum(value_sen) FROM assets WHERE unit_id IN (SELECT id FROM sub)",
            (pd,),
        )
        options = ReportOptions(invariant=True, sections=("org-chart",))  # the total only on the summary
        write_report(store, "meeting-pack", tmp_path / "rapat.pdf", options, unit_id=pd)
        write_report(store, "assets", tmp_path / "kib.pdf", ReportOptions(invariant=True), unit_id=pd)
    rupiah, sen = divmod(total, 100)
    written = f"{rupiah:,}".replace(",", ".") + f",{sen:02d}"
    pack = next(t for t in (p.extract_text() for p in PdfReader(str(tmp_path / "rapat.pdf")).pages) if "Angka pokok" in t)
    register = PdfReader(str(tmp_path / "kib.pdf")).pages[0].extract_text()
    assert written in pack.replace("\n", " ") and written in register.replace("\n", " ")
