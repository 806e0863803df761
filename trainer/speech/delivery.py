"""Delivery analysis of a spoken answer: when the voice starts, how long it speaks, where it
pauses, how loud it is and — with a transcript — how fast it goes and how many fillers it uses.

Pure Python plus numpy; no Qt. The thresholds the scorer judges by (pauses ≥ 0.5 s medium,
> 1 s long; fillers under 4 % of words; pace bands; latency 2 s / 5 s) live in
:mod:`trainer.domain.catalog` and are read from there. This module only *measures*.

How speech is found (documented in docs/spoken-answers.md):

* the take is cut into 10 ms frames and each frame's RMS level is taken in dBFS;
* the noise floor is the 10th percentile of those levels, the speech level the 95th;
* a frame is speech when it is at least 15 dB above the noise and within 30 dB of the
  speech level; each run of speech frames is widened while the level stays 6 dB above
  the noise (soft onsets and endings);
* silences shorter than :data:`ARTICULATION_GAP_S` (250 ms, Goldman-Eisler's classic
  cut-off between articulatory gaps and pauses) are part of speaking; specks of "speech"
  shorter than 80 ms (a click, a breath) are dropped;
* every remaining silence between two stretches of speech is a pause.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from trainer.domain.catalog import threshold
from trainer.domain.scoring.analysis import filler_hits  # the scorer's own "filler position" rule
from trainer.domain.scoring.lexicon import scenario_lexicon
from trainer.domain.scoring.matching import Hit, PhraseIndex, longest_first, tokenize
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.domain.text import nfc
from trainer.speech.wavfile import Samples, read_samples

FRAME_S = 0.01
#: Silences shorter than this are gaps within speech, not pauses (Goldman-Eisler, 1968).
ARTICULATION_GAP_S = 0.25
#: Shorter bursts are clicks or breaths, not speech.
MIN_SPEECH_S = 0.08
#: dB above the noise floor a frame must reach to count as speech / to extend speech.
SPEECH_OVER_NOISE_DB = 15.0
EXTEND_OVER_NOISE_DB = 6.0
#: ... and at most this far below the loud parts of the take.
SPEECH_BELOW_PEAK_DB = 30.0
#: A take whose loud parts are not this far above its noise holds no speech.
MIN_DYNAMIC_DB = 12.0
#: Quieter than this (dBFS), nothing is speech, whatever the noise.
ABSOLUTE_FLOOR_DBFS = -70.0
SILENT_DBFS = -100.0
#: A sample this close to full scale is clipped.
CLIP_LEVEL = 0.99
#: An answer this short (from onset to end of speech) gives no meaningful pace.
MIN_SPAN_FOR_PACE_S = 2.0
#: Version of the method, stored with every measurement.
METHOD = "energy-vad-1"


@dataclass(frozen=True)
class Pause:
    start_s: float
    end_s: float

    @property
    def length_s(self) -> float:
        return self.end_s - self.start_s


@dataclass(frozen=True)
class AudioAnalysis:
    """What the audio alone tells. Times are seconds from the start of the take."""

    duration_s: float
    onset_s: float | None  # first speech
    end_s: float | None  # end of the last speech
    speaking_time_s: float  # time spent speaking (pauses excluded)
    segments: tuple[tuple[float, float], ...]
    pauses: tuple[Pause, ...]  # every silence ≥ ARTICULATION_GAP_S between two stretches of speech
    loudness_dbfs: float | None  # mean level of the speech
    loudness_variation_db: float | None  # standard deviation of the speech frames' levels
    noise_dbfs: float
    peak: float  # 0…1
    clipped_share: float  # share of samples at full scale

    @property
    def heard_speech(self) -> bool:
        return bool(self.segments)

    @property
    def span_s(self) -> float:
        """From the first word to the end of the last one, pauses included."""
        if self.onset_s is None or self.end_s is None:
            return 0.0
        return self.end_s - self.onset_s

    @property
    def pauses_medium(self) -> int:
        low, high = threshold("pause_medium_s"), threshold("pause_long_s")
        return sum(1 for p in self.pauses if low <= p.length_s <= high)

    @property
    def pauses_long(self) -> int:
        return sum(1 for p in self.pauses if p.length_s > threshold("pause_long_s"))

    @property
    def longest_pause_s(self) -> float:
        return max((p.length_s for p in self.pauses), default=0.0)


@dataclass(frozen=True)
class TextStats:
    """What the words tell (a transcript, corrected or typed)."""

    language: str
    words: int
    units: int  # syllables for Vietnamese, words for English
    fillers: tuple[str, ...] = field(default=())

    @property
    def filler_count(self) -> int:
        return len(self.fillers)

    @property
    def filler_ratio(self) -> float | None:
        return self.filler_count / self.words if self.words else None


def frame_levels(samples: Samples, rate: int) -> np.ndarray:
    """RMS level of each 10 ms frame in dBFS (floored at :data:`SILENT_DBFS`)."""
    hop = max(1, round(rate * FRAME_S))
    n = len(samples) // hop
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    frames = samples[: n * hop].astype(np.float64).reshape(n, hop)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    floor = 10 ** (SILENT_DBFS / 20)
    levels: np.ndarray = 20.0 * np.log10(np.maximum(rms, floor))
    return levels


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the True runs of *mask*."""
    if not mask.any():
        return []
    padded = np.concatenate([[False], mask, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def speech_runs(levels: np.ndarray) -> tuple[list[tuple[int, int]], float, float, float]:
    """(speech runs as frame index pairs, noise dBFS, high threshold, low threshold)."""
    if len(levels) == 0:
        return [], SILENT_DBFS, 0.0, 0.0
    noise = float(np.percentile(levels, 10))
    loud = float(np.percentile(levels, 95))
    high = max(noise + SPEECH_OVER_NOISE_DB, loud - SPEECH_BELOW_PEAK_DB, ABSOLUTE_FLOOR_DBFS)
    low = max(noise + EXTEND_OVER_NOISE_DB, ABSOLUTE_FLOOR_DBFS - 6)
    if loud - noise < MIN_DYNAMIC_DB or loud < ABSOLUTE_FLOOR_DBFS:
        return [], noise, high, low
    runs = _runs(levels >= high)
    extendable = levels >= low
    widened: list[tuple[int, int]] = []
    for a, b in runs:
        while a > 0 and extendable[a - 1]:
            a -= 1
        while b < len(levels) and extendable[b]:
            b += 1
        if widened and a <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(b, widened[-1][1]))
        else:
            widened.append((a, b))
    gap = round(ARTICULATION_GAP_S / FRAME_S)
    merged: list[tuple[int, int]] = []
    for a, b in widened:
        if merged and a - merged[-1][1] < gap:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    shortest = round(MIN_SPEECH_S / FRAME_S)
    return [(a, b) for a, b in merged if b - a >= shortest], noise, high, low


def analyse_samples(samples: Samples, rate: int) -> AudioAnalysis:
    """Measure a take given as mono float samples (-1…1) at *rate* Hz."""
    samples = np.asarray(samples, dtype=np.float32)
    duration = len(samples) / rate if rate else 0.0
    levels = frame_levels(samples, rate)
    runs, noise, high, _low = speech_runs(levels)
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    clipped = float(np.mean(np.abs(samples) >= CLIP_LEVEL)) if len(samples) else 0.0
    if not runs:
        return AudioAnalysis(duration, None, None, 0.0, (), (), None, None, noise, peak, clipped)
    segments = tuple((a * FRAME_S, b * FRAME_S) for a, b in runs)
    pauses = tuple(Pause(segments[i][1], segments[i + 1][0]) for i in range(len(segments) - 1))
    speaking = sum(b - a for a, b in segments)
    inside = np.zeros(len(levels), dtype=bool)
    for a, b in runs:
        inside[a:b] = True
    power = np.mean(10 ** (levels[inside] / 10))
    loudness = 10 * math.log10(power) if power > 0 else SILENT_DBFS
    voiced = levels[inside & (levels >= high)]
    variation = float(np.std(voiced)) if len(voiced) > 1 else 0.0
    return AudioAnalysis(
        duration_s=duration,
        onset_s=segments[0][0],
        end_s=segments[-1][1],
        speaking_time_s=speaking,
        segments=segments,
        pauses=pauses,
        loudness_dbfs=loudness,
        loudness_variation_db=variation,
        noise_dbfs=noise,
        peak=peak,
        clipped_share=clipped,
    )


def analyse_file(path: Path | str) -> AudioAnalysis:
    samples, rate = read_samples(path)
    return analyse_samples(samples, rate)


# --- the words ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _filler_index(language: str) -> PhraseIndex:
    lexicon = scenario_lexicon(language, {})
    index = PhraseIndex()
    index.add_all("hesitations", lexicon.get("hesitations"))
    index.add_all("fillers", lexicon.get("fillers"))
    return index


def _syllables(text: str, is_number: bool) -> int:
    if is_number:  # "37" is said "ba mươi bảy": roughly one syllable per digit
        return max(1, sum(ch.isdigit() for ch in text))
    return 1


def text_stats(text: str, language: str) -> TextStats:
    """Words, pace units and fillers in filler position, by the scorer's own rule and word lists:
    hesitations (ừm, ờ, uh) always; ambiguous words (thì, là, mà, kiểu, thực ra, nói chung,
    tức là; like, you know) only alone between pauses, repeated, or opening a clause."""
    language = language if language in ("vi", "en") else "en"
    tokens = tokenize(nfc(text))
    if not tokens:
        return TextStats(language, 0, 0)
    by_cat: dict[str, list[Hit]] = {}
    for h in longest_first(_filler_index(language).find(tokens)):
        by_cat.setdefault(h.category, []).append(h)
    fillers = tuple(" ".join(t.text for t in tokens[h.first : h.last + 1]) for h in filler_hits(tokens, by_cat))
    units = sum(_syllables(t.text, t.is_number) for t in tokens) if language == "vi" else len(tokens)
    return TextStats(language, len(tokens), units, fillers)


def pace_per_minute(audio: AudioAnalysis, stats: TextStats) -> float | None:
    """Syllables (Vietnamese) or words (English) per minute of the answer, pauses included —
    the speaking rate a listener hears (VOV bulletins: ~233 syllables/min)."""
    span = audio.span_s
    if span < MIN_SPAN_FOR_PACE_S or stats.units == 0:
        return None
    return stats.units / (span / 60.0)


def delivery_measures(
    audio: AudioAnalysis, text: str | None, language: str, *, latency_before_s: float = 0.0
) -> DeliveryMeasures:
    """The scorer's :class:`DeliveryMeasures` for a take and (optionally) what was said.

    *latency_before_s*: seconds between the end of the question and the start of the
    recording (the onset latency is that plus the silence at the start of the take).
    """
    onset = None if audio.onset_s is None else max(0.0, latency_before_s) + audio.onset_s
    stats = text_stats(text, language) if text and text.strip() else None
    pace = pace_per_minute(audio, stats) if stats else None
    return DeliveryMeasures(
        onset_latency_s=onset,
        speaking_time_s=audio.speaking_time_s if audio.heard_speech else None,
        syllables_per_minute=pace if language == "vi" else None,
        words_per_minute=pace if language != "vi" else None,
        filler_count=stats.filler_count if stats else None,
        filler_ratio=stats.filler_ratio if stats else None,
        pauses_medium=audio.pauses_medium if audio.heard_speech else None,
        pauses_long=audio.pauses_long if audio.heard_speech else None,
        loudness_dbfs=audio.loudness_dbfs,
    )


# --- storage ------------------------------------------------------------------------------------


def _round(value: Any) -> Any:
    return round(value, 3) if isinstance(value, float) else value


def delivery_record(
    audio: AudioAnalysis,
    measures: DeliveryMeasures,
    *,
    latency_before_s: float = 0.0,
    text: str | None = None,
    language: str = "vi",
) -> dict[str, Any]:
    """A JSON-able record of the measurement, stored with the answer (``answers.delivery``)."""
    stats = text_stats(text, language) if text and text.strip() else None
    record: dict[str, Any] = {k: _round(v) for k, v in asdict(measures).items()}
    record.update(
        method=METHOD,
        take_s=_round(audio.duration_s),
        latency_before_s=_round(max(0.0, latency_before_s)),
        onset_in_take_s=_round(audio.onset_s),
        span_s=_round(audio.span_s),
        pauses=[[_round(p.start_s), _round(p.end_s)] for p in audio.pauses],
        longest_pause_s=_round(audio.longest_pause_s),
        loudness_variation_db=_round(audio.loudness_variation_db),
        noise_dbfs=_round(audio.noise_dbfs),
        peak=_round(audio.peak),
        clipped_share=_round(audio.clipped_share),
    )
    if stats is not None:
        record["fillers"] = list(stats.fillers)
    return record
