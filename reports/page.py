"""Paper (A4, F4/folio, A3), the options and progress every report builder takes, and what
it returns. Loads no reportlab: the window imports this at start for its report dialog and
the Bagan tab, and reportlab (~0.3 s) loads only once a report is written. The page kit
that draws (styles, tables, footers, lampiran) is ``reports.kit``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.dates import written_date
from core.errors import Cancelled

mm = 72 / 25.4  # points per millimetre (reportlab's ``mm``)
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "F4": (215 * mm, 330 * mm),
    "A3": (297 * mm, 420 * mm),
}
MARGIN = 15 * mm

Progress = Callable[[float, str, dict[str, Any]], None]  # fraction, message template, its values


@dataclass
class ReportOptions:
    """What the user chose. ``landscape`` None lets the report choose (the chart fits itself;
    lists print portrait)."""

    paper: str = "A4"
    landscape: bool | None = None
    lampiran: bool = False
    signature: bool = False
    signer_title: str = ""
    signer_name: str = ""
    sections: tuple[str, ...] = ()
    printed_on: date | None = None
    invariant: bool = False  # byte-identical output for the same data (tests)
    language: str = "id"  # of the user guide (every other report prints in Indonesian)
    progress: Progress | None = None
    cancel: threading.Event | None = None

    def page_size(self, default_landscape: bool = False) -> tuple[float, float]:
        short, long = sorted(PAPERS[self.paper])
        wide = default_landscape if self.landscape is None else self.landscape
        return (long, short) if wide else (short, long)

    def today(self) -> str:
        return written_date(self.printed_on or date.today())

    def today_with_day(self) -> str:
        return written_date(self.printed_on or date.today(), with_day=True)

    def step(self, fraction: float, message: str = "", **params: Any) -> None:
        """Report progress (a message template and its values, translated by whoever shows
        it); stop with :class:`Cancelled` once the user asked to."""
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if self.progress is not None:
            self.progress(fraction, message, params)


@dataclass
class Written:
    """What a report builder produced: where, how many pages, and anything the user should know."""

    path: str
    pages: int
    notes: list[str] = field(default_factory=list)


def __getattr__(name: str) -> Any:
    """The page kit's names, once imported from here, still resolve (loading reportlab then)."""
    if name.startswith("__"):
        raise AttributeError(name)
    from reports import kit

    try:
        return getattr(kit, name)
    except AttributeError:
        raise AttributeError(f"module 'reports.page' has no attribute {name!r}") from None
