"""The small dialogs of the pohon kinerja: a text or two (visi, misi, tujuan, sasaran, a
priority program, a strategic issue), a Renstra item typed by code (named from the
nomenclature as it is typed, the nearest codes offered when it is unknown), an indicator with
its yearly targets, a choice (the sasaran or issue to link to), and an Asisten's or Staf
Ahli's perangkat daerah. Each hands its values to ``submit`` and stays open with the reason
when core refuses them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.deferred import deferred
from core.errors import SotkError
from ui.dialogs.submit_dialog import SubmitDialog
from ui.i18n import error_text

if TYPE_CHECKING:
    from core.plans import nomenclature_source, renstra
else:
    renstra = deferred("core.plans.renstra")
    nomenclature_source = deferred("core.plans.nomenclature_source")

Submit = Callable[..., str | None]
HINT_STYLE = "QLabel { color: #555; }"


class TextDialog(SubmitDialog):
    """One to three texts; ``fields`` are (label, value, several lines)."""

    def __init__(self, parent: QWidget | None, title: str, fields: list[tuple[str, str, bool]], submit: Submit) -> None:
        super().__init__(parent, submit, "planError")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.edits: list[QLineEdit | QPlainTextEdit] = []
        for number, (label, value, several) in enumerate(fields):
            edit: QLineEdit | QPlainTextEdit
            if several:
                edit = QPlainTextEdit(value, self)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(90)
            else:
                edit = QLineEdit(value, self)
            edit.setObjectName(f"planText{number}")
            form.addRow(label, edit)
            self.edits.append(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.edits[0].setFocus()

    def submitted_values(self) -> tuple[Any, ...]:
        return tuple((e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip() for e in self.edits)


class ChoiceDialog(SubmitDialog):
    """Choose one of ``choices`` (id, label)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, choices: list[tuple[int, str]], submit: Submit) -> None:
        super().__init__(parent, submit, "planError")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.combo = QComboBox(self)
        self.combo.setObjectName("planChoice")
        for value, label in choices:
            self.combo.addItem(label, value)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        for widget in (label, self.combo, self.error, self.buttons):
            layout.addWidget(widget)

    def submitted_values(self) -> tuple[Any, ...]:
        return (self.combo.currentData(),)


class ItemDialog(SubmitDialog):
    """A program, kegiatan or sub-kegiatan. Adding: the code is read as it is typed (any written
    form), the nomenclature's name shown and used when the name is left blank, the nearest
    codes listed when it is unknown (a click takes one). Changing: the code stays."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        level: str,
        region_kind: str,
        submit: Submit,
        *,
        renstras: list[tuple[int, str]] | None = None,
        choose_pd: bool = False,
        units: list[tuple[int | None, str]] | None = None,
        code: str = "",
        name: str = "",
        pagu: str = "",
        unit_id: int | None = None,
        prefix: str = "",
    ) -> None:
        super().__init__(parent, submit, "planError")
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.level, self.region_kind, self.adding = level, region_kind, not code
        form = QFormLayout()
        self.renstra = QComboBox(self)
        self.renstra.setObjectName("planRenstra")
        for value, label in renstras or []:
            self.renstra.addItem(label, value)
        if choose_pd:
            form.addRow(self.tr("Perangkat daerah:"), self.renstra)
        else:
            self.renstra.hide()
        self.code = QLineEdit(code or prefix, self)
        self.code.setObjectName("planCode")
        self.code.setReadOnly(not self.adding)
        form.addRow(self.tr("Kode:"), self.code)
        self.hint = QLabel(self)
        self.hint.setObjectName("planCodeHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.hint)
        self.nearest = QListWidget(self)
        self.nearest.setObjectName("planNearest")
        self.nearest.setMaximumHeight(90)
        self.nearest.itemActivated.connect(self._take)
        self.nearest.itemClicked.connect(self._take)
        self.nearest.hide()
        form.addRow("", self.nearest)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("planName")
        form.addRow(self.tr("Nama:"), self.name)
        self.pagu = QLineEdit(pagu, self)
        self.pagu.setObjectName("planPagu")
        self.pagu.setPlaceholderText(self.tr("Rp 1.500.000.000"))
        form.addRow(self.tr("Pagu indikatif:"), self.pagu)
        self.unit = QComboBox(self)
        self.unit.setObjectName("planUnit")
        for value, label in units or []:
            self.unit.addItem(label, value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        if units:
            form.addRow(self.tr("Dilaksanakan oleh:"), self.unit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._read_code)
        self._read_code()
        (self.code if self.adding else self.name).setFocus()

    def _read_code(self) -> None:
        """Name the code from the nomenclature, or say what is wrong and offer the nearest."""
        if not self.adding:
            return
        text = self.code.text().strip()
        self.nearest.clear()
        self.nearest.hide()
        self.name.setPlaceholderText("")
        if not text:
            self.hint.setText("")
            return
        try:
            entry = renstra.nomenclature_entry(text, self.level, self.region_kind)
        except SotkError as exc:
            self.hint.setText(error_text(exc))
            self._offer(text)
            return
        if entry is None:
            self.hint.setText(self.tr("Nomenklatur untuk tingkat pemerintahan ini tidak dibawa: isi namanya sendiri."))
        else:
            self.hint.setText(self.tr("Nomenklatur: %1").replace("%1", entry.name))
            self.name.setPlaceholderText(entry.name)

    def _offer(self, text: str) -> None:
        table = nomenclature_source.current()
        if table is None:
            return
        for entry in table.nearest(text, 8):
            if entry.level == self.level:
                item = QListWidgetItem(f"{entry.code}  {entry.name}", self.nearest)
                item.setData(Qt.ItemDataRole.UserRole, entry.code)
        self.nearest.setVisible(self.nearest.count() > 0)

    def _take(self, item: QListWidgetItem) -> None:
        self.code.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def submitted_values(self) -> tuple[Any, ...]:
        return (
            self.renstra.currentData(),
            self.code.text().strip(),
            self.name.text().strip(),
            self.pagu.text().strip(),
            self.unit.currentData(),
        )


class IndicatorDialog(SubmitDialog):
    """An indicator's name, satuan and kind, and a target for each year of the plan's period."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        years: range,
        submit: Submit,
        *,
        name: str = "",
        measure: str = "",
        numeric: bool = True,
        targets: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent, submit, "planError")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("indicatorName")
        form.addRow(self.tr("Indikator:"), self.name)
        self.measure = QLineEdit(measure or "", self)
        self.measure.setObjectName("indicatorMeasure")
        self.measure.setPlaceholderText(self.tr("persen, orang, indeks ..."))
        form.addRow(self.tr("Satuan:"), self.measure)
        self.numeric = QCheckBox(self.tr("Target berupa angka"), self)
        self.numeric.setObjectName("indicatorNumeric")
        self.numeric.setChecked(numeric)
        form.addRow("", self.numeric)
        grid = QGridLayout()
        self.targets: dict[int, QLineEdit] = {}
        for column, year in enumerate(years):
            grid.addWidget(QLabel(str(year), self), 0, column)
            edit = QLineEdit((targets or {}).get(year, ""), self)
            edit.setObjectName(f"target{year}")
            grid.addWidget(edit, 1, column)
            self.targets[year] = edit
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Target per tahun:"), self))
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def submitted_values(self) -> tuple[Any, ...]:
        return (
            self.name.text().strip(),
            self.measure.text().strip() or None,
            self.numeric.isChecked(),
            {year: edit.text().strip() for year, edit in self.targets.items()},
        )


class CoordinationDialog(SubmitDialog):
    """Which perangkat daerah an Asisten or Staf Ahli coordinates (its wilayah tugas)."""

    def __init__(
        self,
        parent: QWidget | None,
        coordinators: list[tuple[int, str]],
        pds: list[tuple[int, str]],
        current: Callable[[int], set[int]],
        submit: Submit,
    ) -> None:
        super().__init__(parent, submit, "planError")
        self.setWindowTitle(self.tr("Koordinasi Asisten dan Staf Ahli"))
        self.setMinimumSize(520, 480)
        self.current = current
        self.coordinator = QComboBox(self)
        self.coordinator.setObjectName("coordinator")
        for value, label in coordinators:
            self.coordinator.addItem(label, value)
        self.pds = QListWidget(self)
        self.pds.setObjectName("coordinatedPds")
        for value, label in pds:
            item = QListWidgetItem(label, self.pds)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.coordinator.currentIndexChanged.connect(lambda _i: self._show_current())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Asisten atau Staf Ahli:"), self))
        layout.addWidget(self.coordinator)
        layout.addWidget(QLabel(self.tr("Perangkat daerah yang dikoordinasikannya:"), self))
        layout.addWidget(self.pds, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_current()

    def _show_current(self) -> None:
        chosen = self.current(self.coordinator.currentData()) if self.coordinator.currentData() is not None else set()
        for row in range(self.pds.count()):
            item = self.pds.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def submitted_values(self) -> tuple[Any, ...]:
        chosen = [
            self.pds.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.pds.count())
            if self.pds.item(row).checkState() == Qt.CheckState.Checked
        ]
        return (self.coordinator.currentData(), chosen)
