"""Units named in a sheet, found among the units of the perangkat daerah an import goes
into: the exact name, then without case and punctuation, then with the abbreviations
offices use expanded ("Bid." = "Bidang", "Sekr." = "Sekretariat", "Subbag" = "Subbagian",
"UPT" = "UPTD"; resources/excel/columns.toml). A name that matches nothing, or two units
alike, is refused with the nearest names (rapidfuzz) to choose from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.errors import RefusedError, ValidationError
from core.excel.mapping import vocabulary, words
from core.i18n import N_
from core.store import Reader

NO_UNIT = N_("Unit '{value}' tidak ditemukan di {scope}. Yang paling mirip: {nearest}.")
NO_UNIT_AT_ALL = N_("Unit '{value}' tidak ditemukan di {scope}.")
TWO_UNITS = N_("Unit '{value}' cocok dengan lebih dari satu unit di {scope}: {names}. Tulis nama yang lebih lengkap.")


@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    table = vocabulary()["unit_abbreviations"]
    return [(re.compile(rf"(?<!\w){re.escape(words(short))}(?!\w)"), words(full)) for short, full in table.items()]


def unit_words(name: str) -> str:
    """A unit's name compared the way clerks mean it: case, punctuation and abbreviations aside."""
    text = words(name.replace("&", " dan "))
    for pattern, full in _abbreviations():
        text = pattern.sub(full, text)
    return " ".join(text.replace("/", " ").split())


class UnitMatcher:
    """Resolve unit names within a scope; each distinct name is resolved once."""

    def __init__(self, units: list[tuple[int, str, str]], scope: str) -> None:
        """``units``: (id, name, path 'PD › … › unit') of every unit of the scope."""
        self.scope = scope
        self.paths = {unit_id: path for unit_id, _, path in units}
        self.exact: dict[str, list[int]] = {}
        self.folded: dict[str, list[int]] = {}
        self.normal: dict[str, list[int]] = {}
        self.trailing: dict[tuple[str, ...], list[int]] = {}  # the last parts of each path, compared as names are
        for unit_id, _, path in units:
            parts = tuple(unit_words(part) for part in path.split(" › "))
            for k in range(2, len(parts) + 1):
                self.trailing.setdefault(parts[-k:], []).append(unit_id)
        for unit_id, name, _ in units:
            self.exact.setdefault(name.strip(), []).append(unit_id)
            self.folded.setdefault(words(name), []).append(unit_id)
            self.normal.setdefault(unit_words(name), []).append(unit_id)
        self._cache: dict[str, int | ValidationError] = {}
        self.pd_of = {unit_id: unit_words(path.split(" › ", 1)[0]) for unit_id, _, path in units}

    def match_in(self, pd: str, value: str) -> int:
        """The unit named ``value`` (a name or the last parts of its path) within the perangkat
        daerah named ``pd``: how a region-wide sheet with a PD column tells apart the many
        "Subbagian Keuangan"; a PD that holds no such unit falls back to :meth:`match`."""
        key = f"{pd}\x1f{value}"
        found = self._cache.get(key)
        if found is None:
            head = unit_words(pd)
            parts = tuple(unit_words(part) for part in value.split("›") if part.strip())
            ids = self.trailing.get(parts, []) if len(parts) > 1 else self.normal.get(unit_words(value), [])
            inside = [unit_id for unit_id in ids if self.pd_of[unit_id] == head]
            if not inside and unit_words(value) == head:  # the PD itself
                inside = [unit_id for unit_id in self.normal.get(head, []) if self.pd_of[unit_id] == head]
            if len(inside) == 1:
                found = inside[0]
            elif inside:
                found = ValidationError(
                    "unit", TWO_UNITS, value=value, scope=pd, names="; ".join(self.paths[i] for i in inside[:5])
                )
            else:
                found = self._cache.get(value) or self._resolve(value)
            self._cache[key] = found
        if isinstance(found, ValidationError):
            raise found
        return found

    def match(self, value: str) -> int:
        """The unit's id, or a ValidationError('unit') naming the nearest units."""
        found = self._cache.get(value)
        if found is None:
            found = self._resolve(value)
            self._cache[value] = found
        if isinstance(found, ValidationError):
            raise found
        return found

    def _resolve(self, value: str) -> int | ValidationError:
        if "›" in value:  # a path's last parts ("Rumah Sakit Jiwa … › Bidang Keperawatan"), as the export writes a repeated name
            ids = self.trailing.get(tuple(unit_words(part) for part in value.split("›") if part.strip()))
            if ids and len(ids) == 1:
                return ids[0]
        for table, key in ((self.exact, value.strip()), (self.folded, words(value)), (self.normal, unit_words(value))):
            ids = table.get(key)
            if ids and len(ids) == 1:
                return ids[0]
            if ids:
                return ValidationError(
                    "unit", TWO_UNITS, value=value, scope=self.scope, names="; ".join(self.paths[i] for i in ids[:5])
                )
        return self._not_found(value)

    def _not_found(self, value: str) -> ValidationError:
        from rapidfuzz import fuzz, process

        choices = list(self.normal)
        nearest = process.extract(unit_words(value), choices, scorer=fuzz.token_sort_ratio, limit=3, score_cutoff=40)
        names = [self.paths[self.normal[choice][0]].rsplit(" › ", 1)[-1] for choice, _, _ in nearest]
        if not names:
            return ValidationError("unit", NO_UNIT_AT_ALL, value=value, scope=self.scope)
        return ValidationError("unit", NO_UNIT, value=value, scope=self.scope, nearest="; ".join(names))


NO_SCOPE = N_("Berkas berisi {count} wilayah: sebutkan perangkat daerah tujuan (--into ID unit).")
NO_EDITION = N_("Wilayah {region} tidak punya edisi yang berlaku: sebutkan perangkat daerah tujuan (--into ID unit).")


@dataclass(frozen=True)
class Scope:
    """Where an import goes: a region, an edition, the unit rows go into when the sheet
    names none (``into``), and the units names are matched among (``into`` and below)."""

    region_id: int
    edition_id: int
    into: int | None
    name: str
    units: list[tuple[int, str, str]]

    def matcher(self) -> UnitMatcher:
        return UnitMatcher(self.units, self.name)

    def to_json(self) -> dict[str, object]:
        return {"region_id": self.region_id, "edition_id": self.edition_id, "into": self.into, "name": self.name}


def import_scope(reader: Reader, into: int | None) -> Scope:
    """The scope of an import into unit ``into`` (a perangkat daerah, usually), or into the
    edition in force of the file's only region."""
    from core.regions import edition_in_force, get_edition, get_region, list_regions
    from core.units import get_unit, units_in_order

    if into is not None:
        unit = get_unit(reader, into)
        edition = get_edition(reader, unit.edition_id)
        root: int | None = into
        name = unit.name
    else:
        regions = list_regions(reader)
        if len(regions) != 1:
            raise RefusedError(NO_SCOPE, count=len(regions))
        found = edition_in_force(reader, regions[0].id)
        if found is None:
            raise RefusedError(NO_EDITION, region=regions[0].name)
        edition, root, name = found, None, regions[0].name
    trail: list[str] = []
    units = []
    for unit in units_in_order(reader, edition.id, root):
        del trail[unit.depth :]
        trail.append(unit.name)
        units.append((unit.id, unit.name, " › ".join(trail)))
    get_region(reader, edition.region_id)
    return Scope(edition.region_id, edition.id, into, name, units)
