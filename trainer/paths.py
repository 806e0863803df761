"""Where the app keeps its files. Every folder can be moved with an environment variable
(TRAINER_DATA_DIR, TRAINER_CONFIG_DIR, TRAINER_LOG_DIR), which the tests use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "media-response-trainer"
PACKAGE_DIR = Path(__file__).resolve().parent
#: Scenarios shipped with the app: beside the package in a source checkout.
BUNDLED_SCENARIOS = PACKAGE_DIR.parent / "scenarios"


def _dir(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    return path


def _xdg(variable: str, fallback: str) -> Path:
    """An XDG base folder, as platformdirs computes it on Linux and the BSDs."""
    value = os.environ.get(variable, "").strip()
    return Path(value) if value else Path.home() / fallback


def _platform_dir(kind: str) -> Path:
    """The per-user folder of *kind* ("data", "config" or "log") for this app.

    On Linux the XDG rules are applied here: importing platformdirs there costs about 5 ms
    of start-up (it imports tempfile, shutil and random); Windows and macOS ask platformdirs.
    """
    if sys.platform not in ("win32", "darwin") and not sys.platform.startswith(("cygwin", "msys")):
        base = {
            "data": _xdg("XDG_DATA_HOME", ".local/share"),
            "config": _xdg("XDG_CONFIG_HOME", ".config"),
            "log": _xdg("XDG_STATE_HOME", ".local/state"),
        }[kind]
        return base / APP_NAME / "log" if kind == "log" else base / APP_NAME
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    return _platform_dir("data")


def data_dir() -> Path:
    """TRAINER_DATA_DIR, else the folder chosen in the settings, else the per-user default."""
    if os.environ.get("TRAINER_DATA_DIR"):
        return Path(os.environ["TRAINER_DATA_DIR"])
    return _chosen_data_dir() or default_data_dir()


def _chosen_data_dir() -> Path | None:
    from trainer.settings import load_settings  # settings imports this module

    chosen = load_settings().data_dir
    return Path(chosen) if chosen else None


def config_dir() -> Path:
    return _dir("TRAINER_CONFIG_DIR", str(_platform_dir("config")))


def log_dir() -> Path:
    return _dir("TRAINER_LOG_DIR", str(_platform_dir("log")))


def user_scenarios_dir() -> Path:
    return data_dir() / "scenarios"


def bundled_scenarios_dir() -> Path:
    return Path(os.environ.get("TRAINER_BUNDLED_SCENARIOS") or BUNDLED_SCENARIOS)
