"""The answers of a workshop as they come in (from this laptop and, on a shared database,
from the others), with the scoring panel for the one selected."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.workshop.live import LiveFeed
from trainer.ui.workshop.scoring_panel import ScoringPanel

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.workshops import WorkshopAnswer


class AnswersPanel(QWidget):
    selected = Signal(object)  # WorkshopAnswer or None
    answers_changed = Signal(list)  # [WorkshopAnswer] just added or changed

    def __init__(
        self,
        db: Database,
        workshop_id: UUID,
        parent: QWidget | None = None,
        *,
        reviewer: str = "",
        live: bool = True,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answersPanel")
        self.db = db
        self.workshop_id = workshop_id
        self.answers: dict[UUID, WorkshopAnswer] = {}
        self.order: list[UUID] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("answersHeading")
        self.status = QLabel(self)
        self.status.setObjectName("liveStatus")
        self.follow = QCheckBox(self.tr("&Follow new answers"), self)
        self.follow.setObjectName("followAnswers")
        self.follow.setChecked(True)
        self.follow.setToolTip(self.tr("Select each new answer as it arrives (not while you are scoring one)"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.follow)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("answersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Trainee"), self.tr("Question"), self.tr("Score"), self.tr("Reviews")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in (0, 1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.scoring = ScoringPanel(db, workshop_id, self, reviewer=reviewer)
        self.scoring.review_saved.connect(lambda fresh: self.merge([fresh]))
        split = QSplitter(Qt.Orientation.Vertical, self)
        table_box = QWidget(split)
        box = QVBoxLayout(table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        split.addWidget(table_box)
        split.addWidget(self.scoring)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.feed: LiveFeed | None = None
        if live:
            kwargs: dict[str, Any] = {} if interval_ms is None else {"interval_ms": interval_ms}
            self.feed = LiveFeed(db, workshop_id, parent=self, **kwargs)
            self.feed.answers_changed.connect(self.merge)
            self.feed.connection_lost.connect(self._lost)
            self.feed.connection_back.connect(lambda: self._set_status(""))
            self.feed.start()
        self._update_heading()

    # --- data ---------------------------------------------------------------------------
    def merge(self, answers: list[WorkshopAnswer]) -> None:
        """Add new answers and replace changed ones (from the live feed or this laptop)."""
        new = [a for a in answers if a.id not in self.answers]
        for a in answers:
            self.answers[a.id] = a
        self.order = sorted(self.answers, key=lambda i: (self.answers[i].answer.answered_at, str(i)))
        current = self.current()
        self._fill()
        if current is not None:
            fresh = self.answers[current.id]
            if fresh is not current:
                self.scoring.show_answer(fresh, keep_edits=True)
                self.selected.emit(fresh)
        if new and self.follow.isChecked() and not self._editing():
            self.select(new[-1].id)
        self.answers_changed.emit(list(answers))

    def _editing(self) -> bool:
        s = self.scoring
        return s.answer is not None and (bool(s.overrides()) or bool(s.comment.toPlainText().strip()))

    def current(self) -> WorkshopAnswer | None:
        return self.scoring.answer

    def select(self, answer_id: UUID) -> None:
        if answer_id in self.order:
            self.table.selectRow(self.order.index(answer_id))

    def _fill(self) -> None:
        chosen = self.current()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.order))
        for row, answer_id in enumerate(self.order):
            a = self.answers[answer_id]
            r = a.answer
            cells = [
                r.answered_at.astimezone().strftime("%H:%M:%S"),
                a.trainee_name,
                r.question_text,
                str(r.overall),
                ("✎ " + str(len(a.reviews))) if a.reviews else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, answer_id)
                if col == 2:
                    item.setToolTip(f"{a.scenario_title}\n\n{r.question_text}\n\n{r.answer_text}")
                self.table.setItem(row, col, item)
        if chosen is not None and chosen.id in self.order:
            self.table.selectRow(self.order.index(chosen.id))
        self.table.blockSignals(False)
        self._update_heading()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        answer = self.answers.get(self.order[rows[0].row()]) if rows else None
        self.scoring.show_answer(answer)
        self.selected.emit(answer)

    def _update_heading(self) -> None:
        self.heading.setText(self.tr("Answers in this workshop: %1").replace("%1", str(len(self.order))))

    def _lost(self, error: str) -> None:
        self._set_status(
            self.tr("The shared database does not answer; retrying every second. Details: %1").replace(
                "%1", error.splitlines()[0][:200] if error else ""
            )
        )

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#c0392b" if text else "")

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
