"""The "Jabatan & pegawai" tab of a unit: its positions (need against bezetting); below them, as tabs,
its staff with JPM and the most common gaps, and the competency standard of the selected position."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import competency, positions
from core.eselon import eselon_label
from core.reference import ESELON_ORDER
from core.staff import StaffFilter
from core.store import Store
from ui.keys import bind_row_keys
from ui.labels import COMPETENCY_KINDS, label
from ui.models.lazy_list import attach_view
from ui.models.positions import (
    CATEGORY_LABELS,
    LEVEL_LABELS,
    P_CATEGORY,
    P_ESELON,
    P_LEVEL,
    P_TITLE,
    PositionsModel,
    StandardModel,
    tr_label,
)
from ui.models.staff_list import StaffIdRole, StaffListModel
from ui.panels.columns import fit_columns, fit_text_columns
from ui.panels.remembered_splitter import remember_sizes


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over fixed choices (value, label) for one column."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self.choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: object) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: object, index: object) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


# Name, position and unit widened to the first rows shown, up to these pixels (longer: the tooltip).
STAFF_TEXT_CAPS = {1: 260, 4: 320, 5: 300}


def staff_columns(view: QTableView) -> None:
    """Columns as wide as a NIP, a golongan, a JPM score and their headers; the text columns
    start at a width that fits most names and grow to the rows first shown; sorted by name."""
    fit_columns(
        view,
        {
            0: "00000000 000000 0 000",
            2: ["PNS", "PPPK"],
            3: ["III/d", "IV/e", "XVII"],
            6: "00",
            7: "00",
            8: "100,0%",
            9: "KMS",
            1: "M" * 14,
            4: "M" * 16,
            5: "M" * 14,
        },
    )
    header = view.horizontalHeader()
    # The model starts sorted by name; show that without asking it to sort (and read) again.
    header.blockSignals(True)
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    header.blockSignals(False)


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PeoplePage(QWidget):
    """Asks the window for changes through signals with plain values."""

    position_edited = Signal(int, str, object)
    position_added = Signal(int)  # unit id
    position_removed = Signal(int)  # position id
    standard_edited = Signal(int, dict)  # position id, levels
    staff_added = Signal(int)  # unit id
    staff_opened = Signal(int)  # staff id
    staff_moved = Signal(list)  # staff ids
    staff_removed = Signal(list)  # staff ids
    competency_defined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.unit_id = 0
        self.positions = PositionsModel(self)
        self.positions.edited.connect(self.position_edited)
        self.positions_view = _table(self, "positionsTable")
        self.positions_view.setModel(self.positions)
        self.positions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.positions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(P_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.positions_view.setItemDelegateForColumn(
            P_CATEGORY, ChoiceDelegate([(k, tr_label(CATEGORY_LABELS, k)) for k in CATEGORY_LABELS], self)
        )
        self.positions_view.setItemDelegateForColumn(
            P_LEVEL, ChoiceDelegate([("", "—"), *[(k, tr_label(LEVEL_LABELS, k)) for k in LEVEL_LABELS]], self)
        )
        self.positions_view.setItemDelegateForColumn(
            P_ESELON, ChoiceDelegate([("", "—"), *[(e, eselon_label(e)) for e in ESELON_ORDER]], self)
        )
        self.positions_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_standard())
        self.add_position = QPushButton(self.tr("Tambah &jabatan"), self)
        self.remove_position = QPushButton(self.tr("Hapus jabatan"), self)
        self.add_position.clicked.connect(lambda: self.position_added.emit(self.unit_id))
        self.remove_position.clicked.connect(self._on_remove_position)

        self.standard = StandardModel(self)
        self.standard.edited.connect(lambda levels: self.standard_edited.emit(self._current_position(), levels))
        self.standard_view = _table(self, "standardTable")
        self.standard_view.setModel(self.standard)
        self.standard_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.standard_view.horizontalHeader().setStretchLastSection(False)
        self.standard_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_competency = QComboBox(self)
        self.add_competency.setObjectName("addCompetency")
        self.add_competency.activated.connect(self._on_add_competency)
        self.remove_competency = QPushButton(self.tr("Hapus dari standar"), self)
        self.remove_competency.clicked.connect(self._on_remove_competency)
        self.new_competency = QPushButton(self.tr("Kompetensi teknis baru..."), self)
        self.new_competency.clicked.connect(self.competency_defined)

        positions_box = QGroupBox(self.tr("Jabatan (kebutuhan menurut anjab/ABK dan bezetting)"), self)
        box = QVBoxLayout(positions_box)
        box.addWidget(self.positions_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_position)
        row.addWidget(self.remove_position)
        row.addStretch(1)
        box.addLayout(row)
        standard_box = QWidget(self)
        box = QVBoxLayout(standard_box)
        self.standard_title = QLabel(self)
        box.addWidget(self.standard_title)
        box.addWidget(self.standard_view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tambah kompetensi:"), self))
        row.addWidget(self.add_competency, 1)
        row.addWidget(self.remove_competency)
        row.addWidget(self.new_competency)
        box.addLayout(row)

        self.staff: StaffListModel | None = None
        self.staff_view = _table(self, "unitStaffTable")
        self.staff_view.setSortingEnabled(True)
        self.staff_view.doubleClicked.connect(lambda index: self.staff_opened.emit(index.data(StaffIdRole)))
        self.with_subunits = QCheckBox(self.tr("termasuk sub-unit"), self)
        self.with_subunits.setChecked(True)
        self.with_subunits.toggled.connect(lambda _on: self._load_staff())
        self.add_staff = QPushButton(self.tr("Tambah &pegawai"), self)
        self.edit_staff = QPushButton(self.tr("&Ubah..."), self)
        self.move_staff = QPushButton(self.tr("Pin&dahkan..."), self)
        self.remove_staff = QPushButton(self.tr("Hapus pegawai"), self)
        self.add_staff.clicked.connect(lambda: self.staff_added.emit(self.unit_id))
        self.edit_staff.clicked.connect(lambda: self._emit_current(self.staff_opened))
        self.move_staff.clicked.connect(lambda: self.staff_moved.emit(self.selected_staff()))
        self.remove_staff.clicked.connect(lambda: self.staff_removed.emit(self.selected_staff()))
        bind_row_keys(self.staff_view, remove=self.remove_staff, open_=self.edit_staff)
        bind_row_keys(self.positions_view, remove=self.remove_position)
        bind_row_keys(self.standard_view, remove=self.remove_competency)
        self.gaps = QLabel(self)
        self.gaps.setObjectName("commonGaps")
        self.gaps.setWordWrap(True)
        staff_box = QWidget(self)
        box = QVBoxLayout(staff_box)
        row = QHBoxLayout()
        row.addWidget(self.add_staff)
        row.addWidget(self.edit_staff)
        row.addWidget(self.move_staff)
        row.addWidget(self.remove_staff)
        row.addStretch(1)
        row.addWidget(self.with_subunits)
        box.addLayout(row)
        box.addWidget(self.staff_view, 1)
        box.addWidget(self.gaps)

        # Below the positions, the staff and the chosen position's standard share one pane as
        # tabs: stacked three deep, a 1366×768 laptop left each table a row or two.
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.setObjectName("peopleLowerTabs")
        self.lower_tabs.addTab(staff_box, self.tr("Pegawai"))
        self.lower_tabs.addTab(standard_box, self.tr("Standar kompetensi"))
        # Two panes the user sizes (and the program remembers), not a fixed stack.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in ((positions_box, 2), (self.lower_tabs, 3)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([200, 300])
        remember_sizes(self.splitter, "people-tabs")
        self.setMinimumHeight(300)  # inside a scroll area: below this the page scrolls instead of squeezing the tables
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.names: dict[str, tuple[str, str]] = {}

    # -- loading ---------------------------------------------------------------------------

    def load(self, store: Store, unit_id: int) -> None:
        same_unit = store is self.store and unit_id == self.unit_id
        selected_position = self._current_position() if same_unit else None
        self.store, self.unit_id = store, unit_id
        read_only = store.read_only
        self.names = positions.known_competencies(store)
        self.positions.set_items(positions.positions_of(store, unit_id), read_only)
        if selected_position is not None:
            for row, item in enumerate(self.positions.items):
                if item.id == selected_position:
                    self.positions_view.selectRow(row)
        elif self.positions.items:
            self.positions_view.selectRow(0)
        self._show_standard()
        if self.staff is None or self.staff.store is not store:
            self.staff = StaffListModel(store, self)
            self.staff_view.setModel(self.staff)
            attach_view(self.staff_view)
            staff_columns(self.staff_view)
        self._load_staff()
        for widget in (
            self.add_position,
            self.remove_position,
            self.add_competency,
            self.remove_competency,
            self.new_competency,
            self.add_staff,
            self.edit_staff,
            self.move_staff,
            self.remove_staff,
        ):
            widget.setEnabled(not read_only)
        self.edit_staff.setEnabled(True)  # opening a person is reading too

    def _load_staff(self) -> None:
        if self.staff is None or self.store is None:
            return
        self.staff.set_filter(StaffFilter(unit_id=self.unit_id, with_subunits=self.with_subunits.isChecked()))
        fit_text_columns(self.staff_view, STAFF_TEXT_CAPS)
        gaps = competency.common_gaps(self.store, self.unit_id)
        if gaps:
            text = ", ".join(
                self.tr("{name} ({short} dari {assessed})").format(
                    name=self.names.get(code, (code, ""))[0], short=short, assessed=assessed
                )
                for code, short, assessed in gaps
            )
            self.gaps.setText(self.tr("Kompetensi yang paling sering kurang: {list}").format(list=text))
        else:
            self.gaps.setText(self.tr("Tidak ada kesenjangan kompetensi pada pegawai yang sudah diases."))

    def _current_position(self) -> int | None:
        index = self.positions_view.currentIndex()
        return self.positions.items[index.row()].id if index.isValid() and index.row() < len(self.positions.items) else None

    def _show_standard(self) -> None:
        position_id = self._current_position()
        read_only = self.store.read_only if self.store is not None else True
        if position_id is None or self.store is None:
            self.standard.set_standard({}, self.names, True)
            self.standard_title.setText(self.tr("Pilih jabatan untuk melihat standar kompetensinya."))
            self.lower_tabs.setTabText(1, self.tr("Standar kompetensi"))
            self.add_competency.clear()
            return
        levels = positions.standard_of(self.store, position_id)
        self.standard.set_standard(levels, self.names, read_only)
        title = next(p.title for p in self.positions.items if p.id == position_id)
        self.standard_title.setText(self.tr("Standar kompetensi {title}:").format(title=title))
        self.lower_tabs.setTabText(1, self.tr("Standar kompetensi: {title}").format(title=title))
        self.add_competency.clear()
        self.add_competency.addItem(self.tr("(pilih)"), None)
        for code, (name, kind) in self.names.items():
            if code not in levels:
                self.add_competency.addItem(f"{code} {name} [{label(COMPETENCY_KINDS, kind)}]", code)

    # -- actions ----------------------------------------------------------------------------

    def _on_remove_position(self) -> None:
        position_id = self._current_position()
        if position_id is not None:
            self.position_removed.emit(position_id)

    def _on_add_competency(self, _index: int) -> None:
        code = self.add_competency.currentData()
        position_id = self._current_position()
        if code and position_id is not None:
            self.standard_edited.emit(position_id, {**self.standard.levels, code: 3})

    def _on_remove_competency(self) -> None:
        index = self.standard_view.currentIndex()
        position_id = self._current_position()
        if index.isValid() and position_id is not None:
            code = self.standard.codes[index.row()]
            self.standard_edited.emit(position_id, {k: v for k, v in self.standard.levels.items() if k != code})

    def selected_staff(self) -> list[int]:
        rows = (
            sorted({index.row() for index in self.staff_view.selectionModel().selectedRows()})
            if self.staff_view.selectionModel()
            else []
        )
        return [self.staff.staff_id(r) for r in rows] if self.staff is not None else []

    def _emit_current(self, signal: Signal) -> None:
        index = self.staff_view.currentIndex()
        if index.isValid():
            signal.emit(index.data(StaffIdRole))  # type: ignore[attr-defined]
