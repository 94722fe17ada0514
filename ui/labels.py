"""What codes stored in the file are called on screen, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from core.reference import UnitKind

CONTEXT = "labels"

REGION_KINDS = {
    "provinsi": QT_TRANSLATE_NOOP("labels", "Provinsi"),
    "kabupaten": QT_TRANSLATE_NOOP("labels", "Kabupaten"),
    "kota": QT_TRANSLATE_NOOP("labels", "Kota"),
}
EDITION_STATUSES = {
    "in_force": QT_TRANSLATE_NOOP("labels", "Berlaku"),
    "draft": QT_TRANSLATE_NOOP("labels", "Draf"),
    "archived": QT_TRANSLATE_NOOP("labels", "Arsip"),
}
COMPETENCY_KINDS = {
    "manajerial": QT_TRANSLATE_NOOP("labels", "manajerial"),
    "sosial_kultural": QT_TRANSLATE_NOOP("labels", "sosial kultural"),
    "teknis": QT_TRANSLATE_NOOP("labels", "teknis"),
}
URUSAN_GROUPS = {
    "wajib_pelayanan_dasar": QT_TRANSLATE_NOOP("labels", "wajib, pelayanan dasar"),
    "wajib_non_pelayanan_dasar": QT_TRANSLATE_NOOP("labels", "wajib, non-pelayanan dasar"),
    "pilihan": QT_TRANSLATE_NOOP("labels", "pilihan"),
    "pendukung": QT_TRANSLATE_NOOP("labels", "pendukung"),
    "penunjang": QT_TRANSLATE_NOOP("labels", "penunjang"),
    "pengawasan": QT_TRANSLATE_NOOP("labels", "pengawasan"),
    "kewilayahan": QT_TRANSLATE_NOOP("labels", "kewilayahan"),
    "pemerintahan_umum": QT_TRANSLATE_NOOP("labels", "pemerintahan umum"),
    "non_urusan": QT_TRANSLATE_NOOP("labels", "non-urusan"),
}


def label(mapping: dict[str, str], key: str) -> str:
    """The translated label of a stored code (the code itself if it has none)."""
    return QCoreApplication.translate(CONTEXT, mapping.get(key, key))


def kind_label(kind: UnitKind) -> str:
    """A unit kind's name: the reference table carries both languages."""
    english = QLocale().language() == QLocale.Language.English
    return kind.label_en if english and kind.label_en else kind.label_id
