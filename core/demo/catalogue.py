"""The texts the sample region is written from (``resources/sample``): bidang with their
function statements, support units, generic statements, names, asset types."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from core.reference import read_csv
from core.resources import resource_path

SEPARATOR = " | "


@dataclass(frozen=True)
class BidangText:
    urusan_code: str
    owner: str
    name: str
    program: str
    functions: tuple[str, ...]


@dataclass(frozen=True)
class SupportText:
    kind: str
    group: str
    name: str
    functions: tuple[str, ...]


@dataclass(frozen=True)
class AssetType:
    kib: str
    kode_barang: str
    name: str
    min_rp: int
    max_rp: int
    share: int


@dataclass(frozen=True)
class Catalogue:
    bidang: dict[tuple[str, str], list[BidangText]]  # (urusan code, owner) → bidang
    support: dict[str, list[SupportText]]  # group → units
    generic: dict[str, tuple[str, ...]]  # kind → statements with {topic}
    names: dict[str, list[str]]  # male, female, family, front_title, back_title
    assets: list[AssetType]
    province_pd: list[dict[str, str]]
    regency_pd: list[dict[str, str]]
    regencies: list[dict[str, str]]
    vocabulary: frozenset[str]  # lower-case words the statements use (see structure.topic_of)

    def support_of(self, group: str, kind: str) -> list[SupportText]:
        return [s for s in self.support.get(group, []) if s.kind == kind]

    def head_functions(self, kind: str) -> tuple[str, ...]:
        found = self.support_of("head", kind)
        return found[0].functions if found else ()


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(SEPARATOR.strip()) if part.strip())


def _sample(name: str) -> list[dict[str, str]]:
    return read_csv(resource_path("sample", name))


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    bidang: dict[tuple[str, str], list[BidangText]] = defaultdict(list)
    for row in _sample("bidang.csv"):
        item = BidangText(row["urusan_code"], row["owner"], row["bidang"], row["program"], _split(row["functions"]))
        bidang[(item.urusan_code, item.owner)].append(item)
    support: dict[str, list[SupportText]] = defaultdict(list)
    for row in _sample("support_units.csv"):
        support[row["group"]].append(SupportText(row["kind"], row["group"], row["name"], _split(row["functions"])))
    names: dict[str, list[str]] = defaultdict(list)
    for row in _sample("names.csv"):
        names[row["kind"]].append(row["value"])
    statements = [f for items in bidang.values() for b in items for f in b.functions]
    statements += [f for items in support.values() for u in items for f in u.functions]
    vocabulary = frozenset(word for text in statements for word in text.replace(",", " ").split() if word.islower())
    return Catalogue(
        vocabulary=vocabulary,
        bidang=dict(bidang),
        support=dict(support),
        generic={row["kind"]: _split(row["functions"]) for row in _sample("generic_functions.csv")},
        names=dict(names),
        assets=[
            AssetType(r["kib"], r["kode_barang"], r["name"], int(r["min_value_rp"]), int(r["max_value_rp"]), int(r["unit_share"]))
            for r in _sample("assets.csv")
        ],
        province_pd=read_csv(resource_path("reference", "sotk_kalbar.csv")),
        regency_pd=_sample("kabupaten_pd.csv"),
        regencies=_sample("kabupaten.csv"),
    )
