"""Marking of user-facing core messages for translation, without Qt.

Core messages are written in Indonesian, the shipped language. ``QT_TRANSLATE_NOOP``
has the name Qt's ``lupdate`` looks for, so the messages land in the translation
files; the Qt face translates them at display time (see ``ui/i18n.py``).
"""

CORE_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate recognises
    """Return ``text`` unchanged; only marks it for extraction."""
    return text


def N_(text: str) -> str:  # noqa: N802
    """Mark a core message (context ``core``) for translation."""
    return text
