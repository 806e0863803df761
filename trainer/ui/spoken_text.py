"""Sentences about spoken answers, in the interface language: what was measured, and what
went wrong with a model or a transcription (the speech layer gives codes, not prose)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from trainer.ui.answer_audio import clock_text
from trainer.ui.application import current_language

if TYPE_CHECKING:
    from trainer.speech.delivery import AudioAnalysis
    from trainer.speech.transcribe import TranscriptionError

#: Where Vosk models are published, and the ones to suggest (also in trainer.speech.model_store).
MODELS_URL = "https://alphacephei.com/vosk/models"
SUGGESTED_VI_MODEL = "vosk-model-small-vn-0.4"
SUGGESTED_EN_MODEL = "vosk-model-small-en-us-0.15"


def seconds_text(value: float) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if current_language() == "vi" else text


def language_name(code: str) -> str:
    return {
        "vi": QCoreApplication.translate("SpokenText", "Vietnamese"),
        "en": QCoreApplication.translate("SpokenText", "English"),
    }.get(code, code)


def suggested_model(code: str) -> str:
    return SUGGESTED_VI_MODEL if code == "vi" else SUGGESTED_EN_MODEL


def delivery_summary(take_s: float, audio: AudioAnalysis, latency_before_s: float = 0.0) -> str:
    """What the analysis of a take found, in one or two sentences."""
    if not audio.heard_speech:
        return QCoreApplication.translate("SpokenText", "Recorded %1; no speech was heard.").replace(
            "%1", clock_text(take_s)
        )
    parts = [
        QCoreApplication.translate("SpokenText", "Recorded %1.").replace("%1", clock_text(take_s)),
        QCoreApplication.translate("SpokenText", "You began speaking %1 s after the question.").replace(
            "%1", seconds_text(latency_before_s + (audio.onset_s or 0.0))
        ),
        QCoreApplication.translate("SpokenText", "You spoke for %1 with %2 medium and %3 long pauses.")
        .replace("%1", clock_text(audio.speaking_time_s))
        .replace("%2", str(audio.pauses_medium))
        .replace("%3", str(audio.pauses_long)),
    ]
    return " ".join(parts)


def stored_delivery_text(delivery: Mapping[str, Any] | None, language: str) -> str:
    """A one-line summary of a stored delivery record (feedback on a spoken answer)."""
    if not delivery:
        return ""
    parts = [QCoreApplication.translate("SpokenText", "Spoken answer")]
    onset = delivery.get("onset_latency_s")
    if isinstance(onset, int | float):
        parts.append(
            QCoreApplication.translate("SpokenText", "began after %1 s").replace("%1", seconds_text(float(onset)))
        )
    speaking = delivery.get("speaking_time_s")
    if isinstance(speaking, int | float):
        parts.append(
            QCoreApplication.translate("SpokenText", "%1 of speech").replace("%1", clock_text(float(speaking)))
        )
    long_pauses = delivery.get("pauses_long")
    if isinstance(long_pauses, int):
        parts.append(QCoreApplication.translate("SpokenText", "%1 long pauses").replace("%1", str(long_pauses)))
    pace = delivery.get("syllables_per_minute") if language == "vi" else delivery.get("words_per_minute")
    if isinstance(pace, int | float):
        unit = (
            QCoreApplication.translate("SpokenText", "%1 syllables/min")
            if language == "vi"
            else QCoreApplication.translate("SpokenText", "%1 words/min")
        )
        parts.append(unit.replace("%1", str(round(float(pace)))))
    fillers = delivery.get("filler_count")
    if isinstance(fillers, int):
        parts.append(QCoreApplication.translate("SpokenText", "%1 fillers").replace("%1", str(fillers)))
    return " · ".join(parts)


def recording_failure_text(code: str) -> str:
    """Why a recording could not start, and that typing remains possible."""
    messages = {
        "no_device": QCoreApplication.translate(
            "SpokenText",
            "No microphone was found. Type your answer below, or connect a microphone and choose it in Settings.",
        ),
        "permission_denied": QCoreApplication.translate(
            "SpokenText",
            "This computer does not allow the app to use the microphone. Allow it in the system's privacy "
            "settings, or type your answer below.",
        ),
        "open_failed": QCoreApplication.translate(
            "SpokenText",
            "The microphone could not be opened (another program may be using it). Type your answer, or try again.",
        ),
        "open_timeout": QCoreApplication.translate(
            "SpokenText",
            "The microphone does not respond (was it unplugged?). Type your answer, or plug it in again and "
            "press Space.",
        ),
        "no_audio": QCoreApplication.translate(
            "SpokenText",
            "The microphone sends no sound. Check that it is connected and not muted, or type your answer.",
        ),
        "write_failed": QCoreApplication.translate(
            "SpokenText",
            "The recording cannot be saved in the data folder (is the disk full or read-only?). Type your answer.",
        ),
    }
    return messages.get(code, messages["open_failed"])


def transcription_error_text(error: TranscriptionError, language: str = "vi") -> str:
    """What went wrong with a speech-recognition model or a transcription, and what to do."""
    code = error.code
    model = suggested_model(language)
    if code == "model_missing":
        return QCoreApplication.translate(
            "SpokenText",
            "The speech-recognition model folder set in Settings does not exist any more (was it on a USB stick?). "
            "Choose the folder again, or import the model's .zip file.",
        )
    if code == "not_a_folder":
        return QCoreApplication.translate(
            "SpokenText",
            "The model set in Settings is a file, not a folder. If it is the model's .zip file, use “Import .zip…” "
            "in Settings instead.",
        )
    if code == "not_a_model":
        return QCoreApplication.translate(
            "SpokenText",
            "The folder set in Settings is not a Vosk speech-recognition model (a model folder holds “am”, “conf” "
            "and “graph”). Choose the folder you unzipped, or import the .zip file of %1.",
        ).replace("%1", model)
    if code == "model_corrupt":
        return QCoreApplication.translate(
            "SpokenText",
            "The speech-recognition model could not be loaded: its files are damaged or incomplete. "
            "Copy or import the model's .zip file again.",
        )
    if code == "zip_bad":
        return QCoreApplication.translate(
            "SpokenText", "This file is not a readable .zip archive (it may be incomplete). Copy it again and retry."
        )
    if code == "zip_no_model":
        return (
            QCoreApplication.translate(
                "SpokenText",
                "This .zip file holds no Vosk speech-recognition model. Download a model such as %1 from %2.",
            )
            .replace("%1", model)
            .replace("%2", MODELS_URL)
        )
    if code == "zip_unsafe":
        return QCoreApplication.translate(
            "SpokenText", "This .zip file tries to write outside its own folder, so it was not imported."
        )
    if code == "no_space":
        return QCoreApplication.translate(
            "SpokenText", "There is not enough free disk space to import the model. Free some space and try again."
        )
    if code == "copy_failed":
        return QCoreApplication.translate(
            "SpokenText", "The model could not be copied into the data folder: %1"
        ).replace("%1", error.detail)
    if code == "audio_unreadable":
        return QCoreApplication.translate("SpokenText", "The recording could not be read, so it was not transcribed.")
    if code == "no_engine":
        return QCoreApplication.translate(
            "SpokenText",
            "The speech-recognition engine (Vosk) is not installed correctly, so answers are not transcribed.",
        )
    return QCoreApplication.translate("SpokenText", "The transcription failed: %1").replace("%1", error.detail or code)
