"""`python main.py selftest` from source: every check passes here, and a broken part fails
its own check with a clear line while the others still run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from trainer.commands.selftest import CheckFailed, judge_speech

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("scenarios", "database", "speech", "translations", "qt-multimedia", "qt-speech", "transcription")


def selftest(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "selftest"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def status(out: str) -> dict[str, str]:
    """check name -> "ok" or "FAILED", from the lines the command prints."""
    found = {}
    for line in out.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("ok", "FAILED"):
            found[rest.split()[0]] = word
    return found


@pytest.mark.audio
def test_selftest_passes_from_source() -> None:
    out = selftest()
    assert out.returncode == 0, out.stdout + out.stderr
    assert status(out.stdout) == dict.fromkeys(CHECKS, "ok")
    scenarios = len(list((ROOT / "scenarios").glob("*.json")))
    assert f"{scenarios} bundled scenarios load without errors" in out.stdout
    assert "espeak spoke question" in out.stdout and "voice aav/vi" in out.stdout  # a Vietnamese voice
    assert 'vi "Luyện tập trả lời báo chí"' in out.stdout
    assert "Self-test passed: all 7 checks." in out.stdout
    assert "Traceback" not in out.stderr
    assert not Path(os.environ["TRAINER_DATA_DIR"]).exists()  # the user's data is not touched


@pytest.mark.audio
def test_a_broken_bundled_scenario_fails_the_scenario_check_only(tmp_path: Path) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json", folder)
    (folder / "hong.json").write_text('{"id": "hong", "questions": [', encoding="utf-8")
    out = selftest(TRAINER_BUNDLED_SCENARIOS=str(folder))
    assert out.returncode == 1
    assert status(out.stdout) == {**dict.fromkeys(CHECKS, "ok"), "scenarios": "FAILED"}
    line = next(x for x in out.stdout.splitlines() if x.startswith("FAILED"))
    assert "1 of 2 bundled scenario(s) have errors" in line
    assert "hong.json" in line
    assert "What to do: run `validate`" in line
    assert "Self-test FAILED: 1 of 7 checks." in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def test_a_speech_engine_that_cannot_start_fails_the_speech_check() -> None:
    out = selftest(TRAINER_PYTTSX3_DRIVER="no-such-driver")
    assert out.returncode == 1
    assert status(out.stdout)["speech"] == "FAILED"
    assert status(out.stdout)["database"] == "ok"
    assert "could not speak a vi question" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def write_wav(path: Path, seconds: float, amplitude: int) -> Path:
    rate = 22050
    frames = int(rate * seconds)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(((amplitude if i % 50 < 25 else -amplitude) & 0xFFFF).to_bytes(2, "little") for i in range(frames))
        )
    return path


def test_speech_judgement_accepts_a_plausible_question(tmp_path: Path) -> None:
    stats = judge_speech(write_wav(tmp_path / "q.wav", 6.0, 12000), chars=100)
    assert stats.duration_s == pytest.approx(6.0, abs=0.01)


@pytest.mark.parametrize(
    ("seconds", "amplitude", "reason"),
    [(6.0, 0, "is silent"), (0.2, 12000, "implausible for 100 characters"), (40.0, 12000, "implausible")],
)
def test_speech_judgement_rejects_silence_and_wrong_lengths(
    tmp_path: Path, seconds: float, amplitude: int, reason: str
) -> None:
    with pytest.raises(CheckFailed, match=reason):
        judge_speech(write_wav(tmp_path / "q.wav", seconds, amplitude), chars=100)


def test_speech_judgement_rejects_a_file_that_is_not_a_wav(tmp_path: Path) -> None:
    bad = tmp_path / "q.wav"
    bad.write_bytes(b"RIFF????not a wave file")
    with pytest.raises(CheckFailed, match="not a readable PCM WAV"):
        judge_speech(bad, chars=100)
