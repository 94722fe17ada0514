"""Bantuan → Panduan (F1): opens the guide at the chapter for the screen or dock that has the
keyboard. Which chapter belongs to which part of the window is decided here, in one table;
the guide window itself (ui/dialogs/guide.py) is built the first time it is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.dialogs.guide import GuideWindow

# Windows of their own, known by class name so that asking loads none of them.
DIALOG_TOPICS = {
    "RestructureDialog": "restrukturisasi",
    "ImportDialog": "excel#impor",
    "ExcelDialog": "excel#ekspor",
    "ReportDialog": "laporan",
    "RestoreBackupDialog": "mulai#cadangan",
    "BackupSettingsDialog": "mulai#cadangan",
}
UNIT_TABS = ("struktur#editor", "pegawai", "aset", "laporan#bagan")
EDITION_TABS = ("struktur#edisi", "laporan#bagan")


class GuideController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideWindow | None = None
        self.action = QAction(self.tr("&Panduan"), window)
        self.action.setObjectName("actGuide")
        self.action.setShortcut(QKeySequence.StandardKey.HelpContents)
        # F1 also in the windows of their own (restructuring, import): the topic follows the focus.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(lambda: self.open(self.topic_for(QApplication.focusWidget())))
        window.addAction(self.action)

    def topic_for(self, widget: QWidget | None) -> str | None:
        """The guide's chapter (``chapter#anchor``) for the part of the window holding
        ``widget``; None for the guide itself (F1 there keeps the page shown)."""
        w = self.window
        docks = (
            (w.checks_dock, "pemeriksaan"),
            (w.staff_dock, "sembilan-kotak"),
            (w.assets_dock, "aset-wilayah"),
            (w.audit_dock, "riwayat"),
            (w.plans.dock, "sinergi"),
            (w.plans.cascade.dock, "sinergi#pohon-kinerja"),
        )
        places = ((w.tree, "struktur#pohon"), (w.filter, "struktur#pohon"))
        while widget is not None:
            name = type(widget).__name__
            if name == "GuideWindow":
                return None
            if name in DIALOG_TOPICS:
                return DIALOG_TOPICS[name]
            for dock, topic in docks:
                if widget is dock:
                    return topic
            for place, topic in places:
                if widget is place:
                    return topic
            if widget is w.editor.unit_tabs:
                return UNIT_TABS[max(0, w.editor.unit_tabs.currentIndex())]
            if widget is w.editor.edition_tabs:
                return EDITION_TABS[max(0, w.editor.edition_tabs.currentIndex())]
            if widget is w.editor:
                return "struktur#editor"
            widget = widget.parentWidget()
        return "mulai"

    def open(self, topic: str | None = "mulai") -> GuideWindow:
        """Show the guide (built once, in the program's language) at ``topic``."""
        if self.guide is None:
            from ui.dialogs.guide import GuideWindow

            self.guide = GuideWindow(current_language(), self.window)
        if topic is not None or not self.guide.isVisible():
            self.guide.show_topic(topic or "mulai")
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide
