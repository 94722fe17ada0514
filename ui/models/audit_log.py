"""The audit log as a table that never reads the whole log: rows come a page at a time,
newest first, by keyset on ``audit_log.id`` (canFetchMore / fetchMore), so a file with a
million changes opens the viewer at once. A filter that matches rarely is searched in
slices of bounded time, continued from the event loop, so the window never stalls."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from core.audit import AuditEntry, AuditFilter, AuditQuery, change_lines
from core.i18n import N_
from core.store import Store
from core.validation import label
from ui.i18n import tr_core

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
SCAN = 50_000  # ids looked at per slice of a filtered search
SLICE_SECONDS = 0.08  # one slice of searching, then the window gets its turn
WANTED = 100  # rows a filtered search goes on looking for without being asked
ENTITY_LABELS = {
    "unit": N_("unit"),
    "position": N_("jabatan"),
    "staff": N_("pegawai"),
    "asset": N_("aset"),
    "region": N_("wilayah"),
    "edition": N_("edisi"),
    "competency": N_("kompetensi"),
    "change": N_("langkah urungkan"),
    "file": N_("berkas"),
    "restructuring": N_("penataan"),
    "rpjmd": N_("RPJMD"),
    "plan_goal": N_("sasaran RPJMD"),
    "plan_indicator": N_("indikator"),
    "plan_targets": N_("target"),
    "priority_program": N_("program prioritas"),
    "strategic_issue": N_("isu strategis"),
    "renstra": N_("Renstra"),
    "renstra_item": N_("butir Renstra"),
    "renstra_item_goal": N_("kaitan butir Renstra dengan sasaran"),
    "renstra_item_issue": N_("kaitan butir Renstra dengan isu"),
    "renstra_item_priority": N_("kaitan butir Renstra dengan program prioritas"),
    "coordination": N_("koordinasi"),
    "finding": N_("temuan"),
}
# The log stores what a change did as a code word; the viewer and its CSV say it in words.
ACTION_LABELS = {
    "create": N_("tambah"),
    "update": N_("ubah"),
    "delete": N_("hapus"),
    "move": N_("pindah"),
    "copy": N_("salin"),
    "link": N_("kaitkan"),
    "place": N_("tempatkan"),
    "map": N_("petakan"),
    "unmap": N_("hapus pemetaan"),
    "status": N_("ganti status"),
    "apply": N_("terapkan"),
    "define": N_("definisikan"),
    "set_urusan": N_("atur urusan"),
    "set_functions": N_("atur fungsi"),
    "set_programs": N_("atur program"),
    "set_standard": N_("atur standar kompetensi"),
    "set_relevant_urusan": N_("atur urusan terkait"),
    "set_assessments": N_("atur penilaian"),
    "accept_finding": N_("terima temuan"),
    "unaccept_finding": N_("batalkan penerimaan temuan"),
    "create_file": N_("buat berkas"),
    "demo": N_("buat data contoh"),
    "undo": N_("urungkan"),
    "redo": N_("ulangi"),
    "forget_undo_steps": N_("lupakan langkah urungkan"),
    "merge_undo_steps": N_("gabungkan langkah urungkan"),
    "import": N_("impor"),
}


def action_label(action: str) -> str:
    """'place' → 'tempatkan'; a code word without a label is shown as it is stored."""
    return tr_core(ACTION_LABELS[action]) if action in ACTION_LABELS else action.replace("_", " ")


def field_label(field: str) -> str:
    return tr_core(label(field))


class AuditLogModel(QAbstractTableModel):
    columns = ("at", "user", "action", "record", "change")
    searching = Signal(bool)  # a filtered search is still looking for rows

    def __init__(self, store: Store, flt: AuditFilter | None = None, parent: Any = None) -> None:
        """Empty until :meth:`reload` (connect ``searching`` first)."""
        super().__init__(parent)
        self.store = store
        self.entries: list[AuditEntry] = []
        self.filter = flt or AuditFilter()
        self.query: AuditQuery | None = None
        self.cursor: int | None = None
        self.exhausted = True
        self._busy = False

    # -- reading ----------------------------------------------------------------------

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the newest change (a new filter, or the file changed)."""
        self.beginResetModel()
        if self.query is not None:
            self.query.close()
        self.query = AuditQuery(self.store, self.filter)
        self.entries = []
        self.cursor = None
        self.exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.exhausted or self._busy or self.query is None:
            return
        self._busy = True
        try:
            found: list[AuditEntry] = []
            unfiltered = self.filter == AuditFilter()
            started = time.perf_counter()
            while not self.exhausted and len(found) < PAGE:
                entries, self.cursor = self.query.page(self.cursor, PAGE - len(found), None if unfiltered else SCAN)
                found.extend(entries)
                self.exhausted = self.cursor is None
                if time.perf_counter() - started > SLICE_SECONDS:
                    break
            if found:
                first = len(self.entries)
                self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
                self.entries.extend(found)
                self.endInsertRows()
        finally:
            self._busy = False
        still_looking = not self.exhausted and len(self.entries) < WANTED
        self.searching.emit(still_looking)
        if still_looking:  # few rows so far: look on, a slice at a time, between the window's events
            QTimer.singleShot(0, lambda: self.fetchMore(QModelIndex()))

    def close(self) -> None:
        if self.query is not None:
            self.query.close()
            self.query = None
        self.exhausted = True

    # -- showing ----------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"), self.tr("Rekaman"), self.tr("Perubahan"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = self.columns[index.column()]
        if column == "change":
            lines = change_lines(entry, field_label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(lines[:40]) or None
            return "; ".join(lines)[:300]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if column == "at":
            return entry.at[:19].replace("T", " ")
        if column == "user":
            return entry.os_user
        if column == "action":
            return action_label(entry.action)
        return record_text(entry)


def record_text(entry: AuditEntry) -> str:
    """'unit 56 · Dinas Pendidikan': what was changed, in words where they are at hand."""
    kind = tr_core(ENTITY_LABELS.get(entry.entity, entry.entity))
    text = f"{kind} {entry.entity_id}" if entry.entity_id is not None else kind
    return f"{text} · {entry.name}" if entry.name else text
