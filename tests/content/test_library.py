"""The bundled scenario library: every file valid and up to the quality bar trainers expect."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from trainer.content.loader import load_library, load_scenario_file
from trainer.domain.scenario import TRAP_KINDS

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "scenarios").glob("*.json"))
REQUIRED_CATEGORIES = {
    "exams",
    "admissions",
    "violence",
    "food_safety",
    "fees",
    "staff_conduct",
    "accident",
    "natural_disaster",
    "misinformation",
    "curriculum",
    "employment",
    "facilities",
}


def test_library_size_and_languages() -> None:
    reports = load_library([ROOT / "scenarios"])
    valid = [r.scenario for r in reports if r.valid and r.scenario]
    languages = Counter(s.language for s in valid)
    assert languages["vi"] >= 14
    assert languages["en"] >= 2
    assert {s.category for s in valid} >= REQUIRED_CATEGORIES
    assert {s.difficulty for s in valid} == {1, 2, 3}
    assert len({s.briefing.role for s in valid}) >= 3  # principals, commune/ward officials, department spokespeople


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_bundled_scenario_quality(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw), "bundled files are stored in NFC"
    report = load_scenario_file(path)
    assert report.valid, [p.describe(path.name) for p in report.errors]
    assert not report.warnings, [p.describe(path.name) for p in report.warnings]
    s = report.scenario
    assert s is not None
    assert s.id == path.stem
    assert 6 <= len(s.questions) <= 10
    kinds = {q.kind for q in s.questions}
    assert len(kinds) >= 4
    assert len(kinds & TRAP_KINDS) >= 3
    assert any(not f.confirmed for f in s.facts), "at least one unconfirmed fact"
    assert s.confidential
    assert 2 <= len(s.key_messages) <= 3
    assert all(len(k.phrasings) >= 3 for k in s.key_messages)
    assert any(q.follow_ups for q in s.questions), "at least one follow-up branch"
    assert all(q.model_answer.strip() for q in s.questions)
    # A model answer never discloses what the scenario marks confidential.
    for q in s.questions:
        folded = q.model_answer.casefold()
        for item in s.confidential:
            for phrase in item.reveal_phrases:
                assert phrase.casefold() not in folded, (q.id, item.id, phrase)


def test_validate_command_passes_on_the_library() -> None:
    out = subprocess.run(
        [sys.executable, "main.py", "validate", "scenarios", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) >= 16
    assert all(r["valid"] and r["errors"] == [] for r in rows)
    assert {"id", "language", "valid", "errors", "questions"} <= set(rows[0])


def test_validate_command_fails_and_explains_a_broken_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "id": "x"}', encoding="utf-8")
    good = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"
    out = subprocess.run(
        [sys.executable, "main.py", "validate", str(good), str(bad)], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "INVALID" in out.stdout and str(bad) in out.stdout
    assert 'the field "briefing" is missing' in out.stdout
    assert "1 of 2 scenario file(s) valid." in out.stdout
    assert "Traceback" not in out.stderr
