"""The restructuring report of the sample draft: the mapping rows, the hand-over totals of
the impact, fonts embedded, and the command line's exit codes on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.money import format_rupiah
from core.nip import format_nip
from core.restructure.drafts import list_drafts
from core.restructure.impact import compute_impact
from core.store import Store
from reports.catalog import KINDS, write_report
from reports.page import ReportOptions

ROOT = Path(__file__).resolve().parents[2]


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path), strict=True).pages]


def fonts_not_embedded(path: Path) -> set[str]:
    """Names of fonts the PDF uses without carrying them (a reader's PC may lack them)."""
    missing = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            if not any(
                d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
            ):
                missing.add(str(font.get("/BaseFont")))
    return missing


@pytest.fixture
def printed(sample_store: Store, tmp_path: Path) -> tuple[Store, int, Path, list[str]]:
    draft = list_drafts(sample_store)[0]
    out = tmp_path / "penataan.pdf"
    written = write_report(sample_store, "restructuring", out, ReportOptions(invariant=True), edition_id=draft.edition_id)
    pages = text_of(out)
    assert written.pages == len(pages)
    return sample_store, draft.edition_id, out, pages


def test_the_kind_is_offered_by_the_catalogue() -> None:
    assert "restructuring" in KINDS


def test_the_mapping_table_holds_the_sample_drafts_changes(printed: tuple[Store, int, Path, list[str]]) -> None:
    store, draft, _out, pages = printed
    text = " ".join(" ".join(pages).split())
    impact = compute_impact(store, draft)
    m = impact.mapping
    merged = [u for u, r in m.resolved.items() if r.action == "merged" and r.follows is None]
    assert merged, "the sample draft merges two dinas"
    for unit in merged:
        target = m.new[m.resolved[unit].targets[0]].name
        assert f"{m.old[unit].name} digabung ke {target}" in text
    dissolved = [u for u, r in m.resolved.items() if r.action == "dissolved" and r.follows is None]
    assert all(f"{m.old[u].name} dibubarkan" in text for u in dissolved)
    split = [u for u, r in m.resolved.items() if r.action == "split" and r.follows is None]
    assert all(f"{m.old[u].name} dipecah menjadi" in text for u in split)
    assert "PEMETAAN UNIT LAMA KE UNIT BARU" in text


def test_each_hand_over_starts_a_page_with_the_impacts_totals(printed: tuple[Store, int, Path, list[str]]) -> None:
    store, draft, _out, pages = printed
    impact = compute_impact(store, draft)
    m = impact.mapping
    starts = [" ".join(page.split()) for page in pages if page.startswith("LAMPIRAN BERITA ACARA SERAH TERIMA")]
    moving = [p for p in impact.pairs.values() if p.to_pd is not None and m.old[p.from_pd].name != m.new[p.to_pd].name]
    assert len(starts) == len(moving) > 0
    for pair in moving:
        head = next(
            page
            for page in starts
            if f"Yang menyerahkan {m.old[pair.from_pd].name} Yang menerima {m.new[pair.to_pd].name} Dalam rangka" in page
        )
        assert f"Personel {pair.people} orang" in head
        assert f"Jabatan struktural {pair.posts} jabatan" in head
        assert f"{pair.assets} barang senilai {format_rupiah(pair.value_sen)}" in head


def test_people_are_listed_with_their_nip_spaced_and_the_bench_apart(printed: tuple[Store, int, Path, list[str]]) -> None:
    store, draft, _out, pages = printed
    impact = compute_impact(store, draft)
    from core.staff import staff_rows

    waiting = staff_rows(store, [p.entity_id for p in impact.bench])
    assert waiting, "the sample draft leaves people on the bench"
    bench = next(i for i, page in enumerate(pages) if page.startswith("PEGAWAI MENUNGGU PENEMPATAN"))
    for person in waiting:
        assert format_nip(person.nip) in pages[bench] and person.name in pages[bench]
    moved = [p for p in impact.staff if p.how == "follows" and m_root_changes(impact, p)]
    listed = " ".join(pages)
    person = staff_rows(store, [moved[0].entity_id])[0]
    assert format_nip(person.nip) in listed


def m_root_changes(impact, placement) -> bool:  # type: ignore[no-untyped-def]
    m = impact.mapping
    return m.old[m.old[placement.from_unit_id].root_id].name != m.new[m.new[placement.to_unit_id].root_id].name


def test_every_font_is_embedded(printed: tuple[Store, int, Path, list[str]]) -> None:
    assert fonts_not_embedded(printed[2]) == set()


def test_the_findings_before_and_after_are_printed(printed: tuple[Store, int, Path, list[str]]) -> None:
    text = " ".join(printed[3])
    assert "TEMUAN PEMERIKSAAN SEBELUM DAN SESUDAH" in text and "Diselesaikan oleh draf" in text


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_command_line_writes_it_and_refuses_bad_input(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    done = run("report", "restructuring", str(sample_copy), "--draft", "2", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists() and "halaman" in done.stdout
    not_a_draft = run("report", "restructuring", str(sample_copy), "--draft", "1", "-o", str(tmp_path / "x.pdf"))
    assert not_a_draft.returncode == 2 and "bukan draf penataan" in not_a_draft.stderr
    unknown = run("report", "restructuring", str(sample_copy), "--draft", "999", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "999" in unknown.stderr
    junk = tmp_path / "rusak.sotk"
    junk.write_bytes(b"not a database at all")
    unreadable = run("report", "restructuring", str(junk), "--draft", "2", "-o", str(tmp_path / "x.pdf"))
    assert unreadable.returncode == 2 and "rusak.sotk" in unreadable.stderr
    wrong_kind = run("report", "structure", str(sample_copy), "--draft", "2", "-o", str(tmp_path / "x.pdf"))
    assert wrong_kind.returncode == 2
    assert not (tmp_path / "x.pdf").exists()
