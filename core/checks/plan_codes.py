"""Check: a Renstra code the nomenclature in force does not hold (retired by an amendment,
or never there), with the nearest codes it does hold; and one of the other level of
government. Silent where no nomenclature is shipped (see core/plans/nomenclature_source.py);
one note where the table holds no codes of the region's level of government."""

from __future__ import annotations

from core.checks.model import EditionData, Finding
from core.checks.plan_data import code_uses, codes_in_use, has_codes
from core.checks.rules import settings
from core.i18n import N_
from core.plans import nomenclature_source
from core.plans.codes import government_of

RULE = "plan_nomenclature"
TITLE = N_("Kode di luar nomenklatur yang berlaku")


def run(data: EditionData) -> list[Finding]:
    nomenclature = nomenclature_source.current()
    if nomenclature is None:
        return []
    config = settings(RULE)
    basis = str(config.get("basis", ""))
    offered = int(config.get("nearest", 5))
    government = government_of(data.region_kind)
    if not nomenclature.covers(government):
        return [_not_covered(data, government, basis)] if has_codes(data) else []
    settled = nomenclature.verified(government)  # else a code missing may be a later amendment's
    flagged: list[tuple[str, str | None]] = []  # (code, the government it belongs to; None: not held)
    for code in codes_in_use(data):
        entry = nomenclature.lookup(code)
        if entry is None:
            flagged.append((code, None))
        elif entry.government not in ("both", government):
            flagged.append((code, entry.government))
    flagged.sort()  # by code, as the edition's codes are listed
    uses = code_uses(data, [code for code, _ in flagged])  # names and PD read for these codes only
    findings = []
    for code, found in flagged:
        name, pds = uses[code]
        params = {"code": code, "name": name, "pds": ", ".join(data.name(pd) for pd in pds)}
        if found is None and not settled:
            findings.append(_unconfirmed(data, code, tuple(pds), params, basis))
        elif found is None:
            nearest = [f"{e.code} {e.name}" for e in nomenclature.nearest(code, offered)]
            findings.append(
                Finding(
                    RULE,
                    "error",
                    tuple(pds),
                    N_(
                        "Kode {code} ({name}, dipakai {pds}) tidak ada dalam nomenklatur yang berlaku: sudah dihapus atau tidak pernah ada."
                    ),
                    {**params, "nearest": "; ".join(nearest) or "-"},
                    N_("Ganti dengan kode yang berlaku. Kode terdekat: {nearest}."),
                    basis,
                    detail=code,
                    data={"nearest": nearest},
                )
            )
        else:
            findings.append(
                Finding(
                    RULE,
                    "error",
                    tuple(pds),
                    N_("Kode {code} ({name}, dipakai {pds}) adalah nomenklatur {found}, bukan untuk {region}."),
                    {**params, "found": found, "region": data.region_name},
                    N_("Pakai kode nomenklatur untuk tingkat pemerintahan wilayah ini."),
                    basis,
                    detail=code,
                )
            )
    return findings


def _unconfirmed(data: EditionData, code: str, pds: tuple[int, ...], params: dict[str, str], basis: str) -> Finding:
    """A code the table lacks where the table of this level of government rests on one older,
    unconfirmed source (the provinsi rows: SIMCAN, 2020): it may be a later Kepmendagri's code,
    so it is a note to check, not an error to fix."""
    return Finding(
        RULE,
        "note",
        pds,
        N_(
            "Kode {code} ({name}, dipakai {pds}) tidak ada dalam daftar nomenklatur pemerintah {government} yang dibawa program ini (satu sumber tahun 2020, belum diverifikasi): mungkin kode pemutakhiran yang lebih baru."
        ),
        {**params, "government": "kabupaten/kota" if government_of(data.region_kind) == "kabkota" else "provinsi"},
        N_("Cocokkan kode ini dengan Kepmendagri pemutakhiran nomenklatur yang berlaku."),
        basis,
        detail=code,
    )


def _not_covered(data: EditionData, government: str, basis: str) -> Finding:
    """The table shipped holds no programs of this level of government (today: kabupaten/kota
    only): say once that the codes were not checked, rather than call every one of them wrong."""
    return Finding(
        RULE,
        "note",
        (),
        N_(
            "Kode Renstra {region} tidak diperiksa: nomenklatur yang dibawa program ini belum memuat kode untuk pemerintah {government}."
        ),
        {"region": data.region_name, "government": government},
        N_("Periksa kode dengan nomenklatur resmi yang berlaku (Kepmendagri) sampai tabelnya dilengkapi."),
        basis,
        detail=f"uncovered:{government}",
    )
