"""Recorded answers on disk: 16 kHz mono 16-bit PCM WAV files.

:class:`WavWriter` writes a take as it is captured and rewrites the header's sizes about
once a second, so a crash or a lost device leaves a valid (partial) WAV file behind.
:class:`PcmConverter` turns whatever the microphone delivers into 16 kHz mono int16.
:func:`read_samples` loads a WAV file as a float array for the delivery analysis.
"""

from __future__ import annotations

import os
import struct
import wave
from pathlib import Path
from types import TracebackType
from typing import ClassVar

import numpy as np
import numpy.typing as npt

#: What every recorded answer is stored as.
SAMPLE_RATE = 16000
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes (int16)
BYTES_PER_SECOND = SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH
HEADER_BYTES = 44

Samples = npt.NDArray[np.float32]


def _header(data_bytes: int, rate: int = SAMPLE_RATE, channels: int = CHANNELS) -> bytes:
    block = channels * SAMPLE_WIDTH
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        channels,
        rate,
        rate * block,
        block,
        SAMPLE_WIDTH * 8,
        b"data",
        data_bytes,
    )


class WavWriter:
    """Append int16 mono PCM to a WAV file; the header is kept valid while writing."""

    def __init__(self, path: Path | str, *, sync_every_bytes: int = BYTES_PER_SECOND) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        self._fh.write(_header(0))
        self.data_bytes = 0
        self._since_sync = 0
        self._sync_every = sync_every_bytes
        self.closed = False

    @property
    def duration_s(self) -> float:
        return self.data_bytes / BYTES_PER_SECOND

    def write(self, pcm: bytes) -> None:
        if not pcm:
            return
        if len(pcm) % 2:
            raise ValueError("int16 PCM must have an even number of bytes")
        self._fh.write(pcm)
        self.data_bytes += len(pcm)
        self._since_sync += len(pcm)
        if self._since_sync >= self._sync_every:
            self._update_header()
            self._since_sync = 0

    def _update_header(self) -> None:
        self._fh.seek(0)
        self._fh.write(_header(self.data_bytes))
        self._fh.seek(0, os.SEEK_END)
        self._fh.flush()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self._update_header()
            os.fsync(self._fh.fileno())
        finally:
            self._fh.close()

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def write_wav(path: Path | str, samples: npt.NDArray[np.int16] | bytes) -> Path:
    """Write a whole 16 kHz mono int16 WAV file at once (tests and tools)."""
    data = samples if isinstance(samples, bytes) else np.asarray(samples, dtype="<i2").tobytes()
    with WavWriter(path) as w:
        w.write(data)
    return Path(path)


class PcmConverter:
    """Raw microphone bytes in some format → 16 kHz mono little-endian int16 bytes.

    *sample_format* is one of "u8", "s16", "s32", "f32" (the formats Qt's QAudioFormat
    offers). Resampling is linear interpolation and keeps its phase from chunk to chunk.
    The common case — the device already gives 16 kHz mono int16 — passes bytes through.
    """

    DTYPES: ClassVar[dict[str, np.dtype[np.generic]]] = {
        "u8": np.dtype("u1"),
        "s16": np.dtype("<i2"),
        "s32": np.dtype("<i4"),
        "f32": np.dtype("<f4"),
    }

    def __init__(self, rate: int, channels: int, sample_format: str) -> None:
        if sample_format not in self.DTYPES:
            raise ValueError(f"unsupported sample format {sample_format!r}")
        if rate <= 0 or channels <= 0:
            raise ValueError("the rate and the channel count must be positive")
        self.rate, self.channels, self.format = rate, channels, sample_format
        self.dtype = self.DTYPES[sample_format]
        self.frame_bytes = self.dtype.itemsize * channels
        self.passthrough = rate == SAMPLE_RATE and channels == 1 and sample_format == "s16"
        self._rest = b""  # an incomplete frame carried to the next chunk
        self._pos = 0.0  # position of the next output sample, in input samples from _prev
        self._prev: Samples = np.zeros(0, dtype=np.float32)

    def convert(self, data: bytes) -> bytes:
        if self.passthrough:
            data = self._rest + data
            cut = len(data) - len(data) % 2
            self._rest = data[cut:]
            return data[:cut]
        data = self._rest + data
        cut = len(data) - len(data) % self.frame_bytes
        self._rest = data[cut:]
        if cut == 0:
            return b""
        raw = np.frombuffer(data[:cut], dtype=self.dtype)
        x = raw.astype(np.float32)
        if self.format == "u8":
            x = (x - 128.0) / 128.0
        elif self.format == "s16":
            x /= 32768.0
        elif self.format == "s32":
            x /= 2147483648.0
        mono = x.reshape(-1, self.channels).mean(axis=1) if self.channels > 1 else x
        out = self._resample(mono) if self.rate != SAMPLE_RATE else mono
        pcm: bytes = np.clip(np.round(out * 32767.0), -32768, 32767).astype("<i2").tobytes()
        return pcm

    def _resample(self, x: Samples) -> Samples:
        buf = np.concatenate([self._prev, x])
        step = self.rate / SAMPLE_RATE
        last = len(buf) - 1  # interpolation needs a sample on each side
        if last < 1 or self._pos > last - 1:
            self._prev = buf
            return np.zeros(0, dtype=np.float32)
        positions = np.arange(self._pos, last, step)
        out: Samples = np.interp(positions, np.arange(len(buf)), buf).astype(np.float32)
        next_pos = float(positions[-1]) + step if len(positions) else self._pos
        keep_from = min(int(np.floor(next_pos)), len(buf))
        self._prev = buf[keep_from:]
        self._pos = next_pos - keep_from
        return out


def read_samples(path: Path | str) -> tuple[Samples, int]:
    """(mono samples in -1…1 as float32, sample rate) of a 16-bit PCM WAV file.

    Raises ``wave.Error`` or ``OSError`` for a file that is not one. A take cut off before
    its header was last updated (a crash, a lost device) is read to its end: in a plain
    44-byte-header file the audio runs from byte 44 to the end of the file.
    """
    with open(path, "rb") as fh:
        head = fh.read(HEADER_BYTES)
        body = fh.read()
    if len(head) == HEADER_BYTES and head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt " and head[36:40] == b"data":
        fmt, channels, rate = struct.unpack("<HHI", head[20:28])
        width = struct.unpack("<H", head[34:36])[0] // 8
        if fmt != 1:
            raise wave.Error("not a PCM WAV file")
        data = body
    else:
        with wave.open(str(path), "rb") as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
            data = w.readframes(w.getnframes())
    if width != 2:
        raise wave.Error(f"unsupported sample width {width * 8} bits (16-bit PCM expected)")
    if not rate or not channels:
        raise wave.Error("not a PCM WAV file")
    data = data[: len(data) - len(data) % (2 * channels)]
    x = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        x = x.reshape(-1, channels).mean(axis=1)
    samples: Samples = x.astype(np.float32, copy=False)
    return samples, rate
