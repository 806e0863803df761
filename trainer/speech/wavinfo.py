"""Duration and loudness of a PCM WAV file, in pure Python (no audioop, no numpy); a quick
check of a file before it is played (:func:`check_wav`) and a playable copy of a cut-short one."""

from __future__ import annotations

import array
import math
import os
import struct
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


# --- a cheap look at a file before it is played ----------------------------------------------------
#: How far into a file its chunks are looked for (a WAV's "data" chunk comes within the first few hundred bytes).
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class WavCheck:
    """What a file holds, read from its header and its size only (no samples are read).

    ``problem`` is "" (playable), "missing", "unreadable" (no permission, I/O error),
    "not_audio" (not a PCM WAV: garbage, a text file), "empty" (a header and no sound), or
    "truncated" (the header promises more sound than the file holds: the file was cut short,
    or a crash left its sizes unwritten). A truncated file still has ``present_s`` seconds of
    sound, which :func:`repaired_copy` makes playable. An AIFF file (macOS speech) is not
    checked and counts as playable.
    """

    problem: str
    duration_s: float = 0.0  # what the header says
    present_s: float = 0.0  # what the file holds
    data_offset: int = 0
    present_bytes: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def check_wav(path: Path | str) -> WavCheck:
    """Look at *path* (one ``open``, at most 4 KB read): safe on the GUI thread."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        return WavCheck("missing", detail=f"{path} does not exist")
    except OSError as exc:
        return WavCheck("unreadable", detail=str(exc))
    if size == 0:
        return WavCheck("empty", detail="the file is empty (0 bytes)")
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return WavCheck("")  # macOS speech: AIFF under a .wav name; Qt checks it itself
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return WavCheck("not_audio", detail=f"{size} bytes without a RIFF/WAVE header")
    block, rate, fmt, offset = 0, 0, -1, 12
    while offset + 8 <= len(head):
        chunk, length = head[offset : offset + 4], struct.unpack("<I", head[offset + 4 : offset + 8])[0]
        body = offset + 8
        if chunk == b"fmt " and body + 16 <= len(head):
            fmt, _channels, rate, _byte_rate, block = struct.unpack("<HHIIH", head[body : body + 14])
        elif chunk == b"data":
            return _judge(fmt, rate, block, body, length, size)
        offset = body + length + (length & 1)
    if len(head) == _HEAD_BYTES and offset >= len(head):
        return WavCheck("", detail="the sound starts beyond the first 4 KB: not checked")
    return WavCheck("not_audio", detail="no audio ('data') chunk in the file")


def _judge(fmt: int, rate: int, block: int, data_offset: int, claimed: int, size: int) -> WavCheck:
    if fmt not in (1, 0xFFFE) or not rate or not block:
        return WavCheck("not_audio", detail=f"not PCM audio (format {fmt}, {rate} Hz, block {block})")
    per_s = block * rate
    present = max(0, size - data_offset)
    present -= present % block
    if present == 0:
        return WavCheck("empty", data_offset=data_offset, detail="the file holds no sound")
    unwritten = claimed in (0, 0xFFFFFFFF)  # a crash before the header's sizes were written
    if unwritten or claimed > present:
        return WavCheck(
            "truncated",
            duration_s=(present if unwritten else claimed) / per_s,
            present_s=present / per_s,
            data_offset=data_offset,
            present_bytes=present,
            detail=f"the header promises {claimed} bytes of sound, the file holds {present}",
        )
    return WavCheck("", claimed / per_s, claimed / per_s, data_offset, claimed)


def repaired_copy(path: Path | str, check: WavCheck, target: Path | str) -> Path:
    """Write the sound a truncated file still holds into *target*, with a header that says so."""
    with open(path, "rb") as src:
        head = src.read(check.data_offset)
        data = src.read(check.present_bytes)
    riff = struct.pack("<4sI", b"RIFF", len(head) - 8 + len(data))
    header = riff + head[8 : check.data_offset - 4] + struct.pack("<I", len(data))
    target = Path(target)
    target.write_bytes(header + data)
    return target
