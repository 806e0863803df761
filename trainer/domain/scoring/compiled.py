"""Everything about a scenario that the scorer prepares once and reuses for every answer.

Compiled scenarios are cached by the scenario's content hash (or, for a scenario built in
memory without one, by a digest of its contents), so scoring an answer never rebuilds
word lists or phrase indexes.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from trainer.domain.scenario import Question, Scenario
from trainer.domain.scoring.keymessages import KeyMessageMatcher
from trainer.domain.scoring.lexicon import PHRASE_CATEGORIES, Lexicon, scenario_lexicon
from trainer.domain.scoring.matching import PhraseIndex, fold_word, tokenize
from trainer.domain.scoring.numbers import NumberReader, UnitInfo

CACHE_SIZE = 64


@dataclass(frozen=True)
class FactNumber:
    fact: str
    value: float
    unit: UnitInfo | None
    confirmed: bool


@dataclass
class CompiledQuestion:
    question: Question
    loaded: PhraseIndex
    #: What the model answer carries (filled in by the scorer on first use): facts given in
    #: full (a numeric fact with its figure), numeric facts only named, key messages delivered.
    model_facts: frozenset[str] | None = None
    model_named_facts: frozenset[str] | None = None
    model_messages: frozenset[str] | None = None


@dataclass
class CompiledScenario:
    scenario: Scenario
    language: str
    lexicon: Lexicon
    index: PhraseIndex
    numbers: NumberReader
    messages: KeyMessageMatcher
    fact_numbers: tuple[FactNumber, ...]
    stopwords: frozenset[str]
    #: Every figure in the scenario's own texts (value → unit groups; None for no unit).
    known_values: dict[float, set[str | None]] = field(default_factory=dict)
    _questions: dict[str, CompiledQuestion] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def question(self, question: Question) -> CompiledQuestion:
        with self._lock:
            found = self._questions.get(question.id)
            if found is None or (found.question is not question and found.question != question):
                loaded = PhraseIndex()
                loaded.add_all("loaded", question.loaded_words)
                found = CompiledQuestion(question, loaded)
                self._questions[question.id] = found
            return found


def compile_scenario(scenario: Scenario) -> CompiledScenario:
    language = scenario.language if scenario.language in ("vi", "en") else "en"
    lexicon = scenario_lexicon(language, scenario.lexicon)
    index = PhraseIndex()
    for category in PHRASE_CATEGORIES:
        if category == "stopwords":
            continue
        index.add_all(category, lexicon.get(category))
    for fact in scenario.facts:
        index.add_all("fact", fact.keywords, fact.id)
    for item in scenario.confidential:
        index.add_all("conf", item.reveal_phrases, item.id)

    base = NumberReader(lexicon)
    fact_numbers: list[FactNumber] = []
    extra_units: list[tuple[str, UnitInfo]] = []
    for fact in scenario.facts:
        if fact.number is None:
            continue
        value = float(fact.number)
        unit: UnitInfo | None = None
        if fact.unit:
            words = [t for t in tokenize(fact.unit)]
            if words:
                mult = base.multiplier(words[0])
                if mult is not None:
                    value *= mult
                    words = words[1:]
            unit_text = fact.unit[words[0].start :] if words else ""
            if unit_text:
                unit = base.unit_of(unit_text)
                if unit is None:
                    unit = UnitInfo(f"fact:{fold_word(words[0].text)}", "count", False)
                extra_units.append((unit_text, unit))
                if len(words) > 1:
                    extra_units.append((words[0].text, unit))
        fact_numbers.append(FactNumber(fact.id, value, unit, fact.confirmed))
    numbers = NumberReader(lexicon, extra_units)
    known: dict[float, set[str | None]] = {}
    for text in _scenario_texts(scenario):
        for m in numbers.read(tokenize(text), text):
            known.setdefault(m.value, set()).add(m.unit.group if m.unit else None)
    stopwords = frozenset(fold_word(w) for w in lexicon.get("stopwords"))
    return CompiledScenario(
        scenario=scenario,
        language=language,
        lexicon=lexicon,
        index=index,
        numbers=numbers,
        messages=KeyMessageMatcher(scenario.key_messages, stopwords),
        fact_numbers=tuple(fact_numbers),
        stopwords=stopwords,
        known_values=known,
    )


def _scenario_texts(scenario: Scenario) -> list[str]:
    """Texts whose figures are right by construction: facts, briefing, key messages, model answers."""
    b = scenario.briefing
    texts = [f.text for f in scenario.facts if f.confirmed]
    texts += [b.situation, *b.authorised_to_say]
    texts += [k.text for k in scenario.key_messages]
    texts += [q.model_answer for q in scenario.questions]
    return texts


_cache: OrderedDict[str, CompiledScenario] = OrderedDict()
_cache_lock = threading.Lock()


def cache_key(scenario: Scenario) -> str:
    if scenario.content_hash:
        return f"{scenario.id}:{scenario.content_hash}"
    digest = hashlib.sha256(repr(scenario).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{scenario.id}:mem:{digest}"


def compiled(scenario: Scenario) -> CompiledScenario:
    """The compiled form of *scenario*, built on first use and cached."""
    key = cache_key(scenario)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    built = compile_scenario(scenario)
    with _cache_lock:
        _cache[key] = built
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return built


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
