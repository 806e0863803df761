"""The history page on real databases: demo data, and a real history on the bundled library."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from uuid import uuid4

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QUrl

from trainer.domain.catalog import CATALOG
from trainer.storage.history import session_summaries
from trainer.storage.records import TraineeInfo
from trainer.storage.sessions import start_session
from trainer.storage.trends import weakest_principles
from trainer.ui.application import create_application
from trainer.ui.history import HistoryPage
from trainer.ui.history.overview import RECENT_SESSIONS
from trainer.ui.history.sessions_model import SessionTableModel, format_duration
from trainer.ui.labels import principle_label

from .history_support import NOW, HistoryWorld, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HistoryWorld]:
    yield from build_world(tmp_path_factory.mktemp("history"))


def open_page(qtbot, world: HistoryWorld, trainee: TraineeInfo) -> HistoryPage:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.set_context(world.db, trainee, world.library)
    return page


def column(name: str) -> int:
    return SessionTableModel.COLUMNS.index(name)


def select_sessions(page: HistoryPage, session_ids: list[object]) -> None:
    selection = page.sessions.table.selectionModel()
    selection.clearSelection()
    for row in range(page.sessions.proxy.rowCount()):
        if page.sessions.proxy.summary(row).session.id in session_ids:
            selection.select(
                page.sessions.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_a_demo_trainee_sees_sessions_trends_time_and_weakest_principles(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.demo)
    rows = session_summaries(world.db, world.demo.id)
    assert page.sessions.model.rowCount() == page.sessions.proxy.rowCount() == len(rows) == world.demo_sessions
    shown = [page.sessions.proxy.summary(r).session.started_at for r in range(page.sessions.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)  # newest first
    answers = sum(r.answers for r in rows)
    assert answers == 300 and "300" in page.stats.text()
    assert format_duration(sum(r.practice_ms for r in rows)) in page.stats.text()
    assert format_duration(sum(r.answering_ms for r in rows)) in page.stats.text()

    # More than 40 sessions: weekly means, weighted by answers, on Mondays.
    overview = page.overview
    assert overview is not None and overview.bucket == "week"
    weeks: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        if r.mean_overall is not None:
            day = r.session.started_at.astimezone().date()
            acc = weeks[day - timedelta(days=day.weekday())]
            acc[0] += r.mean_overall * r.answers
            acc[1] += r.answers
    overall = page.trend.series[0]
    assert len(overall.points) == len(weeks) > 5
    assert [(at.date(), v) for at, v in overall.points] == [
        (monday, round(total / n, 2)) for monday, (total, n) in sorted(weeks.items())
    ]
    # The weakest recent principle is drawn beside the overall score, and leads the bars.
    recent = weakest_principles(world.db, world.demo.id, limit=20, last_sessions=RECENT_SESSIONS)
    assert page.trend.series[1].label == principle_label(recent[0].principle)
    assert [(b.key, b.value) for b in page.bars.bars] == [(s.principle, s.mean_score) for s in recent]
    # The demo's scenarios are not in the library: practise-next offers library scenarios
    # whose questions list the weak principle.
    assert page.next_panel.choices and len(overview.weakest) == 3
    for suggestion in overview.weakest:
        pid = suggestion.principle
        assert principle_label(pid) in page.next_panel.browser.toPlainText()
    for scenario, _level in page.next_panel.choices:
        assert scenario in world.library


def test_filters_by_scenario_status_and_dates(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.demo)
    rows = session_summaries(world.db, world.demo.id)

    def shown() -> list[str]:
        return [str(page.sessions.proxy.summary(r).session.id) for r in range(page.sessions.proxy.rowCount())]

    page.sessions.scenario_filter.setCurrentIndex(page.sessions.scenario_filter.findData("clip-bao-luc-hoc-duong"))
    expected = [r for r in rows if r.session.scenario_id == "clip-bao-luc-hoc-duong"]
    assert 0 < len(expected) < len(rows)
    assert sorted(shown()) == sorted(str(r.session.id) for r in expected)
    assert f"{len(expected)} " in page.sessions.shown_count.text()

    page.sessions.status_filter.setCurrentIndex(page.sessions.status_filter.findData("abandoned"))
    assert sorted(shown()) == sorted(str(r.session.id) for r in expected if r.session.status == "abandoned")

    page.sessions.scenario_filter.setCurrentIndex(0)
    page.sessions.status_filter.setCurrentIndex(0)
    days = sorted({r.session.started_at.astimezone().date() for r in rows})
    first, last = days[len(days) // 4], days[len(days) // 2]
    page.sessions.period_filter.setCurrentIndex(page.sessions.period_filter.findData("custom"))
    assert page.sessions.first_day.isVisible() and page.sessions.last_day.isVisible()
    page.sessions.first_day.setDate(QDate(first.year, first.month, first.day))
    page.sessions.last_day.setDate(QDate(last.year, last.month, last.day))
    inside = [r for r in rows if first <= r.session.started_at.astimezone().date() <= last]
    assert sorted(shown()) == sorted(str(r.session.id) for r in inside)

    page.sessions.period_filter.setCurrentIndex(page.sessions.period_filter.findData("7"))
    assert not page.sessions.first_day.isVisible()
    week_ago = date.today() - timedelta(days=6)
    assert len(shown()) == sum(r.session.started_at.astimezone().date() >= week_ago for r in rows)


def test_sorting_by_a_column(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.demo)
    page.sessions.table.horizontalHeader().setSortIndicator(column("score"), Qt.SortOrder.AscendingOrder)
    means = [page.sessions.proxy.summary(r).mean_overall or -1.0 for r in range(page.sessions.proxy.rowCount())]
    assert means == sorted(means) and means[0] < means[-1]
    page.sessions.table.horizontalHeader().setSortIndicator(column("answers"), Qt.SortOrder.DescendingOrder)
    counts = [page.sessions.proxy.summary(r).answers for r in range(page.sessions.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_a_past_session_opens_with_every_answer_its_feedback_and_review(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    reviewed = world.sample[2]
    select_sessions(page, [reviewed.session.id])
    page.sessions.table.setFocus()
    page.sessions.table.setCurrentIndex(page.sessions.table.selectionModel().selectedRows()[0])
    with qtbot.waitSignal(page.detail.shown, timeout=10000):
        qtbot.keyClick(page.sessions.table, Qt.Key.Key_Return)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert reviewed.session.scenario_title in detail.header.text()
    assert detail.answers.count() == len(reviewed.answers) >= 3
    first = reviewed.answers[0]
    assert first.question_text in detail.answers.item(0).text()
    assert detail.feedback.isVisible()
    assert f">{first.overall}<" in detail.feedback.overall.text()
    assert first.question_text in detail.feedback.question_label.text()
    assert not detail.feedback.next_button.isVisible() and not detail.feedback.again_button.isVisible()
    assert detail.reviews.isVisible()
    assert "ThS. Lê Minh Châu" in detail.reviews.text() and "Mở đầu tốt" in detail.reviews.text()
    model_answer = world.scenario(reviewed.session.scenario_id).question(first.question_id).model_answer
    assert model_answer in detail.feedback.model_view.toPlainText()

    detail.answers.setCurrentRow(1)
    second = reviewed.answers[1]
    assert f">{second.overall}<" in detail.feedback.overall.text()
    assert second.answer_text[:30] in detail.feedback.answer_view.toPlainText()
    assert not detail.reviews.isVisible()

    qtbot.keyClick(detail.answers, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.overview_page


def test_a_spoken_answer_offers_its_recording(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    spoken = next(s for s in page.sessions.model.summaries() if s.session.scenario_id == "dich-tay-chan-mieng-mam-non")
    with qtbot.waitSignal(page.detail.shown, timeout=10000):
        page.open_session(spoken)
    button = page.detail.feedback.play_button
    assert page.detail.answers.count() == 2
    assert button.isVisible() and button.isEnabled()
    record = page.detail.current_record()
    assert record is not None and record.audio_path
    assert button.path == world.data_dir / record.audio_path
    page.detail.answers.setCurrentRow(1)  # its file was never written
    assert button.isVisible() and not button.isEnabled()
    assert str(world.data_dir) in button.toolTip()


def test_edited_and_deleted_scenarios_stay_readable(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    by_title = {s.session.scenario_hash: s for s in page.sessions.model.summaries()}
    edited, deleted = by_title["sha256:old-version"], by_title["sha256:gone"]
    texts = {
        page.sessions.model.data(page.sessions.model.index(r, column("scenario")))
        for r in range(page.sessions.model.rowCount())
        if page.sessions.model.summary(r).session.id in (edited.session.id, deleted.session.id)
    }
    assert any("Kịch bản đã xóa" in t and t != "Kịch bản đã xóa" for t in texts)  # marked as gone
    with qtbot.waitSignal(page.detail.shown, timeout=10000):
        page.open_session(deleted)
    detail = page.detail
    assert detail.notice.isVisible() and detail.notice.text()
    assert "Câu hỏi của kịch bản đã xóa?" in detail.feedback.question_label.text()
    gone = detail.tr("(The model answer is not available: the scenario is no longer in the library.)")
    assert gone in detail.feedback.model_view.toPlainText()
    deleted_notice = detail.notice.text()

    with qtbot.waitSignal(page.detail.shown, timeout=10000):
        page.open_session(edited)
    assert detail.notice.text() and detail.notice.text() != deleted_notice
    assert "Câu hỏi của bản cũ?" in detail.feedback.question_label.text()
    changed = detail.tr("(No model answer: this question is not in the current version of the scenario.)")
    assert changed in detail.feedback.model_view.toPlainText()


def test_two_attempts_side_by_side(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    food = [s for s in world.sample if s.session.scenario_id == "ngo-doc-thuc-pham-ban-tru"]
    earlier, later = food[0], food[-1]
    other = next(s for s in world.sample if s.session.scenario_id != "ngo-doc-thuc-pham-ban-tru")
    select_sessions(page, [later.session.id, other.session.id])
    assert not page.sessions.compare_button.isEnabled()  # two different scenarios
    select_sessions(page, [later.session.id, earlier.session.id])
    assert page.sessions.compare_button.isEnabled()
    with qtbot.waitSignal(page.compare_view.shown, timeout=10000):
        qtbot.mouseClick(page.sessions.compare_button, Qt.MouseButton.LeftButton)
    view = page.compare_view
    table = view.table
    assert table.rowCount() == 1 + len(earlier.answers)
    for n, (a, b) in enumerate(zip(earlier.answers, later.answers, strict=True), 1):
        assert table.item(n, 0).text() == a.question_text
        assert (table.item(n, 1).text(), table.item(n, 2).text()) == (str(a.overall), str(b.overall))
        assert table.item(n, 3).text() == f"{b.overall - a.overall:+d}"
    assert later.answers[0].answer_text[:30] in view.second_text.toPlainText()
    assert earlier.answers[0].answer_text[:30] in view.first_text.toPlainText()
    table.setCurrentCell(2, 0)
    assert later.answers[1].answer_text[:30] in view.second_text.toPlainText()
    assert {b.key for b in view.bars.bars} >= {s.principle for s in later.answers[0].scores if s.score is not None}

    qtbot.keyClick(table, Qt.Key.Key_Escape)
    select_sessions(page, [later.session.id])  # one session: compared with the attempt before it
    with qtbot.waitSignal(page.compare_view.shown, timeout=10000):
        page.sessions.compare_selected()
    assert view.pair is not None and view.pair[0].session.id == food[-2].session.id


def test_practise_next_starts_a_scenario_that_exercises_the_weakest_principle(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    overview = page.overview
    assert overview is not None and overview.weakest
    weakest = overview.weakest[0].principle
    scenario, level = page.next_panel.choices[0]
    if not CATALOG[weakest].automatic:
        assert any(weakest in q.principles for q in scenario.questions)
    assert scenario.language == "vi"  # the trainee's language first
    practised = {s.session.scenario_id: s.session.difficulty for s in reversed(overview.sessions)}
    assert level == practised.get(scenario.id, scenario.difficulty)
    with qtbot.waitSignal(page.practise, timeout=2000) as signal:
        page.next_panel.browser.anchorClicked.emit(QUrl("practise:0"))
    assert signal.args == [scenario, level]


def test_a_newcomer_and_a_refresh_after_practice(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.newcomer)
    assert page.sessions.model.rowCount() == 0 and not page.trend.series[0].points
    assert page.next_panel.choices == []
    assert page.bars.bars == () and not page.sessions.open_button.isEnabled()
    started = start_session(world.db, world.newcomer.id, world.library[0], started_at=NOW)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh_button.click()
    assert page.sessions.model.rowCount() == 1 and page.sessions.model.summary(0).session.id == started.id


def test_a_database_error_is_shown_not_raised(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    page = HistoryPage()
    qtbot.addWidget(page)
    ghost = TraineeInfo(uuid4(), "Không có", "", "", "vi", False, NOW)
    with qtbot.waitSignal(page.failed, timeout=10000) as signal:
        page.set_context(world.db, ghost, world.library)
    assert str(ghost.id) in signal.args[0]
    assert str(ghost.id) in page.stats.text() and page.sessions.model.rowCount() == 0
    assert page.refresh_button.isEnabled()


def test_clicking_a_principle_bar_draws_its_trend(qtbot, world: HistoryWorld) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, world, world.lan)
    page.bars.repaint()
    rows = page.bars.row_rects()
    last = page.bars.bars[-1]
    qtbot.mouseClick(page.bars, Qt.MouseButton.LeftButton, pos=rows[-1].center().toPoint())
    assert page.trend_choice.currentData() == last.key
    assert page.trend.series[1].label == principle_label(last.key)
    page.trend_choice.setCurrentIndex(0)  # the overall score alone
    assert len(page.trend.series) == 1
