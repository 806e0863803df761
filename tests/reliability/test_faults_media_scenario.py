"""Fault: the scenario file being practised is edited, broken or deleted on disk mid-interview.

The interview in progress keeps the version it started with — its questions are asked and
spoken as they were, its answers scored against that version and stored with its content
hash — even when the library reloads meanwhile (F5, a scenario saved in the editor, a pack
imported). Back in the library after the interview, the library shows the file as it is
now: the new version (still selected), the broken file among the files that could not be
loaded, or nothing for a deleted file. Never a crash.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.reliability.media_support import (
    ROOT,
    SCENARIO,
    answer_typed,
    next_question,
    open_window,
    scenario_data,
    start_interview,
    stored,
    tracebacks,
    write_scenario,
)
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.ui import messages
from trainer.ui.main_window import MainWindow

NEW_TITLE = "Học sinh nhập viện sau bữa ăn bán trú (bản sửa)"


def edited(data: dict[str, Any]) -> dict[str, Any]:
    """A trainer's correction: a new title, another figure, the third question reworded."""
    data["title"] = NEW_TITLE
    data["facts"][0]["number"] = 45
    data["facts"][0]["text"] = "45 học sinh được đưa đến Trung tâm Y tế khu vực để theo dõi."
    data["questions"][2]["text"] = "Câu hỏi đã sửa: nhà trường đã biết nguyên nhân chưa?"
    return data


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    write_scenario(folder, scenario_data())
    return folder


@pytest.fixture
def window(qtbot, library: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, library, monkeypatch)
    assert w.library.select_scenario(SCENARIO)
    yield w
    w.close()


def reload_now(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What F5, the editor's Save or a pack import do: the library reads the folders again."""
    assert w.reload_action is not None
    w.reload_action.trigger()
    qtbot.waitUntil(lambda: not w.loading, timeout=10000)


def test_an_edited_file_changes_nothing_in_the_interview_and_the_library_shows_it_afterwards(
    qtbot, window: MainWindow, library: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    w = window
    view = w.practice.interview_view
    old = w.library.selected_scenario()
    assert old is not None
    start_interview(qtbot, w)
    first = view.question
    assert first is not None and first.id == "mo-dau"

    path = write_scenario(library, edited(scenario_data()))  # edited while she answers
    new = load_scenario(path)
    assert new.content_hash != old.content_hash
    answer = first.model_answer
    assert score_answer(new, new.question(first.id), answer).overall != score_answer(old, first, answer).overall
    reload_now(qtbot, w)  # the library reloads in the middle of the interview
    assert w.practice.currentWidget() is view and view.question is first
    assert w.speech.scenario is not None and w.speech.scenario.content_hash == old.content_hash

    asked = []
    while w.practice.currentWidget() is view:
        question = view.question
        assert question is not None and question == old.question(question.id)  # the version she started
        assert view.question_label.text() == question.text
        asked.append(question)
        answer_typed(qtbot, w, question.model_answer)
        next_question(qtbot, w)
    assert "nguyen-nhan" in [q.id for q in asked]  # the reworded question was asked as it was
    assert w.speech.scenario.content_hash == old.content_hash  # and spoken as it was

    session, records = stored(w)
    assert session.scenario_hash == old.content_hash and session.status == "completed"
    for question, record in zip(asked, records, strict=True):
        assert record.question_text == question.text
        assert record.overall == score_answer(old, question, question.model_answer).overall  # scored on the old one

    # back in the library: the new version, still selected
    qtbot.mouseClick(w.practice.summary_view.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.library.model.rowCount() == 1 and w.library.model.scenario(0).title == NEW_TITLE)
    qtbot.waitUntil(lambda: not w.loading, timeout=10000)
    selected = w.library.selected_scenario()
    assert selected is not None and selected.content_hash == new.content_hash
    assert w.briefing.scenario is selected and NEW_TITLE in w.briefing.toPlainText()
    assert "45 học sinh" in w.briefing.toPlainText()
    assert tracebacks(caplog) == []


@pytest.mark.parametrize("how", ["broken", "deleted"])
def test_a_file_broken_or_deleted_mid_interview_leaves_the_interview_whole(
    qtbot,
    window: MainWindow,
    library: Path,
    how: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # type: ignore[no-untyped-def]
    w = window
    view = w.practice.interview_view
    old = w.library.selected_scenario()
    assert old is not None
    start_interview(qtbot, w)
    path = library / f"{SCENARIO}.json"
    if how == "broken":
        data = scenario_data()
        del data["questions"][0]["journalist"]  # a schema error, as a careless hand edit leaves it
        path.write_text(json.dumps(data, ensure_ascii=False)[:-200], encoding="utf-8")  # and cut off
    else:
        path.unlink()
    reload_now(qtbot, w)
    assert w.library.model.rowCount() == 0  # gone from the library already…
    for _ in range(2):  # …but the interview goes on, on the version it started with
        question = view.question
        assert question is not None and question == old.question(question.id)
        answer_typed(qtbot, w, question.model_answer)
        next_question(qtbot, w)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(view.abandon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.library_page, timeout=10000)
    qtbot.waitUntil(lambda: not w.loading, timeout=10000)

    session, records = stored(w)
    assert session.scenario_hash == old.content_hash and len(records) == 2  # nothing lost
    assert w.library.model.rowCount() == 0 and w.library.selected_scenario() is None
    assert w.start_panel.scenario is None and not w.start_panel.start_button.isEnabled()
    if how == "broken":
        assert w.library.invalid_box.isVisibleTo(w) and w.library.invalid_list.count() == 1
        assert path.name in w.library.invalid_list.item(0).text()  # listed apart, with what is wrong
    else:
        assert not w.library.invalid_box.isVisibleTo(w)
    assert tracebacks(caplog) == []


def test_the_library_catches_up_when_she_comes_back_without_a_reload(
    qtbot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Nobody pressed F5: coming back from the interview is enough."""
    w = window
    shutil.copy(ROOT / "scenarios" / "clip-bao-luc-hoc-duong.json", library)  # listed first (by title)
    reload_now(qtbot, w)
    assert w.library.select_scenario(SCENARIO) and w.library.model.rowCount() == 2
    start_interview(qtbot, w)
    write_scenario(library, edited(scenario_data()))
    broken = library / "mot-kich-ban-hong.json"
    broken.write_text("{ not json", encoding="utf-8")  # a second file appears, broken
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(w.practice.interview_view.abandon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.library.invalid_list.count() == 1, timeout=10000)
    assert NEW_TITLE in [w.library.model.scenario(n).title for n in range(2)]
    selected = w.library.selected_scenario()
    assert selected is not None and selected.title == NEW_TITLE  # still the one she had chosen
    assert broken.name in w.library.invalid_list.item(0).text()
