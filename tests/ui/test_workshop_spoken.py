"""A workshop turn answered aloud, end to end: the virtual PulseAudio microphone "hears"
espeak-ng saying the answer, the control view records it (Space in the empty answer box),
the transcript dialog measures, transcribes (a real Vosk model) and lets the trainer
correct it, and the answer lands in the database with its recording, the raw and the
corrected transcript, the delivery measures and scores — in the trainee's workshop
session. Without a model the answer is scored on its delivery only and marked for review.
The room's screen shows nothing of it until the turn is answered, and no score until
revealed; the scoring panel plays the recording."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.speech.audio import Assembled, VirtualMicrophone
from tests.ui import test_spoken_answer as solo
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.settings import Settings
from trainer.speech.wavfile import BYTES_PER_SECOND, read_samples
from trainer.storage import answers as answer_store
from trainer.storage import sessions, trainees
from trainer.storage.engine import Database, open_database
from trainer.storage.workshops import create_workshop, workshop_answers
from trainer.ui.application import create_application
from trainer.ui.tasks import wait_for_tasks
from trainer.ui.transcript_dialog import TranscriptDialog
from trainer.ui.workshop import ControlView
from trainer.ui.workshop.run import RunController

ROOT = Path(__file__).resolve().parents[2]
CORRECTED, SCENARIO, korean_model = solo.CORRECTED, solo.SCENARIO, solo.korean_model
mic, answer_audio = solo.mic, solo.answer_audio  # the same fixtures: the virtual microphone, the spoken answer

pytestmark = [
    pytest.mark.audio,
    pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("sox") is None, reason="espeak-ng, sox"),
]


class Host(QWidget):
    """Stands for the main window: the control view finds its settings up the parents."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        QVBoxLayout(self)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'progress.sqlite3'}", data_dir=tmp_path / "data")
    yield database
    wait_for_tasks(10000)
    database.close()


def run_view(qtbot, db: Database, settings: Settings) -> tuple[ControlView, RunController, Any]:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    person = trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An")
    ws = create_workshop(db, "Tập huấn truyền thông", members=[person.id])
    scenario = load_scenario(ROOT / "scenarios" / f"{SCENARIO}.json")
    c = RunController(db, ws, [person], scenario, scorer=score_answer, mode="rounds")
    host = Host(settings)
    qtbot.addWidget(host)
    control = ControlView(c, host, live=False)
    host.layout().addWidget(control)  # type: ignore[union-attr]
    host.resize(1400, 860)
    host.show()
    control.host = host  # type: ignore[attr-defined]  # kept alive with the view
    return control, c, person


def speak(qtbot, control: ControlView, mic: VirtualMicrophone, audio: Assembled) -> TranscriptDialog:  # type: ignore[no-untyped-def]
    panel = control.spoken.panel
    assert panel.isVisibleTo(control) and panel.max_seconds == 60
    qtbot.waitUntil(lambda: any(m.id == mic.source for m in panel.recorder.microphones()), timeout=5000)
    control.answer.setFocus()
    qtbot.keyClick(control.answer, Qt.Key.Key_Space)  # Space in the empty answer box records
    qtbot.waitUntil(lambda: panel.state == panel.RECORDING, timeout=5000)
    assert control.controller.clock_running  # the answer is under way: the room's clock runs
    assert not control.answer.isEnabled() and not control.submit_button.isEnabled()
    feeder = mic.feed(audio.pcm())
    qtbot.waitUntil(feeder.done.is_set, timeout=audio.duration_s * 1000 + 10000)
    qtbot.waitUntil(lambda: panel.seconds >= audio.duration_s - 0.05, timeout=3000)
    qtbot.keyClick(panel.button, Qt.Key.Key_Space)  # Space again stops
    qtbot.waitUntil(lambda: panel.state == panel.DONE, timeout=5000)
    qtbot.waitUntil(lambda: control.spoken.dialog_open, timeout=5000)
    dialog = control.spoken.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    # while the words are corrected the room sees the question only: no transcript, no score
    stage = control.controller.stage()
    assert stage.phase in ("ready", "answering") and stage.answer_text == "" and stage.revealed is None
    assert control.preview.answer.text() == ""
    return dialog


def test_a_workshop_turn_answered_aloud_is_transcribed_corrected_scored_and_stored(  # type: ignore[no-untyped-def]
    qtbot, db: Database, mic: VirtualMicrophone, answer_audio: Assembled
) -> None:
    settings = Settings(microphone_id=mic.source, max_answer_seconds=60, speech_model_vi=korean_model())
    control, c, person = run_view(qtbot, db, settings)
    control.next_turn()
    dialog = speak(qtbot, control, mic, answer_audio)
    assert dialog.transcript is not None and dialog.transcript.words and dialog.raw_text
    assert "Nguyễn Thị Lan" in dialog.windowTitle()
    dialog.edit.setPlainText(CORRECTED)  # the trainer corrects what the computer misheard
    qtbot.mouseClick(dialog.score_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)

    record = answer_store.get_answer(db, dialog.answer_id)
    assert record.input_mode == "spoken" and not record.needs_review
    assert record.answer_text == CORRECTED and record.transcript_raw == dialog.raw_text
    assert record.transcription is not None and record.transcription["edited"] is True
    assert record.transcription["scored_on"] == "transcript" and record.transcription["engine"] == "vosk"
    assert record.audio_path == f"audio/{person.id}/{record.id}.wav"
    samples, rate = read_samples(db.data_dir / record.audio_path)
    assert len(samples) / rate == pytest.approx(answer_audio.duration_s, rel=0.10)
    d = record.delivery
    assert d is not None and d["pauses_long"] == 1
    assert d["speaking_time_s"] == pytest.approx(answer_audio.speaking_s, rel=0.10)
    assert d["onset_in_take_s"] == pytest.approx(1.0, abs=0.15)
    assert record.latency_ms == round(d["onset_latency_s"] * 1000)
    assert record.score("delivery").score is not None and record.score("timeliness").score is not None
    assert record.score("empathy").status in ("met", "partly")  # "lo lắng cho các em" was read
    (session,) = sessions.list_sessions(db, person.id)
    assert session.mode == "workshop" and session.workshop_id == c.workshop.id
    assert [a.answer.id for a in workshop_answers(db, c.workshop.id)] == [record.id]

    # the room: the answer once answered, its scores only when revealed
    assert c.stage().revealed is None and not control.preview.scores.isVisibleTo(control.preview)
    control.toggle_reveal()
    assert c.stage().revealed is not None and c.stage().revealed.answer.overall == record.overall
    # the scoring panel plays the recording
    scoring = control.answers.scoring
    assert scoring.answer is not None and scoring.answer.id == record.id
    assert scoring.play_button.isVisibleTo(scoring) and scoring.play_button.isEnabled()
    assert "0:0" in scoring.play_button.text() and scoring.spoken_note.isVisibleTo(scoring)
    control.close()
    qtbot.waitUntil(lambda: wait_for_tasks(50), timeout=10000)


def test_without_a_model_the_workshop_answer_is_scored_on_delivery_and_left_for_review(  # type: ignore[no-untyped-def]
    qtbot, db: Database, mic: VirtualMicrophone, answer_audio: Assembled
) -> None:
    control, c, person = run_view(qtbot, db, Settings(microphone_id=mic.source, max_answer_seconds=60))
    control.next_turn()
    c.start_clock()  # the trainer starts the clock as the question is put
    qtbot.wait(300)
    dialog = speak(qtbot, control, mic, answer_audio)
    assert dialog.transcript is None and dialog.latency_before_s >= 0.25
    assert not dialog.score_button.isEnabled() and dialog.delivery_button.isEnabled()
    qtbot.mouseClick(dialog.delivery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.phase == "answered", timeout=10000)

    record = answer_store.get_answer(db, dialog.answer_id)
    assert record.input_mode == "spoken" and record.needs_review and record.answer_text == ""
    assert record.transcript_raw is None and record.transcription["scored_on"] == "delivery"
    assert record.score("delivery").score is not None and record.score("timeliness").score is not None
    assert record.score("empathy").status == "not_applicable"
    assert record.delivery is not None and (db.data_dir / record.audio_path).is_file()
    assert record.delivery["onset_latency_s"] >= 0.25 + 1.0 - 0.15  # timed from the clock's start
    (session,) = sessions.list_sessions(db, person.id)
    assert session.mode == "workshop"
    assert c.stage().answer_text == "" and c.stage().revealed is None
    scoring = control.answers.scoring
    assert scoring.play_button.isEnabled() and scoring.spoken_note.isVisibleTo(scoring)
    assert "nội dung" in scoring.spoken_note.text()  # listen and score the content
    control.close()
    qtbot.waitUntil(lambda: wait_for_tasks(50), timeout=10000)


def test_a_skipped_turn_saves_no_take(qtbot, db: Database, mic: VirtualMicrophone) -> None:  # type: ignore[no-untyped-def]
    control, c, person = run_view(qtbot, db, Settings(microphone_id=mic.source, max_answer_seconds=60))
    control.next_turn()
    panel = control.spoken.panel
    qtbot.waitUntil(lambda: any(m.id == mic.source for m in panel.recorder.microphones()), timeout=5000)
    qtbot.keyClick(control.answer, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.state == panel.RECORDING, timeout=5000)
    feeder = mic.feed(b"\0\0" * int(BYTES_PER_SECOND / 2))
    qtbot.waitUntil(feeder.done.is_set, timeout=5000)
    c.skip()  # the trainer skips the question while the trainee speaks
    qtbot.waitUntil(lambda: panel.state == panel.DONE, timeout=5000)
    qtbot.wait(200)
    assert control.spoken.dialog is None and not panel.isEnabled()
    assert sessions.list_sessions(db, person.id) == []
    control.close()
