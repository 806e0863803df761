"""Pieces both printed reports use: an answer with its comments, the principle table, bar rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from trainer.reports.charts import BarRow
from trainer.reports.fonts import report_font
from trainer.reports.model import AnswerItem, Comment, PrincipleMean, Spread
from trainer.reports.pdf_layout import BODY_PT, MUTED, Column, PdfDocument
from trainer.reports.texts import number, principle_name, say

RIGHT = Qt.AlignmentFlag.AlignRight


def changes_text(comment: Comment, language: str) -> str:
    parts = []
    for principle, score, previous in comment.changes:
        new = say(language, "none") if score is None else str(score)
        old = say(language, "none") if previous is None else str(previous)
        parts.append(f"{principle_name(principle, language)} {old} → {new}")
    return "; ".join(parts)


def comment_paragraphs(doc: PdfDocument, comments: Sequence[Comment], language: str, *, indent: float = 6.0) -> None:
    for c in comments:
        if c.comment:
            doc.paragraph(say(language, "comment", reviewer=c.reviewer, comment=c.comment), indent=indent, after=0.8)
        if c.changes:
            text = say(language, "answer.changes", changes=changes_text(c, language))
            doc.paragraph(text, report_font(BODY_PT - 1), indent=indent, color=MUTED, after=0.8)


def score_line(item: AnswerItem, language: str) -> str:
    """'41/100 · re-scored by a trainer; automatic score: 56' (the note only when it changed)."""
    line = f"{item.overall}/100"
    if item.reviewed and item.overall != item.scored_overall:
        line += " · " + say(language, "answer.reviewed", scored=item.scored_overall)
    return line


def reviewed_answer(doc: PdfDocument, item: AnswerItem, language: str) -> None:
    """A commented answer, short: the question, the score and the trainer's comments."""
    doc.paragraph(
        say(language, "answer.question", text=item.question_text), report_font(BODY_PT, italic=True), after=0.5
    )
    doc.paragraph(score_line(item, language), report_font(BODY_PT - 1), color=MUTED, after=0.8)
    comment_paragraphs(doc, item.comments, language)
    doc.space(1)


def answer_block(doc: PdfDocument, item: AnswerItem, title: str, language: str, *, level: int = 2) -> None:
    """*title* as a small heading, then the scenario, the question, the answer and its comments."""
    doc.heading(title, level)
    meta = say(language, "answer.scenario", title=item.scenario_title)
    if item.reviewed and item.overall != item.scored_overall:
        meta += " · " + say(language, "answer.reviewed", scored=item.scored_overall)
    doc.paragraph(meta, report_font(BODY_PT - 1), color=MUTED, after=0.8)
    doc.paragraph(say(language, "answer.question", text=item.question_text), report_font(BODY_PT, italic=True), after=1)
    doc.paragraph(item.answer_text or say(language, "none"), indent=6, after=1.2)
    comment_paragraphs(doc, item.comments, language)
    doc.space(1.5)


def spread_table(doc: PdfDocument, spreads: Sequence[Spread], language: str) -> None:
    columns = [
        Column(say(language, "col.principle"), 3.2),
        Column(say(language, "col.mean"), 1.2, RIGHT),
        Column(say(language, "col.sd"), 1.2, RIGHT),
        Column(say(language, "col.range"), 1.5, RIGHT),
        Column(say(language, "col.answers"), 1.0, RIGHT),
        Column(say(language, "col.statuses"), 1.9, RIGHT),
        Column(say(language, "col.reviewed"), 1.1, RIGHT),
    ]
    rows = [
        [
            principle_name(s.principle, language),
            number(s.mean, language),
            number(s.sd, language),
            f"{s.minimum} – {s.maximum}",
            str(s.answers),
            f"{s.met} / {s.partly} / {s.missed}",
            str(s.reviewed),
        ]
        for s in spreads
    ]
    doc.table(columns, rows)


def spread_bars(spreads: Sequence[Spread], language: str) -> list[BarRow]:
    return [
        BarRow(
            label=principle_name(s.principle, language),
            value=s.mean or 0.0,
            low=s.minimum,
            high=s.maximum,
            note=f"{number(s.mean, language, 0)} · n = {s.answers}",
        )
        for s in spreads
    ]


def mean_bars(means: Sequence[PrincipleMean], language: str) -> list[BarRow]:
    return [
        BarRow(
            label=principle_name(m.principle, language),
            value=m.mean,
            reference=m.reference,
            note=f"{number(m.mean, language, 0)} · n = {m.answers}",
        )
        for m in means
    ]
