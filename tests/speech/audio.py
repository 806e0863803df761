"""Test audio made at test time: espeak-ng speech, silences of known length, a virtual microphone.

* :func:`speech` — espeak-ng says a text; sox converts it to 16 kHz mono; the leading and
  trailing silence espeak adds is cut at sample level (|x| > 1 % of full scale), so the
  clip's length *is* its speaking time.
* :func:`assemble` — clips and silences of exact lengths, with low noise everywhere (a real
  microphone is never digitally silent), and the true onset, segments and pauses.
* :class:`VirtualMicrophone` — a PulseAudio ``module-pipe-source``: the recorder sees it as
  a microphone; :meth:`feed` writes raw s16le 16 kHz mono into its FIFO in real time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from trainer.speech.wavfile import SAMPLE_RATE, read_samples

needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")


def speech(text: str, voice: str = "vi", *, speed: int | None = None) -> np.ndarray:
    """*text* spoken by espeak-ng, 16 kHz mono float32, trimmed to the first and last sound."""
    with tempfile.TemporaryDirectory(prefix="spoken-") as tmp:
        raw, wav = Path(tmp) / "espeak.wav", Path(tmp) / "16k.wav"
        cmd = ["espeak-ng", "-v", voice, "-w", str(raw)]
        if speed is not None:
            cmd += ["-s", str(speed)]
        subprocess.run([*cmd, text], check=True, capture_output=True)
        subprocess.run(
            ["sox", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", "-e", "signed", str(wav)],
            check=True,
            capture_output=True,
        )
        x, rate = read_samples(wav)
    assert rate == SAMPLE_RATE
    loud = np.flatnonzero(np.abs(x) > 0.01)
    return x[loud[0] : loud[-1] + 1].copy()


@dataclass
class Assembled:
    samples: np.ndarray
    onset_s: float
    segments: list[tuple[float, float]] = field(default_factory=list)

    @property
    def pauses(self) -> list[tuple[float, float]]:
        return [(a[1], b[0]) for a, b in zip(self.segments, self.segments[1:], strict=False)]

    @property
    def speaking_s(self) -> float:
        return sum(b - a for a, b in self.segments)

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def pcm(self) -> bytes:
        return np.clip(np.round(self.samples * 32767), -32768, 32767).astype("<i2").tobytes()


def assemble(
    parts: list[np.ndarray | float], *, noise_dbfs: float = -60.0, gain_db: float = 0.0, seed: int = 7
) -> Assembled:
    """Clips (arrays) and silences (seconds) in order, with white noise at *noise_dbfs* throughout."""
    out: list[np.ndarray] = []
    t = 0.0
    segments: list[tuple[float, float]] = []
    onset = None
    gain = 10 ** (gain_db / 20)
    for part in parts:
        if isinstance(part, float | int):
            n = round(float(part) * SAMPLE_RATE)
            out.append(np.zeros(n, dtype=np.float32))
        else:
            n = len(part)
            out.append(part.astype(np.float32) * gain)
            segments.append((t, t + n / SAMPLE_RATE))
            onset = t if onset is None else onset
        t += n / SAMPLE_RATE
    x = np.concatenate(out)
    noise = np.random.default_rng(seed).normal(0.0, 10 ** (noise_dbfs / 20), len(x)).astype(np.float32)
    return Assembled((x + noise).astype(np.float32), onset or 0.0, segments)


# --- the virtual microphone ---------------------------------------------------------------------


def _pactl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10)


def ensure_pulseaudio() -> None:
    """PulseAudio is running (started the way dev.sh starts it when it is not)."""
    if shutil.which("pactl") is None or shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (./dev.sh test installs it)")
    if _pactl("info").returncode == 0:
        return
    subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1"], capture_output=True, timeout=20)
    for _ in range(50):
        if _pactl("info").returncode == 0:
            return
        time.sleep(0.1)
    pytest.fail("PulseAudio did not start", pytrace=False)


@dataclass
class VirtualMicrophone:
    fifo: Path
    source: str  # the PulseAudio source name = the QAudioDevice id
    module: str | None = None  # set when this test loaded it (and unloads it)

    @classmethod
    def load(cls, folder: Path, name: str | None = None) -> VirtualMicrophone:
        ensure_pulseaudio()
        name = name or f"spoken_test_{uuid.uuid4().hex[:8]}"
        fifo = folder / f"{name}.fifo"
        done = _pactl(
            "load-module",
            "module-pipe-source",
            f"source_name={name}",
            f"file={fifo}",
            "format=s16le",
            "rate=16000",
            "channels=1",
        )
        if done.returncode != 0:
            pytest.fail(f"cannot load a PulseAudio pipe source: {done.stderr}", pytrace=False)
        return cls(fifo, name, done.stdout.strip())

    @classmethod
    def shared(cls) -> VirtualMicrophone | None:
        """The one `./dev.sh test` starts (TRAINER_TEST_VIRTMIC), if it is there."""
        fifo = os.environ.get("TRAINER_TEST_VIRTMIC")
        if not fifo:
            return None
        ensure_pulseaudio()
        for line in _pactl("list", "short", "modules").stdout.splitlines():
            if "module-pipe-source" in line and f"file={fifo}" in line:
                name = line.split("source_name=")[1].split()[0]
                return cls(Path(fifo), name)
        return None

    def drain(self) -> int:
        """Read away whatever sits in the FIFO unread (a source nobody records stops reading,
        so audio written after a take ended would reach the next one). Returns the bytes dropped."""
        try:
            fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            return 0
        dropped = 0
        try:
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    break
                if not chunk:
                    break
                dropped += len(chunk)
        finally:
            os.close(fd)
        return dropped

    def finish(self, feeder: Feeder | None, timeout_s: float = 5.0) -> None:
        """Stop *feeder* and empty the FIFO (the writer may be blocked on a full pipe)."""
        if feeder is not None:
            feeder.stop_at = 0
        deadline = time.monotonic() + timeout_s
        while True:
            self.drain()
            if feeder is None or feeder.done.wait(0.05) or time.monotonic() > deadline:
                break
        self.drain()

    def unload(self) -> None:
        if self.module:
            _pactl("unload-module", self.module)
            self.module = None

    def feed(self, pcm: bytes, *, chunk_s: float = 0.02) -> Feeder:
        """Write *pcm* into the FIFO in real time, on a thread (as a microphone would deliver it)."""
        feeder = Feeder(self.fifo, pcm, chunk_s)
        feeder.start()
        return feeder


class Feeder(threading.Thread):
    def __init__(self, fifo: Path, pcm: bytes, chunk_s: float) -> None:
        super().__init__(daemon=True)
        self.fifo, self.pcm, self.chunk = fifo, pcm, int(SAMPLE_RATE * chunk_s) * 2
        self.chunk_s = chunk_s
        self.written = 0
        self.done = threading.Event()
        self.error: Exception | None = None
        self.stop_at: int | None = None  # stop after this many bytes (a device that goes away)

    def run(self) -> None:
        try:
            with open(self.fifo, "wb", buffering=0) as fh:
                started = time.monotonic()
                for n, offset in enumerate(range(0, len(self.pcm), self.chunk)):
                    if self.stop_at is not None and offset >= self.stop_at:
                        break
                    fh.write(self.pcm[offset : offset + self.chunk])
                    self.written += len(self.pcm[offset : offset + self.chunk])
                    delay = started + (n + 1) * self.chunk_s - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
        except OSError as exc:  # the source was unloaded under us
            self.error = exc
        finally:
            self.done.set()
