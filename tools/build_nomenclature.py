"""Rebuild resources/reference/nomenklatur.csv from public source files, with provenance.

    .venv/bin/python tools/build_nomenclature.py [--mirror DIR] [--out FILE]

The official nomenclature (Permendagri 90/2019 and the Kepmendagri decisions that
update it) is published as PDF annexes and in SIPD, neither of which can be read
here; what can be read is the seed data of public planning applications that
transcribed it. Each source below is a git repository pinned to one commit, read
with ``git show`` from a directory of fetched mirrors (``DIR/owner+name/repo``).
Nothing is downloaded: fetch the repositories first. The program itself never runs
this; it reads only the CSV this writes.

How rows are chosen (see resources/reference/NOMENKLATUR.md):
* codes are normalised with :func:`core.nomenclature.normalise` (one form per code);
* a code is named as most sources name it (ties: the first in ``SOURCES`` order), in
  that source's spelling; names are only trimmed and their runs of whitespace joined,
  never reworded; a lossy source votes but never gives the spelling;
* a row is ``verified=yes`` when another, independent source has the same code with
  the same name (compared without case, spaces and punctuation); ``confirmed_by``
  says which; a different name elsewhere is kept in ``note``;
* a code is kept only under a known parent that its naming source names as the table
  (or a 2019 source) does: seed data sometimes files a kegiatan under the wrong program;
* urusan and bidang are marked for both levels of government (one classification,
  UU 23/2014); programs and below only for the level their source transcribes;
* a name that only a lossy source has (lower-cased, punctuation stripped) is never
  shipped: such codes are counted as missing instead;
* the provinsi rows (``PROVINCE_SOURCES``: SIMCAN's parameter tables, 2020) are built on
  their own and set beside the kab/kota rows (:func:`with_province`): a provinsi code is
  verified only by another provinsi source, never by a kab/kota one.

Searched for a second provinsi source and not found (see resources/reference/
NOMENKLATUR.md, *Missing*): seed data, SQL dumps and JSON of provincial applications with
kegiatan codes ``1.01.02.1.01`` or names such as "Pengelolaan Pendidikan Sekolah Menengah
Atas", "Penyelenggaraan Jalan Provinsi", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
PROVINSI": only dumps whose repository the search index does not name.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.nomenclature import (  # noqa: E402
    BOTH,
    CSV_COLUMNS,
    generic_code,
    government_of_code,
    level_of,
    normalise,
    parent_code,
)

V2019 = "Permendagri 90/2019"
V2025 = "Kepmendagri 050-5889/2021 dan pemutakhirannya (SIPD 2025)"
UNSTATED = "tidak disebut sumber"  # a row only a source without a stated version has


@dataclass(frozen=True)
class Source:
    """One pinned public file set and what is known about what it transcribes."""

    key: str
    repo: str
    commit: str
    government: str
    version: str
    lossy: bool = False  # names lower-cased and stripped of punctuation: confirm codes only

    @property
    def label(self) -> str:
        return f"github.com/{self.repo}@{self.commit[:12]}"

    def cite(self, path: str) -> str:
        return f"github.com/{self.repo}/blob/{self.commit}/{path}"


SEPEDA = Source("sepeda", "irunwazed/sepeda", "96093948be6ad561e44d91d61780fe5232fb9717", "kabkota", V2019)
DEMONEV = Source("demonev", "afilamediakarya/demonev", "28e05c3c137c56ff95fda0ac1e323890e733f15e", "kabkota", V2019)
PAREPARE = Source("parepare", "AldiAlfatih/BAPPEDA", "915fd4e78a591813933b6f0e1ef099ea30e091bd", "kabkota", V2025)
SIPD_KALTARA = Source(
    "sipd2025", "join-project-ms-grup/e-monev-utara-be", "a19c4021a1771487cb90ea64469e61cc9c618998", "kabkota", V2025
)
JEMBER = Source("jember", "sfynsss/lkpj-jemberkab-new", "a8b7bb46dc2f72b3950749dfd05dd59138eb0cf4", "kabkota", "")
SINGASAKTI = Source("singasakti", "Nightcrow26/singasakti", "f4ec02406cc73abc83935f339d680e48e5fa6130", "kabkota", "", lossy=True)
V2020 = "Permendagri 90/2019; pemutakhiran Kepmendagri 050 per 20-11-2020 (SIMCAN)"
# SIMCAN, BPKP's planning application for provinces and kabupaten/kota: its parameter tables
# of Permendagri 90/2019 with the 2020 update, one row per level of government (jns_pemda).
SIMCAN = Source("simcan", "simda-id/simcan", "a9a961a040c047b28ab1101f8e5ac9f88afb4258", "provinsi", V2020)
# Order matters: it breaks ties between names and says whose spelling is kept.
SOURCES = (SEPEDA, DEMONEV, PAREPARE, SIPD_KALTARA, JEMBER, SINGASAKTI)
PROVINCE_SOURCES = (SIMCAN,)  # built on their own: a provinsi code is never confirmed by a kab/kota source


@dataclass
class Found:
    """A code as one source writes it."""

    code: str
    name: str
    source: Source
    path: str
    written: str = ""  # the code as the source writes it, where that is a copy of X.XX.01
    variants: list[Found] = field(default_factory=list)  # copies under other bidang named otherwise


@dataclass
class Row:
    code: str
    level: str
    name: str
    government: str
    version: str
    source: str
    confirmed_by: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def git_show(mirror: Path, source: Source, path: str) -> str:
    repo = mirror / source.repo.replace("/", "+") / "repo"
    done = subprocess.run(["git", "-C", str(repo), "show", f"{source.commit}:{path}"], capture_output=True, check=False)
    if done.returncode:
        sys.exit(f"cannot read {path} of {source.repo}@{source.commit}: fetch it into {repo} first")
    return done.stdout.decode("utf-8")


def tidy(name: str) -> str:
    """Trim and join runs of whitespace (PDF line breaks): the only change a name gets."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What two spellings of one name share: letters and digits, without case."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def php_unquote(text: str, quote: str) -> str:
    if quote == "'":
        return text.replace("\\'", "'").replace("\\\\", "\\")
    return text.replace('\\"', '"').replace("\\r", " ").replace("\\n", " ").replace("\\t", " ")


# --- irunwazed/sepeda: Laravel migrations with rows of permen_ver, urusan .. sub_kegiatan codes ---

SEPEDA_FILES = (
    "database/migrations/2021_04_25_000001_create_ref_urusan_table.php",
    "database/migrations/2021_04_25_000002_create_ref_bidang_table.php",
    "database/migrations/2021_04_25_000003_create_ref_program_table.php",
    "database/migrations/2021_04_25_000004_create_ref_kegiatan_table.php",
    "database/migrations/2021_04_25_000004_create_ref_sub_kegiatan_table.php",
)
_PAIR = re.compile(r"'(\w+)'\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|(\d+))")


def sepeda_code(values: dict[str, str]) -> str:
    """``urusan 0, bidang 0`` is the sources' spelling of the generic X.XX."""
    urusan, bidang = values["urusan_kode"], values.get("bidang_kode")
    generic = urusan == "0"
    parts = ["X" if generic else urusan]
    if bidang is not None:
        parts.append("XX" if generic else bidang)
    if "program_kode" in values:
        parts.append(values["program_kode"])
    if "kegiatan_kode" in values:
        kegiatan = values["kegiatan_kode"]  # '201' = kegiatan 2.01
        parts += [kegiatan[0], kegiatan[1:]]
    if "sub_kegiatan_kode" in values:
        parts.append(values["sub_kegiatan_kode"])
    return ".".join(parts)


def read_sepeda(mirror: Path) -> Iterator[Found]:
    for path in SEPEDA_FILES:
        text = git_show(mirror, SEPEDA, path)
        for chunk in text.split("['permen_ver'")[1:]:
            values: dict[str, str] = {}
            for key, quoted, number in _PAIR.findall("['permen_ver'" + chunk.split("]", 1)[0]):
                values[key] = php_unquote(quoted, "'") if number == "" else number
            name_field = next((k for k in values if k.endswith("_nama")), None)
            if name_field is None or (values["urusan_kode"] == "0" and "program_kode" not in values):
                continue  # the empty placeholder urusan/bidang of the generic program
            yield Found(normalise(sepeda_code(values)), tidy(values[name_field]), SEPEDA, path)


# --- afilamediakarya/demonev: Laravel seeders whose rows name their parents in query closures ---

DEMONEV_FILES = (
    "database/seeds/UrusanSeeder.php",
    "database/seeds/BidangUrusanSeeder.php",
    "database/seeds/ProgramSeeder.php",
    "database/seeds/KegiatanSeeder.php",
    "database/seeds/SubKegiatanSeeder.php",
)
DEMONEV_GENERIC = "database/seeds/NonUrusanSeeder.php"
_NUMBER = r"(?:\$this->convertKode\()?[\"']?([0-9.]+)[\"']?\)?"
_DEMONEV_TOKEN = re.compile(
    r"[\"'](kode_urusan|kode_bidang_urusan|kode_program|kode_kegiatan|kode_sub_kegiatan)[\"']\s*(?:=>|,)\s*"
    + _NUMBER
    + r"|[\"'](nama_urusan|nama_bidang_urusan|nama_program|nama_kegiatan|nama_sub_kegiatan)[\"']\s*=>\s*"
    r"(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)')"
)
_DEMONEV_LEVEL = {
    "nama_urusan": 1,
    "nama_bidang_urusan": 2,
    "nama_program": 3,
    "nama_kegiatan": 4,
    "nama_sub_kegiatan": 5,
}


def read_demonev(mirror: Path) -> Iterator[Found]:
    for path in (*DEMONEV_FILES, DEMONEV_GENERIC):
        generic = path == DEMONEV_GENERIC
        current: dict[str, str] = {}
        for match in _DEMONEV_TOKEN.finditer(git_show(mirror, DEMONEV, path)):
            key, number, name_field, dquoted, squoted = match.groups()
            if key:
                current[key] = number
                continue
            name = php_unquote(dquoted, '"') if dquoted is not None else php_unquote(squoted or "", "'")
            depth = _DEMONEV_LEVEL[name_field]
            code = demonev_code(current, depth, generic)
            current = {}
            if code:
                yield Found(normalise(code), tidy(name), DEMONEV, path)


def demonev_code(values: dict[str, str], depth: int, generic: bool) -> str | None:
    sub = values.get("kode_sub_kegiatan", "")
    if generic:  # the generic program's rows: kegiatan "2.01", sub-kegiatan "0.00.01.2.01.01"
        if depth == 3:
            return "X.XX.01"
        if depth == 4:
            return "X.XX.01." + values["kode_kegiatan"]
        return "X.XX." + sub.split(".", 2)[2] if sub.startswith("0.00.") else None
    parts = [values.get("kode_urusan", "")]
    if depth >= 2:
        parts.append(values.get("kode_bidang_urusan", ""))
    if depth >= 3:
        parts.append(values.get("kode_program", ""))
    if depth >= 4:
        parts.append(values.get("kode_kegiatan", ""))
    if depth == 5:
        parts.append(sub)
    return ".".join(parts) if all(parts) else None


# --- AldiAlfatih/BAPPEDA (Kota Parepare, 2025): seeders of nomor_kode / nomenklatur pairs ---

PAREPARE_FILES = (
    "database/seeders/UrusanSeeder.php",
    "database/seeders/BidangUrusanSeeder.php",
    "database/seeders/ProgramSeeder.php",
    "database/seeders/KegiatanSeeder.php",
    "database/seeders/SubKegiatanSeeder.php",
)
_PAREPARE_ROW = re.compile(r"'nomor_kode'\s*=>\s*'([^']+)'\s*,\s*'nomenklatur'\s*=>\s*'((?:[^'\\]|\\.)*)'")


def read_parepare(mirror: Path) -> Iterator[Found]:
    for path in PAREPARE_FILES:
        for code, name in _PAREPARE_ROW.findall(git_show(mirror, PAREPARE, path)):
            yield Found(normalise(code), tidy(php_unquote(name, "'")), PAREPARE, path)


# --- join-project-ms-grup/e-monev-utara-be: SIPD's master lists as exported in November 2025 ---

SIPD_SUB = "seeder/sub.json"  # SIPD's kab/kota sub-kegiatan (2,567), each with its parents
SIPD_KEGIATAN = "seeder/kegiatan.json"  # 2,000 kegiatan records of every level of government
_BRACKETED = re.compile(r"^\[([0-9X.]+)\]\s*(.+)$")


def read_sipd_kaltara(mirror: Path) -> Iterator[Found]:
    for record in json.loads(git_show(mirror, SIPD_KALTARA, SIPD_SUB)):
        for key in ("urusan", "bidang", "program", "kegiatan"):
            match = _BRACKETED.match(record.get(key) or "")
            if match:
                yield Found(normalise(match[1]), tidy(match[2]), SIPD_KALTARA, SIPD_SUB)
        yield Found(normalise(record["kode"]), tidy(record["nama"]), SIPD_KALTARA, SIPD_SUB)
    for record in json.loads(git_show(mirror, SIPD_KALTARA, SIPD_KEGIATAN)):
        code = normalise(record["kode"])
        if government_of_code(code) == SIPD_KALTARA.government:  # 3.xx-7.xx: special regions
            yield Found(code, tidy(record["name"]), SIPD_KALTARA, SIPD_KEGIATAN)


# --- sfynsss/lkpj-jemberkab-new (Kabupaten Jember): Renstra rows with their nomenclature code ---

JEMBER_FILES = (
    "database/seeds/ProgramSeeder.php",
    "database/seeds/KegiatanSeeder.php",
    "database/seeds/SubKegiatanSeeder.php",
)
_JEMBER_ROW = re.compile(
    r"'kode_(?:program|kegiatan|sub_keg)'\s*=>\s*'([^']+)'\s*,\s*"
    r"'nama_(?:program|kegiatan|sub_keg)'\s*=>\s*'((?:[^'\\]|\\.)*)'"
)


def read_jember(mirror: Path) -> Iterator[Found]:
    for path in JEMBER_FILES:
        for code, name in _JEMBER_ROW.findall(git_show(mirror, JEMBER, path)):
            yield Found(normalise(code), tidy(php_unquote(name, "'")), JEMBER, path)


# --- Nightcrow26/singasakti: a JSON export of the code tree; names lower-cased, punctuation gone ---

SINGASAKTI_TREE = "database/data/nomenklatur_perencanaan.json"
SINGASAKTI_NAMES = {
    "urusan": "database/data/ref_urusan.json",
    "bidang_urusan": "database/data/ref_bidang_urusan.json",
    "program": "database/data/ref_program.json",
    "kegiatan": "database/data/ref_kegiatan.json",
    "sub_kegiatan": "database/data/ref_sub_kegiatan.json",
}


def read_singasakti(mirror: Path) -> Iterator[Found]:
    names = {
        kind: {r["id"]: r["nama"] for r in json.loads(git_show(mirror, SINGASAKTI, path))["RECORDS"]}
        for kind, path in SINGASAKTI_NAMES.items()
        if path
    }
    for record in json.loads(git_show(mirror, SINGASAKTI, SINGASAKTI_TREE))["RECORDS"]:
        kind = record["jenis"]
        if kind not in names:
            continue
        name = names[kind].get(record[f"ref_{kind}"], "")
        yield Found(normalise(record["kode_perencanaan"]), name, SINGASAKTI, SINGASAKTI_TREE)


# --- simda-id/simcan: SQL dump of the parameter tables 90_ref_urusan .. 90_ref_sub_kegiatan ---

SIMCAN_FILE = "backup_dbmaster/simcan_master_parameter90_20201120.sql"
_SQL_INSERT = re.compile(r"INSERT INTO `(90_ref_\w+)` \(([^)]*)\) VALUES\n(.*?);\n", re.S)
_SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.)*)'|(-?\d+)|NULL")


def sql_rows(text: str) -> dict[str, list[dict[str, str]]]:
    """Table → its rows (column → value as text) from a mysqldump's INSERT statements."""
    tables: dict[str, list[dict[str, str]]] = defaultdict(list)
    for table, columns, body in _SQL_INSERT.findall(text):
        names = [c.strip(" `") for c in columns.split(",")]
        for line in body.split("\n"):
            line = line.strip().rstrip(",")
            if line.startswith("(") and line.endswith(")"):
                values = [quoted if quoted or not number else number for quoted, number in _SQL_VALUE.findall(line[1:-1])]
                tables[table].append(dict(zip(names, (php_unquote(v, "'") for v in values), strict=False)))
    return tables


def read_simcan(mirror: Path) -> Iterator[Found]:
    """The provinsi rows (``jns_pemda`` 1) in force (``status_data`` 0). SIMCAN numbers its
    urusan 1..10 and gives the official code beside it (``kode_urusan``: 'X', '1' .. '9');
    bidang, program, kegiatan ('101' = 1.01) and sub-kegiatan numbers are the official ones.
    A name with SIMCAN's footnote mark ('******)': Aceh's special affairs) is left out."""
    tables = sql_rows(git_show(mirror, SIMCAN, SIMCAN_FILE))
    urusan = {r["kd_urusan"]: r["kode_urusan"] for r in tables["90_ref_urusan"]}
    bidang = {r["id_bidang"]: r for r in tables["90_ref_bidang"] if r["jns_pemda"] == "1"}
    programs = {r["id_program"]: r for r in tables["90_ref_program"] if r["jns_pemda"] == "1" and r["status_data"] == "0"}
    kegiatan = {r["id_kegiatan"]: r for r in tables["90_ref_kegiatan"] if r["jns_pemda"] == "1" and r["status_data"] == "0"}
    codes: dict[str, str] = {}  # SIMCAN id → code, by level

    def keep(code: str, name: str) -> Iterator[Found]:
        if "*" not in name:
            yield Found(normalise(code), tidy(name), SIMCAN, SIMCAN_FILE)

    for row in tables["90_ref_urusan"]:  # one list for both levels (its jns_pemda is not the level)
        if row["kode_urusan"] != "X":
            yield from keep(row["kode_urusan"], row["nm_urusan"])
    for row in bidang.values():
        first = urusan[row["kd_urusan"]]
        code = "X.XX" if row["kd_bidang"] == "XX" else f"{first}.{int(row['kd_bidang']):02d}"
        codes["b" + row["id_bidang"]] = code
        if code != "X.XX":
            yield from keep(code, row["nm_bidang"])
    for row in programs.values():
        parent = codes.get("b" + row["id_bidang"])
        if parent is not None:
            codes["p" + row["id_program"]] = code = f"{parent}.{int(row['kd_program']):02d}"
            yield from keep(code, row["uraian_program"])
    for row in kegiatan.values():
        parent = codes.get("p" + row["id_program"])
        number = row["kd_kegiatan"]
        if parent is not None and len(number) == 3 and number[0] == "1":
            codes["k" + row["id_kegiatan"]] = code = f"{parent}.{number[0]}.{number[1:]}"
            yield from keep(code, row["uraian_kegiatan"])
    for row in tables["90_ref_sub_kegiatan"]:
        parent = codes.get("k" + row["id_kegiatan"])
        if parent is not None and row["jns_pemda"] == "1" and row["status_data"] == "0":
            yield from keep(f"{parent}.{int(row['kd_sub_kegiatan']):04d}", row["uraian_sub_kegiatan"])


READERS = {
    "simcan": read_simcan,
    "sepeda": read_sepeda,
    "demonev": read_demonev,
    "parepare": read_parepare,
    "sipd2025": read_sipd_kaltara,
    "jember": read_jember,
    "singasakti": read_singasakti,
}


def read_all(mirror: Path, sources: tuple[Source, ...] = SOURCES) -> dict[str, dict[str, Found]]:
    """Per source, its codes (the first spelling of a code a source repeats)."""
    found: dict[str, dict[str, Found]] = {}
    for source in sources:
        by_code: dict[str, Found] = {}
        for item in READERS[source.key](mirror):
            generic = generic_code(item.code) or item.code  # sources copy X.XX.01 under each bidang
            if generic != item.code:
                item.written, item.code = item.code, generic
            first = by_code.get(item.code)
            if first is None or (first.written and not item.written):  # X.XX.01 itself over a copy
                by_code[item.code] = item
                if first is not None:
                    item.variants = [first, *first.variants]
                    first.variants = []
            elif item.written:
                first.variants.append(item)
        found[source.key] = by_code
    return found


def government_of(code: str, source: Source) -> str:
    """Urusan and bidang are one classification for both levels (UU 23/2014); programs and
    below are the level the source transcribes."""
    return BOTH if level_of(code) in ("urusan", "bidang") else source.government


def fits_tree(code: str, namer: Found, found: dict[str, dict[str, Found]], accepted: dict[str, set[str]]) -> bool:
    """A code must hang under a known parent that its naming source names as we accept it.

    Catches seed data that filed a kegiatan under the wrong program (a PAUD kegiatan
    numbered under program 01): that source's name for the parent is not ours.
    """
    parent = parent_code(code)
    if parent is None or parent == "X.XX":  # the generic program has no named bidang
        return True
    if parent not in accepted:
        return False
    theirs = found[namer.source.key].get(parent)
    return theirs is None or name_key(theirs.name) in accepted[parent]


def note(item: Found) -> str:
    lossy = " (tanpa huruf besar dan tanda baca)" if item.source.lossy else ""
    written = f" {item.written}" if item.written else ""
    return f"{item.source.label} menulis{written}{lossy}: {item.name}"


def variant_notes(items: list[Found], chosen: str) -> list[str]:
    """A source's copies of the generic program under some bidang that name it otherwise
    (e.g. a 2019 transcription's 4.01.01 "PROGRAM ADMINISTRASI UMUM")."""
    seen = {chosen} | {name_key(i.name) for i in items}
    notes = []
    for item in items:
        for variant in item.variants:
            if name_key(variant.name) not in seen:
                seen.add(name_key(variant.name))
                notes.append(note(variant))
    return notes


def build(found: dict[str, dict[str, Found]], sources: tuple[Source, ...] = SOURCES) -> tuple[list[Row], Counter[str]]:
    """One row per code: named as most sources name it (the first of them in ``SOURCES``
    order gives the spelling, a lossy one never does), the others recorded."""
    by_code: dict[str, list[Found]] = defaultdict(list)
    for source in sources:
        for code, item in found[source.key].items():
            by_code[code].append(item)
    rows: list[Row] = []
    accepted: dict[str, set[str]] = {}  # per code: the name keys its children may cite
    missing: Counter[str] = Counter()
    for code in sorted(by_code, key=sort_key):  # parents before their children
        items = by_code[code]
        groups: dict[str, list[Found]] = {}
        for item in items:
            groups.setdefault(name_key(item.name), []).append(item)
        namable = [g for g in groups.values() if any(not i.source.lossy for i in g)]
        if not namable:
            missing[f"{level_of(code)} (nama hanya dari sumber tanpa tanda baca)"] += 1
            continue
        best = max(namable, key=len)  # ties: the group whose first source comes first
        namer = next(i for i in best if not i.source.lossy)
        if not fits_tree(code, namer, found, accepted):
            missing[f"{level_of(code)} (induk tidak cocok di {namer.source.key})"] += 1
            continue
        accepted[code] = {name_key(namer.name)} | {name_key(i.name) for i in items if i.source.version == V2019}
        versions = list(dict.fromkeys(i.source.version for i in items if i.source.version))
        rows.append(
            Row(
                code,
                level_of(code),
                namer.name,
                government_of(code, namer.source),
                "; ".join(versions) or UNSTATED,
                namer.source.cite(namer.path),
                confirmed_by=[i.source.label for i in best if i is not namer],
                notes=[note(i) for group in groups.values() if group is not best for i in group]
                + variant_notes(items, name_key(namer.name)),
            )
        )
    return rows, missing


def with_province(rows: list[Row], province: list[Row]) -> list[Row]:
    """The kab/kota table with the provinsi rows beside it: a program, kegiatan or
    sub-kegiatan of the province is a row of its own (its source, its version; verified only
    by another provinsi source), so a code both levels have holds one row each. Urusan and
    bidang are the kab/kota table's (one classification); one it lacks is the province's."""
    known = {r.code for r in rows}
    with_programs = {r.code[:4] for r in province if r.level == "program"}
    added = []
    for row in province:
        if row.level in ("urusan", "bidang"):
            if row.code in known or (row.level == "bidang" and row.code not in with_programs):
                continue
            row.government = "provinsi"
        added.append(row)
    return sorted(rows + added, key=lambda r: sort_key(r.code))  # stable: kab/kota rows keep their order


def sort_key(code: str) -> tuple[object, ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in code.split("."))


def write(rows: list[Row], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in rows:
            verified = "yes" if r.confirmed_by else "no"
            writer.writerow(
                [
                    r.level,
                    r.code,
                    r.name,
                    r.government,
                    r.version,
                    r.source,
                    verified,
                    " | ".join(r.confirmed_by),
                    " | ".join(r.notes),
                ]
            )


def summary(rows: list[Row], missing: Counter[str]) -> str:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        verified = "yes" if r.confirmed_by else "no"
        counts[(r.level, r.government)][verified] += 1
    lines = [f"{'level':<14}{'government':<12}{'rows':>7}{'verified':>10}"]
    for (level, government), c in sorted(counts.items()):
        lines.append(f"{level:<14}{government:<12}{sum(c.values()):>7}{c['yes']:>10}")
    lines.append("codes not shipped: " + ", ".join(f"{k} {v}" for k, v in missing.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="directory of fetched repositories")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "reference" / "nomenklatur.csv")
    args = parser.parse_args()
    rows, missing = build(read_all(args.mirror))
    province, missing_province = build(read_all(args.mirror, PROVINCE_SOURCES), PROVINCE_SOURCES)
    rows = with_province(rows, province)
    write(rows, args.out)
    print(summary(rows, missing + missing_province))


if __name__ == "__main__":
    main()
