"""*Berkas → Impor dari Excel*, in three steps, as Odoo's import goes (map → test → import):

1. the file and its kind, and where the rows land (a perangkat daerah, or an edition);
2. the sheet's first rows with the header rows marked, and the column mapping in a table,
   prefilled by the mapping remembered for a file of the same shape or by the guess;
3. the dry run on its own thread: its first screen as soon as the core has it, then every
   row (Ditambah, Diubah, Ditolak, Catatan) with counts; *Impor* hands the request back
   to the controller, which runs it through the document (backup, one undo step, Cancel).

Nothing here writes: a file that cannot be read shows the core's message and the .sotk is
not touched."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import Cancelled, SotkError
from core.excel.headers import Layout
from core.excel.importers import IMPORTERS, Importer, Target
from core.excel.mapping import Mapping, MappingMemory, required, vocabulary
from core.excel.report import Plan
from core.validation import label
from ui.dialogs.excel_import.dry_run import DryRun
from ui.dialogs.excel_import.sheet_layout import SheetTop, layout_at, read_top, recalled
from ui.errors import show_error
from ui.i18n import error_text, tr_core
from ui.models.import_results import AddedRows, NoteRows, PlanRows, RejectedRows, UpdatedRows
from ui.models.import_sheet import MappingRows, SheetPreview
from ui.worker import BackgroundTask

PROBLEM_STYLE = "QLabel { border: 1px solid #a12a2a; background: #fbeeee; color: #5a1010; padding: 8px; }"


@dataclass(frozen=True)
class Destinations:
    """Where rows may land: perangkat daerah (id, label) and editions (id, label) with
    the regions a new edition can be made in; the ones chosen in the window first."""

    pds: list[tuple[int, str]]
    pd: int | None
    editions: list[tuple[int, str]]
    edition: int | None
    regions: list[tuple[int, str]]
    region: int | None


@dataclass(frozen=True)
class ImportRequest:
    importer: Importer
    source: Path
    layout: Layout
    target: Target
    accept_valid: bool
    summary: dict[str, int]


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        store_path: Path,
        places: Destinations,
        memory: MappingMemory | None,
        *,
        kind: str | None = None,
        read_only_reason: str | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Impor dari Excel"))
        self.store_path, self.places, self.memory = store_path, places, memory
        self.read_only_reason = read_only_reason
        self.folder = folder or Path.home()
        self.top: SheetTop | None = None
        self.layout_: Layout | None = None
        self.loading: BackgroundTask | None = None
        self.dry_run: DryRun | None = None
        self.plan: Plan | None = None
        self.remembered = False  # the mapping shown is one remembered for this shape
        self.display_names: Any = {}
        self.complete = False  # the plan covers every row (not only its first screen)
        self._request: ImportRequest | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page(kind))
        self.pages.addWidget(self._sheet_page())
        self.pages.addWidget(self._results_page())
        self.back = QPushButton(self.tr("< &Kembali"), self)
        self.back.setObjectName("importBack")
        self.next = QPushButton(self.tr("&Lanjut >"), self)
        self.next.setObjectName("importNext")
        self.next.setDefault(True)
        self.run = QPushButton(self.tr("&Impor"), self)
        self.run.setObjectName("importRun")
        close = QPushButton(self.tr("&Tutup"), self)
        self.back.clicked.connect(self._go_back)
        self.next.clicked.connect(self._go_next)
        self.run.clicked.connect(self._import)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        buttons.addWidget(self.run)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1000, 700)
        self._show_page(0)

    # -- step 1: file, kind, destination --------------------------------------------------

    def _file_page(self, kind: str | None) -> QWidget:
        page = QWidget(self)
        self.path = QLineEdit(page)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Berkas .xlsx, .xls atau .csv"))
        browse = QPushButton(self.tr("&Pilih..."), page)
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.kind = QComboBox(page)
        self.kind.setObjectName("importKind")
        for key, importer in IMPORTERS.items():
            self.kind.addItem(tr_core(importer.label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.pd = QComboBox(page)
        self.pd.setObjectName("importPd")
        for unit_id, text in self.places.pds:
            self.pd.addItem(text, unit_id)
        self.pd.setCurrentIndex(max(0, self.pd.findData(self.places.pd)))
        self.edition = QComboBox(page)
        self.edition.setObjectName("importEdition")
        for edition_id, text in self.places.editions:
            self.edition.addItem(text, ("edition", edition_id))
        for region_id, text in self.places.regions:
            self.edition.addItem(self.tr("Edisi baru di {region}").format(region=text), ("new", region_id))
        self.edition.setCurrentIndex(max(0, self.edition.findData(("edition", self.places.edition))))
        self.new_edition = QLineEdit(page)
        self.new_edition.setObjectName("importNewEdition")
        self.new_edition.setPlaceholderText(self.tr("Nama edisi baru, mis. Rancangan Perda 2027"))
        self.pd_label = QLabel(self.tr("Perangkat &daerah:"), page)
        self.pd_label.setBuddy(self.pd)
        self.edition_label = QLabel(self.tr("E&disi:"), page)
        self.edition_label.setBuddy(self.edition)
        self.new_label = QLabel(self.tr("Nama edisi baru:"), page)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Berkas:"), page)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        kind_label = QLabel(self.tr("&Jenis data:"), page)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        form.addRow(self.pd_label, self.pd)
        form.addRow(self.edition_label, self.edition)
        form.addRow(self.new_label, self.new_edition)
        hint = QLabel(
            self.tr(
                "Baris-baris lembar kerja dicocokkan dengan unit perangkat daerah yang dipilih (nama unit, tanpa memperhatikan"
                " huruf besar dan singkatan seperti 'Bid.' dan 'Sekr.'). Belum ada yang ditulis sebelum Anda menekan Impor."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.file_problem = QLabel(page)
        self.file_problem.setObjectName("importProblem")
        self.file_problem.setWordWrap(True)
        self.file_problem.setStyleSheet(PROBLEM_STYLE)
        self.file_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problem.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.edition.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        return page

    def importer(self) -> Importer:
        return IMPORTERS[self.kind.currentData()]

    def _kind_changed(self) -> None:
        into_pd = self.importer().target == "pd"
        for widget in (self.pd_label, self.pd):
            widget.setVisible(into_pd)
        for widget in (self.edition_label, self.edition):
            widget.setVisible(not into_pd)
        new = not into_pd and (self.edition.currentData() or ("", None))[0] == "new"
        self.new_label.setVisible(new)
        self.new_edition.setVisible(new)
        self.top = None  # another kind: the header is looked for again

    def target(self) -> Target:
        if self.importer().target == "pd":
            return Target(into=self.pd.currentData())
        what, ident = self.edition.currentData() or ("", None)
        if what == "new":
            return Target(new_edition=self.new_edition.text().strip(), region=ident)
        return Target(edition=ident)

    def _browse(self) -> None:
        start = self.path.text() or str(self.folder)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih lembar kerja"), start, self.tr("Lembar kerja (*.xlsx *.xls *.csv);;Semua berkas (*)")
        )
        if chosen:
            self.path.setText(chosen)
            self.top = None

    def _problem(self, label_widget: QLabel, text: str) -> None:
        label_widget.setText(text)
        label_widget.setVisible(bool(text))

    def _read_file(self, sheet: str | None = None) -> None:
        """Read the sheet's first rows in the background (a large workbook takes a moment)."""
        text = self.path.text().strip()
        path = Path(text)
        if not text:
            self._problem(self.file_problem, self.tr("Pilih berkas lembar kerja yang diimpor."))
            return
        if not path.is_file():
            self._problem(self.file_problem, self.tr("Berkas {path} tidak ada.").format(path=path))
            return
        target = self.target()
        if self.importer().target == "pd" and target.into is None:
            self._problem(self.file_problem, self.tr("Belum ada perangkat daerah untuk tujuan impor."))
            return
        if target.new_edition == "":
            self._problem(self.file_problem, self.tr("Tulis nama edisi baru."))
            return
        self._problem(self.file_problem, "")
        kind = self.importer().kind
        self.next.setEnabled(False)
        self.loading = BackgroundTask(
            self, self.tr("Membaca {name}...").format(name=path.name), lambda _p, _c: read_top(path, kind, sheet)
        )
        self.loading.done.connect(self._on_read)
        self.loading.failed.connect(self._on_read_failed)
        self.loading.start()

    def _on_read(self, top: SheetTop) -> None:
        self.loading = None
        self.next.setEnabled(True)
        self.top = top
        kind = self.importer().kind
        found = top.found
        layout = layout_at(top, kind, found.header_first, found.header_last) if found else layout_at(top, kind, 0, 0)
        self.remembered = recalled(layout, kind, self.memory)
        self._show_sheet(layout)
        self._show_page(1)

    def _on_read_failed(self, exc: BaseException) -> None:
        self.loading = None
        self.next.setEnabled(True)
        if isinstance(exc, SotkError):
            self._show_page(0)
            self._problem(self.file_problem, error_text(exc))  # the core's own words: not a spreadsheet, encrypted ...
        elif not isinstance(exc, Cancelled):
            show_error(self, exc)

    # -- step 2: the sheet, its header rows and mapping ----------------------------------

    def _sheet_page(self) -> QWidget:
        page = QWidget(self)
        self.sheet = QComboBox(page)
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self._read_file(self.sheet.currentText()))
        self.header_first = QSpinBox(page)
        self.header_first.setObjectName("importHeaderFirst")
        self.header_last = QSpinBox(page)
        self.header_last.setObjectName("importHeaderLast")
        self.data_first = QSpinBox(page)
        self.data_first.setObjectName("importDataFirst")
        for spin in (self.header_first, self.header_last, self.data_first):
            spin.setRange(1, 1)
        self.header_first.valueChanged.connect(lambda _v: self._rows_changed("header_first"))
        self.header_last.valueChanged.connect(lambda _v: self._rows_changed("header_last"))
        self.data_first.valueChanged.connect(lambda _v: self._rows_changed("data_first"))
        rows = QHBoxLayout()
        for text, widget in (
            (self.tr("&Lembar:"), self.sheet),
            (self.tr("Judul kolom dari baris"), self.header_first),
            (self.tr("sampai"), self.header_last),
            (self.tr("data mulai baris"), self.data_first),
        ):
            caption = QLabel(text, page)
            caption.setBuddy(widget)
            rows.addWidget(caption)
            rows.addWidget(widget)
        rows.addStretch(1)
        self.preview = SheetPreview(self)
        preview_view = QTableView(page)
        preview_view.setObjectName("importPreview")
        preview_view.setModel(self.preview)
        preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        preview_view.verticalHeader().setDefaultSectionSize(22)
        preview_view.horizontalHeader().setDefaultSectionSize(120)
        self.mapping = MappingRows(self)
        self.mapping_view = QTableView(page)
        self.mapping_view.setObjectName("importMapping")
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_view.verticalHeader().hide()
        self.mapping_note = QLabel(page)
        self.mapping_note.setObjectName("importMappingNote")
        self.mapping_note.setWordWrap(True)
        self.sheet_problem = QLabel(page)
        self.sheet_problem.setObjectName("importSheetProblem")
        self.sheet_problem.setWordWrap(True)
        self.sheet_problem.setStyleSheet(PROBLEM_STYLE)
        self.sheet_problem.hide()
        lower = QWidget(page)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Kolom lembar kerja dan isian tujuannya (tanda * = wajib):"), lower))
        lower_layout.addWidget(self.mapping_view, 1)
        lower_layout.addWidget(self.mapping_note)
        lower_layout.addWidget(self.sheet_problem)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(preview_view)
        split.addWidget(lower)
        layout = QVBoxLayout(page)
        layout.addLayout(rows)
        layout.addWidget(split, 1)
        return page

    def fields(self) -> list[tuple[str, str]]:
        """(field, what the combo shows) for the kind: required ones marked with *."""
        kind = self.importer().kind
        needed = set(required(kind))
        return [(name, tr_core(label(name)) + (" *" if name in needed else "")) for name in vocabulary()[kind] if name != "_no"]

    def _show_sheet(self, layout: Layout) -> None:
        """Show the sheet read, the layout's header rows and mapping."""
        assert self.top is not None
        self.layout_ = layout
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(self.top.sheets)
        self.sheet.setCurrentText(self.top.sheet)
        self.sheet.blockSignals(False)
        count = max(1, len(self.top.rows))
        for spin, value in (
            (self.header_first, layout.header_first),
            (self.header_last, layout.header_last),
            (self.data_first, layout.data_first),
        ):
            spin.blockSignals(True)
            spin.setRange(1, count + (1 if spin is self.data_first else 0))
            spin.setValue(value + 1)
            spin.blockSignals(False)
        self.preview.show_sheet(self.top, layout)
        self._show_mapping()

    def _rows_changed(self, which: str) -> None:
        if self.top is None or self.layout_ is None:
            return
        first, last = self.header_first.value() - 1, self.header_last.value() - 1
        if which == "header_first" and last < first:
            last = first
        if which == "header_last" and last < first:
            first = last
        kind = self.importer().kind
        if which == "data_first":
            self.layout_.data_first = self.data_first.value() - 1
            self.preview.mark(self.layout_)
            self._show_mapping()
            return
        layout = layout_at(self.top, kind, first, min(last, first + 4))
        self.remembered = recalled(layout, kind, self.memory)
        self._show_sheet(layout)

    def _show_mapping(self) -> None:
        assert self.layout_ is not None
        self.mapping.show_layout(self.top, self.layout_)
        by_column = {index: name for name, index in self.layout_.mapping.columns.items()}
        fields = self.fields()
        for row in range(self.mapping.rowCount()):
            combo = QComboBox(self.mapping_view)
            combo.setObjectName(f"importField-{row}")
            combo.addItem(self.tr("(tidak diimpor)"), "")
            for name, text in fields:
                combo.addItem(text, name)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _i, row=row, combo=combo: self._field_chosen(row, combo.currentData()))
            self.mapping_view.setIndexWidget(self.mapping.index(row, 3), combo)
        self.mapping_view.setColumnWidth(3, 220)
        self._check_mapping()

    def field_combo(self, column: int) -> QComboBox:
        widget = self.mapping_view.indexWidget(self.mapping.index(column, 3))
        assert isinstance(widget, QComboBox)
        return widget

    def _field_chosen(self, column: int, name: str) -> None:
        """One field per column and one column per field: a field chosen again leaves its old column."""
        assert self.layout_ is not None
        columns = {f: c for f, c in self.layout_.mapping.columns.items() if c != column and f != name}
        if name:
            columns[name] = column
        self.layout_.mapping = Mapping(self.importer().kind, dict(sorted(columns.items(), key=lambda item: item[1])))
        self.remembered = False
        for row in range(self.mapping.rowCount()):
            combo = self.field_combo(row)
            if row != column and combo.currentData() == name and name:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._check_mapping()

    def missing(self) -> list[str]:
        assert self.layout_ is not None
        return [f for f in required(self.importer().kind) if f not in self.layout_.mapping.columns]

    def _check_mapping(self) -> None:
        missing = self.missing()
        note = self.tr("Pemetaan ini diingat dari berkas sebelumnya yang berbentuk sama.") if self.remembered else ""
        self.mapping_note.setText(note)
        self.mapping_note.setVisible(bool(note))
        self._problem(
            self.sheet_problem,
            self.tr("Kolom wajib belum dipilih: {fields}.").format(fields=", ".join(tr_core(label(f)) for f in missing))
            if missing
            else "",
        )
        self._update_buttons()

    # -- step 3: the dry run ------------------------------------------------------------

    def _results_page(self) -> QWidget:
        page = QWidget(self)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.stop_button = QPushButton(self.tr("&Hentikan uji"), page)
        self.stop_button.clicked.connect(self._stop_dry_run)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.stop_button)
        self.summary = QLabel(page)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("importResults")
        self.results: dict[str, PlanRows] = {}
        self.result_views: dict[str, QTableView] = {}
        for model in (AddedRows([], self), UpdatedRows(self), RejectedRows(self), NoteRows(self)):
            view = QTableView(page)
            view.setObjectName(f"importResults-{model.kind}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(22)
            view.horizontalHeader().setStretchLastSection(True)
            self.results[model.kind] = model
            self.result_views[model.kind] = view
            self.tabs.addTab(view, "")
        self.accept_valid = QCheckBox(self.tr("Impor baris yang sah saja (baris yang ditolak dilewati)"), page)
        self.accept_valid.setObjectName("importAcceptValid")
        self.accept_valid.toggled.connect(lambda _on: self._update_buttons())
        self.result_problem = QLabel(page)
        self.result_problem.setObjectName("importResultProblem")
        self.result_problem.setWordWrap(True)
        self.result_problem.setStyleSheet(PROBLEM_STYLE)
        self.result_problem.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.accept_valid)
        layout.addWidget(self.result_problem)
        return page

    def _start_dry_run(self) -> None:
        assert self.layout_ is not None
        self._stop_dry_run()
        self.plan, self.complete = None, False
        target = self.target()
        added = AddedRows([], self)
        self._replace_model("added", added)
        for model in self.results.values():
            model.show_items([], {})
        self._problem(self.result_problem, "")
        self.summary.setText(self.tr("Menguji {name}...").format(name=Path(self.path.text()).name))
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.progress.show()
        self.stop_button.show()
        layout = replace(self.layout_, mapping=Mapping(self.layout_.mapping.kind, dict(self.layout_.mapping.columns)))
        self.dry_run = DryRun(self.store_path, Path(self.path.text().strip()), self.importer(), layout, target, self)
        self.dry_run.first_planned.connect(self._on_first_planned)
        self.dry_run.progressed.connect(self._on_progressed)
        self.dry_run.planned.connect(self._on_planned)
        self.dry_run.failed.connect(self._on_dry_run_failed)
        self.dry_run.start()
        self._update_buttons()

    def _replace_model(self, kind: str, model: PlanRows) -> None:
        old = self.results[kind]
        self.results[kind] = model
        self.result_views[kind].setModel(model)
        old.deleteLater()

    def _stop_dry_run(self) -> None:
        if self.dry_run is not None:
            self.dry_run.stop()
            self.dry_run = None

    def _on_progressed(self, done: float, message: str) -> None:
        # In the bar, not in a label: a label's new text lays the whole dialog out again.
        self.progress.setFormat(f"{message} — %p%" if message else "%p%")
        self.progress.setValue(int(done * 1000))

    def _on_first_planned(self, plan: Plan) -> None:
        if self.dry_run is not None:
            self.display_names = self.dry_run.names
        if not self.complete:
            self._show_plan(plan)
        # The dry run waits until the view has laid out and painted the first screen (the
        # events queued by now), so it does so without competing for the interpreter.
        dry_run = self.dry_run
        if dry_run is not None:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, dry_run.first_shown))

    def _on_planned(self, plan: Plan) -> None:
        if self.dry_run is not None:
            self.display_names = self.dry_run.names
        self.dry_run = None
        self.complete = True
        self.progress.hide()
        self.stop_button.hide()
        self._show_plan(plan)

    def _on_dry_run_failed(self, exc: BaseException) -> None:
        self.dry_run = None
        self.progress.hide()
        self.stop_button.hide()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Uji dihentikan. Tekan Lanjut untuk menguji lagi."))
        elif isinstance(exc, SotkError):
            self.summary.setText("")
            self._problem(self.result_problem, error_text(exc))
        else:
            self.summary.setText("")
            show_error(self, exc)
        self._update_buttons()

    def _show_plan(self, plan: Plan) -> None:
        self.plan = plan
        added = self.results["added"]
        if plan.added and isinstance(added, AddedRows) and not added.fields:
            # The columns: the values the records get, those the first rows leave empty aside.
            filled = [name for name in plan.added[0].values if any(a.values.get(name) is not None for a in plan.added)]
            self._replace_model("added", AddedRows(filled, self))
        for kind, items in (("added", plan.added), ("updated", plan.updated), ("rejected", plan.rejected), ("notes", plan.notes)):
            self.results[kind].show_items(items, self.display_names)
        summary = plan.summary()
        titles = {
            "added": self.tr("Ditambah ({count})").format(count=summary["added"]),
            "updated": self.tr("Diubah ({count})").format(count=summary["updated"]),
            "rejected": self.tr("Ditolak ({count} baris)").format(count=summary["rejected_rows"]),
            "notes": self.tr("Catatan ({count})").format(count=len(plan.notes)),
        }
        for index, kind in enumerate(("added", "updated", "rejected", "notes")):
            self.tabs.setTabText(index, titles[kind])
        text = self.tr(
            "{rows} baris dibaca: {added} ditambah, {updated} diubah, {unchanged} tanpa perubahan, {rejected} ditolak"
            " ({problems} masalah), {notes} catatan."
        ).format(
            rows=summary["rows"],
            added=summary["added"],
            updated=summary["updated"],
            unchanged=summary["unchanged"],
            rejected=summary["rejected_rows"],
            problems=summary["problems"],
            notes=len(plan.notes),
        )
        if not self.complete:
            text = self.tr("Baris pertama sudah diuji; sisanya masih diperiksa. {summary}").format(summary=text)
        self.summary.setText(text)
        if self.complete and plan.rejected and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(2)
        self._update_buttons()

    # -- moving between steps and importing ----------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _go_back(self) -> None:
        index = self.pages.currentIndex()
        if index == 2:
            self._stop_dry_run()
        if index > 0:
            self._show_page(index - 1)

    def _go_next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            if self.top is not None and self.top.path == Path(self.path.text().strip()):
                self._show_page(1)  # the same file: the sheet as it was left
            else:
                self._read_file()
        elif index == 1:
            if self.missing():
                return
            self._remember()
            self._show_page(2)
            self._start_dry_run()
        elif index == 2:
            self._start_dry_run()

    def _remember(self) -> None:
        """The mapping confirmed for this shape of sheet is offered again next time."""
        if self.memory is None or self.layout_ is None:
            return
        self.memory.remember(self.layout_.mapping, self.layout_.labels)
        try:
            self.memory.save()
        except SotkError as exc:
            self._problem(self.sheet_problem, error_text(exc))

    def refusal(self) -> str | None:
        """Why *Impor* cannot run now (None: it can)."""
        if self.read_only_reason:
            return self.read_only_reason
        if self.plan is None or not self.complete:
            return self.tr("Tunggu sampai uji selesai.")
        if self.plan.rejected and not self.accept_valid.isChecked():
            return self.tr("{count} baris ditolak. Perbaiki lembar kerjanya, atau centang 'Impor baris yang sah saja'.").format(
                count=self.plan.rejected_rows
            )
        if not self.plan.added and not self.plan.updated:
            return self.tr("Tidak ada yang perlu ditulis: semua baris sudah sama dengan isi berkas.")
        return None

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < 2 or (index == 2 and self.dry_run is None))
        self.next.setText(self.tr("&Uji lagi") if index == 2 else self.tr("&Lanjut >"))
        if index == 1 and self.layout_ is not None:
            self.next.setEnabled(not self.missing())
        elif index == 0:
            self.next.setEnabled(self.loading is None)
        else:
            self.next.setEnabled(True)
        self.run.setVisible(index == 2)
        reason = self.refusal() if index == 2 else None
        self.run.setEnabled(index == 2 and reason is None)
        self.run.setToolTip(reason or "")
        self.accept_valid.setVisible(self.plan is not None and bool(self.plan.rejected))

    def _import(self) -> None:
        if self.refusal() is not None or self.plan is None or self.layout_ is None:
            return
        self._request = ImportRequest(
            self.importer(),
            Path(self.path.text().strip()),
            self.layout_,
            self.target(),
            self.accept_valid.isChecked(),
            self.plan.summary(),
        )
        self.plan = None
        self.accept()

    def request(self) -> ImportRequest | None:
        return self._request

    def done(self, result: int) -> None:
        self._stop_dry_run()
        self.plan = None
        if self.loading is not None:
            self.loading.stop()
            self.loading = None
        super().done(result)
