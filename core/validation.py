"""Small checks shared by every core operation: each names the field it refuses."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.errors import ValidationError
from core.i18n import N_

# What users call each field; messages name the field in these words.
FIELD_LABELS: dict[str, str] = {
    "name": N_("Nama"),
    "short_name": N_("Nama singkat"),
    "kind": N_("Jenis"),
    "typology": N_("Tipologi"),
    "head_title": N_("Jabatan kepala"),
    "eselon": N_("Eselon"),
    "code": N_("Kode"),
    "notes": N_("Catatan"),
    "status": N_("Status"),
    "legal_basis": N_("Dasar hukum"),
    "legal_number": N_("Nomor dasar hukum"),
    "legal_date": N_("Tanggal dasar hukum"),
    "function": N_("Pernyataan fungsi"),
    "urusan": N_("Urusan"),
    "program": N_("Kode program"),
    "parent": N_("Induk"),
    "transferred_on": N_("Tanggal serah terima"),
    "reference": N_("Nomor BAST / rujukan"),
    "kode_barang": N_("Kode barang"),
    "register": N_("Register"),
    "kib": N_("KIB"),
    "year": N_("Tahun perolehan"),
    "value": N_("Nilai perolehan"),
    "condition": N_("Kondisi"),
    "location": N_("Lokasi"),
    "area_m2": N_("Luas"),
    "certificate_no": N_("Nomor sertifikat"),
    "nip": N_("NIP"),
    "front_title": N_("Gelar depan"),
    "back_title": N_("Gelar belakang"),
    "golongan": N_("Golongan"),
    "position": N_("Jabatan"),
    "unit": N_("Unit"),
    "competency": N_("Kompetensi"),
    "level": N_("Level"),
    "title": N_("Nama jabatan"),
    "_birth_date": N_("Tanggal lahir"),
    "_rank_since": N_("TMT pangkat"),
    "_position_since": N_("TMT jabatan"),
    "_certificate_date": N_("Tanggal sertifikat"),
}


def label(field: str) -> str:
    """What a field is called in a message (never the column's name: "kode_barang")."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def clean_text(value: object, field: str, *, required: bool = False, max_length: int = 2000) -> str | None:
    """Trim a text value; ``None`` for blank optional values, refusal for blank required ones.

    Text is NFC-normalised so the same name typed on two keyboards compares equal,
    and otherwise kept exactly as typed (apostrophes, diacritics, ``<`` and ``&``).
    """
    text = "" if value is None else unicodedata.normalize("NFC", str(value)).strip()
    if not text:
        if required:
            raise ValidationError(field, N_("{label} tidak boleh kosong."), label=label(field))
        return None
    if len(text) > max_length:
        raise ValidationError(
            field,
            N_("{label} terlalu panjang ({length} karakter; paling banyak {max})."),
            label=label(field),
            length=len(text),
            max=max_length,
        )
    return text


def require_text(value: object, field: str, *, max_length: int = 2000) -> str:
    text = clean_text(value, field, required=True, max_length=max_length)
    assert text is not None
    return text


def choice(value: object, field: str, allowed: Collection[str], *, required: bool = False) -> str | None:
    """A value from a fixed list; blank counts as none."""
    text = clean_text(value, field, required=required)
    if text is None:
        return None
    if text not in allowed:
        raise ValidationError(
            field,
            N_("{label}: nilai '{value}' tidak dikenal; pilih salah satu dari {allowed}."),
            label=label(field),
            value=text,
            allowed=", ".join(sorted(allowed)),
        )
    return text


def iso_date(value: object, field: str) -> str | None:
    """A date as ISO text (YYYY-MM-DD), or None when blank."""
    text = clean_text(value, field)
    if text is None:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValidationError(
            field, N_("{label}: '{value}' bukan tanggal (tulis TTTT-BB-HH)."), label=label(field), value=text
        ) from exc


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: the field at fault and the message (a template with
    its parameters, so each face translates it)."""

    field: str
    template: str
    params: dict[str, Any]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @classmethod
    def of(cls, error: ValidationError) -> Problem:
        return cls(error.field, error.template, error.params)

    def error(self) -> ValidationError:
        return ValidationError(self.field, self.template, **self.params)


@dataclass
class Checked:
    """What a validator made of a record: the clean values, and every problem it found (a
    dry run lists them all; a write refuses the record while any remain)."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def check(self, name: str, compute: Callable[[], Any]) -> Any:
        """Store ``compute()`` as the value of ``name``; a refusal becomes a problem."""
        try:
            value = compute()
        except ValidationError as exc:
            self.problems.append(Problem.of(exc))
            return None
        self.values[name] = value
        return value

    def refuse(self, error: ValidationError) -> None:
        self.problems.append(Problem.of(error))

    def raise_first(self) -> dict[str, Any]:
        """The values, or the first problem raised as the error (the one-record form)."""
        if self.problems:
            raise self.problems[0].error()
        return self.values
