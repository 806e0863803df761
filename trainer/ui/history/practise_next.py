""" "What to practise next": the weakest principles, and the scenarios and questions that
exercise them, each one click from starting."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from trainer.domain.catalog import CATALOG
from trainer.domain.scenario import Question, Scenario
from trainer.storage.records import PrincipleStat
from trainer.ui.feedback_view import score_colour
from trainer.ui.labels import difficulty_label, principle_label

SCENARIOS_PER_PRINCIPLE = 3


@dataclass(frozen=True)
class SuggestedScenario:
    scenario: Scenario
    questions: tuple[Question, ...]  # those that list the principle (all, for an automatic one)
    difficulty: int  # the level to start at: the one last practised, else the scenario's own


@dataclass(frozen=True)
class Suggestion:
    stat: PrincipleStat
    scenarios: tuple[SuggestedScenario, ...]
    every_question: bool  # an automatic principle (timing, voice): every question exercises it


def suggest(
    weakest: Iterable[PrincipleStat],
    scenarios: Iterable[Scenario],
    *,
    language: str,
    last_difficulty: Mapping[str, int] | None = None,
    per_principle: int = SCENARIOS_PER_PRINCIPLE,
) -> list[Suggestion]:
    """For each weak principle, the scenarios whose questions list it in ``principles``:
    those in *language* first, then those with the most such questions."""
    library = list(scenarios)
    levels = dict(last_difficulty or {})
    out = []
    for stat in weakest:
        entry = CATALOG.get(stat.principle)
        automatic = bool(entry and entry.automatic)
        found = []
        for scenario in library:
            questions = tuple(q for q in scenario.questions if stat.principle in q.principles)
            if automatic and not questions:
                questions = scenario.main_sequence
            if questions:
                found.append(SuggestedScenario(scenario, questions, levels.get(scenario.id, scenario.difficulty)))
        found.sort(key=lambda s: (s.scenario.language != language, -len(s.questions), s.scenario.title))
        out.append(Suggestion(stat, tuple(found[:per_principle]), automatic))
    return out


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PractiseNextPanel(QWidget):
    """The suggestions as rich text; each scenario has a "Practise" link (Tab moves between
    the links, Enter or a click starts the interview)."""

    practise = Signal(object, int)  # Scenario, difficulty

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiseNext")
        self.title = QLabel("<b>" + escape(self.tr("What to practise next")) + "</b>", self)
        self.title.setObjectName("practiseNextTitle")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("practiseNextText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        self.title.setBuddy(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self.choices: list[tuple[Scenario, int]] = []  # what each "practise:<n>" link starts
        self.set_suggestions([], language="vi")

    def set_suggestions(self, suggestions: Sequence[Suggestion], *, language: str) -> None:
        """*language*: the interface language, for the principles' advice."""
        self.choices = []
        if not suggestions:
            empty = self.tr("Practise a scenario or two: your weakest principles and what to practise will show here.")
            self.browser.setHtml(f"<p style='color:#57606a'>{escape(empty)}</p>")
            return
        self.browser.setHtml("<hr>".join(self._block(n, s, language) for n, s in enumerate(suggestions, 1)))

    def start(self, number: int) -> None:
        """Start the *number*-th scenario offered (what its link does)."""
        if 0 <= number < len(self.choices):
            scenario, difficulty = self.choices[number]
            self.practise.emit(scenario, difficulty)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "practise" and url.path().isdigit():
            self.start(int(url.path()))

    def _block(self, n: int, suggestion: Suggestion, language: str) -> str:
        stat = suggestion.stat
        score = round(stat.mean_score)
        counts = (
            self.tr("recently: %1 met, %2 partly, %3 missed")
            .replace("%1", str(stat.met))
            .replace("%2", str(stat.partly))
            .replace("%3", str(stat.missed))
        )
        of_100 = escape(self.tr(" of 100"))
        html = (
            f"<p style='margin:0'><b>{n}. {escape(principle_label(stat.principle))}</b> — "
            f"<b style='color:{score_colour(score)}'>{score}</b>{of_100}"
            f"<br><span style='color:#57606a'>{escape(counts)}</span>"
        )
        entry = CATALOG.get(stat.principle)
        if entry is not None:
            html += f"<br><i>{escape(entry.advice(language))}</i>"
        html += "</p>"
        if not suggestion.scenarios:
            none = escape(self.tr("No scenario in the library exercises this principle yet."))
            return html + f"<p>{none}</p>"
        rows = "".join(self._row(item, suggestion.every_question) for item in suggestion.scenarios)
        return html + f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>"

    def _row(self, item: SuggestedScenario, every: bool) -> str:
        if every:
            which = self.tr("every question exercises it")
        elif len(item.questions) == 1:
            which = self.tr("1 question exercises it")
        else:
            which = self.tr("%1 questions exercise it").replace("%1", str(len(item.questions)))
        number = len(self.choices)
        self.choices.append((item.scenario, item.difficulty))
        link = escape(self.tr("Practise"))
        return (
            f"<tr><td>{escape(item.scenario.title)}<br><span style='color:#57606a'>"
            f"{escape(difficulty_label(item.difficulty))} · {escape(which)} · "
            f"“{escape(_short(item.questions[0].text))}”</span></td>"
            f"<td align='right' valign='middle' width='90'><a href='practise:{number}'><b>▶&nbsp;{link}</b></a></td></tr>"
        )
