"""The structure tree: region → edition → perangkat daerah → units, fetched lazily.

Children are read from core one level at a time, when a node is first expanded, so a
region of 10,000 units opens as fast as a small one.
After a change only the sibling lists that changed are re-read and merged row by row,
which keeps the expansion state and the selection of everything else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from core.deferred import deferred
from core.eselon import eselon_label
from core.reference import load_reference
from ui.labels import EDITION_STATUSES, kind_label, label

if TYPE_CHECKING:
    from core import regions, units
    from core.store import Store
else:
    regions = deferred("core.regions")
    units = deferred("core.units")

UNIT_MIME = "application/x-sotk-unit"
KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # "region", "edition" or "unit"
    id: int
    parent: Node | None
    label: str = ""
    detail: str = ""  # kind label, status, ...
    edition_id: int = 0
    child_count: int = 0
    children: list[Node] | None = None  # None: not fetched yet
    extra: dict[str, Any] = field(default_factory=dict)

    def row(self, siblings: list[Node]) -> int:
        for index, node in enumerate(siblings):
            if node is self:
                return index
        return -1


class StructureTreeModel(QAbstractItemModel):
    """Lazy tree over core queries; drops of units are turned into ``unit_dropped``."""

    unit_dropped = Signal(int, object, int)  # unit id, new parent id (None: top of edition), position (-1: end)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kinds = load_reference().unit_kinds
        self.roots: list[Node] = []
        self.unit_nodes: dict[int, Node] = {}
        self.edition_nodes: dict[int, Node] = {}
        self.region_nodes: dict[int, Node] = {}
        self.visible: set[int] | None = None  # unit ids shown while filtering
        self.matches: set[int] = set()
        self.with_visible_children: set[int | None] = set()
        self._by_key: dict[int, Node] = {}
        self._load_roots()

    # -- loading ---------------------------------------------------------------------

    def _load_roots(self) -> None:
        self._by_key.clear()
        self.unit_nodes.clear()
        self.edition_nodes.clear()
        self.region_nodes.clear()
        self.roots = []
        editions = regions.list_editions(self.store)
        counts = {edition_id: top for edition_id, (_all, top) in regions.unit_counts(self.store).items()}
        for region in regions.list_regions(self.store):
            node = Node("region", region.id, None, region.name, region.kind)
            node.children = []
            for edition in (e for e in editions if e.region_id == region.id):
                child = Node("edition", edition.id, node, edition.name, edition.status, edition.id, counts.get(edition.id, 0))
                if self.visible is not None:
                    child.child_count = len(units.children(self.store, edition.id, None, self.visible))
                node.children.append(child)
                self.edition_nodes[edition.id] = child
            if self.visible is not None and not any(c.child_count for c in node.children):
                continue
            node.child_count = len(node.children)
            self.roots.append(node)
            self.region_nodes[region.id] = node

    def reload(self) -> None:
        """Read everything again (after regions or editions changed, or a new filter)."""
        self.beginResetModel()
        self._load_roots()
        self.endResetModel()

    def set_filter(self, text: str) -> set[int]:
        """Show only units whose name contains ``text`` and their ancestors; returns the matches."""
        if text.strip():
            found = units.search(self.store, None, text)
            self.matches, self.visible, self.with_visible_children = found.matches, found.visible, found.with_visible_children
        else:
            self.matches, self.visible, self.with_visible_children = set(), None, set()
        self.reload()
        return self.matches

    def _fetch_rows(self, node: Node) -> list[units.TreeRow]:
        if node.kind == "edition":
            return units.children(self.store, node.id, None, self.visible)
        return units.children(self.store, node.edition_id, node.id, self.visible)

    def _make_unit_node(self, row: units.TreeRow, parent: Node) -> Node:
        kind = self.kinds.get(row.kind)
        child_count = row.child_count
        if self.visible is not None and child_count:
            child_count = 1 if row.id in self.with_visible_children else 0
        node = Node("unit", row.id, parent, row.name, kind_label(kind) if kind else row.kind, parent.edition_id, child_count)
        node.extra = {"kind": row.kind, "short_name": row.short_name, "eselon": row.eselon}
        self.unit_nodes[row.id] = node
        return node

    # -- Qt model interface --------------------------------------------------------------

    def node(self, index: Index) -> Node | None:
        return self._by_key.get(index.internalId()) if index.isValid() else None

    def _key(self, node: Node) -> int:
        """Indexes carry an integer key, never a Python object: PySide's internalPointer
        does not own a reference, and a node freed while an index lives crashes Qt."""
        key = id(node)
        self._by_key[key] = node
        return key

    def _siblings(self, node: Node) -> list[Node]:
        if node.parent is None:
            return self.roots
        return node.parent.children or []

    def index_of(self, node: Node) -> QModelIndex:
        row = node.row(self._siblings(node))
        return self.createIndex(row, 0, self._key(node)) if row >= 0 else QModelIndex()

    def children_of(self, node: Node) -> list[Node]:
        """A node's children, read from the file the first time they are asked for.

        Reading here, inside rowCount, rather than in fetchMore matters for speed: QTreeView
        calls fetchMore only after marking the node expanded, and rows inserted under an
        expanded node make it lay out the whole tree again (tens of ms with 10,000 rows
        shown). Asked for in rowCount, the rows were simply always there.
        """
        if node.children is None:
            rows = self._fetch_rows(node) if node.child_count > 0 else []
            node.children = [self._make_unit_node(row, node) for row in rows]
            node.child_count = len(node.children)
        return node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            children = self.roots
        else:
            node = self.node(parent)
            children = self.children_of(node) if node is not None else []
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, self._key(children[row]))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.roots)
        node = self.node(parent)
        return len(self.children_of(node)) if node is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.roots)
        node = self.node(parent)
        if node is None:
            return False
        return bool(node.children) if node.children is not None else node.child_count > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.DisplayRole and node.kind == "edition":
                return f"{node.label}  [{label(EDITION_STATUSES, node.detail).lower()}]"
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "unit":
                eselon = node.extra.get("eselon")
                if not eselon:
                    return node.detail
                return self.tr("{kind} · eselon {eselon}").format(kind=node.detail, eselon=eselon_label(eselon))
            return node.detail
        if role == Qt.ItemDataRole.FontRole:
            if node.kind in ("region", "edition") or (node.kind == "unit" and node.id in self.matches):
                return _bold_font()
            return None
        if role == KindRole:
            return node.kind
        if role == IdRole:
            return node.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.store.read_only:
            return flags
        if node.kind == "unit":
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        elif node.kind == "edition":
            flags |= Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEditable
        elif node.kind == "region":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # setData is not used for editing: the window turns edits into undoable commands.
    rename_requested = Signal(str, int, str)  # node kind, id, new name

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if text.strip() and text.strip() != node.label:
            self.rename_requested.emit(node.kind, node.id, text)
        return False

    # -- drag and drop -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        nodes = [self.node(i) for i in indexes]
        ids = [str(n.id) for n in nodes if n is not None and n.kind == "unit"]
        data.setData(UNIT_MIME, QByteArray(",".join(ids[:1]).encode()))
        return data

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, int | None, int] | None:
        if not data.hasFormat(UNIT_MIME):
            return None
        raw = bytes(data.data(UNIT_MIME).data()).decode()
        if not raw:
            return None
        unit_id = int(raw)
        moving = self.unit_nodes.get(unit_id)
        target = self.node(parent)
        if moving is None or target is None or target.kind not in ("edition", "unit"):
            return None
        if target.edition_id != moving.edition_id:
            return None
        new_parent = None if target.kind == "edition" else target.id
        # A unit cannot go below itself.
        walk: Node | None = target
        while walk is not None:
            if walk is moving:
                return None
            walk = walk.parent
        return unit_id, new_parent, row

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        unit_id, new_parent, position = target
        moving = self.unit_nodes[unit_id]
        old_parent = moving.parent.id if moving.parent and moving.parent.kind == "unit" else None
        if position >= 0 and old_parent == new_parent and moving.parent is not None:
            old_row = moving.row(moving.parent.children or [])
            if position > old_row:
                position -= 1  # the slot counts the unit itself, which leaves its old place
            if position == old_row:
                return False
        # The move runs as an undoable command; returning False keeps Qt from removing rows itself.
        self.unit_dropped.emit(unit_id, new_parent, position)
        return False

    # -- refresh after a change ----------------------------------------------------------

    def refresh_children(self, edition_id: int, parent_id: int | None) -> None:
        """Re-read one sibling list and merge it into the tree, keeping unchanged nodes."""
        node = self.edition_nodes.get(edition_id) if parent_id is None else self.unit_nodes.get(parent_id)
        if node is None:
            return
        index = self.index_of(node)
        if node.children is None:
            node.child_count = len(self._fetch_rows(node))
            self.dataChanged.emit(index, index)
            return
        rows = self._fetch_rows(node)
        wanted = [row.id for row in rows]
        by_id = {row.id: row for row in rows}
        children = node.children
        # 1. remove rows that are gone
        for position in range(len(children) - 1, -1, -1):
            if children[position].id not in by_id:
                self.beginRemoveRows(index, position, position)
                gone = children.pop(position)
                self._forget(gone)
                self.endRemoveRows()
        # 2. move or insert rows into the wanted order
        for position, unit_id in enumerate(wanted):
            if position < len(children) and children[position].id == unit_id:
                continue
            current = next((i for i, c in enumerate(children) if c.id == unit_id), None)
            if current is not None:
                self.beginMoveRows(index, current, current, index, position)
                children.insert(position, children.pop(current))
                self.endMoveRows()
            else:
                self.beginInsertRows(index, position, position)
                children.insert(position, self._make_unit_node(by_id[unit_id], node))
                self.endInsertRows()
        # 3. refresh what each row shows
        for child in children:
            row = by_id[child.id]
            kind = self.kinds.get(row.kind)
            child.label = row.name
            child.detail = kind_label(kind) if kind else row.kind
            child.extra = {"kind": row.kind, "short_name": row.short_name, "eselon": row.eselon}
            if child.children is None:
                child.child_count = row.child_count
        node.child_count = len(children)
        if children:
            self.dataChanged.emit(self.index(0, 0, index), self.index(len(children) - 1, 0, index))
        self.dataChanged.emit(index, index)

    def _forget(self, node: Node) -> None:
        if node.kind == "unit" and self.unit_nodes.get(node.id) is node:
            del self.unit_nodes[node.id]
        self._by_key.pop(id(node), None)
        for child in node.children or []:
            self._forget(child)

    def index_for(self, kind: str, record_id: int) -> QModelIndex:
        """The index of a region, an edition or a unit, fetching the path down to it."""
        if kind == "region":
            node = self.region_nodes.get(record_id)
            return self.index_of(node) if node else QModelIndex()
        if kind == "edition":
            node = self.edition_nodes.get(record_id)
            return self.index_of(node) if node else QModelIndex()
        node = self.unit_nodes.get(record_id)
        if node is None:
            try:
                unit = units.get_unit(self.store, record_id)
            except Exception:  # noqa: BLE001 - gone: nothing to show
                return QModelIndex()
            path = units.ancestors(self.store, record_id)
            edition = self.edition_nodes.get(unit.edition_id)
            if edition is None:
                return QModelIndex()
            self.children_of(edition)
            for ancestor in path:
                ancestor_node = self.unit_nodes.get(ancestor)
                if ancestor_node is None:
                    return QModelIndex()
                self.children_of(ancestor_node)
            node = self.unit_nodes.get(record_id)
        return self.index_of(node) if node else QModelIndex()


@functools.cache
def _bold_font() -> Any:
    """The bold font of regions, editions and filter matches; QFont is imported with the first
    bold row, not at start (its enums cost about 4 ms)."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setBold(True)
    return font
