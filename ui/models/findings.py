"""Findings of the checks as a table, with a filter for severity, rule, PD and acceptance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ui.i18n import tr_core, translated

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from core.checks.model import Finding

Index = QModelIndex | QPersistentModelIndex
FindingRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
COLUMN_SEVERITY, COLUMN_RULE, COLUMN_WHERE, COLUMN_MESSAGE = range(4)

SEVERITY_LABELS = {
    "error": QT_TRANSLATE_NOOP("labels", "Galat"),
    "warning": QT_TRANSLATE_NOOP("labels", "Peringatan"),
    "note": QT_TRANSLATE_NOOP("labels", "Catatan"),
}
SEVERITY_ICONS = {"error": "SP_MessageBoxCritical", "warning": "SP_MessageBoxWarning", "note": "SP_MessageBoxInformation"}


def severity_label(severity: str) -> str:
    return QCoreApplication.translate("labels", SEVERITY_LABELS.get(severity, severity))


def finding_text(finding: Finding) -> str:
    """A finding's message in the user's language."""
    return translated(finding.template, finding.params)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.pd_names: dict[int, str] = {}  # unit id → name of its perangkat daerah
        self.pd_of: dict[int, int] = {}
        self._titles: dict[str, str] | None = None
        self._icons: dict[str, QIcon] = {}

    @property
    def titles(self) -> dict[str, str]:
        """Each rule's title, read when the first findings are shown (the rules load then)."""
        if self._titles is None:
            from core.checks import check_titles

            self._titles = {rule: tr_core(title) for rule, title in check_titles().items()}
        return self._titles

    def set_findings(self, findings: list[Finding], pd_of: dict[int, int], pd_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.pd_of = pd_of
        self.pd_names = pd_names
        self.endResetModel()

    def pds_of_finding(self, finding: Finding) -> list[int]:
        """The perangkat daerah a finding involves, in the order of its units."""
        return list(dict.fromkeys(self.pd_of[u] for u in finding.units if u in self.pd_of))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Tingkat"), self.tr("Pemeriksaan"), self.tr("Perangkat daerah"), self.tr("Temuan"))[section]
        return None

    def _icon(self, severity: str) -> QIcon:
        if severity not in self._icons:
            # QStyle and QIcon are read here, with the first finding: their enums cost the start ~10 ms.
            from PySide6.QtGui import QIcon
            from PySide6.QtWidgets import QApplication, QStyle

            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            pixmap = getattr(QStyle.StandardPixmap, SEVERITY_ICONS[severity])
            self._icons[severity] = style.standardIcon(pixmap) if style else QIcon()
        return self._icons[severity]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role == FindingRole:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_SEVERITY:
                return severity_label(finding.severity)
            if column == COLUMN_RULE:
                return self.titles.get(finding.rule, finding.rule)
            if column == COLUMN_WHERE:
                pds = self.pds_of_finding(finding)
                return "; ".join(self.pd_names.get(pd, "") for pd in pds) if pds else self.tr("(seluruh wilayah)")
            return finding_text(finding)
        if role == SortRole:
            if column == COLUMN_SEVERITY:
                from core.checks.model import SEVERITY_RANK

                return SEVERITY_RANK[finding.severity]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_SEVERITY:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COLUMN_WHERE, COLUMN_MESSAGE):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and finding.accepted is not None:
            return QColor("#6b6b6b")
        return None


class FindingsFilter(QSortFilterProxyModel):
    """Shows open or accepted findings, narrowed by severity, rule and PD."""

    def __init__(self, accepted: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.accepted = accepted
        self.severity: str | None = None
        self.rule: str | None = None
        self.pd: int | None = None
        self.setSortRole(SortRole)

    def set_filters(self, severity: str | None, rule: str | None, pd: int | None) -> None:
        self.beginFilterChange()
        self.severity, self.rule, self.pd = severity, rule, pd
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        finding = model.findings[source_row]
        if (finding.accepted is not None) != self.accepted:
            return False
        if self.severity and finding.severity != self.severity:
            return False
        if self.rule and finding.rule != self.rule:
            return False
        return self.pd is None or self.pd in model.pds_of_finding(finding)
