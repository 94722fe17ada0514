"""The editor beside the tree: a form for the selected region, edition or unit.

The panel only shows and asks; every edit leaves as a signal with plain values, and
the window turns it into an undoable command (ui/commands.py).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.deferred import deferred
from core.eselon import eselon_label
from core.reference import ESELON_ORDER, load_reference
from ui.keys import bind_row_keys
from ui.labels import EDITION_STATUSES, REGION_KINDS, kind_label, label
from ui.models.functions import COLUMN_NUMBER, COLUMN_TEXT, COLUMN_URUSAN, FunctionsModel
from ui.panels.lazy import LazyPage

if TYPE_CHECKING:
    from core import regions, unit_content, units
    from core.store import Store
else:  # read when a record is shown, after the window is painted
    regions, unit_content, units = deferred("core.regions"), deferred("core.unit_content"), deferred("core.units")

if TYPE_CHECKING:
    from ui.panels.assets import AssetsPage
    from ui.panels.chart_view import ChartView
    from ui.panels.people import PeoplePage


def _combo(items: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value if value is not None else "")
    combo.setCurrentIndex(max(0, index))


class UrusanDelegate(QStyledItemDelegate):
    """Chooses a statement's urusan from the official list."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for urusan in load_reference().urusan.values():
            combo.addItem(urusan.label, urusan.code)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        _set_combo(editor, index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class LineField(QLineEdit):
    """A line edit that reports a committed change once (Enter or leaving the field)."""

    committed = Signal(str, str)  # field, text

    def __init__(self, field: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.loaded = ""
        self.editingFinished.connect(self._on_editing_finished)

    def load(self, text: str | None) -> None:
        self.loaded = text or ""
        self.setText(self.loaded)

    def _on_editing_finished(self) -> None:
        if self.text() != self.loaded:
            self.loaded = self.text()
            self.committed.emit(self.field, self.text())


class UnitPage(QWidget):
    field_edited = Signal(int, str, object)
    functions_edited = Signal(int, list)
    urusan_edited = Signal(int, list)
    programs_edited = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id = 0
        self.read_only = False
        self.ref = load_reference()
        self.title = QLabel(self)
        self.title.setObjectName("unitTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.path = QLabel(self)
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name = LineField("name", self)
        self.name.setObjectName("unitName")
        self.short_name = LineField("short_name", self)
        self.head_title = LineField("head_title", self)
        self.code = LineField("code", self)
        self.kind = _combo([(k.kind, kind_label(k)) for k in self.ref.unit_kinds.values()], self)
        self.kind.setObjectName("unitKind")
        self.typology = _combo([("", "—"), ("A", "A"), ("B", "B"), ("C", "C")], self)
        self.eselon = _combo([("", "—"), *[(e, eselon_label(e)) for e in ESELON_ORDER]], self)
        form = QFormLayout()
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("&Jenis"), self.kind)
        form.addRow(self.tr("Nama s&ingkat"), self.short_name)
        form.addRow(self.tr("Tipo&logi"), self.typology)
        form.addRow(self.tr("Jabatan &kepala"), self.head_title)
        form.addRow(self.tr("&Eselon kepala"), self.eselon)
        form.addRow(self.tr("Ko&de"), self.code)
        for line in (self.name, self.short_name, self.head_title, self.code):
            line.committed.connect(self._on_line_committed)
        self.kind.activated.connect(lambda _i: self._emit("kind", self.kind.currentData()))
        self.typology.activated.connect(lambda _i: self._emit("typology", self.typology.currentData() or None))
        self.eselon.activated.connect(lambda _i: self._emit("eselon", self.eselon.currentData() or None))

        # Functions
        self.functions = FunctionsModel(self)
        self.functions.edited.connect(lambda items: self.functions_edited.emit(self.unit_id, items))
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("functionsTable")
        self.table.setModel(self.functions)
        self.table.setItemDelegateForColumn(COLUMN_URUSAN, UrusanDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_URUSAN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_function = QPushButton(self.tr("Tambah &fungsi"), self)
        self.remove_function = QPushButton(self.tr("&Hapus fungsi"), self)
        self.up_function = QPushButton(self.tr("Naik"), self)
        self.down_function = QPushButton(self.tr("Turun"), self)
        self.add_function.clicked.connect(self._on_add_function)
        self.remove_function.clicked.connect(self._on_remove_function)
        self.up_function.clicked.connect(lambda: self._on_move_function(-1))
        self.down_function.clicked.connect(lambda: self._on_move_function(1))
        bind_row_keys(self.table, remove=self.remove_function)
        for keys, button in (("Alt+Up", self.up_function), ("Alt+Down", self.down_function)):
            # As in the tree: Alt+arrows move the chosen statement.
            shortcut = QShortcut(QKeySequence(keys), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(keys.replace("Up", "↑").replace("Down", "↓"))
        buttons = QHBoxLayout()
        for button in (self.add_function, self.remove_function, self.up_function, self.down_function):
            buttons.addWidget(button)
        buttons.addStretch(1)
        functions_box = QGroupBox(self.tr("Tugas dan fungsi"), self)
        functions_layout = QVBoxLayout(functions_box)
        functions_layout.addWidget(self.table)
        functions_layout.addLayout(buttons)

        # Urusan and programs
        self.urusan_label = QLabel(self)
        self.urusan_label.setObjectName("urusanLabel")
        self.urusan_label.setWordWrap(True)
        self.urusan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pick_urusan = QPushButton(self.tr("Pilih &urusan..."), self)
        self.pick_urusan.clicked.connect(self._on_pick_urusan)
        self.programs = LineField("programs", self)
        self.programs.setPlaceholderText(self.tr("mis. 3.27.03, 3.27.04 (pisahkan dengan koma)"))
        self.programs.committed.connect(self._on_programs_committed)
        urusan_box = QGroupBox(self.tr("Urusan pemerintahan yang diemban"), self)
        urusan_layout = QFormLayout(urusan_box)
        urusan_row = QHBoxLayout()
        urusan_row.addWidget(self.urusan_label, 1)
        urusan_row.addWidget(self.pick_urusan, 0, Qt.AlignmentFlag.AlignTop)
        urusan_layout.addRow(self.tr("Urusan"), urusan_row)
        urusan_layout.addRow(self.tr("&Program"), self.programs)

        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.path)
        layout.addLayout(form)
        layout.addWidget(urusan_box)
        layout.addWidget(functions_box, 1)
        layout.addWidget(self.counts)
        self._urusan: list[str] = []
        # Tab goes down the page as it reads: the form, then urusan and programs, then functions.
        order = [self.name, self.kind, self.short_name, self.typology, self.head_title, self.eselon, self.code]
        order += [self.pick_urusan, self.programs, self.table, self.add_function, self.remove_function]
        order += [self.up_function, self.down_function]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _emit(self, field: str, value: Any) -> None:
        if self.unit_id:
            self.field_edited.emit(self.unit_id, field, value)

    def _on_line_committed(self, field: str, text: str) -> None:
        self._emit(field, text)

    def _on_programs_committed(self, _field: str, text: str) -> None:
        codes = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        self.programs_edited.emit(self.unit_id, codes)

    def _on_pick_urusan(self) -> None:
        from ui.dialogs.urusan_picker import UrusanPicker

        picker = UrusanPicker(self._urusan, self)
        if picker.exec():
            codes = picker.chosen()
            if codes != self._urusan:
                self.urusan_edited.emit(self.unit_id, codes)

    def _selected_function_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_add_function(self) -> None:
        row = self._selected_function_row()
        self.functions_edited.emit(self.unit_id, self.functions.with_added(self.tr("fungsi baru"), row + 1 if row >= 0 else None))

    def _on_remove_function(self) -> None:
        row = self._selected_function_row()
        if row >= 0:
            self.functions_edited.emit(self.unit_id, self.functions.without(row))

    def _on_move_function(self, offset: int) -> None:
        row = self._selected_function_row()
        if row >= 0 and 0 <= row + offset < self.functions.rowCount():
            self._pending_select = row + offset
            self.functions_edited.emit(self.unit_id, self.functions.with_moved(row, offset))

    _pending_select = -1

    @staticmethod
    def _inherited_urusan(store: Store, unit_id: int) -> tuple[str, list[str]] | None:
        """The nearest ancestor that carries urusan, and its codes (a bidang works for its PD's urusan)."""
        for ancestor in reversed(units.ancestors(store, unit_id)):
            codes = unit_content.urusan_of(store, ancestor)
            if codes:
                return units.get_unit(store, ancestor).name, codes
        return None

    def load(self, store: Store, unit_id: int) -> None:
        unit = units.get_unit(store, unit_id)
        same = unit_id == self.unit_id
        self.unit_id = unit_id
        self.read_only = store.read_only
        kind = self.ref.unit_kind(unit.kind)
        self.title.setText(f"{kind_label(kind)}: {unit.name}")
        edition = regions.get_edition(store, unit.edition_id)
        names = [units.get_unit(store, a).name for a in units.ancestors(store, unit_id)]
        self.path.setText(" › ".join([regions.get_region(store, edition.region_id).name, edition.name, *names]))
        self.name.load(unit.name)
        self.short_name.load(unit.short_name)
        self.head_title.load(unit.head_title)
        self.code.load(unit.code)
        _set_combo(self.kind, unit.kind)
        _set_combo(self.typology, unit.typology)
        _set_combo(self.eselon, unit.eselon)
        content = unit_content.content_summary(store, unit_id)
        selected = self._pending_select if same and self._pending_select >= 0 else (self._selected_function_row() if same else -1)
        self._pending_select = -1
        self.functions.set_items(content["functions"], store.read_only)
        if 0 <= selected < self.functions.rowCount():
            self.table.selectRow(selected)
        self._urusan = content["urusan"]
        labels = [self.ref.urusan[c].label if c in self.ref.urusan else c for c in self._urusan]
        if labels:
            self.urusan_label.setText("\n".join(labels))
        else:
            inherited = self._inherited_urusan(store, unit_id)
            self.urusan_label.setText(
                self.tr("(tidak ada; mengikuti {pd}: {urusan})").format(pd=inherited[0], urusan=", ".join(inherited[1]))
                if inherited
                else self.tr("(belum ada urusan)")
            )
        self.programs.load(", ".join(content["programs"]))
        impact = units.delete_impact(store, unit_id)
        self.counts.setText(
            self.tr("{units} sub-unit · {positions} jabatan · {staff} pegawai · {assets} aset (termasuk sub-unit)").format(
                units=impact.units - 1, positions=impact.positions, staff=impact.staff, assets=impact.assets
            )
        )
        for widget in (self.name, self.short_name, self.head_title, self.code, self.programs):
            widget.setReadOnly(store.read_only)
        for widget in (
            self.kind,
            self.typology,
            self.eselon,
            self.pick_urusan,
            self.add_function,
            self.remove_function,
            self.up_function,
            self.down_function,
        ):
            widget.setEnabled(not store.read_only)


class RecordPage(QWidget):
    """Fields of a region or an edition."""

    field_edited = Signal(str, int, str, object)  # entity, id, field, value
    relevant_edited = Signal(int, list)  # region id, pilihan urusan codes

    def __init__(self, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.record_id = 0
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.name = LineField("name", self)
        self.name.committed.connect(lambda f, t: self._emit(f, t))
        form = QFormLayout()
        form.addRow(self.tr("&Nama"), self.name)
        self.lines: list[LineField] = [self.name]
        if entity == "region":
            self.kind = _combo([(k, label(REGION_KINDS, k)) for k in REGION_KINDS], self)
            self.kind.activated.connect(lambda _i: self._emit("kind", self.kind.currentData()))
            self.code = LineField("code", self)
            self.code.committed.connect(lambda f, t: self._emit(f, t))
            form.addRow(self.tr("&Jenis"), self.kind)
            form.addRow(self.tr("&Kode wilayah"), self.code)
            self.relevant = QLabel(self)
            self.relevant.setObjectName("relevantUrusan")
            self.relevant.setWordWrap(True)
            self.pick_relevant = QPushButton(self.tr("&Pilih..."), self)
            self.pick_relevant.clicked.connect(self._on_pick_relevant)
            row = QHBoxLayout()
            row.addWidget(self.relevant, 1)
            row.addWidget(self.pick_relevant, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(self.tr("Urusan pilihan\nyang relevan"), row)
            self._relevant: list[str] = []
            self.lines.append(self.code)
            self.combos = [self.kind]
        else:
            self.status = _combo([(k, label(EDITION_STATUSES, k)) for k in EDITION_STATUSES], self)
            self.status.activated.connect(lambda _i: self._emit("status", self.status.currentData()))
            self.legal_number = LineField("legal_number", self)
            self.legal_number.committed.connect(lambda f, t: self._emit(f, t))
            self.legal_date = QDateEdit(self)
            self.legal_date.setCalendarPopup(True)
            self.legal_date.setDisplayFormat("dd-MM-yyyy")
            self.legal_date.setSpecialValueText("—")
            self.legal_date.setMinimumDate(QDate(1945, 1, 1))
            self.legal_date.editingFinished.connect(self._on_date)
            self.legal_basis = QPlainTextEdit(self)
            self.legal_basis.setObjectName("legalBasis")
            self.legal_basis.setTabChangesFocus(True)
            self.legal_basis.setMaximumHeight(90)
            self.legal_basis.installEventFilter(self)
            form.addRow(self.tr("Stat&us"), self.status)
            form.addRow(self.tr("Dasar &hukum"), self.legal_basis)
            form.addRow(self.tr("No&mor"), self.legal_number)
            form.addRow(self.tr("Tan&ggal"), self.legal_date)
            self.lines.append(self.legal_number)
            self.combos = [self.status]
            self._basis_loaded = ""
            self._date_loaded: str | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if self.entity == "edition" and watched is self.legal_basis and event.type() == event.Type.FocusOut:
            text = self.legal_basis.toPlainText()
            if text != self._basis_loaded:
                self._basis_loaded = text
                self._emit("legal_basis", text)
        return super().eventFilter(watched, event)

    def _on_pick_relevant(self) -> None:
        from ui.dialogs.urusan_picker import UrusanPicker

        picker = UrusanPicker(self._relevant, self, groups={"pilihan"})
        if picker.exec():
            codes = picker.chosen()
            if sorted(codes) != sorted(self._relevant):
                self.relevant_edited.emit(self.record_id, codes)

    def _on_date(self) -> None:
        date = self.legal_date.date()
        value = None if date == self.legal_date.minimumDate() else date.toString("yyyy-MM-dd")
        if value != self._date_loaded:
            self._date_loaded = value
            self._emit("legal_date", value)

    def _emit(self, field: str, value: Any) -> None:
        if self.record_id:
            self.field_edited.emit(self.entity, self.record_id, field, value)

    def load(self, store: Store, record_id: int) -> None:
        self.record_id = record_id
        if self.entity == "region":
            region = regions.get_region(store, record_id)
            self.title.setText(self.tr("Wilayah: {name}").format(name=region.name))
            self.name.load(region.name)
            _set_combo(self.kind, region.kind)
            self.code.load(region.code)
            editions = regions.list_editions(store, record_id)
            self.summary.setText(self.tr("{count} edisi struktur.").format(count=len(editions)))
            self._relevant = regions.relevant_urusan(store, record_id)
            ref = load_reference().urusan
            self.relevant.setText(
                "\n".join(ref[c].label for c in self._relevant if c in ref)
                or self.tr("(belum ada; pemeriksaan kekosongan hanya meminta urusan wajib)")
            )
            self.pick_relevant.setEnabled(not store.read_only)
        else:
            edition = regions.get_edition(store, record_id)
            self.title.setText(self.tr("Edisi: {name}").format(name=edition.name))
            self.name.load(edition.name)
            _set_combo(self.status, edition.status)
            self.legal_number.load(edition.legal_number)
            self._basis_loaded = edition.legal_basis or ""
            self.legal_basis.setPlainText(self._basis_loaded)
            self._date_loaded = edition.legal_date
            self.legal_date.setDate(
                QDate.fromString(edition.legal_date, "yyyy-MM-dd") if edition.legal_date else self.legal_date.minimumDate()
            )
            count = regions.unit_counts(store).get(record_id, (0, 0))[0]
            self.summary.setText(self.tr("{count} unit dalam edisi ini.").format(count=count))
            self.legal_basis.setReadOnly(store.read_only)
            self.legal_date.setReadOnly(store.read_only)
        for line in self.lines:
            line.setReadOnly(store.read_only)
        for combo in self.combos:
            combo.setEnabled(not store.read_only)


class EditorPanel(QStackedWidget):
    """Shows the page for what is selected in the tree."""

    new_region_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QWidget(self)
        self.hint = QLabel(self.empty)
        self.hint.setObjectName("editorHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.new_region = QPushButton(self.tr("&Wilayah baru..."), self.empty)
        self.new_region.clicked.connect(self.new_region_requested)
        hint_layout = QVBoxLayout(self.empty)
        hint_layout.addStretch(1)
        hint_layout.addWidget(self.hint)
        hint_layout.addWidget(self.new_region, 0, Qt.AlignmentFlag.AlignHCenter)
        hint_layout.addStretch(1)
        self.show_nothing()
        self.unit_page = UnitPage(self)
        # The other tabs are built when first shown (or asked for): a start that shows a region
        # pays for none of them.
        self.people_tab: LazyPage[PeoplePage] = LazyPage(_people_page, self)
        self.assets_tab: LazyPage[AssetsPage] = LazyPage(_unit_assets_page, self)
        self.chart_tab: LazyPage[ChartView] = LazyPage(_chart_view, self)
        self.unit_tabs = QTabWidget(self)
        self.unit_tabs.setObjectName("unitTabs")
        self.unit_tabs.addTab(self._scrolled(self.unit_page), self.tr("Struktur dan fungsi"))
        self.unit_tabs.addTab(self._scrolled(self.people_tab), self.tr("Jabatan && pegawai"))
        self.unit_tabs.addTab(self.assets_tab, self.tr("Aset"))
        self.unit_tabs.addTab(self.chart_tab, self.tr("Bagan"))
        self.unit_tabs.currentChanged.connect(lambda _i: self._load_people())
        self.region_page = RecordPage("region", self)
        self.edition_page = RecordPage("edition", self)
        self.region_chart_tab: LazyPage[ChartView] = LazyPage(_chart_view, self)
        self.edition_tabs = QTabWidget(self)
        self.edition_tabs.setObjectName("editionTabs")
        self.edition_tabs.addTab(self._scrolled(self.edition_page), self.tr("Edisi"))
        self.edition_tabs.addTab(self.region_chart_tab, self.tr("Bagan perangkat daerah"))
        self.edition_tabs.currentChanged.connect(lambda _i: self._load_region_chart())
        for page in (self.empty, self.unit_tabs, self._scrolled(self.region_page), self.edition_tabs):
            self.addWidget(page)
        self.store: Store | None = None
        self.current: tuple[str, int] | None = None

    @property
    def people_page(self) -> PeoplePage:
        return self.people_tab.page

    @property
    def assets_page(self) -> AssetsPage:
        return self.assets_tab.page

    @property
    def chart(self) -> ChartView:
        return self.chart_tab.page

    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def show_nothing(self, file_is_empty: bool = False) -> None:
        """The page shown when nothing is selected; a file without any region says how to start."""
        self.current = None
        if file_is_empty:
            self.hint.setText(self.tr("Berkas ini belum berisi wilayah. Mulailah dengan membuat wilayah dan edisi strukturnya."))
        else:
            self.hint.setText(self.tr("Pilih wilayah, edisi atau unit di pohon struktur."))
        self.new_region.setVisible(file_is_empty)
        self.setCurrentIndex(0)

    def show_record(self, store: Store, kind: str, record_id: int) -> None:
        self.current = (kind, record_id)
        self.store = store
        if kind == "unit":
            self.unit_page.load(store, record_id)
            self._load_people()
            self.setCurrentIndex(1)
        elif kind == "region":
            self.region_page.load(store, record_id)
            self.setCurrentIndex(2)
        else:
            self.edition_page.load(store, record_id)
            self._load_region_chart()
            self.setCurrentIndex(3)

    def _load_people(self) -> None:
        """The positions/staff, asset and chart tabs are read only while they are the one shown."""
        if self.store is None or self.current is None or self.current[0] != "unit":
            return
        if self.unit_tabs.currentIndex() == 1:
            self.people_page.load(self.store, self.current[1])
        elif self.unit_tabs.currentIndex() == 2:
            self.assets_page.load_unit(self.store, self.current[1])
        elif self.unit_tabs.currentIndex() == 3:
            self.chart.load(self.store, self.current[1])

    def _load_region_chart(self) -> None:
        """The edition's Bagan Susunan Perangkat Daerah, read only while its tab is shown."""
        if self.store is None or self.current is None or self.current[0] != "edition" or self.edition_tabs.currentIndex() != 1:
            return
        edition = regions.get_edition(self.store, self.current[1])
        self.region_chart_tab.page.load_region(self.store, edition.id, regions.get_region(self.store, edition.region_id).name)

    def refresh(self, store: Store) -> None:
        """Reload what is shown (after an edit or an undo), or clear it if it is gone."""
        if self.current is None:
            return
        try:
            self.show_record(store, *self.current)
        except Exception:  # noqa: BLE001 - the record was deleted
            self.show_nothing()


def _people_page(parent: QWidget) -> PeoplePage:
    from ui.panels.people import PeoplePage

    return PeoplePage(parent)


def _unit_assets_page(parent: QWidget) -> AssetsPage:
    from ui.panels.assets import AssetsPage

    return AssetsPage(region=False, parent=parent)


def _chart_view(parent: QWidget) -> ChartView:
    from ui.panels.chart_view import ChartView

    return ChartView(parent)
