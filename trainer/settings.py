"""User settings, declared once with their defaults.

Stored as JSON in the user config folder. A missing, unreadable or corrupt file means the
defaults (the corrupt file is kept aside as ``settings.json.corrupt`` for inspection, and
:func:`take_set_aside` tells the window once, so it can say where); unknown keys are
ignored and values of the wrong type fall back to their default.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from trainer import paths
from trainer.domain.text import nfc_deep

log = logging.getLogger(__name__)


#: Bounds of the maximum length of a spoken answer (seconds).
MIN_ANSWER_SECONDS = 15
MAX_ANSWER_SECONDS = 600


@dataclass
class Settings:
    language: str = "vi"  # interface language: "vi" (default) or "en"
    database_url: str = ""  # empty: the SQLite file in the data folder
    extra_scenario_dirs: list[str] = field(default_factory=list)
    feedback_after_each_answer: bool = True
    speech_enabled: bool = True
    speech_engine: str = "auto"  # "auto", "pyttsx3" (espeak-ng, SAPI5, NSSpeech) or "qt" (QTextToSpeech)
    speech_rate: float = 1.0
    speech_volume: float = 1.0  # 0.0-1.0
    answer_clock: str = "level"  # "level" (on from intermediate), "on", "off"
    data_dir: str = ""  # empty: the per-user data folder; applies at the next start
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    last_trainee_id: str = ""  # the profile chosen last time
    microphone_id: str = ""  # empty: the system's default microphone
    microphone_name: str = ""  # its name, to say which one is missing when it is unplugged
    max_answer_seconds: int = 120  # a spoken answer stops recording after this
    speech_model_vi: str = ""  # folder of the Vietnamese speech-recognition (Vosk) model; empty: none
    speech_model_en: str = ""  # folder of the English model
    trainer_pin_hash: str = ""  # scrypt hash of the trainer PIN (trainer.ui.trainer_mode); empty: no PIN yet
    trainer_pin_failures: int = 0  # wrong trainer PINs in a row
    trainer_pin_retry_at: float = 0.0  # Unix time before which no PIN is tried (throttling survives restarts)

    def validated(self) -> Settings:
        if self.language not in ("vi", "en"):
            self.language = "vi"
        if not 0.5 <= self.speech_rate <= 2.0:
            self.speech_rate = 1.0
        if not 0.0 <= self.speech_volume <= 1.0:
            self.speech_volume = 1.0
        if self.speech_engine not in ("auto", "pyttsx3", "qt"):
            self.speech_engine = "auto"
        if self.answer_clock not in ("level", "on", "off"):
            self.answer_clock = "level"
        self.trainer_pin_failures = max(0, self.trainer_pin_failures)
        self.trainer_pin_retry_at = max(0.0, self.trainer_pin_retry_at)
        if not MIN_ANSWER_SECONDS <= self.max_answer_seconds <= MAX_ANSWER_SECONDS:
            self.max_answer_seconds = min(MAX_ANSWER_SECONDS, max(MIN_ANSWER_SECONDS, self.max_answer_seconds))
        return self

    def speech_models(self) -> dict[str, str]:
        """Speech-recognition model folders by scenario language."""
        return {"vi": self.speech_model_vi, "en": self.speech_model_en}


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


#: Corrupt settings files met in this process: file -> where it was moved (None: it could not be).
_set_aside: dict[Path, Path | None] = {}


def take_set_aside(path: Path | None = None) -> tuple[Path, Path | None] | None:
    """The corrupt settings file found at *path* (default: the user's) and where it went, once:
    the second call returns None, so the user is told only once."""
    path = path or settings_path()
    if path not in _set_aside:
        return None
    return path, _set_aside.pop(path)


def _set_aside_corrupt(path: Path) -> None:
    target = path.with_name(path.name + ".corrupt")
    stamp, n = time.strftime("%Y%m%d-%H%M%S"), 1
    while target.exists():  # keep the ones set aside earlier too
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n > 1 else ""))
        n += 1
    try:
        path.replace(target)
    except OSError as exc:
        log.warning("the corrupt settings file %s could not be moved aside: %s", path, exc)
        _set_aside[path] = None
    else:
        log.warning("the corrupt settings file %s was moved to %s", path, target)
        _set_aside[path] = target


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    defaults = Settings()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return defaults
    except OSError as exc:
        log.warning("cannot read settings %s (%s); using defaults", path, exc)
        return defaults
    try:
        data: Any = nfc_deep(json.loads(raw))
        if not isinstance(data, dict):
            raise ValueError("settings must be a JSON object")
    except ValueError as exc:
        log.warning("settings file %s is corrupt (%s); using defaults", path, exc)
        _set_aside_corrupt(path)
        return defaults
    values = {}
    for f in fields(Settings):
        if f.name in data:
            default = getattr(defaults, f.name)
            value = data[f.name]
            if isinstance(default, bool) != isinstance(value, bool) or not isinstance(value, type(default)):
                if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                    value = float(value)
                else:
                    log.warning("setting %s has the wrong type; using the default", f.name)
                    continue
            values[f.name] = value
    return Settings(**values).validated()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write never leaves a half-written settings file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:  # a full disk: the old file stays as it was, no half-written copy is left
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
