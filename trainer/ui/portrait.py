"""A simple generated portrait for a journalist: initials on a colour chosen by name and style."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

STYLE_RING = {
    "neutral": QColor("#5b7083"),
    "friendly": QColor("#2e8b57"),
    "hostile": QColor("#c0392b"),
    "tabloid": QColor("#d35400"),
}


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[-2][:1] + words[-1][:1]).upper()  # Vietnamese names: the given name is last


def portrait(name: str, style: str, size: int = 96) -> QPixmap:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    hue = digest[0] * 360 // 256
    fill = QColor.fromHsl(hue, 110, 150)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = max(3, size // 16)
    rect = QRectF(ring / 2, ring / 2, size - ring, size - ring)
    p.setPen(QPen(STYLE_RING.get(style, STYLE_RING["neutral"]), ring))
    p.setBrush(fill)
    p.drawEllipse(rect)
    # A head-and-shoulders silhouette, then the initials.
    clip = QPainterPath()
    clip.addEllipse(rect)
    p.setClipPath(clip)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill.darker(130))
    p.drawEllipse(QRectF(size * 0.18, size * 0.70, size * 0.64, size * 0.6))
    p.setClipping(False)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.34))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, -size * 0.06, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    p.end()
    return pixmap
