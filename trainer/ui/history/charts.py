"""Two small charts painted with QPainter: scores over time, and one bar per principle.

The painting functions draw onto any QPainter — a widget, a QImage, a QPdfWriter page —
inside the rectangle given, with the painter's current font; line widths and gaps scale
with the device's resolution, so the same call serves the screen and a PDF report::

    paint_trend(painter, rect, [Series("Overall", ((when, 62.0), ...), "#1f6feb")], title="Scores")
    paint_bars(painter, rect, [Bar("facts", "Confirmed facts", 71.0, previous=55.0)], title="By principle")

Scores run from 0 to 100. The widgets :class:`TrendChart` and :class:`BarChart` only hold
the data and call these functions in ``paintEvent``. Nothing here reads the database or
knows about trainees; the caller passes plain values and translated texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.ui.feedback_view import score_colour

SCORE_MAX = 100.0
GRID = "#d8dee4"
AXIS_TEXT = "#57606a"
EMPTY_BAR = "#eef1f4"
PREVIOUS_MARK = "#24292f"

__all__ = ["Bar", "BarChart", "Series", "TrendChart", "paint_bars", "paint_trend"]


@dataclass(frozen=True)
class Series:
    """One line of a trend chart: (moment, score 0–100) points in time order."""

    label: str
    points: tuple[tuple[datetime, float], ...]
    colour: str = "#1f6feb"
    width: float = 2.0  # in device-independent pixels (1/96 inch)


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart. *value* None draws an empty row ("no score yet");
    *previous*, if given, is marked with a tick (e.g. the earlier mean)."""

    key: str
    label: str
    value: float | None
    previous: float | None = None


def _unit(painter: QPainter) -> float:
    """Device pixels per 1/96 inch, so a PDF at 300 dpi gets lines as thick as the screen's."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return max(0.5, dpi / 96.0)


def _clamp(value: float) -> float:
    return max(0.0, min(SCORE_MAX, value))


def _local(at: datetime) -> datetime:
    return at.astimezone() if at.tzinfo is not None else at


def _default_date_label(first: datetime, last: datetime) -> Callable[[datetime], str]:
    fmt = "%m/%Y" if (last - first).days > 300 else "%d/%m"
    return lambda at: _local(at).strftime(fmt)


def _title(painter: QPainter, rect: QRectF, title: str) -> QRectF:
    """Draw *title* bold at the top of *rect*; returns the space left below it."""
    if not title:
        return rect
    font = QFont(painter.font())
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    height = painter.fontMetrics().height()
    painter.setPen(QColor("#24292f"))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignLeft, title)
    painter.restore()
    return rect.adjusted(0, height * 1.3, 0, 0)


def _empty(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.save()
    painter.setPen(QColor(AXIS_TEXT))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.restore()


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    *,
    title: str = "",
    empty_text: str = "",
    date_label: Callable[[datetime], str] | None = None,
) -> None:
    """Scores over time inside *rect*: a 0–100 axis with grid lines, dates below, one line
    per series with its points marked (when there are few enough to see), a legend on top.
    With no point at all, *empty_text* is written in the middle instead."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    u = _unit(painter)
    area = _title(painter, rect, title)
    shown = [s for s in series if s.points]
    if not shown:
        _empty(painter, area, empty_text)
        painter.restore()
        return
    fm = painter.fontMetrics()
    line_h = fm.height()

    # The legend: a swatch and the label of each series, in one row (wrapping if needed).
    x, y = area.left(), area.top()
    for s in shown:
        width = 14 * u + 4 * u + fm.horizontalAdvance(s.label) + 12 * u
        if x + width > area.right() and x > area.left():
            x, y = area.left(), y + line_h
        painter.setPen(QPen(QColor(s.colour), 3 * u))
        painter.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 14 * u, y + line_h / 2))
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(QRectF(x + 18 * u, y, width, line_h), Qt.AlignmentFlag.AlignLeft, s.label)
        x += width
    top = y + line_h * 1.4

    label_w = fm.horizontalAdvance("100") + 6 * u
    plot = QRectF(area.left() + label_w, top + line_h / 2, area.width() - label_w - 8 * u, 0)
    plot.setBottom(area.bottom() - line_h * 1.5)
    if plot.height() < 10 * u or plot.width() < 20 * u:
        painter.restore()
        return

    def y_of(value: float) -> float:
        return plot.bottom() - _clamp(value) / SCORE_MAX * plot.height()

    for tick in (0, 25, 50, 75, 100):
        ty = y_of(tick)
        painter.setPen(QPen(QColor(GRID), max(1.0, u)))
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(
            QRectF(area.left(), ty - line_h / 2, label_w - 4 * u, line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(tick),
        )

    moments = [at for s in shown for at, _ in s.points]
    first, last = min(moments), max(moments)
    span = (last - first).total_seconds()

    def x_of(at: datetime) -> float:
        if span <= 0:
            return plot.center().x()
        return plot.left() + (at - first).total_seconds() / span * plot.width()

    labels = date_label or _default_date_label(first, last)
    ticks = 1 if span <= 0 else max(2, min(6, int(plot.width() // (fm.horizontalAdvance("00/00/00") * 2)) + 1))
    painter.setPen(QColor(AXIS_TEXT))
    for i in range(ticks):
        at = first if ticks == 1 else first + (last - first) * (i / (ticks - 1))
        text = labels(at)
        tx = x_of(at)
        w = fm.horizontalAdvance(text) + 4 * u
        left = min(max(tx - w / 2, area.left()), area.right() - w)
        painter.drawText(QRectF(left, plot.bottom() + 4 * u, w, line_h), Qt.AlignmentFlag.AlignHCenter, text)

    painter.setClipRect(plot.adjusted(-6 * u, -6 * u, 6 * u, 6 * u))
    for s in shown:
        colour = QColor(s.colour)
        points = [QPointF(x_of(at), y_of(v)) for at, v in s.points]
        painter.setPen(QPen(colour, s.width * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if len(points) > 1:
            painter.drawPolyline(points)
        if len(points) <= 60:
            painter.setBrush(colour)
            radius = 2.5 * u if len(points) > 1 else 4 * u
            for p in points:
                painter.drawEllipse(p, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.restore()


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    bars: Sequence[Bar],
    *,
    title: str = "",
    empty_text: str = "",
    previous_label: str = "",
) -> list[QRectF]:
    """One horizontal bar per row inside *rect*: the label, a 0–100 bar coloured by the
    score (green from 75, amber from 50, red below), the value, and a tick where the
    *previous* value stood. *previous_label* explains the tick in a note under the bars.
    Returns each row's rectangle (in painter coordinates), for hit-testing clicks."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    u = _unit(painter)
    area = _title(painter, rect, title)
    if not bars:
        _empty(painter, area, empty_text)
        painter.restore()
        return []
    fm = painter.fontMetrics()
    line_h = fm.height()
    has_previous = any(b.previous is not None for b in bars)
    note_h = line_h * 1.3 if has_previous and previous_label else 0.0
    rows_h = area.height() - note_h
    row_h = min(rows_h / len(bars), line_h * 2.2)
    label_w = min(max(fm.horizontalAdvance(b.label) for b in bars) + 8 * u, area.width() * 0.45)
    value_w = fm.horizontalAdvance("100") + 8 * u
    bar_left = area.left() + label_w
    bar_w = max(10 * u, area.width() - label_w - value_w)
    bar_h = max(4 * u, min(row_h * 0.62, line_h * 1.1))
    rows: list[QRectF] = []
    for i, bar in enumerate(bars):
        top = area.top() + i * row_h
        row = QRectF(area.left(), top, area.width(), row_h)
        rows.append(row)
        painter.setPen(QColor("#24292f"))
        label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 6 * u))
        painter.drawText(
            QRectF(area.left(), top, label_w - 6 * u, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        track = QRectF(bar_left, top + (row_h - bar_h) / 2, bar_w, bar_h)
        painter.fillRect(track, QColor(EMPTY_BAR))
        if bar.value is not None:
            filled = QRectF(track.left(), track.top(), track.width() * _clamp(bar.value) / SCORE_MAX, track.height())
            painter.fillRect(filled, QColor(score_colour(round(bar.value))))
            painter.setPen(QColor("#24292f"))
            painter.drawText(
                QRectF(track.right() + 4 * u, top, value_w, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(round(bar.value)),
            )
        if bar.previous is not None:
            px = track.left() + track.width() * _clamp(bar.previous) / SCORE_MAX
            painter.setPen(QPen(QColor(PREVIOUS_MARK), 2 * u))
            painter.drawLine(QPointF(px, track.top() - 3 * u), QPointF(px, track.bottom() + 3 * u))
    if note_h:
        y = area.top() + len(bars) * row_h + line_h * 0.3
        painter.setPen(QPen(QColor(PREVIOUS_MARK), 2 * u))
        painter.drawLine(QPointF(bar_left, y + 2 * u), QPointF(bar_left, y + line_h - 2 * u))
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(
            QRectF(bar_left + 6 * u, y, area.right() - bar_left, line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            previous_label,
        )
    painter.restore()
    return rows


class _ChartWidget(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        return painter


class TrendChart(_ChartWidget):
    """A widget showing :func:`paint_trend` of its series."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.series: tuple[Series, ...] = ()

    def set_series(self, series: Sequence[Series], *, title: str = "", empty_text: str = "") -> None:
        self.series, self.title, self.empty_text = tuple(series), title, empty_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        paint_trend(painter, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.series, title=self.title,
                    empty_text=self.empty_text)  # fmt: skip
        painter.end()


class BarChart(_ChartWidget):
    """A widget showing :func:`paint_bars`; clicking a row emits its bar's key."""

    bar_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.bars: tuple[Bar, ...] = ()
        self.previous_label = ""
        self._rows: list[QRectF] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: Sequence[Bar], *, title: str = "", empty_text: str = "", previous_label: str = "") -> None:
        self.bars, self.title, self.empty_text, self.previous_label = tuple(bars), title, empty_text, previous_label
        self._rows = []
        self.update()

    def row_rects(self) -> list[QRectF]:
        """Each bar's row as last painted (widget coordinates)."""
        return list(self._rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        self._rows = paint_bars(
            painter, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.bars, title=self.title,
            empty_text=self.empty_text, previous_label=self.previous_label,
        )  # fmt: skip
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for bar, row in zip(self.bars, self._rows, strict=False):
            if row.contains(event.position()):
                self.bar_clicked.emit(bar.key)
                return
        super().mousePressEvent(event)
