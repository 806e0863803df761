"""A shared database: what one laptop writes appears in the trainer's control view on
another within 3 seconds. Two real app processes on a real PostgreSQL server, and the
live refresh on both backends with separate database connections."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.conftest import BACKENDS, postgres_admin_url, schema_url
from trainer.content.loader import load_scenario
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer
from trainer.storage import trainees
from trainer.storage.engine import Database, connect, open_database
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.workshops import create_workshop
from trainer.ui.application import create_application
from trainer.ui.tasks import wait_for_tasks
from trainer.ui.workshop import ControlView, RunController
from trainer.ui.workshop.answers_panel import AnswersPanel

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"
LAPTOP = Path(__file__).with_name("workshop_laptop.py")
ANSWER = "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà."


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema for the test (dropped afterwards)."""
    import uuid

    from sqlalchemy import create_engine

    admin = postgres_admin_url()
    schema = f"test_ws_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield schema_url(admin, schema)
        with engine.connect() as conn:
            conn.exec_driver_sql("SET lock_timeout = '20s'")
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


def settle(qtbot, *views) -> None:  # type: ignore[no-untyped-def]
    for v in views:
        (v if isinstance(v, AnswersPanel) else v.answers).stop()
    qtbot.waitUntil(lambda: wait_for_tasks(50), timeout=15000)
    qtbot.wait(50)


@pytest.mark.postgres
def test_an_answer_from_another_app_process_appears_in_the_control_view_within_3_s(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, scenario: Scenario, tmp_path: Path
) -> None:
    create_application(["test"], language="en")
    db = open_database(pg_url, data_dir=tmp_path)
    try:
        trainer_laptop = trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An")
        other_laptop = trainees.create_trainee(db, "Trần Văn Bình", unit="Trường THCS Kim Đồng")
        ws = create_workshop(db, "Tập huấn", trainer="Cô Hạnh", members=[trainer_laptop.id, other_laptop.id])
        control = ControlView(RunController(db, ws, [trainer_laptop, other_laptop], scenario, scorer=score_answer))
        qtbot.addWidget(control)
        control.show()
        feed = control.answers.feed
        assert feed is not None and feed.running
        qtbot.waitUntil(lambda: feed.polls >= 1, timeout=10000)

        proc = subprocess.Popen(
            [
                sys.executable,
                str(LAPTOP),
                pg_url,
                str(tmp_path),
                str(ws.id),
                str(other_laptop.id),
                str(SCENARIO),
                ANSWER,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout or ()), daemon=True)
        reader.start()
        qtbot.waitUntil(lambda: bool(lines) or proc.poll() is not None, timeout=60000)
        assert lines, proc.stderr.read() if proc.stderr else ""
        kind, answer_id, committed_at = lines[0].split()
        assert kind == "saved", lines
        qtbot.waitUntil(lambda: any(str(a) == answer_id for a in control.answers.order), timeout=5000)
        seen_after = time.time() - float(committed_at)
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""

        print(f"seen {seen_after:.2f} s after the commit")
        assert seen_after <= 3.0, f"the answer took {seen_after:.2f} s to appear"
        shown = control.answers.answers[next(a for a in control.answers.order if str(a) == answer_id)]
        assert (shown.trainee_name, shown.answer.answer_text) == ("Trần Văn Bình", ANSWER)
        row = control.answers.order.index(shown.id)
        assert control.answers.table.item(row, 1).text() == "Trần Văn Bình"
        assert control.answers.current() is not None and control.answers.current().id == shown.id  # type: ignore[union-attr]
        assert control.controller.answers == []  # written by the other laptop, not by this run
        settle(qtbot, control)
    finally:
        wait_for_tasks(10000)
        db.close()


def test_live_refresh_sees_answers_and_reviews_from_another_connection(  # type: ignore[no-untyped-def]
    qtbot, url: str, scenario: Scenario, tmp_path: Path
) -> None:
    create_application(["test"], language="en")
    here = open_database(url, data_dir=tmp_path)
    there = open_database(url, data_dir=tmp_path)  # another laptop: its own engine and connections
    try:
        person = trainees.create_trainee(here, "Lê Thu Hà")
        ws = create_workshop(here, "Tập huấn", members=[person.id])
        panel = AnswersPanel(here, ws.id, reviewer="Cô Hạnh", interval_ms=500)
        qtbot.addWidget(panel)
        writer = RunController(there, ws, [person], scenario, scorer=score_answer)
        writer.next_turn()
        assert writer.submit(ANSWER)
        qtbot.waitUntil(lambda: len(writer.answers) == 1, timeout=10000)
        saved_at = time.monotonic()
        answer_id = writer.answers[0].id
        qtbot.waitUntil(lambda: answer_id in panel.answers, timeout=3000)
        assert time.monotonic() - saved_at <= 3.0
        assert panel.current() is not None and panel.current().id == answer_id  # type: ignore[union-attr]

        # An observer on the other laptop reviews it: the change arrives too.
        review_answer(
            there, answer_id, reviewer="Thầy Minh", comment="Thiếu lời hứa cập nhật.",
            overrides={"follow_up": ScoreOverride(20, "missed")},
        )  # fmt: skip
        qtbot.waitUntil(lambda: len(panel.answers[answer_id].reviews) == 1, timeout=3000)
        assert panel.table.item(0, 4).text() == "✎ 1"
        assert "Thiếu lời hứa cập nhật." in panel.scoring.reviews.text()
        assert panel.answers[answer_id].answer.score("follow_up").score == 20
        settle(qtbot, panel)
    finally:
        wait_for_tasks(10000)
        there.close()
        here.close()


def test_a_lost_connection_is_reported_once_and_polling_goes_on(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import uuid

    create_application(["test"], language="en")
    unreachable: Database = connect("postgresql://trainer@127.0.0.1:1/none", data_dir=tmp_path)
    try:
        panel = AnswersPanel(unreachable, uuid.uuid4(), interval_ms=200)
        qtbot.addWidget(panel)
        assert panel.feed is not None
        lost: list[str] = []
        panel.feed.connection_lost.connect(lost.append)
        qtbot.waitUntil(lambda: panel.feed is not None and panel.feed.polls >= 3, timeout=15000)
        assert len(lost) == 1 and panel.feed.running
        assert panel.status.text().startswith("The shared database does not answer; retrying every second.")
        settle(qtbot, panel)
    finally:
        unreachable.close()
