"""pyttsx3 (espeak-ng on Linux, SAPI 5 on Windows, NSSpeechSynthesizer on macOS) as a
:class:`~trainer.speech.engine.FileSpeechEngine`, run in a long-lived worker process.

The worker (:mod:`trainer.speech.worker`) starts once and stays warm, so an uncached
utterance costs the synthesis alone, not a process start. Every request has a timeout: a
worker that crashes or hangs is killed, the request fails with :class:`SynthesisFailed`,
and the next request starts a fresh worker. Methods block; call them off the GUI thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import IO, Any

from trainer.domain.text import nfc
from trainer.speech.engine import NoEngine, NoVoice, SpeechError, SynthesisFailed, VoiceInfo
from trainer.speech.voices import guess_language

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
#: A failed start is not retried for this many seconds (each try costs a process start).
START_RETRY_S = 30.0


class _WorkerGone(Exception):
    pass


def worker_command() -> list[str]:
    """How to start the worker. A frozen app (PyInstaller) must route ``--speech-worker`` to
    :func:`trainer.speech.worker.main` itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-worker"]
    return [sys.executable, "-m", "trainer.speech.worker"]


class Pyttsx3Engine:
    name = "pyttsx3"

    def __init__(
        self,
        *,
        driver: str | None = None,
        start_timeout: float = 20.0,
        synth_timeout: float = 10.0,
        per_char_timeout: float = 0.05,
    ) -> None:
        self.driver = driver
        self.start_timeout = start_timeout
        self.synth_timeout = synth_timeout
        self.per_char_timeout = per_char_timeout
        #: synthesis requests sent to a worker, and workers started (tests read both)
        self.requests = 0
        self.starts = 0
        self._lock = threading.RLock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=20)
        self._hello: dict[str, Any] = {}
        self._next_id = 0
        self._start_error: tuple[float, NoEngine] | None = None

    # --- worker life ---------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def supports_pitch(self) -> bool:
        with self._lock:
            self._ensure_started()
            return bool(self._hello.get("supports_pitch"))

    @property
    def driver_name(self) -> str:
        with self._lock:
            self._ensure_started()
            return str(self._hello.get("driver", ""))

    def start(self) -> None:
        """Start the worker now (a warm-up); raises :class:`NoEngine` if it cannot start."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        if self._start_error is not None and time.monotonic() - self._start_error[0] < START_RETRY_S:
            raise self._start_error[1]
        self._discard()
        try:
            self._spawn()
        except NoEngine as exc:
            self._start_error = (time.monotonic(), exc)
            self._discard()
            raise
        self._start_error = None

    def _spawn(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p)
        env["PYTHONIOENCODING"] = "utf-8"
        if self.driver:
            env["TRAINER_PYTTSX3_DRIVER"] = self.driver
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        try:
            proc = subprocess.Popen(
                worker_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                creationflags=flags,
            )
        except OSError as exc:
            raise NoEngine(f"cannot start the speech worker: {exc}", engine=self.name) from exc
        self.starts += 1
        self._proc = proc
        lines: queue.Queue[bytes | None] = queue.Queue()
        self._lines = lines
        assert proc.stdout is not None and proc.stderr is not None
        threading.Thread(target=_pump_lines, args=(proc.stdout, lines), daemon=True, name="tts-worker-out").start()
        threading.Thread(target=self._pump_stderr, args=(proc.stderr,), daemon=True, name="tts-worker-err").start()
        try:
            hello = self._read(time.monotonic() + self.start_timeout)
        except _WorkerGone as exc:
            raise NoEngine(f"the speech worker did not start: {exc}; {self._stderr_tail()}", engine=self.name) from exc
        if not hello.get("ok"):
            raise NoEngine(str(hello.get("message") or "pyttsx3 could not start"), engine=self.name)
        self._hello = hello
        log.info(
            "speech worker %s started: pyttsx3 driver %s, %d voices",
            proc.pid,
            hello.get("driver"),
            len(hello.get("voices") or ()),
        )

    def _pump_stderr(self, stream: IO[bytes]) -> None:
        for raw in iter(stream.readline, b""):
            text = raw.decode("utf-8", "replace").rstrip()
            if text:
                self._stderr.append(text)
                log.debug("speech worker: %s", text)

    def _stderr_tail(self) -> str:
        return " | ".join(list(self._stderr)[-5:]) or "no output"

    def _read(self, deadline: float) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _WorkerGone("timed out")
        try:
            raw = self._lines.get(timeout=remaining)
        except queue.Empty:
            raise _WorkerGone("timed out") from None
        if raw is None:
            raise _WorkerGone("it exited")
        try:
            message = json.loads(raw.decode("ascii", "replace"))
        except ValueError as exc:
            raise _WorkerGone(f"it sent garbage: {raw[:80]!r}") from exc
        if not isinstance(message, dict):
            raise _WorkerGone(f"it sent {message!r}")
        return message

    def _request(self, payload: dict[str, Any], timeout: float) -> dict[str, Any]:
        with self._lock:
            self._ensure_started()
            proc = self._proc
            assert proc is not None and proc.stdin is not None
            self._next_id += 1
            rid = self._next_id
            line = json.dumps({"id": rid, **payload}, ensure_ascii=True) + "\n"
            deadline = time.monotonic() + timeout
            try:
                proc.stdin.write(line.encode("ascii"))
                proc.stdin.flush()
                while True:
                    reply = self._read(deadline)
                    if reply.get("id") == rid:
                        return reply
            except (OSError, _WorkerGone) as exc:
                pid = proc.pid
                self._kill()
                raise SynthesisFailed(
                    f"speech worker {pid} failed ({exc}); a new one starts with the next request",
                    engine=self.name,
                ) from exc

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()

    def _discard(self) -> None:
        if self._proc is not None:
            self._kill()

    def close(self) -> None:
        """Ask the worker to quit (kill it if it does not within a second, or at once when a
        request is in progress: that request then fails instead of holding up the exit)."""
        if not self._lock.acquire(timeout=0.5):
            proc = self._proc
            if proc is not None:
                with contextlib.suppress(OSError):
                    proc.kill()
            self._lock.acquire()
        try:
            proc = self._proc
            if proc is None:
                return
            with contextlib.suppress(OSError, ValueError):
                assert proc.stdin is not None
                proc.stdin.write(b'{"op": "quit"}\n')
                proc.stdin.flush()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=1)
            self._kill()
        finally:
            self._lock.release()

    # --- the engine ----------------------------------------------------------------------
    def available(self) -> bool:
        try:
            return bool(self.voices())
        except SpeechError:
            return False

    def voices(self) -> list[VoiceInfo]:
        with self._lock:
            self._ensure_started()
            hello = self._hello
        variants: dict[str, list[str]] = hello.get("variants") or {}
        out: list[VoiceInfo] = []
        for v in hello.get("voices") or ():
            language = guess_language(v["id"], v["name"], v.get("languages") or ())
            gender = v.get("gender") if v.get("gender") in ("female", "male") else None
            out.append(VoiceInfo(v["id"], v["name"], language, gender, self.name))
            for variant_gender, names in variants.items():
                for variant in names:
                    out.append(
                        VoiceInfo(
                            f"{v['id']}+{variant}",
                            f"{v['name']} +{variant}",
                            language,
                            variant_gender if variant_gender in ("female", "male") else None,  # type: ignore[arg-type]
                            self.name,
                        )
                    )
        return out

    def synthesize(self, text: str, voice_id: str, rate: float, pitch: float, path: Path) -> Path:
        text = nfc(text).strip()
        if not text:
            raise SynthesisFailed("nothing to say: the text is empty", engine=self.name)
        timeout = self.synth_timeout + self.per_char_timeout * len(text)
        request = {
            "op": "synth",
            "text": text,
            "voice": voice_id,
            "rate": rate,
            "pitch": pitch,
            "path": str(path),
            "wait": max(1.0, timeout - 2.0),
        }
        self.requests += 1
        reply = self._request(request, timeout)
        if reply.get("ok"):
            return Path(str(reply["path"]))
        message = str(reply.get("message") or "synthesis failed")
        if reply.get("error") == "no_voice":
            raise NoVoice("", engine=self.name, message=message)
        raise SynthesisFailed(message, engine=self.name)


def _pump_lines(stream: IO[bytes], lines: queue.Queue[bytes | None]) -> None:
    try:
        for raw in iter(stream.readline, b""):
            lines.put(raw)
    except (OSError, ValueError):
        pass
    finally:
        lines.put(None)
