"""Qt item models for the scenario library."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from trainer.domain.text import fold
from trainer.ui.labels import category_label, difficulty_label, language_label

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario

Index = QModelIndex | QPersistentModelIndex
ScenarioRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class ScenarioTableModel(QAbstractTableModel):
    COLUMNS = ("title", "category", "role", "difficulty", "language", "minutes", "best")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Scenario] = []
        self._best: dict[str, int] = {}

    def set_best_scores(self, best: dict[str, int]) -> None:
        """The trainee's best mean score per scenario id (empty when nobody is practising)."""
        if best != self._best:
            self._best = dict(best)
            if self._rows:
                column = self.COLUMNS.index("best")
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        self.beginResetModel()
        self._rows = list(scenarios)
        self.endResetModel()

    def scenario(self, row: int) -> Scenario:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "title": self.tr("Scenario"),
            "category": self.tr("Category"),
            "role": self.tr("Your role"),
            "difficulty": self.tr("Level"),
            "language": self.tr("Language"),
            "minutes": self.tr("Minutes"),
            "best": self.tr("Your best"),
        }
        return names[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ScenarioRole:
            return s
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": s.title,
                "category": category_label(s.category),
                "role": s.briefing.role,
                "difficulty": "●" * s.difficulty + "○" * (3 - s.difficulty),
                "language": language_label(s.language),
                "minutes": str(s.estimated_minutes),
                "best": str(self._best[s.id]) if s.id in self._best else "—",
            }[column]
        if role == SortRole:
            if column == "difficulty":
                return s.difficulty
            if column == "minutes":
                return s.estimated_minutes
            if column == "best":
                return self._best.get(s.id, -1)
            return fold(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "difficulty":
                return difficulty_label(s.difficulty)
            if column == "title":  # the cell may be cut short: the whole title, then the summary
                return f"{s.title}\n\n{s.summary}"
            if column in ("category", "role"):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("difficulty", "minutes", "language", "best"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ScenarioFilterModel(QSortFilterProxyModel):
    """Search (accent-insensitive) and filters by language, category and difficulty."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._language = ""
        self._category = ""
        self._difficulty = 0
        self.setSortRole(SortRole)

    def set_search(self, text: str) -> None:
        self._needle = fold(text.strip())
        self.invalidateFilter()

    def set_language(self, code: str) -> None:
        self._language = code
        self.invalidateFilter()

    def set_category(self, code: str) -> None:
        self._category = code
        self.invalidateFilter()

    def set_difficulty(self, level: int) -> None:
        self._difficulty = level
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ScenarioTableModel)
        s = model.scenario(source_row)
        if self._language and s.language != self._language:
            return False
        if self._category and s.category != self._category:
            return False
        if self._difficulty and s.difficulty != self._difficulty:
            return False
        if self._needle:
            haystack = fold(" ".join((s.title, s.summary, s.briefing.role, category_label(s.category), *s.tags)))
            return all(word in haystack for word in self._needle.split())
        return True
