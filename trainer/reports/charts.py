"""Charts drawn with QPainter into a rectangle: the same code paints the PDF and the screen.

- :func:`draw_principle_bars`: one horizontal bar per principle (a mean on 0–100), with an
  optional thin line from the lowest to the highest score and an optional reference tick
  (the room's mean on a trainee's card, the latest session in a personal report).
- :func:`draw_trend`: a line of scores over sessions.

Sizes are in millimetres of the paint device, so a chart looks the same on a 96-dpi screen
and in a 300-dpi PDF. Colours follow the feedback view: green from 75, amber from 50.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

GOOD, FAIR, POOR = QColor("#2e8b57"), QColor("#d4a017"), QColor("#c0392b")
GRID = QColor("#d9d9d9")
AXIS = QColor("#6b6b6b")
WHISKER = QColor("#333333")
REFERENCE = QColor("#1f2d3d")
TICKS = (0, 25, 50, 75, 100)


def score_colour(value: float) -> QColor:
    return GOOD if value >= 75 else FAIR if value >= 50 else POOR


@dataclass(frozen=True)
class BarRow:
    label: str
    value: float
    low: float | None = None
    high: float | None = None
    reference: float | None = None
    note: str = ""  # shown right of the plot, e.g. "72 · n = 12"


@dataclass(frozen=True)
class TrendPoint:
    label: str  # under the axis (a date)
    value: float


def _mm(painter: QPainter, value: float) -> float:
    device = painter.device()
    dpi = device.logicalDpiX() if device is not None else 96
    return value * dpi / 25.4


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def bars_height_mm(rows: int, *, row_mm: float = 6.5) -> float:
    """The height :func:`draw_principle_bars` wants for *rows* rows (with the scale)."""
    return rows * row_mm + 7.0


def draw_principle_bars(painter: QPainter, rect: QRectF, rows: Sequence[BarRow], font: QFont) -> None:
    if not rows:
        return
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    pad = _mm(painter, 2)
    label_w = min(rect.width() * 0.38, max(metrics.horizontalAdvance(r.label) for r in rows) + pad)
    note_w = min(rect.width() * 0.2, max((metrics.horizontalAdvance(r.note) for r in rows), default=0.0) + pad)
    axis_h = metrics.height() + _mm(painter, 1.5)
    plot = QRectF(
        rect.left() + label_w + pad, rect.top(), rect.width() - label_w - note_w - 2 * pad, rect.height() - axis_h
    )
    row_h = plot.height() / len(rows)

    def x_of(value: float) -> float:
        return plot.left() + plot.width() * max(0.0, min(100.0, value)) / 100.0

    # scale: grid lines and their numbers
    painter.setPen(QPen(GRID, max(1.0, _mm(painter, 0.2))))
    for tick in TICKS:
        painter.drawLine(QPointF(x_of(tick), plot.top()), QPointF(x_of(tick), plot.bottom()))
    painter.setPen(AXIS)
    for tick in TICKS:
        box = QRectF(
            x_of(tick) - _mm(painter, 6), plot.bottom() + _mm(painter, 0.8), _mm(painter, 12), metrics.height()
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(tick))

    bar_h = min(row_h * 0.56, _mm(painter, 4.5))
    for n, row in enumerate(rows):
        centre = plot.top() + row_h * (n + 0.5)
        label_box = QRectF(rect.left(), centre - row_h / 2, label_w, row_h)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            label_box,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            _elide(metrics, row.label, label_w),
        )
        bar = QRectF(plot.left(), centre - bar_h / 2, x_of(row.value) - plot.left(), bar_h)
        painter.fillRect(bar, score_colour(row.value))
        if row.low is not None and row.high is not None:
            painter.setPen(QPen(WHISKER, max(1.0, _mm(painter, 0.3))))
            lo, hi, cap = x_of(row.low), x_of(row.high), bar_h * 0.35
            painter.drawLine(QPointF(lo, centre), QPointF(hi, centre))
            painter.drawLine(QPointF(lo, centre - cap), QPointF(lo, centre + cap))
            painter.drawLine(QPointF(hi, centre - cap), QPointF(hi, centre + cap))
        if row.reference is not None:
            painter.setPen(QPen(REFERENCE, max(1.5, _mm(painter, 0.7))))
            x = x_of(row.reference)
            painter.drawLine(QPointF(x, centre - bar_h * 0.8), QPointF(x, centre + bar_h * 0.8))
        if row.note:
            painter.setPen(Qt.GlobalColor.black)
            note_box = QRectF(plot.right() + pad, centre - row_h / 2, note_w, row_h)
            painter.drawText(note_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), row.note)
    painter.restore()


def draw_trend(painter: QPainter, rect: QRectF, points: Sequence[TrendPoint], font: QFont) -> None:
    """Scores (0–100) over equally spaced sessions, oldest left; at most ~8 date labels."""
    if not points:
        return
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    axis_w = metrics.horizontalAdvance("100") + _mm(painter, 2)
    label_h = metrics.height() + _mm(painter, 1.5)
    top_pad = metrics.height()
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + top_pad,
        rect.width() - axis_w - _mm(painter, 4),
        rect.height() - label_h - top_pad,
    )

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100.0

    def x_of(index: int) -> float:
        if len(points) == 1:
            return plot.center().x()
        return plot.left() + plot.width() * index / (len(points) - 1)

    for tick in TICKS:
        painter.setPen(QPen(GRID, max(1.0, _mm(painter, 0.2))))
        painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
        painter.setPen(AXIS)
        box = QRectF(rect.left(), y_of(tick) - metrics.height() / 2, axis_w - _mm(painter, 1.5), metrics.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(tick))

    path = QPainterPath()
    for i, point in enumerate(points):
        (path.moveTo if i == 0 else path.lineTo)(QPointF(x_of(i), y_of(point.value)))
    painter.setPen(QPen(REFERENCE, max(1.5, _mm(painter, 0.5))))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)

    radius = _mm(painter, 1.1)
    every = max(1, -(-len(points) // 8))
    for i, point in enumerate(points):
        centre = QPointF(x_of(i), y_of(point.value))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(score_colour(point.value)))
        painter.drawEllipse(centre, radius, radius)
        if len(points) <= 16:
            painter.setPen(Qt.GlobalColor.black)
            box = QRectF(
                centre.x() - _mm(painter, 6), centre.y() - radius - metrics.height(), _mm(painter, 12), metrics.height()
            )
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), f"{point.value:.0f}"
            )
        if i % every == 0 or i == len(points) - 1:
            painter.setPen(AXIS)
            width = _mm(painter, 22)
            box = QRectF(x_of(i) - width / 2, plot.bottom() + _mm(painter, 1), width, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), point.label)
    painter.restore()
