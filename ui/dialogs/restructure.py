"""*Struktur → Restrukturisasi*: the region's drafts and their life cycle, the mapping of
every unit of the edition in force (proposal and decision), the impact (totals per PD, the
bench, assets waiting on a proposal) and the apply. What is heavy to read is read off the
window's thread; every change is an undoable command run through the Document."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.money import format_rupiah
from core.restructure import drafts
from ui.dialogs.restructure_compare import CompareTab, fill_rows
from ui.dialogs.restructure_placing import PlacingBox
from ui.i18n import translated
from ui.models.restructure_mapping import MappingModel, UnitIdRole

if TYPE_CHECKING:
    from core.restructure.drafts import Draft
    from ui.dialogs.restructure_data import DraftView


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class NewDraftDialog(QDialog):
    """Name, planned legal basis and effective date of a new draft."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draf penataan baru"))
        self.name = QLineEdit(self)
        self.name.setObjectName("draftName")
        self.legal_basis = QLineEdit(self)
        self.legal_basis.setPlaceholderText(self.tr("mis. Rancangan Perda tentang Perangkat Daerah"))
        self.effective = QDateEdit(QDate.currentDate().addMonths(6), self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout(self)
        form.addRow(self.tr("Nama draf"), self.name)
        form.addRow(self.tr("Dasar hukum yang direncanakan"), self.legal_basis)
        form.addRow(self.tr("Tanggal berlaku"), self.effective)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.legal_basis.text().strip(), self.effective.date().toString("yyyy-MM-dd")


class RestructureDialog(QDialog):
    """The view: the controller (ui/controllers/restructure.py) reads, decides and writes."""

    draft_chosen = Signal(int)  # edition id
    new_draft_asked = Signal()
    status_asked = Signal(str)
    decision_asked = Signal(str)  # action
    clear_asked = Signal()
    accept_asked = Signal(float)
    sheet_asked = Signal()
    apply_asked = Signal()
    place_asked = Signal(str)  # entity: 'staff' | 'asset'
    accept_placement_asked = Signal(str)
    unplace_asked = Signal(str)

    def __init__(self, parent: QWidget | None, region_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restrukturisasi: {region}").format(region=region_name))
        self.setObjectName("restructureDialog")
        self.resize(1260, 660)  # fits a 1366×768 screen with its taskbar
        self.status_names = {
            "draft": self.tr("draf"),
            "in_review": self.tr("dalam telaah"),
            "approved": self.tr("disetujui"),
            "applied": self.tr("diterapkan"),
            "archived": self.tr("diarsipkan"),
            "in_force": self.tr("berlaku"),
        }
        self.action_names = {
            "kept": self.tr("tetap"),
            "renamed": self.tr("ganti nama"),
            "merged": self.tr("digabung ke"),
            "split": self.tr("dipecah ke"),
            "moved": self.tr("dipindah ke"),
            "dissolved": self.tr("dibubarkan"),
            "new": self.tr("baru"),
            "undecided": self.tr("belum diputuskan"),
        }
        self.view: DraftView | None = None
        self.drafts: list[Draft] = []

        self.choice = QComboBox(self)
        self.choice.setObjectName("draftChoice")
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.state = QLabel(self)
        self.state.setObjectName("draftState")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Draf:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(self.state, 2)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._drafts_tab(), self.tr("&Draf dan riwayat"))
        self.tabs.addTab(self._mapping_tab(), self.tr("&Pemetaan"))
        self.tabs.addTab(self._impact_tab(), self.tr("Dampak dan pen&erapan"))
        self.compare = CompareTab(self)
        self.tabs.addTab(self.compare, self.tr("Ba&ndingkan edisi"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

    # -- building ---------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _drafts_tab(self) -> QWidget:
        page = QWidget(self)
        self.drafts_model = QStandardItemModel(0, 5, self)
        self.drafts_model.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Status"), self.tr("Dasar hukum yang direncanakan"), self.tr("Berlaku"), self.tr("Dibuat")]
        )
        self.drafts_view = QTreeView(page)
        self.drafts_view.setObjectName("draftList")
        self.drafts_view.setRootIsDecorated(False)
        self.drafts_view.setModel(self.drafts_model)
        self.drafts_view.header().setStretchLastSection(False)
        self.drafts_view.header().resizeSection(0, 380)
        self.drafts_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.drafts_view.clicked.connect(lambda index: self.choice.setCurrentIndex(index.row()))
        self.history_model = QStandardItemModel(self)
        self.history = QListView(page)
        self.history.setObjectName("draftHistory")
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.step_buttons = {
            "in_review": self._button(self.tr("Kirim ke &telaah"), "toReview", lambda: self.status_asked.emit("in_review")),
            "approved": self._button(self.tr("&Setujui"), "toApproved", lambda: self.status_asked.emit("approved")),
            "draft": self._button(self.tr("&Kembalikan ke draf"), "toDraft", lambda: self.status_asked.emit("draft")),
            "archived": self._button(self.tr("&Arsipkan"), "toArchived", lambda: self.status_asked.emit("archived")),
        }
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Draf &baru..."), "newDraft", self.new_draft_asked.emit))
        buttons.addStretch(1)
        for button in self.step_buttons.values():
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.drafts_view)
        history = QGroupBox(self.tr("Riwayat draf (siapa dan kapan)"), page)
        QVBoxLayout(history).addWidget(self.history)
        splitter.addWidget(history)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    def _mapping_tab(self) -> QWidget:
        page = QWidget(self)
        headers = [
            self.tr("Unit edisi yang berlaku"),
            self.tr("Usulan"),
            self.tr("Tujuan usulan"),
            self.tr("Keyakinan"),
            self.tr("Alasan"),
            self.tr("Keputusan"),
            self.tr("Tujuan"),
        ]
        self.mapping_model = MappingModel(headers, self)
        self.mapping_proxy = QSortFilterProxyModel(self)
        self.mapping_proxy.setSourceModel(self.mapping_model)
        self.mapping_proxy.setFilterKeyColumn(5)
        self.mapping = _table(page, "mappingTable")
        self.mapping.setModel(self.mapping_proxy)
        header = self.mapping.horizontalHeader()
        for column, width in enumerate((300, 100, 220, 70, 260, 110)):
            header.resizeSection(column, width)
        self.undecided_label = QLabel(page)
        self.undecided_label.setObjectName("undecidedCount")
        self.only_undecided = QCheckBox(self.tr("Hanya yang belum diputuskan"), page)
        self.only_undecided.toggled.connect(self._filter_undecided)
        self.confidence = QDoubleSpinBox(page)
        self.confidence.setRange(0, 100)
        self.confidence.setDecimals(0)
        self.confidence.setSuffix(" %")
        self.confidence.setValue(80)
        self.action = QComboBox(page)
        self.action.setObjectName("decisionAction")
        for key in ("kept", "renamed", "merged", "split", "moved", "dissolved"):
            self.action.addItem(self.action_names[key], key)
        row1 = QHBoxLayout()
        row1.addWidget(self.undecided_label, 1)
        row1.addWidget(self.only_undecided)
        row1.addWidget(QLabel(self.tr("Usulan dengan keyakinan sedikitnya"), page))
        row1.addWidget(self.confidence)
        row1.addWidget(
            self._button(
                self.tr("Terima semua &usulan"), "acceptAll", lambda: self.accept_asked.emit(self.confidence.value() / 100)
            )
        )
        row1.addWidget(self._button(self.tr("&Muat lembar pemetaan..."), "loadSheet", self.sheet_asked.emit))
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Keputusan untuk unit terpilih:"), page))
        row2.addWidget(self.action)
        row2.addWidget(
            self._button(
                self.tr("Tetapka&n (pilih unit tujuan)..."), "decide", lambda: self.decision_asked.emit(self.action.currentData())
            )
        )
        row2.addWidget(self._button(self.tr("&Hapus keputusan"), "clearDecision", self.clear_asked.emit))
        row2.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row1)
        layout.addWidget(self.mapping, 1)
        layout.addLayout(row2)
        return page

    def _impact_tab(self) -> QWidget:
        page = QWidget(self)
        self.totals = QLabel(page)
        self.totals.setObjectName("impactTotals")
        self.totals.setWordWrap(True)
        pd_headers = [
            self.tr("Perangkat daerah"),
            self.tr("Pegawai"),
            self.tr("Jabatan struktural"),
            self.tr("Aset"),
            self.tr("Nilai aset"),
        ]
        self.source_model = QStandardItemModel(0, 5, self)
        self.source_model.setHorizontalHeaderLabels(pd_headers)
        self.target_model = QStandardItemModel(0, 5, self)
        self.target_model.setHorizontalHeaderLabels(pd_headers)
        self.problems_model = QStandardItemModel(self)
        grid = QSplitter(Qt.Orientation.Horizontal, page)
        for title, model, name in (
            (self.tr("Per perangkat daerah asal"), self.source_model, "impactBySource"),
            (self.tr("Per perangkat daerah tujuan"), self.target_model, "impactByTarget"),
        ):
            box = QGroupBox(title, page)
            view = _table(box, name)
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            QVBoxLayout(box).addWidget(view)
            grid.addWidget(box)
        problems = QListView(page)
        problems.setObjectName("applyProblems")
        problems.setWordWrap(True)
        problems.setModel(self.problems_model)
        problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Where a split or a dissolution leaves a choice: the user places people and assets.
        self.placing_tabs = QTabWidget(page)
        self.placing = {entity: PlacingBox(page, entity) for entity in ("staff", "asset")}
        self.placing_tabs.addTab(self.placing["staff"], self.tr("Pe&gawai"))
        self.placing_tabs.addTab(self.placing["asset"], self.tr("A&set"))
        self.placing_tabs.addTab(problems, self.tr("Yang menahan penerapan"))
        for box in self.placing.values():
            box.place_asked.connect(self.place_asked)
            box.accept_asked.connect(self.accept_placement_asked)
            box.unplace_asked.connect(self.unplace_asked)
        lower = QSplitter(Qt.Orientation.Vertical, page)
        lower.addWidget(grid)
        lower.addWidget(self.placing_tabs)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        self.bast = QLineEdit(page)
        self.bast.setObjectName("bastPrefix")
        self.bast.setPlaceholderText(self.tr("mis. BAST/ORG/2026"))
        self.accept_proposed = QCheckBox(self.tr("Terima usulan penempatan pegawai dan aset"), page)
        self.accept_proposed.setObjectName("acceptProposed")
        self.apply_button = self._button(self.tr("Te&rapkan draf..."), "applyDraft", self.apply_asked.emit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Awalan nomor BAST"), page))
        row.addWidget(self.bast, 1)
        row.addWidget(self.accept_proposed)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.totals)
        layout.addWidget(lower, 1)
        layout.addLayout(row)
        return page

    # -- showing ----------------------------------------------------------------------

    def current_draft(self) -> Draft | None:
        index = self.choice.currentIndex()
        return self.drafts[index] if 0 <= index < len(self.drafts) else None

    def show_drafts(self, found: list[Draft], choose: int | None) -> None:
        """The region's drafts; ``choose`` (an edition id) becomes the current one."""
        self.drafts = found
        self.choice.blockSignals(True)
        self.choice.clear()
        for draft in found:
            self.choice.addItem(f"{draft.name} ({self.status_names.get(draft.status, draft.status)})", draft.edition_id)
        ids = [d.edition_id for d in found]
        self.choice.setCurrentIndex(ids.index(choose) if choose in ids else len(ids) - 1)
        self.choice.blockSignals(False)
        fill_rows(
            self.drafts_model,
            [
                (
                    d.name,
                    self.status_names.get(d.status, d.status),
                    d.planned_legal_basis or "",
                    d.effective_date or "",
                    d.created_at[:10],
                )
                for d in found
            ],
        )
        self._on_choice()

    def show_steps(self, steps: list[drafts.Step]) -> None:
        fill_rows(self.history_model, [(f"{s.at[:16].replace('T', ' ')}  {self.status_names.get(s.status, s.status)}  ({s.os_user})"
                                    + (f": {s.note}" if s.note else ""),) for s in steps])  # fmt: skip

    def _on_choice(self) -> None:
        draft = self.current_draft()
        allowed = drafts.TRANSITIONS.get(draft.status, ()) if draft else ()
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed)
        self.apply_button.setEnabled(draft is not None and draft.status == "approved")
        if draft is None:
            self.view = None  # the last draft went (its start undone): nothing of it stays shown
            self.mapping_model.set_rows([])
            for model in (self.source_model, self.target_model, self.problems_model):
                fill_rows(model, [])
            for box in self.placing.values():
                box.show_rows([])
            self.undecided_label.clear()
            self.totals.clear()
            self.state.setText(self.tr('Belum ada draf penataan di wilayah ini: mulai dengan "Draf baru".'))
        else:
            self.state.setText(
                self.tr("Status: {status} · berlaku {date}").format(
                    status=self.status_names.get(draft.status, draft.status), date=draft.effective_date or "-"
                )
            )
            self.draft_chosen.emit(draft.edition_id)

    def show_loading(self) -> None:
        self.undecided_label.setText(self.tr("Membaca usulan dan dampak..."))

    def show_view(self, view: DraftView) -> None:
        self.view = view
        self.mapping_model.set_rows(view.rows)
        if view.undecided:
            self.undecided_label.setText(self.tr("{count} unit belum diputuskan").format(count=view.undecided))
        else:
            self.undecided_label.setText(self.tr("Semua unit sudah diputuskan"))
        t = view.totals
        self.totals.setText(
            self.tr(
                "{people} pegawai ({bench} di bangku tunggu), {posts} jabatan struktural, {assets} aset senilai {value}."
            ).format(
                people=t["people"], bench=view.on_bench, posts=t["structural_posts"], assets=t["assets"],
                value=format_rupiah(t["value_sen"]),
            )
        )  # fmt: skip
        bench = self.tr("(bangku tunggu)")

        def pd_rows(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
            return [
                (
                    r["name"] or bench,
                    r["people"],
                    r["structural_posts"],
                    r["assets"],
                    format_rupiah(r["value_sen"]),
                )
                for r in rows
            ]

        fill_rows(self.source_model, pd_rows(view.by_source))
        fill_rows(self.target_model, pd_rows(view.by_target))
        for entity, rows in (("staff", view.people), ("asset", view.assets)):
            self.placing[entity].show_rows(rows)
            waiting = self.placing[entity].model.waiting_count()
            word = self.tr("Pe&gawai ({count})") if entity == "staff" else self.tr("A&set ({count})")
            self.placing_tabs.setTabText(self.placing_tabs.indexOf(self.placing[entity]), word.format(count=waiting))
        problems = [(translated(p.template, p.params),) for p in view.problems]
        self.placing_tabs.setTabText(2, self.tr("Yang menahan penerapan ({count})").format(count=len(problems)))
        fill_rows(self.problems_model, problems or [(self.tr("Tidak ada: semua unit, pegawai dan aset sudah punya tujuan."),)])

    def _filter_undecided(self, only: bool) -> None:
        self.mapping_proxy.setFilterFixedString(self.action_names["undecided"] if only else "")

    def chosen_units(self) -> list[int]:
        rows = self.mapping.selectionModel().selectedRows()
        return [int(index.data(UnitIdRole)) for index in rows]
