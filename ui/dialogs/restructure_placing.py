"""The placement lists of *Dampak dan penerapan*: people on the bench and assets waiting on a
proposal (where a split or a dissolution leaves a choice), filtered and sorted, many chosen
at once, then placed in a unit (and post) of the draft, given their proposals, or sent back
to wait; and the chooser of that unit and post (the proposed ones first)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.positions import positions_of
from ui.dialogs.unit_chooser import UnitChooser
from ui.models.restructure_placing import PlacingModel

if TYPE_CHECKING:
    from core.restructure.placing import Waiting
    from core.store import Store


class PlacingBox(QWidget):
    """One list (people or assets) with its filter and its three actions. Enter places the
    chosen rows, Delete sends them back to wait."""

    place_asked = Signal(str)  # entity: 'staff' | 'asset'
    accept_asked = Signal(str)
    unplace_asked = Signal(str)

    def __init__(self, parent: QWidget, entity: str) -> None:
        super().__init__(parent)
        self.entity = entity
        people = entity == "staff"
        headers = [
            self.tr("NIP") if people else self.tr("Kode barang / register"),
            self.tr("Nama") if people else self.tr("Nama barang"),
            self.tr("Jabatan lama") if people else self.tr("Lokasi"),
            self.tr("Unit lama"),
            self.tr("Usulan"),
            self.tr("Alasan usulan"),
            self.tr("Keputusan"),
        ]
        self.model = PlacingModel(headers, self.tr("(bangku tunggu)") if people else self.tr("(menunggu keputusan)"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{entity}PlacingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Saring: nama, NIP, jabatan, unit") if people else self.tr("Saring: kode barang, nama, lokasi, unit")
        )
        self.search.textChanged.connect(self.model.set_filter)
        self.count = QLabel(self)
        self.count.setObjectName(f"{entity}PlacingCount")
        self.view = QTableView(self)
        self.view.setObjectName(f"{entity}Placing")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # waiting first until a header is clicked
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 200, 170, 170, 230, 230)):
            header.resizeSection(column, width)
        self.view.installEventFilter(self)
        self.place_button = self._button(self.tr("&Tempatkan di..."), f"{entity}Place", self.place_asked)
        self.accept_button = self._button(self.tr("Terima usula&n"), f"{entity}AcceptProposal", self.accept_asked)
        self.unplace_button = self._button(
            self.tr("Kembalikan ke &bangku") if people else self.tr("Kembalikan ke usu&lan"),
            f"{entity}Unplace",
            self.unplace_asked,
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.place_button, self.accept_button, self.unplace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: signal.emit(self.entity))  # type: ignore[attr-defined]
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.place_asked.emit(self.entity)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.unplace_asked.emit(self.entity)
                return True
        return super().eventFilter(watched, event)

    def show_rows(self, rows: list[Waiting]) -> None:
        self.model.set_rows(rows)
        waiting = self.model.waiting_count()
        if self.entity == "staff":
            text = self.tr("{waiting} di bangku tunggu, {decided} sudah ditempatkan")
        else:
            text = self.tr("{waiting} menunggu keputusan, {decided} sudah diputuskan")
        self.count.setText(text.format(waiting=waiting, decided=len(rows) - waiting))

    def chosen(self) -> list[Waiting]:
        return [self.model.row_at(index.row()) for index in self.view.selectionModel().selectedRows()]


class PlaceDialog(UnitChooser):
    """Where the chosen people or assets go: a unit of the draft, and for people a post in it;
    the unit and post the program proposes for most of them come first."""

    def __init__(
        self, parent: QWidget | None, store: Store, units: list[tuple[int, str]], chosen: list[Waiting], entity: str
    ) -> None:
        people = entity == "staff"
        title = self.tr("Tempatkan pegawai") if people else self.tr("Tempatkan aset")
        caption = (
            self.tr("{count} pegawai ditempatkan di unit draf:") if people else self.tr("{count} aset ke unit draf:")
        ).format(count=len(chosen))
        super().__init__(parent, units, title, caption)
        self.store = store
        self.proposed = Counter((w.proposed_unit_id, w.proposed_position_id) for w in chosen if w.proposed_unit_id is not None)
        self.position: QComboBox | None = None
        if people:
            self.position = QComboBox(self)
            self.position.setObjectName("placePosition")
            self.form.addRow(self.tr("Jabatan di unit tujuan"), self.position)
        if self.proposed:
            unit = Counter(u for u, _p in self.proposed.elements()).most_common(1)[0][0]
            for row in range(self.model.rowCount()):
                if self.model.item(row).data(Qt.ItemDataRole.UserRole) == unit:
                    self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                    self.list.scrollTo(self.list.currentIndex())
                    break

    def position_id(self) -> int | None:
        data = self.position.currentData() if self.position is not None else None
        return int(data) if data is not None else None

    def unit_changed(self) -> None:
        super().unit_changed()
        if self.position is None:
            return
        self.position.clear()
        unit_id = self.unit_id()
        posts = positions_of(self.store, unit_id) if unit_id is not None else []
        proposed = [p for (u, p), _n in self.proposed.most_common() if u == unit_id and p is not None]
        first = next((post for post in posts if proposed and post.id == proposed[0]), None)
        if first is not None:
            self.position.addItem(self.tr("{title} ({held}/{needed}) · usulan").format(
                title=first.title, held=first.held, needed=first.needed), first.id)  # fmt: skip
        self.position.addItem(self.tr("(tanpa jabatan)"), None)
        for post in posts:
            if post is not first:
                self.position.addItem(f"{post.title} ({post.held}/{post.needed})", post.id)
        self.position.setCurrentIndex(0)
