"""The guide window (Bantuan → Panduan, F1): the chapters on the left, the page on the right
with back and forward, and a search box (Ctrl+F) that finds words in the chapter shown and
then in the next chapters that hold them. Pages come from core.guide, the same blocks the
PDF prints; links between chapters and the pictures are served by :meth:`loadResource`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import guide

SCHEME = "panduan"
TopicRole = Qt.ItemDataRole.UserRole


def topic_url(topic: str) -> QUrl:
    """``chapter`` or ``chapter#anchor`` as the URL the browser shows."""
    name, _, anchor = topic.partition("#")
    url = QUrl(f"{SCHEME}:/{name}")
    if anchor:
        url.setFragment(anchor)
    return url


class GuideBrowser(QTextBrowser):
    """A text browser whose pages are guide chapters and whose images are the guide's."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(
            "h1 { color: #1f2a36; } h2 { color: #1c4f80; } h3 { color: #1f2a36; } th { background-color: #e8edf2; }"
        )

    def loadResource(self, kind: int, url: QUrl) -> Any:
        path = url.path().lstrip("/")
        if url.scheme() == SCHEME and kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(guide.guide_dir() / path))
            return image if not image.isNull() else None
        if url.scheme() == SCHEME and path in guide.CHAPTERS:
            return guide.to_html(guide.chapter(self.language, path))
        return super().loadResource(kind, url)

    def doSetSource(self, url: QUrl, kind: QTextDocument.ResourceType = QTextDocument.ResourceType.HtmlResource) -> None:
        """Every way to a page (a link clicked, Back, the contents) comes here: a link's URL,
        resolved against the page or not, becomes the chapter it names, always as HTML."""
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        if url.scheme() in ("", SCHEME):  # "pegawai.md#x", "#x", "panduan:/pegawai.md#x"
            page = url.path().lstrip("/")
            name, anchor = guide.link_target(page, self.current_chapter())[0], url.fragment()
            url = topic_url(f"{name}#{anchor}" if anchor else name)
        super().doSetSource(url, QTextDocument.ResourceType.HtmlResource)

    def current_chapter(self) -> str:
        return self.source().path().lstrip("/") or guide.CHAPTERS[0]


class GuideWindow(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Panduan SOTK Planner"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.language = language if language in guide.LANGUAGES else "id"
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        for chap in (guide.outline(self.language, name) for name in guide.CHAPTERS):
            top = QTreeWidgetItem(self.contents, [chap.title])
            top.setData(0, TopicRole, chap.name)
            for section in chap.sections():
                child = QTreeWidgetItem(top, [guide.plain(section.text)])
                child.setData(0, TopicRole, f"{chap.name}#{section.anchor}")
        self.contents.itemClicked.connect(lambda item, _col: self.show_topic(item.data(0, TopicRole)))
        self.contents.currentItemChanged.connect(lambda item, _old: item is not None and self.show_topic(item.data(0, TopicRole)))

        self.browser = GuideBrowser(self.language, self)
        self.browser.setObjectName("guidePage")
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.back = QToolButton(self)
        self.back.setText(self.tr("◀ Kembali"))
        self.back.setToolTip(self.tr("Halaman sebelumnya (Alt+←)"))
        self.back.clicked.connect(self.browser.backward)
        self.back.setEnabled(False)
        self.forward = QToolButton(self)
        self.forward.setText(self.tr("Maju ▶"))
        self.forward.setToolTip(self.tr("Halaman berikutnya (Alt+→)"))
        self.forward.clicked.connect(self.browser.forward)
        self.forward.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.search = QLineEdit(self)
        self.search.setObjectName("guideSearch")
        self.search.setPlaceholderText(self.tr("Cari dalam panduan (Ctrl+F, Enter untuk berikutnya)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.found = QLabel(self)
        self.found.setObjectName("guideFound")
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, activated=self.browser.forward)

        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.forward)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.found)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.browser)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1040, 700)

    # -- going places ------------------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        """Show a chapter, or the section ``chapter#anchor`` (an unknown chapter: the first)."""
        name, _, anchor = topic.partition("#")
        if name not in guide.CHAPTERS:
            name, anchor = guide.CHAPTERS[0], ""
        wanted = topic_url(f"{name}#{anchor}" if anchor else name)
        if self.browser.source() == wanted:
            if anchor:
                self.browser.scrollToAnchor(anchor)
            return
        self.browser.setSource(wanted)

    def topic(self) -> str:
        """What is shown: ``chapter`` or ``chapter#anchor``."""
        source = self.browser.source()
        name = source.path().lstrip("/")
        return f"{name}#{source.fragment()}" if source.fragment() else name

    def _on_source_changed(self, url: QUrl) -> None:
        name = url.path().lstrip("/")
        topic = f"{name}#{url.fragment()}" if url.fragment() else name
        with QSignalBlocker(self.contents):
            for row in range(self.contents.topLevelItemCount()):
                top = self.contents.topLevelItem(row)
                if top.data(0, TopicRole) != name:
                    continue
                chosen = next((top.child(i) for i in range(top.childCount()) if top.child(i).data(0, TopicRole) == topic), top)
                top.setExpanded(True)
                self.contents.setCurrentItem(chosen)
        self.setWindowTitle(self.tr("Panduan SOTK Planner — {chapter}").format(chapter=guide.outline(self.language, name).title))

    # -- searching ---------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_next(self) -> bool:
        """The next place the search words appear: further down this chapter, else in the
        next chapter holding them (the guide wraps round). False when nowhere."""
        words = self.search.text().strip()
        if not words:
            self.found.clear()
            return False
        places = guide.search(self.language, words)
        holding = list(dict.fromkeys(chap.name for chap, _ in places))
        if not holding:
            self.found.setText(self.tr("Tidak ditemukan"))
            return False
        self.found.setText(self.tr("Ada di {count} bagian").format(count=len(places)))
        first_word = words.split()[0]
        if self.browser.find(words) or self.browser.find(first_word):  # the words as typed, else the first of them
            return True
        here = self.browser.current_chapter()
        order = list(guide.CHAPTERS)
        start = order.index(here) if here in order else -1
        for step in range(1, len(order) + 1):
            name = order[(start + step) % len(order)]
            if name in holding:
                self.browser.setSource(topic_url(name))
                self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
                if self.browser.find(words) or self.browser.find(first_word):
                    return True
        return False
