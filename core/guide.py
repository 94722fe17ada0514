"""The user guide (Panduan): chapters written in Markdown under ``resources/panduan/<lang>/``,
read into plain blocks that the window's viewer (HTML) and the PDF (reportlab) both draw,
so screen and paper say the same.

The Markdown is a small, fixed subset: headings (``## Title {#anchor}``), paragraphs, lists,
pipe tables, pictures on their own line, ``> `` notes, and inline ``**bold**``, ``*italic*``,
`` `keys` `` and ``[links](chapter.md#anchor)``. A line ``<!-- sotk:columns staff -->`` is
replaced by the columns of that import template (core/excel/export.py) and
``<!-- sotk:basis RULE -->`` by the basis a check cites, so the guide cannot drift from the
sheets the program reads or the rules it applies."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.resources import resource_path

LANGUAGES = ("id", "en")
# The order of the chapters; each is <name>.md in every language.
CHAPTERS = (
    "mulai",
    "struktur",
    "pegawai",
    "sembilan-kotak",
    "aset",
    "aset-wilayah",
    "pemeriksaan",
    "riwayat",
    "sinergi",
    "restrukturisasi",
    "laporan",
    "excel",
    "perintah",
    "tombol",
)
IMAGE_DIR = "img"

_HEADING = re.compile(r"^(#{1,4})\s+(.*?)(?:\s*\{#([\w-]+)\})?\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*]|(\d+)\.)\s+(.*)$")
_PICTURE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)$")
_DIRECTIVE = re.compile(r"^<!--\s*sotk:(\w+)\s+([\w-]+)\s*-->$")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # a "> " note, drawn apart


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    ordered: bool


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, ...], ...]  # the first is the header


@dataclass(frozen=True)
class Picture:
    src: str  # relative to resources/panduan/
    alt: str


Block = Heading | Paragraph | Items | Grid | Picture


@dataclass(frozen=True)
class Chapter:
    name: str
    language: str
    blocks: tuple[Block, ...]
    anchors: frozenset[str] = frozenset()

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if isinstance(b, Heading) and b.level == 1), self.name)

    def sections(self) -> list[Heading]:
        """The headings below the title, for a contents list."""
        return [b for b in self.blocks if isinstance(b, Heading) and b.level == 2]


def guide_dir() -> Path:
    return resource_path("panduan")


def slug(text: str) -> str:
    """An anchor made from a heading without one: lower case, words joined by '-'."""
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "bagian"


@cache
def chapter(language: str, name: str) -> Chapter:
    """A chapter read and parsed (directives expanded); unknown language → Indonesian."""
    language = language if language in LANGUAGES else "id"
    return _chapter(name, language, expand(_source(language, name), language))


@cache
def outline(language: str, name: str) -> Chapter:
    """A chapter's title and headings without its generated parts: a contents list needs no
    more, and expanding them loads the spreadsheet and check code (half a second)."""
    language = language if language in LANGUAGES else "id"
    return _chapter(name, language, _source(language, name))


def _source(language: str, name: str) -> str:
    return (guide_dir() / language / f"{name}.md").read_text(encoding="utf-8")


def _chapter(name: str, language: str, text: str) -> Chapter:
    blocks = tuple(parse(text))
    return Chapter(name, language, blocks, frozenset(b.anchor for b in blocks if isinstance(b, Heading)))


def chapters(language: str) -> list[Chapter]:
    return [chapter(language, name) for name in CHAPTERS]


# -- parsing -------------------------------------------------------------------------------


def parse(text: str) -> list[Block]:
    """The blocks of a chapter's Markdown, in order."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("<!--"):
            i += 1
            continue
        heading = _HEADING.match(stripped)
        if heading:
            level, title, anchor = len(heading.group(1)), heading.group(2).strip(), heading.group(3)
            blocks.append(Heading(level, title, anchor or slug(title)))
            i += 1
            continue
        picture = _PICTURE.match(stripped)
        if picture:
            blocks.append(Picture(picture.group(2), picture.group(1)))
            i += 1
            continue
        if stripped.startswith("|"):
            rows: list[tuple[str, ...]] = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = tuple(c.strip() for c in lines[i].strip().strip("|").split("|"))
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(Grid(tuple(rows)))
            continue
        if stripped.startswith(">"):
            quoted: list[str] = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quoted.append(lines[i].strip()[1:].strip())
                i += 1
            blocks.append(Paragraph(" ".join(q for q in quoted if q), note=True))
            continue
        item = _ITEM.match(line)
        if item:
            ordered = item.group(2) is not None
            entries: list[str] = []
            while i < len(lines):
                current = lines[i].rstrip()
                found = _ITEM.match(current)
                if found and (found.group(2) is not None) == ordered:
                    entries.append(found.group(3).strip())
                elif current.startswith("  ") and current.strip() and entries:
                    entries[-1] += " " + current.strip()  # a continued item
                else:
                    break
                i += 1
            blocks.append(Items(tuple(entries), ordered))
            continue
        words: list[str] = []
        while i < len(lines):
            current = lines[i].strip()
            if not current or _HEADING.match(current) or current.startswith(("|", ">", "<!--")) or _ITEM.match(lines[i]):
                break
            words.append(current)
            i += 1
        blocks.append(Paragraph(" ".join(words)))
    return blocks


# -- inline text -----------------------------------------------------------------------------


def link_target(href: str, here: str) -> tuple[str, str]:
    """(chapter, anchor) a guide link points to; '' anchor for the chapter's top."""
    page, _, anchor = href.partition("#")
    name = Path(page).stem if page else here
    return name, anchor


def inline(text: str, here: str, flavour: str, code_font: str = "") -> str:
    """``text``'s inline Markdown as markup: ``html`` for the window, ``pdf`` for reportlab's
    paragraphs (links to ``#chapter.anchor`` destinations)."""
    out = html.escape(text, quote=False)
    keep: list[str] = []

    def hold(markup: str) -> str:
        keep.append(markup)
        return f"\x00{len(keep) - 1}\x00"

    def code(match: re.Match[str]) -> str:
        if flavour == "pdf":
            return hold(f'<font name="{code_font}" color="#1c4f80">{match.group(1)}</font>' if code_font else match.group(1))
        return hold(f'<code style="background-color:#eef1f4">{match.group(1)}</code>')

    def link(match: re.Match[str]) -> str:
        label, href = match.group(1), html.unescape(match.group(2))
        if href.startswith(("http://", "https://")):
            target = href
        else:
            name, anchor = link_target(href, here)
            target = f"#{destination(name, anchor)}" if flavour == "pdf" else f"{name}.md" + (f"#{anchor}" if anchor else "")
        colour = ' color="#1c4f80"' if flavour == "pdf" else ""
        return hold(f'<a href="{html.escape(target)}"{colour}>') + label + hold("</a>")

    out = _CODE.sub(code, out)
    out = _LINK.sub(link, out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    return re.sub(r"\x00(\d+)\x00", lambda m: keep[int(m.group(1))], out)


def destination(name: str, anchor: str) -> str:
    """The PDF destination of a chapter (anchor '') or a section in it."""
    return f"{name}.{anchor}" if anchor else name


def plain(text: str) -> str:
    """Inline Markdown reduced to its words (for searching and the PDF's contents)."""
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    return _ITALIC.sub(r"\1", text)


def links(chap: Chapter) -> list[tuple[str, str]]:
    """Every guide link of a chapter as (chapter, anchor), for checking they resolve."""
    found = []
    for block in chap.blocks:
        texts = (
            [block.text]
            if isinstance(block, Heading | Paragraph)
            else list(block.items)
            if isinstance(block, Items)
            else [c for row in block.rows for c in row]
            if isinstance(block, Grid)
            else []
        )
        for text in texts:
            for match in _LINK.finditer(text):
                if not match.group(2).startswith(("http://", "https://")):
                    found.append(link_target(match.group(2), chap.name))
    return found


# -- generated parts -------------------------------------------------------------------------

_COLUMN_HEADS = {
    "id": ("Kolom", "Wajib", "Isinya (dari lembar Petunjuk templat)", "Contoh"),
    "en": ("Column", "Required", "What it holds (the template's Petunjuk sheet, in Indonesian)", "Example"),
}
_YES = {"id": "ya", "en": "yes"}


def expand(text: str, language: str) -> str:
    """``text`` with each ``<!-- sotk:columns KIND -->`` line replaced by that template's
    columns as a table."""

    def replace(line: str) -> str:
        found = _DIRECTIVE.match(line.strip())
        if not found:
            return line
        what, name = found.groups()
        if what == "columns":
            return column_table(name, language)
        if what == "basis":
            return f"{_BASIS_WORD.get(language, _BASIS_WORD['id'])} {check_basis(name)}"
        raise ValueError(f"unknown guide directive {what!r}")

    return "\n".join(replace(line) for line in text.splitlines())


_BASIS_WORD = {"id": "**Dasar:**", "en": "**Basis:**"}


def check_basis(rule: str) -> str:
    """The basis a check's findings cite, as its module or resources/rules/checks.toml says
    (the structure check cites one row of resources/rules/structure.toml per finding)."""
    from core.checks import runner
    from core.checks.rules import settings

    module = next(m for m in runner.CHECKS if rule == m.RULE)
    section = module.__name__.rsplit(".", 1)[-1]
    basis = getattr(module, "BASIS", "") or settings(rule).get("basis") or settings(section).get("basis")
    return str(basis or "resources/rules/structure.toml")


def column_table(kind: str, language: str) -> str:
    """The columns an import template holds (the ones a user fills), as a Markdown table."""
    from core.excel.template import TEMPLATES  # the spreadsheet library loads only when asked

    heads = _COLUMN_HEADS.get(language, _COLUMN_HEADS["id"])
    rows = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    for column in TEMPLATES[kind].columns:
        if column.derived:
            continue
        example = "" if column.example in (None, "") else f"`{column.example}`"
        cells = (f"**{column.header}**", _YES.get(language, "ya") if column.required else "", column.note, example)
        rows.append("| " + " | ".join(c.replace("|", "/").replace("\n", " · ") for c in cells) + " |")
    return "\n".join(rows)


def search(language: str, words: str) -> list[tuple[Chapter, Heading | None]]:
    """Chapters and sections whose text holds every word of ``words`` (case ignored)."""
    wanted = [w for w in words.lower().split() if w]
    if not wanted:
        return []
    found: list[tuple[Chapter, Heading | None]] = []
    for chap in chapters(language):
        section: Heading | None = None
        texts: dict[Heading | None, list[str]] = {}
        for block in chap.blocks:
            if isinstance(block, Heading) and block.level >= 2:
                section = block
            texts.setdefault(section, []).append(block_text(block))
        for head, parts in texts.items():
            joined = plain(" ".join(parts)).lower()
            if all(w in joined for w in wanted):
                found.append((chap, head))
    return found


def block_text(block: Block) -> str:
    if isinstance(block, Heading | Paragraph):
        return block.text
    if isinstance(block, Items):
        return " ".join(block.items)
    if isinstance(block, Grid):
        return " ".join(c for row in block.rows for c in row)
    return block.alt


# -- the window's page ---------------------------------------------------------------------

SHOWN_IMAGE_WIDTH = 640  # pixels: a screenshot at a readable size in the guide window


def to_html(chap: Chapter) -> str:
    """A chapter as the HTML the window's guide viewer shows (Qt's rich-text subset)."""
    parts: list[str] = []
    for block in chap.blocks:
        if isinstance(block, Heading):
            level = min(block.level, 4)
            parts.append(f'<a name="{block.anchor}"></a><h{level}>{inline(block.text, chap.name, "html")}</h{level}>')
        elif isinstance(block, Paragraph):
            text = inline(block.text, chap.name, "html")
            if block.note:
                parts.append(
                    '<table width="100%" cellpadding="6" style="background-color:#eef4fa"><tr><td>' + text + "</td></tr></table>"
                )
            else:
                parts.append(f"<p>{text}</p>")
        elif isinstance(block, Items):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{inline(item, chap.name, 'html')}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif isinstance(block, Grid):
            rows = []
            for number, row in enumerate(block.rows):
                cell = "th" if number == 0 else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{inline(c, chap.name, 'html')}</{cell}>" for c in row) + "</tr>")
            parts.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="border-color:#b8c2cc">' + "".join(rows) + "</table>"
            )
        else:
            parts.append(
                f'<p><img src="{html.escape(block.src)}" width="{SHOWN_IMAGE_WIDTH}" alt="{html.escape(block.alt)}"><br>'
                f"<i>{html.escape(block.alt)}</i></p>"
            )
    return "\n".join(parts)
