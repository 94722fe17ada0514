"""Bantuan → Panduan (F1) on the sample: F1 opens the chapter of the screen with the keyboard,
the chapter list has every chapter, a link clicked leads to its chapter and Back returns,
pictures load, the search finds words in other chapters, every key the window defines is in
the keys chapter, and the guide speaks the program's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from core import guide
from ui.dialogs.guide import GuideWindow
from ui.i18n import install_translators
from ui.main_window import MainWindow


@pytest.fixture
def opened(qtbot, window: MainWindow, sample_copy: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    assert window.open_path(sample_copy)
    yield window
    if window.guide.guide is not None:
        window.guide.guide.close()


def press_f1(qtbot, widget: QWidget) -> GuideWindow:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    main = widget.window() if isinstance(widget.window(), MainWindow) else widget.window().parentWidget().window()
    shown = main.findChild(GuideWindow)
    assert shown is not None and shown.isVisible()
    return shown


def test_f1_opens_the_chapter_of_the_screen_in_use(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = opened
    shown = press_f1(qtbot, window.tree)
    assert shown.topic() == "struktur#pohon"
    assert "Struktur dan fungsi" in shown.browser.toPlainText()
    assert shown.contents.currentItem().text(0) == "Pohon struktur"

    window.activateWindow()
    window.select("unit", window.doc.store.scalar("SELECT id FROM units WHERE name = 'Dinas Kesehatan' AND edition_id = 1"))  # type: ignore[union-attr]
    window.editor.unit_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.editor.people_tab.isVisible())
    shown = press_f1(qtbot, window.editor.people_tab.page.positions_view)
    assert shown.topic() == "pegawai"
    assert shown.browser.toPlainText().startswith("Jabatan dan pegawai")

    window.activateWindow()
    window.bring_forward(window.checks_dock, window.checks_panel.open_view)
    shown = press_f1(qtbot, window.checks_panel.open_view)
    assert shown.topic() == "pemeriksaan"
    assert "Urusan diemban dua perangkat daerah" in shown.browser.toPlainText()

    window.activateWindow()
    next(a for a in window.findChildren(QAction) if a.objectName() == "actShow-assetsDock").trigger()
    qtbot.waitUntil(lambda: window.region_assets.isVisible())
    shown = press_f1(qtbot, window.region_assets.text)
    assert shown.topic() == "aset-wilayah"

    restructuring = window.restructure.open()  # a window of its own: F1 there too
    assert restructuring is not None
    qtbot.waitUntil(restructuring.isVisible)
    qtbot.waitUntil(lambda: window.restructure.task is None, timeout=60_000)  # its proposals read (a progress window)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    restructuring.activateWindow()
    qtbot.waitUntil(restructuring.isActiveWindow)
    shown = press_f1(qtbot, restructuring.tabs.tabBar())
    assert shown.topic() == "restrukturisasi"
    restructuring.close()


def test_the_guide_lists_every_chapter_and_its_links_pictures_and_search_work(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = opened
    action = next(a for a in window.menuBar().actions() if a.text() == "Bantu&an").menu().actions()[0]
    assert action.objectName() == "actGuide" and action.shortcut() == QKeySequence("F1")
    action.trigger()
    shown = window.guide.guide
    assert shown is not None and shown.topic() == "struktur#pohon"  # the tree has the keyboard after opening
    titles = [shown.contents.topLevelItem(i).text(0) for i in range(shown.contents.topLevelItemCount())]
    assert titles == [c.title for c in guide.chapters("id")]
    first = shown.contents.topLevelItem(0)
    qtbot.mouseClick(shown.contents.viewport(), Qt.MouseButton.LeftButton, pos=shown.contents.visualItemRect(first).center())
    assert shown.topic() == "mulai"
    assert shown.browser.toPlainText().startswith("Langkah pertama")

    document = shown.browser.document()
    pictures = [f.charFormat().toImageFormat().name() for f in fragments(document) if f.charFormat().isImageFormat()]
    assert pictures == ["img/utama.png", "img/panduan.png"]
    for name in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert image is not None and not image.isNull() and image.width() > 600, name

    link = next(f for f in fragments(document) if f.charFormat().anchorHref() == "perintah.md")  # "baris perintah"
    cursor = QTextCursor(document)
    cursor.setPosition(link.position() + 1)
    shown.browser.setTextCursor(cursor)
    shown.browser.ensureCursorVisible()
    qtbot.mouseClick(shown.browser.viewport(), Qt.MouseButton.LeftButton, pos=shown.browser.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: shown.topic() == "perintah")
    assert shown.browser.toPlainText().startswith("Baris perintah")
    assert shown.back.isEnabled()
    qtbot.mouseClick(shown.back, Qt.MouseButton.LeftButton)
    assert shown.topic() == "mulai"
    assert shown.contents.currentItem() is first
    assert shown.forward.isEnabled()

    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.search.hasFocus()
    qtbot.keyClicks(shown.search, "stunting")
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)
    assert shown.topic().startswith("pemeriksaan")
    assert shown.browser.textCursor().selectedText().lower() == "stunting"
    shown.search.setText("kata-yang-tidak-ada-di-mana-pun")
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)
    assert shown.found.text() == "Tidak ditemukan"


def fragments(document: QTextDocument) -> Iterator:  # type: ignore[type-arg]
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_every_key_the_window_defines_is_in_the_keys_chapter(qtbot, opened: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    window = opened
    shown = window.guide.open("tombol")
    keys = [s for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()]
    keys += [s.key() for widget in (window, shown) for s in widget.findChildren(QShortcut)]
    assert len(keys) > 25
    chapter = " ".join(guide.block_text(b) for b in guide.chapter(language, "tombol").blocks)
    for key in keys:
        written = key.toString(QKeySequence.SequenceFormat.PortableText)
        assert f"`{written}`" in chapter, f"{written} is missing from the {language} keys chapter"


def test_the_guide_speaks_the_programs_language(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    install_translators("en")
    try:
        english = GuideWindow("en", opened)
        assert english.contents.topLevelItem(0).text(0) == "First steps"
        english.show_topic("pemeriksaan#ego_sektoral")
        assert "Strategic issues worked on alone" in english.browser.toPlainText()
        assert english.search.placeholderText().startswith("Search the guide")
        english.close()
    finally:
        install_translators("id")


@pytest.mark.parametrize("language", guide.LANGUAGES)
def test_the_guide_printed_from_the_reports_menu_speaks_the_windows_language(
    qtbot, window: MainWindow, small_file: Path, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.report_dialog import ReportDialog

    from .test_people import in_dialog

    window.open_path(small_file)
    target = tmp_path / "panduan.pdf"

    def fill(dialog: ReportDialog) -> None:
        assert dialog.kind.currentData() == "guide"
        dialog.path.setText(str(target))
        dialog.open_after.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    install_translators(language)
    try:
        in_dialog(qtbot, fill)
        next(a for a in window.report_actions if a.objectName() == "actReport-guide").trigger()
        qtbot.waitUntil(lambda: target.exists() and window.reports.task is None, timeout=60_000)
    finally:
        install_translators("id")
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages[:8])
    assert guide.chapter(language, "mulai").title in text
    assert ("Halaman 1 dari" if language == "id" else "Page 1 of") in text
