"""The unit trees of the sample: the Province of Kalimantan Barat as listed in Perda 5/2021
(``resources/reference/sotk_kalbar.csv``) and, for bigger scales, its kabupaten/kota,
with fictional bidang, sections and function statements below each perangkat daerah."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from core.demo.catalogue import BidangText, Catalogue
from core.demo.rows import Rows, UnitInfo

# Head eselon per kind: (province, kabupaten/kota). Unverified practice; see unit_kinds.csv.
ESELON = {
    "sekretariat_daerah": ("Ib", "IIa"),
    "asisten": ("IIa", "IIb"),
    "biro": ("IIb", "IIb"),
    "bagian": ("IIIa", "IIIa"),
    "sekretariat_dprd": ("IIa", "IIb"),
    "inspektorat": ("IIa", "IIb"),
    "irban": ("IIIa", "IIIb"),
    "dinas": ("IIa", "IIb"),
    "badan": ("IIa", "IIb"),
    "satpol_pp": ("IIa", "IIb"),
    "sekretariat": ("IIIa", "IIIa"),
    "bidang": ("IIIb", "IIIb"),
    "subbagian": ("IVa", "IVa"),
    "seksi": ("IVa", "IVa"),
    "uptd": ("IIIb", "IVa"),
    "rsud": ("IIb", "IIIa"),
    "kecamatan": ("IIIa", "IIIa"),
    "kelurahan": ("IVa", "IVa"),
}

HEAD_WORD = {"dinas": "kepala dinas", "badan": "kepala badan", "satpol_pp": "kepala satuan", "inspektorat": "inspektur"}

# Split urusan: which owner's bidang a PD gets (Perda 5/2021 splits these on purpose).
OWNER_BY_NAME = (
    ("Penanggulangan Bencana", "bpbd"),
    ("Polisi Pamong Praja", "satpolpp"),
    ("Keuangan dan Aset", "bkad"),
    ("Pendapatan", "bapenda"),
    ("Tanaman Pangan", "tph"),
    ("Perkebunan dan Peternakan", "bunnak"),
)

KECAMATAN_PREFIX = ("Sungai", "Teluk", "Tanjung", "Nanga", "Kuala", "Batu", "Bukit", "Simpang", "Pulau", "Air", "Sei", "Muara")
KECAMATAN_SUFFIX = (
    "Raya",
    "Ambawang",
    "Kakap",
    "Pinyuh",
    "Tebas",
    "Jawai",
    "Paloh",
    "Seluas",
    "Ledo",
    "Toba",
    "Meliau",
    "Tayan",
    "Hulu",
    "Hilir",
    "Tengah",
    "Baru",
    "Kunyit",
    "Betung",
    "Laur",
    "Pawan",
    "Keli",
    "Silat",
    "Embaloh",
    "Boyan",
    "Mandor",
    "Menjalin",
    "Sengah",
    "Balai",
    "Kembayan",
    "Entikong",
    "Sekayam",
    "Jelai",
    "Manis",
    "Durian",
    "Lintang",
)


ROMAN = {"I", "II", "III", "IV", "V", "VI"}


def topic_of(name: str, vocabulary: frozenset[str] | None = None) -> str:
    """'Bidang Pembinaan SMA' → 'pembinaan SMA': the subject a generic statement is about.

    Acronyms and numerals keep their capitals. With a ``vocabulary`` (the lower-case
    words of the catalogue), as for a UPTD named after a place, lower-casing stops at the
    first word the statements never use, so 'SMP Negeri 3 Sungai Raya' stays a name.
    """
    words = name.split()
    if words and words[0] in ("Bidang", "Bagian", "Subbagian", "Seksi", "Biro", "UPTD", "Subbidang"):
        words = words[1:]
    result: list[str] = []
    proper = False
    for word in words:
        keep = (word.isupper() and len(word) > 1) or word in ROMAN
        if vocabulary is not None and not keep and word.lower() not in vocabulary:
            proper = True
        result.append(word if keep or proper else word.lower())
        proper = proper or (vocabulary is not None and keep)
    return " ".join(result)


# Bidang of the catalogue that only a province has (upper secondary schools, provincial roads ...).
PROVINCE_ONLY_WORDS = ("Menengah Atas", "Kejuruan", "Provinsi", "Lintas Kabupaten")


def _owner(pd_name: str) -> str:
    for fragment, owner in OWNER_BY_NAME:
        if fragment in pd_name:
            return owner
    return ""


class StructureBuilder:
    """Adds units (with their functions, urusan and programs) to a :class:`Rows`."""

    def __init__(self, rows: Rows, catalogue: Catalogue, rng: random.Random) -> None:
        self.rows = rows
        self.cat = catalogue
        self.rng = rng
        self.region_id = 0
        self.edition_id = 0
        self.level = "provinsi"
        self._uptd_done: set[tuple[int, str]] = set()

    # -- one unit ------------------------------------------------------------------

    def unit(
        self,
        parent: UnitInfo | None,
        kind: str,
        name: str,
        *,
        head_title: str | None = None,
        typology: str | None = None,
        short_name: str | None = None,
        functions: Iterable[str] = (),
        urusan: Iterable[str] = (),
        programs: Iterable[str] = (),
        function_urusan: str | None = None,
    ) -> UnitInfo:
        rows = self.rows
        unit_id = rows.next_id("units")
        parent_id = parent.id if parent else None
        eselon = None
        if kind in ESELON:
            eselon = ESELON[kind][0 if self.level == "provinsi" else 1]
        if head_title is None and kind != "kelompok_jf":
            head_title = self._head_title(kind, name)
        rows.add(
            "units",
            (
                unit_id,
                self.edition_id,
                parent_id,
                rows.sibling_slot(self.edition_id, parent_id),
                kind,
                name,
                short_name,
                typology,
                head_title,
                eselon,
                None,
            ),
        )
        for order, text in enumerate(functions):
            rows.add("unit_functions", (unit_id, order, text, function_urusan))
        codes = tuple(urusan)
        for order, code in enumerate(codes):
            rows.add("unit_urusan", (unit_id, code, order))
        for code in programs:
            rows.add("unit_programs", (unit_id, code))
        info = UnitInfo(
            unit_id,
            self.region_id,
            self.edition_id,
            parent_id,
            parent.pd_id if parent else unit_id,
            kind,
            name,
            head_title,
            eselon,
            codes or (parent.urusan if parent else ()),
            self.level,
        )
        rows.units.append(info)
        return info

    @staticmethod
    def _head_title(kind: str, name: str) -> str:
        if kind == "sekretariat_daerah":
            return "Sekretaris Daerah"
        if kind == "sekretariat_dprd":
            return "Sekretaris DPRD"
        if kind in ("sekretariat",):
            return "Sekretaris"
        if kind in ("inspektorat",):
            return "Inspektur"
        if kind in ("asisten", "irban"):
            return name
        if kind == "kecamatan":
            return "Camat " + name.removeprefix("Kecamatan ")
        if kind == "kelurahan":
            return "Lurah " + name.removeprefix("Kelurahan ")
        if kind == "rsud":
            return "Direktur"
        if kind == "satpol_pp":
            return "Kepala Satuan Polisi Pamong Praja"
        return "Kepala " + name

    def generic(self, kind: str, name: str, head: str = "kepala dinas") -> list[str]:
        topic = topic_of(name, self.cat.vocabulary if kind == "uptd" else None)
        texts = [t.replace("{topic}", topic) for t in self.cat.generic.get(kind, ())]
        return [t.replace("kepala dinas", head) for t in texts]

    def support_unit(self, parent: UnitInfo, kind: str, name: str, specific: Iterable[str], head: str) -> UnitInfo:
        return self.unit(parent, kind, name, functions=[*specific, *self.generic(kind, name, head)])

    # -- perangkat daerah ------------------------------------------------------------

    def sekretariat(self, pd: UnitInfo, typology: str, head: str) -> UnitInfo:
        sek_text = self.cat.support_of("sekretariat", "sekretariat")
        sek = self.unit(pd, "sekretariat", "Sekretariat", functions=sek_text[0].functions if sek_text else ())
        subbagian = self.cat.support_of("sekretariat", "subbagian")
        for item in subbagian[: 3 if typology == "A" else 2]:
            self.support_unit(sek, "subbagian", item.name, item.functions, head)
        return sek

    def pick_bidang(self, pd_name: str, codes: list[str], typology: str) -> list[tuple[str, BidangText]]:
        """Bidang for a PD: spread over its urusan, as many as its typology allows. A PD that
        carries a split urusan whole (a kabupaten's Dinas Pertanian) draws from every owner."""
        limit = {"A": 4, "B": 3}.get(typology, 2)
        owner = _owner(pd_name)
        pools = []
        for code in codes:
            found = self.cat.bidang.get((code, owner)) or self.cat.bidang.get((code, ""))
            if not found:
                found = [b for (c, _o), items in self.cat.bidang.items() if c == code for b in items]
            if self.level != "provinsi":
                found = [b for b in found if not any(word in b.name for word in PROVINCE_ONLY_WORDS)] or found
            pools.append([(code, b) for b in found])
        chosen: list[tuple[str, BidangText]] = []
        while len(chosen) < limit and any(pools):
            for pool in pools:
                if pool and len(chosen) < limit:
                    chosen.append(pool.pop(0))
        return chosen

    def perangkat_daerah(self, parent: UnitInfo | None, name: str, kind: str, typology: str, codes: list[str]) -> UnitInfo:
        head = HEAD_WORD.get(kind, "kepala dinas")
        pd = self.unit(parent, kind, name, typology=typology or None, urusan=codes, functions=self.cat.head_functions(kind))
        self.sekretariat(pd, typology, head)
        for code, bidang in self.pick_bidang(name, codes, typology):
            program = f"{code}.{bidang.program}" if bidang.program else None
            self.unit(
                pd,
                "bidang",
                bidang.name,
                functions=[*bidang.functions, *self.generic("bidang", bidang.name, head)],
                programs=[program] if program else (),
                function_urusan=code,
            )
        self.unit(pd, "kelompok_jf", "Kelompok Jabatan Fungsional", functions=())
        return pd

    def uptd_for(self, pd: UnitInfo, head: str) -> None:
        """The UPTD of the catalogue whose urusan this PD carries (each UPTD once per edition)."""
        for item in self.cat.support_of("uptd", "uptd"):
            uname, _, code = item.name.partition("@")
            if code and code in pd.urusan and (self.edition_id, uname) not in self._uptd_done:
                self._uptd_done.add((self.edition_id, uname))
                self.unit(
                    pd, "uptd", uname, functions=[*item.functions, *self.generic("uptd", uname, head)], function_urusan=code
                )

    # -- the province ------------------------------------------------------------------

    def province(self) -> dict[str, UnitInfo]:
        """Kalimantan Barat as in Perda 5/2021; returns the PD by name (for planted defects)."""
        by_name: dict[str, UnitInfo] = {}
        setda_text = self.cat.support_of("setda", "sekretariat_daerah")
        for row in self.cat.province_pd:
            name, kind, typology = row["name"], row["kind"], row["typology"]
            codes = [c for c in row["urusan_codes"].split(";") if c]
            parent = by_name.get(row["parent"]) if row["parent"] else None
            if kind == "sekretariat_daerah":
                unit = self.unit(
                    None, kind, name, typology=typology, urusan=codes, functions=setda_text[0].functions if setda_text else ()
                )
            elif kind == "asisten":
                text = next((s for s in self.cat.support_of("asisten", "asisten") if s.name == name), None)
                unit = self.unit(parent, kind, name, functions=text.functions if text else ())
            elif kind == "biro":
                unit = self.biro(parent, name)
            elif kind == "sekretariat_dprd":
                unit = self.setwan(name, typology, codes)
            elif kind == "inspektorat":
                unit = self.inspektorat(name, typology, codes, irban=5)
            elif kind == "rsud":
                unit = self.rsud(parent, name)
            else:
                unit = self.perangkat_daerah(parent, name, kind, typology, codes)
                self.uptd_for(unit, HEAD_WORD.get(kind, "kepala dinas"))
            by_name[name] = unit
        return by_name

    def biro(self, parent: UnitInfo | None, name: str) -> UnitInfo:
        group = self._biro_group(name)
        own = next((s for s in self.cat.support_of(group, "biro")), None)
        biro = self.unit(parent, "biro", name, functions=own.functions if own else self.generic("bagian", name, "kepala biro"))
        for item in self.cat.support_of(group, "bagian"):
            self.support_unit(biro, "bagian", item.name, item.functions, "kepala biro")
        return biro

    def _biro_group(self, biro_name: str) -> str:
        for group, items in self.cat.support.items():
            if group.startswith("biro_") and any(s.kind == "biro" and s.name == biro_name for s in items):
                return group
        return ""

    def setwan(self, name: str, typology: str, codes: list[str]) -> UnitInfo:
        own = self.cat.support_of("setwan", "sekretariat_dprd")
        unit = self.unit(
            None, "sekretariat_dprd", name, typology=typology or None, urusan=codes, functions=own[0].functions if own else ()
        )
        for item in self.cat.support_of("setwan", "bagian"):
            self.support_unit(unit, "bagian", item.name, item.functions, "sekretaris DPRD")
        return unit

    def inspektorat(self, name: str, typology: str, codes: list[str], irban: int) -> UnitInfo:
        own = self.cat.support_of("inspektorat", "inspektorat")
        unit = self.unit(
            None, "inspektorat", name, typology=typology or None, urusan=codes, functions=own[0].functions if own else ()
        )
        self.sekretariat(unit, typology, "inspektur")
        items = self.cat.support_of("inspektorat", "irban")
        regular, special = items[:-1], items[-1:]
        for item in [*regular[: irban - 1], *special]:
            self.support_unit(unit, "irban", item.name, item.functions, "inspektur")
        return unit

    def rsud(self, parent: UnitInfo | None, name: str) -> UnitInfo:
        own = self.cat.support_of("rsud", "rsud")
        unit = self.unit(parent, "rsud", name, urusan=["1.02"], functions=own[0].functions if own else ())
        for kind in ("bagian", "bidang"):
            for item in self.cat.support_of("rsud", kind):
                self.support_unit(unit, kind, item.name, item.functions, "direktur")
        return unit

    # -- a kabupaten or kota ---------------------------------------------------------------

    def regency_fixed(self) -> dict[str, UnitInfo]:
        """Setda, Setwan, Inspektorat and the dinas/badan of a kabupaten/kota."""
        by_name: dict[str, UnitInfo] = {}
        for row in self.cat.regency_pd:
            name, kind, typology = row["name"], row["kind"], row["typology"]
            codes = [c for c in row["urusan_codes"].split(";") if c]
            if kind == "sekretariat_daerah":
                unit = self.regency_setda(name, typology, codes)
            elif kind == "sekretariat_dprd":
                unit = self.setwan(name, typology, codes)
            elif kind == "inspektorat":
                unit = self.inspektorat(name, typology, codes, irban=4)
            else:
                unit = self.perangkat_daerah(None, name, kind, typology, codes)
            by_name[name] = unit
        return by_name

    def regency_setda(self, name: str, typology: str, codes: list[str]) -> UnitInfo:
        own = self.cat.support_of("setda", "sekretariat_daerah")
        setda = self.unit(
            None, "sekretariat_daerah", name, typology=typology, urusan=codes, functions=own[0].functions if own else ()
        )
        biro_rows = [row for row in self.cat.province_pd if row["kind"] == "biro"]
        for asisten in self.cat.support_of("asisten", "asisten"):
            a = self.unit(setda, "asisten", asisten.name, functions=asisten.functions)
            for row in biro_rows:
                if row["parent"] != asisten.name:
                    continue
                group = self._biro_group(row["name"])
                own_biro = next(iter(self.cat.support_of(group, "biro")), None)
                bagian_name = row["name"].replace("Biro", "Bagian", 1)
                bagian = self.unit(a, "bagian", bagian_name, functions=own_biro.functions if own_biro else ())
                for item in self.cat.support_of(group, "bagian")[:2]:
                    sub_name = re.sub(r"^Bagian", "Subbagian", item.name)
                    self.support_unit(bagian, "subbagian", sub_name, item.functions, "kepala bagian")
        return setda

    def kecamatan_names(self, count: int) -> list[str]:
        names: list[str] = []
        while len(names) < count:
            name = f"{self.rng.choice(KECAMATAN_PREFIX)} {self.rng.choice(KECAMATAN_SUFFIX)}"
            if name not in names:
                names.append(name)
            if len(names) >= len(KECAMATAN_PREFIX) * len(KECAMATAN_SUFFIX):
                break
        return names

    def kecamatan(self, place: str, kelurahan: int, dinkes: UnitInfo | None, disdik: UnitInfo | None, school_no: int) -> int:
        own = self.cat.support_of("kecamatan", "kecamatan")
        typology = self.rng.choice("AB")
        kec = self.unit(
            None,
            "kecamatan",
            f"Kecamatan {place}",
            typology=typology,
            urusan=["7.01"],
            functions=own[0].functions if own else (),
        )
        sek_own = self.cat.support_of("kecamatan", "sekretariat")
        sek = self.unit(kec, "sekretariat", "Sekretariat Kecamatan", functions=sek_own[0].functions if sek_own else ())
        for item in self.cat.support_of("sekretariat", "subbagian")[:2]:
            self.support_unit(sek, "subbagian", item.name, item.functions, "camat")
        seksi = self.cat.support_of("kecamatan", "seksi")
        for item in seksi if typology == "A" else seksi[:4]:  # type B: at most four seksi
            self.support_unit(kec, "seksi", item.name, item.functions, "camat")
        lurah_own = self.cat.support_of("kecamatan", "kelurahan")
        for number in range(kelurahan):
            suffix = self.rng.choice(KECAMATAN_SUFFIX)
            self.unit(
                kec,
                "kelurahan",
                f"Kelurahan {place} {suffix} {number + 1}" if number else f"Kelurahan {place}",
                functions=lurah_own[0].functions if lurah_own else (),
            )
        if dinkes is not None:
            self.unit(
                dinkes,
                "uptd",
                f"UPTD Puskesmas {place}",
                functions=self.generic("uptd", "UPTD Puskesmas"),  # a Perkada names the kind, not each place
                function_urusan="1.02",
            )
        if disdik is not None:
            for offset in range(2):
                name = f"UPTD SMP Negeri {school_no + offset} {place}"
                self.unit(
                    disdik, "uptd", name, functions=self.generic("uptd", "UPTD Sekolah Menengah Pertama"), function_urusan="1.01"
                )
        return 2
