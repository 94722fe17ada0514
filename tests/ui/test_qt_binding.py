"""The Qt binding itself: a known PySide6 bug must not come back with an upgrade."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_returning_none_from_a_model_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 lost a reference to None on every None returned through data(); the
    interpreter then aborted ('deallocating None') after browsing a large tree. Pinned 6.11.3."""
    model = _NoneModel()
    index = model.index(1, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 50
