"""A small flowing layout on A4 pages: headings, wrapped paragraphs, tables and drawings.

Everything is painted with QPainter on a QPdfWriter (vector text with the embedded font,
vector charts). Content flows down the page and continues on the next one; a paragraph
breaks between lines, a table between rows (repeating its header), a drawing moves whole
to the next page. Safe to use on a worker thread (no widgets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextLayout

from trainer.reports.files import ReportError
from trainer.reports.fonts import report_font

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
TEXT = QColor("#1a1a1a")
MUTED = QColor("#5a5a5a")
RULE = QColor("#c8c8c8")
SHADE = QColor("#f1f3f5")
ACCENT = QColor("#1f4e79")

BODY_PT = 10.0


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # share of the text width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class PdfDocument:
    """Paint a report onto *path* (A4 portrait); *footer* gives the footer text of a page
    number. Call :meth:`finish` at the end."""

    def __init__(self, path: Path, *, title: str, footer: Callable[[int], str], footer_right: str = "") -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout.Unit.Millimeter)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Media Response Trainer")
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise ReportError(
                f"cannot write the PDF file {path}; check that the folder is writable", code="not_writable", path=path
            )
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.width = float(self.writer.width())
        self.footer_height = self.mm(8)
        self.bottom = float(self.writer.height()) - self.footer_height
        self.footer, self.footer_right = footer, footer_right
        self.page = 1
        self.y = 0.0

    # -- units and text measuring --------------------------------------------------------
    def mm(self, value: float) -> float:
        return value * RESOLUTION / 25.4

    def _layout(self, text: str, font: QFont, width: float) -> tuple[QTextLayout, list[tuple[float, float]]]:
        """Lay *text* out in lines of *width*; (top, height) of each line."""
        layout = QTextLayout(text, font, self.writer)
        option = layout.textOption()
        option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[tuple[float, float]] = []
        top = 0.0
        leading = QFontMetricsF(font, self.writer).leading()
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, top))
            lines.append((top, line.height()))
            top += line.height() + max(0.0, leading)
        layout.endLayout()
        return layout, lines

    def text_height(self, text: str, font: QFont, width: float) -> float:
        _, lines = self._layout(text, font, width)
        return lines[-1][0] + lines[-1][1] if lines else 0.0

    # -- flow --------------------------------------------------------------------------
    def space(self, millimetres: float) -> None:
        self.y = min(self.bottom, self.y + self.mm(millimetres))

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def ensure(self, height: float) -> None:
        """Start a new page unless *height* still fits on this one (or the page is empty)."""
        if self.y > 0 and not self.fits(height):
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        if not self.writer.newPage():
            raise ReportError("the PDF writer could not start a new page")
        self.page += 1
        self.y = 0.0

    def _draw_footer(self) -> None:
        p = self.painter
        p.save()
        p.setFont(report_font(7.5))
        p.setPen(MUTED)
        top = self.bottom + self.footer_height * 0.35
        rect = QRectF(0, top, self.width, self.footer_height * 0.65)
        p.drawLine(QPointF(0, top), QPointF(self.width, top))
        left = self.footer(self.page)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), left)
        if self.footer_right:
            p.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), self.footer_right)
        p.restore()

    def paragraph(
        self,
        text: str,
        font: QFont | None = None,
        *,
        indent: float = 0.0,
        color: QColor = TEXT,
        after: float = 1.5,
        keep_lines: int = 2,
    ) -> None:
        """Wrapped text from the left margin plus *indent* mm; *after* mm of space below."""
        font = font or report_font(BODY_PT)
        x = self.mm(indent)
        layout, lines = self._layout(text, font, self.width - x)
        if not lines:
            return
        first = lines[min(keep_lines, len(lines)) - 1]
        self.ensure(first[0] + first[1])  # do not leave a lonely first line at the foot of a page
        p = self.painter
        p.save()
        p.setPen(color)
        offset = self.y - lines[0][0]
        for n, (top, height) in enumerate(lines):
            if self.y > 0 and top + offset + height > self.bottom:
                self.new_page()
                p.setPen(color)
                offset = -top
            layout.lineAt(n).draw(p, QPointF(x, offset))
            self.y = top + offset + height
        p.restore()
        self.space(after)

    def heading(self, text: str, level: int = 1) -> None:
        size = {0: 18.0, 1: 14.0, 2: 11.5}.get(level, 11.0)
        font = report_font(size, bold=True)
        before = {0: 0.0, 1: 5.0, 2: 3.5}.get(level, 3.0)
        height = self.text_height(text, font, self.width)
        if self.y > 0:
            self.space(before)
        # keep the heading with at least 25 mm of what follows
        self.ensure(height + self.mm(25))
        self.paragraph(text, font, color=ACCENT if level <= 1 else TEXT, after=1.5 if level else 2.5)

    def rule(self) -> None:
        self.ensure(self.mm(2))
        p = self.painter
        p.save()
        p.setPen(QPen(RULE, self.mm(0.25)))
        p.drawLine(QPointF(0, self.y + self.mm(1)), QPointF(self.width, self.y + self.mm(1)))
        p.restore()
        self.space(2)

    def drawing(self, height_mm: float, draw: Callable[[QPainter, QRectF], None], *, after: float = 2.0) -> None:
        height = self.mm(height_mm)
        self.ensure(height)
        self.painter.save()
        draw(self.painter, QRectF(0, self.y, self.width, height))
        self.painter.restore()
        self.y += height
        self.space(after)

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *, font_pt: float = 9.0, after: float = 3.0
    ) -> None:
        body = report_font(font_pt)
        bold = report_font(font_pt, bold=True)
        pad = self.mm(1.2)
        total = sum(c.width for c in columns) or 1.0
        widths = [self.width * c.width / total for c in columns]

        def measure(cells: Sequence[str], font: QFont) -> float:
            return max(self.text_height(t, font, w - 2 * pad) for t, w in zip(cells, widths, strict=True)) + 2 * pad

        header = [c.header for c in columns]
        header_h = measure(header, bold)

        def draw_row(cells: Sequence[str], font: QFont, height: float, shade: QColor | None) -> None:
            p = self.painter
            p.save()
            if shade is not None:
                p.fillRect(QRectF(0, self.y, self.width, height), shade)
            p.setFont(font)
            p.setPen(TEXT)
            x = 0.0
            for text, width, column in zip(cells, widths, columns, strict=True):
                rect = QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad)
                flags = int(column.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
                p.drawText(rect, flags, text)
                x += width
            p.setPen(QPen(RULE, self.mm(0.2)))
            p.drawLine(QPointF(0, self.y + height), QPointF(self.width, self.y + height))
            p.restore()
            self.y += height

        self.ensure(header_h + (measure(rows[0], body) if rows else 0))
        draw_row(header, bold, header_h, SHADE)
        for n, cells in enumerate(rows):
            height = measure(cells, body)
            if not self.fits(height):
                self.new_page()
                draw_row(header, bold, header_h, SHADE)
            draw_row(cells, body, height, QColor("#fafbfc") if n % 2 else None)
        self.space(after)

    def finish(self) -> int:
        """Close the document; the number of pages."""
        self._draw_footer()
        if not self.painter.end():
            raise ReportError("the PDF could not be completed")
        return self.page
