"""The synergy matrix (peta sinergi): perangkat daerah × strategic issue, or × priority
program, each cell the Renstra items a PD links to that column with their pagu. A
coordination meeting reads from it who works on which issue and where an issue rests on a
single PD (ego sektoral). Read in three statements whatever the file's size; the PDF and
the window draw the same :class:`SynergyMatrix`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from core.errors import RefusedError
from core.i18n import N_
from core.store import Reader

AXES = ("issue", "priority")
AXIS_TITLES = {"issue": N_("Isu strategis"), "priority": N_("Program prioritas")}

_COLUMNS_SQL = {
    "issue": "SELECT id, name, NULL FROM strategic_issues WHERE rpjmd_id = ? ORDER BY sort_order, id",
    "priority": "SELECT id, name, rumpun FROM priority_programs WHERE rpjmd_id = ? ORDER BY sort_order, id",
}
_LINKS = {"issue": ("renstra_item_issues", "issue_id"), "priority": ("renstra_item_priorities", "priority_program_id")}
# A linked program or kegiatan without a pagu of its own counts the sub-kegiatan below it.
_ENTRIES_SQL = (
    "SELECT l.{column}, s.unit_id, u.name, i.id, i.level, i.code, i.name, i.pagu_sen,"
    " (SELECT coalesce(sum(c.pagu_sen), 0) FROM renstra_items c WHERE c.parent_id = i.id AND c.level = 'sub_kegiatan')"
    " + (SELECT coalesce(sum(g.pagu_sen), 0) FROM renstra_items k JOIN renstra_items g ON g.parent_id = k.id"
    "    WHERE k.parent_id = i.id AND g.level = 'sub_kegiatan')"
    " FROM {table} l JOIN renstra_items i ON i.id = l.item_id JOIN renstra s ON s.id = i.renstra_id"
    " JOIN units u ON u.id = s.unit_id WHERE s.rpjmd_id = ? ORDER BY u.sort_order, u.id, i.code, i.id"
)
_QUIET_PDS_SQL = "SELECT count(*) FROM renstra WHERE rpjmd_id = ?"


@dataclass(frozen=True)
class Entry:
    """One Renstra item in a cell: its code, name, level and pagu (in sen)."""

    item_id: int
    level: str
    code: str
    name: str
    pagu_sen: int


@dataclass(frozen=True)
class Column:
    id: int
    name: str
    group: str | None  # the rumpun of a priority program


@dataclass
class SynergyMatrix:
    rpjmd_id: int
    rpjmd_name: str
    axis: str  # 'issue' or 'priority'
    columns: list[Column]
    rows: list[tuple[int, str]]  # (PD id, name) of every PD with an entry, in the structure's order
    cells: dict[tuple[int, int], list[Entry]] = field(default_factory=dict)  # (PD, column) → entries
    renstra_count: int = 0  # PD with a Renstra under this RPJMD, contributing or not

    def pds_of(self, column_id: int) -> list[int]:
        return [pd for pd, _ in self.rows if (pd, column_id) in self.cells]

    def alone(self, column_id: int) -> bool:
        """The column rests on a single PD: what the ego-sektoral check warns about."""
        return len(self.pds_of(column_id)) == 1

    def unsupported(self, column_id: int) -> bool:
        return not self.pds_of(column_id)

    def cell_pagu(self, pd_id: int, column_id: int) -> int:
        return sum(entry.pagu_sen for entry in self.cells.get((pd_id, column_id), ()))

    def column_pagu(self, column_id: int) -> int:
        return sum(self.cell_pagu(pd, column_id) for pd, _ in self.rows)


def synergy_matrix(reader: Reader, rpjmd_id: int, rpjmd_name: str, axis: str) -> SynergyMatrix:
    """The matrix of one RPJMD (:func:`core.plans.rpjmd.region_rpjmd` lists a region's, the
    latest first) along one axis."""
    if axis not in AXES:
        raise RefusedError(N_("Sumbu peta sinergi '{axis}' tidak dikenal."), axis=axis)
    conn = reader.conn
    columns = [Column(int(i), str(name), group) for i, name, group in conn.execute(_COLUMNS_SQL[axis], (rpjmd_id,))]
    table, column = _LINKS[axis]
    rows: dict[int, str] = {}
    cells: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for col, pd, pd_name, item_id, level, code, name, own, below in conn.execute(
        _ENTRIES_SQL.format(table=table, column=column), (rpjmd_id,)
    ):
        rows.setdefault(int(pd), str(pd_name))
        cells[(int(pd), int(col))].append(Entry(int(item_id), level, code, name, int(own) or int(below)))
    count = int(conn.execute(_QUIET_PDS_SQL, (rpjmd_id,)).fetchone()[0])
    return SynergyMatrix(rpjmd_id, rpjmd_name, axis, columns, list(rows.items()), dict(cells), count)
