"""The sentence the interface shows when questions are shown as text only.

Translated in the "SpeechService" context (``python -m trainer.i18n.update`` reads this file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.speech.engine import SpeechStatus


def notice_text(status: SpeechStatus) -> str:
    """The sentence the UI shows when questions are text only (empty when no notice is due)."""
    if not status.needs_notice:
        return ""
    language = {
        "vi": QCoreApplication.translate("SpeechService", "Vietnamese"),
        "en": QCoreApplication.translate("SpeechService", "English"),
    }.get(status.language, status.language)
    if status.reason == "no_voice":
        return QCoreApplication.translate(
            "SpeechService", "No {language} voice is installed, so questions are shown as text only."
        ).format(language=language)
    if status.reason == "no_engine":
        return QCoreApplication.translate(
            "SpeechService", "No text-to-speech engine is available, so questions are shown as text only."
        )
    return QCoreApplication.translate(
        "SpeechService",
        "Speech stopped working, so questions are shown as text only: read each question on screen. "
        "Speech is tried again when you start the next interview.",
    )
