"""Eselon written one way everywhere: as PP 18/2016 on perangkat daerah writes it
("jabatan eselon IIa", Pasal 94–101) and Keppres 9/1985 Pasal 2 lists the grades ("Eselon
IIIa", "Eselon IIIb"): the roman grade and its letter with nothing between. That is also the
code stored in the file and typed in the Excel sheets, so what a user types, reads in the
window and reads on paper is the same text."""

from __future__ import annotations

import re

_WRITTEN = re.compile(r"\s*(IV|V|I{1,3})\s*[./-]?\s*([AB]?)\s*", re.IGNORECASE)


def eselon_label(eselon: str | None) -> str:
    """'IIIb', 'III.b', 'III/b' or 'iii b' → 'IIIb'; '' for none; anything else unchanged."""
    if not eselon:
        return ""
    match = _WRITTEN.fullmatch(eselon)
    if match is None:
        return eselon.strip()
    return match.group(1).upper() + match.group(2).lower()
