"""The workshop debrief as a PDF: the room by principle (chart and table), the answers to
discuss, then one page per trainee (their card, to hand out)."""

from __future__ import annotations

from pathlib import Path

from trainer.reports.charts import bars_height_mm, draw_principle_bars
from trainer.reports.files import atomic_write
from trainer.reports.fonts import report_font
from trainer.reports.model import Debrief, TraineeCard
from trainer.reports.pdf_layout import BODY_PT, MUTED, PdfDocument
from trainer.reports.pdf_parts import answer_block, mean_bars, reviewed_answer, spread_bars, spread_table
from trainer.reports.scoring import strong_and_weak
from trainer.reports.texts import day, moment, number, principle_name, say


def render_debrief_pdf(debrief: Debrief, path: Path) -> int:
    """Write *debrief* to *path* (replaced only when complete); the number of pages."""
    lang = debrief.language
    title = say(lang, "debrief.title")
    with atomic_write(Path(path)) as tmp:
        doc = PdfDocument(
            tmp,
            title=f"{title}: {debrief.workshop_name}",
            footer=lambda page: say(lang, "footer", title=debrief.workshop_name, page=page),
            footer_right=say(lang, "generated", time=moment(debrief.generated_at, lang)),
        )
        _front(doc, debrief)
        if debrief.answers:
            _room(doc, debrief)
            _strongest(doc, debrief)
            _cards(doc, debrief)
        return doc.finish()


def _front(doc: PdfDocument, d: Debrief) -> None:
    lang = d.language
    doc.paragraph(say(lang, "debrief.title").upper(), report_font(9, bold=True), color=MUTED, after=0.5)
    doc.heading(d.workshop_name, 0)
    meta = []
    if d.held_on:
        meta.append(f"{say(lang, 'workshop.date')}: {day(d.held_on, lang)}")
    if d.place:
        meta.append(f"{say(lang, 'workshop.place')}: {d.place}")
    if d.trainer:
        meta.append(f"{say(lang, 'workshop.trainer')}: {d.trainer}")
    if meta:
        doc.paragraph(" · ".join(meta))
    if not d.answers:
        doc.paragraph(say(lang, "debrief.no_answers"))
        return
    doc.paragraph(
        say(lang, "debrief.counts", trainees=d.trainees, roster=d.roster, answers=d.answers, scenarios=len(d.scenarios))
        + " "
        + say(lang, "debrief.mean", mean=number(d.mean_overall, lang))
    )
    if d.scenarios:
        doc.paragraph(", ".join(d.scenarios), report_font(BODY_PT - 1, italic=True), color=MUTED)
    notes = [say(lang, "debrief.effective")]
    if d.anonymous:
        notes.insert(0, say(lang, "debrief.anonymous"))
    doc.paragraph(" ".join(notes), report_font(BODY_PT - 1), color=MUTED)


def _room(doc: PdfDocument, d: Debrief) -> None:
    lang = d.language
    doc.heading(say(lang, "section.room"), 1)
    rows = spread_bars(d.principles, lang)
    font = report_font(8.5)
    doc.drawing(bars_height_mm(len(rows)), lambda p, r: draw_principle_bars(p, r, rows, font), after=1)
    doc.paragraph(say(lang, "chart.legend"), report_font(BODY_PT - 1.5), color=MUTED, after=2.5)
    spread_table(doc, d.principles, lang)


def _strongest(doc: PdfDocument, d: Debrief) -> None:
    lang = d.language
    doc.heading(say(lang, "section.strongest"), 1)
    for rank, item in enumerate(d.strongest, 1):
        answer_block(doc, item, say(lang, "answer.heading", rank=rank, who=item.who, score=item.overall), lang)


def _cards(doc: PdfDocument, d: Debrief) -> None:
    lang = d.language
    absent = [c.who for c in d.cards if not c.answers]
    for card in (c for c in d.cards if c.answers):
        doc.new_page()
        _card(doc, d, card)
    if absent:
        doc.space(4)
        doc.paragraph(say(lang, "cards.absent", names=", ".join(absent)), color=MUTED)


def _card(doc: PdfDocument, d: Debrief, card: TraineeCard) -> None:
    lang = d.language
    doc.paragraph(
        f"{say(lang, 'section.cards').upper()} — {d.workshop_name}", report_font(8.5, bold=True), color=MUTED, after=0.5
    )
    doc.heading(card.who, 1)
    if card.unit:
        doc.paragraph(card.unit, color=MUTED, after=1)
    doc.paragraph(
        say(
            lang,
            "card.summary",
            answers=card.answers,
            mean=number(card.mean_overall, lang),
            room=number(d.mean_overall, lang),
        )
    )
    if card.principles:
        rows = mean_bars(card.principles, lang)
        font = report_font(8)
        doc.drawing(bars_height_mm(len(rows), row_mm=5.2), lambda p, r: draw_principle_bars(p, r, rows, font), after=1)
        doc.paragraph(say(lang, "chart.legend_card"), report_font(BODY_PT - 1.5), color=MUTED, after=2)
        strong, weak = strong_and_weak(card.principles)
        lines = []
        if strong:
            lines.append(say(lang, "card.strong", names=", ".join(principle_name(p, lang) for p in strong)))
        if weak:
            lines.append(say(lang, "card.work_on", names=", ".join(principle_name(p, lang) for p in weak)))
        if lines:
            doc.paragraph(" ".join(lines))
    if card.best is not None:
        answer_block(doc, card.best, f"{say(lang, 'card.best')} ({card.best.overall}/100)", lang)
    if card.weakest is not None:
        answer_block(doc, card.weakest, f"{say(lang, 'card.weakest')} ({card.weakest.overall}/100)", lang)
    others = [a for a in card.reviewed_answers if a is not card.best and a is not card.weakest]
    if others:
        doc.heading(say(lang, "card.comments"), 2)
        for item in others:
            reviewed_answer(doc, item, lang)
