"""The portable backup archive: the whole progress database and its recordings in one zip.

Layout (``format`` = ``media-response-trainer-archive``, ``version`` = 1)::

    manifest.json             format, version, schema revision, creation time, row counts
    data/<table>.jsonl        one JSON object per row, columns by name
    files/audio/<...>         recordings, at their path relative to the data folder

JSON rows are the same on SQLite and PostgreSQL, so an archive moves data between
machines and backends. :mod:`trainer.storage.importing` merges one back in.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Column, Date, Float, Integer, Select, String, Table, Uuid, select
from sqlalchemy.orm import Session

from trainer import __version__
from trainer.storage import audio, migrate
from trainer.storage.engine import Database
from trainer.storage.errors import ArchiveError
from trainer.storage.models import Answer, Base, PracticeSession, WorkshopMember
from trainer.storage.types import UTCDateTime, as_utc, utcnow

ARCHIVE_FORMAT = "media-response-trainer-archive"
ARCHIVE_VERSION = 1
FILES_PREFIX = "files/"
#: Parents before children; erasure tombstones stay on the machine that erased.
TABLES: tuple[str, ...] = (
    "trainees",
    "workshops",
    "workshop_members",
    "practice_sessions",
    "answers",
    "principle_scores",
    "trainer_reviews",
)
CHUNK = 1000


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    """A JSON value back into the column's Python type; ValueError when it does not fit."""
    if value is None:
        if not column.nullable:
            raise ValueError(f"{column.name} cannot be empty")
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return UUID(str(value))
    if isinstance(kind, UTCDateTime):
        return as_utc(datetime.fromisoformat(str(value)))
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name} must be a whole number")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{column.name} must be a number")
        return float(value)
    if isinstance(kind, String) or isinstance(getattr(kind, "impl", None), String):  # incl. Text, NFC types
        if not isinstance(value, str):
            raise ValueError(f"{column.name} must be text")
        return value
    return value  # JSON


def _selection(name: str, trainee_id: UUID | None) -> Select[Any]:
    t = table(name)
    query = select(t).order_by(*t.primary_key.columns)
    if trainee_id is None:
        return query
    sessions = select(PracticeSession.id).where(PracticeSession.trainee_id == trainee_id)
    answers = select(Answer.id).where(Answer.session_id.in_(sessions))
    if name == "trainees":
        return query.where(t.c.id == trainee_id)
    if name == "workshops":
        member_of = select(WorkshopMember.workshop_id).where(WorkshopMember.trainee_id == trainee_id)
        practised_in = select(PracticeSession.workshop_id).where(PracticeSession.trainee_id == trainee_id)
        return query.where(t.c.id.in_(member_of.union(practised_in)))
    if name in ("workshop_members", "practice_sessions"):
        return query.where(t.c.trainee_id == trainee_id)
    if name == "answers":
        return query.where(t.c.session_id.in_(sessions))
    return query.where(t.c.answer_id.in_(answers))  # principle_scores, trainer_reviews


def _rows(session: Session, name: str, trainee_id: UUID | None) -> Iterator[dict[str, Any]]:
    columns = list(table(name).columns)
    result = session.execute(_selection(name, trainee_id), execution_options={"yield_per": CHUNK})
    for row in result:
        mapping = row._mapping
        yield {c.name: encode_value(c, mapping[c]) for c in columns}


@dataclass(frozen=True)
class ArchiveReport:
    path: Path
    counts: dict[str, int]
    audio_files: int
    missing_audio: int


def write_archive(db: Database, out: Path, *, trainee_id: UUID | None = None) -> ArchiveReport:
    """Write everything (or one trainee's data) with their recordings to the zip file *out*."""
    counts: dict[str, int] = {}
    audio_paths: list[str] = []
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf, db.read() as s:
        for name in TABLES:
            counts[name] = 0
            with zf.open(f"data/{name}.jsonl", "w", force_zip64=True) as fh:
                for row in _rows(s, name, trainee_id):
                    fh.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
                    counts[name] += 1
                    if name == "answers" and row.get("audio_path"):
                        audio_paths.append(row["audio_path"])
        stored = missing = 0
        for rel in audio_paths:
            try:
                source = audio.absolute(db.data_dir, rel)
            except ValueError:
                missing += 1
                continue
            if source.is_file():
                zf.write(source, FILES_PREFIX + audio.clean_relpath(rel))
                stored += 1
            else:
                missing += 1
        manifest = {
            "format": ARCHIVE_FORMAT,
            "version": ARCHIVE_VERSION,
            "schema_revision": migrate.current_revision(db),
            "app_version": __version__,
            "created_at": utcnow().isoformat(),
            "trainee_id": str(trainee_id) if trainee_id else None,
            "counts": counts,
            "audio_files": stored,
            "missing_audio": missing,
        }
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    partial.replace(out)
    return ArchiveReport(out, counts, stored, missing)


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
    except (KeyError, ValueError) as exc:
        raise ArchiveError("not a backup archive of this app (no readable manifest.json)") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise ArchiveError("not a backup archive of this app (unknown format)")
    if manifest.get("version") != ARCHIVE_VERSION:
        raise ArchiveError(f"archive format version {manifest.get('version')} is not supported by this app")
    revision = manifest.get("schema_revision")
    if revision is not None and not migrate.is_known_revision(str(revision)):
        raise ArchiveError(f"the archive comes from a newer version of the app (schema {revision}); update the app")
    return manifest
