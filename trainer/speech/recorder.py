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
opened but sent no sound), ``open_timeout`` (it did not open in time: probably unplugged),
``write_failed`` (the take cannot be written to disk).

A microphone pulled out stays in Qt 6.8's list on PulseAudio (``QMediaDevices`` reports
additions, not removals), and opening it then blocks for ever inside Qt (it waits for a
stream that PulseAudio has failed with "No such entity"). So on Linux the inputs are checked
against PulseAudio's own list of sources (:func:`pulse_sources`, when ``pactl`` is there);
and a device whose take ended with ``device_lost`` (on Linux), or that did not open within
:data:`OPEN_TIMEOUT_MS`, counts as gone until Qt reports a change in the inputs (it was
plugged in again). A take that does not open in time fails with ``open_timeout`` instead of
leaving the trainee waiting; its stuck thread is set aside, never waited for, and
:func:`exit_if_stuck` ends the process at exit before Python would delete it.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from trainer.speech.capture import CaptureRequest, CaptureWorker, Take

log = logging.getLogger(__name__)

#: A device that has not opened after this long is given up (opening takes milliseconds).
OPEN_TIMEOUT_MS = 5000
#: ids of devices gone since Qt last reported a change in the inputs (see the module's docstring)
_gone: set[str] = set()
_watcher: QMediaDevices | None = None
#: capture threads stuck in Qt opening a device that is gone, with their workers (Recorder._set_aside)
_stuck: list[tuple[QThread, CaptureWorker]] = []
#: PulseAudio's sources as last asked (time.monotonic(), names)
_sources: tuple[float, frozenset[str] | None] = (-1.0, None)


def _quit_current_thread(*_args: object) -> None:
    thread = QThread.currentThread()
    if thread is not None:
        thread.quit()


def exit_if_stuck(code: int) -> None:
    """End the process now if a capture thread is stuck in Qt (call after the app's own shutdown):
    Python's exit would delete its running QThread, and Qt aborts the process for that."""
    if _stuck:
        log.error("%d capture thread(s) stuck opening a microphone; exiting without waiting for them", len(_stuck))
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def pulse_sources(max_age_s: float = 1.0) -> frozenset[str] | None:
    """The names of PulseAudio's sources (Linux with ``pactl``; about 5 ms, cached for *max_age_s*),
    or None when that cannot be known. On PulseAudio a QAudioDevice's id is its source's name."""
    global _sources
    now = time.monotonic()
    if now - _sources[0] < max_age_s:
        return _sources[1]
    names: frozenset[str] | None = None
    pactl = shutil.which("pactl") if sys.platform.startswith("linux") else None
    if pactl is not None:
        try:
            done = subprocess.run([pactl, "list", "short", "sources"], capture_output=True, text=True, timeout=2)
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None and done.returncode == 0:
            found = frozenset(ln.split("\t")[1] for ln in done.stdout.splitlines() if ln.count("\t") >= 1)
            names = found or None
    _sources = (now, names)
    return names


def _watch_devices() -> None:
    global _watcher
    if _watcher is None and QCoreApplication.instance() is not None:
        _watcher = QMediaDevices()
        _watcher.audioInputsChanged.connect(_gone.clear)


def forget_device(device_id: str) -> None:
    """*device_id* is gone (Qt may still list it): not offered or opened until the inputs change."""
    _watch_devices()
    _gone.add(device_id)


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
    _stop_aside = Signal()  # to workers set aside, queued: they stop if Qt ever lets them

    def __init__(self, parent: QObject | None = None, *, devices: Callable[[], list[QAudioDevice]] = _inputs) -> None:
        super().__init__(parent)
        self._devices = devices
        self._thread: QThread | None = None
        self._worker: CaptureWorker | None = None
        self._opened = False
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_TIMEOUT_MS)
        self._open_timer.timeout.connect(self._open_timed_out)
        self._asking_permission = False
        self._device_name, self._fallback = "", False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def recording(self) -> bool:
        return self._worker is not None or self._asking_permission

    def microphones(self) -> list[Microphone]:
        return list_microphones(self._present)

    def _present(self, max_age_s: float = 1.0) -> list[QAudioDevice]:
        """The inputs Qt lists, less those known to be gone (Qt 6.8 keeps listing an unplugged
        PulseAudio source, and opening one blocks for ever)."""
        devices = [d for d in self._devices() if device_key(d) not in _gone]
        sources = pulse_sources(max_age_s)
        if sources is not None and any(device_key(d) not in sources for d in devices):
            sources = pulse_sources(max_age_s=0)  # plugged in since the last look?
        return devices if sources is None else [d for d in devices if device_key(d) in sources]

    def start(self, path: Path | None, *, device_id: str = "", max_seconds: float = 120.0) -> None:
        """Start a take into *path* (a new WAV file; None: level only). Signals say how it went."""
        if self.recording:
            return
        devices = self._present(max_age_s=0)  # unplugged a moment ago? Opening it would hang
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
        self._opened = False
        self._open_timer.start()
        thread.start()

    def stop(self) -> None:
        """End the take; ``finished`` follows with it."""
        if self._worker is not None:
            self._stop_requested.emit()

    def _worker_opened(self, _format: str) -> None:
        self._opened = True
        self._open_timer.stop()
        self.started.emit(self._device_name, self._fallback)

    def _open_timed_out(self) -> None:
        worker = self._worker
        if worker is None or self._opened:
            return
        device = worker.request.device
        log.error("microphone %s did not open within %d ms: taken as gone", device.description(), OPEN_TIMEOUT_MS)
        forget_device(device_key(device))
        self._set_aside()
        self.failed.emit("open_timeout", f"{device.description()} did not open within {OPEN_TIMEOUT_MS} ms")

    def _set_aside(self) -> None:
        """Let go of a take whose thread is stuck in Qt opening a device (it cannot be interrupted)."""
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        self._open_timer.stop()
        if thread is None or worker is None:
            return
        for signal in (worker.opened, worker.level, worker.finished, worker.failed):
            signal.disconnect()
        self._stop_requested.disconnect(worker.stop)
        self._stop_now.disconnect(worker.stop)
        # Should Qt ever return, the worker stops at once and its thread ends; until then both are
        # kept (deleting a running QThread aborts the process: see exit_if_stuck()).
        entry = (thread, worker)
        _stuck.append(entry)
        worker.finished.connect(_quit_current_thread, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(_quit_current_thread, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._release_stuck)  # queued: on this (GUI) thread, once it has ended
        self._stop_aside.connect(worker.stop, Qt.ConnectionType.QueuedConnection)
        self._stop_aside.emit()

    def _release_stuck(self) -> None:
        for entry in list(_stuck):
            if entry[0].isFinished():  # a thread that has really ended may be deleted
                _stuck.remove(entry)

    def _end_thread(self) -> None:
        self._open_timer.stop()
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
        device = self._worker.request.device if self._worker is not None else None
        self._end_thread()
        if take.reason == "device_lost" and device is not None and sys.platform.startswith("linux"):
            forget_device(device_key(device))  # Qt (PulseAudio) goes on listing it; opening it would hang
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
        if not self._opened:
            self._set_aside()  # still opening: it may never return, so nothing waits for it
            return
        if thread.isRunning():
            self._stop_now.emit()
        self._end_thread()
