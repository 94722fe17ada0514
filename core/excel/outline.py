"""Where each row of a structure sheet sits in the tree, written the ways offices write it:
outline numbers (1, 1.1, 1.1.2; or I., A., 1., a., 1), a) by level), a level column, or the
name's indentation (leading spaces, or the name one column further right per level).
A parent-name column is handled by the importer itself. :func:`place_mode` tells which of
these a sheet uses, from all its rows at once."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.excel.read import Cell

_DOTTED = re.compile(r"^\d{1,3}(?:\s*\.\s*\d{1,3})*\.?$")
_TOKEN = re.compile(r"^\(?([0-9]{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Za-z])\s*([.)])?$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def number_text(value: Cell) -> str | None:
    """A number cell as written ('1.1', 'I.', 'a)'); a whole float as an integer. A float
    such as 1.1 was an outline number Excel took for a decimal: '1.1' (1.10 cannot be told
    from 1.1)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = " ".join(str(value).split())
    return text or None


def dotted(text: str) -> tuple[int, ...] | None:
    """'1.1.2' → (1, 1, 2); '3.' → (3,); anything else None."""
    if not _DOTTED.match(text):
        return None
    return tuple(int(part) for part in text.rstrip(".").split(".") if part.strip())


def _roman(text: str) -> int | None:
    total, last = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total += -value if value < last else value
        last = max(last, value)
    return total


def styled(text: str) -> list[tuple[str, int]]:
    """The readings of a one-level number: 'I.' → [('roman.', 1), ('upper.', 9)], 'a)' →
    [('lower)', 1)], '(1)' → [('(digit)', 1)]. Empty when it is no such number."""
    found = _TOKEN.match(text.strip())
    if not found:
        return []
    body, mark = found.group(1), found.group(2) or ""
    if text.strip().startswith("("):
        mark = "()"
    readings: list[tuple[str, int]] = []
    if body.isdigit():
        return [("digit" + mark, int(body))]
    roman = _roman(body)
    if roman is not None and (body.isupper() or body.islower()):
        readings.append(("roman" + mark if body.isupper() else "lroman" + mark, roman))
    if len(body) == 1:
        readings.append(("upper" + mark if body.isupper() else "lower" + mark, ord(body.lower()) - 96))
    return readings


@dataclass
class StyledOutline:
    """Levels of one-level numbers by the order their styles first appear (as a word
    processor's outline does): 'I.' level 0, 'A.' level 1, '1.' level 2, 'a.' level 3."""

    styles: list[str]
    last: dict[str, int]

    def __init__(self) -> None:
        self.styles, self.last = [], {}

    def depth(self, text: str) -> int | None:
        readings = styled(text)
        if not readings:
            return None
        # a reading that continues a style in use ('I.' after 'H.' is a letter), else one that starts at 1
        chosen = next((r for r in readings if r[0] in self.last and self.last[r[0]] == r[1] - 1), None)
        chosen = chosen or next((r for r in readings if r[1] == 1), readings[0])
        style, value = chosen
        if style not in self.styles:
            self.styles.append(style)
        level = self.styles.index(style)
        for deeper in self.styles[level + 1 :]:
            self.last.pop(deeper, None)
        self.last[style] = value
        return level


def place_mode(
    numbers: list[str | None], outlines: list[tuple[int, ...] | None], parents: int, levels: list[int | None], indents: list[int]
) -> str:
    """How a sheet gives each unit's place: 'dotted' (1.1.2), 'styled' (I., A., 1., a.),
    'parent' (a filled parent column), 'level' (a level column), 'indent', or 'flat'. Plain
    running numbers 1, 2, 3 are a row number, not an outline. ``outlines``: the numbers as
    :func:`dotted` reads them."""
    written = [n for n in numbers if n]
    if any(outline is not None and len(outline) > 1 for outline in outlines):
        return "dotted"
    if written and all(styled(n) for n in written) and any(not n.rstrip(".").isdigit() for n in written):
        return "styled"
    if parents:
        return "parent"
    if len({level for level in levels if level is not None}) > 1:
        return "level"
    if len(set(indents)) > 1:
        return "indent"
    return "flat"


def indent_of(value: Cell) -> int:
    """Leading spaces of a name (a tab counts four, a no-break space one)."""
    if not isinstance(value, str):
        return 0
    stripped = value.lstrip(" \t\u00a0\u3000")
    return len(value[: len(value) - len(stripped)].replace("\t", "    "))


class IndentLevels:
    """Depths from indentation measures in reading order: deeper than the unit above is its
    child, as deep as an earlier unit is that unit's sibling (spacing need not be even)."""

    def __init__(self) -> None:
        self.stack: list[int] = []

    def depth(self, indent: int) -> int:
        while self.stack and self.stack[-1] > indent:
            self.stack.pop()
        if self.stack and self.stack[-1] == indent:
            return len(self.stack) - 1
        self.stack.append(indent)
        return len(self.stack) - 1
