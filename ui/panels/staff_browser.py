"""All staff of a region in one list (any length, fetched a page at a time), with a text
filter (name or NIP), status, nine-box box, and the nine-box grid itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import competency
from core.money import group_thousands
from core.reference import load_reference
from core.staff import StaffFilter
from core.store import Store
from ui.i18n import current_language
from ui.keys import bind_row_keys
from ui.models.lazy_list import attach_view
from ui.models.staff_list import StaffIdRole, StaffListModel
from ui.panels.active_filter import ActiveFilter
from ui.panels.columns import fit_text_columns
from ui.panels.people import STAFF_TEXT_CAPS, staff_columns
from ui.panels.seen import FillWhenSeen
from ui.region_choice import fill_region_choice, region_choice

ROW_LABELS = ("di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi")


class NineBoxGrid(QWidget):
    """Kinerja rows × potensi columns (PermenPAN-RB 3/2020); a box is a button with its count."""

    box_chosen = Signal(object)  # box number, or None for all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(4)
        self.buttons: dict[int, QPushButton] = {}
        boxes = load_reference().nine_box.values()
        kinerja_rows = {"di_atas_ekspektasi": 0, "sesuai_ekspektasi": 1, "di_bawah_ekspektasi": 2}
        potensi_columns = {"rendah": 1, "menengah": 2, "tinggi": 3}
        for box in boxes:
            button = QPushButton(self)
            button.setObjectName(f"box{box.box}")
            button.setCheckable(True)
            button.setMinimumSize(64, 34)
            button.setToolTip(box.rekomendasi if current_language() == "id" else box.recommendation)
            succession = box.box >= 7
            button.setStyleSheet(
                "QPushButton { background: %s; border: 1px solid #b8b8b8; border-radius: 3px; }"
                "QPushButton:checked { border: 2px solid #2a5db0; }" % ("#dff0d8" if succession else "#f5f5f5")
            )
            button.clicked.connect(lambda checked=False, number=box.box: self._on_clicked(number, checked))
            grid.addWidget(button, kinerja_rows[box.kinerja], potensi_columns[box.potensi])
            self.buttons[box.box] = button
        for row, text in enumerate(
            (self.tr("Kinerja di atas ekspektasi"), self.tr("Kinerja sesuai ekspektasi"), self.tr("Kinerja di bawah ekspektasi"))
        ):
            label = QLabel(text, self)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
        for column, text in enumerate(
            (self.tr("Potensi rendah"), self.tr("Potensi menengah"), self.tr("Potensi tinggi")), start=1
        ):
            grid.addWidget(QLabel(text, self), 3, column)
        self.counts: dict[int, int] = {}

    def set_counts(self, counts: dict[int, int]) -> None:
        self.counts = counts
        for number, button in self.buttons.items():
            button.setText(self.tr("Kotak {box}\n{count} orang").format(box=number, count=group_thousands(counts.get(number, 0))))

    def _on_clicked(self, number: int, checked: bool) -> None:
        for other, button in self.buttons.items():
            if other != number:
                button.setChecked(False)
        self.box_chosen.emit(number if checked else None)


class StaffBrowser(QWidget):
    staff_opened = Signal(int)
    unit_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.region_id: int | None = None
        self.model: StaffListModel | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("staffSearch")
        self.text.setPlaceholderText(self.tr("Cari nama atau NIP"))
        self.text.setClearButtonEnabled(True)
        self.region = region_choice(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("PNS dan PPPK"), None)
        self.status.addItem("PNS", "PNS")
        self.status.addItem("PPPK", "PPPK")
        self.unplaced = QCheckBox(self.tr("belum memegang jabatan"), self)
        self.count = QLabel(self)
        self.count.setObjectName("staffCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refilter)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self.update_counts)
        self._seen = FillWhenSeen(self, self._on_region)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refilter())
        self.unplaced.toggled.connect(lambda _on: self.refilter())
        self.region.activated.connect(lambda _i: self._on_region())
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setObjectName("regionStaffTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.doubleClicked.connect(lambda index: self.staff_opened.emit(index.data(StaffIdRole)))
        bind_row_keys(self.view, open_=lambda: self.staff_opened.emit(self.view.currentIndex().data(StaffIdRole)))
        self.show_unit = QPushButton(self.tr("Tampilkan unitnya di pohon"), self)
        self.show_unit.clicked.connect(self._on_show_unit)
        self.grid = NineBoxGrid(self)
        self.grid.box_chosen.connect(lambda _box: self.refilter())
        self.box_filter = ActiveFilter(self)
        self.box_filter.cleared.connect(self._on_box_cleared)
        top = QHBoxLayout()
        top.addWidget(self.region)
        top.addWidget(self.text, 1)
        top.addWidget(self.status)
        top.addWidget(self.unplaced)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.box_filter)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.show_unit)
        left_layout.addLayout(bottom)
        grid_box = QWidget(self)
        right_layout = QVBoxLayout(grid_box)
        caption = QLabel(self.tr("Sembilan kotak talenta (klik kotak untuk menyaring)"), self)
        caption.setWordWrap(True)
        right_layout.addWidget(caption)
        right_layout.addWidget(self.grid)
        right_layout.addStretch(1)
        right = QScrollArea(self)  # the grid may be larger than a small screen leaves it
        right.setWidget(grid_box)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_store(self, store: Store | None, regions: list[tuple[int, str]]) -> None:
        self.store = store
        self.set_regions(regions, refilter=False)
        if store is None:
            self.view.setModel(None)
            self.model = None
            return
        self.model = StaffListModel(store, self)
        self.view.setModel(self.model)
        attach_view(self.view)
        staff_columns(self.view)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Filled when first seen: the list of a whole region is not read for a window that
        # does not show it (the dock mostly sits behind the checks at start).
        self._seen.request()

    def _on_region(self) -> None:
        data = self.region.currentData()
        self.region_id = int(data) if data is not None else None
        self.refilter()

    def refilter(self) -> None:
        if self.model is None or self.store is None:
            return
        self._seen.pending = False  # filled now
        box = next((n for n, b in self.grid.buttons.items() if b.isChecked()), None)
        self.box_filter.show_filter(None if box is None else self.tr("Kotak {box}").format(box=box))
        self.model.set_filter(
            StaffFilter(
                region_id=self.region_id,
                text=self.text.text(),
                status=self.status.currentData(),
                box=box,
                unplaced=self.unplaced.isChecked(),
            )
        )
        fit_text_columns(self.view, STAFF_TEXT_CAPS)
        self.count.setText(self.tr("{count} pegawai").format(count=group_thousands(self.model.rowCount())))
        # The grid's counts (a pass over everyone) once the first rows are on screen.
        self._counts_timer.start()

    def _on_box_cleared(self) -> None:
        for button in self.grid.buttons.values():
            button.setChecked(False)
        self.refilter()

    def update_counts(self) -> None:
        """The nine-box counts of the region chosen."""
        self._counts_timer.stop()
        if self.store is not None:
            self.grid.set_counts(competency.nine_box(self.store, region_id=self.region_id))

    def set_regions(self, regions: list[tuple[int, str]], refilter: bool = True) -> None:
        """Offer these regions (after one was added or renamed), keeping the one chosen."""
        fill_region_choice(self.region, regions)
        if refilter and self.model is not None:
            self._on_region()

    def refresh(self) -> None:
        """After an edit: the same list, re-read (a person may have moved, or joined)."""
        self.refilter()

    def _on_show_unit(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model is not None:
            unit_id = self.model.unit_of(index.row())
            if unit_id is not None:
                self.unit_shown.emit(unit_id)
