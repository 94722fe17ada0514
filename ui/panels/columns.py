"""Table columns sized to what they hold, measured with the table's own fonts, so that a
header, a rupiah value or a condition is never cut on a 1366-pixel laptop screen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 14  # the cell's margins and focus frame, either side together
SORT_ARROW = 18  # room for the sort indicator beside a header's text


def text_width(view: QTableView, text: str) -> int:
    """Pixels ``text`` needs in a cell of ``view``."""
    return view.fontMetrics().horizontalAdvance(text) + PADDING


def header_width(view: QTableView, column: int) -> int:
    """Pixels the header of ``column`` needs, sort arrow included."""
    header = view.horizontalHeader()
    model = view.model()
    text = "" if model is None else str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    return header.fontMetrics().horizontalAdvance(text) + PADDING + SORT_ARROW


def fit_columns(view: QTableView, widest: Mapping[int, str | Sequence[str]], stretch: int | None = None) -> None:
    """Each column as wide as its header and the widest text it can show (``widest``: the
    longest value a column can hold, or the values it can take). ``stretch`` takes the
    room left over; the user may still drag every other column."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        texts = widest.get(column, "")
        texts = [texts] if isinstance(texts, str) else texts
        width = max([header_width(view, column), *(text_width(view, text) for text in texts)])
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_text_columns(view: QTableView, columns: Mapping[int, int]) -> None:
    """Widen text ``columns`` to the rows on screen, each up to its cap in pixels (the full
    text of a longer one is in its tooltip); only the rows shown are read. Done once per
    model, when it first has rows: later filters keep the widths the user dragged."""
    model = view.model()
    if model is None or model.rowCount() == 0 or view.property("textColumnsFitted") is model:
        return
    view.setProperty("textColumnsFitted", model)
    header = view.horizontalHeader()
    for column, cap in columns.items():
        wanted = max(view.sizeHintForColumn(column), header_width(view, column))
        header.resizeSection(column, min(cap, max(header.sectionSize(column), wanted)))
