"""Choosing a voice for every journalist of a scenario (pure functions, no engine, no Qt).

Rules, in order:

1. only voices whose language is the scenario's language are ever used — a Vietnamese
   scenario never falls back to an English voice; with none, :class:`NoVoice` is raised;
2. among those, the journalist's accent (north / central / south) and gender decide;
3. journalists get different voices while unused matching voices remain;
4. journalists who must share a voice get a different pitch (when the engine can change
   it) or rate, so two journalists never sound the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from trainer.domain.scenario import Journalist
from trainer.domain.text import fold
from trainer.speech.engine import NoVoice, VoiceChoice, VoiceInfo, language_of

#: Windows locale ids (LCID) of the languages the app cares about, as SAPI 5 reports them.
_LCIDS = {0x042A: "vi-vn", 0x0409: "en-us", 0x0809: "en-gb", 0x0C09: "en-au", 0x1009: "en-ca"}
_LANGUAGE_NAMES = {"vietnamese": "vi", "tieng viet": "vi", "english": "en"}
_LOCALE_IN_ID = re.compile(r"(?:^|[^a-z])(vi|en)[-_]?(vn|us|gb|au|ca|in|ie|nz|za)(?:[^a-z]|$)", re.IGNORECASE)

RATE_MIN, RATE_MAX = 0.5, 2.0
PITCH_MIN, PITCH_MAX = -1.0, 1.0


def guess_language(voice_id: str, name: str, languages: Sequence[str] = ()) -> str:
    """A lower-case language tag for a voice, from what its engine reports.

    espeak-ng gives tags ("vi-vn-x-south"); macOS gives "vi_VN"; SAPI 5 gives an LCID in hex
    ("42a") or nothing, and then only the token id (``...MSTTS_V110_viVN_An``) or the
    description ("Microsoft An - Vietnamese (Vietnam)") says it.
    """
    for raw in languages:
        tag = str(raw).strip().lower().replace("_", "-")
        if not tag or tag == "unknown":
            continue
        if re.fullmatch(r"[0-9a-f]{3,4}(;[0-9a-f]{3,4})*", tag):
            lcid = int(tag.split(";")[0], 16)
            if lcid in _LCIDS:
                return _LCIDS[lcid]
            continue
        return tag
    match = _LOCALE_IN_ID.search(voice_id) or _LOCALE_IN_ID.search(name)
    if match:
        return f"{match.group(1)}-{match.group(2)}".lower()
    folded = fold(name)
    for word, tag in _LANGUAGE_NAMES.items():
        if word in folded:
            return tag
    return ""


def accent_of(voice: VoiceInfo) -> str | None:
    """ "north", "central", "south" for a Vietnamese voice when its tag or name says so."""
    if language_of(voice.language) != "vi":
        return None
    tag = voice.language.lower()
    name = fold(voice.name)
    if "central" in tag or re.search(r"\b(central|mien trung|hue)\b", name):
        return "central"
    if "south" in tag or re.search(r"\b(southern|south|mien nam|sai gon|saigon)\b", name):
        return "south"
    if re.search(r"\b(northern|north|mien bac|ha noi|hanoi)\b", name):
        return "north"
    return None


def voices_for_language(voices: Iterable[VoiceInfo], language: str) -> list[VoiceInfo]:
    """The voices that speak ``language`` (matching on the primary subtag only)."""
    want = language_of(language)
    return [v for v in voices if want and language_of(v.language) == want]


def _score(journalist: Journalist, voice: VoiceInfo) -> int:
    score = 0
    want_accent = journalist.voice.accent
    have_accent = accent_of(voice)
    if want_accent in ("north", "central", "south"):
        if have_accent == want_accent:
            score += 4
        elif have_accent is None:
            score += 1  # unknown accent beats a wrong one
    if journalist.voice.gender and voice.gender == journalist.voice.gender:
        score += 2
    return score


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _nudges(supports_pitch: bool) -> list[tuple[float, float]]:
    """(rate, pitch) offsets tried, in order, to tell apart journalists sharing a voice."""
    rates = [0.15, -0.15, 0.3, -0.3, 0.45, -0.45]
    if not supports_pitch:
        return [(r, 0.0) for r in rates]
    pitches = [0.35, -0.35, 0.7, -0.7]
    return [(0.0, p) for p in pitches] + [(r, p) for r in rates for p in (0.0, *pitches)]


def choose_voices(
    journalists: Sequence[Journalist],
    language: str,
    voices: Sequence[VoiceInfo],
    *,
    base_rate: float = 1.0,
    supports_pitch: bool = True,
    engine: str = "",
) -> dict[str, VoiceChoice]:
    """One :class:`VoiceChoice` per journalist id; raises :class:`NoVoice` when ``voices`` has
    none for ``language``. ``base_rate`` (the user's speech-rate setting) multiplies every rate."""
    usable = voices_for_language(voices, language)
    if not usable:
        available = tuple(sorted({language_of(v.language) for v in voices if v.language}))
        raise NoVoice(language, engine=engine, available_languages=available)
    used: dict[str, int] = {}
    taken: set[tuple[str, float, float]] = set()
    plan: dict[str, VoiceChoice] = {}
    for journalist in journalists:
        order = {v.id: i for i, v in enumerate(usable)}
        voice = min(usable, key=lambda v: (-_score(journalist, v), used.get(v.id, 0), order[v.id]))
        used[voice.id] = used.get(voice.id, 0) + 1
        rate = round(_clamp(journalist.voice.rate * base_rate, RATE_MIN, RATE_MAX), 3)
        pitch = round(_clamp(journalist.voice.pitch, PITCH_MIN, PITCH_MAX), 3) if supports_pitch else 0.0
        if (voice.id, rate, pitch) in taken:
            for dr, dp in _nudges(supports_pitch):
                candidate = (
                    voice.id,
                    round(_clamp(rate + dr, RATE_MIN, RATE_MAX), 3),
                    round(_clamp(pitch + dp, PITCH_MIN, PITCH_MAX), 3),
                )
                if candidate not in taken:
                    _, rate, pitch = candidate
                    break
        taken.add((voice.id, rate, pitch))
        plan[journalist.id] = VoiceChoice(journalist.id, voice.id, voice.name, voice.language, rate, pitch)
    return plan
