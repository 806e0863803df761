"""Recording through the app's recorder from a real PulseAudio virtual microphone.

The test writes espeak-ng speech into the microphone's FIFO in real time while the recorder
records; the saved WAV must be 16 kHz mono, hold speech, and last as long as what was
written (±10 %). A microphone that disappears mid-answer leaves its partial take.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from trainer.speech.delivery import analyse_file
from trainer.speech.recorder import Recorder, Take
from trainer.speech.wavfile import BYTES_PER_SECOND, SAMPLE_RATE, PcmConverter, WavWriter, read_samples

from .audio import VirtualMicrophone, assemble, needs_sox, speech
from .conftest import needs_espeak

pytestmark = [pytest.mark.audio]

ANSWER = "Chúng tôi rất lấy làm tiếc và đang xác minh thông tin"
#: Capture figures of the last run (printed with -s; quoted in the report).
FIGURES: dict[str, float] = {}


@pytest.fixture
def microphone(tmp_path: Path) -> Iterator[VirtualMicrophone]:
    """The shared virtual microphone of ./dev.sh test, else a private one for this test."""
    shared = VirtualMicrophone.shared()
    if shared is not None:
        shared.drain()
        yield shared
        shared.drain()
        return
    mic = VirtualMicrophone.load(tmp_path)
    yield mic
    mic.unload()


@pytest.fixture
def private_microphone(tmp_path: Path) -> Iterator[VirtualMicrophone]:
    """One this test may unplug."""
    mic = VirtualMicrophone.load(tmp_path)
    yield mic
    mic.unload()


@pytest.fixture
def recorder(qtbot) -> Iterator[Recorder]:  # type: ignore[no-untyped-def]
    r = Recorder()
    yield r
    r.shutdown()


def wait_listed(qtbot, recorder: Recorder, source: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(m.id == source for m in recorder.microphones()), timeout=5000)


@needs_espeak
@needs_sox
def test_the_recorder_saves_what_the_microphone_hears(
    qtbot, recorder: Recorder, microphone: VirtualMicrophone, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wait_listed(qtbot, recorder, microphone.source)
    fixture = assemble([0.6, speech(ANSWER), 0.6], noise_dbfs=-55)
    pcm = fixture.pcm()
    levels: list[float] = []
    recorder.level.connect(lambda db, _s: levels.append(db))
    target = tmp_path / "audio" / "trainee" / "answer.wav"
    with qtbot.waitSignal(recorder.started, timeout=5000) as started:
        recorder.start(target, device_id=microphone.source, max_seconds=60)
    assert started.args[1] is False  # the chosen device, not a fallback
    feeder = microphone.feed(pcm)
    qtbot.waitUntil(feeder.done.is_set, timeout=fixture.duration_s * 1000 + 10000)
    qtbot.wait(150)  # the last chunk travels through PulseAudio
    with qtbot.waitSignal(recorder.finished, timeout=5000) as finished:
        recorder.stop()
    take: Take = finished.args[0]

    assert take.reason == "stopped" and take.complete and take.path == target
    with wave.open(str(target), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
        frames = w.getnframes()
    written_s = len(pcm) / BYTES_PER_SECOND
    FIGURES.update(
        bytes_written=len(pcm), bytes_captured=take.bytes_captured, written_s=written_s, saved_s=frames / SAMPLE_RATE
    )
    print(f"\ncapture: wrote {len(pcm)} bytes ({written_s:.3f} s), captured {take.bytes_captured} bytes, "
          f"saved {frames / SAMPLE_RATE:.3f} s")  # fmt: skip
    assert frames / SAMPLE_RATE == pytest.approx(written_s, rel=0.10)
    samples, _ = read_samples(target)
    assert float(np.sqrt(np.mean(samples**2))) > 0.01  # not silence
    found = analyse_file(target)
    assert found.heard_speech and found.speaking_time_s == pytest.approx(fixture.speaking_s, rel=0.10)
    assert found.onset_s is not None and found.onset_s < 1.0
    assert levels and max(levels) > -30 and take.peak_dbfs == pytest.approx(max(levels))


def test_the_maximum_length_stops_the_take(
    qtbot, recorder: Recorder, microphone: VirtualMicrophone, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wait_listed(qtbot, recorder, microphone.source)
    tone = (0.3 * np.sin(2 * np.pi * 220 * np.arange(3 * SAMPLE_RATE) / SAMPLE_RATE)).astype(np.float32)
    pcm = np.round(tone * 32767).astype("<i2").tobytes()
    with qtbot.waitSignal(recorder.started, timeout=5000):
        recorder.start(tmp_path / "long.wav", device_id=microphone.source, max_seconds=1.0)
    feeder = microphone.feed(pcm)
    with qtbot.waitSignal(recorder.finished, timeout=8000) as finished:
        pass
    take: Take = finished.args[0]
    assert take.reason == "max_length" and take.complete
    assert take.duration_s == pytest.approx(1.0, abs=0.001)
    with wave.open(str(tmp_path / "long.wav"), "rb") as w:
        assert w.getnframes() == SAMPLE_RATE
    microphone.finish(feeder)


def test_a_microphone_that_disappears_keeps_the_partial_take(
    qtbot, recorder: Recorder, private_microphone: VirtualMicrophone, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mic = private_microphone
    wait_listed(qtbot, recorder, mic.source)
    tone = (0.3 * np.sin(2 * np.pi * 330 * np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE)).astype(np.float32)
    pcm = np.round(tone * 32767).astype("<i2").tobytes()
    with qtbot.waitSignal(recorder.started, timeout=5000):
        recorder.start(tmp_path / "partial.wav", device_id=mic.source, max_seconds=60)
    feeder = mic.feed(pcm)
    qtbot.waitUntil(lambda: feeder.written >= int(1.5 * BYTES_PER_SECOND), timeout=6000)
    mic.unload()  # unplugged: PulseAudio removes the source mid-answer
    with qtbot.waitSignal(recorder.finished, timeout=8000) as finished:
        pass
    take: Take = finished.args[0]
    assert take.reason == "device_lost" and not take.complete
    assert take.duration_s == pytest.approx(feeder.written / BYTES_PER_SECOND, rel=0.10)
    samples, rate = read_samples(tmp_path / "partial.wav")  # a valid WAV, kept
    assert rate == SAMPLE_RATE and len(samples) / rate == pytest.approx(take.duration_s, abs=0.01)
    assert float(np.max(np.abs(samples))) > 0.2
    assert not recorder.recording
    assert feeder.done.wait(5)


def test_a_missing_chosen_microphone_falls_back_to_the_default(qtbot, recorder: Recorder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not recorder.microphones():
        pytest.skip("no audio input at all")
    with qtbot.waitSignal(recorder.started, timeout=5000) as started:
        recorder.start(tmp_path / "fallback.wav", device_id="usb-headset-that-is-not-here", max_seconds=5)
    assert started.args[1] is True
    with qtbot.waitSignal(recorder.finished, timeout=5000):
        recorder.stop()


def test_no_microphone_at_all_fails_clearly(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recorder = Recorder(devices=lambda: [])
    assert recorder.microphones() == []
    with qtbot.waitSignal(recorder.failed, timeout=2000) as failed:
        recorder.start(tmp_path / "x.wav")
    assert failed.args[0] == "no_device"
    assert not (tmp_path / "x.wav").exists() and not recorder.recording


# --- the pieces ------------------------------------------------------------------------------------


def test_the_wav_header_is_valid_while_the_take_is_written(tmp_path: Path) -> None:
    path = tmp_path / "growing.wav"
    writer = WavWriter(path)
    second = np.full(SAMPLE_RATE, 1000, dtype="<i2").tobytes()
    for _ in range(3):
        writer.write(second)
    with wave.open(str(path), "rb") as w:  # readable by anyone before close()
        assert w.getnframes() == 3 * SAMPLE_RATE
    writer.close()
    assert writer.duration_s == 3.0
    with pytest.raises(ValueError):
        WavWriter(tmp_path / "odd.wav").write(b"\x01")


@pytest.mark.parametrize(
    ("rate", "channels", "fmt"), [(48000, 2, "f32"), (44100, 1, "s16"), (8000, 1, "u8"), (16000, 2, "s32")]
)
def test_any_device_format_becomes_16k_mono(rate: int, channels: int, fmt: str) -> None:
    seconds = 1.0
    t = np.arange(int(rate * seconds)) / rate
    wave_ = 0.5 * np.sin(2 * np.pi * 440 * t)
    frames = np.repeat(wave_[:, None], channels, axis=1).reshape(-1)
    if fmt == "f32":
        raw = frames.astype("<f4").tobytes()
    elif fmt == "s16":
        raw = np.round(frames * 32767).astype("<i2").tobytes()
    elif fmt == "s32":
        raw = np.round(frames * 2147483647).astype("<i4").tobytes()
    else:
        raw = np.round(frames * 127 + 128).astype("u1").tobytes()
    converter = PcmConverter(rate, channels, fmt)
    out = b"".join(converter.convert(raw[i : i + 997]) for i in range(0, len(raw), 997))  # odd chunk sizes
    x = np.frombuffer(out, dtype="<i2").astype(np.float64) / 32768
    assert len(x) == pytest.approx(SAMPLE_RATE * seconds, abs=3)
    crossings = np.count_nonzero(np.diff(np.sign(x[x != 0])) != 0)
    assert crossings == pytest.approx(2 * 440 * seconds, rel=0.02)  # the pitch survived
    assert float(np.max(np.abs(x))) == pytest.approx(0.5, abs=0.03)
