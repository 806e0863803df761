"""The per-user folders: the Linux rules written out in trainer.paths agree with platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from trainer import paths


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rules apply on Linux and the BSDs")
@pytest.mark.parametrize("xdg", [None, "", "   ", "/srv/xdg"])
def test_linux_folders_match_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        if xdg is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, xdg and f"{xdg}/{var.lower()}" if xdg.strip() else xdg)
    for var in ("TRAINER_DATA_DIR", "TRAINER_CONFIG_DIR", "TRAINER_LOG_DIR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(paths, "_chosen_data_dir", lambda: None)
    app = paths.APP_NAME
    assert paths.data_dir() == Path(platformdirs.user_data_dir(app, appauthor=False))
    assert paths.config_dir() == Path(platformdirs.user_config_dir(app, appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir(app, appauthor=False))


def test_environment_variables_move_every_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DATA", "CONFIG", "LOG"):
        monkeypatch.setenv(f"TRAINER_{name}_DIR", str(tmp_path / name))
    assert paths.data_dir() == tmp_path / "DATA"
    assert paths.config_dir() == tmp_path / "CONFIG"
    assert paths.log_dir() == tmp_path / "LOG"
    assert paths.user_scenarios_dir() == tmp_path / "DATA" / "scenarios"
