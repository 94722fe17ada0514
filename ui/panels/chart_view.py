"""The organisation chart on screen: the pages the PDF prints for the chosen paper (the same
layout, ``reports.org_chart.chart_pages``, in the same font), each drawn on its sheet, so what
the user sees is what prints: a unit's chart, or a region's Bagan Susunan Perangkat Daerah.
Ctrl+wheel or +/- zoom, 0 fits."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.org_chart import region_overview, unit_tree
from core.org_layout import ChartPage, ChartUnit
from core.resources import resource_path
from core.store import Store
from reports.fonts import measure, printable
from reports.org_chart import TITLE_SPACE, chart_area, chart_pages, chart_title, sheet_size, subtitle_line
from reports.page import MARGIN

FILL = {"head": QColor("#dfe8f1"), "continuation": QColor("#eef1f4")}
INK = QColor("#1f2a36")
NOTE_INK = QColor("#8a96a3")
SHEET_GAP = 24.0  # between the pages, in points
TEXT_SCALE = 10  # fonts drawn at 10× size and scaled down: QFont sizes are whole pixels


@lru_cache(maxsize=1)
def chart_families() -> tuple[str, str]:
    """Load the report font into Qt (once) so the screen measures text as the PDF does."""
    names = []
    for file in ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        names.append(families[0] if families else "Sans Serif")
    return names[0], names[1]


class ChartItem(QGraphicsItem):
    """Paints one printed page: the sheet, the title and the chart where the PDF puts them,
    at the page's scale; its coordinates are points on the paper."""

    def __init__(self, page: ChartPage, paper: str, subject: str, title: str) -> None:
        super().__init__()
        self.page = page
        self.title = title
        self.sheet = sheet_size(paper, page.landscape)
        inner, _height = chart_area(paper)(page.landscape)
        self.origin = QPointF(MARGIN + (inner - page.width * page.scale) / 2, MARGIN + TITLE_SPACE)
        self.subject = subject
        self.fonts: dict[tuple[float, bool], QFont] = {}

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.sheet[0] + 4, self.sheet[1] + 4)

    def _text(self, painter: QPainter, x: float, baseline: float, text: str, size: float, bold: bool) -> None:
        painter.save()
        painter.translate(x, baseline)
        painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        painter.setFont(self._font(size, bold))
        painter.drawText(QPointF(0, 0), printable(text))
        painter.restore()

    def _centred(self, painter: QPainter, baseline: float, text: str, size: float, bold: bool) -> None:
        self._text(painter, (self.sheet[0] - measure(text, size, bold)) / 2, baseline, text, size, bold)

    def _font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        if key not in self.fonts:
            regular, heavy = chart_families()
            font = QFont(heavy if bold else regular)
            font.setPixelSize(max(1, round(size * TEXT_SCALE)))
            font.setBold(bold)
            font.setKerning(False)  # reportlab does not kern either
            font.setStretch(QFont.Stretch.SemiCondensed)  # DejaVu Sans Condensed's own width: no synthetic squeeze
            self.fonts[key] = font
        return self.fonts[key]

    def paint(self, painter: QPainter, _option: Any, _widget: Any = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c3cad2"), 0.8))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(0, 0, *self.sheet))
        painter.setPen(INK)
        self._centred(painter, MARGIN + 13, self.title, 12, True)
        size, line = subtitle_line(self.subject.upper(), self.sheet[0] - 2 * MARGIN)
        self._centred(painter, MARGIN + 28, line, size, True)
        top, s = self.origin, self.page.scale
        painter.setPen(NOTE_INK)
        for note in self.page.notes:
            baseline = top.y() - 4 if note.where == "top" else top.y() + self.page.height * s + 14
            self._centred(painter, baseline, f"— {note.text} —", 7.5, False)
        painter.translate(top)
        painter.scale(s, s)
        pen = QPen(INK, 0.7)
        for connector in self.page.connectors:
            pen.setStyle(Qt.PenStyle.DashLine if connector.dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawPolyline([QPointF(x, y) for x, y in connector.points])
        for box in self.page.boxes:
            pen.setStyle(Qt.PenStyle.DashLine if box.role == "functional" else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(FILL.get(box.role, QColor("white")))
            painter.drawRect(QRectF(box.x, box.y, box.w, box.h))
            for line in box.lines:
                self._text(painter, box.x + line.x, box.y + line.baseline, line.text, line.size, line.bold)


class ZoomView(QGraphicsView):
    """Ctrl+wheel zooms; the wheel alone scrolls. Until the user zooms, the pages stay fitted
    to the view as it is resized: a chart laid out while its tab was hidden was otherwise
    fitted to the hidden view's few pixels and shown as a speck."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.fitting = True

    def fit(self) -> None:
        self.fitting = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.fitting = False
        self.scale(factor, factor)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.2 if event.angleDelta().y() > 0 else 1 / 1.2)
        else:
            super().wheelEvent(event)


class ChartView(QWidget):
    """A unit's chart, or a region's, as it prints on the chosen paper (the report dialog's
    defaults: A4, orientation chosen by the chart), with zoom buttons and, for a unit, 'print'
    (which opens the dialog; a region's chart prints from the Laporan menu)."""

    print_asked = Signal(int)  # unit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id: int | None = None
        self.tree: ChartUnit | None = None
        self.subject = ""
        self._pending: tuple[Store, int] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(250)
        self._settle.timeout.connect(self._load_pending)
        self.pages: list[ChartPage] = []
        self.page: ChartPage | None = None  # the first
        self.scene = QGraphicsScene(self)
        self.view = ZoomView(self.scene, self)
        self.view.setObjectName("chartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(QColor("#f6f7f9"))
        self.summary = QLabel(self)
        self.paper = QComboBox(self)
        self.paper.setObjectName("chartPaper")
        for key, text in (("A4", "A4"), ("F4", self.tr("F4 / folio")), ("A3", "A3")):
            self.paper.addItem(text, key)
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("chartOrientation")
        for value, text in ((None, self.tr("Otomatis")), (False, self.tr("Tegak")), (True, self.tr("Melintang"))):
            self.orientation.addItem(text, value)
        self.paper.currentIndexChanged.connect(lambda _i: self.show_pages())
        self.orientation.currentIndexChanged.connect(lambda _i: self.show_pages())
        zoom_in = QPushButton("+", self)
        zoom_out = QPushButton("−", self)
        fit = QPushButton(self.tr("Paskan"), self)
        self.print = QPushButton(self.tr("Cetak bagan..."), self)
        for button in (zoom_in, zoom_out):
            button.setFixedWidth(32)
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        fit.clicked.connect(self.fit)
        self.print.clicked.connect(self._on_print)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.paper)
        bar.addWidget(self.orientation)
        for button in (zoom_out, zoom_in, fit, self.print):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def load(self, store: Store, unit_id: int) -> None:
        """Show a unit's chart. Moving from unit to unit with the tab open waits for the user
        to stop on one: laying out a large perangkat daerah takes most of a second, and
        arrowing down the tree should not stutter at every unit passed."""
        self._pending = (store, unit_id)
        if self.tree is None or not self.isVisible():
            self._load_pending()
        else:
            self._settle.start()

    def _load_pending(self) -> None:
        if self._pending is None:
            return
        store, unit_id = self._pending
        self._pending = None
        self.tree = unit_tree(store, unit_id)
        self.unit_id = unit_id
        self.subject = self.tree.name
        self.print.setVisible(True)
        self.show_pages()

    def load_region(self, store: Store, edition_id: int, subject: str) -> None:
        """Show an edition's Bagan Susunan Perangkat Daerah (``subject``: the region's name)."""
        self._settle.stop()
        self._pending = None
        self.tree = region_overview(store, edition_id)
        self.unit_id = None
        self.subject = subject
        self.print.setVisible(False)
        self.show_pages()

    def _on_print(self) -> None:
        self._settle.stop()
        self._load_pending()  # print the unit the tree shows, even within the pause
        if self.unit_id is not None:
            self.print_asked.emit(self.unit_id)

    def settled(self) -> bool:
        """No chart waiting to be laid out (for tests and the print button)."""
        return self._pending is None

    def show_pages(self) -> None:
        """Lay the chart out for the chosen paper, as the PDF does, and show its pages one
        below the other."""
        if self.tree is None:
            return
        paper = self.paper.currentData()
        self.pages = chart_pages(self.tree, paper, self.orientation.currentData())
        self.page = self.pages[0]
        self.scene.clear()
        y, width = 0.0, 0.0
        for page in self.pages:
            item = ChartItem(page, paper, self.subject, chart_title(self.tree))
            item.setPos(0, y)
            self.scene.addItem(item)
            y += item.sheet[1] + SHEET_GAP
            width = max(width, item.sheet[0])
        self.scene.setSceneRect(QRectF(-20, -20, width + 40, y - SHEET_GAP + 40))
        count = sum(1 for page in self.pages for box in page.boxes if box.unit_id is not None and box.role != "continuation")
        if len(self.pages) == 1:
            self.summary.setText(self.tr("{count} unit").format(count=count))
        else:
            self.summary.setText(self.tr("{count} unit, {pages} halaman").format(count=count, pages=len(self.pages)))
        self.fit()

    def fit(self) -> None:
        self.view.fit()

    def keyPressEvent(self, event: Any) -> None:
        keys = {Qt.Key.Key_Plus: 1.25, Qt.Key.Key_Equal: 1.25, Qt.Key.Key_Minus: 0.8}
        if event.key() in keys:
            self.view.zoom(keys[event.key()])
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
