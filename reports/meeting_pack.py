"""Bahan rapat: the sections a meeting pack can hold, by key, and those it holds unless the
user chooses. The builder is ``reports.meeting_pack_pdf``; this module loads no reportlab,
since the report dialog (built with the window) lists these sections."""

from __future__ import annotations

from typing import Any

from core.i18n import N_

SECTIONS = {
    "org-chart": N_("Bagan struktur organisasi"),
    "findings": N_("Temuan pemeriksaan"),
    "competency": N_("Kompetensi dan kebutuhan pegawai"),
    "assets": N_("Ringkasan aset"),
    "structure": N_("Daftar unit dan tugas fungsi"),
    "synergy": N_("Peta sinergi program perangkat daerah"),
    "cascade": N_("Pohon kinerja (cascading RPJMD)"),
}
DEFAULT_SECTIONS = ("org-chart", "findings", "competency", "assets")


def __getattr__(name: str) -> Any:
    """The builder's names (``write_meeting_pack``...) still resolve from here, loading it then."""
    if name.startswith("__"):
        raise AttributeError(name)
    from reports import meeting_pack_pdf

    try:
        return getattr(meeting_pack_pdf, name)
    except AttributeError:
        raise AttributeError(f"module 'reports.meeting_pack' has no attribute {name!r}") from None
