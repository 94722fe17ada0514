"""The file life cycle: a new file, opening one (the dialog, the recent list, the sample), the
question when someone else has it open, saving a copy, restoring a backup and checking the
file is whole. What comes out is a store for the window to show; the recent list and the last
file are remembered here, where files are chosen.

Opening checks every page of the file (SQLite's quick check): at once for an ordinary file, in
a thread for a big one so the window is usable meanwhile; a damaged file is then closed with
the same message the command line gives."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from core.deferred import deferred
from core.errors import Cancelled, SotkError
from ui.document import Document
from ui.errors import show_error
from ui.i18n import error_text
from ui.settings import Settings
from ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from core import backups, lockfile
    from core import store as stores
    from core.integrity import IntegrityReport
    from core.lockfile import LockOwner
    from core.store import Store
else:  # the file layer loads when a file is opened, after the window is painted
    backups, lockfile, stores = deferred("core.backups"), deferred("core.lockfile"), deferred("core.store")

CHECK_PAGES_INLINE_BYTES = 64 * 1024 * 1024  # ≈0.2 s of quick check; bigger files are checked in a thread


class FilesController(QObject):
    store_opened = Signal(object)  # the Store the window shows from now on
    file_created = Signal()  # a new file, still empty: time to ask for its first region
    close_asked = Signal()  # the open file turned out to be damaged
    pages_checked = Signal(object, object)  # (store, None or the DamagedFile), from the checking thread

    def __init__(self, window: QMainWindow, settings: Settings, close_current: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.close_current = close_current  # closes the open file in the window (before a restore)
        self.doc: Document | None = None
        self.integrity_task: BackgroundTask | None = None
        self.pages_checked.connect(self._on_pages_checked)

    def attach(self, doc: Document | None) -> None:
        self.doc = doc

    def list_recent_in(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recent files each time it opens (the list changes in use)."""
        menu.aboutToShow.connect(lambda: self._fill_recent_menu(menu))

    def _fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {str(path).replace('&', '&&')}")  # "R&D.sotk" shown as typed
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not files:
            empty = menu.addAction(self.tr("(kosong)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Kosongkan daftar"), self.settings.clear_recent)

    def _opened(self, store: Store) -> None:
        self.store_opened.emit(store)
        self.settings.add_recent(store.path)
        self.settings.set_last_file(store.path)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a file; on any problem say so and keep what is open now. What opening did
        (an unfinished change of a crashed program undone) is told once it is shown."""
        self.settings.apply_backup_policy()  # before opening: an upgrade of an old file backs it up first
        try:
            inline = not path.is_file() or path.stat().st_size <= CHECK_PAGES_INLINE_BYTES
            store = stores.open_store(path, read_only=read_only, pages=inline)
        except SotkError as exc:
            show_error(self.window, exc)
            if str(path.resolve()) in self.settings.recent_files() and not path.exists():
                self.settings.remove_recent(str(path.resolve()))
            return False
        reason = store.read_only_reason
        if reason is not None and reason.owner is not None:
            notices = store.notices
            store = self._ask_about_lock(store, path)
            if store is None:
                return False
            store.notices = store.notices or notices
        self._opened(store)
        for notice in store.notices:
            QMessageBox.information(self.window, self.tr("Berkas dipulihkan"), error_text(notice))
        if not inline:
            self._check_pages_in_background(store)
        return True

    def _check_pages_in_background(self, store: Store) -> None:
        def work() -> None:
            try:
                stores.check_pages(store.path)
            except SotkError as exc:
                self.pages_checked.emit(store, exc)
            else:
                self.pages_checked.emit(store, None)

        self.window.statusBar().showMessage(self.tr("Memeriksa keutuhan berkas..."))
        threading.Thread(target=work, name="sotk-pages", daemon=True).start()

    def _on_pages_checked(self, store: Store, problem: SotkError | None) -> None:
        if self.doc is None or self.doc.store is not store:
            return  # another file is open by now
        self.window.statusBar().clearMessage()
        if problem is not None:
            self.close_asked.emit()
            show_error(self.window, problem)

    def check_integrity(self) -> None:
        """*Berkas → Periksa keutuhan berkas*: SQLite's full check in the background, the
        verdict said plainly (SQLite's own lines under Details for whoever helps)."""
        if self.doc is None or self.integrity_task is not None:
            return
        path = self.doc.store.path

        from core.integrity import full_check

        def work(progress: Progress, cancel: threading.Event) -> IntegrityReport:
            progress(0.0, self.tr("Memeriksa setiap halaman berkas {name}...").format(name=path.name))
            return full_check(path, cancel)

        task = BackgroundTask(self.window, self.tr("Periksa keutuhan berkas"), work)
        self.integrity_task = task

        def done(report: IntegrityReport) -> None:
            self.integrity_task = None
            self._show_integrity(report)

        def failed(exc: BaseException) -> None:
            self.integrity_task = None
            if not isinstance(exc, Cancelled):
                show_error(self.window, exc)

        task.done.connect(done)
        task.failed.connect(failed)
        task.start()

    def _show_integrity(self, report: IntegrityReport) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("integrityReport")
        box.setWindowTitle(self.tr("Keutuhan berkas"))
        box.setIcon(QMessageBox.Icon.Information if report.sound else QMessageBox.Icon.Critical)
        box.setText(error_text(report.summary()))
        if not report.sound:
            box.setInformativeText(
                self.tr("Salin dulu data yang masih terbaca (Simpan salinan sebagai...) bila tidak ada cadangan.")
            )
            box.setDetailedText("\n".join(report.problems))
        box.exec()

    def _ask_about_lock(self, store: Store, path: Path) -> Store | None:
        owner = store.read_only_reason.owner  # type: ignore[union-attr]
        assert owner is not None
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Berkas sedang dibuka"))
        box.setText(
            self.tr("Berkas {name} sedang dibuka oleh {user} di komputer {host} sejak {since}.").format(
                name=path.name, user=owner.user, host=owner.host, since=stores.lock_time(owner.since)
            )
        )
        read_only = box.addButton(self.tr("Buka hanya-baca"), QMessageBox.ButtonRole.AcceptRole)
        take_over = box.addButton(self.tr("Ambil alih"), QMessageBox.ButtonRole.DestructiveRole)
        # Only an owner who is gone can be taken over from: a living one would go on writing.
        take_over.setEnabled(owner.gone())
        if lockfile.owner_alive_here(owner):
            box.setInformativeText(
                self.tr(
                    "Program itu masih berjalan di komputer ini. Tutup dulu di sana untuk mengubah berkas; sekarang berkas dapat dibuka hanya-baca."
                )
            )
        elif owner.gone():
            box.setInformativeText(
                self.tr(
                    "Program itu {idle} dan tampaknya sudah tidak berjalan (komputernya mati, tidur atau terputus dari jaringan). "
                    "Anda dapat mengambil alih; bila program itu hidup lagi, ia berhenti menyimpan dan memberi tahu penggunanya."
                ).format(idle=self.idle_text(owner))
            )
        else:
            box.setInformativeText(
                self.tr(
                    "Program itu masih aktif ({idle}). Berkas dapat dibuka hanya-baca; untuk mengubahnya, minta {user} menutup berkas."
                ).format(idle=self.idle_text(owner), user=owner.user)
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return store
        store.close()
        if clicked is take_over:
            try:
                return stores.open_store(path, take_over_lock=True)
            except SotkError as exc:
                show_error(self.window, exc)
        return None

    def idle_text(self, owner: LockOwner) -> str:
        """'terakhir aktif 12 menit lalu': how long the owner has given no sign of life."""
        idle = owner.idle
        if idle is None:
            return self.tr("waktu aktif terakhirnya tidak diketahui")
        if idle < 60:
            return self.tr("terakhir aktif {n} detik lalu").format(n=int(idle))
        if idle < 3600:
            return self.tr("terakhir aktif {n} menit lalu").format(n=int(idle // 60))
        if idle < 2 * 86400:
            return self.tr("terakhir aktif {n} jam lalu").format(n=int(idle // 3600))
        return self.tr("terakhir aktif {n} hari lalu").format(n=int(idle // 86400))

    def new_file(self) -> None:
        start = str(self._dialog_dir() / f"sotk-baru{stores.SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Berkas SOTK baru"), start, self.tr("Berkas SOTK (*.sotk)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != stores.SUFFIX:
            path = path.with_suffix(stores.SUFFIX)
        if path.exists():
            if self.doc is not None and path.resolve() == self.doc.store.path.resolve():
                QMessageBox.warning(
                    self.window, self.tr("Berkas sedang dibuka"), self.tr("Berkas itu sedang dibuka; pilih nama lain.")
                )
                return
            try:
                with stores.holding_to_replace(path):  # nobody opens it meanwhile; a living owner keeps it
                    path.unlink()  # the save dialog asked before overwriting
            except SotkError as exc:
                show_error(self.window, exc)
                return
            except OSError as exc:
                QMessageBox.warning(self.window, self.tr("Masalah berkas"), str(exc))
                return
        self.settings.apply_backup_policy()
        try:
            store = stores.create_store(path)
        except SotkError as exc:
            show_error(self.window, exc)
            return
        self._opened(store)
        self.file_created.emit()

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Buka berkas SOTK"), str(self._dialog_dir()), self.tr("Berkas SOTK (*.sotk);;Semua berkas (*)")
        )
        if name:
            self.open_path(Path(name))

    def open_sample(self) -> None:
        from ui.sample import ensure_sample

        path = ensure_sample(self.window)
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        """Write a consistent copy of the open file (SQLite's backup API) and keep working on this one."""
        if self.doc is None:
            return
        source = self.doc.store.path
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Simpan salinan sebagai"),
            str(source.with_name(source.stem + "-salinan" + stores.SUFFIX)),
            self.tr("Berkas SOTK (*.sotk)"),
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != stores.SUFFIX:
            target = target.with_name(target.name + stores.SUFFIX)
        try:
            self.doc.store.copy_to(target)
        except SotkError as exc:
            show_error(self.window, exc)
            return
        self.window.statusBar().showMessage(self.tr("Salinan disimpan di {path}").format(path=target), 8000)

    def backup_settings(self) -> None:
        from ui.dialogs.backups import BackupSettingsDialog

        BackupSettingsDialog(self.settings, self.window).exec()

    def restore_backup(self) -> None:
        """List the open file's backups; restore the one chosen (the current content is kept as
        a backup first), then show the file again."""
        doc = self.doc
        if doc is None or self.close_current is None:
            return
        if doc.busy:
            QMessageBox.information(
                self.window, self.tr("Pulihkan dari cadangan"), self.tr("Tunggu sampai perubahan yang berjalan selesai.")
            )
            return
        path = doc.store.path
        if doc.store.read_only:
            QMessageBox.information(
                self.window,
                self.tr("Pulihkan dari cadangan"),
                self.tr("Berkas ini dibuka hanya-baca, jadi tidak dapat diganti dengan cadangannya."),
            )
            return
        found = backups.list_backups(path, file_id=doc.store.meta("file_id"))
        if not found:
            QMessageBox.information(
                self.window,
                self.tr("Pulihkan dari cadangan"),
                self.tr(
                    "Belum ada cadangan berkas {name} di {folder}. Cadangan dibuat sebelum setiap perubahan besar dan sebelum berkas diperbarui."
                ).format(name=path.name, folder=backups.folder_for(path)),
            )
            return
        from ui.dialogs.backups import RestoreBackupDialog, when_text

        dialog = RestoreBackupDialog(path, found, self.window)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        chosen = dialog.chosen
        self.close_current()
        try:
            kept = backups.restore_backup(path, chosen.path)
        except SotkError as exc:
            show_error(self.window, exc)
            self.open_path(path)
            return
        if self.open_path(path):
            self.window.statusBar().showMessage(
                self.tr("Dipulihkan ke isi {when}. Isi sebelumnya disimpan sebagai {kept}.").format(
                    when=when_text(chosen.made_at), kept=kept.name
                ),
                15000,
            )

    def _dialog_dir(self) -> Path:
        """Dialogs start beside the open file, else in the home folder."""
        if self.doc is not None:
            return self.doc.store.path.parent
        return Path.home()
