"""The pohon kinerja on screen: a tree model over core/plans/cascade.py that reads a node's
children when the node is first opened (two statements: the children and their indicators),
never a statement per row; the findings of the checks the window runs are marked on the
rows they name (a sasaran by its id, a Renstra item by its PD and code), and the per-PD
alignment of the Renstra is a small table beside it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from core.deferred import deferred
from ui.i18n import tr_core, translated
from ui.models.synergy import pagu_text

if TYPE_CHECKING:
    from core.checks.model import Finding
    from core.plans import cascade
    from core.plans.cascade import Alignment, Node
    from core.store import Reader
else:
    cascade = deferred("core.plans.cascade")

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, int]  # (ref, id): what core.plans.cascade.children is asked with
KeyRole = Qt.ItemDataRole.UserRole + 1  # a row's (ref, id)
KindRole = Qt.ItemDataRole.UserRole + 2  # 'visi', 'misi', ..., 'sub_kegiatan', 'priority', 'issue', a group's kind
FindingsRole = Qt.ItemDataRole.UserRole + 3  # the findings marked on a row
# The checks whose findings name rows of the cascade (by sasaran id, or by PD and code).
MARKED_RULES = ("plan_alignment", "plan_nomenclature", "plan_outside_urusan", "sub_kegiatan_twice")
GROUP_KINDS = ("priorities", "issues", "unaligned", "support")
UNALIGNED_INK = QColor("#a3271b")


def kind_word(kind: str) -> str:
    words = {
        "visi": QCoreApplication.translate("cascade", "Visi"),
        "misi": QCoreApplication.translate("cascade", "Misi"),
        "tujuan": QCoreApplication.translate("cascade", "Tujuan"),
        "sasaran": QCoreApplication.translate("cascade", "Sasaran"),
        "program": QCoreApplication.translate("cascade", "Program"),
        "kegiatan": QCoreApplication.translate("cascade", "Kegiatan"),
        "sub_kegiatan": QCoreApplication.translate("cascade", "Sub kegiatan"),
        "priority": QCoreApplication.translate("cascade", "Program prioritas"),
        "issue": QCoreApplication.translate("cascade", "Isu strategis"),
    }
    return words.get(kind, kind)


@dataclass(eq=False)
class Row:
    node: Node
    parent: Row | None
    children: list[Row] | None = None  # None: not read yet
    indicators: str = ""  # the summary shown in the indicator column

    @property
    def key(self) -> Key:
        return (self.node.ref, self.node.id)


@dataclass
class FindingIndex:
    """The findings of one check report that name cascade rows, by what they name."""

    by_goal: dict[int, list[Finding]] = field(default_factory=dict)
    by_item: dict[tuple[int, str], list[Finding]] = field(default_factory=dict)  # (PD, code)
    count: int = 0  # findings indexed

    @classmethod
    def of(cls, findings: list[Finding]) -> FindingIndex:
        index = cls()
        for finding in findings:
            if finding.rule not in MARKED_RULES or finding.accepted is not None:
                continue
            kind, _, rest = finding.detail.partition(":")
            if kind == "sasaran" and rest.isdigit():
                index.by_goal.setdefault(int(rest), []).append(finding)
                index.count += 1
                continue
            code = rest if kind == "program" else finding.detail
            if not code or kind in ("priority", "uncovered"):
                continue
            index.count += 1
            for pd in finding.units:
                index.by_item.setdefault((pd, code), []).append(finding)
        return index

    def of_node(self, node: Node) -> list[Finding]:
        if node.ref == "goal":
            return self.by_goal.get(node.id, [])
        if node.ref == "item" and node.pd_id is not None and node.code:
            return self.by_item.get((node.pd_id, node.code), [])
        return []


def _summary(indicators: list[tuple[str, str | None, dict[int, str]]]) -> str:
    """'Prevalensi stunting: 2025 20 → 2029 14 persen' for the first indicator, '(+2)' for more."""
    if not indicators:
        return ""
    name, measure, targets = indicators[0]
    text = name
    if targets:
        years = sorted(targets)
        span = f"{years[0]} {targets[years[0]]}" + (f" → {years[-1]} {targets[years[-1]]}" if len(years) > 1 else "")
        text += f": {span}" + (f" {measure}" if measure else "")
    if len(indicators) > 1:
        text += f" (+{len(indicators) - 1})"
    return text


class CascadeModel(QAbstractItemModel):
    """The visi of a region's RPJMD at the top; each node's children read when it is opened."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reader: Reader | None = None
        self.region_id: int | None = None
        self.top: list[Row] = []
        self._retired: list[Row] = []
        self.findings = FindingIndex()
        self.reads = 0  # statements run for opened nodes (tests and the bench count them)
        style = QApplication.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "note": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }

    # -- what it shows -------------------------------------------------------------------

    def set_region(self, reader: Reader | None, region_id: int | None) -> None:
        """Show this region's cascade (its RPJMD, latest period first), nothing opened."""
        self.beginResetModel()
        self.reader, self.region_id = reader, region_id
        self._retired = self.top  # rows an index made before the reset may still point at: kept one generation
        self.top = (
            [Row(node, None) for node in cascade.roots(reader, region_id)] if reader is not None and region_id is not None else []
        )
        self.endResetModel()

    def set_findings(self, findings: list[Finding]) -> None:
        """Mark the rows these findings name (the report of the checks last run)."""
        self.findings = FindingIndex.of(findings)
        self._redraw(self.top, QModelIndex())

    def _redraw(self, rows: list[Row], parent: QModelIndex) -> None:
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(rows) - 1, 0, parent))
        for number, row in enumerate(rows):
            if row.children:
                self._redraw(row.children, self.index(number, 0, parent))

    def row_at(self, index: Index) -> Row | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    def _read(self, row: Row) -> list[Row]:
        """The children of a row: one statement for the nodes (two for a visi, which lists its
        groups after its misi), one for their indicators."""
        assert self.reader is not None
        ref, node_id = row.key
        nodes = cascade.children(self.reader, ref, node_id)
        self.reads += 1
        if ref == "rpjmd":
            nodes += cascade.groups(self.reader, node_id)
            self.reads += 1
        indicators = cascade.child_indicators(self.reader, ref, node_id)
        self.reads += 1
        rows = [Row(node, row) for node in nodes]
        for child in rows:
            owner = {"goal": "goal", "item": "item", "priority": "priority", "issue": "issue"}.get(child.node.ref)
            if owner is not None:
                child.indicators = _summary(indicators.get((owner, child.node.id), []))
        return rows

    # -- Qt's side -----------------------------------------------------------------------

    def _rows(self, parent: Index) -> list[Row]:
        row = self.row_at(parent)
        if row is None:
            return self.top
        return row.children or []

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        rows = self._rows(parent)
        if not 0 <= row < len(rows) or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, rows[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        row = self.row_at(index)
        if row is None or row.parent is None:
            return QModelIndex()
        up = row.parent
        siblings = up.parent.children if up.parent is not None else self.top
        return self.createIndex(siblings.index(up) if siblings else 0, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._rows(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        row = self.row_at(parent)
        if row is None:
            return bool(self.top)
        return bool(row.children) if row.children is not None else row.node.has_children

    def canFetchMore(self, parent: Index) -> bool:
        row = self.row_at(parent)
        return row is not None and row.children is None and row.node.has_children

    def fetchMore(self, parent: Index) -> None:
        row = self.row_at(parent)
        if row is None or row.children is not None:
            return
        children = self._read(row)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            row.children = children
            self.endInsertRows()
        else:
            row.children = []
            row.node.has_children = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Uraian"),
            self.tr("Perangkat daerah"),
            self.tr("Pagu indikatif"),
            self.tr("Indikator dan target"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        node, column = row.node, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == KeyRole:
            return row.key
        if role == KindRole:
            return node.kind
        found = self.findings.of_node(node)
        if role == FindingsRole:
            return found
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and found:
            worst = min(found, key=lambda f: ("error", "warning", "note").index(f.severity))
            return self._icons.get(worst.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, found)
        if role == Qt.ItemDataRole.ForegroundRole and (node.kind == "unaligned" or found):
            return QBrush(UNALIGNED_INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: Row, column: int) -> str:
        node = row.node
        if column == 0:
            if node.kind in GROUP_KINDS:
                return f"{tr_core(node.text)} ({node.pagu_sen})"
            if node.kind == "visi":
                return f"{kind_word('visi')} {node.period}: {node.text}"
            label = node.code or kind_word(node.kind)
            if node.kind == "priority" and node.detail:
                return f"{label}: {node.text} · {node.detail}"
            return f"{label}  {node.text}" if node.code else f"{label}: {node.text}"
        if column == 1:
            if node.pd_name and node.unit_name:
                return f"{node.pd_name} › {node.unit_name}"
            return node.pd_name or ""
        if column == 2:
            return pagu_text(node.pagu_sen) if node.ref == "item" else ""
        return row.indicators

    def _tooltip(self, row: Row, column: int, found: list[Finding]) -> str | None:
        lines = [translated(f.template, f.params) for f in found]
        if column == 0 and row.node.detail and row.node.kind == "issue":
            lines.insert(0, row.node.detail)
        if column == 3 and row.indicators:
            lines.insert(0, row.indicators)
        if column == 0 and not lines:
            return self._text(row, 0)
        return "\n".join(lines) or None

    # -- finding rows again after a change -----------------------------------------------

    def index_of(self, row: Row) -> QModelIndex:
        siblings = row.parent.children if row.parent is not None else self.top
        return self.createIndex(siblings.index(row), 0, row) if siblings else QModelIndex()

    def find(self, key: Key) -> QModelIndex:
        """The first row read so far with this (ref, id), breadth first (closest to the top)."""
        queue = list(self.top)
        while queue:
            row = queue.pop(0)
            if row.key == key:
                return self.index_of(row)
            queue.extend(row.children or [])
        return QModelIndex()

    def opened(self, is_open: Any) -> list[tuple[Key, ...]]:
        """The paths of the rows ``is_open(index)`` says are open, parents first."""
        paths: list[tuple[Key, ...]] = []

        def walk(rows: list[Row], parent: QModelIndex, path: tuple[Key, ...]) -> None:
            for number, row in enumerate(rows):
                index = self.index(number, 0, parent)
                if row.children is not None and is_open(index):
                    paths.append((*path, row.key))
                    walk(row.children, index, (*path, row.key))

        walk(self.top, QModelIndex(), ())
        return paths

    def path_index(self, path: tuple[Key, ...]) -> QModelIndex:
        """The row at this path of keys, reading each node on the way (one open per level)."""
        index = QModelIndex()
        for key in path:
            if index.isValid() and self.canFetchMore(index):
                self.fetchMore(index)
            rows = self._rows(index)
            number = next((n for n, row in enumerate(rows) if row.key == key), None)
            if number is None:
                return QModelIndex()
            index = self.index(number, 0, index)
        return index


class AlignmentModel(QAbstractTableModel):
    """Per PD with a Renstra: 'x of y program selaras' and the share of their pagu."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Alignment] = []

    def set_rows(self, rows: list[Alignment]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Perangkat daerah"), self.tr("Program selaras"), self.tr("Pagu selaras"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.pd_name  # whole where the column beside the tree cuts it
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.pd_name
            if index.column() == 1:
                if not row.programs:
                    return self.tr("tidak ada program (selain penunjang)")
                return (
                    self.tr("%1 dari %2").replace("%1", str(row.aligned)).replace("%2", str(row.programs))
                )  # under "Program selaras"
            share = row.pagu_share
            return "—" if share is None else f"{share * 100:.0f}%".replace(".", ",")
        if role == Qt.ItemDataRole.ForegroundRole and row.aligned < row.programs:
            return QBrush(UNALIGNED_INK)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and row.pagu_sen:
            return self.tr("%1 dari %2").replace("%1", pagu_text(row.aligned_pagu_sen)).replace("%2", pagu_text(row.pagu_sen))
        return None
