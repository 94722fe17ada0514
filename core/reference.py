"""Reference tables shipped in ``resources/reference``: urusan, ranks, competencies,
KIB categories, unit kinds and the nine-box; each table carries its legal basis.

They are read once per process and never written: rules are data (ARCHITECTURE.md rule 4).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.errors import FileProblem
from core.i18n import N_
from core.resources import resource_path

URUSAN_GROUPS_MANDATORY = ("wajib_pelayanan_dasar", "wajib_non_pelayanan_dasar")
ESELON_ORDER = ("Ia", "Ib", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "V")


@dataclass(frozen=True)
class Urusan:
    code: str
    name: str
    group: str
    rumpun: str  # "" where the combining rule does not apply

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class Rank:
    golongan: str
    pangkat: str
    order: int


@dataclass(frozen=True)
class Competency:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class KibCategory:
    kib: str
    name: str


@dataclass(frozen=True)
class UnitKind:
    kind: str
    label_id: str
    label_en: str
    is_pd: bool
    structural: bool
    eselon_min: str
    eselon_max: str
    child_kind: str  # the kind a new sub-unit of this kind gets ("" if none is usual)
    top_default: bool  # the kind a new unit at the top of an edition gets (one kind)

    def eselon_fits(self, eselon: str) -> bool:
        """Whether a head's eselon lies in the range usual for this kind."""
        if not self.eselon_min or eselon not in ESELON_ORDER:
            return True
        lo = ESELON_ORDER.index(self.eselon_min)
        hi = ESELON_ORDER.index(self.eselon_max or self.eselon_min)
        return lo <= ESELON_ORDER.index(eselon) <= hi


@dataclass(frozen=True)
class NineBox:
    box: int
    kinerja: str
    potensi: str
    recommendation: str  # English
    rekomendasi: str  # the same in Indonesian (PermenPANRB 3/2020 wording)


@dataclass(frozen=True)
class Reference:
    """All shipped reference tables, keyed for lookup, with each file's legal basis."""

    urusan: dict[str, Urusan]
    ranks: dict[str, Rank]
    competencies: dict[str, Competency]
    kib: dict[str, KibCategory]
    unit_kinds: dict[str, UnitKind]
    nine_box: dict[int, NineBox]
    basis: dict[str, str] = field(default_factory=dict)

    def unit_kind(self, kind: str) -> UnitKind:
        return self.unit_kinds.get(kind) or self.unit_kinds["lainnya"]


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a shipped CSV file; a missing or malformed file is a clear FileProblem."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                {key: (value or "").strip() for key, value in row.items() if key is not None} for row in csv.DictReader(handle)
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise FileProblem(N_("Berkas referensi {path} tidak dapat dibaca: {reason}"), path=str(path), reason=str(exc)) from exc


def _ref(name: str) -> list[dict[str, str]]:
    return read_csv(resource_path("reference", name))


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """Load every reference table (cached: they never change while the program runs)."""
    return Reference(
        urusan={r["code"]: Urusan(r["code"], r["name"], r["group"], r["rumpun"]) for r in _ref("urusan.csv")},
        ranks={r["golongan"]: Rank(r["golongan"], r["pangkat"], int(r["order"])) for r in _ref("golongan.csv")},
        competencies={r["code"]: Competency(r["code"], r["name"], r["kind"]) for r in _ref("kompetensi.csv")},
        kib={r["kib"]: KibCategory(r["kib"], r["name"]) for r in _ref("kib.csv")},
        unit_kinds={
            r["kind"]: UnitKind(
                r["kind"],
                r["label_id"],
                r["label_en"],
                r["is_pd"] == "1",
                r["structural"] == "1",
                r["eselon_min"],
                r["eselon_max"],
                r["child_kind"],
                r["top_default"] == "1",
            )
            for r in _ref("unit_kinds.csv")
        },
        nine_box={
            int(r["box"]): NineBox(int(r["box"]), r["kinerja"], r["potensi"], r["recommendation"], r["rekomendasi"])
            for r in _ref("nine_box.csv")
        },
        basis={r["file"]: r["basis"] for r in _ref("sources.csv")},
    )
