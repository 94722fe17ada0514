"""A nomenclature read from a small CSV of verified rows, standing in for core.nomenclature
in tests (the interface core/plans/nomenclature_source.py expects)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

SAMPLE = Path(__file__).parents[2] / "data" / "nomenklatur_sample.csv"


@dataclass(frozen=True)
class Entry:
    code: str
    level: str
    name: str
    government: str
    version: str
    source: str
    verified: bool


class CsvNomenclature:
    def __init__(self, path: Path = SAMPLE) -> None:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        self.entries = {
            r["code"]: Entry(r["code"], r["level"], r["name"], r["government"], r["version"], r["source"], r["verified"] == "1")
            for r in rows
        }

    def lookup(self, code: str) -> Entry | None:
        return self.entries.get(code)

    def nearest(self, code: str, n: int = 5) -> list[Entry]:
        def shared(other: str) -> int:
            return next((i for i, (a, b) in enumerate(zip(code, other, strict=False)) if a != b), min(len(code), len(other)))

        ranked = sorted(self.entries.values(), key=lambda e: (-shared(e.code), abs(len(e.code) - len(code)), e.code))
        return ranked[:n]

    def children(self, code: str) -> list[Entry]:
        depth = code.count(".") + (2 if code.count(".") == 2 else 1)
        return [e for c, e in sorted(self.entries.items()) if c.startswith(code + ".") and c.count(".") == depth]

    def covers(self, government: str) -> bool:
        return any(e.level == "program" and e.government in (government, "both") for e in self.entries.values())

    def verified(self, government: str) -> bool:
        return any(e.verified and e.government in (government, "both") and e.level != "bidang" for e in self.entries.values())
