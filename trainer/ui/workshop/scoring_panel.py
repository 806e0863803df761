"""Scoring by the trainer and observers: a score per principle and a comment, beside the
automatic score. The newest review of a principle overrides the automatic score in every
report (see trainer.storage.reviews); the scorer's own score stays visible beside it."""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.scoring.outcome import status_for
from trainer.domain.text import nfc
from trainer.ui.answer_audio import AnswerAudioButton, answer_audio_path, clock_text
from trainer.ui.feedback_view import STATUS_COLOURS
from trainer.ui.labels import principle_label, status_label
from trainer.ui.tasks import run_db_task
from trainer.ui.trainer_mode import current_trainer_mode
from trainer.ui.workshop.guard import alive

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.records import ScoreOverride, ScoreRecord
    from trainer.storage.workshops import WorkshopAnswer

log = logging.getLogger(__name__)

NO_CHANGE = -1  # the spin box value meaning "keep the automatic score"
AUTO_STATUS = ""  # the status combo's "follows the score"


def _review_and_reload(
    db: Database,
    workshop_id: Any,
    answer_id: Any,
    *,
    reviewer: str,
    comment: str,
    overrides: dict[str, ScoreOverride],
) -> WorkshopAnswer:
    from trainer.storage.reviews import review_answer
    from trainer.storage.workshops import workshop_answers

    review_answer(db, answer_id, reviewer=reviewer, comment=comment, overrides=overrides)
    (fresh,) = workshop_answers(db, workshop_id, answer_ids=[answer_id])
    return fresh


class PlayButton(AnswerAudioButton):
    """Play/Stop for the recording of a spoken answer, worded for whoever scores it."""

    def set_path(self, path: Any) -> None:
        super().set_path(path)
        if path is not None and self.isEnabled():
            self.setToolTip(self.tr("Hear the trainee's spoken answer"))

    def _show_idle(self) -> None:
        self.setText(self.tr("▶ &Play the answer (%1)").replace("%1", clock_text(self.duration_s)))


def score_cell(score: int | None, status: str) -> str:
    if score is None:
        return status_label(status)
    return f"{score} · {status_label(status)}"


class ScoringPanel(QWidget):
    review_saved = Signal(object)  # the WorkshopAnswer as it is now

    COLUMNS = 5  # principle, automatic, reviewed (the score that counts when there is one), new score, new status

    def __init__(self, db: Database, workshop_id: Any, parent: QWidget | None = None, *, reviewer: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self.db = db
        self.workshop_id = workshop_id
        self.answer: WorkshopAnswer | None = None
        self.saving = False

        self.title = QLabel(self)
        self.title.setObjectName("scoringTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.answer_text = QLabel(self)
        self.answer_text.setObjectName("scoringAnswer")
        self.answer_text.setWordWrap(True)
        self.answer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_text.setStyleSheet("background:#f4f6f8; padding:6px")
        self.spoken_note = QLabel(self)  # a spoken answer: how it was scored, and its recording
        self.spoken_note.setObjectName("scoringSpokenNote")
        self.spoken_note.setWordWrap(True)
        self.play_button = PlayButton(self)
        spoken_row = QHBoxLayout()
        spoken_row.addWidget(self.spoken_note, 1)
        spoken_row.addWidget(self.play_button)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("scoringTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Principle"),
                self.tr("Automatic"),
                self.tr("Reviewed"),
                self.tr("Your score"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[str, QSpinBox] = {}
        self.statuses: dict[str, QComboBox] = {}

        self.reviewer = QLineEdit(reviewer, self)
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setPlaceholderText(self.tr("Your name (trainer or observer)"))
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("A comment for the debrief: what worked, what to change…"))
        self.comment.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer:"), self.reviewer)
        form.addRow(self.tr("C&omment:"), self.comment)

        self.reviews = QLabel(self)
        self.reviews.setObjectName("reviewList")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setObjectName("scoringMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save review (Ctrl+S)"), self)
        self.save_button.setObjectName("saveReview")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.answer_text)
        layout.addLayout(spoken_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.reviews)
        layout.addLayout(buttons)
        self.show_answer(None)

    # --- showing ----------------------------------------------------------------------
    def show_answer(self, answer: WorkshopAnswer | None, *, keep_edits: bool = False) -> None:
        same = answer is not None and self.answer is not None and answer.id == self.answer.id
        self.answer = answer
        self.setEnabled(answer is not None)
        if answer is None:
            self.title.setText(escape(self.tr("Choose an answer to score it.")))
            self.answer_text.setText("")
            self._show_spoken(None)
            self.table.setRowCount(0)
            self.reviews.setText("")
            return
        record = answer.answer
        self.title.setText(
            f"<b>{escape(answer.trainee_name)}</b> — {escape(record.question_text)}<br>"
            + escape(self.tr("Automatic score: %1").replace("%1", str(record.overall)))
        )
        self.answer_text.setText(record.answer_text)
        self._show_spoken(record)
        if not (same and keep_edits):
            self._fill_table(record.scores)
            self.comment.clear()
            self.message.setText("")
        else:
            self._refresh_effective(record.scores)
        self._show_reviews(answer)

    def _show_spoken(self, record: Any) -> None:
        spoken = record is not None and record.input_mode == "spoken"
        if not spoken:
            self.play_button.set_path(None)
            self.spoken_note.hide()
            return
        path = answer_audio_path(getattr(self.db, "data_dir", None), record.audio_path)
        if self.play_button.path != path:
            self.play_button.set_path(path)
        if record.needs_review:
            note = self.tr("Spoken answer, scored on its delivery only: listen to it and score the content.")
        else:
            note = self.tr("Spoken answer: the text above is its transcript, as corrected before scoring.")
        self.spoken_note.setText(note)
        self.spoken_note.setStyleSheet("color:#a04000" if record.needs_review else "color:#5b7083")
        self.spoken_note.show()

    def _fill_table(self, scores: tuple[ScoreRecord, ...]) -> None:
        for old in [*self.spins.values(), *self.statuses.values()]:
            old.hide()  # replaced below; Qt deletes them later
        self.spins.clear()
        self.statuses.clear()
        ordered = sorted(scores, key=lambda s: (s.scored_score is None and not s.reviewed, -s.weight, s.principle))
        self.table.setRowCount(len(ordered))
        for row, s in enumerate(ordered):
            name = QTableWidgetItem(principle_label(s.principle))
            name.setData(Qt.ItemDataRole.UserRole, s.principle)
            self.table.setItem(row, 0, name)
            auto = QTableWidgetItem(score_cell(s.scored_score, s.scored_status))
            if s.scored_score is None:
                auto.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(row, 1, auto)
            spin = QSpinBox(self.table)
            spin.setObjectName(f"override_{s.principle}")
            spin.setRange(NO_CHANGE, 100)
            spin.setSpecialValueText("—")
            spin.setValue(NO_CHANGE)
            spin.setToolTip(self.tr("Your score 0–100; “—” keeps the score that counts now"))
            status = QComboBox(self.table)
            status.setObjectName(f"status_{s.principle}")
            status.addItem(self.tr("by score"), AUTO_STATUS)
            for code in ("met", "partly", "missed", "not_applicable"):
                status.addItem(status_label(code), code)
            self.table.setCellWidget(row, 3, spin)
            self.table.setCellWidget(row, 4, status)
            self.spins[s.principle] = spin
            self.statuses[s.principle] = status
        self._refresh_effective(scores)

    def _refresh_effective(self, scores: tuple[ScoreRecord, ...]) -> None:
        by_id = {s.principle: s for s in scores}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            s = by_id.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
            if s is None:
                continue
            cell = QTableWidgetItem(score_cell(s.score, s.status) if s.reviewed else "—")
            if s.reviewed:
                cell.setToolTip(self.tr("Set by a trainer or observer; it overrides the automatic score in reports."))
                cell.setBackground(_tint(s.status))
            self.table.setItem(row, 2, cell)

    def _show_reviews(self, answer: WorkshopAnswer) -> None:
        lines = []
        for review in answer.reviews:
            changes = ", ".join(
                f"{principle_label(c.principle)} {score_cell(c.score, c.status)}" for c in review.changes
            )
            when = review.created_at.astimezone().strftime("%H:%M")
            text = f"<b>{escape(review.reviewer)}</b> <span style='color:#5b7083'>{when}</span>"
            if changes:
                text += " — " + escape(changes)
            if review.comment.strip():
                text += f"<br><i>“{escape(review.comment)}”</i>"
            lines.append(text)
        self.reviews.setText("<br>".join(lines))
        self.reviews.setVisible(bool(lines))

    # --- saving -----------------------------------------------------------------------
    def overrides(self) -> dict[str, ScoreOverride]:
        from trainer.storage.records import ScoreOverride

        out = {}
        for principle, spin in self.spins.items():
            chosen = str(self.statuses[principle].currentData())
            if chosen == "not_applicable":
                out[principle] = ScoreOverride(None, "not_applicable")
            elif spin.value() != NO_CHANGE:
                score = spin.value()
                out[principle] = ScoreOverride(score, status_for(score) if chosen == AUTO_STATUS else chosen)  # type: ignore[arg-type]
        return out

    def missing_scores(self) -> list[str]:
        """Principles given a status but no score (a status alone is not a score)."""
        return [
            p
            for p, combo in self.statuses.items()
            if combo.currentData() not in (AUTO_STATUS, "not_applicable") and self.spins[p].value() == NO_CHANGE
        ]

    def save(self) -> None:
        if self.answer is None or self.saving:
            return
        reviewer = " ".join(nfc(self.reviewer.text()).split())
        comment = nfc(self.comment.toPlainText()).strip()
        overrides = self.overrides()
        if self.missing_scores():
            names = ", ".join(principle_label(p) for p in self.missing_scores())
            self._say(self.tr("Give a score (0–100) with the status for: %1.").replace("%1", names), error=True)
            return
        if not reviewer:
            self._say(self.tr("Type your name first: every review says who made it."), error=True)
            self.reviewer.setFocus()
            return
        if not overrides and not comment:
            self._say(self.tr("Nothing to save: change a score or write a comment."), error=True)
            return
        mode = current_trainer_mode()
        if mode is not None and not mode.require(self):
            self._say(self.tr("Reviews can be changed in trainer mode only."), error=True)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        answer_id = self.answer.id
        run_db_task(
            _review_and_reload,
            self.db,
            self.workshop_id,
            answer_id,
            reviewer=reviewer,
            comment=comment,
            overrides=overrides,
            on_done=alive(self, self._saved),
            on_error=alive(self, self._failed),
        )

    def _saved(self, fresh: WorkshopAnswer) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if self.answer is not None and self.answer.id == fresh.id:
            self.show_answer(fresh)
        self._say(self.tr("Review saved."))
        self.review_saved.emit(fresh)

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        from trainer.ui.storage_messages import in_one_line

        log.error("review not saved: %s", exc)
        self._say(
            self.tr("The review could not be saved; your scores and comment are still here. %1").replace(
                "%1", in_one_line(exc)
            ),
            error=True,
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#c0392b" if error else "color:#2e8b57")


def _tint(status: str) -> Any:
    from PySide6.QtGui import QColor

    colour = QColor(STATUS_COLOURS.get(status, "#9aa5b1"))
    colour.setAlpha(60)
    return colour
