"""Recording spoken answers: the microphones there are, and a recorder the UI drives.

:class:`Recorder` lives on the GUI thread and returns at once from every call. Each take
runs a :class:`~trainer.speech.capture.CaptureWorker` on its own QThread, which owns the
QAudioSource (capture never runs on the GUI thread); levels and the finished take come
back as signals.

    recorder = Recorder(parent)
    recorder.level.connect(meter.set_level)        # dBFS, seconds captured
    recorder.finished.connect(on_take)             # Take (also a partial one: take.reason)
    recorder.failed.connect(on_error)              # code, detail — nothing was captured
    recorder.start(path, device_id=settings.microphone_id, max_seconds=120)
    ...
    recorder.stop()

Failure codes: ``no_device`` (no microphone at all), ``permission_denied`` (the system
refused access), ``open_failed`` (the device could not be opened), ``no_audio`` (it
opened but sent no sound), ``write_failed`` (the take cannot be written to disk).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from trainer.speech.capture import CaptureRequest, CaptureWorker, Take

log = logging.getLogger(__name__)

__all__ = ["Microphone", "Recorder", "Take", "device_key", "list_microphones"]


@dataclass(frozen=True)
class Microphone:
    id: str  # stable id of the device (stored in the settings)
    name: str  # what the system calls it
    is_default: bool


def device_key(device: QAudioDevice) -> str:
    """A device's id as text (Latin-1 keeps any byte, so the round trip is exact)."""
    return bytes(device.id().data()).decode("latin-1")


def _inputs() -> list[QAudioDevice]:
    return list(QMediaDevices.audioInputs())


def list_microphones(devices: Callable[[], list[QAudioDevice]] = _inputs) -> list[Microphone]:
    return [Microphone(device_key(d), d.description(), d.isDefault()) for d in devices()]


def _permission_denied() -> bool | None:
    """True when the system refused the microphone; None while undecided; False when allowed."""
    app = QCoreApplication.instance()
    try:
        from PySide6.QtCore import QMicrophonePermission
    except ImportError:  # pragma: no cover - Qt without the permission API
        return False
    if app is None:
        return False
    status = app.checkPermission(QMicrophonePermission())
    if status == Qt.PermissionStatus.Denied:
        return True
    if status == Qt.PermissionStatus.Undetermined:
        return None
    return False


class Recorder(QObject):
    started = Signal(str, bool)  # device name, True when the chosen device was missing and the default is used
    level = Signal(float, float)  # dBFS of the latest chunk, seconds captured
    finished = Signal(object)  # Take
    failed = Signal(str, str)  # code, detail
    _stop_requested = Signal()  # to the worker, queued
    _stop_now = Signal()  # to the worker, waiting until it has stopped

    def __init__(self, parent: QObject | None = None, *, devices: Callable[[], list[QAudioDevice]] = _inputs) -> None:
        super().__init__(parent)
        self._devices = devices
        self._thread: QThread | None = None
        self._worker: CaptureWorker | None = None
        self._asking_permission = False
        self._device_name, self._fallback = "", False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def recording(self) -> bool:
        return self._worker is not None or self._asking_permission

    def microphones(self) -> list[Microphone]:
        return list_microphones(self._devices)

    def start(self, path: Path | None, *, device_id: str = "", max_seconds: float = 120.0) -> None:
        """Start a take into *path* (a new WAV file; None: level only). Signals say how it went."""
        if self.recording:
            return
        devices = self._devices()
        if not devices:
            QTimer.singleShot(0, lambda: self.failed.emit("no_device", "no audio input device"))
            return
        denied = _permission_denied()
        if denied:
            QTimer.singleShot(0, lambda: self.failed.emit("permission_denied", "microphone access refused"))
            return
        if denied is None:
            self._ask_permission(path, device_id, max_seconds)
            return
        chosen = next((d for d in devices if device_id and device_key(d) == device_id), None)
        fallback = bool(device_id) and chosen is None
        device = chosen or next((d for d in devices if d.isDefault()), None) or devices[0]
        if fallback:
            log.warning("microphone %r is not connected; using %s", device_id, device.description())
        self._launch(CaptureRequest(device, path, max(1.0, float(max_seconds))), fallback)

    def _ask_permission(self, path: Path | None, device_id: str, max_seconds: float) -> None:
        from PySide6.QtCore import QMicrophonePermission

        self._asking_permission = True

        def answered(permission: object) -> None:
            self._asking_permission = False
            self.start(path, device_id=device_id, max_seconds=max_seconds)

        app = QCoreApplication.instance()
        assert app is not None
        app.requestPermission(QMicrophonePermission(), self, answered)

    def _launch(self, request: CaptureRequest, fallback: bool) -> None:
        thread = QThread()
        thread.setObjectName("audio-capture")
        worker = CaptureWorker(request)
        worker.moveToThread(thread)
        thread.started.connect(worker.start)
        self._device_name, self._fallback = request.device.description(), fallback
        worker.opened.connect(self._worker_opened)
        worker.level.connect(self.level)
        worker.finished.connect(self._worker_finished)
        worker.failed.connect(self._worker_failed)
        self._stop_requested.connect(worker.stop, Qt.ConnectionType.QueuedConnection)
        self._stop_now.connect(worker.stop, Qt.ConnectionType.BlockingQueuedConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self) -> None:
        """End the take; ``finished`` follows with it."""
        if self._worker is not None:
            self._stop_requested.emit()

    def _worker_opened(self, _format: str) -> None:
        self.started.emit(self._device_name, self._fallback)

    def _end_thread(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            self._stop_requested.disconnect(worker.stop)
            self._stop_now.disconnect(worker.stop)
        if thread is not None:
            thread.quit()
            if not thread.wait(5000):
                log.error("the capture thread did not stop")
        del worker

    def _worker_finished(self, take: Take) -> None:
        self._end_thread()
        self.finished.emit(take)

    def _worker_failed(self, code: str, detail: str) -> None:
        self._end_thread()
        log.warning("recording failed (%s): %s", code, detail)
        self.failed.emit(code, detail)

    def shutdown(self) -> None:
        """Stop any take and its thread now (the window is closing)."""
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return
        if thread.isRunning():
            self._stop_now.emit()
        self._end_thread()
