"""The backups of the open file: choosing one to restore, and where backups go."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backups import Backup, reason_text
from core.dates import date_words
from ui.i18n import current_language, tr_core
from ui.settings import Settings


def when_text(made_at: str) -> str:
    """'2026-12-03T16:10:09.123+07:00' → '3 Desember 2026 16:10:09' (this computer's time)."""
    try:
        moment = datetime.fromisoformat(made_at).astimezone()
    except ValueError:
        return made_at
    if current_language() == "id":
        return f"{date_words(moment.year, moment.month, moment.day)} {moment:%H:%M:%S}"
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale(QLocale.Language.English).toString(stamp, "d MMMM yyyy HH:mm:ss")


def change_text(backup: Backup) -> str:
    """The change that followed, translated when it is one of the program's own phrases."""
    try:
        return tr_core(backup.reason).format(**backup.reason_params)
    except (KeyError, IndexError, ValueError):
        return reason_text(backup)


class RestoreBackupDialog(QDialog):
    """Lists the backups with date, size and the change that followed; ``chosen`` is the one
    to restore once the user has confirmed."""

    def __init__(self, file: Path, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.file = file
        self.backups = backups
        self.chosen: Backup | None = None
        intro = QLabel(
            self.tr(
                "Cadangan berkas {name}, terbaru di atas. Tiap cadangan memuat isi berkas tepat sebelum perubahan yang disebut."
            ).format(name=file.name),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Ukuran"), self.tr("Perubahan sesudahnya"), self.tr("Berkas cadangan")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        locale = QLocale()
        for row, backup in enumerate(backups):
            size = QTableWidgetItem(locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            where = QTableWidgetItem(backup.path.name)
            where.setToolTip(str(backup.path))
            for column, item in enumerate(
                (QTableWidgetItem(when_text(backup.made_at)), size, QTableWidgetItem(change_text(backup)), where)
            ):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore = self.buttons.addButton(self.tr("&Pulihkan..."), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self._confirm)
        self.table.itemSelectionChanged.connect(lambda: self.restore.setEnabled(bool(self.table.selectedItems())))
        self.table.itemDoubleClicked.connect(lambda _item: self._confirm())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(1000, 420)
        if backups:
            self.table.selectRow(0)
        self.table.setFocus()

    def _confirm(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        backup = self.backups[row]
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Kembalikan {name} ke isinya pada {when}, sebelum \u201c{change}\u201d?\n\n"
                "Isi berkas sekarang disimpan dulu sebagai cadangan baru, jadi pemulihan ini pun dapat dibatalkan dengan memulihkan cadangan itu."
            ).format(name=self.file.name, when=when_text(backup.made_at), change=change_text(backup)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()


class BackupSettingsDialog(QDialog):
    """Where backups go (beside each file, or one folder) and how many of a file are kept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Pengaturan cadangan"))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 200)
        self.keep.setValue(settings.backup_keep())
        self.beside = QRadioButton(self.tr("Di samping &berkasnya"), self)
        self.in_folder = QRadioButton(self.tr("Di &folder:"), self)
        self.folder = QLineEdit(str(settings.backup_folder() or ""), self)
        choose = QPushButton(self.tr("Pilih..."), self)
        choose.clicked.connect(self._choose)
        (self.in_folder if settings.backup_folder() else self.beside).setChecked(True)
        self.folder.textEdited.connect(lambda _t: self.in_folder.setChecked(True))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.in_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        note = QLabel(
            self.tr(
                "Cadangan dibuat sebelum setiap perubahan besar (memindahkan banyak pegawai atau aset, impor) dan sebelum berkas diperbarui ke versi baru."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Simpan cadangan terakhir sebanyak"), self.keep)
        form.addRow(self.beside)
        form.addRow(folder_row)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
            self.in_folder.setChecked(True)

    def _save(self) -> None:
        folder = Path(self.folder.text().strip()) if self.in_folder.isChecked() and self.folder.text().strip() else None
        if folder is not None and folder.exists() and not folder.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("{path} bukan folder.").format(path=folder))
            return
        self.settings.set_backup_keep(self.keep.value())
        self.settings.set_backup_folder(folder)
        self.accept()
