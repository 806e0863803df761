"""`python main.py tts --scenario FILE --out DIR`: one WAV per question, for a room without the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.speech.conftest import ROOT, VI_SCENARIO, needs_espeak, syllables
from trainer import cli
from trainer.content.loader import load_scenario
from trainer.speech.wavinfo import wav_stats

pytestmark = [needs_espeak, pytest.mark.audio]


def test_tts_writes_every_question_to_a_wav_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = load_scenario(VI_SCENARIO)
    out = tmp_path / "out"
    assert cli.run(["tts", "--scenario", str(VI_SCENARIO), "--out", str(out)]) == 0
    wavs = sorted(out.glob("*.wav"))
    assert len(wavs) == len(scenario.questions)
    assert wavs[0].name == f"01-{scenario.main_sequence[0].id}.wav"
    by_id = {q.id: q for q in scenario.questions}
    for wav in wavs:
        question = by_id[wav.stem.split("-", 1)[1]]
        stats = wav_stats(wav)
        assert stats.rms > 0.02 and 0.08 < stats.duration_s / syllables(question.text) < 0.4, wav.name
    index = (out / "questions.txt").read_text(encoding="utf-8").splitlines()
    assert len(index) == len(wavs) and index[0].startswith(wavs[0].name + "\t")
    assert f"{len(wavs)} of {len(wavs)} question(s) written" in capsys.readouterr().out


def test_tts_runs_from_main_py_and_lists_vietnamese_voices() -> None:
    out = subprocess.run(
        [sys.executable, "main.py", "tts", "--voices", "--lang", "vi"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    ids = [line.split("\t")[0] for line in out.stdout.splitlines()]
    assert "aav/vi" in ids and all(i.startswith("aav/vi") for i in ids)


def test_tts_refuses_an_invalid_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "id": "x"}', encoding="utf-8")
    assert cli.run(["tts", "--scenario", str(bad), "--out", str(tmp_path / "o")]) == 1
    assert "not a valid scenario" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
