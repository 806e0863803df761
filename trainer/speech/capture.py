"""The capture worker: owns a QAudioSource on its own thread and writes the take to disk.

Runs in the QThread :class:`~trainer.speech.recorder.Recorder` starts for each take. Pull
mode: every 20 ms the worker reads what the device has (``readAll()``; with PySide6 6.8.3
on PulseAudio this captured every byte written to a virtual microphone), converts it to
16 kHz mono int16, appends it to the WAV file and reports the level. It never touches a
widget; everything goes out through signals (queued to the GUI thread).

A take ends when it is stopped, when it reaches its maximum length, or when the device
stops delivering sound: an error from Qt, or no data for :data:`STALL_S` (PulseAudio
moves the stream of an unplugged microphone to another source, which may be silent and
idle; Qt 6.8 reports neither). What was captured until then is kept.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QIODevice, QObject, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource

from trainer.speech.wavfile import BYTES_PER_SECOND, SAMPLE_RATE, PcmConverter, WavWriter

log = logging.getLogger(__name__)

PULL_MS = 20
#: No sound from a device for this long, once it has started, means it is gone.
STALL_S = 1.5
#: A device gets this long to deliver its first sound (Bluetooth headsets switch profiles).
START_GRACE_S = 4.0

_FORMATS = {
    QAudioFormat.SampleFormat.UInt8: "u8",
    QAudioFormat.SampleFormat.Int16: "s16",
    QAudioFormat.SampleFormat.Int32: "s32",
    QAudioFormat.SampleFormat.Float: "f32",
}


@dataclass(frozen=True)
class CaptureRequest:
    device: QAudioDevice
    path: Path | None  # None: measure the level only (the settings' microphone test)
    max_seconds: float


@dataclass(frozen=True)
class Take:
    """One recorded answer (or the part of it that was captured)."""

    path: Path | None
    duration_s: float  # audio in the file
    bytes_captured: int  # bytes the device delivered (before conversion)
    reason: str  # "stopped" | "max_length" | "device_lost" | "write_failed"
    device_name: str
    started_at: float  # time.monotonic() when capture began
    peak_dbfs: float
    input_format: str  # what the device delivered, e.g. "16000 Hz, 1 ch, s16"

    @property
    def complete(self) -> bool:
        return self.reason in ("stopped", "max_length")


def level_dbfs(pcm: bytes) -> float:
    """RMS level of int16 PCM in dBFS (-100 for silence)."""
    if len(pcm) < 2:
        return -100.0
    x = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2").astype(np.float64)
    rms = math.sqrt(float(np.mean(x * x))) / 32768.0
    return 20 * math.log10(rms) if rms > 1e-5 else -100.0


class CaptureWorker(QObject):
    level = Signal(float, float)  # dBFS of the last chunk, seconds captured
    opened = Signal(str)  # the format the device delivers
    finished = Signal(object)  # Take
    failed = Signal(str, str)  # code, detail: nothing was captured

    def __init__(self, request: CaptureRequest) -> None:
        super().__init__()
        self.request = request
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._timer: QTimer | None = None
        self._writer: WavWriter | None = None
        self._converter: PcmConverter | None = None
        self._bytes_in = 0
        self._pcm_bytes = 0
        self._peak = -100.0
        self._started = 0.0
        self._last_data = 0.0
        self._format = ""
        self._done = False

    # --- on the capture thread ---------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        request = self.request
        fmt = QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not request.device.isFormatSupported(fmt):
            fmt = request.device.preferredFormat()
        code = _FORMATS.get(fmt.sampleFormat())
        if code is None or fmt.sampleRate() <= 0 or fmt.channelCount() <= 0:
            self._fail("open_failed", f"the device offers no usable format ({fmt.sampleFormat()})")
            return
        self._format = f"{fmt.sampleRate()} Hz, {fmt.channelCount()} ch, {code}"
        self._converter = PcmConverter(fmt.sampleRate(), fmt.channelCount(), code)
        if request.path is not None:
            try:
                self._writer = WavWriter(request.path)
            except OSError as exc:
                self._fail("write_failed", f"{request.path}: {exc}")
                return
        self._source = QAudioSource(request.device, fmt)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            error = self._source.error()
            self._close_source()
            self._discard_file()
            self._fail("open_failed", f"{request.device.description()}: {error}")
            return
        self._started = self._last_data = time.monotonic()
        self.opened.emit(self._format)
        self._timer = QTimer(self)
        self._timer.setInterval(PULL_MS)
        self._timer.timeout.connect(self._pull)
        self._timer.start()

    @Slot()
    def stop(self) -> None:
        self._finish("stopped")

    def _pull(self) -> None:
        if self._done or self._source is None or self._io is None:
            return
        data = bytes(self._io.readAll().data())
        now = time.monotonic()
        if data:
            self._last_data = now
            if not self._take(data):
                return
        elif self._bytes_in == 0 and now - self._started > START_GRACE_S:
            self._give_up("no_audio", "the microphone delivered no sound")
            return
        elif self._bytes_in and now - self._last_data > STALL_S:
            log.warning("microphone stalled after %.1f s", self._pcm_bytes / BYTES_PER_SECOND)
            self._finish("device_lost", drain=False)
            return
        error = self._source.error()
        if error != QAudio.Error.NoError or self._source.state() == QAudio.State.StoppedState:
            log.warning("microphone error %s (state %s)", error, self._source.state())
            if self._bytes_in:
                self._finish("device_lost", drain=False)
            else:
                self._give_up("open_failed", str(error))

    def _take(self, data: bytes) -> bool:
        """Convert and store *data*; False when the take ended (maximum length, disk error)."""
        assert self._converter is not None
        self._bytes_in += len(data)
        pcm = self._converter.convert(data)
        limit = int(self.request.max_seconds * BYTES_PER_SECOND)
        limit -= limit % 2
        reached = self._pcm_bytes + len(pcm) >= limit
        if reached:
            pcm = pcm[: max(0, limit - self._pcm_bytes)]
        if self._writer is not None and pcm:
            try:
                self._writer.write(pcm)
            except OSError as exc:
                log.error("cannot write the take: %s", exc)
                self._finish("write_failed", drain=False)
                return False
        self._pcm_bytes += len(pcm)
        db = level_dbfs(pcm)
        self._peak = max(self._peak, db)
        self.level.emit(db, self._pcm_bytes / BYTES_PER_SECOND)
        if reached:
            self._finish("max_length", drain=False)
            return False
        return True

    def _finish(self, reason: str, *, drain: bool = True) -> None:
        if self._done:
            return
        if drain and self._io is not None and self._source is not None:
            data = bytes(self._io.readAll().data())
            if data and not self._take(data):
                return  # _take finished the take
        if self._done:
            return
        self._done = True
        if self._timer is not None:
            self._timer.stop()
        self._close_source()
        path = None
        if self._writer is not None:
            path = self._writer.path
            try:
                self._writer.close()
            except OSError as exc:
                log.error("cannot finish the take's file: %s", exc)
                reason = "write_failed"
        self.finished.emit(
            Take(
                path=path,
                duration_s=self._pcm_bytes / BYTES_PER_SECOND,
                bytes_captured=self._bytes_in,
                reason=reason,
                device_name=self.request.device.description(),
                started_at=self._started,
                peak_dbfs=self._peak,
                input_format=self._format,
            )
        )

    def _give_up(self, code: str, detail: str) -> None:
        if self._done:
            return
        self._done = True
        if self._timer is not None:
            self._timer.stop()
        self._close_source()
        self._discard_file()
        self._fail(code, detail)

    def _fail(self, code: str, detail: str) -> None:
        self._done = True
        self.failed.emit(code, detail)

    def _close_source(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source = None
            self._io = None

    def _discard_file(self) -> None:
        """Nothing was captured: no empty file is left behind."""
        if self._writer is not None:
            path = self._writer.path
            try:
                self._writer.close()
                path.unlink(missing_ok=True)
            except OSError:
                pass
            self._writer = None
