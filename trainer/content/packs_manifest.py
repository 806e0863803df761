"""The manifest of a pack: build it, write it, read it back with every field checked."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import jsonschema

from trainer.content.jsonfile import escape, parse_json
from trainer.content.loader import _schema_problem
from trainer.content.packs_model import MANIFEST_NAME, PACK_FORMAT, Manifest, ManifestFile, PackIssue, issue
from trainer.content.problems import Problem, Term
from trainer.domain.text import nfc_deep

CREATED_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
LANGUAGE_PATTERN = r"^([a-z]{2,3}|mul)$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["pack_format", "name", "version", "author", "language", "created", "files"],
    "properties": {
        "pack_format": {"type": "integer"},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "version": {"type": "string", "minLength": 1, "maxLength": 40},
        "author": {"type": "string", "maxLength": 200},
        "language": {"type": "string", "pattern": LANGUAGE_PATTERN},
        "created": {"type": "string", "pattern": CREATED_PATTERN},
        "description": {"type": "string", "maxLength": 2000},
        "app_version": {"type": "string", "maxLength": 40},
        "files": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["path", "size", "sha256"],
                "properties": {
                    "path": {"type": "string", "minLength": 1, "maxLength": 400},
                    "size": {"type": "integer", "minimum": 0},
                    "sha256": {"type": "string", "pattern": SHA256_PATTERN},
                },
            },
        },
    },
}

#: What a value that failed its pattern should look like.
PATTERN_HINTS: dict[str, Term] = {
    LANGUAGE_PATTERN: Term(
        'a language code such as "vi" or "en" ("mul" for several)',
        'mã ngôn ngữ như "vi" hoặc "en" ("mul" nếu nhiều ngôn ngữ)',
    ),
    CREATED_PATTERN: Term('a date and time such as "2025-07-01T09:30:00Z"', 'ngày giờ dạng "2025-07-01T09:30:00Z"'),
    SHA256_PATTERN: Term("64 hexadecimal digits (SHA-256)", "64 chữ số thập lục phân (SHA-256)"),
}


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(SCHEMA)


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def manifest_bytes(manifest: Manifest) -> bytes:
    return (json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_manifest(raw: bytes) -> tuple[Manifest | None, list[PackIssue]]:
    """Read manifest.json; on any problem, no manifest and the problems (each with its field)."""
    data, problems = parse_json(raw)
    if problems:
        return None, [PackIssue(MANIFEST_NAME, p) for p in problems]
    if not isinstance(data, dict):
        return None, [PackIssue(MANIFEST_NAME, Problem("not_object", ""))]
    if data.get("pack_format") != PACK_FORMAT and "pack_format" in data:
        return None, [
            issue("pack_manifest_format", MANIFEST_NAME, "/pack_format", found=json.dumps(data["pack_format"]))
        ]
    data = nfc_deep(data)
    problems = sorted((_problem(e) for e in _validator().iter_errors(data)), key=lambda p: p.pointer)
    if problems:
        return None, [PackIssue(MANIFEST_NAME, p) for p in problems]
    files = tuple(ManifestFile(f["path"], f["size"], f["sha256"]) for f in data["files"])
    manifest = Manifest(
        name=data["name"],
        version=data["version"],
        author=data["author"],
        language=data["language"],
        created=data["created"],
        files=files,
        description=data.get("description", ""),
        app_version=data.get("app_version", ""),
    )
    return manifest, []


def _problem(error: jsonschema.ValidationError) -> Problem:
    if error.validator == "pattern":
        pointer = "".join(f"/{escape(str(p))}" for p in error.absolute_path)
        hint = PATTERN_HINTS.get(str(error.validator_value), Term("", ""))
        return Problem("pack_manifest_value", pointer, params={"found": error.instance, "expected": hint})
    return _schema_problem(error)
