"""What the speech layer measures about a spoken answer (passed to the scorer as is)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeliveryMeasures:
    """Measures of one spoken answer. Every field is optional: pass what was measured.

    ``syllables_per_minute`` is the pace for Vietnamese; for English ``words_per_minute``
    is used when given (otherwise syllables / 1.4). Pauses are counted by length:
    medium ≥ 0.5 s, long > 1 s (Speechace). Loudness is the mean level in dBFS.
    """

    onset_latency_s: float | None = None
    speaking_time_s: float | None = None
    syllables_per_minute: float | None = None
    words_per_minute: float | None = None
    filler_count: int | None = None
    filler_ratio: float | None = None
    pauses_medium: int | None = None
    pauses_long: int | None = None
    loudness_dbfs: float | None = None
