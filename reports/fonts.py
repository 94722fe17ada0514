"""The fonts every report prints in, embedded in the PDF: DejaVu Sans Condensed (shipped in
``resources/fonts``), so any Unicode name prints the same on every PC.

Text goes through :func:`printable` before it is measured or drawn: Arabic letters are
joined and right-to-left runs put in display order (reportlab does neither), and a
character the font has no glyph for becomes a visible box instead of vanishing. It is
also where no text can grow without bound: a name of a megabyte (a file edited with
another tool) would keep reportlab laying out lines for minutes.

reportlab is imported when a font is first needed, not with this module: the window imports
it at start for the Bagan tab, which measures text only once a chart is shown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.resources import resource_path

REGULAR = "SOTK-Sans"
BOLD = "SOTK-Sans-Bold"
MISSING = "□"
ELLIPSIS = "…"
# Twice the longest text the program itself accepts for anything it prints (a function
# statement, 2,000 characters); the page kit cuts each paragraph to a few lines before this.
MAX_PRINTED = 4000
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=1)
def register() -> None:
    """Register the two faces once per process (bold and italic map to them for <b>, <i>)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSansCondensed.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSansCondensed-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    register()
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)  # type: ignore[attr-defined]


@lru_cache(maxsize=65536)
def printable(text: str) -> str:
    """Text as it must be handed to reportlab to look right."""
    glyphs = _glyphs()
    text = capped(text, MAX_PRINTED).replace("\r", "")
    if any(ord(ch) not in glyphs for ch in text):
        text = "".join(ch if ord(ch) in glyphs or ch in "\n\t" else MISSING for ch in text)
    if _RTL.search(text):
        import arabic_reshaper
        from bidi import get_display

        # Line by line: the bidi algorithm would otherwise move the line breaks about.
        text = "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))
    return text


@lru_cache(maxsize=4)
def widest(bold: bool, ascii_only: bool) -> float:
    """The widest character of the face in em (of plain ASCII, or of any script): text of n
    characters is never wider than n × this, so short text needs no measuring."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name(bold)).face  # type: ignore[attr-defined]
    widths = face.charWidths
    chosen = [w for code, w in widths.items() if not ascii_only or code < 128]
    return max(chosen) / 1000


def font_name(bold: bool) -> str:
    register()
    return BOLD if bold else REGULAR


@lru_cache(maxsize=262144)
def measure(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` printed at ``size``: what the chart layout wraps with."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(printable(text), font_name(bold), size)


def capped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space when one is near the end,
    ending with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", limit * 4 // 5)
    return (cut[:space] if space > 0 else cut).rstrip() + ELLIPSIS


def escape(text: str) -> str:
    """User text made safe for a reportlab Paragraph: ``<``, ``&`` and quotes stay text."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
