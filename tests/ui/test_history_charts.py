"""The QPainter charts: drawn where the values say, on screen-like and print-like devices."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from trainer.ui.application import create_application
from trainer.ui.feedback_view import score_colour
from trainer.ui.history.charts import Bar, Series, paint_bars, paint_trend

RED, BLUE, GREEN = "#ff0000", "#0000ff", "#00c000"
DAY = datetime(2025, 5, 5, 2, 0, tzinfo=UTC)


def image(width: int, height: int, dpi: float = 96) -> QImage:
    img = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    img.setDotsPerMeterX(dots)
    img.setDotsPerMeterY(dots)
    img.fill(QColor("white"))
    return img


def pixels(img: QImage, colour: str, tolerance: int = 40) -> list[tuple[int, int]]:
    want = QColor(colour)
    out = []
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) <= tolerance:
                out.append((x, y))
    return out


def draw(img: QImage, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    painter = QPainter(img)
    try:
        return fn(painter, QRectF(0, 0, img.width(), img.height()), *args, **kwargs)
    finally:
        painter.end()


def test_trend_lines_sit_at_their_scores_across_the_dates(qapp) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    img = image(420, 300)
    days = [DAY + timedelta(days=n) for n in range(10)]
    draw(img, paint_trend, [
        Series("năm mươi", tuple((d, 50.0) for d in days), RED),
        Series("một trăm", tuple((d, 100.0) for d in days), BLUE),
        Series("không", tuple((d, 0.0) for d in days), GREEN),
    ], title="Điểm theo thời gian")  # fmt: skip
    red, blue = pixels(img, RED), pixels(img, BLUE)
    assert red and blue
    # Horizontal lines, spanning the dates; 100 above 50.
    red_line = [p for p in red if p[0] > 300]  # right of the legend
    blue_line = [p for p in blue if p[0] > 300]
    assert max(y for _, y in red_line) - min(y for _, y in red_line) <= 8
    assert max(x for x, _ in red) - min(x for x, _ in red) > 0.7 * img.width()
    assert max(y for _, y in blue_line) < min(y for _, y in red_line)
    # 50 is half-way between 100 and 0.
    y100 = sum(y for _, y in blue_line) / len(blue_line)
    y50 = sum(y for _, y in red_line) / len(red_line)
    zero = [p for p in pixels(img, GREEN) if p[0] > 300]
    y0 = sum(y for _, y in zero) / len(zero)
    assert abs((y0 - y50) - (y50 - y100)) <= 4


def test_an_empty_trend_shows_its_message_and_no_line(qapp) -> None:  # type: ignore[no-untyped-def]
    img = image(300, 200)
    draw(img, paint_trend, [Series("x", (), RED)], empty_text="Chưa có điểm nào")
    assert not pixels(img, RED)
    assert pixels(img, "#57606a", tolerance=120)  # the message


def test_one_point_is_drawn(qapp) -> None:  # type: ignore[no-untyped-def]
    img = image(300, 200)
    draw(img, paint_trend, [Series("x", ((DAY, 70.0),), RED)])
    assert len([p for p in pixels(img, RED) if p[0] > 100]) > 10


def test_bars_are_as_long_as_their_scores_with_the_previous_value_marked(qapp) -> None:  # type: ignore[no-untyped-def]
    img = image(500, 260)
    bars = [
        Bar("a", "Đồng cảm", 100.0),
        Bar("b", "Dữ kiện", 50.0),
        Bar("c", "Chưa có", None),
        Bar("d", "Riêng tư", 20.0, 80.0),
    ]
    rows = draw(img, paint_bars, bars, previous_label="trước đây")
    assert len(rows) == 4

    def run(row: QRectF, colour: str) -> list[int]:
        y = round(row.center().y())
        want = QColor(colour)
        return [x for x in range(img.width()) if img.pixelColor(x, y) == want]

    full, half = run(rows[0], score_colour(100)), run(rows[1], score_colour(50))
    assert full and half
    assert abs(len(full) / len(half) - 2.0) < 0.1
    assert (
        not run(rows[2], score_colour(100))
        and not run(rows[2], score_colour(50))
        and not run(rows[2], score_colour(20))
    )
    low = run(rows[3], score_colour(20))
    assert abs(len(low) / len(full) - 0.2) < 0.05
    # The tick for 80 sits at 80 % of the track, right of the 20 bar's end.
    tick_y = round(rows[3].center().y())
    dark = [x for x in range(img.width()) if img.pixelColor(x, tick_y).lightness() < 80]
    track_left = min(full)
    tick = [x for x in dark if x > max(low)]
    assert tick and abs((tick[0] - track_left) / len(full) - 0.8) < 0.03


def test_lines_scale_with_the_device_resolution(qapp) -> None:  # type: ignore[no-untyped-def]
    def thickness(scale: int) -> int:
        img = image(420 * scale, 300 * scale, dpi=96 * scale)
        draw(img, paint_trend, [Series("x", ((DAY, 50.0), (DAY + timedelta(days=5), 50.0)), RED, width=3)])
        column = img.width() // 2
        reds = [img.pixelColor(column, y) for y in range(img.height())]
        return sum(1 for c in reds if c.red() - c.green() > 100)

    screen, print_ = thickness(1), thickness(3)
    assert screen >= 2 and 2.3 <= print_ / screen <= 3.7


def test_both_charts_paint_into_a_pdf(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    paint_trend(painter, QRectF(0, 0, width, height / 2), [Series("Tổng điểm", ((DAY, 40.0), (DAY + timedelta(days=30), 80.0)))],
                title="Điểm theo thời gian")  # fmt: skip
    rows = paint_bars(
        painter, QRectF(0, height / 2, width, height / 3), [Bar("facts", "Dữ kiện đã xác nhận", 72.0, 60.0)]
    )
    painter.end()
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert rows and rows[0].width() == width  # laid out in device pixels at 300 dpi
