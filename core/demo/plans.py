"""The sample's plans: an RPJMD per region (visi, misi, tujuan, sasaran with indicators,
priority programs in rumpun, three strategic issues) and a Renstra for every perangkat
daerah, written through the same validated writes an import of Renstra sheets uses.

Codes and names come from resources/sample/plan_nomenclature.csv, each row with the public
source it was read in; a program the catalogue gives a unit but that file does not hold is
left out rather than named from memory. Program 01 (generic support) is the same under
every bidang: its ``X.XX.01`` rows are written under each PD's first bidang urusan, with
the sub-kegiatan spread over the units that carry them out, so a scale-10 file holds about
100,000 sub-kegiatan rows.

Planted misalignments, all in the province:

* the Dinas Kelautan dan Perikanan runs 3.26.02 (tourism), an urusan it does not carry;
* the BPBD runs the Dinas Kesehatan's sub-kegiatan 1.02.02.1.01.0027 (so it runs health
  program 1.02.02 outside its urusan too): one sub-kegiatan in two PD;
* sasaran S8 (kawasan perbatasan) is supported by no program;
* the strategic issue Inflasi is carried by one PD only.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import N_
from core.plans import renstra as renstra_records
from core.plans import rpjmd as rpjmd_records
from core.plans.codes import government_of, parse_code
from core.reference import read_csv
from core.resources import resource_path
from core.store import Tx, open_store

PERIOD = (2025, 2029)
GENERIC = "X.XX.01"
OUTSIDE_URUSAN = ("Dinas Kelautan dan Perikanan", "3.26.02")
SHARED_SUB = ("Badan Penanggulangan Bencana Daerah", "1.02.02.1.01.0027")
# Which PD contributes to which strategic issue, through which code, serving which indicator.
CONTRIBUTIONS = (
    ("I1", "Dinas Pemberdayaan Masyarakat dan Desa", "2.13.03.1.01", "I1a"),
    ("I1", "Dinas Kelautan dan Perikanan", "3.25.02.1.03", "I1a"),
    ("I2", "Dinas Kesehatan", "1.02.02.1.01.0027", "I2a"),
    ("I2", "Dinas Kependudukan dan Pencatatan Sipil", "2.14.04.1.01", "I2a"),
    ("I3", "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral", "3.30.03.1.01", "I3a"),
)
# Sub-kegiatan of the province's health programs and the units that carry them out.
HEALTH_SUBS = {
    "Dinas Kesehatan": ("1.02.02.1.01.0027", "1.02.02.1.03.0002", "1.02.03.1.01.0001"),
    "rsud": ("1.02.02.1.01.0009", "1.02.02.1.01.0010", "1.02.02.1.01.0017"),
}
# Wilayah tugas of the province's asisten, by the first urusan of each PD.
ASISTEN = {
    "Asisten Pemerintahan": ("1.01", "1.02", "1.05", "1.06", "2.08", "2.12", "2.13", "2.19", "2.22", "2.23", "8.01"),
    "Asisten Perekonomian": ("1.03", "1.04", "2.07", "2.09", "2.11", "2.15", "2.17", "2.18", "3.25", "3.27", "2.10"),
    "Asisten Administrasi": ("2.16", "4.02", "5.01", "5.02", "5.03", "5.04", "5.05", "5.06", "5.07", "6.01"),
}
SUBS_PER_UNIT = 9  # generic sub-kegiatan each unit below a PD carries out

Progress = Callable[[float, str], None]


@dataclass
class Pd:
    id: int
    name: str
    kind: str
    first_urusan: str | None
    urusan: set[str] = field(default_factory=set)
    programs: set[str] = field(default_factory=set)
    units: list[tuple[int, str, str]] = field(default_factory=list)  # (id, kind, name) below the PD


def _nomenclature() -> dict[tuple[str, str], str]:
    """(code, government) → name, for every row of the sample nomenclature."""
    names: dict[tuple[str, str], str] = {}
    for row in read_csv(resource_path("sample", "plan_nomenclature.csv")):
        names[(row["code"], row["government"])] = row["name"]
    return names


def _name(names: dict[tuple[str, str], str], code: str, government: str) -> str | None:
    return names.get((code, government)) or names.get((code, "both"))


def _known(names: dict[tuple[str, str], str], code: str, government: str) -> str:
    """The name of a code the sample plants on purpose: it must be in the verified file."""
    name = _name(names, code, government)
    if name is None:
        raise LookupError(f"{code} ({government}) is not in resources/sample/plan_nomenclature.csv")
    return name


def _perangkat_daerah(tx: Tx, edition_id: int) -> list[Pd]:
    """The PD of an edition with the urusan and programs their units carry (a few statements)."""
    pds = {
        row["id"]: Pd(row["id"], row["name"], row["kind"], row["first"])
        for row in tx.rows(
            "SELECT u.id, u.name, u.kind, (SELECT urusan_code FROM unit_urusan WHERE unit_id = u.id ORDER BY sort_order LIMIT 1)"
            " AS first FROM units u WHERE u.edition_id = ? AND u.parent_id IS NULL ORDER BY u.sort_order, u.id",
            (edition_id,),
        )
    }
    tree = tx.rows(
        "WITH RECURSIVE t(id, pd) AS (SELECT id, id FROM units WHERE edition_id = ? AND parent_id IS NULL"
        " UNION ALL SELECT u.id, t.pd FROM units u JOIN t ON u.parent_id = t.id)"
        " SELECT t.id, t.pd, u.kind, u.name FROM t JOIN units u ON u.id = t.id ORDER BY t.pd, u.sort_order, u.id",
        (edition_id,),
    )
    pd_of = {}
    for row in tree:
        pd_of[row["id"]] = row["pd"]
        if row["id"] != row["pd"]:
            pds[row["pd"]].units.append((row["id"], row["kind"], row["name"]))
    for unit_id, code in tx.conn.execute(
        "SELECT uu.unit_id, uu.urusan_code FROM unit_urusan uu JOIN units u ON u.id = uu.unit_id WHERE u.edition_id = ?",
        (edition_id,),
    ):
        pds[pd_of[unit_id]].urusan.add(code)
    for unit_id, code in tx.conn.execute(
        "SELECT p.unit_id, p.program_code FROM unit_programs p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = ?",
        (edition_id,),
    ):
        pds[pd_of[unit_id]].programs.add(code)
    return list(pds.values())


@dataclass
class RegionPlan:
    rpjmd_id: int
    sasaran_by_bidang: dict[str, int]
    priorities_by_program: dict[str, list[int]]
    keys: dict[str, int]


def _rpjmd(tx: Tx, region_id: int, region_name: str) -> RegionPlan:
    rows = read_csv(resource_path("sample", "rpjmd.csv"))
    visi = next(r for r in rows if r["kind"] == "visi")
    plan = rpjmd_records.create_rpjmd(
        tx,
        region_id,
        f"RPJMD {region_name} {PERIOD[0]}–{PERIOD[1]} (data contoh)",
        *PERIOD,
        visi["text"].format(region=region_name),
    )
    keys: dict[str, int] = {}
    sasaran_by_bidang: dict[str, int] = {}
    priorities_by_program: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        kind, key, parent = row["kind"], row["key"], row["parent"]
        if kind in ("misi", "tujuan", "sasaran"):
            goal = rpjmd_records.add_goal(tx, plan.id, kind, row["text"], keys.get(parent), code=key)
            keys[key] = goal.id
            for bidang in filter(None, row["supports"].split(";")):
                sasaran_by_bidang[bidang] = goal.id
        elif kind == "priority":
            priority = rpjmd_records.add_priority_program(tx, plan.id, row["text"], rumpun=parent)
            keys[key] = priority.id
            for program in filter(None, row["supports"].split(";")):
                priorities_by_program[program].append(priority.id)
        elif kind == "issue":
            keys[key] = rpjmd_records.add_strategic_issue(tx, plan.id, row["text"]).id
        elif kind == "indicator":
            owner = "issue" if parent.startswith("I") else "goal"
            targets = dict(pair.split(":") for pair in row["targets"].split(";") if pair)
            numeric = all(_is_number(v) for v in targets.values())
            indicator = rpjmd_records.add_indicator(tx, owner, keys[parent], row["text"], row["measure"], numeric, targets)
            if key:
                keys[key] = indicator.id
    return RegionPlan(plan.id, sasaran_by_bidang, priorities_by_program, keys)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class _RenstraRows:
    """The rows of one PD's Renstra in the making: programs, then kegiatan, then sub-kegiatan."""

    def __init__(self) -> None:
        self.levels: dict[str, dict[tuple[str, int | None], dict[str, Any]]] = {
            "program": {},
            "kegiatan": {},
            "sub_kegiatan": {},
        }

    def add(self, level: str, code: str, name: str, unit_id: int | None = None, **extra: Any) -> dict[str, Any]:
        row = self.levels[level].setdefault((code, unit_id), {"level": level, "code": code, "name": name, "unit_id": unit_id})
        row.update(extra)
        return row


def _renstra_rows(
    pd: Pd, government: str, plan: RegionPlan, names: dict[tuple[str, str], str], rng: random.Random
) -> _RenstraRows:
    rows = _RenstraRows()
    digit = "1" if government == "provinsi" else "2"
    if pd.first_urusan and pd.first_urusan != "X.XX":
        bidang = pd.first_urusan
        program = f"{bidang}.01"
        rows.add("program", program, _known(names, GENERIC, government))
        generic_subs = sorted(
            code for code, gov in names if code.startswith(f"{GENERIC}.{digit}.") and gov == government and code.count(".") == 5
        )
        for code in generic_subs:
            own = code.replace(GENERIC, program, 1)
            kegiatan = own.rsplit(".", 1)[0]
            rows.add("kegiatan", kegiatan, _known(names, kegiatan.replace(program, GENERIC, 1), government))
            rows.add("sub_kegiatan", own, names[(code, government)], None, pagu_sen=_pagu(rng))
        for unit_id, _, _ in pd.units:
            for code in rng.sample(generic_subs, min(SUBS_PER_UNIT, len(generic_subs))):
                own = code.replace(GENERIC, program, 1)
                rows.add("sub_kegiatan", own, names[(code, government)], unit_id, pagu_sen=_pagu(rng))
    for program in sorted(pd.programs):
        name = _name(names, program, government)
        if name is None or program.endswith(".01"):
            continue  # not in the verified sample nomenclature: left out rather than invented
        rows.add("program", program, name)
        for (code, gov), kegiatan_name in names.items():
            if gov == government and code.startswith(program + ".") and code.count(".") == 4:
                rows.add("kegiatan", code, kegiatan_name)
    return rows


def _pagu(rng: random.Random) -> int:
    """A pagu indikatif between Rp 25 juta and Rp 2 miliar, whole thousands, in sen."""
    return rng.randrange(25_000, 2_000_000) * 1000 * 100


def _write_renstra(tx: Tx, plan: RegionPlan, pd: Pd, rows: _RenstraRows, issue_links: dict[str, tuple[int, int | None]]) -> int:
    renstra = renstra_records.create_renstra(tx, plan.rpjmd_id, pd.id)
    context = renstra_records.RenstraContext(tx, renstra.id)
    kegiatan_pagu: dict[str, int] = defaultdict(int)
    for row in rows.levels["sub_kegiatan"].values():
        kegiatan_pagu[row["code"].rsplit(".", 1)[0]] += row.get("pagu_sen", 0)
    program_pagu: dict[str, int] = defaultdict(int)
    for (code, _), row in rows.levels["kegiatan"].items():
        row["pagu_sen"] = kegiatan_pagu.get(code, 0)
        program_pagu[parse_code(code).program] += row["pagu_sen"]
    written = 0
    links: list[tuple[int, int, int | None]] = []
    for level in ("program", "kegiatan", "sub_kegiatan"):
        records = []
        for order, row in enumerate(rows.levels[level].values()):
            fields = {**row, "sort_order": order}
            if level == "program":
                code = parse_code(row["code"])
                fields["pagu_sen"] = program_pagu.get(row["code"], 0)
                sasaran = plan.sasaran_by_bidang.get(code.bidang)
                fields["sasaran"] = [sasaran] if sasaran and not code.generic else []
                fields["priorities"] = plan.priorities_by_program.get(row["code"], [])
            values = renstra_records.validate_item(context, fields).raise_first()
            values["level"] = level
            records.append(values)
        ids = renstra_records.insert_items(tx, renstra.id, records, context)
        written += len(ids) if level == "sub_kegiatan" else 0
        for item_id, values in zip(ids, records, strict=True):
            if values["code"] in issue_links and values.get("unit_id") is None:
                links.append((item_id, *issue_links[values["code"]]))
    for item_id, issue_id, indicator_id in links:
        renstra_records.link_issue(tx, item_id, issue_id, indicator_id)
    return written


def add_sample_plans(path: str | Path, seed: int, progress: Progress | None = None) -> dict[str, int]:
    """Give every region of a freshly built sample an RPJMD and every PD a Renstra; return counts."""
    report = progress or (lambda fraction, message: None)
    rng = random.Random(seed * 7919 + 15)
    names = _nomenclature()
    store = open_store(Path(path))
    counts = {"rpjmd": 0, "renstra": 0, "sub_kegiatan": 0}
    try:
        store.conn.execute("PRAGMA synchronous = OFF")  # a fresh file: nothing to lose if the build fails
        with store.write() as tx:
            editions = tx.rows(
                "SELECT e.id, e.region_id, r.name, r.kind FROM editions e JOIN regions r ON r.id = e.region_id"
                " WHERE e.status = 'in_force' ORDER BY r.id"
            )
            for number, edition in enumerate(editions):
                report(number / max(1, len(editions)), N_("rencana dan Renstra"))
                plan = _rpjmd(tx, edition["region_id"], edition["name"])
                counts["rpjmd"] += 1
                government = government_of(edition["kind"])
                pds = _perangkat_daerah(tx, edition["id"])
                _give_priorities(pds, plan)
                planted = number == 0 and government == "provinsi"
                contributions = _contributions(plan, planted)
                for pd in pds:
                    rows = _renstra_rows(pd, government, plan, names, rng)
                    if planted:
                        _plant(pd, rows, names, government, rng)
                    links = {code: link for (name, code), link in contributions.items() if name == pd.name}
                    for code in links:  # a PD contributing through a kegiatan runs it
                        _add_with_parents(rows, code, None, names, government, rng)
                    counts["sub_kegiatan"] += _write_renstra(tx, plan, pd, rows, links)
                    counts["renstra"] += 1
                if planted:
                    _coordination(tx, pds)
        store.conn.execute("PRAGMA synchronous = FULL")
        store.conn.execute("ANALYZE")
    finally:
        store.close()
    return counts


def _give_priorities(pds: list[Pd], plan: RegionPlan) -> None:
    """A priority program that no PD runs yet goes to the first PD carrying its urusan: the
    Renstra are written to serve the RPJMD (the sample plants its gaps elsewhere)."""
    run = {program for pd in pds for program in pd.programs}
    for program in plan.priorities_by_program:
        if program in run:
            continue
        bidang = parse_code(program).bidang
        carrier = next((pd for pd in pds if bidang in pd.urusan), None)
        if carrier is not None:
            carrier.programs.add(program)
            run.add(program)


def _contributions(plan: RegionPlan, planted: bool) -> dict[tuple[str, str], tuple[int, int | None]]:
    if not planted:
        return {}
    return {(pd, code): (plan.keys[issue], plan.keys[indicator]) for issue, pd, code, indicator in CONTRIBUTIONS}


def _plant(pd: Pd, rows: _RenstraRows, names: dict[tuple[str, str], str], government: str, rng: random.Random) -> None:
    """The health sub-kegiatan of the province, and the planted misalignments."""
    health = HEALTH_SUBS.get(pd.name, ())
    hospitals = [unit for unit in pd.units if unit[1] == "rsud"] if pd.name == "Dinas Kesehatan" else []
    shared = (SHARED_SUB[1],) if pd.name == SHARED_SUB[0] else ()
    for code in (*health, *shared):
        _add_with_parents(rows, code, None, names, government, rng)
    for unit_id, _, _ in hospitals:
        for code in HEALTH_SUBS["rsud"]:
            _add_with_parents(rows, code, unit_id, names, government, rng)
    if pd.name == OUTSIDE_URUSAN[0]:
        program = OUTSIDE_URUSAN[1]
        rows.add("program", program, _known(names, program, government))
        for (code, gov), name in names.items():
            if gov == government and code.startswith(program + ".") and code.count(".") == 4:
                rows.add("kegiatan", code, name)


def _add_with_parents(
    rows: _RenstraRows, code: str, unit_id: int | None, names: dict[tuple[str, str], str], government: str, rng: random.Random
) -> None:
    parsed = parse_code(code)
    for level, own in (("program", parsed.program), ("kegiatan", parsed.kegiatan)):
        if own is not None and own != code:
            rows.add(level, own, _known(names, own, government))
    if parsed.level == "sub_kegiatan":
        rows.add("sub_kegiatan", code, _known(names, code, government), unit_id, pagu_sen=_pagu(rng))
    else:
        rows.add(parsed.level, code, _known(names, code, government))


def _coordination(tx: Tx, pds: list[Pd]) -> None:
    """The wilayah tugas of the province's three asisten."""
    setda = next((pd for pd in pds if pd.kind == "sekretariat_daerah"), None)
    if setda is None:
        return
    for unit_id, kind, name in setda.units:
        if kind != "asisten":
            continue
        prefix = next((key for key in ASISTEN if name.startswith(key)), None)
        if prefix is None:
            continue
        chosen = [pd.id for pd in pds if pd.first_urusan in ASISTEN[prefix]]
        renstra_records.set_coordination(tx, unit_id, chosen)
