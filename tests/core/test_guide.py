"""The user guide's sources (resources/panduan/): every chapter in Indonesian and English,
links and pictures that resolve, and a section for everything the program offers — each
check, each report, each import template's columns, each command — so a new one without its
part of the guide fails here."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import guide
from core.checks.runner import CHECKS
from core.excel.importers import IMPORTERS
from core.excel.template import TEMPLATES
from reports.catalog import KINDS

ROOT = Path(__file__).resolve().parents[2]
MAX_PICTURE = 150 * 1024


def english(text: str) -> str:
    """The English of an Indonesian text as the translation file holds it."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "sotk_en.ts")
    found = {m.findtext("source"): m.findtext("translation") for m in tree.iter("message")}
    return found.get(text) or ""


def headings(language: str, name: str) -> dict[str, str]:
    return {b.anchor: b.text for b in guide.chapter(language, name).blocks if isinstance(b, guide.Heading)}


def every_text(language: str, name: str) -> str:
    return guide.plain(" ".join(guide.block_text(b) for b in guide.chapter(language, name).blocks))


def test_every_indonesian_chapter_has_its_english_version_and_no_file_is_left_out() -> None:
    for language in guide.LANGUAGES:
        on_disk = {p.stem for p in (guide.guide_dir() / language).glob("*.md")}
        assert on_disk == set(guide.CHAPTERS), language
    for name in guide.CHAPTERS:
        ours, theirs = guide.chapter("id", name), guide.chapter("en", name)
        assert ours.title and theirs.title, name
        assert every_text("id", name) != every_text("en", name), f"{name}: the English chapter is not translated"
        assert [s.anchor for s in ours.sections()] == [s.anchor for s in theirs.sections()], name


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_every_link_and_picture_resolves(language: str) -> None:
    for chap in guide.chapters(language):
        for name, anchor in guide.links(chap):
            assert name in guide.CHAPTERS, f"{language}/{chap.name}: link to {name}"
            assert not anchor or anchor in guide.chapter(language, name).anchors, f"{language}/{chap.name}: {name}#{anchor}"
        pictures = [b for b in chap.blocks if isinstance(b, guide.Picture)]
        for picture in pictures:
            path = guide.guide_dir() / picture.src
            assert path.is_file(), f"{language}/{chap.name}: {picture.src}"
            assert path.stat().st_size < MAX_PICTURE, f"{picture.src}: {path.stat().st_size} bytes"
            assert picture.alt, f"{picture.src} has no caption"
        if language == "en":
            assert all(p.src.startswith("img/en/") for p in pictures), "English chapters show the English window"


def test_every_picture_in_the_folder_is_shown_somewhere() -> None:
    shown = {
        b.src for language in guide.LANGUAGES for c in guide.chapters(language) for b in c.blocks if isinstance(b, guide.Picture)
    }
    on_disk = {p.relative_to(guide.guide_dir()).as_posix() for p in (guide.guide_dir() / "img").rglob("*.png")}
    assert on_disk == shown


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_every_check_has_its_section_with_its_title_and_basis(language: str) -> None:
    sections = headings(language, "pemeriksaan")
    for module in CHECKS:
        assert module.RULE in sections, f"no section for the check {module.RULE} ({language})"
        title = module.TITLE if language == "id" else english(module.TITLE)
        assert sections[module.RULE] == title, module.RULE
    text = every_text(language, "pemeriksaan")
    for module in CHECKS:
        assert guide.check_basis(module.RULE) in text, module.RULE


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_every_report_has_its_section_with_its_title(language: str) -> None:
    sections = headings(language, "laporan")
    for kind in KINDS.values():
        assert kind.key in sections, f"no section for the report {kind.key} ({language})"
        if kind.key != "guide":
            assert sections[kind.key] == (kind.title if language == "id" else english(kind.title)), kind.key


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_the_excel_chapter_lists_every_column_of_every_import_template(language: str) -> None:
    assert set(TEMPLATES) == set(IMPORTERS)
    chap = guide.chapter(language, "excel")
    tables = [b for b in chap.blocks if isinstance(b, guide.Grid)]
    for kind, template in TEMPLATES.items():
        wanted = [f"**{c.header}**" for c in template.columns if not c.derived]
        assert any([row[0] for row in table.rows[1:]] == wanted for table in tables), kind
        required = {c.header for c in template.columns if c.required}
        table = next(t for t in tables if [row[0] for row in t.rows[1:]] == wanted)
        assert {row[0].strip("*") for row in table.rows[1:] if row[1]} == required, kind


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_the_command_line_chapter_names_every_command(language: str) -> None:
    from ui.cli import COMMANDS

    text = every_text(language, "perintah")
    for command in COMMANDS:
        assert f"{command} " in text, command
    assert "report guide" in text


def test_the_installer_bundles_the_guide() -> None:
    """The frozen program reads resources/panduan: the spec's list of shipped files has every
    chapter and picture."""
    spec = (ROOT / "installer" / "sotk-planner.spec").read_text(encoding="utf-8")
    function = next(n for n in ast.parse(spec).body if isinstance(n, ast.FunctionDef) and n.name == "shipped_resources")
    scope: dict[str, object] = {"ROOT": ROOT}
    exec(compile(ast.Module([function], []), "spec", "exec"), scope)  # our own spec: its one function
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _folder in scope["shipped_resources"]()}  # type: ignore[operator]
    for language in guide.LANGUAGES:
        for name in guide.CHAPTERS:
            assert f"resources/panduan/{language}/{name}.md" in shipped
    assert {
        f"resources/panduan/{p.relative_to(guide.guide_dir()).as_posix()}" for p in guide.guide_dir().rglob("*.png")
    } <= shipped


def test_markdown_blocks_and_inline_markup() -> None:
    blocks = guide.parse(
        "# Judul {#atas}\n\nSatu baris\ndan lanjutannya.\n\n- butir *satu*\n  lanjut\n- butir `F1`\n\n"
        "| A | B |\n|---|---|\n| 1 | [dua](laporan.md#guide) |\n\n> catatan\n\n![gambar](img/x.png)\n\n## Bagian Dua\n"
    )
    assert blocks[0] == guide.Heading(1, "Judul", "atas")
    assert blocks[1] == guide.Paragraph("Satu baris dan lanjutannya.")
    assert blocks[2] == guide.Items(("butir *satu* lanjut", "butir `F1`"), ordered=False)
    assert blocks[3] == guide.Grid((("A", "B"), ("1", "[dua](laporan.md#guide)")))
    assert blocks[4] == guide.Paragraph("catatan", note=True)
    assert blocks[5] == guide.Picture("img/x.png", "gambar")
    assert blocks[6] == guide.Heading(2, "Bagian Dua", "bagian-dua")
    html = guide.inline("**tebal** *miring* `Ctrl+F` [bab](pegawai.md#jpm) a < b", "mulai", "html")
    assert "<b>tebal</b>" in html and "<i>miring</i>" in html and "Ctrl+F</code>" in html
    assert '<a href="pegawai.md#jpm">bab</a>' in html and "a &lt; b" in html
    pdf = guide.inline("[bab](pegawai.md#jpm) dan [sini](#atas)", "mulai", "pdf")
    assert 'href="#pegawai.jpm"' in pdf and 'href="#mulai.atas"' in pdf


def test_search_finds_sections_holding_every_word() -> None:
    found = guide.search("id", "sembilan kotak")
    assert any(chap.name == "sembilan-kotak" for chap, _ in found)
    assert guide.search("id", "kata-yang-tidak-ada-di-mana-pun") == []
    assert any(
        chap.name == "pemeriksaan" and head is not None and head.anchor == "ego_sektoral"
        for chap, head in guide.search("en", "stunting")
    )
