"""Refresh the translation files after UI or core text changed.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over ui/ and core/ (core marks its messages with ``N_``, read as
QT_TR_NOOP, which gives them the empty context the Qt face looks them up in), keeping
existing translations, then compiles the .qm files with pyside6-lrelease, together with
``qtbase_id.ts`` (Qt's own button and menu texts in Indonesian, kept by hand). Translate
new entries in Qt Linguist (pyside6-linguist) or any editor, then run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: run this with the project's virtual environment")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("ui", "core", "reports") for p in (ROOT / folder).rglob("*.py"))
    for language in LANGUAGES:
        ts = I18N / f"sotk_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-tr-function-alias",
                "QT_TR_NOOP+=N_",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    # Qt's own texts in Indonesian, kept by hand (Qt ships no qtbase_id): compiled only.
    own = I18N / "qtbase_id.ts"
    subprocess.run([tool("pyside6-lrelease"), str(own), "-qm", str(own.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
