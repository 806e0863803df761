from __future__ import annotations

import json
from pathlib import Path

from trainer.settings import Settings, load_settings, save_settings


def test_defaults_when_missing(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()
    assert Settings().language == "vi"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_settings(Settings(language="en", speech_rate=1.2, extra_scenario_dirs=["/x"]), path)
    assert load_settings(path) == Settings(language="en", speech_rate=1.2, extra_scenario_dirs=["/x"])


def test_corrupt_file_falls_back_and_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"language": "en",', encoding="utf-8")
    assert load_settings(path) == Settings()
    assert (tmp_path / "s.json.corrupt").read_text(encoding="utf-8") == '{"language": "en",'


def test_wrong_types_and_values_fall_back_per_key(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps({"language": "fr", "speech_rate": "fast", "speech_enabled": 1, "x": 5}), encoding="utf-8"
    )
    s = load_settings(path)
    assert (s.language, s.speech_rate, s.speech_enabled) == ("vi", 1.0, True)
