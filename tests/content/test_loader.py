"""The loader and validator on good and deliberately broken scenario files."""

from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from trainer.content.loader import (
    MAX_FILE_BYTES,
    ScenarioError,
    load_library,
    load_scenario,
    load_scenario_file,
    load_scenario_text,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"


@pytest.fixture
def doc() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any, name: str = "s.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def codes(report) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.code, p.pointer) for p in report.errors]


def test_example_loads_into_domain_objects() -> None:
    scenario = load_scenario(EXAMPLE)
    assert scenario.id == "ngo-doc-thuc-pham-ban-tru"
    assert scenario.language == "vi"
    assert scenario.question("mo-dau").kind == "opening"
    assert scenario.fact("so-hoc-sinh-di-vien").number == 37
    assert [q.id for q in scenario.main_sequence][:2] == ["mo-dau", "nguyen-nhan"]
    assert scenario.question("mo-dau").follow_ups[0].when.principle_missed == "empathy"
    assert len(scenario.content_hash) == 64


def test_bad_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "format": 1,\n  "id": "x",,\n}')
    report = load_scenario_file(path)
    assert not report.valid
    (problem,) = report.errors
    assert problem.code == "json"
    assert "line 3" in problem.message()
    assert str(path) in problem.describe(str(path))


def test_missing_field_is_named_with_its_place(tmp_path: Path, doc: dict[str, Any]) -> None:
    del doc["briefing"]["role"]
    report = load_scenario_file(write(tmp_path, doc))
    assert ("required", "/briefing") in codes(report)
    assert 'the field "role" is missing' in report.errors[0].message()
    assert "thiếu trường" in report.errors[0].message("vi")


def test_unknown_id_reference(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["questions"][0]["expects"]["facts"].append("khong-ton-tai")
    doc["questions"][2]["journalist"] = "ai-do"
    report = load_scenario_file(write(tmp_path, doc))
    assert ("unknown_ref", "/questions/0/expects/facts/3") in codes(report)
    assert ("unknown_ref", "/questions/2/journalist") in codes(report)
    assert 'fact "khong-ton-tai"' in report.errors[0].message() or 'fact "khong-ton-tai"' in report.errors[1].message()


def test_unreachable_question(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["questions"][0]["follow_ups"] = []  # nothing leads to the follow-up-only question any more
    report = load_scenario_file(write(tmp_path, doc))
    assert codes(report) == [("unreachable", "/questions/1")]
    assert "cam-xuc-phu-huynh" in report.errors[0].message()


def test_follow_up_loop_without_exit(tmp_path: Path, doc: dict[str, Any]) -> None:
    q = {q["id"]: q for q in doc["questions"]}
    q["doan-mo"]["follow_ups"] = [{"when": {"always": True}, "ask": "ep-doan"}]
    q["ep-doan"]["follow_ups"] = [{"when": {"always": True}, "ask": "doan-mo"}]
    report = load_scenario_file(write(tmp_path, doc))
    assert [c for c, _ in codes(report)] == ["endless_loop"]
    assert "doan-mo" in report.errors[0].message() and "ep-doan" in report.errors[0].message()


def test_follow_up_loop_with_a_condition_is_allowed(tmp_path: Path, doc: dict[str, Any]) -> None:
    q = {q["id"]: q for q in doc["questions"]}
    q["doan-mo"]["follow_ups"] = [{"when": {"always": True}, "ask": "ep-doan"}]
    q["ep-doan"]["follow_ups"] = [{"when": {"principle_missed": "honesty_unknowns"}, "ask": "doan-mo"}]
    assert load_scenario_file(write(tmp_path, doc)).valid


def test_nfd_text_is_normalised_and_reported(tmp_path: Path, doc: dict[str, Any]) -> None:
    nfd = unicodedata.normalize("NFD", json.dumps(doc, ensure_ascii=False))
    report = load_scenario_file(write(tmp_path, nfd))
    assert report.valid
    assert report.scenario is not None
    assert unicodedata.is_normalized("NFC", report.scenario.title)
    assert report.scenario.title == doc["title"]
    assert any(w.code == "not_nfc" and w.pointer == "/title" for w in report.warnings)


def test_five_megabyte_file_is_refused_without_reading_it_all(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["summary"] = "x" * (5 * 1024 * 1024)
    path = write(tmp_path, doc)
    assert path.stat().st_size > MAX_FILE_BYTES
    report = load_scenario_file(path)
    assert [p.code for p in report.errors] == ["too_large"]
    assert "at most" in report.errors[0].message()


@pytest.mark.parametrize(
    ("pointer_path", "value", "expected"),
    [
        (("difficulty",), "hard", ("type", "/difficulty")),
        (("difficulty",), 7, ("range", "/difficulty")),
        (("facts", 0, "confirmed"), "yes", ("type", "/facts/0/confirmed")),
        (("questions", 0, "kind"), "gossip", ("enum", "/questions/0/kind")),
        (("journalists",), {"id": "a"}, ("type", "/journalists")),
        (("id",), "Ngộ Độc", ("pattern", "/id")),
        (("language",), "fr", ("enum", "/language")),
    ],
)
def test_wrong_types_and_values(
    tmp_path: Path, doc: dict[str, Any], pointer_path: tuple[Any, ...], value: Any, expected: tuple[str, str]
) -> None:
    target = doc
    for key in pointer_path[:-1]:
        target = target[key]
    target[pointer_path[-1]] = value
    report = load_scenario_file(write(tmp_path, doc))
    assert expected in codes(report)


def test_unknown_field_is_reported_with_its_name(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["questions"][0]["answer_model"] = "typo"
    report = load_scenario_file(write(tmp_path, doc))
    assert codes(report) == [("unknown_field", "/questions/0/answer_model")]


def test_more_than_three_key_messages(tmp_path: Path, doc: dict[str, Any]) -> None:
    extra = copy.deepcopy(doc["key_messages"][0])
    extra["id"] = "thong-diep-4"
    doc["key_messages"].append(extra)
    report = load_scenario_file(write(tmp_path, doc))
    assert ("too_many_key_messages", "/key_messages") in codes(report)


def test_duplicate_ids(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["facts"][1]["id"] = doc["facts"][0]["id"]
    report = load_scenario_file(write(tmp_path, doc))
    assert ("duplicate_id", "/facts/1/id") in codes(report)


def test_language_tag_must_match_the_text(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["language"] = "en"
    report = load_scenario_file(write(tmp_path, doc))
    assert ("language_mismatch", "/title") in codes(report)


def test_unsupported_format_version(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["format"] = 2
    report = load_scenario_file(write(tmp_path, doc))
    assert codes(report) == [("format_version", "/format")]


def test_not_utf8_and_not_an_object(tmp_path: Path) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "Trường"}'.encode("utf-16"))
    assert [p.code for p in load_scenario_file(latin).errors] == ["encoding"]
    assert [p.code for p in load_scenario_text("[1, 2]").errors] == ["not_object"]


def test_deep_nesting_is_refused() -> None:
    report = load_scenario_text("[" * 100_000 + "]" * 100_000)
    assert [p.code for p in report.errors] == ["too_deep"]


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path, doc: dict[str, Any]) -> None:
    write(tmp_path, doc, "ngo-doc-thuc-pham-ban-tru.json")
    write(tmp_path, "{ not json", "broken.json")
    (tmp_path / "missing-field.json").write_text("{}", encoding="utf-8")
    reports = {r.path.name: r for r in load_library([tmp_path, tmp_path / "no-such-folder"]) if r.path}
    assert reports["ngo-doc-thuc-pham-ban-tru.json"].valid
    assert not reports["broken.json"].valid
    assert not reports["missing-field.json"].valid


def test_load_scenario_raises_with_the_first_problem(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="not valid JSON"):
        load_scenario(write(tmp_path, "{"))


def test_vietnamese_messages_have_no_english_words(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["difficulty"] = "hard"
    doc["questions"][2]["journalist"] = "ai-do"
    doc["facts"][1]["id"] = doc["facts"][0]["id"]
    report = load_scenario_file(write(tmp_path, doc))
    messages = [p.message("vi") for p in report.errors]
    assert "phải là số nguyên, không phải văn bản" in messages
    doc["difficulty"] = 2
    report = load_scenario_file(write(tmp_path, doc))
    messages = [p.message("vi") for p in report.errors]
    assert 'tham chiếu tới phóng viên "ai-do" nhưng mục này không tồn tại' in messages
    assert 'mã "so-hoc-sinh-di-vien" bị dùng hai lần trong dữ kiện' in messages


def test_clear_messages_for_common_slips(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["format"] = "1"
    assert "the number 1, without quotes" in load_scenario_file(write(tmp_path, doc)).errors[0].message()
    doc["format"] = 1
    doc["briefing"]["information_deadline"]["hours"] = 0
    doc["questions"][0]["follow_ups"][0]["when"] = {}
    report = load_scenario_file(write(tmp_path, doc))
    by_pointer = {p.pointer: p.message() for p in report.errors}
    assert by_pointer["/briefing/information_deadline/hours"] == "must be greater than 0 and at most 720"
    assert by_pointer["/questions/0/follow_ups/0/when"].startswith("give at least one condition")


def test_nfd_file_gives_one_warning_with_a_count(tmp_path: Path, doc: dict[str, Any]) -> None:
    nfd = unicodedata.normalize("NFD", json.dumps(doc, ensure_ascii=False))
    report = load_scenario_file(write(tmp_path, nfd, "ngo-doc-thuc-pham-ban-tru.json"))
    (warning,) = report.warnings
    assert warning.params["count"] > 50


def test_question_may_not_expect_an_unconfirmed_fact(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["questions"][0]["expects"]["facts"].append("nguyen-nhan-sua-chua")
    report = load_scenario_file(write(tmp_path, doc))
    assert ("unconfirmed_expected", "/questions/0/expects/facts/3") in codes(report)


def test_duplicate_scenario_ids_across_files(tmp_path: Path, doc: dict[str, Any]) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    write(first, doc, "ngo-doc-thuc-pham-ban-tru.json")
    write(second, doc, "ban-sao.json")
    (second / "drafts").mkdir()
    write(second / "drafts", "{ broken", "draft.json")  # sub-folders are not scanned
    reports = load_library([first, second])
    assert [r.valid for r in reports] == [True, False]
    assert reports[1].errors[0].code == "duplicate_scenario"
