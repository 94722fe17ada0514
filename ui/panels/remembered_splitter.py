"""Splitters that open as the user last left them: the sizes are written to the settings
each time a handle is let go, and read back when the panel is built."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ui.settings import Settings


def remember_sizes(splitter: QSplitter, name: str, settings: Settings | None = None) -> None:
    """Restore ``splitter``'s remembered sizes (if any, and if they fit its panes) and keep
    them up to date under ``name``."""
    store = settings or Settings()
    sizes = store.splitter_sizes(name)
    if sizes is not None and len(sizes) == splitter.count() and sum(sizes) > 0:
        splitter.setSizes(sizes)
    splitter.splitterMoved.connect(lambda _pos, _index: store.set_splitter_sizes(name, splitter.sizes()))
