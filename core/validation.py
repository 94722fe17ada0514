"""Small checks shared by every core operation: each names the field it refuses."""

from __future__ import annotations

import re
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
    # The fields of a Renstra import's columns and dry run.
    "indicators": N_("Indikator"),
    "indicator": N_("Indikator kinerja"),
    "target": N_("Target"),
    "pagu": N_("Pagu indikatif (Rp)"),
    "end_target": N_("Target kondisi akhir"),
    "end_pagu": N_("Rp kondisi akhir"),
    "_tujuan": N_("Tujuan"),
    "_sasaran_indicator": N_("Indikator sasaran"),
    "_baseline": N_("Data capaian awal"),
    "_location": N_("Lokasi"),
    "_fund_source": N_("Sumber dana"),
    "_notes": N_("Catatan"),
    "_birth_date": N_("Tanggal lahir"),
    "_rank_since": N_("TMT pangkat"),
    "_position_since": N_("TMT jabatan"),
    "_certificate_date": N_("Tanggal sertifikat"),
    # Fields the audit log records of plans, restructuring and placements.
    "accepted_proposals": N_("Usulan diterima"),
    "action": N_("Tindakan penataan"),
    "to": N_("Unit tujuan"),
    "to_unit_id": N_("Unit tujuan"),
    "to_position_id": N_("Jabatan tujuan"),
    "unit_id": N_("Unit"),
    "units": N_("Unit"),
    "sub_units": N_("Sub-unit"),
    "position_id": N_("Jabatan"),
    "parent_id": N_("Induk"),
    "edition_id": N_("Edisi"),
    "from_edition_id": N_("Dari edisi"),
    "effective_date": N_("Tanggal berlaku"),
    "planned_legal_basis": N_("Dasar hukum yang direncanakan"),
    "category": N_("Kategori"),
    "description": N_("Uraian"),
    "text": N_("Rumusan"),
    "visi": N_("Visi"),
    "period_start": N_("Awal periode"),
    "period_end": N_("Akhir periode"),
    "rpjmd_id": N_("RPJMD"),
    "renstra_id": N_("Renstra"),
    "goal_id": N_("Sasaran"),
    "sasaran": N_("Sasaran"),
    "issue_id": N_("Isu strategis"),
    "issues": N_("Isu strategis"),
    "indicator_id": N_("Indikator"),
    "priorities": N_("Program prioritas"),
    "rumpun": N_("Rumpun"),
    "measure": N_("Satuan"),
    "numeric": N_("Angka"),
    "targets": N_("Target"),
    "owner": N_("Pemilik"),
    "owner_id": N_("Pemilik"),
    "pagu_sen": N_("Pagu indikatif"),
    "value_sen": N_("Nilai perolehan"),
    "needed": N_("Kebutuhan"),
    "kinerja": N_("Kinerja"),
    "potensi": N_("Potensi"),
    "staff": N_("Pegawai"),
    "sort_order": N_("Urutan"),
    "id": N_("Nomor"),
    "schema_version": N_("Versi skema"),
    "seed": N_("Benih acak"),
    "scale": N_("Skala"),
}


def label(field: str) -> str:
    """What a field is called in a message (never the column's name: "kode_barang")."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


# Fields whose text may run over several lines (tab and newline allowed in them).
MULTILINE_FIELDS = frozenset({"notes", "function", "legal_basis"})
# Dates of the regional government's records: from the Republic's first year to a planning horizon.
EARLIEST_YEAR, LATEST_YEAR = 1945, 2100
# Stripped from both ends with the spaces: zero-width characters a copy from the web brings along.
_INVISIBLE_ENDS = "\u200b\u200c\u200d\u2060\ufeff"
_ASCII_NUMBER = re.compile(r"[+-]?[0-9]+")


def clean_text(value: object, field: str, *, required: bool = False, max_length: int = 2000) -> str | None:
    """Trim a text value; ``None`` for blank optional values, refusal for blank required ones.

    Text is NFC-normalised so the same name typed on two keyboards compares equal,
    and otherwise kept exactly as typed (apostrophes, diacritics, ``<`` and ``&``).
    Control characters (tab and newline only in multi-line fields) and lone surrogates
    are refused with a message: they print as nothing, break exports and cannot be
    stored. Text with no visible character (only zero-width spaces) counts as blank.
    """
    if type(value) is str and value.isascii() and value.isprintable():
        # The common case, checked in one pass instead of two per character: printable ASCII
        # holds no control character, is its own NFC form, and is visible once stripped.
        text = value.strip()
        if not text:
            if required:
                raise ValidationError(field, N_("{label} tidak boleh kosong."), label=label(field))
            return None
        return _within(text, field, max_length)
    raw = "" if value is None else str(value)
    _refuse_hidden_characters(raw, field)
    text = unicodedata.normalize("NFC", raw).strip().strip(_INVISIBLE_ENDS).strip()
    if not any(_visible(char) for char in text):
        if required:
            if raw.strip():
                raise ValidationError(
                    field, N_("{label} harus berisi sedikitnya satu huruf atau angka yang terlihat."), label=label(field)
                )
            raise ValidationError(field, N_("{label} tidak boleh kosong."), label=label(field))
        return None
    return _within(text, field, max_length)


def _within(text: str, field: str, max_length: int) -> str:
    """``text``, or the refusal when it is longer than the field allows."""
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


def _visible(char: str) -> bool:
    """A letter, digit, mark or symbol: not a space, a control or a format character."""
    return unicodedata.category(char)[0] not in "CZ"


def _refuse_hidden_characters(text: str, field: str) -> None:
    allowed = "\t\n\r" if field in MULTILINE_FIELDS else ""
    for position, char in enumerate(text, start=1):
        point = ord(char)
        if 0xD800 <= point <= 0xDFFF:
            raise ValidationError(
                field,
                N_("{label}: karakter ke-{position} rusak (separuh pasangan surrogate U+{code}); ketik ulang teksnya."),
                label=label(field),
                position=position,
                code=f"{point:04X}",
            )
        if unicodedata.category(char) == "Cc" and char not in allowed:
            raise ValidationError(
                field,
                N_("{label}: karakter ke-{position} adalah karakter kendali tak terlihat (U+{code}); hapus karakter itu."),
                label=label(field),
                position=position,
                code=f"{point:04X}",
            )


def ascii_digits(text: str, field: str) -> str:
    """``text`` in NFKC form (fullwidth and superscript digits become 0–9), refused when a
    digit of another script remains (Arabic-Indic, Devanagari...): such a number looks
    right, but sorts, compares and prints differently, and would slip past uniqueness."""
    if text.isascii():  # its own NFKC form, and its digits are 0–9
        return text
    normal = unicodedata.normalize("NFKC", text)
    odd = [char for char in normal if char.isdigit() and not "0" <= char <= "9"]
    if odd:
        raise ValidationError(
            field,
            N_("{label} '{value}' memuat angka yang bukan 0–9 ({digits}); ketik ulang dengan angka biasa."),
            label=label(field),
            value=text,
            digits=" ".join(dict.fromkeys(odd)),
        )
    return normal


def code_text(value: object, field: str, *, required: bool = False, max_length: int = 40) -> str | None:
    """A code (kode barang, urusan, program, register, NIP-like numbers): clean text whose
    digits are 0–9 after NFKC normalisation."""
    text = clean_text(value, field, required=required, max_length=max_length)
    return None if text is None else ascii_digits(text, field)


def whole_number(value: object, field: str) -> int | None:
    """An integer typed as text or given as a number; None when blank. Only 0–9 digits
    count (``int()`` itself would take Arabic-Indic digits and ``1_000``)."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():  # 3.0 from a spreadsheet cell
        return int(value)
    text = code_text(value, field)
    if text is None:
        return None
    if not _ASCII_NUMBER.fullmatch(text):
        raise ValidationError(field, N_("{label}: '{value}' bukan bilangan bulat."), label=label(field), value=text)
    return int(text)


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
    """A date as ISO text (YYYY-MM-DD), or None when blank; within 1945–2100 (a year typed
    as 0001 or 9999 is a slip, and would sort before or after every real record)."""
    text = code_text(value, field)
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(
            field, N_("{label}: '{value}' bukan tanggal (tulis TTTT-BB-HH)."), label=label(field), value=text
        ) from exc
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValidationError(
            field,
            N_("{label}: tahun {year} di luar rentang {earliest}–{latest}."),
            label=label(field),
            year=day.year,
            earliest=EARLIEST_YEAR,
            latest=LATEST_YEAR,
        )
    return day.isoformat()


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
