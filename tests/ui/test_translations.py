"""Indonesian by default, English selectable; every text on screen has its English."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.errors import ValidationError
from core.validation import require_text
from ui.i18n import error_text, install_translators
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_indonesian_by_default_english_on_request(qtbot, isolated: Path) -> None:  # type: ignore[no-untyped-def]
    install_translators("id")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Berkas", "&Sunting", "St&ruktur", "&Tampilan", "Lap&oran", "Bantu&an"]
    try:
        install_translators("en")
        english = MainWindow(Settings())
        qtbot.addWidget(english)
        assert menu_titles(english) == ["&File", "&Edit", "&Structure", "&View", "&Reports", "&Help"]
        assert english.act_undo.text() == "&Undo"
        try:
            require_text("  ", "name")
        except ValidationError as exc:
            assert error_text(exc) == "Name must not be empty."
    finally:
        install_translators("id")


def test_every_source_text_has_an_english_translation(tmp_path: Path, qapp: QApplication) -> None:
    """lupdate over today's code finds no text that the shipped sotk_en.ts does not translate."""
    shipped = ROOT / "resources" / "i18n" / "sotk_en.ts"
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(shipped.read_bytes())
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("ui", "core", "reports") for p in (ROOT / folder).rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-tr-function-alias", "QT_TR_NOOP+=N_", "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot()
        for message in context.findall("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == [], "run tools/update_translations.py and translate these"


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


def test_alt_keys_are_unambiguous_in_both_languages(qtbot, isolated: Path) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter reaches exactly one menu or field on the unit page and on the edition page."""
    from PySide6.QtWidgets import QLabel, QPushButton

    try:
        for language in ("id", "en"):
            install_translators(language)
            window = MainWindow(Settings())
            qtbot.addWidget(window)
            menus = [_mnemonic(a.text()) for a in window.menuBar().actions()]
            for page in (window.editor.unit_page, window.editor.edition_page, window.editor.region_page):
                labels = [_mnemonic(w.text()) for w in page.findChildren(QLabel) if w.buddy() is not None]
                buttons = [_mnemonic(w.text()) for w in page.findChildren(QPushButton)]
                keys = [k for k in menus + labels + buttons if k]
                assert len(keys) == len(set(keys)), (language, type(page).__name__, sorted(keys))
            for menu in window.menuBar().actions():  # inside each menu, one item per letter
                items = [a.text() for a in menu.menu().actions() if not a.isSeparator()]
                keys = [_mnemonic(text) for text in items]
                assert None not in keys and len(keys) == len(set(keys)), (language, menu.text(), items)
    finally:
        install_translators("id")


def test_qt_own_buttons_speak_the_chosen_language(qtbot, isolated: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Indonesian for its standard buttons; ours must cover them."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    def texts() -> tuple[str, str, str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        question = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        qtbot.addWidget(question)
        yes = question.button(QMessageBox.StandardButton.Yes).text()
        no = question.button(QMessageBox.StandardButton.No).text()
        return (
            box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
            yes.replace("&", ""),
            no.replace("&", ""),
        )

    try:
        install_translators("id")
        assert texts() == ("Batal", "Ya", "Tidak")
        install_translators("en")
        assert texts() == ("Cancel", "Yes", "No")
    finally:
        install_translators("id")
