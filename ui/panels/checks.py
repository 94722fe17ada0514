"""The "Pemeriksaan" panel: findings of the checks on one edition, filters, details with
the two statements of an overlap side by side, and accepting a finding with a reason."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_text, tr_core, translated
from ui.labels import EDITION_STATUSES, label
from ui.panels.remembered_splitter import remember_sizes
from ui.settings import Settings

if TYPE_CHECKING:
    from core.checks import CheckReport
    from core.checks.model import Finding

from ui.models.findings import (
    COLUMN_MESSAGE,
    COLUMN_RULE,
    COLUMN_SEVERITY,
    COLUMN_WHERE,
    FindingRole,
    FindingsFilter,
    FindingsModel,
    finding_text,
    severity_label,
)


def _highlighted(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> str:
    """HTML of a statement with the shared words marked."""
    parts, last = [], 0
    for start, end in sorted((int(a), int(b)) for a, b in spans):
        parts.append(html.escape(text[last:start]))
        parts.append(f"<span style='background:#ffe58a'>{html.escape(text[start:end])}</span>")
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


MIN_LIST_WIDTH = 600  # columns are shared out of at least this (the dock may not be shown yet)
QWIDGETSIZE_MAX = (1 << 24) - 1


def _widest_cell(view: QTableView, column: int) -> int:
    """What ``view.sizeHintForColumn(column)`` gives for a column of plain text, asking the
    delegate for one cell only: the one whose text is widest (each distinct text measured
    once). sizeHintForColumn asks it for every row of a hidden view, a dozen calls into
    the model each: after a big change the window stalled a tenth of a second on it."""
    model, metrics = view.model(), view.fontMetrics()
    widths: dict[str, int] = {}
    widest, best = -1, -1
    for row in range(model.rowCount()):
        text = model.index(row, column).data()
        width = widths.get(text)
        if width is None:
            width = widths[text] = metrics.horizontalAdvance(str(text or ""))
        if width > best:
            widest, best = row, width
    hint = view.sizeHintForIndex(model.index(widest, column)).width() if widest >= 0 else 0
    return hint + (1 if view.showGrid() else 0)


class ChecksPanel(QWidget):
    """Shows a CheckReport; asks the window to select units or to accept a finding."""

    units_chosen = Signal(list)  # unit ids to select in the tree
    run_requested = Signal()
    edition_chosen = Signal(int)
    accept_requested = Signal(object)  # Finding
    unaccept_requested = Signal(object)  # Finding
    folded = Signal(bool)  # the panel folded to its top row (True) or opened (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CheckReport | None = None
        self._reselecting = False
        self.edition = QComboBox(self)
        self.edition.setObjectName("checkEdition")
        self.edition.activated.connect(lambda _i: self.edition_chosen.emit(int(self.edition.currentData())))
        self.run_button = QPushButton(self.tr("Periksa sekarang (F5)"), self)
        self.run_button.setObjectName("runChecks")
        self.run_button.clicked.connect(self.run_requested)
        self.severity = QComboBox(self)
        self.severity.addItem(self.tr("Semua tingkat"), "")
        for value in ("error", "warning", "note"):
            self.severity.addItem(severity_label(value), value)
        self.rule = QComboBox(self)
        self.rule.addItem(self.tr("Semua pemeriksaan"), "")  # each rule added with the first report
        self.pd = QComboBox(self)
        self.pd.setObjectName("checkPd")
        for combo in (self.severity, self.rule, self.pd):
            combo.currentIndexChanged.connect(self._apply_filters)
        # Long names must not make the window wider than a small laptop screen.
        for combo, length in ((self.edition, 16), (self.severity, 10), (self.rule, 20), (self.pd, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.status = QLabel(self)
        self.status.setObjectName("checkStatus")
        self.problems = QLabel(self)
        self.problems.setObjectName("checkProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #8a1c1c; }")
        self.problems.hide()

        self.model = FindingsModel(self)
        self.open_filter = FindingsFilter(accepted=False, parent=self)
        self.accepted_filter = FindingsFilter(accepted=True, parent=self)
        self.open_view = self._view(self.open_filter, "openFindings")
        self.accepted_view = self._view(self.accepted_filter, "acceptedFindings")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.open_view, "")
        self.tabs.addTab(self.accepted_view, "")
        self.tabs.currentChanged.connect(lambda _i: (self._show_current(), self._fit_where()))

        self.details = QTextBrowser(self)
        self.details.setObjectName("findingDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_link)
        self.accept_button = QPushButton(self.tr("&Terima temuan..."), self)
        self.accept_button.setObjectName("acceptFinding")
        self.accept_button.clicked.connect(self._on_accept)
        self.unaccept_button = QPushButton(self.tr("&Batalkan penerimaan"), self)
        self.unaccept_button.clicked.connect(self._on_unaccept)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.unaccept_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("checksSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_sizes(splitter, "checks")
        self.collapse = QToolButton(self)
        self.collapse.setObjectName("collapseChecks")
        self.collapse.setCheckable(True)
        self.collapse.setAutoRaise(True)
        self.collapse.toggled.connect(self._on_collapse)
        top = QHBoxLayout()
        top.addWidget(self.collapse)
        top.addWidget(QLabel(self.tr("Edisi:"), self))
        top.addWidget(self.edition, 1)
        top.addWidget(self.run_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Saring:"), self))
        filters.addWidget(self.severity)
        filters.addWidget(self.rule)
        filters.addWidget(self.pd, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        self.body = (self.severity, self.rule, self.pd, self.status, splitter, *self._labels_of(filters))
        self._update_tabs()
        self._show_finding(None)
        self.collapse.setChecked(Settings().checks_collapsed())
        self._on_collapse(self.collapse.isChecked())

    @staticmethod
    def _labels_of(layout: QHBoxLayout) -> list[QWidget]:
        items = (layout.itemAt(i).widget() for i in range(layout.count()))
        return [widget for widget in items if isinstance(widget, QLabel)]

    def _on_collapse(self, collapsed: bool) -> None:
        """Folded to its top row (the edition and Periksa), the dock gives the structure the
        height a laptop screen lacks; the choice is remembered."""
        for widget in self.body:
            widget.setVisible(not collapsed)
        self.problems.setVisible(not collapsed and bool(self.problems.text()))
        self.collapse.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        self.collapse.setToolTip(self.tr("Tampilkan temuan") if collapsed else self.tr("Sembunyikan temuan"))
        self.setMaximumHeight(self.minimumSizeHint().height() if collapsed else QWIDGETSIZE_MAX)
        Settings().set_checks_collapsed(collapsed)
        self.folded.emit(collapsed)

    def _view(self, proxy: FindingsFilter, name: str) -> QTableView:
        proxy.setSourceModel(self.model)
        view = QTableView(self)
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        view.setObjectName(name)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(COLUMN_SEVERITY, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        # Fitted by _fit_where when a report arrives, not ResizeToContents: that measured every
        # row again at each change of the layout (every resize of another column).
        header.setSectionResizeMode(COLUMN_SEVERITY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_RULE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_WHERE, 220)
        view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._on_row(current))
        view.activated.connect(self._on_row)
        return view

    def _fit_where(self) -> None:
        """The severity column as wide as its widest label; the check and Perangkat daerah
        columns as wide as what they show, up to a share of the list (the full text is in
        the tooltip and the details), so the finding itself, stretching, always keeps room
        to be read."""
        for view in (self.open_view, self.accepted_view):
            if not view.isVisible():
                continue  # the other tab's list: fitted when that tab is chosen
            header = view.horizontalHeader()
            header.resizeSection(
                COLUMN_SEVERITY, max(_widest_cell(view, COLUMN_SEVERITY), header.sectionSizeHint(COLUMN_SEVERITY))
            )
            room = max(view.viewport().width(), MIN_LIST_WIDTH)
            for column, share in ((COLUMN_RULE, 0.22), (COLUMN_WHERE, 0.3)):
                wanted = max(_widest_cell(view, column), header.sectionSizeHint(column))
                header.resizeSection(column, min(int(room * share), wanted))

    # -- editions and results ---------------------------------------------------------

    def set_editions(self, editions: list[tuple[int, str]], current: int | None) -> None:
        self.edition.blockSignals(True)
        self.edition.clear()
        for edition_id, name in editions:
            self.edition.addItem(name, edition_id)
        if current is not None:
            self.edition.setCurrentIndex(max(0, self.edition.findData(current)))
        self.edition.blockSignals(False)

    def select_edition(self, edition_id: int) -> None:
        self.edition.blockSignals(True)
        self.edition.setCurrentIndex(max(0, self.edition.findData(edition_id)))
        self.edition.blockSignals(False)

    def show_running(self) -> None:
        self.status.setText(self.tr("Memeriksa..."))

    def show_failure(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Pemeriksaan gagal: {reason}").format(reason=error_text(exc) if hasattr(exc, "template") else exc)
        )

    def show_report(self, report: CheckReport) -> None:
        chosen = self._current_finding()
        self.report = report
        pds = sorted({pd for pd in report.pd_of.values()}, key=lambda pd: report.paths.get(pd, ""))
        pd_names = {pd: report.paths.get(pd, str(pd)) for pd in pds}
        self.model.set_findings(report.findings, report.pd_of, pd_names)
        if self.rule.count() == 1:
            for rule, title in self.model.titles.items():
                self.rule.addItem(title, rule)
        current_pd = self.pd.currentData()
        self.pd.blockSignals(True)
        self.pd.clear()
        self.pd.addItem(self.tr("Semua perangkat daerah"), None)
        for pd in pds:
            self.pd.addItem(pd_names[pd], pd)
        self.pd.setCurrentIndex(max(0, self.pd.findData(current_pd)))
        self.pd.blockSignals(False)
        self._apply_filters()
        self._fit_where()
        self.status.setText(
            self.tr(
                "Diperiksa {time}: {errors} galat, {warnings} peringatan, {notes} catatan terbuka; {accepted} diterima."
            ).format(
                time=datetime.now().strftime("%H:%M:%S"),
                errors=report.count("error"),
                warnings=report.count("warning"),
                notes=report.count("note"),
                accepted=len(report.accepted),
            )
        )
        if report.problems:
            self.problems.setText("\n".join(translated(p.template, p.params) for p in report.problems))
            self.problems.setVisible(not self.collapse.isChecked())
        else:
            self.problems.clear()
            self.problems.hide()
        self._update_tabs()
        self._reselect(chosen)

    def _reselect(self, chosen: Finding | None) -> None:
        """Show the finding chosen before the re-run again, without choosing its units in the
        tree again: the user has moved on (and may be typing in the editor)."""
        self._reselecting = True
        try:
            if chosen is None:
                self._show_current()
                return
            for view in (self.open_view, self.accepted_view):
                proxy = view.model()
                for row in range(proxy.rowCount()):
                    finding = proxy.index(row, 0).data(FindingRole)
                    if finding.key == chosen.key:
                        self.tabs.setCurrentWidget(view)
                        view.selectRow(row)
                        return
            self._show_current()
        finally:
            self._reselecting = False

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Terbuka ({count})").format(count=self.open_filter.rowCount()))
        self.tabs.setTabText(1, self.tr("Diterima ({count})").format(count=self.accepted_filter.rowCount()))

    def _apply_filters(self) -> None:
        severity = self.severity.currentData() or None
        rule = self.rule.currentData() or None
        pd = self.pd.currentData()
        for proxy in (self.open_filter, self.accepted_filter):
            proxy.set_filters(severity, rule, pd)
        self._update_tabs()

    # -- one finding ----------------------------------------------------------------------

    def _current_view(self) -> QTableView:
        return self.open_view if self.tabs.currentIndex() == 0 else self.accepted_view

    def _current_finding(self) -> Finding | None:
        index = self._current_view().currentIndex()
        return index.data(FindingRole) if index.isValid() else None

    def _show_current(self) -> None:
        self._show_finding(self._current_finding())

    def _on_row(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole) if index.isValid() else None
        self._show_finding(finding)
        if finding is not None and finding.units and not self._reselecting:
            self.units_chosen.emit(list(finding.units))

    def _show_finding(self, finding: Finding | None) -> None:
        self.accept_button.setVisible(finding is not None and finding.accepted is None)
        self.unaccept_button.setVisible(finding is not None and finding.accepted is not None)
        if finding is None:
            hint = self.tr("Pilih temuan untuk melihat rinciannya.")
            self.details.setHtml(f"<p style='color:#666'>{html.escape(hint)}</p>")
            return
        todo = self.tr("Yang perlu dilakukan:")
        similarity = self.tr("Kemiripan {score:.0%}. Kata yang sama ditandai:")
        units_label = self.tr("Unit (klik untuk memilih):")
        basis_label = self.tr("Dasar:")
        parts = [
            f"<p><b>{html.escape(severity_label(finding.severity))}</b> · {html.escape(self.model.titles.get(finding.rule, finding.rule))}</p>",
            f"<p>{html.escape(finding_text(finding))}</p>",
        ]
        if finding.advice:
            parts.append(f"<p><i>{html.escape(todo)}</i> {html.escape(translated(finding.advice, finding.params))}</p>")
        statements = finding.data.get("statements")
        if statements:
            cells = []
            for statement in statements:
                unit = statement["unit_id"]
                where = (self.report.paths.get(unit, "") if self.report is not None else "").split(" › ")[-1]
                link = self.tr("{unit}, fungsi nomor {number}").format(unit=where, number=statement["number"])
                cells.append(
                    f"<td width='50%' valign='top' style='padding:4px'><a href='unit:{unit}'>{html.escape(link)}</a><br>"
                    f"{_highlighted(statement['text'], statement.get('highlight', []))}</td>"
                )
            parts.append(
                f"<p>{html.escape(similarity.format(score=finding.data.get('score', 0)))}</p>"
                f"<table width='100%' border='1' cellspacing='0'><tr>{''.join(cells)}</tr></table>"
            )
        if finding.units:
            paths = self.report.paths if self.report is not None else {}
            links = "<br>".join(f"<a href='unit:{u}'>{html.escape(paths.get(u, str(u)))}</a>" for u in finding.units)
            parts.append(f"<p>{html.escape(units_label)} {links}</p>")
        if finding.basis:
            parts.append(f"<p style='color:#555'>{html.escape(basis_label)} {html.escape(tr_core(finding.basis))}</p>")
        if finding.accepted is not None:
            parts.append(
                "<p style='color:#2b5f2b'>"
                + html.escape(
                    self.tr("Diterima oleh {user} pada {at}: {reason}").format(
                        user=finding.accepted.accepted_by,
                        at=finding.accepted.accepted_at.replace("T", " ")[:16],
                        reason=finding.accepted.reason,
                    )
                )
                + "</p>"
            )
        self.details.setHtml("".join(parts))

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("unit:"):
            self.units_chosen.emit([int(text.removeprefix("unit:"))])

    def _on_accept(self) -> None:
        finding = self._current_finding()
        if finding is not None:
            self.accept_requested.emit(finding)

    def _on_unaccept(self) -> None:
        finding = self._current_finding()
        if finding is not None:
            self.unaccept_requested.emit(finding)

    def current_edition(self) -> int | None:
        data = self.edition.currentData()
        return int(data) if data is not None else None

    def edition_label(self, name: str, status: str) -> str:
        return f"{name} [{label(EDITION_STATUSES, status).lower()}]"

    def keyPressEvent(self, event: Any) -> None:  # F5 works inside the panel too
        if event.key() == Qt.Key.Key_F5:
            self.run_requested.emit()
            return
        super().keyPressEvent(event)
