"""A small picture of the question flow, painted with QPainter.

Main questions stand in order in the left column, joined by grey arrows; follow-up-only
questions stand in the right column beside the question that first leads to them. Each
follow-up is a blue arrow labelled with its condition; a follow-up to a question that does
not exist ends in a red "?". Trap questions have an orange border, questions with problems
a red dot; a question nothing leads to has a dashed red border. Click a box to open it.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from trainer.domain.scenario import TRAP_KINDS
from trainer.ui.editor.labels import condition_text, kind_label

BOX_H = 42
ROW_GAP = 22
MARGIN_LEFT = 26
MARGIN_RIGHT = 40
MARGIN_Y = 12
COLUMN_GAP = 92
COLUMN_MIN = 110
SEQUENCE = QColor("#9aa5b1")
FOLLOW = QColor("#1f6fb2")
BROKEN = QColor("#c0392b")
TRAP = QColor("#d98c1a")
SELECTED = QColor("#1f6fb2")


@dataclass
class Edge:
    source: int
    target: int | None  # None: the question asked does not exist
    label: str
    ask: str


def layout_rows(questions: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(column, row) of each question: main ones in order, follow-ups beside their first asker."""
    place: dict[int, tuple[int, int]] = {}
    row = 0
    for i, q in enumerate(questions):
        if not q.get("follow_up_only"):
            place[i] = (0, row)
            row += 1
    index = {str(q.get("id")): i for i, q in enumerate(questions)}
    taken: set[int] = set()
    pending = [i for i, q in enumerate(questions) if q.get("follow_up_only")]
    for _ in range(len(pending) + 1):
        still: list[int] = []
        for i in pending:
            askers = [
                place[j][1]
                for j, q in enumerate(questions)
                if j in place and j != i and any(index.get(str(f.get("ask"))) == i for f in _follow_ups(q))
            ]
            if not askers:
                still.append(i)
                continue
            r = min(askers)
            while r in taken:
                r += 1
            taken.add(r)
            place[i] = (1, r)
        if len(still) == len(pending):
            break
        pending = still
    for i in pending:  # nothing leads to these
        r = max([*taken, row - 1, -1]) + 1
        taken.add(r)
        place[i] = (1, r)
    return [place[i] for i in range(len(questions))]


def wrap(fm: QFontMetrics, text: str, width: int, max_lines: int = 2) -> list[str]:
    """*text* broken into at most *max_lines* lines of *width* pixels (the last one elided)."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def _follow_ups(q: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in q.get("follow_ups") or [] if isinstance(f, dict)]


class FlowView(QWidget):
    clicked = Signal(int)  # index of the question whose box was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowView")
        self.questions: list[dict[str, Any]] = []
        self.places: list[tuple[int, int]] = []
        self.edges: list[Edge] = []
        self.reached: set[int] = set()
        self.selected = -1
        self.problem_rows: set[int] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MARGIN_LEFT + MARGIN_RIGHT + COLUMN_GAP + 2 * COLUMN_MIN)
        self.setMouseTracking(True)

    # --- data ------------------------------------------------------------------------------
    def set_questions(self, questions: list[Any]) -> None:
        self.questions = [q if isinstance(q, dict) else {} for q in questions]
        self.places = layout_rows(self.questions)
        index = {str(q.get("id")): i for i, q in enumerate(self.questions)}
        self.edges = [
            Edge(i, index.get(str(f.get("ask"))), condition_text(f.get("when"), short=True), str(f.get("ask") or "?"))
            for i, q in enumerate(self.questions)
            for f in _follow_ups(q)
        ]
        self.reached = {i for i, q in enumerate(self.questions) if not q.get("follow_up_only")}
        changed = True
        while changed:
            changed = False
            for e in self.edges:
                if e.source in self.reached and e.target is not None and e.target not in self.reached:
                    self.reached.add(e.target)
                    changed = True
        rows = max((r for _, r in self.places), default=-1) + 1
        self.setFixedHeight(max(MARGIN_Y * 2 + rows * (BOX_H + ROW_GAP), 80))
        self.update()

    def set_selected(self, index: int) -> None:
        self.selected = index
        self.update()

    def set_problem_rows(self, rows: set[int]) -> None:
        self.problem_rows = set(rows)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, self.height())

    # --- geometry --------------------------------------------------------------------------
    def _column_width(self) -> float:
        return max((self.width() - MARGIN_LEFT - MARGIN_RIGHT - COLUMN_GAP) / 2, float(COLUMN_MIN))

    def box(self, index: int) -> QRectF:
        column, row = self.places[index]
        w = self._column_width()
        x = MARGIN_LEFT + column * (w + COLUMN_GAP)
        y = MARGIN_Y + row * (BOX_H + ROW_GAP)
        return QRectF(x, y, w, BOX_H)

    def index_at(self, pos: QPointF) -> int:
        for i in range(len(self.questions)):
            if self.box(i).contains(pos):
                return i
        return -1

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.questions:
            p.setPen(QColor("#5f6b7a"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            p.end()
            return
        self._paint_sequence(p)
        labels: list[tuple[QPointF, str, QColor]] = []
        for edge in self.edges:
            labels.append(self._paint_edge(p, edge))
        for i in range(len(self.questions)):
            self._paint_box(p, i)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.5))
        p.setFont(small)
        fm = QFontMetrics(small)
        for point, text, colour in labels:
            lines = wrap(fm, text, COLUMN_GAP - 10)
            width = max(fm.horizontalAdvance(line) for line in lines) + 6
            rect = QRectF(0, 0, width, fm.lineSpacing() * len(lines) + 2)
            rect.moveCenter(point)
            rect.moveLeft(max(1.0, min(rect.left(), self.width() - rect.width() - 1)))
            p.fillRect(rect, QColor(255, 255, 255, 230))
            p.setPen(colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        p.end()

    def _paint_sequence(self, p: QPainter) -> None:
        mains = [i for i, (c, _r) in enumerate(self.places) if c == 0]
        p.setPen(QPen(SEQUENCE, 1.5))
        for a, b in itertools.pairwise(mains):
            start = QPointF(self.box(a).center().x(), self.box(a).bottom())
            end = QPointF(self.box(b).center().x(), self.box(b).top())
            p.drawLine(start, end)
            self._arrow_head(p, QPointF(end.x(), end.y() - 10), end, SEQUENCE)

    def _paint_edge(self, p: QPainter, edge: Edge) -> tuple[QPointF, str, QColor]:
        src = self.box(edge.source)
        path = QPainterPath()
        if edge.target is None:
            start = QPointF(src.right(), src.center().y())
            end = QPointF(src.right() + COLUMN_GAP * 0.8, src.center().y() + 4)
            path.moveTo(start)
            path.lineTo(end)
            p.setPen(QPen(BROKEN, 1.5, Qt.PenStyle.DashLine))
            p.drawPath(path)
            p.setPen(BROKEN)
            p.drawText(QRectF(end.x() - 2, end.y() - 9, 16, 18), Qt.AlignmentFlag.AlignCenter, "?")
            return QPointF((start.x() + end.x()) / 2, start.y() - 9), f"{edge.label} → {edge.ask}", BROKEN
        dst = self.box(edge.target)
        src_col, dst_col = self.places[edge.source][0], self.places[edge.target][0]
        if edge.source == edge.target:
            start = QPointF(src.right() - 18, src.top())
            end = QPointF(src.right(), src.top() + 12)
            c1 = QPointF(start.x(), start.y() - 22)
            c2 = QPointF(end.x() + 24, end.y())
        elif src_col == 0 and dst_col == 1:
            start = QPointF(src.right(), src.center().y())
            end = QPointF(dst.left(), dst.center().y())
            c1 = QPointF(start.x() + COLUMN_GAP * 0.6, start.y())
            c2 = QPointF(end.x() - COLUMN_GAP * 0.6, end.y())
        elif dst_col == 1:  # follow-up of a follow-up: round the right-hand side
            start = QPointF(src.right(), src.center().y() + 6)
            end = QPointF(dst.right(), dst.center().y() - 6)
            bulge = MARGIN_RIGHT - 4
            c1 = QPointF(start.x() + bulge, start.y())
            c2 = QPointF(end.x() + bulge, end.y())
        else:  # back to a main question: round the left-hand side
            start = QPointF(src.left(), src.center().y() + 6)
            end = QPointF(dst.left(), dst.center().y() - 6)
            bulge = MARGIN_LEFT - 4
            c1 = QPointF(start.x() - bulge, start.y())
            c2 = QPointF(end.x() - bulge, end.y())
        path.moveTo(start)
        path.cubicTo(c1, c2, end)
        p.setPen(QPen(FOLLOW, 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        self._arrow_head(p, c2, end, FOLLOW)
        return path.pointAtPercent(0.5), edge.label, FOLLOW

    @staticmethod
    def _arrow_head(p: QPainter, before: QPointF, tip: QPointF, colour: QColor) -> None:
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        size = 7.0
        left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
        right = QPointF(tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45))
        head = QPainterPath(tip)
        head.lineTo(left)
        head.lineTo(right)
        head.closeSubpath()
        p.fillPath(head, QBrush(colour))

    def _paint_box(self, p: QPainter, i: int) -> None:
        q = self.questions[i]
        rect = self.box(i)
        selected = i == self.selected
        fill = QColor("#e8f1fb") if selected else QColor("#f6f8fa")
        border = SELECTED if selected else TRAP if q.get("kind") in TRAP_KINDS else QColor("#8c99a6")
        pen = QPen(border, 2.2 if selected else 1.3)
        if i not in self.reached:
            pen = QPen(BROKEN, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(8, 3, -8, -3)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#1d2733"))
        fm = QFontMetrics(bold)
        title = fm.elidedText(f"{i + 1}. {q.get('id') or '?'}", Qt.TextElideMode.ElideRight, int(inner.width()))
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.5))
        p.setFont(small)
        p.setPen(QColor("#5f6b7a"))
        fm = QFontMetrics(small)
        kind = fm.elidedText(kind_label(str(q.get("kind", ""))), Qt.TextElideMode.ElideRight, int(inner.width()))
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, kind)
        if i in self.problem_rows:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BROKEN)
            p.drawEllipse(QPointF(rect.right() - 7, rect.top() + 7), 4, 4)

    # --- interaction -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index >= 0:
            self.clicked.emit(index)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), str(self.questions[index].get("text") or ""), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
