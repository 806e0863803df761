"""Speech test set-up: real espeak-ng through pyttsx3, a private cache, small helpers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from trainer.content.loader import load_scenario
from trainer.domain.scenario import Scenario
from trainer.speech.cache import SpeechCache
from trainer.speech.pyttsx3_engine import Pyttsx3Engine

ROOT = Path(__file__).resolve().parents[2]
VI_SCENARIO = ROOT / "scenarios" / "tre-bi-bo-quen-tren-xe-dua-don.json"
EN_SCENARIO = ROOT / "scenarios" / "en-exam-marking-error.json"
QUESTION_VI = "Thưa thầy, xin thầy cho biết có bao nhiêu học sinh bị ảnh hưởng trong vụ việc này?"

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def syllables(text: str) -> int:
    """Vietnamese is written one syllable per space-separated word."""
    return len([w for w in text.split() if any(ch.isalpha() for ch in w)])


@pytest.fixture
def cache(tmp_path: Path) -> SpeechCache:
    return SpeechCache(tmp_path / "tts-cache")


@pytest.fixture(scope="module")
def engine() -> Iterator[Pyttsx3Engine]:
    """One warm worker per test module (as the app keeps one); tests that kill it use their own."""
    e = Pyttsx3Engine()
    yield e
    e.close()


@pytest.fixture(scope="session")
def vi_scenario() -> Scenario:
    return load_scenario(VI_SCENARIO)


@pytest.fixture(scope="session")
def en_scenario() -> Scenario:
    return load_scenario(EN_SCENARIO)
