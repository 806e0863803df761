"""`python main.py selftest` (or `media-response-trainer selftest` in a build): check that
this installation works, without a window and without touching the user's data.

It loads the bundled scenario library, creates and upgrades a database in a temporary
folder (the migrations must be found), synthesises one question with the real speech
engine and checks the sound, loads the interface translations, the Qt multimedia and
speech plugins and the transcription library. Each check prints one line; the exit code is
0 when all pass, 1 otherwise. Support can ask a teacher to run it and read the lines back.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import __version__, paths
from trainer.speech.wavinfo import WavStats, wav_stats

if TYPE_CHECKING:
    from trainer.content.loader import ScenarioReport

log = logging.getLogger(__name__)

#: A WAV quieter than this (peak, full scale = 1) counts as silence.
MIN_PEAK = 0.05
#: Plausible speaking time of a question, in seconds per character (espeak-ng speaks
#: Vietnamese at ~15 characters a second at the normal rate).
MIN_S_PER_CHAR = 0.02
MAX_S_PER_CHAR = 0.25
SPEECH_HINT = (
    "install a Vietnamese voice (Settings > Time & language > Speech); see docs/speech.md"
    if sys.platform == "win32"
    else "install espeak-ng (sudo apt-get install espeak-ng); see docs/speech.md"
)


class CheckFailed(Exception):
    """A check that did not pass: *message* says what is wrong, *hint* what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "selftest",
        help="check that this installation works (scenarios, database, speech, translations)",
        description="Check that this installation works, without opening a window or touching your data: "
        "load the bundled scenarios, create and upgrade a database in a temporary folder, speak one question "
        "with the speech engine, load the translations and the Qt multimedia and speech plugins. "
        "Exit code 0 when every check passes.",
    )
    p.set_defaults(func=run)


def run(_args: argparse.Namespace) -> int:
    where = (
        f"build at {Path(sys.executable).parent}"
        if getattr(sys, "frozen", False)
        else f"source at {paths.PACKAGE_DIR.parent}"
    )
    print(f"Media Response Trainer {__version__} self-test ({where})", flush=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="trainer-selftest-") as tmp:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("scenarios", check_scenarios),
            ("database", lambda: check_database(Path(tmp))),
            ("speech", lambda: check_speech(Path(tmp))),
            ("translations", check_translations),
            ("qt-multimedia", check_multimedia),
            ("qt-speech", check_qt_speech),
            ("transcription", check_transcription),
        ]
        for name, check in checks:
            started = time.monotonic()
            try:
                detail = check()
            except CheckFailed as exc:
                failures += 1
                hint = f" What to do: {exc.hint}" if exc.hint else ""
                print(f"FAILED  {name:<14} {exc}.{hint}", flush=True)
                log.info("selftest %s failed: %s", name, exc)
                continue
            except Exception as exc:  # a check must report, never crash the others
                failures += 1
                log.exception("selftest %s failed unexpectedly", name)
                print(f"FAILED  {name:<14} unexpected error: {exc!r} (details in the log file)", flush=True)
                continue
            print(f"ok      {name:<14} {detail} [{time.monotonic() - started:.1f} s]", flush=True)
    if failures:
        print(
            f"Self-test FAILED: {failures} of {len(checks)} checks. The log file is in {paths.log_dir()}.",
            flush=True,
        )
        return 1
    print(f"Self-test passed: all {len(checks)} checks.", flush=True)
    return 0


def _load_bundled() -> list[ScenarioReport]:
    from trainer.content.loader import load_library

    folder = paths.bundled_scenarios_dir()
    if not folder.is_dir():
        raise CheckFailed(f"the bundled scenario folder {folder} is missing", "reinstall the app")
    return load_library([folder])


def check_scenarios() -> str:
    reports = _load_bundled()
    folder = paths.bundled_scenarios_dir()
    if not reports:
        raise CheckFailed(f"no scenario files in {folder}", "reinstall the app")
    broken = [r for r in reports if not r.valid or r.scenario is None]
    if broken:
        first = "; ".join(r.errors[0].describe(r.name) if r.errors else r.name for r in broken[:3])
        raise CheckFailed(
            f"{len(broken)} of {len(reports)} bundled scenario(s) have errors: {first}",
            "run `validate` on the scenario folder, fix or remove the files, or reinstall the app",
        )
    languages = Counter(r.scenario.language for r in reports if r.scenario is not None)
    by_language = ", ".join(f"{n} {lang}" for lang, n in sorted(languages.items()))
    return f"{len(reports)} bundled scenarios load without errors ({by_language}) from {folder}"


def check_database(tmp: Path) -> str:
    from sqlalchemy import text

    from trainer.storage import migrate
    from trainer.storage.engine import open_database
    from trainer.storage.errors import StorageError

    if not migrate.MIGRATIONS_DIR.is_dir():
        raise CheckFailed(f"the database migrations are missing ({migrate.MIGRATIONS_DIR})", "reinstall the app")
    path = tmp / "data" / "progress.sqlite3"
    try:
        db = open_database(str(path), data_dir=tmp / "data")
    except StorageError as exc:
        raise CheckFailed(f"a new database could not be created and upgraded: {exc}", "reinstall the app") from exc
    try:
        revision = migrate.current_revision(db)
        head = migrate.head_revision()
        with db.engine.connect() as conn:
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar()
    finally:
        db.close()
    if revision != head:
        raise CheckFailed(f"the new database is at schema {revision}, not the newest ({head})", "reinstall the app")
    if integrity != "ok":
        raise CheckFailed(f"the new database fails its integrity check: {integrity}")
    steps = sum(1 for _ in migrate.script_directory().walk_revisions())
    return f"a new SQLite database upgraded through {steps} migration(s) to schema {head}"


def check_speech(tmp: Path) -> str:
    """Speak the first question of a Vietnamese bundled scenario. Without a Vietnamese voice
    in pyttsx3 (usual with SAPI 5 on Windows, where the app then speaks Vietnamese through
    Qt's engine) an English scenario is spoken instead, and the line says so."""
    from trainer.speech.cache import SpeechCache
    from trainer.speech.engine import NoVoice, SpeechError
    from trainer.speech.pyttsx3_engine import Pyttsx3Engine
    from trainer.speech.synth import Synthesizer, speaking_order

    try:
        scenarios = [r.scenario for r in _load_bundled() if r.valid and r.scenario is not None]
    except CheckFailed:
        scenarios = []
    if not scenarios:
        raise CheckFailed("not checked: there is no valid bundled scenario to speak a question from", "see above")
    candidates = {s.language: s for s in reversed(scenarios)}  # the first scenario of each language
    ordered = sorted(candidates.values(), key=lambda s: s.language != "vi")
    engine = Pyttsx3Engine()
    notes = []
    try:
        synth = Synthesizer(engine, SpeechCache(tmp / "tts-cache"))
        for scenario in ordered:
            question = speaking_order(scenario)[0]
            try:
                utterance = synth.plan(scenario).utterance(question)
                wav = synth.render(utterance)
                break
            except NoVoice:
                notes.append(f"no {scenario.language} voice in pyttsx3 ({SPEECH_HINT})")
            except SpeechError as exc:
                raise CheckFailed(
                    f"the speech engine could not speak a {scenario.language} question: {exc}", SPEECH_HINT
                ) from exc
        else:
            raise CheckFailed("the speech engine has no voice for any bundled scenario's language", SPEECH_HINT)
        driver = engine.driver_name
    finally:
        engine.close()
    chars = len(utterance.text)
    stats = judge_speech(wav, chars)
    note = f" [{'; '.join(notes)}]" if notes else ""
    return (
        f"{driver} spoke question {question.id!r} of {scenario.id} ({chars} characters, "
        f"voice {utterance.choice.voice_id}): {stats.duration_s:.1f} s of sound, peak {stats.peak:.0%} of full scale"
        f"{note}"
    )


def judge_speech(wav: Path, chars: int) -> WavStats:
    """The WAV of a spoken text of *chars* characters: raise :class:`CheckFailed` if it is
    unreadable, silent, or too short or too long for the text."""
    try:
        stats = wav_stats(wav)
    except Exception as exc:
        raise CheckFailed(f"the speech engine wrote {wav.name}, which is not a readable PCM WAV file: {exc}") from exc
    low, high = max(0.3, chars * MIN_S_PER_CHAR), chars * MAX_S_PER_CHAR + 2.0
    if stats.peak < MIN_PEAK:
        raise CheckFailed(f"the spoken question is silent (peak {stats.peak:.3f} of full scale)", SPEECH_HINT)
    if not low <= stats.duration_s <= high:
        raise CheckFailed(
            f"the spoken question lasts {stats.duration_s:.1f} s, implausible for {chars} characters "
            f"(expected {low:.1f}–{high:.1f} s)",
            SPEECH_HINT,
        )
    return stats


def _core_application() -> None:
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        QCoreApplication(["media-response-trainer", "selftest"])


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    from trainer.ui.application import I18N_DIR, LANGUAGES

    shown = []
    for language in LANGUAGES:
        qm = I18N_DIR / f"trainer_{language}.qm"
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise CheckFailed(f"the {language} interface translation {qm} cannot be loaded", "reinstall the app")
        title = translator.translate("MainWindow", "Media Response Trainer")
        if language != "en" and (not title or title == "Media Response Trainer"):
            raise CheckFailed(f"the {language} interface translation {qm} does not translate the window title")
        shown.append(f'{language} "{title or "Media Response Trainer"}"')
    return "interface translations load: " + ", ".join(shown)


def check_multimedia() -> str:
    from PySide6.QtCore import QLoggingCategory

    _core_application()
    # Qt probes PipeWire (for screen capture only) and says so: not a problem here.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false")
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if QMediaFormat.FileFormat.Wave not in formats:
        raise CheckFailed(
            "the Qt multimedia backend is missing or cannot play WAV files (recorded answers cannot be played back)",
            "reinstall the app; from source, reinstall PySide6-Addons",
        )
    outputs = len(QMediaDevices.audioOutputs())
    inputs = len(QMediaDevices.audioInputs())
    return f"the backend decodes {len(formats)} formats including WAV; {outputs} audio output(s), {inputs} input(s)"


def check_qt_speech() -> str:
    _core_application()
    from PySide6.QtTextToSpeech import QTextToSpeech

    engines = list(QTextToSpeech.availableEngines())
    if not engines:
        raise CheckFailed("no Qt speech plugin found (the Qt speech engine cannot be chosen)", "reinstall the app")
    return "Qt speech engines: " + ", ".join(engines)


def check_transcription() -> str:
    try:
        import vosk
    except Exception as exc:  # an OSError when libvosk cannot be loaded
        raise CheckFailed(
            f"the vosk transcription library cannot be loaded: {exc}",
            "spoken answers can still be recorded and typed in; reinstall the app to transcribe them",
        ) from exc
    vosk.SetLogLevel(-1)
    return "the vosk library loads; transcribing needs a model folder (see docs/spoken-answers.md)"
