"""The workshop page: the list of workshops, one workshop's details and roster, and the
control view of a run (or the answers, for an observer on another laptop).

    page = WorkshopPage(db, scorer=score_answer, scenarios=[...], parent=window)
    page.closed.connect(window.show_library)
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.scenario import Scenario
from trainer.ui.tasks import run_db_task, run_task
from trainer.ui.trainer_mode import current_trainer_mode
from trainer.ui.workshop.answers_panel import AnswersPanel
from trainer.ui.workshop.control_view import ControlView
from trainer.ui.workshop.dialogs import RunChoice, RunDialog, WorkshopDialog, WorkshopFields
from trainer.ui.workshop.guard import alive
from trainer.ui.workshop.roster import RosterEditor
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.turns import FINISHED, Scorer

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.records import TraineeInfo, WorkshopInfo

log = logging.getLogger(__name__)


def _list_workshops(db: Database) -> list[WorkshopInfo]:
    from trainer.storage import workshops

    return workshops.list_workshops(db)


def _save_workshop(db: Database, fields: WorkshopFields, workshop_id: UUID | None) -> WorkshopInfo:
    from trainer.storage import workshops

    if workshop_id is None:
        return workshops.create_workshop(
            db, fields.name, held_on=fields.held_on, place=fields.place, trainer=fields.trainer
        )
    return workshops.update_workshop(
        db, workshop_id, name=fields.name, held_on=fields.held_on, place=fields.place, trainer=fields.trainer
    )


class ObserverView(QWidget):
    """An observer's laptop: the workshop's answers as they come in, to score and comment."""

    closed = Signal()

    def __init__(self, db: Database, workshop: WorkshopInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observerView")
        title = QLabel(f"<b>{escape(workshop.name)}</b> · " + escape(self.tr("observing and scoring")), self)
        back = QPushButton(self.tr("&Back to the workshops"), self)
        back.setObjectName("observerBack")
        back.clicked.connect(self.close_view)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(back)
        self.answers = AnswersPanel(db, workshop.id, self, reviewer="")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.answers, 1)

    def close_view(self) -> None:
        self.answers.stop()
        self.closed.emit()


class WorkshopPage(QStackedWidget):
    closed = Signal()  # back to the library
    run_started = Signal(object)  # ControlView
    run_finished = Signal(object)  # WorkshopInfo: its debrief can begin
    debrief_requested = Signal(object)  # WorkshopInfo

    def __init__(
        self,
        db: Database,
        *,
        scorer: Scorer,
        scenarios: list[Scenario] | None = None,
        speech: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopPage")
        self.db = db
        self.scorer = scorer
        self.scenarios: list[Scenario] = list(scenarios or [])
        self.speech = speech
        self.workshops: list[WorkshopInfo] = []
        self.roster_people: list[TraineeInfo] = []
        self.control: ControlView | None = None
        self.observer: ObserverView | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("workshopList")
        self.list.currentRowChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("&New workshop…"), self)
        self.new_button.setObjectName("newWorkshop")
        self.new_button.clicked.connect(self.new_workshop)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editWorkshop")
        self.edit_button.clicked.connect(self.edit_workshop)
        left = QGroupBox(self.tr("Workshops"), self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.list, 1)
        lb = QHBoxLayout()
        lb.addWidget(self.new_button)
        lb.addWidget(self.edit_button)
        ll.addLayout(lb)

        self.details = QLabel(self)
        self.details.setObjectName("workshopDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.roster = RosterEditor(db, self)
        self.roster.changed.connect(self._roster_changed)
        self.run_button = QPushButton(self.tr("&Run a scenario for the room…"), self)
        self.run_button.setObjectName("runScenario")
        self.run_button.clicked.connect(self.ask_run)
        self.observe_button = QPushButton(self.tr("&Observe and score answers"), self)
        self.observe_button.setObjectName("observe")
        self.observe_button.setToolTip(
            self.tr("On an observer's laptop: see each answer of this workshop as it is given, score and comment")
        )
        self.observe_button.clicked.connect(self.observe)
        self.debrief_button = QPushButton(self.tr("De&brief…"), self)
        self.debrief_button.setObjectName("debrief")
        self.debrief_button.clicked.connect(self._debrief)
        self.back_button = QPushButton(self.tr("Back to the &library"), self)
        self.back_button.setObjectName("workshopBack")
        self.back_button.clicked.connect(self.closed)
        self.message = QLabel(self)
        self.message.setObjectName("workshopMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.run_button, self.observe_button, self.debrief_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.details)
        roster_box = QGroupBox(self.tr("Roster"), right)
        QVBoxLayout(roster_box).addWidget(self.roster)
        rl.addWidget(roster_box, 1)
        rl.addWidget(self.message)
        rl.addLayout(actions)

        overview = QSplitter(Qt.Orientation.Horizontal, self)
        overview.setObjectName("workshopOverview")
        overview.addWidget(left)
        overview.addWidget(right)
        overview.setStretchFactor(0, 1)
        overview.setStretchFactor(1, 3)
        overview.setSizes([320, 900])
        self.overview = overview
        self.addWidget(overview)
        QShortcut(
            QKeySequence("Ctrl+Shift+N"),
            overview,
            self.new_workshop,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._pending_select: UUID | None = None
        self._update_buttons()
        self.reload()

    # --- data ------------------------------------------------------------------------------
    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        self.scenarios = list(scenarios)
        self._update_buttons()

    def set_speech(self, speech: Any) -> None:
        self.speech = speech
        if self.control is not None:
            self.control.set_speech(speech)

    def reload(self, select: UUID | None = None) -> None:
        current = self.selected_workshop()
        self._pending_select = select or (current.id if current else None)
        run_task(_list_workshops, self.db, on_done=alive(self, self._listed), on_error=alive(self, self._failed))

    def _listed(self, workshops: list[WorkshopInfo]) -> None:
        self.workshops = workshops
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for i, w in enumerate(workshops):
            bits = [w.held_on.strftime("%d/%m/%Y") if w.held_on else "", w.place]
            detail = " · ".join(b for b in bits if b)
            item = QListWidgetItem(w.name + (f"\n{detail}" if detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            self.list.addItem(item)
            if w.id == self._pending_select:
                chosen = i
        self.list.blockSignals(False)
        if workshops:
            self.list.setCurrentRow(chosen)
            self._selected(chosen)
        else:
            self._selected(-1)

    def selected_workshop(self) -> WorkshopInfo | None:
        row = self.list.currentRow()
        return self.workshops[row] if 0 <= row < len(self.workshops) else None

    def _selected(self, _row: int) -> None:
        w = self.selected_workshop()
        self.roster_people = []
        if w is None:
            self.details.setText(
                escape(self.tr("No workshop yet. Create one, add the people on its roster, then run a scenario."))
            )
        else:
            lines = [f"<h2 style='margin:0'>{escape(w.name)}</h2>"]
            facts = []
            if w.held_on:
                facts.append(self.tr("Date: %1").replace("%1", w.held_on.strftime("%d/%m/%Y")))
            if w.place:
                facts.append(self.tr("Place: %1").replace("%1", w.place))
            if w.trainer:
                facts.append(self.tr("Trainer: %1").replace("%1", w.trainer))
            lines.append(escape(" · ".join(facts)))
            self.details.setText("<br>".join(lines))
        self.roster.set_workshop(w)
        self._update_buttons()

    def _roster_changed(self, workshop: WorkshopInfo, people: list[TraineeInfo]) -> None:
        self.roster_people = people
        self.workshops = [workshop if w.id == workshop.id else w for w in self.workshops]
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_workshop() is not None
        self.edit_button.setEnabled(has)
        self.run_button.setEnabled(has and bool(self.roster_people) and bool(self.scenarios))
        self.observe_button.setEnabled(has)
        self.debrief_button.setEnabled(has)
        if has and not self.scenarios:
            self.run_button.setToolTip(self.tr("The scenarios are still loading, or none is valid."))
        elif has and not self.roster_people:
            self.run_button.setToolTip(self.tr("Add people to the roster first."))
        else:
            self.run_button.setToolTip("")

    # --- workshops ------------------------------------------------------------------------------
    def new_workshop(self) -> None:
        fields = WorkshopDialog.ask(self)
        if fields is not None:
            run_db_task(
                _save_workshop,
                self.db,
                fields,
                None,
                on_done=alive(self, lambda w: self.reload(w.id)),
                on_error=alive(self, self._failed),
            )

    def edit_workshop(self) -> None:
        w = self.selected_workshop()
        if w is None:
            return
        fields = WorkshopDialog.ask(self, workshop=w)
        if fields is not None:
            run_db_task(
                _save_workshop,
                self.db,
                fields,
                w.id,
                on_done=alive(self, lambda w: self.reload(w.id)),
                on_error=alive(self, self._failed),
            )

    # --- running ----------------------------------------------------------------------------------
    def ask_run(self) -> None:
        w = self.selected_workshop()
        if w is None or not self.roster_people:
            return
        mode = current_trainer_mode()
        if mode is not None and not mode.require(self):
            return
        choice = RunDialog.ask(self.scenarios, len(self.roster_people), self)
        if choice is not None:
            self.start_run(w, self.roster_people, choice)

    def start_run(self, workshop: WorkshopInfo, people: list[TraineeInfo], choice: RunChoice) -> ControlView:
        controller = RunController(
            self.db,
            workshop,
            people,
            choice.scenario,
            scorer=self.scorer,
            difficulty=choice.difficulty,
            mode=choice.mode,
            time_limit_s=choice.time_limit_s,
        )
        self.close_run()
        control = ControlView(controller, self)
        control.run_finished.connect(lambda: self._run_ended(workshop))
        if self.speech is not None:
            control.set_speech(self.speech)
        self.control = control
        self.addWidget(control)
        self.setCurrentWidget(control)
        self.run_started.emit(control)
        return control

    def _run_ended(self, workshop: WorkshopInfo) -> None:
        self.close_run()
        self.reload(workshop.id)
        self.run_finished.emit(workshop)

    def close_run(self) -> None:
        """Leave the run's control view; a run still going is ended (its sessions closed)."""
        if self.control is not None:
            control, self.control = self.control, None
            if control.controller.phase != FINISHED:
                control.end()
            control.close()
            self.removeWidget(control)
            control.deleteLater()
        self.setCurrentWidget(self.overview)

    @property
    def running(self) -> bool:
        return self.control is not None and self.control.controller.phase != FINISHED

    def observe(self) -> None:
        w = self.selected_workshop()
        if w is None:
            return
        self.close_observer()
        self.observer = ObserverView(self.db, w, self)
        self.observer.closed.connect(self.close_observer)
        self.addWidget(self.observer)
        self.setCurrentWidget(self.observer)

    def close_observer(self) -> None:
        if self.observer is not None:
            observer, self.observer = self.observer, None
            observer.answers.stop()
            self.removeWidget(observer)
            observer.deleteLater()
        self.setCurrentWidget(self.overview)

    def _debrief(self) -> None:
        w = self.selected_workshop()
        if w is not None:
            self.debrief_requested.emit(w)

    def _failed(self, exc: Exception) -> None:
        from trainer.ui.storage_messages import in_one_line

        log.error("workshop page: %s", exc)
        self.message.setText(self.tr("The workshop could not be saved or read: %1").replace("%1", in_one_line(exc)))
        self.message.setStyleSheet("color:#c0392b")
