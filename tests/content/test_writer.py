"""The canonical writer: every bundled scenario survives write → load unchanged."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import pytest

from trainer.content.loader import load_scenario_file, load_scenario_text
from trainer.content.writer import canonical, is_slug, scenario_to_text, slugify, unique_id

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "scenarios").glob("*.json"))
EXAMPLE = ROOT / "docs" / "examples" / "cay-do-san-truong.json"


def test_there_are_bundled_scenarios() -> None:
    assert len(BUNDLED) >= 10


@pytest.mark.parametrize("path", [*BUNDLED, EXAMPLE], ids=lambda p: p.stem)
def test_round_trip_gives_the_same_scenario(path: Path) -> None:
    original = load_scenario_file(path)
    assert original.valid and original.scenario is not None
    text = scenario_to_text(json.loads(path.read_text(encoding="utf-8")))
    again = load_scenario_text(text)
    assert again.valid and again.scenario is not None, [p.describe("x") for p in again.errors]
    assert again.problems == []  # no warning either (NFC, known principles…)
    assert dataclasses.replace(again.scenario, source_path=None) == dataclasses.replace(
        original.scenario, source_path=None
    )
    assert again.scenario.content_hash == original.scenario.content_hash
    # Stable: writing the written text again changes nothing.
    assert scenario_to_text(json.loads(text)) == text


def test_canonical_text_format() -> None:
    data = json.loads((ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json").read_text(encoding="utf-8"))
    # Shuffle the keys: the output order must not depend on the input order.
    shuffled = dict(reversed(list(data.items())))
    shuffled["questions"] = [dict(reversed(list(q.items()))) for q in data["questions"]]
    text = scenario_to_text(shuffled)
    assert text == scenario_to_text(data)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "format": 1,\n  "id": ' in text  # two-space indent, schema order
    assert "\\u" not in text and "Học sinh" in text  # UTF-8, not \u escapes
    first_question = json.loads(text)["questions"][0]
    assert list(first_question)[:5] == ["id", "journalist", "text", "kind", "principles"]
    assert list(json.loads(text))[:4] == ["format", "id", "language", "title"]
    follow_up = next(q for q in json.loads(text)["questions"] if q.get("follow_ups"))["follow_ups"][0]
    assert list(follow_up)[:2] == ["when", "ask"]


def test_nfc_everywhere_and_unknown_keys_kept_last() -> None:
    decomposed = unicodedata.normalize("NFD", "Trường học")
    data = {"_note": "giữ lại", "title": decomposed, "id": "a", "format": 1, "lexicon": {"fillers": ["ờ"], "blame": []}}
    out = canonical(data)
    assert list(out) == ["format", "id", "title", "lexicon", "_note"]
    assert out["title"] == unicodedata.normalize("NFC", "Trường học")
    assert list(out["lexicon"]) == ["blame", "fillers"]
    assert unicodedata.is_normalized("NFC", scenario_to_text({"x": decomposed}))


def test_values_are_not_changed() -> None:
    data = {"briefing": {"hours_since_incident": 4}, "journalists": [{"voice": {"rate": 1.0}}]}
    text = scenario_to_text(data)
    assert '"hours_since_incident": 4\n' in text
    assert '"rate": 1.0\n' in text


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Mở đầu: chuyện gì đã xảy ra?", "mo-dau-chuyen-gi-da-xay"),
        ("Đường dây nóng", "duong-day-nong"),
        ("  Lê Thu Hà ", "le-thu-ha"),
        ("Exam MARKING error (2025)", "exam-marking-error-2025"),
        ("???", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
    assert slug == "" or is_slug(slug)


def test_unique_id() -> None:
    assert unique_id("mo-dau", []) == "mo-dau"
    assert unique_id("mo-dau", ["mo-dau", "mo-dau-2"]) == "mo-dau-3"
    long = "a" * 64
    assert len(unique_id(long, [long])) <= 64 and is_slug(unique_id(long, [long]))
    assert not is_slug("Mo-dau") and not is_slug("mo--dau") and not is_slug("mở-đầu")
