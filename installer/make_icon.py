"""Draw the application icon with QPainter and write resources/icons/ (``.png`` and a
multi-size ``.ico``), so the icon is reproducible from source and needs no drawing program.

python installer/make_icon.py

The picture is the program's subject: an organisation chart (a head over three units) in
white on a deep blue rounded square. Each size is drawn on its own pixel grid (thicker lines
and fewer details at 16 px), not scaled down from the big one.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: TID251 - a build tool, not core
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: TID251

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256
BACKGROUND = QColor("#1f4e79")
ACCENT = QColor("#f2b705")
FOREGROUND = QColor("#ffffff")


def draw(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels, with an alpha channel."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16  # the design is laid out on a 16 × 16 grid
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(0, 0, size, size), 3 * unit, 3 * unit)
    line = QPen(FOREGROUND, max(1.0, 1.0 * unit if size <= 24 else 0.75 * unit))
    line.setCapStyle(Qt.PenCapStyle.SquareCap)  # square ends fill the corners of the elbow
    painter.setPen(line)
    painter.drawLine(QPointF(8 * unit, 6 * unit), QPointF(8 * unit, 8.5 * unit))
    painter.drawLine(QPointF(3 * unit, 8.5 * unit), QPointF(13 * unit, 8.5 * unit))
    for x in (3, 8, 13):
        painter.drawLine(QPointF(x * unit, 8.5 * unit), QPointF(x * unit, 10.5 * unit))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(QRectF(4.5 * unit, 2.5 * unit, 7 * unit, 3.5 * unit), 0.8 * unit, 0.8 * unit)
    painter.setBrush(FOREGROUND)
    for x in (1, 6, 11):
        painter.drawRoundedRect(QRectF(x * unit, 10.5 * unit, 4 * unit, 3 * unit), 0.6 * unit, 0.6 * unit)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon entry as a classic 32-bit DIB (BGRA rows bottom-up, then the 1-bit AND mask):
    readable by every Windows icon reader, NSIS's included, where PNG entries are not."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    mask = bytearray()
    mask_row_bytes = ((size + 31) // 32) * 4
    for y in reversed(range(size)):
        row_mask = bytearray(mask_row_bytes)
        for x in range(size):
            argb = image.pixel(x, y)
            pixels += struct.pack("<I", argb)  # little-endian ARGB is B, G, R, A in memory
            if (argb >> 24) == 0:
                row_mask[x // 8] |= 0x80 >> (x % 8)
        mask += row_mask
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(images: list[QImage]) -> bytes:
    """A Windows .ico holding every image: DIB entries up to 64 px, PNG above (as Windows does)."""
    entries = [png_bytes(image) if image.width() > 64 else dib_bytes(image) for image in images]
    offset = 6 + 16 * len(images)
    directory = b""
    for image, data in zip(images, entries, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(entries)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "sotk-planner.png").write_bytes(png_bytes(draw(PNG_SIZE)))
    (ICONS / "sotk-planner.ico").write_bytes(ico_bytes([draw(size) for size in ICO_SIZES]))
    print(f"wrote {ICONS / 'sotk-planner.png'} and {ICONS / 'sotk-planner.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
