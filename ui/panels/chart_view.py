"""The organisation chart on screen: the same geometry the PDF draws (core.org_layout),
in the same font, so what the user sees is what prints. Ctrl+wheel or +/- zoom, 0 fits."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.org_chart import unit_tree
from core.org_layout import ChartPage, fit_one
from core.resources import resource_path
from core.store import Store
from reports.fonts import measure, printable

FILL = {"head": QColor("#dfe8f1"), "continuation": QColor("#eef1f4")}
INK = QColor("#1f2a36")
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
    """Paints one chart page; its coordinates are the layout's points."""

    def __init__(self, page: ChartPage) -> None:
        super().__init__()
        self.page = page
        self.fonts: dict[tuple[float, bool], QFont] = {}

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.page.width + 4, self.page.height + 4)

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
                painter.save()
                painter.translate(box.x + line.x, box.y + line.baseline)
                painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
                painter.setFont(self._font(line.size, line.bold))
                painter.drawText(QPointF(0, 0), printable(line.text))
                painter.restore()


class ZoomView(QGraphicsView):
    """Ctrl+wheel zooms; the wheel alone scrolls."""

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
            self.scale(factor, factor)
        else:
            super().wheelEvent(event)


class ChartView(QWidget):
    """A unit's chart with zoom buttons and 'print' (which opens the report dialog)."""

    print_asked = Signal(int)  # unit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id: int | None = None
        self.page: ChartPage | None = None
        self.scene = QGraphicsScene(self)
        self.view = ZoomView(self.scene, self)
        self.view.setObjectName("chartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(QColor("#f6f7f9"))
        self.summary = QLabel(self)
        zoom_in = QPushButton("+", self)
        zoom_out = QPushButton("−", self)
        fit = QPushButton(self.tr("Paskan"), self)
        self.print = QPushButton(self.tr("Cetak bagan..."), self)
        for button in (zoom_in, zoom_out):
            button.setFixedWidth(32)
        zoom_in.clicked.connect(lambda: self.view.scale(1.25, 1.25))
        zoom_out.clicked.connect(lambda: self.view.scale(0.8, 0.8))
        fit.clicked.connect(self.fit)
        self.print.clicked.connect(lambda: self.unit_id is not None and self.print_asked.emit(self.unit_id))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (zoom_out, zoom_in, fit, self.print):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def load(self, store: Store, unit_id: int) -> None:
        tree = unit_tree(store, unit_id)
        viewport = self.view.viewport().size()
        ratio = max(0.3, viewport.width() / max(1, viewport.height()))
        self.page = fit_one(tree, lambda _wide: (1000.0 * ratio, 1000.0), measure, (False,))
        self.unit_id = unit_id
        self.scene.clear()
        self.scene.addItem(ChartItem(self.page))
        self.scene.setSceneRect(QRectF(-20, -20, self.page.width + 40, self.page.height + 40))
        count = sum(1 for box in self.page.boxes if box.unit_id is not None)
        self.summary.setText(self.tr("{count} unit").format(count=count))
        self.fit()

    def fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def keyPressEvent(self, event: Any) -> None:
        keys = {Qt.Key.Key_Plus: 1.25, Qt.Key.Key_Equal: 1.25, Qt.Key.Key_Minus: 0.8}
        if event.key() in keys:
            self.view.scale(keys[event.key()], keys[event.key()])
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
