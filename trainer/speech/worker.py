"""The pyttsx3 worker process: ``python -m trainer.speech.worker``.

pyttsx3 is not thread-safe and its run loop is fragile, so it runs alone in this process,
long-lived, driven by :class:`trainer.speech.pyttsx3_engine.Pyttsx3Engine`.

Protocol: one JSON object per line (ASCII only, so no encoding can garble it). The channel
is the process's *original* standard output; file descriptor 1 is then pointed at the null
device, so pyttsx3's own prints ("Audio saved to ...") never reach the channel.

* on start the worker sends ``{"id": 0, "op": "hello", "ok": true, "pid", "driver",
  "default_rate", "supports_pitch", "variants", "voices": [{"id", "name", "languages",
  "gender"}]}`` or ``{"id": 0, "op": "hello", "ok": false, "error", "message"}``;
* ``{"id", "op": "synth", "text", "voice", "rate", "pitch", "path", "wait"}`` →
  ``{"id", "ok": true, "path", "bytes", "count"}`` or ``{"id", "ok": false, "error":
  "no_voice" | "synthesis_failed", "message"}``; ``rate`` is a multiplier of the driver's
  normal words per minute, ``pitch`` is -1…1 (used by espeak only), ``wait`` the seconds
  the worker waits for the engine before giving up (and exiting, as it may be stuck);
* ``{"id", "op": "ping"}`` → ``{"id", "ok": true, "pid", "count"}``; ``{"op": "quit"}`` ends it.

The worker also ends at end of input (the app closed or died).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

#: espeak-ng voice variants offered per language voice, by gender (``aav/vi+f3`` …).
ESPEAK_VARIANTS = {"female": ["f3", "f4"], "male": ["m3"]}


def default_driver() -> str:
    env = os.environ.get("TRAINER_PYTTSX3_DRIVER")
    if env:
        return env
    if sys.platform == "win32":
        return "sapi5"
    if sys.platform == "darwin":
        return "nsss"
    return "espeak"


class WorkerError(Exception):
    def __init__(self, code: str, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.fatal = fatal


class Pyttsx3Synth:
    """pyttsx3 driven synchronously, one utterance at a time, into files."""

    def __init__(self, driver: str) -> None:
        import pyttsx3

        self.driver = driver
        self.engine = pyttsx3.init(driver)
        self.errors: list[BaseException] = []
        self.finished = threading.Event()
        self.engine.connect("error", self._on_error)
        self.engine.connect("finished-utterance", self._on_finished)
        self.default_rate = int(self.engine.getProperty("rate") or 200)
        self.count = 0
        self.voice_list = self._voices()
        self.ids = {v["id"] for v in self.voice_list}

    def _on_error(self, name: object = None, exception: BaseException | None = None, **_: object) -> None:
        self.errors.append(exception or RuntimeError("pyttsx3 reported an error"))

    def _on_finished(self, **_: object) -> None:
        self.finished.set()

    @property
    def waits_for_callback(self) -> bool:
        # pyttsx3's espeak driver returns from runAndWait() ~10 ms after starting espeak's
        # asynchronous synthesis, whether or not the file was written: wait for its
        # "finished-utterance" callback (sent from espeak's thread after writing the file).
        return self.driver == "espeak"

    def _settle(self) -> None:
        # espeak queues parameter changes (rate, pitch) in its own thread, and may still be
        # winding down the previous message after its callback fired. pyttsx3's runAndWait()
        # begins with a "stop" that, if espeak is busy then, cancels the *new* utterance
        # (an empty 44-byte file). So wait until espeak is idle before each utterance.
        if self.driver == "espeak":
            from pyttsx3.drivers import _espeak

            _espeak.Synchronize()

    @property
    def supports_pitch(self) -> bool:
        return self.driver == "espeak"

    def _voices(self) -> list[dict[str, Any]]:
        out = []
        for v in self.engine.getProperty("voices") or []:
            vid = str(v.id)
            if self.driver == "espeak" and vid.startswith("mb/"):
                continue  # MBROLA voices need separately installed databases
            languages = []
            for lang in getattr(v, "languages", None) or []:
                languages.append(lang.decode("utf-8", "ignore") if isinstance(lang, bytes) else str(lang))
            gender = getattr(v, "gender", None)
            out.append(
                {
                    "id": vid,
                    "name": str(getattr(v, "name", "") or vid),
                    "languages": languages,
                    "gender": str(gender).lower() if gender else None,
                }
            )
        return out

    def _check_voice(self, voice: str) -> None:
        base, _, variant = voice.partition("+")
        known_variants = {x for names in ESPEAK_VARIANTS.values() for x in names}
        if self.driver == "espeak" and variant and base in self.ids and variant in known_variants:
            return
        if voice not in self.ids:
            raise WorkerError("no_voice", f"unknown voice {voice!r}")

    def synth(self, text: str, voice: str, rate: float, pitch: float, path: str, wait: float) -> dict[str, Any]:
        self._check_voice(voice)
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.errors.clear()
        self.finished.clear()
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", max(40, round(self.default_rate * float(rate))))
        if self.supports_pitch:
            self.engine.setProperty("pitch", max(0, min(99, round(50 + 50 * float(pitch)))))
        for attempt in (1, 2):
            self._settle()
            self.finished.clear()
            self.engine.save_to_file(text, str(target))
            self.engine.runAndWait()
            if self.waits_for_callback and not self.finished.wait(wait):
                # The engine may still write into this file later: this process is not reusable.
                raise WorkerError("synthesis_failed", f"pyttsx3 did not finish within {wait:.0f} s", fatal=True)
            self._settle()
            if self.errors:
                raise WorkerError("synthesis_failed", f"pyttsx3: {self.errors[0]!r}")
            size = target.stat().st_size if target.exists() else 0
            if size > 44:
                self.count += 1
                return {"path": str(target), "bytes": size, "count": self.count, "attempts": attempt}
        # espeak cancelled the utterance (an empty 44-byte file, seen under heavy load) twice
        raise WorkerError("synthesis_failed", f"pyttsx3 wrote no audio to {target}")


def _open_channel() -> TextIO:
    """Keep the original stdout for the protocol; send everything else printed to fd 1 nowhere."""
    sys.stdout.flush()
    channel_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    return os.fdopen(channel_fd, "w", encoding="ascii", newline="\n", buffering=1)


def _send(channel: TextIO, message: dict[str, Any]) -> None:
    channel.write(json.dumps(message, ensure_ascii=True) + "\n")
    channel.flush()


def _handle(synth: Pyttsx3Synth, request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    if op == "synth":
        return synth.synth(
            str(request["text"]),
            str(request["voice"]),
            float(request.get("rate", 1.0)),
            float(request.get("pitch", 0.0)),
            str(request["path"]),
            float(request.get("wait", 8.0)),
        )
    if op == "ping":
        return {"pid": os.getpid(), "count": synth.count}
    if op == "voices":
        return {"voices": synth.voice_list}
    raise WorkerError("bad_request", f"unknown op {op!r}")


def main() -> int:
    channel = _open_channel()
    stdin = open(sys.stdin.fileno(), encoding="ascii", errors="replace", closefd=False)  # noqa: SIM115
    driver = default_driver()
    try:
        synth = Pyttsx3Synth(driver)
    except Exception as exc:  # missing library, driver or espeak data: the client reports NoEngine
        _send(channel, {"id": 0, "op": "hello", "ok": False, "error": "no_engine", "message": f"{driver}: {exc!r}"})
        return 1
    _send(
        channel,
        {
            "id": 0,
            "op": "hello",
            "ok": True,
            "pid": os.getpid(),
            "driver": driver,
            "default_rate": synth.default_rate,
            "supports_pitch": synth.supports_pitch,
            "variants": ESPEAK_VARIANTS if driver == "espeak" else {},
            "voices": synth.voice_list,
        },
    )
    for line in stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError as exc:
            _send(channel, {"id": None, "ok": False, "error": "bad_request", "message": str(exc)})
            continue
        if request.get("op") == "quit":
            break
        rid = request.get("id")
        try:
            reply = {"id": rid, "ok": True, **_handle(synth, request)}
        except WorkerError as exc:
            reply = {"id": rid, "ok": False, "error": exc.code, "message": str(exc)}
            if exc.fatal:
                _send(channel, reply)
                return 3  # the client starts a fresh worker for the next request
        except Exception as exc:
            reply = {"id": rid, "ok": False, "error": "synthesis_failed", "message": repr(exc)}
        _send(channel, reply)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
