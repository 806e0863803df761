"""Shared test set-up: offscreen Qt, private data folders, Qt warnings fail tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, settings or logs."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("TRAINER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TRAINER_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("TRAINER_LOG_DIR", str(base / "log"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)


@pytest.fixture
def scenarios_dir() -> Path:
    return SCENARIOS


@pytest.fixture(autouse=True)
def _no_trainer_mode_left_by_another_test() -> None:
    """Trainer mode is found through the newest TrainerMode alive: one left by an earlier
    test's window (not yet collected) would ask this test for a PIN in a modal dialog."""
    import sys

    module = sys.modules.get("trainer.ui.trainer_mode")
    if module is not None:
        module._current = None
