"""A trainee's personal report as a PDF: progress over sessions (chart), the principles
(chart and table), what to practise next, the sessions, answers to look at and comments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from trainer.reports.charts import TrendPoint, bars_height_mm, draw_principle_bars, draw_trend
from trainer.reports.files import atomic_write
from trainer.reports.fonts import report_font
from trainer.reports.model import PersonalReport
from trainer.reports.pdf_layout import BODY_PT, MUTED, Column, PdfDocument
from trainer.reports.pdf_parts import answer_block, mean_bars, reviewed_answer, spread_table
from trainer.reports.texts import day, duration, moment, number, principle_advice, principle_name, say

RIGHT = Qt.AlignmentFlag.AlignRight


def render_personal_pdf(report: PersonalReport, path: Path) -> int:
    """Write *report* to *path* (replaced only when complete); the number of pages."""
    lang = report.language
    title = say(lang, "personal.title")
    with atomic_write(Path(path)) as tmp:
        doc = PdfDocument(
            tmp,
            title=f"{title}: {report.name}",
            footer=lambda page: say(lang, "footer", title=f"{title}: {report.name}", page=page),
            footer_right=say(lang, "generated", time=moment(report.generated_at, lang)),
        )
        _front(doc, report)
        if report.answers:
            _progress(doc, report)
            _answers(doc, report)
        return doc.finish()


def _front(doc: PdfDocument, r: PersonalReport) -> None:
    lang = r.language
    doc.paragraph(say(lang, "personal.title").upper(), report_font(9, bold=True), color=MUTED, after=0.5)
    doc.heading(r.name, 0)
    meta = [f"{say(lang, 'unit')}: {r.unit}" if r.unit else "", f"{say(lang, 'role')}: {r.role}" if r.role else ""]
    if any(meta):
        doc.paragraph(" · ".join(m for m in meta if m))
    if not r.answers:
        doc.paragraph(say(lang, "personal.no_answers"))
        return
    text = say(
        lang, "personal.counts", sessions=len(r.sessions), answers=r.answers, time=duration(r.answering_ms, lang)
    )
    first, last = r.sessions[0], r.sessions[-1]
    text += " " + say(lang, "personal.range", first=day(first.started_at, lang), last=day(last.started_at, lang))
    doc.paragraph(text)
    doc.paragraph(
        say(
            lang,
            "personal.mean",
            mean=number(r.mean_overall, lang),
            first=number(first.mean_overall, lang),
            last=number(last.mean_overall, lang),
        )
    )
    doc.paragraph(say(lang, "debrief.effective"), report_font(BODY_PT - 1), color=MUTED)


def _progress(doc: PdfDocument, r: PersonalReport) -> None:
    lang = r.language
    doc.heading(say(lang, "section.trend"), 1)
    points = [TrendPoint(day(s.started_at, lang), s.mean_overall) for s in r.sessions]
    font = report_font(8)
    doc.drawing(55, lambda p, rect: draw_trend(p, rect, points, font))

    doc.heading(say(lang, "section.principles"), 1)
    rows = mean_bars(r.principles, lang)
    doc.drawing(bars_height_mm(len(rows)), lambda p, rect: draw_principle_bars(p, rect, rows, font), after=1)
    doc.paragraph(say(lang, "chart.legend_personal"), report_font(BODY_PT - 1.5), color=MUTED, after=2.5)
    spread_table(doc, r.spreads, lang)

    if r.weakest_principles:
        doc.heading(say(lang, "section.next"), 1)
        for m in r.weakest_principles:
            item = say(
                lang,
                "next.item",
                name=principle_name(m.principle, lang),
                mean=number(m.mean, lang),
                advice=principle_advice(m.principle, lang),
            )
            doc.paragraph("• " + item, indent=2)

    doc.heading(say(lang, "section.sessions"), 1)
    columns = [
        Column(say(lang, "col.date"), 1.3),
        Column(say(lang, "col.scenario"), 4.2),
        Column(say(lang, "col.mode"), 1.2),
        Column(say(lang, "col.answers"), 1.0, RIGHT),
        Column(say(lang, "col.overall"), 1.1, RIGHT),
    ]
    table = [
        [
            day(s.started_at, lang),
            s.scenario_title,
            say(lang, f"mode.{s.mode}") if s.mode in ("solo", "workshop") else s.mode,
            str(s.answers),
            number(s.mean_overall, lang),
        ]
        for s in reversed(r.sessions)  # newest first
    ]
    doc.table(columns, table)


def _answers(doc: PdfDocument, r: PersonalReport) -> None:
    lang = r.language
    doc.heading(say(lang, "section.answers"), 1)
    if r.best is not None:
        answer_block(doc, r.best, f"{say(lang, 'card.best')} ({r.best.overall}/100)", lang)
    if r.weakest is not None:
        answer_block(doc, r.weakest, f"{say(lang, 'card.weakest')} ({r.weakest.overall}/100)", lang)
    others = [a for a in r.reviewed_answers if a is not r.best and a is not r.weakest]
    if others:
        doc.heading(say(lang, "section.comments"), 1)
        for item in others:
            doc.paragraph(
                f"{day(item.answered_at, lang)} · {item.scenario_title}",
                report_font(BODY_PT - 1),
                color=MUTED,
                after=0.5,
            )
            reviewed_answer(doc, item, lang)
