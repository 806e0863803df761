"""JSON that parses but the app cannot hold: refused where it stands, in both languages.

Found by the fuzzers (tests/fuzz): a number with 5000 digits made ``json.loads`` raise
ValueError (the loader, the pack checker and the editor crashed); ``"\\ud800"`` decoded to
half a character that crashed the loader when it hashed the scenario; ``NaN`` passed the
schema's ranges (``NaN < 0`` is false) and was accepted as a briefing's hours; a whole
number too large for a float was accepted as a fact and then crashed the scorer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.content.test_packs_hostile import make_pack, manifest_for
from tests.fuzz.seeds import SMALL, encode
from trainer.content.jsonfile import parse_json
from trainer.content.loader import load_scenario_text
from trainer.content.packs import inspect_pack
from trainer.content.problems import Problem
from trainer.ui.editor.files import ScenarioFileError, read_scenario_dict

SEED = encode(SMALL[0])
FACT_NUMBER = b'"number": 5,'  # the first fact with a number in SMALL[0]


def only_errors(raw: bytes) -> list[tuple[str, str]]:
    report = load_scenario_text(raw)
    assert report.scenario is None
    return [(p.code, p.pointer) for p in report.errors]


def test_the_seed_holds_a_fact_number() -> None:
    assert SEED.count(FACT_NUMBER) == 1 and load_scenario_text(SEED).valid


@pytest.mark.parametrize("number", [b"9" * 5000, b"-" + b"7" * 4301])
def test_a_number_with_thousands_of_digits_is_refused_where_it_stands(number: bytes) -> None:
    raw = SEED.replace(FACT_NUMBER, b'"number": ' + number + b",")
    assert only_errors(raw) == [("bad_number", "/facts/1/number")]
    problem = load_scenario_text(raw).errors[0]
    assert problem.message("en").startswith(number[:16].decode() + "…")
    assert "không phải là số mà ứng dụng dùng được" in problem.message("vi")


@pytest.mark.parametrize("number", [b"9" * 400, b"1e309", b"-1e400", b"Infinity", b"-Infinity", b"NaN"])
def test_numbers_a_float_cannot_hold_are_refused(number: bytes) -> None:
    raw = SEED.replace(FACT_NUMBER, b'"number": ' + number + b",")
    assert only_errors(raw) == [("bad_number", "/facts/1/number")]


def test_nan_is_no_longer_accepted_as_hours() -> None:
    raw = SEED.replace(b'"hours_since_incident": 4', b'"hours_since_incident": NaN')
    assert only_errors(raw) == [("bad_number", "/briefing/hours_since_incident")]
    message = load_scenario_text(raw).errors[0].message("en")
    assert message.startswith("NaN is not a number this app can use") and "such as 12 or 2.5" in message


def test_ordinary_odd_numbers_still_load() -> None:
    for number in (b"5.0", b"5e0", b"1e-400", b"1e308", b"123456789012345678901234567890"):
        assert load_scenario_text(SEED.replace(FACT_NUMBER, b'"number": ' + number + b",")).valid, number


def test_a_lone_surrogate_escape_is_refused_in_a_value_and_in_a_key() -> None:
    raw = SEED.replace(b'"title": "', b'"title": "\\ud800', 1).replace(b'"format": 1,', b'"\\udfffx": 1, "format": 1,')
    assert sorted(only_errors(raw)) == [("lone_surrogate", ""), ("lone_surrogate", "/title")]
    problem = load_scenario_text(raw).errors[-1]
    assert '"\\ud800", half of a character pair' in problem.message("en")
    assert "một nửa của cặp ký tự" in problem.message("vi")
    problem.describe("x.json", "vi").encode("utf-8")  # printable


def test_a_whole_surrogate_pair_is_one_character_and_loads() -> None:
    report = load_scenario_text(SEED.replace(b'"title": "', b'"title": "\\ud83d\\ude42 ', 1))
    assert report.valid and report.scenario is not None and report.scenario.title.startswith("🙂 ")


def test_parse_json_reports_every_bad_value() -> None:
    data, problems = parse_json(b'{"a": [NaN, 1, "\\ud800"], "b/c": {"d": 1e999}}')
    assert data is None
    assert [(p.code, p.pointer) for p in problems] == [
        ("bad_number", "/a/0"),
        ("lone_surrogate", "/a/2"),
        ("bad_number", "/b~1c/d"),
    ]


def test_a_long_value_is_shortened_in_the_middle_of_a_message() -> None:
    problem = Problem("pattern", "/id", params={"found": "a" * 100 + "🙂" * 500 + "z" * 100})
    message = problem.message("en")
    assert len(message) < 300 and "…" in message and message.startswith('"aaa') and 'zzz" is not a valid id' in message


def test_a_pack_manifest_with_a_huge_number_is_refused(tmp_path: Path) -> None:
    files = {"scenarios/x.json": SEED}
    manifest = manifest_for(files)[:-1] + b', "extra": ' + b"1" * 5000 + b"}"
    insp = inspect_pack(make_pack(tmp_path / "p.zip", files, manifest=manifest))
    assert [(i.entry, i.code, i.problem.pointer) for i in insp.errors] == [("manifest.json", "bad_number", "/extra")]


def test_a_pack_scenario_with_a_lone_surrogate_is_refused(tmp_path: Path) -> None:
    doc = json.loads(SEED)
    name = f"scenarios/{doc['id']}.json"
    files = {name: SEED.replace(b'"title": "', b'"title": "\\udc00', 1)}
    insp = inspect_pack(make_pack(tmp_path / "p.zip", files))
    assert not insp.ok
    assert [(i.entry, i.code, i.problem.pointer) for i in insp.errors] == [(name, "lone_surrogate", "/title")]


def test_the_editor_refuses_such_a_file_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(SEED.replace(FACT_NUMBER, b'"number": ' + b"9" * 5000 + b","))
    with pytest.raises(ScenarioFileError) as caught:
        read_scenario_dict(path)
    assert (caught.value.problem.code, caught.value.problem.pointer) == ("bad_number", "/facts/1/number")
