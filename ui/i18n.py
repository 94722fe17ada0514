"""Translations of the Qt face. Indonesian is the language of the source strings and
the shipped default; English comes from ``resources/i18n/sotk_en.qm``.

Core messages arrive as Indonesian templates with parameters (``core.errors``); they
are translated here in the context lupdate gives module-level ``N_`` calls (empty).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.errors import BACKUP_HINT, FileProblem, SotkError
from core.resources import resource_path

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
CORE_CONTEXT = ""

_installed: list[QTranslator] = []
_language = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The language the user interface speaks ('id' until another is installed)."""
    return _language[0]


def install_translators(language: str) -> str:
    """Install the translators for ``language`` (unknown → Indonesian); returns the one used."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language[0] = language
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    ours = QTranslator(app)
    if language != DEFAULT_LANGUAGE and ours.load(str(resource_path("i18n", f"sotk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own texts: standard buttons ("Batal", "Ya") and context menus. Qt ships no
    # Indonesian for them, so ours comes with the program; other languages from Qt.
    qt_own = QTranslator(app)
    if language == "id":
        loaded = qt_own.load(str(resource_path("i18n", "qtbase_id.qm")))
    else:
        loaded = qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if loaded:
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def format_percent(value: float, decimals: int = 1) -> str:
    """83.25 → '83,3%' in Indonesian (decimal comma), '83.3%' in English."""
    text = f"{value:.{decimals}f}"
    return (text.replace(".", ",") if current_language() == "id" else text) + "%"


def tr_core(text: str) -> str:
    """Translate a core template (or a core field label)."""
    return QCoreApplication.translate(CORE_CONTEXT, text)


def translated(template: str, params: dict[str, Any]) -> str:
    """A core template in the user's language with its parameters (translated where they
    are core texts themselves, such as field names) filled in."""
    values = {k: tr_core(v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return tr_core(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def error_text(exc: SotkError) -> str:
    """A core error's message in the user's language, parameters filled in (and, for a file
    problem, where its last sound backup is)."""
    text = translated(exc.template, exc.params)
    if isinstance(exc, FileProblem) and exc.params.get("backup"):
        text += " " + translated(BACKUP_HINT, {"backup": exc.params["backup"]})
    return text
