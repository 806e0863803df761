"""Composition root: logging, settings, database, main window — and the command line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)

GUI_HELP_FLAGS = ("-h", "--help", "--version")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--speech-worker"]:  # the built app is its own speech worker (pyttsx3_engine.worker_command)
        from trainer.speech import worker

        return worker.main()
    if args and (args[0] in GUI_HELP_FLAGS or not args[0].startswith("-")):
        # A command (the app's own options all start with "-"): argparse explains unknown ones.
        from trainer import cli
        from trainer.logsetup import setup_logging

        setup_logging(console=True)
        return cli.run(args)
    return run_gui(args)


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python main.py", add_help=False)
    p.add_argument("--lang", choices=("vi", "en"), default=None, help="interface language (default: Vietnamese)")
    p.add_argument("--scenario-dir", action="append", default=[], help="an extra folder of scenario files")
    p.add_argument("--database-url", default=None, help="SQLAlchemy URL of a shared database")
    return p


GUI_DEFAULTS = argparse.Namespace(lang=None, scenario_dir=[], database_url=None)


def run_gui(argv: Sequence[str]) -> int:
    args, qt_args = gui_parser().parse_known_args(list(argv)) if argv else (GUI_DEFAULTS, [])
    from trainer.logsetup import install_qt_message_handler, setup_logging

    setup_logging()
    from trainer.ui.application import create_application

    app = create_application(["media-response-trainer", *qt_args], language=args.lang)
    install_qt_message_handler()
    from trainer.ui.main_window import MainWindow

    window = MainWindow(extra_scenario_dirs=args.scenario_dir, database_url=args.database_url)
    window.show()
    quit_when = os.environ.get("TRAINER_QUIT_WHEN_SHOWN")
    if quit_when:  # start-up benchmark and tests: report the first event-loop turn, then quit
        import time

        from PySide6.QtCore import QTimer

        def shown() -> None:
            print(f"shown-at {time.time():.6f}", flush=True)
            if quit_when not in ("loading", "listed"):
                app.quit()

        def listed() -> None:
            print(f"listed-at {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
        if quit_when == "loading":  # quit while the background loading is under way
            window.startup_begun.connect(lambda: QTimer.singleShot(0, app.quit))
        elif quit_when == "listed":  # quit once the scenario library is on screen
            # (the library page exists once the startup work has begun; asking for it sooner builds it)
            window.startup_begun.connect(
                lambda: window.library.model.modelReset.connect(lambda: QTimer.singleShot(0, listed))
            )
    code = int(app.exec())
    window.shutdown()  # also when the loop ended without the window being closed
    recorder = sys.modules.get("trainer.speech.recorder")  # loaded only once a microphone was used
    if recorder is not None:
        recorder.exit_if_stuck(code)  # a capture thread stuck in Qt (an unplugged microphone) would abort the exit
    return code
