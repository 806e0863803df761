"""10,000 malformed scenario files through every door of the loader.

Each case (see mutations.py) goes through one of ``load_scenario_text`` (bytes or str),
``load_scenario_file`` or ``load_library``. Whatever it is, the loader returns — never
raises — either a valid scenario (which can then be scored) or errors that each point at
a place in the file and read in English and Vietnamese (checks.py).
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.checks import check_report
from tests.fuzz.mutations import VALUE_OPS, Doc, malformed_scenario, mutated_doc
from tests.fuzz.profile import repeatable
from tests.fuzz.seeds import BUNDLED, SMALL, encode
from trainer.content.loader import (
    MAX_FILE_BYTES,
    ScenarioReport,
    load_library,
    load_scenario_file,
    load_scenario_text,
)
from trainer.domain.scoring import score_answer

CASES = 10_000
SEED = encode(SMALL[0])


class Errors(logging.Handler):
    """Collects what the loader logs at ERROR: ``load_library`` logs a failure it swallowed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-library")


@pytest.fixture(scope="module")
def logged() -> Iterator[Errors]:
    handler = Errors()
    logger = logging.getLogger("trainer.content")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def test_the_seeds_are_valid() -> None:
    """The mutations start from valid files, so what they find is the mutation's doing."""
    for doc in SMALL:
        report = load_scenario_text(encode(doc), name=f"{doc['id']}.json")
        assert report.valid and not report.problems, [p.message() for p in report.problems]


def load(raw: bytes, door: str, folder: Path, seed: bytes) -> list[tuple[ScenarioReport, bytes]]:
    if door == "bytes":
        return [(load_scenario_text(raw, name="fuzz.json"), raw)]
    if door == "str":
        text = raw.decode("utf-8", "replace")
        return [(load_scenario_text(text), text.encode("utf-8"))]
    shutil.rmtree(folder)
    folder.mkdir()
    (folder / "fuzz.json").write_bytes(raw)
    if door == "file":
        return [(load_scenario_file(folder / "fuzz.json"), raw)]
    (folder / "a-seed.json").write_bytes(seed)  # loaded first: a valid file with the same id wins
    reports = load_library([folder])
    assert [r.path.name for r in reports if r.path] == ["a-seed.json", "fuzz.json"]
    return [(reports[1], raw)]


@pytest.mark.slow
@repeatable(CASES)
@given(raw=malformed_scenario(), door=st.sampled_from(["bytes"] * 4 + ["str"] * 2 + ["file", "library"]))
@example(raw=b'{"format": 1, "id": ' + b"9" * 5000 + b"}", door="bytes")
@example(raw=b'{"format": 1, "title": "\\ud800", "\\udfff": 1}', door="file")
@example(raw=b'{"format": 1, "briefing": {"hours_since_incident": NaN}, "n": [1e309, -Infinity]}', door="str")
def test_malformed_scenarios_never_crash_the_loader(raw: bytes, door: str, folder: Path, logged: Errors) -> None:
    logged.records.clear()
    for report, text in load(raw, door, folder, SEED):
        check_report(report, text)
    assert not logged.records, [r.getMessage() for r in logged.records]


@repeatable(200)
@given(doc=mutated_doc(ops=VALUE_OPS))
def test_a_scenario_the_loader_accepts_can_be_scored(doc: Doc) -> None:
    """Odd values that pass the schema (huge, tiny, NFD, emptied lists) must not break scoring."""
    report = load_scenario_text(doc.dumps())
    if report.scenario is not None:
        scenario = report.scenario
        for question in scenario.questions:
            result = score_answer(scenario, question, "Chúng tôi xin lỗi; 37 em, khoảng 5 trường, 1e309.")
            assert "scorer_error" not in result.notices


@pytest.mark.parametrize("delta", [-1, 0, 1])
@pytest.mark.parametrize("door", ["text", "file"])
def test_a_file_at_the_size_limit(delta: int, door: str, tmp_path: Path) -> None:
    """Exactly at the limit loads; one byte over is refused before it is parsed."""
    base = encode(SMALL[0])
    raw = base[:-1] + b" " * (MAX_FILE_BYTES + delta - len(base)) + b"}"  # JSON allows any amount of space
    assert len(raw) == MAX_FILE_BYTES + delta
    path = tmp_path / f"{SMALL[0]['id']}.json"
    path.write_bytes(raw)
    started = time.perf_counter()
    report = load_scenario_text(raw, name=path.name) if door == "text" else load_scenario_file(path)
    assert time.perf_counter() - started < 2.0
    check_report(report, raw)
    assert report.valid == (delta <= 0), [p.message() for p in report.problems]
    if delta > 0:
        assert [p.code for p in report.problems] == ["too_large"]


def test_every_bundled_scenario_survives_a_byte_order_mark_and_crlf() -> None:
    for path in BUNDLED:
        raw = b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n")
        report = load_scenario_text(raw, name=path.name)
        assert report.valid, [p.message() for p in report.problems]
