"""Where the app keeps its files. Every folder can be moved with an environment variable
(TRAINER_DATA_DIR, TRAINER_CONFIG_DIR, TRAINER_LOG_DIR), which the tests use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "media-response-trainer"
PACKAGE_DIR = Path(__file__).resolve().parent
#: Scenarios shipped with the app: beside the package in a source checkout.
BUNDLED_SCENARIOS = PACKAGE_DIR.parent / "scenarios"


def _dir(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    return path


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
    return _dir("TRAINER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _dir("TRAINER_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_scenarios_dir() -> Path:
    return data_dir() / "scenarios"


def bundled_scenarios_dir() -> Path:
    return Path(os.environ.get("TRAINER_BUNDLED_SCENARIOS") or BUNDLED_SCENARIOS)
