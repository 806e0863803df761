"""The list of sessions: filters (scenario, period, status), open one, compare two."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.history.sessions_model import STATUSES, SessionFilterProxy, SessionTableModel, status_text

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario
    from trainer.storage.history import SessionSummary

PERIODS = ("all", "7", "30", "90", "custom")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SessionsView(QWidget):
    open_requested = Signal(object)  # SessionSummary
    compare_requested = Signal(object, object)  # SessionSummary, SessionSummary (same scenario)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("historySessionsView")
        self.model = SessionTableModel(self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("historySessions")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setResizeContentsPrecision(25)  # measure a few rows, not the whole history
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COLUMNS.index("scenario"), QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.scenario_filter = QComboBox(self)
        self.scenario_filter.setObjectName("scenarioFilter")
        self.scenario_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_filter.setMinimumContentsLength(24)
        self.period_filter = QComboBox(self)
        self.period_filter.setObjectName("periodFilter")
        period_names = {
            "all": self.tr("All time"),
            "7": self.tr("Last 7 days"),
            "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"),
            "custom": self.tr("Between…"),
        }
        for key in PERIODS:
            self.period_filter.addItem(period_names[key], key)
        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addDays(-30), self)
        self.last_day = QDateEdit(today, self)
        for edit, name in ((self.first_day, "firstDay"), (self.last_day, "lastDay")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self.apply_filters)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        for combo in (self.scenario_filter, self.period_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.shown_count = QLabel(self)
        self.shown_count.setObjectName("shownCount")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openSession")
        self.open_button.setToolTip(self.tr("Every answer of the selected session, with its feedback (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setObjectName("compareSessions")
        self.compare_button.setToolTip(
            self.tr("Select two sessions of the same scenario, or one to compare it with the attempt before it.")
        )
        self.compare_button.clicked.connect(self.compare_selected)

        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Scenario:"), self.scenario_filter), (self.tr("Perio&d:"), self.period_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.first_day)
        filters.addWidget(self.last_day)
        status_label = QLabel(self.tr("Sta&tus:"), self)
        status_label.setBuddy(self.status_filter)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.shown_count)
        filters.addWidget(self.open_button)
        filters.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.apply_filters()

    # --- contents ----------------------------------------------------------------------------
    def set_sessions(self, rows: Sequence[SessionSummary]) -> None:
        """The trainee's sessions (any order; shown as the header's sort asks)."""
        self.model.set_sessions(rows)
        self._fill_scenario_filter()
        self.apply_filters()

    def set_library(self, library: Mapping[str, Scenario]) -> None:
        self.model.set_library(library)

    def _fill_scenario_filter(self) -> None:
        previous = self.scenario_filter.currentData()
        titles: dict[str, str] = {}
        for row in self.model.summaries():
            titles.setdefault(row.session.scenario_id, row.session.scenario_title or row.session.scenario_id)
        self.scenario_filter.blockSignals(True)
        self.scenario_filter.clear()
        self.scenario_filter.addItem(self.tr("All scenarios"), None)
        for sid, title in sorted(titles.items(), key=lambda kv: kv[1].casefold()):
            self.scenario_filter.addItem(title, sid)
        self.scenario_filter.setCurrentIndex(max(0, self.scenario_filter.findData(previous)) if previous else 0)
        self.scenario_filter.blockSignals(False)

    def apply_filters(self) -> None:
        period = self.period_filter.currentData()
        custom = period == "custom"
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)
        first: date | None = None
        last: date | None = None
        if custom:
            first, last = _day(self.first_day.date()), _day(self.last_day.date())
        elif period not in (None, "all"):
            last = date.today()
            first = last - timedelta(days=int(period) - 1)
        self.proxy.set_filters(
            scenario_id=self.scenario_filter.currentData(),
            first_day=first,
            last_day=last,
            status=self.status_filter.currentData(),
        )
        self.shown_count.setText(
            self.tr("%1 of %2 sessions")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        self._selection_changed()

    # --- selection -------------------------------------------------------------------------------
    def selected(self) -> list[SessionSummary]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.summary(r) for r in rows]

    def previous_attempt(self, summary: SessionSummary) -> SessionSummary | None:
        """The latest earlier session of the same scenario with answers."""
        earlier = [
            s
            for s in self.model.summaries()
            if s.session.scenario_id == summary.session.scenario_id
            and s.session.started_at < summary.session.started_at
            and s.answers
        ]
        return max(earlier, key=lambda s: s.session.started_at, default=None)

    def pair(self) -> tuple[SessionSummary, SessionSummary] | None:
        """What Compare compares: two selected sessions of one scenario, or the one selected
        and the attempt before it."""
        chosen = self.selected()
        if len(chosen) == 2 and chosen[0].session.scenario_id == chosen[1].session.scenario_id:
            return chosen[0], chosen[1]
        if len(chosen) == 1:
            before = self.previous_attempt(chosen[0])
            return (before, chosen[0]) if before is not None else None
        return None

    def _selection_changed(self, *_args: Any) -> None:
        self.open_button.setEnabled(len(self.selected()) == 1)
        self.compare_button.setEnabled(self.pair() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.summary(index.row()))

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0])

    def compare_selected(self) -> None:
        pair = self.pair()
        if pair is not None:
            self.compare_requested.emit(*pair)
