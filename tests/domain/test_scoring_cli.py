"""`python main.py score …` on every bundled scenario, readable and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer import cli
from trainer.content.loader import load_library

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
BUNDLED = [r for r in load_library([SCENARIOS]) if r.scenario is not None]


def test_score_is_a_registered_command() -> None:
    assert "score" in cli.command_names()


@pytest.mark.parametrize("report", BUNDLED, ids=lambda r: r.scenario.id if r.scenario else "?")
def test_json_output_on_every_bundled_scenario(report, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    scenario = report.scenario
    question = scenario.questions[0]
    code = cli.run(
        [
            "score",
            "--scenario",
            str(report.path),
            "--question",
            question.id,
            "--answer",
            question.model_answer,
            "--json",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"overall", "principles", "missing_key_messages", "missing_facts", "ladder"}
    assert isinstance(data["overall"], int) and 0 <= data["overall"] <= 100
    for p in data["principles"]:
        assert set(p) >= {"id", "score", "status", "reason", "advice", "evidence"}
        for e in p["evidence"]:
            assert set(e) >= {"start", "end", "text", "polarity"}
    assert data["ladder"]["key"] in ("none", "knows", "understands", "cares", "trusts")


def test_readable_report_in_the_scenario_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("\ufeffKhông bình luận.", encoding="utf-8")
    code = cli.run(
        [
            "score",
            "--scenario",
            str(SCENARIOS / "ngo-doc-thuc-pham-ban-tru.json"),
            "--question",
            "mo-dau",
            "--answer-file",
            str(answer),
            "--latency-s",
            "3.5",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Điểm tổng" in out and "Không né tránh (no_stonewalling)" in out
    assert "“Không bình luận”" in out
    assert "3,5 giây" in out


def test_unknown_question_and_missing_file_fail_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = str(SCENARIOS / "en-exam-marking-error.json")
    assert cli.run(["score", "--scenario", scenario, "--question", "nope", "--answer", "x"]) == 2
    assert "opening" in capsys.readouterr().err
    missing = str(tmp_path / "missing.txt")
    assert cli.run(["score", "--scenario", scenario, "--question", "opening", "--answer-file", missing]) == 1
    assert cli.run(["score", "--scenario", str(tmp_path / "none.json"), "--question", "x", "--answer", "x"]) == 1
