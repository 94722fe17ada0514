"""Fictional positions, staff, competency standards and assessments for the sample.

NIPs follow the PNS layout (birth date, TMT CPNS, gender, serial) and are unique in
each region; positions are left vacant or over-filled against their need, as in any
real office (one note per PD), and a handful of people have no position (a warning each).
"""

from __future__ import annotations

import random
from datetime import date

from core.demo.catalogue import Catalogue
from core.demo.rows import Rows, UnitInfo
from core.reference import load_reference

# Required level per managerial competency by position category (PermenPAN-RB 38/2017 practice).
REQUIRED_LEVEL = {
    "jpt_madya": 5,
    "jpt_pratama": 4,
    "administrator": 3,
    "pengawas": 2,
    "pelaksana": 1,
    "ahli_utama": 4,
    "ahli_madya": 3,
    "ahli_muda": 3,
    "ahli_pertama": 2,
    "terampil": 1,
    "mahir": 2,
    "penyelia": 2,
}

GRADE = {"jpt_madya": 16, "jpt_pratama": 14, "administrator": 12, "pengawas": 9, "pelaksana": 6}
FUNCTIONAL_GRADE = {
    "ahli_utama": 13,
    "ahli_madya": 11,
    "ahli_muda": 9,
    "ahli_pertama": 8,
    "penyelia": 8,
    "mahir": 7,
    "terampil": 6,
}

# Golongan range by category (PNS).
GOLONGAN = {
    "jpt_madya": ("IV/d", "IV/e"),
    "jpt_pratama": ("IV/c", "IV/d"),
    "administrator": ("IV/a", "IV/b"),
    "pengawas": ("III/c", "III/d"),
    "pelaksana": ("II/b", "III/b"),
    "ahli_utama": ("IV/d", "IV/e"),
    "ahli_madya": ("IV/a", "IV/c"),
    "ahli_muda": ("III/c", "III/d"),
    "ahli_pertama": ("III/a", "III/b"),
    "terampil": ("II/c", "III/a"),
    "mahir": ("III/a", "III/b"),
    "penyelia": ("III/c", "III/d"),
}
PPPK_GOLONGAN = {"ahli_pertama": "IX", "ahli_muda": "X", "terampil": "VII", "pelaksana": "V", "mahir": "VIII"}

TECHNICAL = (
    ("T.01", "Perumusan Kebijakan Teknis"),
    ("T.02", "Pengelolaan Keuangan Daerah"),
    ("T.03", "Manajemen Aparatur Sipil Negara"),
    ("T.04", "Perencanaan dan Penganggaran"),
    ("T.05", "Pengelolaan Data dan Statistik Sektoral"),
    ("T.06", "Pelayanan Kesehatan Masyarakat"),
    ("T.07", "Pembelajaran dan Asesmen"),
    ("T.08", "Pengawasan dan Audit Intern"),
)

# (title, category, level, needed range) of the staff positions in a unit of each kind.
STAFF_POSITIONS: dict[str, tuple[tuple[str, str, str | None, tuple[int, int]], ...]] = {
    "subbagian": (
        ("Pengadministrasi Perkantoran", "pelaksana", None, (3, 7)),
        ("Penata Layanan Operasional", "pelaksana", None, (2, 5)),
    ),
    "sekretariat": (("Pengelola Keuangan", "pelaksana", None, (1, 3)),),
    "kecamatan": (("Pengadministrasi Perkantoran", "pelaksana", None, (2, 4)),),
    "bidang": (
        ("Analis Kebijakan Ahli Muda", "fungsional", "ahli_muda", (1, 3)),
        ("Analis Kebijakan Ahli Pertama", "fungsional", "ahli_pertama", (2, 5)),
        ("Pranata Komputer Ahli Pertama", "fungsional", "ahli_pertama", (1, 2)),
        ("Penata Kelola Sistem dan Teknologi Informasi", "pelaksana", None, (2, 4)),
        ("Pengadministrasi Perkantoran", "pelaksana", None, (2, 4)),
        ("Pengelola Program dan Kegiatan", "pelaksana", None, (2, 4)),
    ),
    "bagian": (
        ("Analis Kebijakan Ahli Pertama", "fungsional", "ahli_pertama", (2, 4)),
        ("Pengadministrasi Perkantoran", "pelaksana", None, (2, 4)),
    ),
    "seksi": (
        ("Pengadministrasi Perkantoran", "pelaksana", None, (2, 5)),
        ("Pengelola Layanan Kewilayahan", "pelaksana", None, (1, 3)),
    ),
    "irban": (
        ("Auditor Ahli Muda", "fungsional", "ahli_muda", (2, 4)),
        ("Auditor Ahli Pertama", "fungsional", "ahli_pertama", (3, 6)),
        ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama", "fungsional", "ahli_pertama", (2, 4)),
    ),
    "kelompok_jf": (
        ("Analis Kebijakan Ahli Madya", "fungsional", "ahli_madya", (1, 2)),
        ("Perencana Ahli Muda", "fungsional", "ahli_muda", (1, 3)),
    ),
    "kelurahan": (("Pengadministrasi Perkantoran", "pelaksana", None, (4, 8)),),
    "uptd": (
        ("Pengadministrasi Perkantoran", "pelaksana", None, (3, 6)),
        ("Penata Layanan Operasional", "pelaksana", None, (2, 5)),
    ),
    "puskesmas": (
        ("Dokter Ahli Pertama", "fungsional", "ahli_pertama", (2, 4)),
        ("Perawat Terampil", "fungsional", "terampil", (6, 12)),
        ("Bidan Terampil", "fungsional", "terampil", (4, 9)),
        ("Pranata Laboratorium Kesehatan Terampil", "fungsional", "terampil", (1, 3)),
    ),
    "school": (
        ("Guru Ahli Pertama", "fungsional", "ahli_pertama", (12, 26)),
        ("Guru Ahli Muda", "fungsional", "ahli_muda", (8, 16)),
        ("Pengadministrasi Perkantoran", "pelaksana", None, (2, 4)),
    ),
    "rsud": (
        ("Dokter Ahli Muda", "fungsional", "ahli_muda", (20, 40)),
        ("Perawat Mahir", "fungsional", "mahir", (80, 160)),
        ("Apoteker Ahli Pertama", "fungsional", "ahli_pertama", (6, 12)),
    ),
}

FEMALE_ENDINGS = ("wati", "sari", "ningsih", "yanti", "ani", "ari", "ayu", "tami", "dani", "ina", "rani")
FEMALE_TITLES = ("Hj.", "Dra.")
MALE_TITLES = ("H.", "Drs.")

ASSESSORS = ("UPT Penilaian Kompetensi BKD", "Assessment Center BKN Regional", "Lembaga Asesmen Mitra")


def head_category(unit: UnitInfo) -> str | None:
    eselon = unit.eselon or ""
    if not eselon:
        return None
    if eselon == "Ib":
        return "jpt_madya"
    if eselon.startswith("II"):
        return "jpt_pratama" if not eselon.startswith("III") else "administrator"
    if eselon.startswith("III"):
        return "administrator"
    return "pengawas"


def staff_profile(unit: UnitInfo) -> str:
    if unit.kind == "uptd" and "Puskesmas" in unit.name:
        return "puskesmas"
    if unit.kind == "uptd" and "SMP" in unit.name:
        return "school"
    return unit.kind


class PeopleBuilder:
    """Adds positions, standards, staff and assessments for units already built."""

    def __init__(self, rows: Rows, catalogue: Catalogue, rng: random.Random) -> None:
        self.rows = rows
        self.cat = catalogue
        self.rng = rng
        self.ref = load_reference()
        self.ranks = sorted(self.ref.ranks.values(), key=lambda r: r.order)
        self.managerial = [c.code for c in self.ref.competencies.values()]
        self.used_nips: dict[int, set[str]] = {}
        # Family names in a female form (Rahmawati, Lestari ...) and titles such as Hj./Dra. fit one sex only.
        family = catalogue.names["family"]
        self.family_names = {True: family, False: [n for n in family if not n.endswith(FEMALE_ENDINGS)]}
        titles = catalogue.names["front_title"]
        self.front_titles = {
            True: [t for t in titles if t not in MALE_TITLES],
            False: [t for t in titles if t not in FEMALE_TITLES],
        }

    def competencies(self) -> None:
        for code, name in TECHNICAL:
            self.rows.add("competencies", (code, name, "teknis", None, "kamus kompetensi teknis instansi (contoh)"))

    def unit_people(self, unit: UnitInfo) -> None:
        order = 0
        category = head_category(unit)
        if category and unit.head_title:
            self.position(unit, order, unit.head_title, category, None, unit.eselon, 1, fill=(0.93, 0.0))
            order += 1
        for title, cat, level, (lo, hi) in STAFF_POSITIONS.get(staff_profile(unit), ()):
            needed = self.rng.randint(lo, hi)
            self.position(unit, order, title, cat, level, None, needed, fill=(0.8, 0.12))
            order += 1

    def position(
        self,
        unit: UnitInfo,
        order: int,
        title: str,
        category: str,
        level: str | None,
        eselon: str | None,
        needed: int,
        fill: tuple[float, float],
    ) -> None:
        rows, rng = self.rows, self.rng
        position_id = rows.next_id("positions")
        key = level or category
        grade = FUNCTIONAL_GRADE.get(key) or GRADE.get(category)
        rows.add("positions", (position_id, unit.id, order, title, category, level, eselon, grade, needed))
        required = REQUIRED_LEVEL.get(key, 2)
        for code in self.managerial:
            rows.add("position_competencies", (position_id, code, required))
        technical = None
        if category != "pelaksana":
            technical = TECHNICAL[unit.id % len(TECHNICAL)][0]
            rows.add("position_competencies", (position_id, technical, min(5, required + 1)))
        # Holders: mostly the needed number; sometimes fewer (vacancies), rarely more.
        holders = needed
        draw = rng.random()
        if draw > fill[0]:
            holders = max(0, needed - rng.randint(1, max(1, needed // 2 + 1)))
        elif draw < fill[1]:
            holders = needed + 1
        for _ in range(holders):
            self.person(unit, position_id, key, required, structural=eselon is not None, technical=technical)

    def person(
        self, unit: UnitInfo, position_id: int | None, key: str, required: int, structural: bool, technical: str | None = None
    ) -> None:
        rows, rng = self.rows, self.rng
        pppk = not structural and key in PPPK_GOLONGAN and rng.random() < 0.22
        female = rng.random() < 0.48
        first = rng.choice(self.cat.names["female" if female else "male"])
        family = rng.choice(self.family_names[female])
        name = f"{first} {family}" if rng.random() < 0.85 else first
        front = rng.choice(self.front_titles[female]) if rng.random() < (0.25 if structural else 0.06) else None
        back = rng.choice(self.cat.names["back_title"]) if key not in ("pelaksana", "terampil") or rng.random() < 0.4 else None
        senior = {"jpt_madya": 0.9, "jpt_pratama": 0.8, "administrator": 0.65, "pengawas": 0.5}.get(key, 0.3)
        birth_year = int(1998 - senior * 30 - rng.random() * 12)
        birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
        if pppk:
            status, golongan = "PPPK", PPPK_GOLONGAN[key]
            nip = self.unique_nip(
                unit.region_id, lambda: f"{birth:%Y%m%d}{rng.randint(2019, 2024)}21{2 if female else 1}{rng.randint(1, 999):03d}"
            )
        else:
            status = "PNS"
            lo, hi = GOLONGAN.get(key, ("III/a", "III/b"))
            span = [r.golongan for r in self.ranks if self.ref.ranks[lo].order <= r.order <= self.ref.ranks[hi].order]
            golongan = rng.choice(span)
            tmt_year = min(2024, birth_year + rng.randint(22, 30))
            tmt = f"{tmt_year}{rng.randint(1, 12):02d}"
            nip = self.unique_nip(unit.region_id, lambda: f"{birth:%Y%m%d}{tmt}{2 if female else 1}{rng.randint(1, 999):03d}")
        kinerja = rng.choices((1, 2, 3), (0.12, 0.63, 0.25))[0]
        potensi = rng.choices((1, 2, 3), (0.2, 0.55, 0.25))[0]
        staff_id = rows.next_id("staff")
        rows.add_record(
            "staff",
            {
                "id": staff_id,
                "region_id": unit.region_id,
                "nip": nip,
                "name": name,
                "front_title": front,
                "back_title": back,
                "status": status,
                "golongan": golongan,
                "unit_id": unit.id,
                "position_id": position_id,
                "kinerja": kinerja,
                "potensi": potensi,
            },
        )
        if structural or rng.random() < 0.3:
            assessed_on = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            source = rng.choice(ASSESSORS)
            for code in self.managerial:
                level = max(1, min(5, required + rng.choice((-1, 0, 0, 0, 1))))
                rows.add("assessments", (staff_id, code, level, assessed_on, source))
            if technical is not None:
                level = max(1, min(5, required + 1 + rng.choice((-2, -1, 0, 0, 1))))
                rows.add("assessments", (staff_id, technical, level, assessed_on, source))

    def unique_nip(self, region_id: int, make: object) -> str:
        used = self.used_nips.setdefault(region_id, set())
        assert callable(make)
        while True:
            nip = str(make())
            if nip not in used:
                used.add(nip)
                return nip

    def unplaced(self, unit: UnitInfo, count: int) -> None:
        """People on a unit's roll who hold no position (waiting for placement)."""
        for _ in range(count):
            self.person(unit, None, "pelaksana", 1, structural=False)
