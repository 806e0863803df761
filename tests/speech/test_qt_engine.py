"""Qt's QTextToSpeech as the second engine, exercised with Qt's own "mock" engine (the only
one that runs here: "speechd" needs a speech-dispatcher daemon)."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from trainer.domain.scenario import Journalist, Voice
from trainer.speech.engine import NoEngine, NoVoice
from trainer.speech.qt_engine import QtSpeechEngine, qt_rate
from trainer.speech.voices import choose_voices

pytestmark = pytest.mark.skipif("mock" not in QTextToSpeech.availableEngines(), reason="no Qt mock TTS engine")


def test_mock_voices_carry_language_and_gender(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = QtSpeechEngine("mock")
    voices = engine.voices()
    assert {"en-gb", "en-us"} <= {v.language for v in voices}
    assert {v.gender for v in voices} == {"female", "male"}
    journalists = [Journalist("a", "A", "X", "neutral", Voice("female")), Journalist("b", "B", "X", "neutral")]
    plan = choose_voices(journalists, "en", voices, engine="qt")
    assert plan["a"].voice_id != plan["b"].voice_id
    with pytest.raises(NoVoice):  # the mock engine has no Vietnamese
        choose_voices(journalists, "vi", voices, engine="qt")


def test_say_reports_start_and_finish(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = QtSpeechEngine("mock")
    voice = next(v for v in engine.voices() if v.language == "en-gb")
    with qtbot.waitSignals([engine.started, engine.finished], order="strict", timeout=5000):
        engine.say("Good morning.", voice.id, 1.2, 0.1)
    assert not engine.is_speaking()
    with pytest.raises(NoVoice):
        engine.say("x", "xx/none")


def test_an_engine_qt_does_not_have_is_no_engine(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = QtSpeechEngine("no-such-engine")
    assert not engine.available()
    with pytest.raises(NoEngine):
        engine.voices()


def test_rate_multiplier_maps_onto_qt_scale() -> None:
    assert (qt_rate(1.0), qt_rate(2.0), qt_rate(0.5), qt_rate(4.0)) == (0.0, 1.0, -1.0, 1.0)
