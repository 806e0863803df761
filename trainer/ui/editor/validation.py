"""Live validation of the draft with the validator of ``python main.py validate``.

Each change restarts a short timer (300 ms); then the draft's canonical text is checked on
a worker thread by :func:`trainer.content.loader.load_scenario_text`. Results of a check
that a newer change overtook are dropped. The editor adds one check the file alone cannot
make: another scenario in the library already uses the id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from trainer.ui.editor.fields import Issue
from trainer.ui.editor.model import Draft
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport
    from trainer.domain.scenario import Scenario

DELAY_MS = 300


def check_text(text: str) -> ScenarioReport:
    from trainer.content.loader import load_scenario_text  # jsonschema: imported off the GUI thread

    return load_scenario_text(text)


@dataclass
class Validation:
    issues: list[Issue] = field(default_factory=list)
    scenario: Scenario | None = None  # the draft as a scenario, when it has no error

    @property
    def errors(self) -> int:
        return sum(i.severity == "error" for i in self.issues)

    @property
    def warnings(self) -> int:
        return sum(i.severity == "warning" for i in self.issues)


def issues_of(report: ScenarioReport, language: str) -> list[Issue]:
    out = []
    for p in report.problems:
        pointer = p.pointer
        message = p.message(language)
        if p.code == "required" and "," not in str(p.params.get("name", "")):
            pointer = f"{pointer}/{p.params.get('name')}"  # shown at the missing field
        elif p.code == "pattern" and p.params.get("found") == "":
            message = (
                QCoreApplication.translate("ScenarioEditor", "Give an id: it follows the text until you type one.")
                if pointer.endswith("/id")
                else QCoreApplication.translate(
                    "ScenarioEditor", "Nothing chosen yet; if the list is empty, add the item in its section first."
                )
            )
        out.append(Issue(pointer, message, p.severity))
    return out


class Validator(QObject):
    validated = Signal(object)  # Validation
    started = Signal()

    def __init__(self, draft: Draft, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft, self.language = draft, language
        self.library_ids: dict[str, Path] = {}  # id -> file, of the other scenarios the app reads
        self.own_path: Path | None = None
        self.last = Validation()
        self.busy = False
        self._generation = 0
        self._running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._start)
        draft.changed.connect(self.schedule)

    def schedule(self, *_args: Any) -> None:
        self._generation += 1
        self.busy = True
        self.timer.start()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        generation = self._generation
        self.started.emit()
        run_task(
            check_text,
            self.draft.text(),
            on_done=lambda report: self._done(generation, report),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _done(self, generation: int, report: ScenarioReport) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        if self._again or generation != self._generation:
            self._again = False
            self._start()
            return
        self._publish(report)

    def _failed(self, generation: int, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        issue = Issue(
            "",
            QCoreApplication.translate("ScenarioEditor", "The check failed unexpectedly: %1").replace("%1", str(exc)),
        )
        self.busy = False
        self.last = Validation([issue])
        self.validated.emit(self.last)

    def validate_now(self) -> Validation:
        """Check the draft at once, on this thread (before saving)."""
        self.timer.stop()
        self._generation += 1
        self._publish(check_text(self.draft.text()))
        return self.last

    def _publish(self, report: ScenarioReport) -> None:
        issues = issues_of(report, self.language) + self._library_issues()
        scenario = report.scenario if report.valid and not any(i.severity == "error" for i in issues) else None
        self.busy = False
        self.last = Validation(issues, scenario)
        self.validated.emit(self.last)

    def _library_issues(self) -> list[Issue]:
        scenario_id = self.draft.get("/id")
        other = self.library_ids.get(scenario_id) if isinstance(scenario_id, str) else None
        if other is None or (self.own_path is not None and _same(other, self.own_path)):
            return []
        text = QCoreApplication.translate(
            "ScenarioEditor", "Another scenario already uses this id (%1); choose another one."
        ).replace("%1", other.name)
        return [Issue("/id", text)]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
