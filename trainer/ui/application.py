"""Creating the QApplication: names, translations, fonts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from trainer import __version__

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ("vi", "en")


_installed: list[QTranslator] = []


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the interface translation. Source strings are English; Vietnamese is the default.

    Locales are made from their names and the installed translator is remembered here: touching
    QLocale's enums or calling findChildren() makes PySide6 build hundreds of Python enums,
    several milliseconds of start-up."""
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        QLocale.setDefault(QLocale("en_GB"))
        return None
    QLocale.setDefault(QLocale("vi_VN"))
    translator = QTranslator(app)
    qm = I18N_DIR / f"trainer_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s could not be loaded; the interface stays in English", qm)
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    from trainer.settings import load_settings

    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("media-response-trainer")
    app.setApplicationDisplayName("Media Response Trainer")
    app.setOrganizationName("media-response-trainer")
    app.setApplicationVersion(__version__)
    chosen = language or load_settings().language
    install_translator(app, chosen if chosen in LANGUAGES else "vi")
    app.setProperty("trainer_language", chosen)
    return app


def current_language() -> str:
    """The interface language in use ("vi" or "en")."""
    app = QApplication.instance()
    value = app.property("trainer_language") if app is not None else None
    return str(value) if value in LANGUAGES else "vi"
