"""A scenario's questions turned into cached audio files with one file engine (no Qt).

Used by the speech service's background thread and by ``python main.py tts``. Blocking.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.scenario import Question, Scenario
from trainer.domain.text import nfc
from trainer.speech.cache import SpeechCache, cache_key
from trainer.speech.engine import FileSpeechEngine, NoVoice, SpeechError, VoiceChoice
from trainer.speech.voices import choose_voices

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Utterance:
    """One question as spoken: its NFC text, the voice it is spoken with and its cache key."""

    question_id: str
    text: str
    choice: VoiceChoice
    key: str


@dataclass(frozen=True)
class VoicePlan:
    """The voices of one scenario's journalists in one engine."""

    scenario_id: str
    language: str
    engine: str
    choices: dict[str, VoiceChoice]

    def utterance(self, question: Question) -> Utterance:
        choice = self.choices[question.journalist]
        text = nfc(question.text).strip()
        key = cache_key(text, self.engine, choice.voice_id, choice.rate, choice.pitch)
        return Utterance(question.id, text, choice, key)


def speaking_order(scenario: Scenario) -> list[Question]:
    """Questions in the order they are likely asked: the main sequence, then follow-ups."""
    main = list(scenario.main_sequence)
    return main + [q for q in scenario.questions if q.follow_up_only]


class Synthesizer:
    def __init__(self, engine: FileSpeechEngine, cache: SpeechCache, *, base_rate: float = 1.0) -> None:
        self.engine = engine
        self.cache = cache
        self.base_rate = base_rate
        #: how many times the engine was asked to synthesise (cache hits do not count)
        self.synthesized = 0
        self._lock = threading.Lock()

    def plan(self, scenario: Scenario) -> VoicePlan:
        """Choose the voices; raises :class:`NoEngine` or :class:`NoVoice`."""
        voices = self.engine.voices()
        choices = choose_voices(
            scenario.journalists,
            scenario.language,
            voices,
            base_rate=self.base_rate,
            supports_pitch=self.engine.supports_pitch,
            engine=self.engine.name,
        )
        for c in choices.values():
            log.info(
                "scenario %s: journalist %s speaks with %s (rate %.2f, pitch %.2f)",
                *(scenario.id, c.journalist_id, c.voice_id, c.rate, c.pitch),
            )
        return VoicePlan(scenario.id, scenario.language, self.engine.name, choices)

    def cached(self, utterance: Utterance) -> Path | None:
        return self.cache.get(utterance.key)

    def render(self, utterance: Utterance) -> Path:
        """The audio file of ``utterance``: from the cache, else synthesised into it."""
        with self._lock:  # two threads asking for the same text synthesise it once
            hit = self.cache.get(utterance.key)
            if hit is not None:
                return hit
            choice = utterance.choice
            self.synthesized += 1
            try:
                return self.cache.put(
                    utterance.key,
                    lambda tmp: self.engine.synthesize(utterance.text, choice.voice_id, choice.rate, choice.pitch, tmp),
                )
            except NoVoice as exc:
                raise NoVoice(choice.language, engine=self.engine.name, message=str(exc)) from exc
            except OSError as exc:
                raise SpeechError(f"cannot write the speech cache: {exc}", engine=self.engine.name) from exc
