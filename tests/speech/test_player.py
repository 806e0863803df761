"""Qt playback of a real espeak-ng WAV: started → finished at its end, stop, replay.

Audio goes to whatever PulseAudio sink exists (here a null sink, "Dummy Output"); the test
asserts on the player's signals and timing, not on sound hardware."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.speech.conftest import needs_espeak
from trainer.speech.player import AudioPlayer
from trainer.speech.wavinfo import wav_stats

pytestmark = [needs_espeak, pytest.mark.audio]


@pytest.fixture(scope="module")
def short_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wav") / "xin-chao.wav"
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(path), "Xin chào."], check=True)
    return path


def test_a_wav_plays_to_its_end(qtbot, short_wav: Path) -> None:  # type: ignore[no-untyped-def]
    player = AudioPlayer()
    seconds = wav_stats(short_wav).duration_s
    began = time.monotonic()
    with qtbot.waitSignal(player.started, timeout=2000) as started:
        player.play(short_wav)
    assert started.args == [str(short_wav)] and player.is_playing()
    assert time.monotonic() - began < 0.5
    with qtbot.waitSignal(player.finished, timeout=int(seconds * 1000) + 3000):
        pass
    assert time.monotonic() - began >= seconds * 0.8  # played, not skipped
    assert not player.is_playing()
    assert abs(player.duration_ms() - seconds * 1000) < 5


def test_stop_interrupts_without_finishing_and_replay_starts_again(qtbot, short_wav: Path) -> None:  # type: ignore[no-untyped-def]
    player = AudioPlayer()
    finished: list[str] = []
    player.finished.connect(finished.append)
    with qtbot.waitSignal(player.started, timeout=2000):
        player.play(short_wav)
    with qtbot.waitSignal(player.stopped, timeout=1000):
        player.stop()
    assert not player.is_playing()
    with qtbot.waitSignal(player.started, timeout=2000):
        assert player.replay()
    with qtbot.waitSignal(player.finished, timeout=5000):
        pass
    assert finished == [str(short_wav)]  # the stopped run never reported finishing


def test_replay_before_anything_played_is_refused() -> None:
    assert AudioPlayer().replay() is False


def test_volume_is_clamped_to_0_1() -> None:
    player = AudioPlayer()
    player.set_volume(1.7)
    assert player.volume() == pytest.approx(1.0)
    player.set_volume(0.25)
    assert player.volume() == pytest.approx(0.25)
