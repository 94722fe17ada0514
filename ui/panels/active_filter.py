"""A strip above a list that says it is filtered by something outside it (a nine-box box,
say) and clears that filter with one click, so a shorter list is never a mystery."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ActiveFilter(QWidget):
    """Hidden until ``show_filter``; ``cleared`` when the user asks the filter away."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilter")
        self.label = QLabel(self)
        self.label.setObjectName("activeFilterText")
        self.clear = QPushButton(self.tr("hapus"), self)
        self.clear.setObjectName("clearFilter")
        self.clear.setToolTip(self.tr("Tampilkan lagi semua baris"))
        self.clear.clicked.connect(self._on_clear)
        self.setStyleSheet("#activeFilter { background: #fff4cc; border: 1px solid #e0c060; border-radius: 3px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self.hide()

    def show_filter(self, what: str | None) -> None:
        """Show "Filter aktif: ``what``", or hide the strip for None."""
        if what is None:
            self.hide()
            return
        self.label.setText(self.tr("Filter aktif: {what}").format(what=what))
        self.show()

    def _on_clear(self) -> None:
        self.hide()
        self.cleared.emit()
