"""What the title bar and the status bar say about the open file: its name, DATA CONTOH for
the sample, read-only and why, and when the last change was saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from core import APP_NAME
from ui.i18n import tr_core

if TYPE_CHECKING:
    from core.store import Store


class FileStatus(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sample_badge = QLabel(self.tr("DATA CONTOH"), window)
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setStyleSheet("QLabel { background: #fff3cd; color: #7a5a00; padding: 1px 6px; border-radius: 3px; }")
        self.sample_badge.setToolTip(
            self.tr("Berkas ini berisi data contoh fiktif (Provinsi Kalimantan Barat); bukan data resmi.")
        )
        self.saved_label = QLabel(window)
        self.saved_label.setObjectName("savedLabel")
        window.statusBar().addPermanentWidget(self.sample_badge)
        window.statusBar().addPermanentWidget(self.saved_label)
        self.sample_badge.hide()

    def show(self, store: Store | None) -> None:
        """The title and both labels for this file (None: no file open)."""
        if store is None:
            self.window.setWindowTitle(APP_NAME)
            self.sample_badge.hide()
            self.saved_label.setText("")
            return
        title = f"{store.path.name} — {APP_NAME}"
        if store.is_sample:
            title += " " + self.tr("[data contoh]")
        if store.read_only:
            title += " " + self.tr("[hanya-baca]")
        self.window.setWindowTitle(title)
        self.sample_badge.setVisible(store.is_sample)
        self.saved(store)

    def saved(self, store: Store) -> None:
        """When the last change was saved, or why nothing can be."""
        reason = store.read_only_reason
        if reason is not None:
            owner = reason.owner
            who = {"user": owner.user, "host": owner.host, "since": owner.since} if owner else {}
            self.saved_label.setText(self.tr("Hanya-baca: {reason}").format(reason=tr_core(reason.template).format(**who)))
            from core.store import read_only_message

            self.saved_label.setToolTip(read_only_message(reason))
        elif store.saved_at is not None:
            self.saved_label.setText(self.tr("Tersimpan {time}").format(time=store.saved_at.strftime("%H:%M:%S")))
            self.saved_label.setToolTip(self.tr("Setiap perubahan langsung tersimpan di {path}").format(path=store.path))
        else:
            self.saved_label.setText(self.tr("Semua perubahan tersimpan"))
            self.saved_label.setToolTip(str(store.path))
