"""The rule tables of the checks (resources/rules/*.toml), read with clear complaints.

A table with a mistake never stops the other checks: the mistake comes back as a
:class:`CheckProblem` naming the file and the line, and only the rows at fault are skipped.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.checks.model import CheckProblem
from core.i18n import N_
from core.reference import load_reference
from core.resources import resource_path

TOP = "(top)"
LEVELS = ("provinsi", "kabupaten", "kota", "*")


@dataclass(frozen=True)
class Limit:
    parents: tuple[str, ...]
    typology: str
    level: str
    child: str
    max: int
    basis: str
    verified: bool


@dataclass(frozen=True)
class Mandatory:
    parent: str
    child: str
    name: str
    basis: str
    verified: bool


@dataclass(frozen=True)
class Placement:
    child: str
    parents: tuple[str, ...]
    basis: str


@dataclass
class StructureRules:
    limits: list[Limit] = field(default_factory=list)
    mandatory: list[Mandatory] = field(default_factory=list)
    placement: dict[str, Placement] = field(default_factory=dict)
    problems: list[CheckProblem] = field(default_factory=list)


def read_toml(path: Path, rule: str) -> tuple[dict[str, Any], list[CheckProblem]]:
    """A TOML table, or an empty one and the problem (tomllib names line and column)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [
            CheckProblem(rule, N_("Tabel aturan {path} tidak dapat dibaca: {reason}"), {"path": str(path), "reason": str(exc)})
        ]
    except tomllib.TOMLDecodeError as exc:
        return {}, [
            CheckProblem(
                rule,
                N_("Tabel aturan {path} salah tulis: {reason}. Pemeriksaan lain tetap berjalan."),
                {"path": str(path), "reason": str(exc)},
            )
        ]


def _row_lines(path: Path, header: str) -> list[int]:
    """Line numbers (1-based) of each ``[[header]]`` in a file, to name the row at fault."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [number for number, line in enumerate(lines, start=1) if line.strip() == f"[[{header}]]"]


def load_structure_rules(path: Path | None = None) -> StructureRules:
    """Read resources/rules/structure.toml (or ``path``), checking each row."""
    path = path or resource_path("rules", "structure.toml")
    rules = StructureRules()
    data, rules.problems = read_toml(path, "structure")
    kinds = set(load_reference().unit_kinds)

    def complain(header: str, index: int, reason: str) -> None:
        lines = _row_lines(path, header)
        line = lines[index] if index < len(lines) else 0
        rules.problems.append(
            CheckProblem(
                "structure",
                N_("Tabel aturan {path}, baris {line}: {reason}. Baris itu dilewati."),
                {"path": str(path), "line": line, "reason": reason},
            )
        )

    for index, row in enumerate(data.get("limit", [])):
        try:
            parents = tuple(row["parent"]) if isinstance(row["parent"], list) else (str(row["parent"]),)
            limit = Limit(
                parents,
                str(row.get("typology", "*")),
                str(row.get("level", "*")),
                str(row["child"]),
                int(row["max"]),
                str(row.get("basis", "")),
                bool(row.get("verified", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            complain("limit", index, f"isian tidak lengkap atau salah ({exc})")
            continue
        unknown = [k for k in (*limit.parents, limit.child) if k not in kinds]
        if unknown:
            complain("limit", index, f"jenis unit tidak dikenal: {', '.join(unknown)}")
        elif limit.level not in LEVELS:
            complain("limit", index, f"tingkat '{limit.level}' tidak dikenal")
        elif limit.max < 0:
            complain("limit", index, "batas tidak boleh negatif")
        else:
            rules.limits.append(limit)
    for index, row in enumerate(data.get("mandatory", [])):
        try:
            item = Mandatory(
                str(row["parent"]),
                str(row["child"]),
                str(row["name"]),
                str(row.get("basis", "")),
                bool(row.get("verified", False)),
            )
        except (KeyError, TypeError) as exc:
            complain("mandatory", index, f"isian tidak lengkap ({exc})")
            continue
        unknown = [k for k in (item.parent, item.child) if k not in kinds]
        if unknown:
            complain("mandatory", index, f"jenis unit tidak dikenal: {', '.join(unknown)}")
        else:
            rules.mandatory.append(item)
    for index, row in enumerate(data.get("placement", [])):
        try:
            placement = Placement(str(row["child"]), tuple(str(p) for p in row["parents"]), str(row.get("basis", "")))
        except (KeyError, TypeError) as exc:
            complain("placement", index, f"isian tidak lengkap ({exc})")
            continue
        unknown = [k for k in (placement.child, *placement.parents) if k not in kinds and k != TOP]
        if unknown:
            complain("placement", index, f"jenis unit tidak dikenal: {', '.join(unknown)}")
        else:
            rules.placement[placement.child] = placement
    return rules


@lru_cache(maxsize=1)
def _settings() -> tuple[dict[str, Any], tuple[CheckProblem, ...]]:
    data, problems = read_toml(resource_path("rules", "checks.toml"), "settings")
    return data, tuple(problems)


def settings(section: str) -> dict[str, Any]:
    """One section of resources/rules/checks.toml ({} if the file cannot be read)."""
    return dict(_settings()[0].get(section, {}))


def settings_problems() -> list[CheckProblem]:
    return list(_settings()[1])
