"""Tampilan → Riwayat perubahan: every change the file records (time, OS user, action,
record, before and after), newest first, filtered by unit, user, action and dates, and
exported to CSV for a spreadsheet. Read-only: the log is never changed from here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import audit
from core.audit import AuditFilter
from core.store import Store
from ui.errors import show_error
from ui.models.audit_log import AuditLogModel, action_label, field_label, record_text
from ui.worker import BackgroundTask, Progress

NO_DATE = QDate(2000, 1, 1)  # the date edits' "no limit"


class LazyChoice(QComboBox):
    """A list of the log's users or actions, read when first opened (one pass over the log
    is too slow to make at every opening of the viewer on a big file)."""

    def __init__(
        self,
        everything: str,
        load: Callable[[], list[str]],
        parent: QWidget | None = None,
        show_as: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.load = load
        self.show_as = show_as
        self.loaded = False
        self.addItem(everything, None)

    def showPopup(self) -> None:
        if not self.loaded:
            self.loaded = True
            for value in self.load():
                self.addItem(self.show_as(value), value)
        super().showPopup()

    def reset(self, load: Callable[[], list[str]]) -> None:
        while self.count() > 1:
            self.removeItem(1)
        self.load, self.loaded = load, False


class AuditLogPanel(QWidget):
    """The viewer; ``chosen_unit`` says which unit the tree has chosen (for the unit filter)."""

    def __init__(self, chosen_unit: Callable[[], tuple[int, str] | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_unit = chosen_unit
        self.store: Store | None = None
        self.model: AuditLogModel | None = None
        self.task: BackgroundTask | None = None
        self.unit: tuple[int, str] | None = None

        self.by_unit = QCheckBox(self.tr("Hanya unit terpilih dan sub-unitnya"), self)
        self.by_unit.setObjectName("auditByUnit")
        self.by_unit.toggled.connect(self._on_unit_toggled)
        self.user = LazyChoice(self.tr("Semua pengguna"), list, self)
        self.action = LazyChoice(self.tr("Semua tindakan"), list, self, action_label)
        self.since = self._date_edit(self.tr("sejak awal"))
        self.until = self._date_edit(self.tr("sampai kini"))
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        self.export = QPushButton(self.tr("Ekspor &CSV..."), self)
        self.export.clicked.connect(self.export_csv)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("auditNote")
        self.status = QLabel(self)

        self.view = QTableView(self)
        self.view.setObjectName("auditView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Pilih satu perubahan untuk melihat isi sebelum dan sesudahnya."))

        for combo in (self.user, self.action):  # narrow docks: the lists shrink rather than widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(15)  # "Semua pengguna" whole
        who = QHBoxLayout()
        who.addWidget(self.by_unit)
        who.addWidget(self.user)
        who.addWidget(self.action)
        who.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Dari"), self))
        when.addWidget(self.since)
        when.addWidget(QLabel(self.tr("sampai"), self))
        when.addWidget(self.until)
        when.addStretch(1)
        when.addWidget(self.export)
        filters = QVBoxLayout()
        filters.addLayout(who)
        filters.addLayout(when)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._update_note()

    def _date_edit(self, no_limit: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(no_limit)
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.apply())
        return edit

    # -- the open file ------------------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        if self.task is not None:  # an export of the file being closed
            self.task.stop()
            self.task = None
        if self.model is not None:
            self.model.close()
        self.store = store
        self.detail.clear()
        if store is None:
            self.view.setModel(None)
            self.model = None
            return
        self.user.reset(lambda: audit.distinct_values(store, "os_user"))
        self.action.reset(lambda: audit.distinct_values(store, "action"))
        self.model = AuditLogModel(store, self.current_filter(), self)
        self.model.searching.connect(self._on_searching)
        self.model.modelReset.connect(self.detail.clear)  # the row it described is no longer chosen
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.resizeSection(1, 110)
        header.resizeSection(2, 120)
        header.resizeSection(3, 300)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_detail(current.row()))
        self.model.reload()

    def refresh(self) -> None:
        """The file changed: show the newest changes (one page, read again)."""
        if self.model is not None:
            self.model.reload()

    def follow_unit(self) -> None:
        """The tree chose another unit: with the unit filter on, list its changes."""
        if self.by_unit.isChecked() and self.chosen_unit() != self.unit:
            self.apply()

    # -- filtering ----------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        self.unit = self.chosen_unit() if self.by_unit.isChecked() else None

        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return AuditFilter(
            unit_id=self.unit[0] if self.unit else None,
            user=self.user.currentData(),
            action=self.action.currentData(),
            since=day(self.since),
            until=day(self.until),
        )

    def apply(self) -> None:
        if self.model is not None:
            self.model.set_filter(self.current_filter())
        self._update_note()

    def _on_unit_toggled(self, _checked: bool) -> None:
        self.apply()

    def _update_note(self) -> None:
        if self.by_unit.isChecked() and self.unit is None:
            self.note.setText(self.tr("Pilih satu unit di pohon struktur untuk menyaring menurut unit."))
        elif self.unit is not None:
            self.note.setText(
                self.tr(
                    "Perubahan {unit} dan sub-unitnya: unit itu sendiri, serta jabatan, pegawai dan aset yang kini ada di sana atau yang "
                    "catatan sebelum/sesudahnya menyebut unit itu (termasuk yang sudah dihapus atau dipindah). Perubahan wilayah, edisi, "
                    "kamus kompetensi, langkah urungkan dan berkas tidak terkait dengan satu unit, jadi tidak tampil di sini."
                ).format(unit=self.unit[1])
            )
        else:
            self.note.setText(self.tr("Semua perubahan, terbaru di atas. Baris dibaca sedikit demi sedikit saat digulir."))

    def _on_searching(self, looking: bool) -> None:
        if self.model is None:
            return
        if looking:
            self.status.setText(
                self.tr("Mencari... {count} perubahan ditemukan sejauh ini").format(count=len(self.model.entries))
            )
        elif self.model.exhausted:
            self.status.setText(self.tr("{count} perubahan").format(count=len(self.model.entries)))
        else:
            self.status.setText(
                self.tr("{count} perubahan terbaru ditampilkan; gulir untuk yang lebih lama").format(
                    count=len(self.model.entries)
                )
            )

    def _show_detail(self, row: int) -> None:
        entry = self.model.entry(row) if self.model is not None else None
        if entry is None:
            self.detail.clear()
            return
        lines = [
            f"{entry.at.replace('T', ' ')} · {entry.os_user} · {action_label(entry.action)}",
            record_text(entry),
            "",
            *audit.change_lines(entry, field_label),
        ]
        self.detail.setPlainText("\n".join(lines))

    # -- export -------------------------------------------------------------------------

    def export_csv(self) -> None:
        """All rows of the current filter to CSV (UTF-8 with BOM, ';'), in the background."""
        if self.store is None or self.task is not None:
            return
        start = str(self.store.path.with_name(self.store.path.stem + "-riwayat.csv"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor riwayat perubahan"), start, self.tr("CSV (*.csv)"))
        if not name:
            return
        self.write_csv(Path(name))

    def write_csv(self, target: Path) -> None:
        assert self.store is not None
        flt = self.current_filter()
        store = self.store
        message = self.tr("Menulis {path}...").format(path=target.name)

        def work(progress: Progress, cancel: threading.Event) -> int:
            reader = store.sibling()  # its own connection: the window goes on reading meanwhile
            partial = target.with_name(target.name + ".sementara")
            try:
                with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                    count = audit.write_csv(
                        reader, flt, handle, field_label, lambda done: progress(0.5, f"{message} {done}"), cancel.is_set
                    )
                partial.replace(target)
                return count
            finally:
                partial.unlink(missing_ok=True)
                reader.close()

        def done(count: int) -> None:
            self.task = None
            self.status.setText(self.tr("{count} perubahan diekspor ke {path}").format(count=count, path=target))

        def failed(exc: BaseException) -> None:
            self.task = None
            from core.errors import Cancelled

            if not isinstance(exc, Cancelled):
                show_error(self.window(), exc if not isinstance(exc, OSError) else _os_problem(exc, target))

        self.task = BackgroundTask(self.window(), self.tr("Ekspor riwayat perubahan"), work)
        self.task.done.connect(done)
        self.task.failed.connect(failed)
        self.task.start()


def _os_problem(exc: OSError, target: Path) -> Exception:
    from core.errors import FileProblem, os_reason
    from core.i18n import N_

    return FileProblem(N_("Berkas {path} tidak dapat ditulis: {reason}"), path=str(target), reason=os_reason(exc))
