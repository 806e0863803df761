"""Duration and loudness of a PCM WAV file, in pure Python (no audioop, no numpy)."""

from __future__ import annotations

import array
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WavStats:
    sample_rate: int
    channels: int
    frames: int
    rms: float  # 0.0 (silence) … 1.0 (full scale)
    peak: float

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def wav_stats(path: Path | str) -> WavStats:
    """Read a 16-bit (or 8-bit) PCM WAV file; raises ``wave.Error``/``OSError`` if it is not one."""
    with wave.open(str(path), "rb") as w:
        rate, channels, width, frames = w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes()
        data = w.readframes(frames)
    if width == 2:
        samples = array.array("h")
        samples.frombytes(data[: len(data) - len(data) % 2])
        if sys.byteorder == "big":
            samples.byteswap()
        scale = 32768.0
        values = samples
    elif width == 1:
        values = array.array("h", (b - 128 for b in data))
        scale = 128.0
    else:
        raise wave.Error(f"unsupported sample width {width * 8} bits")
    if not values:
        return WavStats(rate, channels, frames, 0.0, 0.0)
    square_sum = math.fsum(v * v for v in values)
    rms = math.sqrt(square_sum / len(values)) / scale
    peak = max(abs(min(values)), abs(max(values))) / scale
    return WavStats(rate, channels, frames, rms, peak)
