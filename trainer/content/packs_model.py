"""Scenario packs: the limits and the plain data every pack module shares.

A pack is one ``.zip`` file::

    manifest.json              name, version, author, language, created, and every file
                               below with its size and SHA-256 checksum
    scenarios/<id>.json        scenario files (format 1), exactly as in the library
    assets/<any/path>          files scenarios may refer to later (images, audio); none yet

See docs/packs.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from trainer.content.loader import MAX_FILE_BYTES, ScenarioReport
from trainer.content.problems import Problem

PACK_FORMAT = 1
MANIFEST_NAME = "manifest.json"
SCENARIO_FOLDER = "scenarios"
ASSET_FOLDER = "assets"

Choice = Literal["keep_both", "replace", "skip"]
CHOICES: tuple[Choice, ...] = ("keep_both", "replace", "skip")

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limits:
    """What a pack may hold. Every limit is checked before anything is unpacked."""

    pack_bytes: int = 64 * MIB  # the .zip file itself
    entries: int = 1000  # files and folders inside it
    manifest_bytes: int = 1 * MIB
    scenario_bytes: int = MAX_FILE_BYTES  # the same limit as a scenario file in a folder
    asset_bytes: int = 16 * MIB
    total_bytes: int = 128 * MIB  # everything unpacked together
    ratio: int = 100  # unpacked size / packed size, per file
    ratio_floor: int = 64 * KIB  # files smaller than this cannot be a bomb: their ratio is not judged
    name_length: int = 200  # characters in a name inside the pack


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class PackIssue:
    """A problem with a pack: where (a file inside it, "" for the whole pack) and what."""

    entry: str
    problem: Problem

    @property
    def severity(self) -> str:
        return self.problem.severity

    @property
    def code(self) -> str:
        return self.problem.code

    def message(self, language: str = "en") -> str:
        where = [part for part in (self.entry, self.problem.pointer) if part]
        return ": ".join([*where, self.problem.message(language)])

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {"entry": self.entry, **self.problem.to_dict(language)}


def issue(code: str, entry: str = "", pointer: str = "", **params: Any) -> PackIssue:
    return PackIssue(entry, Problem(code, pointer, params=params))


class PackError(Exception):
    """A pack cannot be exported, imported or undone; ``issues`` say why, in both languages."""

    def __init__(self, issues: list[PackIssue] | PackIssue) -> None:
        self.issues = issues if isinstance(issues, list) else [issues]
        super().__init__(self.message("en"))

    def message(self, language: str = "en") -> str:
        return "\n".join(i.message(language) for i in self.issues)


@dataclass(frozen=True)
class ManifestFile:
    path: str  # inside the pack, "/"-separated
    size: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Manifest:
    name: str
    version: str
    author: str
    language: str  # the scenarios' language ("vi", "en"), or "mul" when they differ
    created: str  # ISO 8601 in UTC, e.g. 2025-07-01T09:30:00Z
    files: tuple[ManifestFile, ...]
    description: str = ""
    app_version: str = ""
    pack_format: int = PACK_FORMAT

    def to_dict(self) -> dict[str, Any]:
        return {
            "pack_format": self.pack_format,
            "name": self.name,
            "version": self.version,
            "author": self.author,
            "language": self.language,
            "created": self.created,
            "description": self.description,
            "app_version": self.app_version,
            "files": [f.to_dict() for f in self.files],
        }


@dataclass
class PackScenario:
    """One scenario file of a pack, validated with the same loader as the library."""

    entry: str
    report: ScenarioReport
    data: bytes  # what would be installed (UTF-8, NFC)

    @property
    def valid(self) -> bool:
        return self.report.valid

    @property
    def id(self) -> str:
        return self.report.id or ""

    @property
    def title(self) -> str:
        return self.report.scenario.title if self.report.scenario else ""

    @property
    def language(self) -> str:
        return self.report.language or ""

    def issues(self) -> list[PackIssue]:
        return [PackIssue(self.entry, p) for p in self.report.problems]


@dataclass
class PackAsset:
    entry: str  # "assets/…"
    data: bytes

    @property
    def relative(self) -> str:
        """The path under the assets folder."""
        return self.entry.split("/", 1)[1]


@dataclass
class PackInspection:
    """Everything known about a pack after reading it, before anything is installed."""

    path: Path
    manifest: Manifest | None = None
    issues: list[PackIssue] = field(default_factory=list)  # about the pack as a whole
    scenarios: list[PackScenario] = field(default_factory=list)
    assets: list[PackAsset] = field(default_factory=list)

    def all_issues(self) -> list[PackIssue]:
        return self.issues + [i for s in self.scenarios for i in s.issues()]

    @property
    def errors(self) -> list[PackIssue]:
        return [i for i in self.all_issues() if i.severity == "error"]

    @property
    def warnings(self) -> list[PackIssue]:
        return [i for i in self.all_issues() if i.severity == "warning"]

    @property
    def ok(self) -> bool:
        """Safe, intact and every scenario valid: the pack may be installed."""
        return self.manifest is not None and bool(self.scenarios) and not self.errors
