"""*Bandingkan* in the restructuring window: two editions (or drafts) of the region side by
side, each tree's rows coloured and marked by their change; choosing a unit on one side
chooses its counterparts on the other. Below: the functions and urusan that went to another
unit, the counts before and after, and the checks' findings the second edition fixes and
introduces; "Simpan JSON..." writes what ``main.py diff --json`` prints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.restructure_compare import CHANGES, COLOURS, MARKS, EditionTreeModel, UnitIdRole

if TYPE_CHECKING:
    from core.regions import Edition
    from ui.dialogs.restructure_data import ComparisonView


def _list_model(parent: QWidget, headers: list[str]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    return model


def fill_rows(model: QStandardItemModel, rows: list[tuple[Any, ...]]) -> None:
    """Replace a small read-only table's rows: numbers right-aligned, each cell whole in its tooltip."""
    model.removeRows(0, model.rowCount())
    for row in rows:
        items = []
        for value in row:
            item = QStandardItem(str(value))
            item.setEditable(False)
            item.setToolTip(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        model.appendRow(items)


def _list_view(parent: QWidget, model: QStandardItemModel, name: str, widths: tuple[int, ...]) -> QTreeView:
    view = QTreeView(parent)
    view.setObjectName(name)
    view.setRootIsDecorated(False)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(True)
    for column, width in enumerate(widths):
        view.header().resizeSection(column, width)
    return view


class CompareTab(QWidget):
    compare_asked = Signal()
    save_asked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.change_names = {
            "added": self.tr("baru"),
            "removed": self.tr("dibubarkan"),
            "renamed": self.tr("ganti nama"),
            "moved": self.tr("pindah"),
            "merged": self.tr("digabung"),
            "split": self.tr("dipecah"),
        }
        self.view: ComparisonView | None = None
        self._syncing = False
        self.edition_a = QComboBox(self)
        self.edition_a.setObjectName("compareEditionA")
        self.edition_b = QComboBox(self)
        self.edition_b.setObjectName("compareEditionB")
        self.compare_button = QPushButton(self.tr("&Bandingkan"), self)
        self.compare_button.setObjectName("compareRun")
        self.compare_button.clicked.connect(self.compare_asked.emit)
        self.save_button = QPushButton(self.tr("Simpan &JSON..."), self)
        self.save_button.setObjectName("compareSave")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_asked.emit)
        self.state = QLabel(self)
        self.state.setObjectName("compareState")
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sebelum (A):"), self))
        top.addWidget(self.edition_a, 1)
        top.addWidget(QLabel(self.tr("Sesudah (B):"), self))
        top.addWidget(self.edition_b, 1)
        top.addWidget(self.compare_button)
        top.addWidget(self.save_button)
        legend = QLabel(
            "  ".join(
                f'<span style="background:{COLOURS[c].name()}">&nbsp;{MARKS[c]} {self.change_names[c]}&nbsp;</span>'
                for c in CHANGES
            ),
            self,
        )
        legend.setObjectName("compareLegend")

        self.trees: dict[str, QTreeView] = {}
        self.models: dict[str, EditionTreeModel] = {}
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for side in ("a", "b"):
            model = self.models[side] = EditionTreeModel(self.change_names, self)
            tree = self.trees[side] = QTreeView(sides)
            tree.setObjectName(f"compareTree{side.upper()}")
            tree.setModel(model)
            tree.setUniformRowHeights(True)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            tree.header().setStretchLastSection(False)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            tree.selectionModel().selectionChanged.connect(lambda _s, _d, side=side: self._follow(side))
            sides.addWidget(tree)

        self.details = QTabWidget(self)
        self.moved_model = _list_model(self, [self.tr("Jenis"), self.tr("Fungsi atau urusan"), self.tr("Dari"), self.tr("Ke")])
        self.counts_model = _list_model(
            self, [self.tr("Hitungan"), self.tr("Golongan"), self.tr("Sebelum"), self.tr("Sesudah"), self.tr("Selisih")]
        )
        finding_headers = [self.tr("Pemeriksaan"), self.tr("Tingkat"), self.tr("Temuan"), self.tr("Unit")]
        self.fixed_model = _list_model(self, finding_headers)
        self.introduced_model = _list_model(self, finding_headers)
        self.moved_view = _list_view(self, self.moved_model, "compareMoved", (80, 460, 330))
        self.counts_view = _list_view(self, self.counts_model, "compareCounts", (300, 200, 90, 90))
        findings = QWidget(self)
        self.findings_summary = QLabel(findings)
        self.findings_summary.setObjectName("compareFindingsSummary")
        self.findings_summary.setWordWrap(True)
        pair = QSplitter(Qt.Orientation.Horizontal, findings)
        for title, model, name in (
            (self.tr("Diselesaikan oleh B"), self.fixed_model, "compareFixed"),
            (self.tr("Muncul pada B"), self.introduced_model, "compareIntroduced"),
        ):
            box = QGroupBox(title, pair)
            QVBoxLayout(box).addWidget(_list_view(box, model, name, (130, 80, 300)))
            pair.addWidget(box)
        column = QVBoxLayout(findings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.findings_summary)
        column.addWidget(pair, 1)
        self.details.addTab(self.moved_view, self.tr("Fungsi dan urusan berpindah"))
        self.details.addTab(self.counts_view, self.tr("Jumlah sebelum → sesudah"))
        self.details.addTab(findings, self.tr("Temuan pemeriksaan"))

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(sides)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)

    # -- choosing -----------------------------------------------------------------------

    def set_editions(self, editions: list[Edition], status_names: dict[str, str], a: int | None, b: int | None) -> None:
        """The region's editions in both choices; ``a`` and ``b`` chosen (else kept)."""
        for combo, chosen in ((self.edition_a, a), (self.edition_b, b)):
            keep = chosen if chosen is not None else combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for edition in editions:
                combo.addItem(f"{edition.name} ({status_names.get(edition.status, edition.status)})", edition.id)
            found = combo.findData(keep)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def chosen(self) -> tuple[int | None, int | None]:
        return self.edition_a.currentData(), self.edition_b.currentData()

    # -- showing ------------------------------------------------------------------------

    def show_loading(self) -> None:
        self.state.setText(self.tr("Membandingkan kedua edisi dan menjalankan pemeriksaan pada keduanya..."))
        self.save_button.setEnabled(False)

    def show_same(self) -> None:
        self.state.setText(self.tr("Edisi A dan B sama: pilih dua edisi yang berbeda."))
        self.save_button.setEnabled(False)

    def show_stale(self) -> None:
        self.state.setText(self.tr('Data berubah sejak perbandingan ini: tekan "Bandingkan" untuk memperbaruinya.'))

    def show_comparison(self, view: ComparisonView) -> None:
        self.view = view
        data = view.data
        names = {side: {u.id: u.name for u in tree} for side, tree in (("a", view.tree_a), ("b", view.tree_b))}
        for side, tree, links, other in (("a", view.tree_a, view.a_to_b, "b"), ("b", view.tree_b, view.b_to_a, "a")):
            header = data["edition_a"]["name"] if side == "a" else data["edition_b"]["name"]
            counterparts = {unit: [names[other].get(t, "") for t in targets] for unit, targets in links.items()}
            self.models[side].set_units(tree, [header, self.tr("Perubahan")], counterparts)
            self._expand_changes(side)
        summary = data["summary"]
        self.state.setText(
            self.tr(
                "{added} unit baru, {removed} dibubarkan, {renamed} ganti nama, {moved} pindah, {merged} gabungan, "
                "{split} dipecah; {urusan} urusan dan {functions} fungsi berpindah."
            ).format(
                added=summary["added"], removed=summary["removed"], renamed=summary["renamed"], moved=summary["moved"],
                merged=summary["merged"], split=summary["split"], urusan=summary["urusan_moved"],
                functions=summary["functions_moved"],
            )
        )  # fmt: skip

        def paths(refs: list[dict[str, Any]]) -> str:
            return "; ".join(r["path"] for r in refs) or "-"

        urusan = self.tr("urusan")
        function = self.tr("fungsi")
        fill_rows(
            self.moved_model,
            [(urusan, f"{u['code']} {u['name']}", paths(u["before"]), paths(u["after"])) for u in data["urusan_moved"]]
            + [(function, f["text"], f["from"]["path"], paths(f["to"])) for f in data["functions_moved"]],
        )
        tables = {
            "units_by_kind": self.tr("Unit per jenis"),
            "pd_by_typology": self.tr("Perangkat daerah per tipe"),
            "structural_posts_by_eselon": self.tr("Jabatan struktural per eselon"),
            "structural_posts_by_category": self.tr("Jabatan struktural per kategori"),
        }
        counts = []
        for table, title in tables.items():
            for key, row in data["counts"][table].items():
                change = row["after"] - row["before"]
                counts.append((title, key, row["before"], row["after"], f"{change:+d}" if change else ""))
        fill_rows(self.counts_model, counts)
        findings = data["findings"]
        severity = {"error": self.tr("galat"), "warning": self.tr("peringatan"), "note": self.tr("catatan")}
        for model, items in ((self.fixed_model, findings["fixed"]), (self.introduced_model, findings["introduced"])):
            fill_rows(
                model,
                [(f["rule"], severity.get(f["severity"], f["severity"]), f["message"], paths(f["units"])) for f in items],
            )
        before, after = findings["before"], findings["after"]
        text = self.tr(
            "Temuan A: {before} ({before_errors} galat), temuan B: {after} ({after_errors} galat); "
            "{fixed} diselesaikan, {introduced} muncul, {persisting} tetap ada."
        ).format(
            before=before["total"], before_errors=before["error"], after=after["total"], after_errors=after["error"],
            fixed=len(findings["fixed"]), introduced=len(findings["introduced"]), persisting=findings["persisting"],
        )  # fmt: skip
        if findings["left_out"]:
            text += " " + self.tr("Tidak dibandingkan (salah satu edisi belum berisi pegawai atau aset): {rules}.").format(
                rules=", ".join(findings["left_out"])
            )
        self.findings_summary.setText(text)
        self.details.setTabText(
            2, self.tr("Temuan: {fixed} diselesaikan, {introduced} muncul").format(
                fixed=len(findings["fixed"]), introduced=len(findings["introduced"]))
        )  # fmt: skip
        self.details.setTabText(0, self.tr("Fungsi dan urusan berpindah ({count})").format(count=self.moved_model.rowCount()))
        self.save_button.setEnabled(True)

    def _expand_changes(self, side: str) -> None:
        """Every changed unit in sight: its ancestors expanded (nothing else)."""
        model, tree = self.models[side], self.trees[side]
        tree.collapseAll()
        opened: set[int] = set()
        for unit in model.units.values():
            if unit.change is None:
                continue
            parent = unit.parent_id
            while parent is not None and parent not in opened:
                opened.add(parent)
                parent = model.units[parent].parent_id
        for unit_id in opened:
            tree.setExpanded(model.index_of(unit_id), True)

    # -- counterparts -------------------------------------------------------------------

    def selected_units(self, side: str) -> list[int]:
        return [int(i.data(UnitIdRole)) for i in self.trees[side].selectionModel().selectedRows()]

    def select_units(self, side: str, unit_ids: list[int]) -> None:
        """Choose these units on one side (their ancestors expanded, the first scrolled to)."""
        model, tree = self.models[side], self.trees[side]
        selection = QItemSelection()
        for unit_id in unit_ids:
            index = model.index_of(unit_id)
            if not index.isValid():
                continue
            selection.select(index, model.index_of(unit_id, 1))
            parent = index.parent()
            while parent.isValid():
                tree.setExpanded(parent, True)
                parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        tree.selectionModel().select(selection, flags)
        if unit_ids and (first := model.index_of(unit_ids[0])).isValid():
            tree.scrollTo(first)

    def _follow(self, side: str) -> None:
        if self._syncing or self.view is None:
            return
        links = self.view.a_to_b if side == "a" else self.view.b_to_a
        other = "b" if side == "a" else "a"
        found: list[int] = []
        for unit in self.selected_units(side):
            found.extend(t for t in links.get(unit, []) if t not in found)
        self._syncing = True
        try:
            self.select_units(other, found)
        finally:
            self._syncing = False
