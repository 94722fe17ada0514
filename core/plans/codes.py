"""Planning codes as offices write them, read into their levels.

A code nests ``U.BB.PP.K.KK.SSSS``: bidang urusan ``U.BB`` (or the generic ``X.XX``),
program ``PP``, kegiatan ``K.KK`` and sub-kegiatan ``SSSS``. The kegiatan part is also
written ``0K.KK`` (``1.02.02.02.01.0003`` is ``1.02.02.2.01.0003``): one written form is
kept, so the same sub-kegiatan typed two ways is one. The first digit of the kegiatan tells
the level of government it belongs to (1: provinsi, 2: kabupaten/kota), which is how a
province's Renstra holding a kabupaten's kegiatan is caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.errors import ValidationError
from core.i18n import N_
from core.validation import code_text

LEVELS = ("program", "kegiatan", "sub_kegiatan")
GENERIC_BIDANG = "X.XX"
SUPPORT_PROGRAM = "01"  # "Program Penunjang Urusan Pemerintahan Daerah": every PD runs it
GOVERNMENT_DIGIT = {"provinsi": "1", "kabkota": "2"}

_URUSAN = r"(?:[0-9]|X)"
_BIDANG = r"(?:[0-9]{2}|XX)"
_PATTERN = re.compile(
    rf"^(?P<urusan>{_URUSAN})\.(?P<bidang>{_BIDANG})\.(?P<program>[0-9]{{2}})"
    r"(?:\.0?(?P<government>[12])\.(?P<kegiatan>[0-9]{2})(?:\.(?P<sub>[0-9]{4}))?)?$"
)
_LEVEL_LABELS = {"program": N_("program"), "kegiatan": N_("kegiatan"), "sub_kegiatan": N_("sub kegiatan")}


@dataclass(frozen=True)
class PlanCode:
    """A code read into its parts; ``text`` is the one written form."""

    bidang: str  # "1.02", or "X.XX"
    program: str  # "1.02.02"
    kegiatan: str | None  # "1.02.02.2.01"
    sub_kegiatan: str | None  # "1.02.02.2.01.0003"
    government: str | None  # "provinsi" or "kabkota" (from the kegiatan part)

    @property
    def level(self) -> str:
        return "sub_kegiatan" if self.sub_kegiatan else "kegiatan" if self.kegiatan else "program"

    @property
    def text(self) -> str:
        return self.sub_kegiatan or self.kegiatan or self.program

    @property
    def generic(self) -> bool:
        """Generic support (program 01 of any bidang, or X.XX): never an overlap."""
        return self.bidang == GENERIC_BIDANG or self.program.endswith("." + SUPPORT_PROGRAM)

    def parent(self) -> str | None:
        return self.kegiatan if self.sub_kegiatan else self.program if self.kegiatan else None


def parse_code(value: object, field: str = "code") -> PlanCode:
    """Read a code (dots, spaces, ``0K.KK`` and ``K.KK`` all understood) or refuse it. A
    text is read once (an import asks for each row's code several times)."""
    if isinstance(value, str):
        return _parse_text(value, field)
    return _parse(value, field)


@lru_cache(maxsize=1 << 16)
def _parse_text(value: str, field: str) -> PlanCode:
    return _parse(value, field)


def _parse(value: object, field: str) -> PlanCode:
    text = code_text(value, field, required=True)
    assert text is not None
    compact = re.sub(r"\s+", "", text).strip(".").upper()
    match = _PATTERN.match(compact)
    if match is None:
        raise ValidationError(
            field,
            N_(
                "Kode '{value}' tidak berbentuk kode perencanaan (contoh: program 1.02.02, kegiatan 1.02.02.2.01, sub kegiatan 1.02.02.2.01.0003)."
            ),
            value=text,
        )
    bidang = f"{match['urusan']}.{match['bidang']}"
    if (match["urusan"] == "X") != (match["bidang"] == "XX"):
        raise ValidationError(field, N_("Kode '{value}': bidang urusan {bidang} tidak dikenal."), value=text, bidang=bidang)
    program = f"{bidang}.{match['program']}"
    if match["government"] is None:
        return PlanCode(bidang, program, None, None, None)
    government = "provinsi" if match["government"] == "1" else "kabkota"
    kegiatan = f"{program}.{match['government']}.{match['kegiatan']}"
    sub = f"{kegiatan}.{match['sub']}" if match["sub"] else None
    return PlanCode(bidang, program, kegiatan, sub, government)


def normalise_code(value: object) -> str:
    """The one written form of a code (``1.02.02.02.01.0003`` → ``1.02.02.2.01.0003``)."""
    return parse_code(value).text


def government_of(region_kind: str) -> str:
    """'provinsi' for a province; 'kabkota' for a kabupaten or kota."""
    return "provinsi" if region_kind == "provinsi" else "kabkota"


def level_label(level: str) -> str:
    return _LEVEL_LABELS.get(level, level)


def check_level(code: PlanCode, level: str, region_kind: str, field: str = "code") -> None:
    """Refuse a code of another level (a kegiatan code where a program is asked) or of the
    other level of government (a kabupaten's kegiatan in a province's Renstra)."""
    if code.level != level:
        raise ValidationError(
            field,
            N_("Kode {code} adalah kode {found}, bukan kode {wanted}."),
            code=code.text,
            found=level_label(code.level),
            wanted=level_label(level),
        )
    wanted = government_of(region_kind)
    if code.government is not None and code.government != wanted:
        raise ValidationError(
            field,
            N_("Kode {code} adalah nomenklatur {found}, sedangkan wilayah ini {wanted}: angka pertama kegiatan harus {digit}."),
            code=code.text,
            found=_GOVERNMENT_LABELS[code.government],
            wanted=_GOVERNMENT_LABELS[wanted],
            digit=GOVERNMENT_DIGIT[wanted],
        )


_GOVERNMENT_LABELS = {"provinsi": N_("provinsi"), "kabkota": N_("kabupaten/kota")}
