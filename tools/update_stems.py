"""Refresh resources/rules/stems_id.tsv, the roots Sastrawi gives the words of the shipped
statement catalogue, after that catalogue changed.

    .venv/bin/python tools/update_stems.py

The checks stem every word of every function statement. Loading Sastrawi's dictionary and
stemming a thousand words cold takes about a third of a second, as long as all the rest of
the overlap check on a scale-10 file; the words of the sample and of most real Perkada are
the same administrative vocabulary, so their roots are shipped and Sastrawi is loaded only
for a word the table does not hold. tests/core/test_checks.py keeps the table equal to what
Sastrawi says.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The files whose text becomes function statements and unit names (people's names, asset
# names and the planning nomenclature never do).
SOURCES = (
    ROOT / "resources" / "sample" / "bidang.csv",
    ROOT / "resources" / "sample" / "generic_functions.csv",
    ROOT / "resources" / "sample" / "support_units.csv",
    ROOT / "resources" / "sample" / "kabupaten_pd.csv",
    ROOT / "resources" / "reference" / "sotk_kalbar.csv",
)
HEADER = (
    "# Roots Sastrawi gives the words of the shipped statement catalogue (word<TAB>root), read\n"
    "# before the stemmer is loaded. Made by tools/update_stems.py; do not edit by hand.\n"
)


def catalogue_words() -> set[str]:
    """The words of the catalogue files, and of every statement of a scale-2 sample (the
    statements the demo builds in code: heads' titles, kecamatan and puskesmas)."""
    import sqlite3
    import tempfile

    from core.checks import text
    from core.demo import build_demo

    found: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.sotk"
        build_demo(path, seed=1, scale=2)
        with sqlite3.connect(path) as conn:
            texts = [row[0] for row in conn.execute("SELECT DISTINCT text FROM unit_functions")]
    for source in SOURCES:
        with source.open(encoding="utf-8", newline="") as handle:
            texts += [cell for row in csv.reader(handle) for cell in row]
    stops = text.stop_words()
    for cell in texts:
        found.update(word for word, _start, _end in text.words(cell) if word.isalpha() and word not in stops)
    return found


def main() -> int:
    from core.checks import text

    words = sorted(catalogue_words())
    lines = [f"{word}\t{text.sastrawi_stem(word)}\n" for word in words]
    target = ROOT / "resources" / "rules" / "stems_id.tsv"
    target.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(lines)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
