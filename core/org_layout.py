"""Geometry of an organisation chart, drawn the way Indonesian structure charts are drawn.

The head on top with a trunk down from it; the Kelompok Jabatan Fungsional beside the trunk
on the left (dashed), the secretariat on the right; the main units (bidang, asisten, ...) in
rows under a horizontal bus, each with its sub-units stacked below it like a comb; UPTD in a
last row at the bottom. Computed once, as plain numbers in points (y grows downwards), and
drawn as it is by the PDF and by the window (ARCHITECTURE.md rule 7).

Text is measured with the ``measure`` function the caller passes (the font the chart is
printed in), so every line's width is known and never exceeds its box.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

Measure = Callable[[str, float, bool], float]

# Left of the trunk: a PD's functional group; on a region's chart the staf ahli, the
# Inspektorat and the Sekretariat DPRD (beside the Sekretariat Daerah, as Perda bagan draw them).
SIDE_LEFT_KINDS = frozenset({"kelompok_jf", "staf_ahli", "inspektorat", "sekretariat_dprd"})
SIDE_RIGHT_KINDS = frozenset({"sekretariat", "sekretariat_daerah"})
BOTTOM_KINDS = frozenset({"uptd", "rsud"})
FUNCTIONAL_KINDS = frozenset({"kelompok_jf"})  # drawn dashed: a group, not a structural post
FANNED_KINDS = frozenset({"sekretariat_daerah"})  # its asisten side by side under it, not stacked
DEPUTY_KIND = "wakil_kepala_daerah"  # drawn under the region's head, on the trunk
COUNCIL_KIND = "dprd"  # drawn beside the region's head with a dashed coordination line
SMALL_CHART_SCALE = 2.0  # how far a small chart is enlarged to fill its page (a lone bidang: 16 pt names)
FANNED_BONUS = 1.03  # the asisten side by side (as Perda bagan draw them) unless stacking prints them larger than this
PAGE_GROWTH = 1.25  # how much larger than the others a page of a long chart may print where it has room
GOES_ON = "Bersambung ke halaman {page}"  # the markers of a chart over several pages
COMES_FROM = "Lanjutan dari halaman {page}"


@dataclass(frozen=True)
class ChartUnit:
    """A unit to draw. ``id`` is None for boxes that are not units (a region's head)."""

    id: int | None
    name: str
    caption: str
    kind: str
    children: tuple[ChartUnit, ...] = ()
    group: str = ""  # main units of one group start their own rows (the unsur of a region's chart)

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)

    def smallest_text(self, m: Metrics) -> float:
        """The smallest type the chart prints at scale 1: the captions', or the names' where
        no box has a caption (a region's chart): what legibility is judged by."""
        stack: list[ChartUnit] = [self]
        while stack:
            unit = stack.pop()
            if unit.caption.strip():
                return m.smallest_text
            stack.extend(unit.children)
        return m.name_size


@dataclass(frozen=True)
class Metrics:
    """Sizes at scale 1, in points."""

    box_width: float = 132.0
    min_box_width: float = 70.0
    name_size: float = 8.0
    caption_size: float = 7.0
    pad: float = 4.0
    leading: float = 1.18  # line height / font size
    max_lines: int = 10
    h_gap: float = 14.0
    v_gap: float = 22.0
    indent: float = 12.0
    comb_gap: float = 7.0

    @property
    def smallest_text(self) -> float:
        return min(self.name_size, self.caption_size)


@dataclass(frozen=True)
class Line:
    text: str
    x: float  # from the box's left edge
    baseline: float  # from the box's top edge
    width: float  # measured
    size: float
    bold: bool


@dataclass(frozen=True)
class Box:
    unit_id: int | None
    kind: str
    x: float
    y: float
    w: float
    h: float
    lines: tuple[Line, ...]
    role: str = "unit"  # unit, head, functional, continuation

    def moved(self, dx: float, dy: float) -> Box:
        return replace(self, x=self.x + dx, y=self.y + dy)

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def middle(self) -> float:
        return self.y + self.h / 2


@dataclass(frozen=True)
class Connector:
    points: tuple[tuple[float, float], ...]
    dashed: bool = False

    def moved(self, dx: float, dy: float) -> Connector:
        return replace(self, points=tuple((x + dx, y + dy) for x, y in self.points))


@dataclass(frozen=True)
class Note:
    """A continuation marker at the top or bottom of a page: where the chart comes from or goes on."""

    text: str
    where: str  # top, bottom


@dataclass
class ChartPage:
    width: float
    height: float
    boxes: list[Box] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    scale: float = 1.0  # what the page is drawn at to fit the paper
    landscape: bool = False

    @property
    def smallest_printed(self) -> float:
        """The smallest type on the page as printed, in points."""
        return self.scale * min((line.size for box in self.boxes for line in box.lines), default=0.0)


# -- text ------------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words, and parts of hyphenated words (a line may break after a hyphen); the flag says
    whether a space comes before the token."""
    tokens: list[tuple[str, bool]] = []
    for word in text.split():
        parts = word.split("-")
        for i, part in enumerate(parts):
            piece = part + ("-" if i < len(parts) - 1 else "")
            if piece:
                tokens.append((piece, i == 0))
    return tokens


def wrap(text: str, width: float, size: float, bold: bool, measure: Measure, max_lines: int) -> list[tuple[str, float]]:
    """Break text into lines no wider than ``width``, after a space or a hyphen; a word longer
    than a line is cut between characters. Past ``max_lines`` the last line ends with '…'."""
    lines: list[tuple[str, float]] = []
    current = ""
    for token, spaced in _tokens(text):
        candidate = f"{current} {token}" if current and spaced else current + token
        if measure(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append((current, measure(current, size, bold)))
        current = ""
        while measure(token, size, bold) > width:  # a word wider than the box
            cut = _fitting_prefix(token, width, size, bold, measure)
            lines.append((token[:cut], measure(token[:cut], size, bold)))
            token = token[cut:]
        current = token
    if current:
        lines.append((current, measure(current, size, bold)))
    if len(lines) > max_lines:
        last = lines[max_lines - 1][0]
        while last and measure(last + "…", size, bold) > width:
            last = last[:-1].rstrip()
        lines = [*lines[: max_lines - 1], (last + "…", measure(last + "…", size, bold))]
    return lines


def _fitting_prefix(word: str, width: float, size: float, bold: bool, measure: Measure) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def make_box(unit: ChartUnit, x: float, y: float, w: float, m: Metrics, measure: Measure, role: str = "unit") -> Box:
    inner = w - 2 * m.pad
    lines: list[Line] = []
    top = m.pad
    for text, size, bold in ((unit.name.upper(), m.name_size, True), (unit.caption, m.caption_size, False)):
        if not text.strip():
            continue
        for line, width in wrap(text, inner, size, bold, measure, m.max_lines):
            top += size * m.leading
            lines.append(Line(line, m.pad + (inner - width) / 2, top - size * (m.leading - 1) - size * 0.12, width, size, bold))
    return Box(unit.id, unit.kind, x, y, w, top + m.pad, tuple(lines), role)


# -- one column: a unit with its sub-units stacked below it (a comb) -------------------------


@dataclass
class Block:
    """Boxes and connectors placed from (0, 0); ``width``/``height`` their extent. The top box
    starts at ``top_x`` and is ``top_w`` wide; lines from the side join at ``anchor`` (its middle)."""

    boxes: list[Box] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    anchor: float = 0.0
    top_x: float = 0.0
    top_w: float = 0.0

    def place(self, dx: float, dy: float, into: ChartPage | Block) -> None:
        into.boxes.extend(box.moved(dx, dy) for box in self.boxes)
        into.connectors.extend(c.moved(dx, dy) for c in self.connectors)

    @property
    def centre(self) -> float:
        return self.top_x + self.top_w / 2


def column(unit: ChartUnit, width: float, m: Metrics, measure: Measure, role: str = "unit", fan: bool = False) -> Block:
    """A unit and its sub-units: stacked below it (a comb) when they have none of their own,
    else (or when ``fan``) side by side under a bus (an asisten over its biro, each biro over
    its bagian; the Sekretariat Daerah over its asisten on a region's chart)."""
    if unit.children and (fan or any(child.children for child in unit.children)):
        return _branch(unit, width, m, measure, role)
    block = Block()
    top = make_box(unit, 0, 0, width, m, measure, role)
    block.boxes.append(top)
    block.width, block.height, block.anchor, block.top_w = width, top.h, top.h / 2, width
    if not unit.children:
        return block
    child_width = max(width - m.indent, m.min_box_width)
    spine = m.indent / 2
    y = top.h + m.comb_gap
    last_mid = y
    for child in unit.children:
        sub = column(child, child_width, m, measure)
        sub.place(m.indent, y, block)
        last_mid = y + sub.anchor
        block.connectors.append(Connector(((spine, last_mid), (m.indent, last_mid))))
        block.width = max(block.width, m.indent + sub.width)
        y += sub.height + m.comb_gap
    block.connectors.append(Connector(((spine, top.h), (spine, last_mid))))
    block.height = y - m.comb_gap
    return block


def _branch(unit: ChartUnit, width: float, m: Metrics, measure: Measure, role: str) -> Block:
    kids = [column(child, width, m, measure) for child in unit.children]
    row = _row_width(kids, m)
    block = Block(width=max(width, row))
    top = make_box(unit, (block.width - width) / 2, 0, width, m, measure, role)
    block.boxes.append(top)
    block.top_x, block.top_w, block.anchor = top.x, width, top.h / 2
    bus = top.h + m.v_gap / 2
    x = (block.width - row) / 2
    centres = []
    for kid in kids:
        kid.place(x, top.h + m.v_gap, block)
        centres.append(x + kid.centre)
        block.connectors.append(Connector(((x + kid.centre, bus), (x + kid.centre, top.h + m.v_gap))))
        x += kid.width + m.h_gap
    middle = top.x + width / 2
    block.connectors.append(Connector(((middle, top.h), (middle, bus))))
    block.connectors.append(Connector(((min(*centres, middle), bus), (max(*centres, middle), bus))))
    block.height = top.h + m.v_gap + max(kid.height for kid in kids)
    return block


# -- the whole chart --------------------------------------------------------------------------


@dataclass(frozen=True)
class Parts:
    """A chart's head and its children sorted by where they are drawn."""

    head: ChartUnit
    left: tuple[ChartUnit, ...]
    right: tuple[ChartUnit, ...]
    main: tuple[ChartUnit, ...]
    bottom: tuple[ChartUnit, ...]
    deputy: ChartUnit | None = None
    council: ChartUnit | None = None
    fan: bool = True  # the Sekretariat Daerah's asisten side by side (False: stacked, on narrow paper)

    def variants(self) -> list[Parts]:
        """The ways the side units can be drawn: fanned out, and stacked where that is narrower."""
        if any(unit.kind in FANNED_KINDS for unit in self.right):
            return [self, replace(self, fan=False)]
        return [self]

    def main_groups(self, blocks: Sequence[Block]) -> list[list[Block]]:
        """The main units' columns (``blocks``, in the order of ``main``) cut where the group
        changes: each group starts a row of its own."""
        groups: list[list[Block]] = []
        for index, (unit, block) in enumerate(zip(self.main, blocks, strict=True)):
            if index == 0 or unit.group != self.main[index - 1].group:
                groups.append([])
            groups[-1].append(block)
        return groups


def split_parts(root: ChartUnit) -> Parts:
    deputy = next((c for c in root.children if c.kind == DEPUTY_KIND), None)
    council = next((c for c in root.children if c.kind == COUNCIL_KIND), None)
    left = tuple(c for c in root.children if c.kind in SIDE_LEFT_KINDS)
    right = tuple(c for c in root.children if c.kind in SIDE_RIGHT_KINDS)
    bottom = tuple(c for c in root.children if c.kind in BOTTOM_KINDS and not c.group)  # a hospital of a region has its unsur
    placed = {id(c) for c in (*left, *right, *bottom, deputy, council) if c is not None}
    main = tuple(c for c in root.children if id(c) not in placed)
    return Parts(replace(root, children=()), left, right, main, bottom, deputy, council)


def balanced_rows(columns: Sequence[Block], per_row: int) -> list[list[Block]]:
    """Columns in as few rows of at most ``per_row`` as they need, the rows differing by one
    column at most (22 by 6 gives 6 + 6 + 5 + 5, not 6 + 6 + 6 + 4), longer rows first."""
    if not columns:
        return []
    count = -(-len(columns) // per_row)
    size, longer = divmod(len(columns), count)
    rows: list[list[Block]] = []
    start = 0
    for index in range(count):
        end = start + size + (1 if index < longer else 0)
        rows.append(list(columns[start:end]))
        start = end
    return rows


def _rows(groups: Sequence[Sequence[Block]], per_row: int) -> list[list[Block]]:
    """Each group's columns in balanced rows of at most ``per_row``, group after group."""
    return [row for group in groups for row in balanced_rows(group, per_row)]


def _row_width(row: Sequence[Block], m: Metrics) -> float:
    return sum(block.width for block in row) + m.h_gap * (len(row) - 1)


def _trunk_passes(rows: Sequence[Sequence[Block]], m: Metrics) -> bool:
    """Whether a trunk down the middle of centred rows passes between the boxes of every row
    above the last (it ends at the last row's bus, so that row's boxes do not count)."""
    for row in rows[:-1]:
        x = -_row_width(row, m) / 2
        for block in row:
            if any(x + box.x < 0 < x + box.x + box.w for box in block.boxes):
                return False
            x += block.width + m.h_gap
    return True


def compose(
    head: ChartUnit,
    left: Sequence[ChartUnit],
    right: Sequence[ChartUnit],
    main_rows: Sequence[Sequence[Block]],
    bottom_rows: Sequence[Sequence[Block]],
    m: Metrics,
    measure: Measure,
    head_role: str = "head",
    deputy: ChartUnit | None = None,
    council: ChartUnit | None = None,
    fan: bool = True,
) -> ChartPage:
    """Place the head (with its deputy under it and the council beside it, on a region's
    chart), the side units and the rows of columns around one trunk."""
    head_box = make_box(head, 0, 0, m.box_width * 1.25, m, measure, head_role)
    deputy_box = make_box(deputy, 0, head_box.h + m.comb_gap * 2, m.box_width * 1.25, m, measure, head_role) if deputy else None
    council_box = make_box(council, 0, 0, m.box_width, m, measure, head_role) if council else None
    left_blocks = [column(u, m.box_width, m, measure, _side_role(u)) for u in left]
    right_blocks = [column(u, m.box_width, m, measure, fan=fan and u.kind in FANNED_KINDS) for u in right]
    rows = [list(r) for r in (*main_rows, *bottom_rows)]
    side_width = max([0.0, *(b.width for b in left_blocks), *(b.width for b in right_blocks)])
    # The trunk runs down to every row when it passes between their boxes; otherwise it stops
    # at the first row and the later rows hang from a rail left of all rows, so no line ever
    # crosses a unit it does not belong to. Room for that rail is kept only when it is drawn.
    through = _trunk_passes(rows, m)
    rail_room = m.h_gap if len(rows) > 1 and not through else 0.0
    half = max(
        head_box.w / 2 + (2 * m.h_gap + council_box.w if council_box else 0.0),
        (side_width + m.h_gap) if (left_blocks or right_blocks) else 0.0,
        *(_row_width(r, m) / 2 + rail_room for r in rows),
    )
    trunk = half
    page = ChartPage(width=2 * half, height=0)
    page.boxes.append(head_box.moved(trunk - head_box.w / 2, 0))
    top_bottom = head_box.h
    if council_box is not None:
        council_x = trunk + head_box.w / 2 + 2 * m.h_gap
        page.boxes.append(council_box.moved(council_x, (head_box.h - council_box.h) / 2))
        middle = head_box.h / 2
        page.connectors.append(Connector(((trunk + head_box.w / 2, middle), (council_x, middle)), dashed=True))
    if deputy_box is not None:
        page.boxes.append(deputy_box.moved(trunk - deputy_box.w / 2, 0))
        page.connectors.append(Connector(((trunk, head_box.h), (trunk, deputy_box.y))))
        top_bottom = deputy_box.bottom
    y = top_bottom + m.v_gap
    trunk_end = top_bottom
    side_bottom = y
    for blocks, sign in ((left_blocks, -1), (right_blocks, 1)):
        sy = y
        for block in blocks:
            x = trunk - m.h_gap - block.width if sign < 0 else trunk + m.h_gap
            block.place(x, sy, page)
            join_x = x + block.top_x + block.top_w if sign < 0 else x + block.top_x
            dashed = sign < 0 and any(b.role == "functional" for b in block.boxes[:1])
            page.connectors.append(Connector(((trunk, sy + block.anchor), (join_x, sy + block.anchor)), dashed))
            trunk_end = max(trunk_end, sy + block.anchor)
            sy += block.height + m.comb_gap
        side_bottom = max(side_bottom, sy - m.comb_gap + m.v_gap if blocks else y)
    y = side_bottom if (left_blocks or right_blocks) else y - m.v_gap / 2
    rows_placed: list[tuple[float, list[float]]] = []  # (bus y, centres of its columns)
    for row in rows:
        bus = y
        top = bus + m.v_gap / 2
        x = trunk - _row_width(row, m) / 2
        centres = []
        for block in row:
            block.place(x, top, page)
            centres.append(x + block.centre)
            page.connectors.append(Connector(((x + block.centre, bus), (x + block.centre, top))))
            x += block.width + m.h_gap
        rows_placed.append((bus, centres))
        y = top + max(block.height for block in row) + m.v_gap
    buses = [bus for bus, _ in rows_placed]
    rail = trunk - max((_row_width(r, m) / 2 for r in rows), default=0.0) - rail_room * 0.6
    for index, (bus, centres) in enumerate(rows_placed):
        join = trunk if through or index == 0 else rail
        left = rail if not through and index == 0 else min(*centres, join)
        right = max(*centres, join)
        if right - left > 0.01:
            page.connectors.append(Connector(((left, bus), (right, bus))))
    if buses:
        trunk_end = max(trunk_end, buses[-1] if through else buses[0])
    if not through:
        page.connectors.append(Connector(((rail, buses[0]), (rail, buses[-1]))))
    if trunk_end > top_bottom:
        page.connectors.insert(0, Connector(((trunk, top_bottom), (trunk, trunk_end))))
    page.height = max(box.bottom for box in page.boxes)
    return page


def _side_role(unit: ChartUnit) -> str:
    return "functional" if unit.kind in FUNCTIONAL_KINDS else "unit"


def layout(root: ChartUnit, m: Metrics, measure: Measure, per_row: int | None = None) -> ChartPage:
    """The whole chart on one sheet of any size, main units ``per_row`` to a row."""
    parts = split_parts(root)
    main = [column(u, m.box_width, m, measure) for u in parts.main]
    bottom = [column(u, m.box_width, m, measure) for u in parts.bottom]
    per_row = per_row or max(1, len(main))
    return compose(
        parts.head,
        parts.left,
        parts.right,
        _rows(parts.main_groups(main), per_row),
        _rows([bottom], per_row),
        m,
        measure,
        deputy=parts.deputy,
        council=parts.council,
    )


# -- fitting paper ---------------------------------------------------------------------------


def _fit_scale(page: ChartPage, width: float, height: float, max_scale: float) -> float:
    return min(width / page.width, height / page.height, max_scale)


def _row_shapes(groups: Sequence[Sequence[Block]]) -> list[list[list[Block]]]:
    """Every distinct way to put the columns of each group in balanced rows, one most-columns-
    to-a-row for all groups, widest rows first (12 columns give rows of 12, 6, 4, 3, 2 and 1;
    5 a row gives the same rows as 6 and is left out)."""
    shapes: list[list[list[Block]]] = []
    seen: set[tuple[int, ...]] = set()
    for per_row in range(max([1, *(len(g) for g in groups)]), 0, -1):
        rows = _rows(groups, per_row)
        key = tuple(len(row) for row in rows)
        if key not in seen:
            seen.add(key)
            shapes.append(rows)
    return shapes


def compose_rows(
    parts: Parts,
    later_head: ChartUnit,
    rows: Sequence[tuple[str, Sequence[Block]]],
    start: int,
    end: int,
    m: Metrics,
    measure: Measure,
) -> ChartPage:
    """One page of a chart over several: rows ``start:end`` under the head (the first page)
    or under its "continued" heading, with the side units on the first page only."""
    first = start == 0
    chosen = rows[start:end]
    return compose(
        parts.head if first else later_head,
        parts.left if first else (),
        parts.right if first else (),
        [r for kind, r in chosen if kind == "main"],
        [r for kind, r in chosen if kind == "bottom"],
        m,
        measure,
        "head" if first else "continuation",
        parts.deputy if first else None,
        parts.council if first else None,
        parts.fan,
    )


def fit_pages(
    root: ChartUnit,
    area: Callable[[bool], tuple[float, float]],
    measure: Measure,
    *,
    landscape: bool | None = None,
    m: Metrics | None = None,
    min_text: float = 6.0,
    max_scale: float = SMALL_CHART_SCALE,
    continued: str = "{name} (lanjutan)",
    goes_on: str = GOES_ON,
    comes_from: str = COMES_FROM,
) -> list[ChartPage]:
    """Lay the chart out on pages whose drawing area is ``area(landscape)`` (width, height).

    On one page when it can be read there (no text under ``min_text`` points), trying both
    orientations (unless ``landscape`` is given) and every number of units per row; else over
    as few pages as can be read, rows of units continuing on the next page with markers, the
    rows spread so that every page is about as full as the others, all printing at one size
    but for a page with room to spare (the first, with the head and one short asisten), which
    prints up to ``PAGE_GROWTH`` larger rather than half empty; never below legibility (a
    single row too tall for a page is the only exception).
    """
    m = m or Metrics()
    orientations = [landscape] if landscape is not None else [False, True]
    best = fit_one(root, area, measure, orientations, m, max_scale)
    floor = root.smallest_text(m)
    if best.scale * floor >= min_text - 1e-9:
        return [best]
    parts = split_parts(root)
    main = [column(u, m.box_width, m, measure) for u in parts.main]
    bottom = [column(u, m.box_width, m, measure) for u in parts.bottom]
    pages = _split(parts, main, bottom, area, orientations, m, measure, min_text / floor, continued, max_scale)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            page.notes.append(Note(comes_from.format(page=number - 1), "top"))
        if number < len(pages):
            page.notes.append(Note(goes_on.format(page=number + 1), "bottom"))
    return pages


def fit_one(
    root: ChartUnit,
    area: Callable[[bool], tuple[float, float]],
    measure: Measure,
    orientations: Sequence[bool] = (False, True),
    m: Metrics | None = None,
    max_scale: float = SMALL_CHART_SCALE,
) -> ChartPage:
    """The whole chart on one page: the number of units per row (of the main units and,
    apart, of the UPTD), the orientation and (on a region's chart) the asisten side by side or
    stacked that print it largest (full size first, then fewest rows, as charts are drawn)."""
    m = m or Metrics()
    parts = split_parts(root)
    main = [column(u, m.box_width, m, measure) for u in parts.main]
    bottom = [column(u, m.box_width, m, measure) for u in parts.bottom]
    best: ChartPage | None = None
    best_key: tuple[float, int, float] = (0.0, 0, 0.0)
    for variant, rows, bottom_rows in itertools.product(
        parts.variants(), _row_shapes(parts.main_groups(main)), _row_shapes([bottom])
    ):
        page = compose(
            variant.head,
            variant.left,
            variant.right,
            rows,
            bottom_rows,
            m,
            measure,
            deputy=variant.deputy,
            council=variant.council,
            fan=variant.fan,
        )
        for flip in orientations:
            w, h = area(flip)
            scale = _fit_scale(page, w, h, max_scale)
            bonus = FANNED_BONUS if variant.fan and len(variant.variants()) > 1 else 1.0
            key = (round(min(scale * bonus, 1.0), 3), -(len(rows) + len(bottom_rows)), scale)
            if best is None or key > best_key:
                best, best_key = replace(page, scale=scale, landscape=flip), key
    assert best is not None
    return best


@dataclass
class _Plan:
    """Pages for one choice of rows and orientation: where each page's rows end, the pages
    shrunk below legibility (a lone row too tall), and the size all other pages print at."""

    ends: list[int]
    shrunk: int
    scale: float
    fill: float  # how full the emptiest page is (0..1)
    rows: int

    def key(self) -> tuple[int, int, float, int, float]:
        """Fewest pages (none shrunk), then the largest text, then fewest rows (as charts are
        drawn: not one bidang under the other to fill a page), then the most even pages."""
        return (self.shrunk, len(self.ends), -round(self.scale, 2), self.rows, -round(self.fill, 2))


def _split(
    parts: Parts,
    main: list[Block],
    bottom: list[Block],
    area: Callable[[bool], tuple[float, float]],
    orientations: Sequence[bool],
    m: Metrics,
    measure: Measure,
    least: float,
    continued: str,
    max_scale: float,
) -> list[ChartPage]:
    """The chart over several pages: for each orientation and each way of putting the units
    in rows, the fewest pages, then the largest size all pages can print at, then the split
    that leaves no page much emptier than the others (greedy filling left the last page with
    a few boxes, or a half-empty first page when the next row was tall)."""
    later_head = replace(parts.head, name=continued.format(name=parts.head.name), caption="")
    chosen: tuple[Parts, list[tuple[str, list[Block]]], list[int], bool, float] | None = None
    best_key: tuple[int, int, float, int, float] | None = None
    best: _Plan | None = None
    for whole, halves, cut in _continued_mains(parts, main, m, measure, continued):
        shapes = list(itertools.product(_row_shapes(whole.main_groups(halves)), _row_shapes([bottom])))
        for variant, flip, (main_rows, bottom_rows) in itertools.product(whole.variants(), orientations, shapes):
            w, h = area(flip)
            if any(
                len(group) < len(blocks) and any(_row_width(r, m) * least > w for r in group)
                for group, blocks in ((main_rows, halves), (bottom_rows, bottom))
            ):
                continue  # rows wider than the paper: fewer units to a row will do
            rows = [("main", r) for r in main_rows] + [("bottom", r) for r in bottom_rows]

            def page_for(i: int, j: int, rows: list[tuple[str, list[Block]]] = rows, variant: Parts = variant) -> ChartPage:
                return compose_rows(variant, later_head, rows, i, j, m, measure)

            plan = _plan(len(rows), page_for, w, h, least, max_scale)
            if cut is not None and not _breaks_between(rows, plan.ends, cut):
                continue  # a unit split over two rows only pays where a page ends between them
            if best_key is None or plan.key() < best_key or (cut is not None and _evener(plan, best)):
                chosen, best_key, best = (variant, rows, plan.ends, flip, plan.scale), plan.key(), plan
    assert chosen is not None
    variant, rows, ends, flip, scale = chosen
    w, h = area(flip)
    pages: list[ChartPage] = []
    start = 0
    for end in ends or [0]:
        page = compose_rows(variant, later_head, rows, start, end, m, measure)
        page.landscape = flip
        page.scale = min(_fit_scale(page, w, h, max_scale), scale * PAGE_GROWTH)
        pages.append(page)
        start = end
    return pages


def _continued_mains(
    parts: Parts, main: list[Block], m: Metrics, measure: Measure, continued: str
) -> list[tuple[Parts, list[Block], tuple[Block, Block] | None]]:
    """The main units as they are, then each main unit with sub-units of their own (an
    asisten over its biro) cut in two after each of them, the second part under the unit's
    "continued" box: three asisten over two pages left the first page a third empty, the
    second full, when only whole asisten could go to a page."""
    found: list[tuple[Parts, list[Block], tuple[Block, Block] | None]] = [(parts, main, None)]
    for index, unit in enumerate(parts.main):
        if len(unit.children) < 2 or not any(child.children for child in unit.children):
            continue
        for cut in range(1, len(unit.children)):
            first = replace(unit, children=unit.children[:cut])
            rest = replace(unit, name=continued.format(name=unit.name), caption="", children=unit.children[cut:])
            units = (*parts.main[:index], first, rest, *parts.main[index + 1 :])
            pair = (column(first, m.box_width, m, measure), column(rest, m.box_width, m, measure, role="continuation"))
            found.append((replace(parts, main=units), [*main[:index], *pair, *main[index + 1 :]], pair))
    return found


EVEN_SCALE = 0.95  # a cut unit's pages may print this much smaller than whole units' ...
EVEN_FILL = 0.2  # ... when the emptiest page is fuller by this much of a page


def _evener(plan: _Plan, best: _Plan | None) -> bool:
    """Whether ``plan`` (with a unit cut over two pages) beats ``best`` by filling its pages
    evenly at nearly the same size: whole units only, the Sekretariat Daerah's first page was
    a third empty beside a full second one."""
    return (
        best is not None
        and (plan.shrunk, len(plan.ends)) <= (best.shrunk, len(best.ends))
        and plan.scale >= best.scale * EVEN_SCALE
        and plan.fill >= best.fill + EVEN_FILL
    )


def _breaks_between(rows: Sequence[tuple[str, Sequence[Block]]], ends: Sequence[int], cut: tuple[Block, Block]) -> bool:
    """Whether a page ends between the rows of the two parts of a cut unit."""
    first, rest = (next(n for n, (_kind, row) in enumerate(rows) if any(b is part for b in row)) for part in cut)
    return any(first < end <= rest for end in ends)


def _plan(count: int, page_for: Callable[[int, int], ChartPage], width: float, height: float, least: float, cap: float) -> _Plan:
    """Split ``count`` rows into pages (``page_for(i, j)`` draws rows i..j-1): fewest pages
    shrunk below ``least``, then fewest pages, then the largest scale (up to ``cap``) every
    other page prints at, then the fullest emptiest page. Rows are few, so every split is weighed."""
    if count == 0:
        page = page_for(0, 0)
        scale = _fit_scale(page, width, height, cap)
        return _Plan([], int(scale < least - 1e-9), scale, 1.0, 0)
    need: dict[tuple[int, int], float] = {}  # the scale at which rows i..j-1 just fill a page
    tall: dict[tuple[int, int], float] = {}  # their height at scale 1
    for i in range(count):
        for j in range(i + 1, count + 1):
            page = page_for(i, j)
            need[i, j] = _fit_scale(page, width, height, float("inf"))
            tall[i, j] = page.height
            if need[i, j] < least - 1e-9:
                break  # more rows only need a smaller scale

    def shrunk(i: int, j: int) -> bool | None:
        """None where rows i..j-1 cannot share a page; True for a lone row too tall to read."""
        if (i, j) not in need or (need[i, j] < least - 1e-9 and j > i + 1):
            return None
        return need[i, j] < least - 1e-9

    # Fewest shrunk pages, then fewest pages, for every number of rows placed.
    counts: list[tuple[int, int] | None] = [(0, 0)] + [None] * count
    for j in range(1, count + 1):
        for i in range(j):
            lone = shrunk(i, j)
            before = counts[i]
            if lone is None or before is None:
                continue
            option = (before[0] + int(lone), before[1] + 1)
            counts[j] = option if counts[j] is None or option < counts[j] else counts[j]  # type: ignore[operator]
    target = counts[count]
    assert target is not None

    def best_split(value: Callable[[int, int], float], allowed: Callable[[int, int], bool]) -> tuple[float, list[int]]:
        """The split with ``target`` shrunk pages and pages whose smallest ``value`` is largest."""
        table: dict[tuple[int, int, int], tuple[float, list[int]]] = {(0, 0, 0): (float("inf"), [])}
        for j in range(1, count + 1):
            for i in range(j):
                lone = shrunk(i, j)
                if lone is None or not allowed(i, j):
                    continue
                for (end, lones, pages), (worst, ends) in list(table.items()):
                    if end != i or lones + lone > target[0] or pages + 1 > target[1]:
                        continue
                    state = (j, lones + int(lone), pages + 1)
                    option = (min(worst, value(i, j)), [*ends, j])
                    if state not in table or option[0] > table[state][0] + 1e-12:
                        table[state] = option
        return table[(count, *target)]

    def size(i: int, j: int) -> float:
        return float("inf") if shrunk(i, j) else need[i, j]

    bottleneck, _ends = best_split(size, lambda i, j: True)
    scale = min(bottleneck, cap)

    def fill(i: int, j: int) -> float:
        return 1.0 if shrunk(i, j) else tall[i, j] * scale / height

    worst_fill, ends = best_split(fill, lambda i, j: bool(shrunk(i, j)) or need[i, j] >= scale - 1e-9)
    return _Plan(ends, target[0], scale, worst_fill, count)
