"""The history page: trends, the sessions with filters, what to practise next; one session
in detail; two attempts side by side.

    page = HistoryPage(window)
    page.set_context(db, trainee, scenarios)   # loads in a worker; `loaded` when on screen
    page.practise.connect(...)                 # (Scenario, difficulty) from "what to practise next"
    page.closed.connect(...)                   # "Back to the library"
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.principles import PRINCIPLE_IDS
from trainer.ui.application import current_language
from trainer.ui.history.charts import Bar, BarChart, Series, TrendChart
from trainer.ui.history.compare import CompareView
from trainer.ui.history.overview import RECENT_SESSIONS, Overview, load_overview
from trainer.ui.history.practise_next import PractiseNextPanel, suggest
from trainer.ui.history.session_detail import SessionDetailView
from trainer.ui.history.sessions_model import format_duration, local
from trainer.ui.history.sessions_view import SessionsView
from trainer.ui.labels import principle_label
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from uuid import UUID

    from trainer.domain.scenario import Scenario
    from trainer.storage.engine import Database
    from trainer.storage.history import SessionSummary
    from trainer.storage.records import TraineeInfo

log = logging.getLogger(__name__)

OVERALL = "__overall__"
OVERALL_COLOUR = "#1f6feb"
PRINCIPLE_COLOUR = "#d4680b"


class HistoryPage(QWidget):
    practise = Signal(object, int)  # Scenario, difficulty: start this interview
    closed = Signal()  # back to the library
    loaded = Signal()  # the overview is populated (after each refresh)
    failed = Signal(str)  # the overview could not be read (the page shows why)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.db: Database | None = None
        self.trainee: TraineeInfo | None = None
        self.library: dict[str, Scenario] = {}
        self.overview: Overview | None = None
        self._request = 0
        self.stack = QStackedWidget(self)
        self.overview_page = self._build_overview()
        self.detail = SessionDetailView(self)
        self.detail.back.connect(self.show_overview)
        self.compare_view = CompareView(self)
        self.compare_view.back.connect(self.show_overview)
        for w in (self.overview_page, self.detail, self.compare_view):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_empty(self.tr("Choose a profile to see its history."))

    # --- construction --------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget(self)
        self.title = QLabel(page)
        self.title.setObjectName("historyTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.stats = QLabel(page)
        self.stats.setObjectName("historyStats")
        self.stats.setWordWrap(True)
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.stats.setToolTip(
            self.tr(
                "Time practised runs from the start of each session to its last answer; a pause of more than "
                "20 minutes counts as 20 minutes. Answering time is the part spent writing or speaking answers."
            )
        )
        self.refresh_button = QPushButton(self.tr("&Refresh"), page)
        self.refresh_button.setObjectName("historyRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.back_button = QPushButton(self.tr("&Back to the library"), page)
        self.back_button.setObjectName("historyBack")
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.closed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            page,
            self.closed.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.stats)
        head = QHBoxLayout()
        head.addLayout(head_text, 1)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.trend = TrendChart(page)
        self.trend_choice = QComboBox(page)
        self.trend_choice.setObjectName("trendChoice")
        self.trend_choice.currentIndexChanged.connect(self._draw_trend)
        choice_label = QLabel(self.tr("Sho&w with the overall score:"), page)
        choice_label.setBuddy(self.trend_choice)
        choice_row = QHBoxLayout()
        choice_row.addWidget(choice_label)
        choice_row.addWidget(self.trend_choice, 1)
        trend_box = QWidget(page)
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addLayout(choice_row)
        trend_layout.addWidget(self.trend, 1)
        self.bars = BarChart(page)
        self.bars.setToolTip(self.tr("Click a principle to see its trend."))
        self.bars.bar_clicked.connect(self._choose_principle)
        self.next_panel = PractiseNextPanel(page)
        self.next_panel.practise.connect(self.practise)
        charts = QSplitter(Qt.Orientation.Horizontal, page)
        charts.addWidget(trend_box)
        charts.addWidget(self.bars)
        charts.addWidget(self.next_panel)
        charts.setSizes([520, 380, 430])

        self.sessions = SessionsView(page)
        self.sessions.open_requested.connect(self.open_session)
        self.sessions.compare_requested.connect(self.compare)

        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(self.sessions)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([360, 300])
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)
        return page

    # --- context -----------------------------------------------------------------------------
    def set_context(self, db: Database | None, trainee: TraineeInfo | None, scenarios: Iterable[Scenario]) -> None:
        """The database, whose history to show, and the scenario library; reloads the page."""
        self.db, self.trainee = db, trainee
        self.detail.set_context(db)
        self.compare_view.set_context(db)
        self.set_scenarios(scenarios)
        self.show_overview()
        self.refresh()

    def set_scenarios(self, scenarios: Iterable[Scenario]) -> None:
        """The library changed (reloaded, a folder added): suggestions and markers follow."""
        self.library = {s.id: s for s in scenarios}
        self.sessions.set_library(self.library)
        self._fill_suggestions()

    def refresh(self) -> None:
        """Read the trainee's history again (in a worker); ``loaded`` when it is shown."""
        self._request += 1
        request = self._request
        if self.db is None or self.trainee is None:
            self._show_empty(self.tr("Choose a profile to see its history."))
            return
        self.refresh_button.setEnabled(False)
        if self.overview is None or self.overview.trainee_id != self.trainee.id:
            self._show_empty(self.tr("Loading the history…"))
        self.title.setText(
            "<h2 style='margin:0'>" + escape(self.tr("History: %1").replace("%1", self.trainee.display_name)) + "</h2>"
        )
        run_task(
            load_overview,
            self.db,
            self.trainee.id,
            on_done=lambda overview: self._loaded(request, overview),
            on_error=lambda exc: self._failed(request, exc),
        )

    # --- the overview --------------------------------------------------------------------------
    def _show_empty(self, message: str) -> None:
        self.overview = None
        self.sessions.set_sessions([])
        self.stats.setText(escape(message))
        self.trend.set_series([], empty_text=message)
        self.bars.set_bars([], empty_text="")
        self.trend_choice.blockSignals(True)
        self.trend_choice.clear()
        self.trend_choice.blockSignals(False)
        self._fill_suggestions()

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self.refresh_button.setEnabled(True)
        message = self.tr(
            "The history could not be read from the progress database. Nothing is lost; try Refresh in a moment. "
            "Details: %1"
        ).replace("%1", str(exc))
        self._show_empty(message)
        self.failed.emit(message)

    def _loaded(self, request: int, overview: Overview) -> None:
        if request != self._request or self.trainee is None or overview.trainee_id != self.trainee.id:
            return
        self.refresh_button.setEnabled(True)
        self.overview = overview
        self.sessions.set_sessions(overview.sessions)
        self._fill_stats(overview)
        self._fill_trend_choice(overview)
        self._fill_bars(overview)
        self._fill_suggestions()
        self.loaded.emit()

    def _fill_stats(self, o: Overview) -> None:
        t = o.totals
        if not t.sessions:
            self.stats.setText(escape(self.tr("No practice yet: start an interview from the library.")))
            return
        parts = [
            self.tr("%1 sessions").replace("%1", f"{t.sessions:,}".replace(",", ".")),
            self.tr("%1 answers").replace("%1", f"{t.answers:,}".replace(",", ".")),
            self.tr("time practised: %1 (answering: %2)")
            .replace("%1", format_duration(t.practice_ms))
            .replace("%2", format_duration(t.answering_ms)),
            self.tr("on %1 days since %2")
            .replace("%1", str(t.days))
            .replace("%2", local(t.first).strftime("%d/%m/%Y") if t.first else "—"),
        ]
        if t.recent_mean is not None:
            parts.append(
                self.tr("mean of the last %1 sessions: %2")
                .replace("%1", str(min(RECENT_SESSIONS, t.sessions)))
                .replace("%2", str(round(t.recent_mean)))
            )
        self.stats.setText(escape(" · ".join(parts)))

    def _fill_trend_choice(self, o: Overview) -> None:
        previous = self.trend_choice.currentData()
        self.trend_choice.blockSignals(True)
        self.trend_choice.clear()
        self.trend_choice.addItem(self.tr("(nothing else)"), OVERALL)
        for pid in PRINCIPLE_IDS:
            if pid in o.by_principle:
                self.trend_choice.addItem(principle_label(pid), pid)
        wanted = previous if previous and previous != OVERALL else (o.weakest[0].principle if o.weakest else None)
        index = self.trend_choice.findData(wanted) if wanted else 0
        self.trend_choice.setCurrentIndex(max(0, index))
        self.trend_choice.blockSignals(False)
        self._draw_trend()

    def _draw_trend(self) -> None:
        o = self.overview
        if o is None:
            return
        titles = {
            "session": self.tr("Scores over time (each point: one session)"),
            "week": self.tr("Scores over time (weekly means)"),
            "month": self.tr("Scores over time (monthly means)"),
        }
        series = [Series(self.tr("Overall score"), o.overall, OVERALL_COLOUR)]
        chosen = self.trend_choice.currentData()
        if chosen and chosen != OVERALL and chosen in o.by_principle:
            series.append(Series(principle_label(chosen), o.by_principle[chosen], PRINCIPLE_COLOUR))
        self.trend.set_series(
            series,
            title=titles[o.bucket],
            empty_text=self.tr("No scores yet: they will appear here after your first answers."),
        )

    def _choose_principle(self, principle: str) -> None:
        index = self.trend_choice.findData(principle)
        if index >= 0:
            self.trend_choice.setCurrentIndex(index)

    def _fill_bars(self, o: Overview) -> None:
        bars = [Bar(b.principle, principle_label(b.principle), b.recent, b.all_time) for b in o.bars]
        self.bars.set_bars(
            bars,
            title=self.tr("By principle, last %1 sessions").replace("%1", str(min(RECENT_SESSIONS, o.totals.sessions))),
            previous_label=self.tr("mean over all your sessions"),
            empty_text=self.tr("No scores yet."),
        )

    def _fill_suggestions(self) -> None:
        o = self.overview
        language = self.trainee.language if self.trainee is not None else current_language()
        suggestions = (
            suggest(o.weakest, self.library.values(), language=language, last_difficulty=o.last_difficulty)
            if o is not None
            else []
        )
        self.next_panel.set_suggestions(suggestions, language=current_language())

    # --- moving between views ------------------------------------------------------------------
    def show_overview(self) -> None:
        self.detail.stop_audio()
        self.stack.setCurrentWidget(self.overview_page)
        self.sessions.table.setFocus()

    def open_session(self, summary: SessionSummary) -> None:
        """Show every answer of *summary*'s session with its feedback."""
        self.detail.open(summary, self.library)
        self.stack.setCurrentWidget(self.detail)

    def open_session_id(self, session_id: UUID) -> bool:
        """Open a session by id, if it is in the loaded history (False otherwise)."""
        for row in self.sessions.model.summaries():
            if row.session.id == session_id:
                self.open_session(row)
                return True
        return False

    def compare(self, a: SessionSummary, b: SessionSummary) -> None:
        self.compare_view.compare(a, b)
        self.stack.setCurrentWidget(self.compare_view)
