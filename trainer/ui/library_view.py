"""The scenario library: search, filters, the table of valid scenarios, broken files apart."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.labels import category_label, difficulty_label, language_label
from trainer.ui.library_model import ScenarioFilterModel, ScenarioRole, ScenarioTableModel

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport
    from trainer.domain.scenario import Scenario


class LibraryView(QWidget):
    scenario_selected = Signal(object)  # Scenario | None

    def __init__(self, parent: Any = None, *, ui_language: str = "vi") -> None:
        super().__init__(parent)
        self.ui_language = ui_language
        self.model = ScenarioTableModel(self)
        self.proxy = ScenarioFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search scenarios (accents optional)…"))
        # The clear button loads an icon: set it up once the window is on screen.
        QTimer.singleShot(0, self.search, lambda: self.search.setClearButtonEnabled(True))
        self.search.textChanged.connect(self.proxy.set_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("languageFilter")
        self.language_filter.addItem(self.tr("All languages"), "")
        for code in ("vi", "en"):
            self.language_filter.addItem(language_label(code), code)
        self.language_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_language(self.language_filter.currentData())
        )
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_category(self.category_filter.currentData() or "")
        )
        self.difficulty_filter = QComboBox(self)
        self.difficulty_filter.setObjectName("difficultyFilter")
        self.difficulty_filter.addItem(self.tr("All levels"), 0)
        for level in (1, 2, 3):
            self.difficulty_filter.addItem(difficulty_label(level), level)
        self.difficulty_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_difficulty(int(self.difficulty_filter.currentData()))
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.difficulty_filter, 1)

        self.table = QTableView(self)
        self.table.setObjectName("scenarioTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        # The title identifies a scenario: it gets a wide column the user can resize; the
        # role takes what is left (elided, full text in its tooltip).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (3, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(560)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.modelReset.connect(lambda: self.scenario_selected.emit(None))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self.invalid_box = QGroupBox(self.tr("Files that could not be loaded"), self)
        self.invalid_box.setObjectName("invalidBox")
        self.invalid_list = QListWidget(self.invalid_box)
        self.invalid_list.setObjectName("invalidList")
        self.invalid_list.setWordWrap(True)
        box_layout = QVBoxLayout(self.invalid_box)
        box_layout.addWidget(self.invalid_list)
        self.invalid_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.invalid_box, 1)

    def show_reports(self, reports: list[ScenarioReport]) -> None:
        valid: list[Scenario] = [r.scenario for r in reports if r.valid and r.scenario is not None]
        self.model.set_scenarios(valid)
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for code in sorted({s.category for s in valid}, key=lambda c: category_label(c)):
            self.category_filter.addItem(category_label(code), code)
        index = max(0, self.category_filter.findData(current))
        self.category_filter.setCurrentIndex(index)
        self.category_filter.blockSignals(False)
        self.proxy.set_category(self.category_filter.currentData() or "")

        self.invalid_list.clear()
        broken = [r for r in reports if not r.valid]
        for r in broken:
            lines = [p.message(self.ui_language) for p in r.errors[:3]]
            if len(r.errors) > 3:
                lines.append(self.tr("… and %1 more problem(s)").replace("%1", str(len(r.errors) - 3)))
            first = r.errors[0] if r.errors else None
            where = f" ({first.pointer})" if first and first.pointer else ""
            item = QListWidgetItem(f"{r.path.name if r.path else r.name}{where}: {lines[0] if lines else ''}")
            item.setToolTip(
                f"{r.name}\n" + "\n".join(f"• {p.pointer or '/'}: {p.message(self.ui_language)}" for p in r.errors)
            )
            self.invalid_list.addItem(item)
        self.invalid_box.setVisible(bool(broken))
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 of %2 scenarios").replace("%1", str(shown)).replace("%2", str(total))
        broken = self.invalid_list.count()
        if broken:
            text += " · " + self.tr("%1 file(s) with errors").replace("%1", str(broken))
        self.count_label.setText(text)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self.scenario_selected.emit(current.data(ScenarioRole) if current.isValid() else None)

    def select_scenario(self, scenario_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            s = self.proxy.index(row, 0).data(ScenarioRole)
            if s is not None and s.id == scenario_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_scenario(self) -> Scenario | None:
        index = self.table.currentIndex()
        return index.data(ScenarioRole) if index.isValid() else None
