"""Job-person match (JPM), competency gaps and the nine-box, computed set-based.

JPM % = Σ person's levels ÷ Σ required levels × 100 over the competencies the person's
position requires (DOMAIN.md); a competency never assessed counts 0 and the person is
marked incomplete. The person's level is their latest assessment of that competency.
Gap per competency = person − required (negative: short). Categories come from
resources/rules/jpm.toml; nine-box boxes from resources/reference/nine_box.csv.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from core.checks.rules import read_toml
from core.reference import load_reference
from core.resources import resource_path
from core.store import Reader, Store, id_table

# The latest assessment per person and competency. SQLite takes the bare column `level` from
# the row holding max(...) (documented for min/max aggregates); the key orders by date, then id.
LATEST = (
    "latest AS (SELECT staff_id, competency_code, level, max(coalesce(assessed_on, '') || printf('%012d', id))"
    " FROM assessments{where} GROUP BY staff_id, competency_code)"
)

KINERJA = {1: "di_bawah_ekspektasi", 2: "sesuai_ekspektasi", 3: "di_atas_ekspektasi"}
POTENSI = {1: "rendah", 2: "menengah", 3: "tinggi"}


@dataclass(frozen=True)
class JpmCategory:
    code: str
    name: str
    start: float


@lru_cache(maxsize=1)
def categories() -> tuple[JpmCategory, ...]:
    data, _problems = read_toml(resource_path("rules", "jpm.toml"), "jpm")
    found = [JpmCategory(str(c["code"]), str(c["name"]), float(c["from"])) for c in data.get("category", [])]
    if not found:  # an unreadable table must not make everyone uncategorised
        found = [
            JpmCategory("MS", "Memenuhi Syarat", 80),
            JpmCategory("MMS", "Masih Memenuhi Syarat", 68),
            JpmCategory("KMS", "Kurang Memenuhi Syarat", 0),
        ]
    return tuple(sorted(found, key=lambda c: -c.start))


def category_of(jpm: float | None) -> JpmCategory | None:
    if jpm is None:
        return None
    return next((c for c in categories() if jpm >= c.start), None)


@dataclass(frozen=True)
class Jpm:
    staff_id: int
    position_id: int
    unit_id: int | None
    required: int  # Σ required levels
    achieved: int  # Σ person's levels
    competencies: int  # how many the position requires
    assessed: int  # how many of those the person was assessed on

    @property
    def percent(self) -> float | None:
        return 100.0 * self.achieved / self.required if self.required else None

    @property
    def complete(self) -> bool:
        return self.assessed == self.competencies

    @property
    def category(self) -> JpmCategory | None:
        return category_of(self.percent) if self.assessed else None


def _scope(region_id: int | None, unit_id: int | None, chosen: str | None) -> tuple[list[str], list[Any], str, list[Any]]:
    """(CTEs, their parameters, WHERE on staff s, its parameters) for a region, a unit subtree
    or the people in the id table ``chosen``."""
    if chosen is not None:
        return [], [], f" WHERE s.id IN (SELECT id FROM {chosen})", []
    if unit_id is not None:
        return [SUBTREE], [unit_id], " WHERE s.unit_id IN sub", []
    if region_id is not None:
        return [], [], " WHERE s.region_id = ?", [region_id]
    return [], [], "", []


SUBTREE = "sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)"


def _with(ctes: list[str]) -> str:
    return ("WITH RECURSIVE " + ", ".join(ctes) + " ") if ctes else ""


def jpm(
    store: Store, *, region_id: int | None = None, unit_id: int | None = None, staff_ids: list[int] | None = None
) -> list[Jpm]:
    """JPM of everyone in a position within the scope: one query, whatever the count."""
    if staff_ids is not None:
        with id_table(store, staff_ids) as chosen:
            return _jpm(store, *_scope(None, None, chosen))
    return _jpm(store, *_scope(region_id, unit_id, None))


def _jpm(store: Reader, ctes: list[str], cte_params: list[Any], where: str, where_params: list[Any]) -> list[Jpm]:
    people = f" WHERE staff_id IN (SELECT s.id FROM staff s{where})" if where else ""
    sql = (
        _with([*ctes, LATEST.format(where=people)])
        + "SELECT s.id, s.position_id, s.unit_id, sum(pc.required_level), sum(coalesce(l.level, 0)), count(*), count(l.level)"
        " FROM staff s JOIN position_competencies pc ON pc.position_id = s.position_id"
        " LEFT JOIN latest l ON l.staff_id = s.id AND l.competency_code = pc.competency_code"
        f"{where} GROUP BY s.id ORDER BY s.id"
    )
    params = cte_params + (where_params if people else []) + where_params
    return [Jpm(*row) for row in store.conn.execute(sql, params)]


@dataclass(frozen=True)
class Gap:
    competency_code: str
    required: int
    level: int | None  # None: not assessed

    @property
    def gap(self) -> int | None:
        return None if self.level is None else self.level - self.required


def gaps_of(store: Store, staff_id: int) -> list[Gap]:
    """A person's level against each competency their position requires."""
    return gaps_of_people(store, [staff_id]).get(staff_id, [])


def gaps_of_people(store: Reader, staff_ids: list[int]) -> dict[int, list[Gap]]:
    """Each person's levels against their position's standard: one query, however many."""
    found: dict[int, list[Gap]] = {}
    with id_table(store, staff_ids) as chosen:
        sql = (
            _with([LATEST.format(where=f" WHERE staff_id IN (SELECT id FROM {chosen})")])
            + f"SELECT s.id, pc.competency_code, pc.required_level, l.level FROM {chosen} c CROSS JOIN staff s ON s.id = c.id"
            " JOIN position_competencies pc ON pc.position_id = s.position_id"
            " LEFT JOIN latest l ON l.staff_id = s.id AND l.competency_code = pc.competency_code"
            " ORDER BY s.id, pc.competency_code"
        )
        for staff_id, *gap in store.conn.execute(sql):
            found.setdefault(staff_id, []).append(Gap(*gap))
    return found


def common_gaps(store: Store, unit_id: int, limit: int = 5) -> list[tuple[str, int, int]]:
    """The competencies most often short in a unit (with sub-units): (code, people short, people assessed)."""
    sql = (
        _with([SUBTREE, LATEST.format(where=" WHERE staff_id IN (SELECT id FROM staff WHERE unit_id IN sub)")])
        + "SELECT pc.competency_code, sum(l.level < pc.required_level), count(l.level)"
        " FROM staff s JOIN position_competencies pc ON pc.position_id = s.position_id"
        " JOIN latest l ON l.staff_id = s.id AND l.competency_code = pc.competency_code"
        " WHERE s.unit_id IN sub GROUP BY pc.competency_code HAVING sum(l.level < pc.required_level) > 0"
        " ORDER BY 2 DESC, 1 LIMIT ?"
    )
    return [(row[0], int(row[1]), int(row[2])) for row in store.conn.execute(sql, (unit_id, limit))]


def box_of(kinerja: int | None, potensi: int | None) -> int | None:
    """The nine-box number (PermenPAN-RB 3/2020) of a performance row and potential column."""
    if kinerja is None or potensi is None:
        return None
    for box in load_reference().nine_box.values():
        if box.kinerja == KINERJA.get(kinerja) and box.potensi == POTENSI.get(potensi):
            return box.box
    return None


def box_condition(box: int) -> tuple[str, list[int]]:
    """SQL on staff s selecting the people of one box."""
    entry = load_reference().nine_box[box]
    kinerja = next(k for k, v in KINERJA.items() if v == entry.kinerja)
    potensi = next(k for k, v in POTENSI.items() if v == entry.potensi)
    return "s.kinerja = ? AND s.potensi = ?", [kinerja, potensi]


def nine_box(store: Store, region_id: int | None = None, unit_id: int | None = None) -> dict[int, int]:
    """How many people sit in each box (1–9), for a region or a unit subtree."""
    ctes, cte_params, where, where_params = _scope(region_id, unit_id, None)
    params = cte_params + where_params
    rated = " s.kinerja IS NOT NULL AND s.potensi IS NOT NULL"
    sql = (
        _with(ctes)
        + f"SELECT s.kinerja, s.potensi, count(*) FROM staff s{where}{' AND' if where else ' WHERE'}{rated} GROUP BY 1, 2"
    )
    counts: Counter[int] = Counter({box: 0 for box in range(1, 10)})
    for kinerja, potensi, count in store.conn.execute(sql, params):
        box = box_of(kinerja, potensi)
        if box is not None:
            counts[box] += count
    return dict(sorted(counts.items()))
