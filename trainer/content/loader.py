"""Reading and validating scenario files.

One broken file never stops the others: every file yields a :class:`ScenarioReport` with
either a :class:`~trainer.domain.scenario.Scenario` or the problems that prevented one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from trainer.content import semantic
from trainer.content.jsonfile import MAX_DEPTH as MAX_DEPTH
from trainer.content.jsonfile import escape, parse_json
from trainer.content.problems import TYPE_NAMES, Problem, Term
from trainer.domain.scenario import Scenario, scenario_from_dict
from trainer.domain.text import is_nfc, nfc, nfc_deep

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 2 * 1024 * 1024
SUPPORTED_FORMAT = 1


@dataclass
class ScenarioReport:
    """The outcome of loading one scenario file."""

    path: Path | None
    scenario: Scenario | None = None
    problems: list[Problem] = field(default_factory=list)
    id: str | None = None
    language: str | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def valid(self) -> bool:
        return self.scenario is not None and not self.errors

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "<text>"

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "file": self.name,
            "id": self.id,
            "language": self.language,
            "valid": self.valid,
            "errors": [p.to_dict(language) for p in self.errors],
            "warnings": [p.to_dict(language) for p in self.warnings],
            "questions": len(self.scenario.questions) if self.scenario else None,
        }


class ScenarioError(Exception):
    def __init__(self, report: ScenarioReport) -> None:
        self.report = report
        first = report.errors[0].describe(report.name) if report.errors else report.name
        super().__init__(first)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("trainer.content").joinpath("schema/scenario-v1.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def load_scenario_file(path: str | Path) -> ScenarioReport:
    path = Path(path)
    report = ScenarioReport(path=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.problems.append(Problem("too_large", "", params={"size": size, "limit": MAX_FILE_BYTES}))
            return report
        raw = path.read_bytes()
    except OSError as exc:
        report.problems.append(Problem("io", "", params={"detail": exc.strerror or str(exc)}))
        return report
    return _load_bytes(raw, report)


def load_scenario_text(text: str | bytes, name: str | None = None) -> ScenarioReport:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    report = ScenarioReport(path=Path(name) if name else None)
    if len(raw) > MAX_FILE_BYTES:
        report.problems.append(Problem("too_large", "", params={"size": len(raw), "limit": MAX_FILE_BYTES}))
        return report
    return _load_bytes(raw, report)


def load_scenario(path: str | Path) -> Scenario:
    """Load one file or raise :class:`ScenarioError` describing the first problem."""
    report = load_scenario_file(path)
    if not report.valid or report.scenario is None:
        raise ScenarioError(report)
    return report.scenario


def _load_bytes(raw: bytes, report: ScenarioReport) -> ScenarioReport:
    data, problems = parse_json(raw)
    if problems:
        report.problems.extend(problems)
        return report
    if not isinstance(data, dict):
        report.problems.append(Problem("not_object", ""))
        return report
    report.id = data.get("id") if isinstance(data.get("id"), str) else None
    report.language = data.get("language") if isinstance(data.get("language"), str) else None
    if "format" in data and data["format"] != SUPPORTED_FORMAT:
        report.problems.append(Problem("format_version", "/format", params={"found": json.dumps(data["format"])}))
        return report
    not_nfc = list(_nfc_pointers(data))
    if not_nfc:
        report.problems.append(Problem("not_nfc", not_nfc[0], severity="warning", params={"count": len(not_nfc)}))
    data = nfc_deep(data)
    report.id = nfc(report.id) if report.id else None
    schema_problems = [_schema_problem(e) for e in _validator().iter_errors(data)]
    if schema_problems:
        schema_problems.sort(key=lambda p: p.pointer)
        report.problems.extend(schema_problems)
        return report
    report.problems.extend(semantic.check(data))
    if report.path is not None and report.path.suffix == ".json" and report.path.stem != data["id"]:
        report.problems.append(
            Problem("id_mismatch", "/id", severity="warning", params={"id": data["id"], "stem": report.path.stem})
        )
    if report.errors:
        return report
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    report.scenario = scenario_from_dict(
        data, content_hash=digest, source_path=str(report.path) if report.path else None
    )
    return report


def _nfc_pointers(data: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers of the strings that are not in NFC."""
    if isinstance(data, str):
        if not is_nfc(data):
            yield pointer
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _nfc_pointers(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _nfc_pointers(value, f"{pointer}/{i}")


def _json_type(value: Any) -> Term:
    if isinstance(value, bool):
        return TYPE_NAMES["boolean"]
    if isinstance(value, int):
        return TYPE_NAMES["integer"]
    if isinstance(value, float):
        return TYPE_NAMES["number"]
    if isinstance(value, str):
        return TYPE_NAMES["string"]
    if isinstance(value, list):
        return TYPE_NAMES["array"]
    if isinstance(value, dict):
        return TYPE_NAMES["object"]
    return TYPE_NAMES["null"]


def _schema_problem(error: jsonschema.ValidationError) -> Problem:
    pointer = "".join(f"/{escape(str(p))}" for p in error.absolute_path)
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(value)
        return Problem("required", pointer, params={"name": missing})
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        patterns = error.schema.get("patternProperties", {})
        if patterns:
            import re

            extra = [k for k in extra if not any(re.search(p, k) for p in patterns)]
        name = extra[0] if extra else "?"
        return Problem("unknown_field", f"{pointer}/{escape(name)}", params={"name": name})
    if kind == "type":
        expected = value if isinstance(value, str) else value[0]
        return Problem(
            "type",
            pointer,
            params={"expected": TYPE_NAMES.get(expected, expected), "found": _json_type(error.instance)},
        )
    if kind == "enum":
        return Problem("enum", pointer, params={"found": error.instance, "allowed": ", ".join(map(str, value))})
    if kind == "const":
        return Problem("const", pointer, params={"expected": json.dumps(value)})
    if kind == "pattern":
        return Problem("pattern", pointer, params={"found": error.instance})
    if kind == "minLength":
        return Problem("too_short", pointer)
    if kind == "maxLength":
        return Problem("too_long", pointer, params={"limit": value})
    if kind == "minProperties" and pointer.endswith("/when"):
        return Problem("no_condition", pointer)
    if kind in ("minItems", "minProperties"):
        return Problem("too_few", pointer, params={"limit": value})
    if kind == "maxItems":
        return Problem("too_many", pointer, params={"limit": value})
    if "exclusiveMinimum" in error.schema:
        return Problem(
            "range_exclusive",
            pointer,
            params={"minimum": error.schema["exclusiveMinimum"], "maximum": error.schema.get("maximum", "∞")},
        )
    if kind in ("minimum", "maximum", "exclusiveMaximum"):
        lo = error.schema.get("minimum", error.schema.get("exclusiveMinimum", "-∞"))
        hi = error.schema.get("maximum", error.schema.get("exclusiveMaximum", "∞"))
        return Problem("range", pointer, params={"minimum": lo, "maximum": hi})
    if kind == "uniqueItems":
        return Problem("duplicate_items", pointer)
    if kind == "dependentRequired":
        return Problem("required", pointer, params={"name": ", ".join(sorted(set().union(*value.values())))})
    return Problem("schema", pointer, params={"detail": error.message})


def find_scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the *.json files directly inside them (sorted); keep files as given.

    Sub-folders are not searched, so a folder can keep drafts or other JSON files apart.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(x for x in p.glob("*.json") if x.is_file() and not x.name.startswith(".")))
        else:
            found.append(p)
    return found


def load_library(folders: Iterable[str | Path]) -> list[ScenarioReport]:
    """Load every scenario file in *folders* (missing folders are skipped).

    When two files carry the same scenario id, the first folder wins (the bundled library
    comes first) and the later file is reported with the problem.
    """
    reports: list[ScenarioReport] = []
    for path in find_scenario_files(f for f in folders if Path(f).exists()):
        try:
            reports.append(load_scenario_file(path))
        except Exception as exc:  # a validator bug must not hide the other files
            log.exception("unexpected failure loading %s", path)
            reports.append(ScenarioReport(path=path, problems=[Problem("schema", "", params={"detail": str(exc)})]))
    mark_duplicate_ids(reports)
    return reports


def mark_duplicate_ids(reports: list[ScenarioReport]) -> None:
    first: dict[str, ScenarioReport] = {}
    for report in reports:
        if not report.valid or report.scenario is None:
            continue
        earlier = first.get(report.scenario.id)
        if earlier is None:
            first[report.scenario.id] = report
            continue
        report.problems.append(
            Problem("duplicate_scenario", "/id", params={"id": report.scenario.id, "other": earlier.name})
        )
        report.scenario = None
