"""Which column fills which field: guessed from the header texts with the synonyms in
resources/excel/columns.toml, fixed by the user, and remembered for the next file of the
same shape (the normalised header texts) in a JSON file the caller names (the command
line's ``--mapping``; the window keeps one in its settings folder)."""

from __future__ import annotations

import json
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.errors import FileProblem, os_reason
from core.i18n import N_
from core.resources import resource_path

KINDS = ("staff", "assets", "structure", "positions", "renstra")
MAPPING_UNREADABLE = N_("Berkas pemetaan kolom {path} tidak dapat dibaca: {reason}")
MAPPING_UNWRITABLE = N_("Berkas pemetaan kolom {path} tidak dapat ditulis: {reason}")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """resources/excel/columns.toml, read once."""
    path = resource_path("excel", "columns.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FileProblem(N_("Berkas referensi {path} tidak dapat dibaca: {reason}"), path=str(path), reason=str(exc)) from exc


def words(value: object) -> str:
    """Text compared the way people mean it: 'Gol. / Ruang' = 'GOL/RUANG', 'Luas (m²)' =
    'LUAS M2', 'Tgl.Lahir' = 'TGL LAHIR'."""
    text = unicodedata.normalize("NFKC", str(value or "")).upper()
    text = re.sub(r"[^\w/&]+", " ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.replace("_", " ").split())


@lru_cache(maxsize=8)
def synonyms(kind: str) -> dict[str, str]:
    """Normalised header text → field, for one kind."""
    return {words(text): name for name, texts in vocabulary()[kind].items() for text in texts}


def required(kind: str) -> list[str]:
    return list(vocabulary()["required"][kind])


def field_of(parts: list[str], kind: str) -> tuple[str | None, int]:
    """The field a column's header names, and how many of its header rows the match used:
    the whole text first ('JABATAN NAMA' is the position, not the name), then its lower
    parts ('PANGKAT GOL/RUANG' → 'GOL/RUANG')."""
    known = synonyms(kind)
    for start in range(len(parts)):
        found = known.get(words(" ".join(parts[start:])))
        if found:
            return found, len(parts) - start
    return None, 0


@dataclass
class Mapping:
    """field → column index (0-based); fields starting with '_' are checked, not stored."""

    kind: str
    columns: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, str]:
        from core.excel.read import column_letter

        return {name: column_letter(index) for name, index in self.columns.items()}

    @classmethod
    def from_json(cls, kind: str, data: dict[str, str]) -> Mapping:
        from core.excel.read import column_index

        return cls(kind, {name: column_index(letter) for name, letter in data.items() if re.fullmatch(r"[A-Za-z]{1,3}", letter)})


def guess_mapping(kind: str, headers: list[list[str]]) -> Mapping:
    """A column per field from the header parts of each column; when two columns name the
    same field the one named more exactly (more header rows matched), then the first, wins."""
    best: dict[str, tuple[int, int]] = {}
    for index, parts in enumerate(headers):
        name, depth = field_of(parts, kind)
        if name is None:
            continue
        if name not in best or depth > best[name][1]:
            best[name] = (index, depth)
    return Mapping(kind, {name: index for name, (index, _) in sorted(best.items(), key=lambda item: item[1][0])})


def shape_key(kind: str, labels: list[str]) -> str:
    """What makes two files 'the same shape': the kind and the normalised header texts."""
    return kind + ":" + "|".join(words(label) for label in labels)


class MappingMemory:
    """Mappings remembered per shape in a JSON file::

        {"version": 1, "shapes": {"staff:NO|NAMA|NIP|...": {"kind": "staff",
          "headers": {"A": "NO", ...}, "columns": {"name": "B", "nip": "C", ...}}}}

    The columns can be edited by hand (letters as Excel shows them)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.shapes: dict[str, Any] = {}
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self.shapes = dict(data.get("shapes", {}))
            except (OSError, ValueError, AttributeError) as exc:
                reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
                raise FileProblem(MAPPING_UNREADABLE, path=str(self.path), reason=reason) from None

    def recall(self, kind: str, labels: list[str]) -> Mapping | None:
        entry = self.shapes.get(shape_key(kind, labels))
        return Mapping.from_json(kind, entry.get("columns", {})) if isinstance(entry, dict) else None

    def remember(self, mapping: Mapping, labels: list[str]) -> None:
        from core.excel.read import column_letter

        self.shapes[shape_key(mapping.kind, labels)] = {
            "kind": mapping.kind,
            "headers": {column_letter(i): label for i, label in enumerate(labels) if label},
            "columns": mapping.to_json(),
        }

    def save(self) -> None:
        """Write the file whole (a temporary beside it, then renamed): never half a file."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            temporary.write_text(
                json.dumps({"version": 1, "shapes": self.shapes}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            os.replace(temporary, self.path)
        except OSError as exc:
            raise FileProblem(MAPPING_UNWRITABLE, path=str(self.path), reason=os_reason(exc)) from None
