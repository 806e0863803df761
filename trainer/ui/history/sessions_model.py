"""The trainee's sessions as a table, and a proxy that filters them by scenario, date and status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from trainer.ui.feedback_view import score_colour
from trainer.ui.history.past import State, library_state
from trainer.ui.labels import difficulty_label

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario
    from trainer.storage.history import SessionSummary

Index = QModelIndex | QPersistentModelIndex
SummaryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
STATUSES = ("completed", "in_progress", "abandoned")


def local(at: datetime) -> datetime:
    return at.astimezone()


def format_when(at: datetime) -> str:
    return local(at).strftime("%d/%m/%Y %H:%M")


def format_duration(ms: int) -> str:
    """ "2 h 05 min", "12 min", "40 s" (translated)."""
    seconds = round(ms / 1000)
    if seconds < 60:
        return QCoreApplication.translate("History", "%1 s").replace("%1", str(seconds))
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("History", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("History", "%1 h %2 min").replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
    )  # fmt: skip


def status_text(status: str) -> str:
    return {
        "completed": QCoreApplication.translate("History", "Completed"),
        "in_progress": QCoreApplication.translate("History", "In progress"),
        "abandoned": QCoreApplication.translate("History", "Stopped"),
    }.get(status, status)


def mode_text(mode: str) -> str:
    return {
        "solo": QCoreApplication.translate("History", "On my own"),
        "workshop": QCoreApplication.translate("History", "Workshop"),
    }.get(mode, mode)


class SessionTableModel(QAbstractTableModel):
    COLUMNS = ("when", "scenario", "level", "mode", "answers", "score", "time", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._library: Mapping[str, Scenario] = {}
        self._display: dict[int, list[str]] = {}  # row -> texts, made when first shown
        self._sort = (0, Qt.SortOrder.DescendingOrder)

    def set_sessions(self, rows: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._display = {}
        self.endResetModel()

    def set_library(self, library: Mapping[str, Scenario]) -> None:
        self._library = library
        self._display = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    # Sorting happens here, with one key per row, rather than in a proxy comparing rows
    # pairwise through data(): a long history sorts in milliseconds.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self._display = {}
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[SessionSummary]) -> list[SessionSummary]:
        column, order = self._sort
        name = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "when"
        return sorted(rows, key=lambda r: _sort_key(r, name), reverse=order == Qt.SortOrder.DescendingOrder)

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def summaries(self) -> list[SessionSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "when": self.tr("Date"),
            "scenario": self.tr("Scenario"),
            "level": self.tr("Level"),
            "mode": self.tr("How"),
            "answers": self.tr("Answers given"),
            "score": self.tr("Mean score"),
            "time": self.tr("Time spent"),
            "status": self.tr("Status"),
        }
        return names[self.COLUMNS[section]]

    def _state(self, row: SessionSummary) -> State:
        return library_state(row.session, self._library)

    def _texts(self, row: SessionSummary) -> list[str]:
        s = row.session
        title = s.scenario_title or s.scenario_id
        state = self._state(row)
        if state == "missing":
            title = self.tr("%1 (no longer in the library)").replace("%1", title)
        elif state == "edited":
            title = self.tr("%1 (edited since)").replace("%1", title)
        return [
            format_when(s.started_at),
            title,
            difficulty_label(s.difficulty),
            mode_text(s.mode),
            str(row.answers),
            "—" if row.mean_overall is None else str(round(row.mean_overall)),
            format_duration(row.practice_ms),
            status_text(s.status),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        row = self._rows[number]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._display.get(number)
            if texts is None:
                texts = self._display[number] = self._texts(row)
            return texts[index.column()]
        if role == SummaryRole:
            return row
        if role == SortRole:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "score" and row.mean_overall is not None:
                return QBrush(QColor(score_colour(round(row.mean_overall))))
            if column == "scenario" and self._state(row) != "same":
                return QBrush(QColor("#57606a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "scenario":
                state = self._state(row)
                if state == "missing":
                    return self.tr("This scenario is no longer in the library; the session is kept as it was saved.")
                if state == "edited":
                    return self.tr("This scenario file has been edited since this session.")
            if column == "time":
                return self.tr("From the start of the session to its last answer; of which answering: %1").replace(
                    "%1", format_duration(row.answering_ms)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("answers", "score", "time"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _sort_key(row: SessionSummary, column: str) -> Any:
    s = row.session
    return {
        "when": s.started_at,
        "scenario": (s.scenario_title or s.scenario_id).casefold(),
        "level": s.difficulty,
        "mode": s.mode,
        "answers": row.answers,
        "score": -1.0 if row.mean_overall is None else row.mean_overall,
        "time": row.practice_ms,
        "status": s.status,
    }[column]


class SessionFilterProxy(QSortFilterProxyModel):
    """Keeps the sessions of one scenario, within a date range (local days, both ends
    included), with one status; None for a filter means "any"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scenario_id: str | None = None
        self.first_day: date | None = None
        self.last_day: date | None = None
        self.status: str | None = None
        self.setDynamicSortFilter(False)  # the source model sorts (see SessionTableModel.sort)

    def set_filters(
        self,
        *,
        scenario_id: str | None = None,
        first_day: date | None = None,
        last_day: date | None = None,
        status: str | None = None,
    ) -> None:
        self.scenario_id, self.first_day, self.last_day, self.status = scenario_id, first_day, last_day, status
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return True
        s = model.summary(source_row).session
        if self.scenario_id is not None and s.scenario_id != self.scenario_id:
            return False
        if self.status is not None and s.status != self.status:
            return False
        day = local(s.started_at).date()
        if self.first_day is not None and day < self.first_day:
            return False
        return self.last_day is None or day <= self.last_day

    def summary(self, row: int) -> SessionSummary:
        value = self.data(self.index(row, 0), SummaryRole)
        assert value is not None
        return value  # type: ignore[no-any-return]
