"""Merging another machine's backup archive into this database.

Rows are matched by their UUIDs (composite keys for roster entries and scores): what is
already here stays as it is, what is new is added, so importing the same archive twice
changes nothing. Answers, their scores and reviews never change once written; the only
update is a session that was still in progress here and has since finished there.
Trainees erased here are not brought back. Everything happens in one transaction;
recordings are copied in before the commit and removed again if it fails.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Table, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trainer.storage import audio
from trainer.storage.archive import CHUNK, FILES_PREFIX, TABLES, decode_value, read_manifest, table
from trainer.storage.engine import Database
from trainer.storage.errors import ArchiveError
from trainer.storage.models import Answer, ErasedTrainee, PracticeSession, Trainee, Workshop
from trainer.storage.reviews import apply_reviews


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    sessions_finished: int = 0
    skipped_erased: int = 0
    skipped_orphans: int = 0
    audio_files: int = 0

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or self.sessions_finished)


def _decoded(t: Table, lines: Iterator[bytes], member: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            row = {c.name: decode_value(c, raw[c.name]) for c in t.columns if c.name in raw}
            missing = [c.name for c in t.columns if c.name not in row and not c.nullable and c.default is None]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
        except (ValueError, TypeError) as exc:
            raise ArchiveError(f"{member}, line {number}: {exc}") from exc
        yield row


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _existing(session: Session, column: Any, values: set[Any]) -> set[Any]:
    return set(session.scalars(select(column).where(column.in_(values)))) if values else set()


class _Merger:
    def __init__(self, session: Session, zf: zipfile.ZipFile, data_dir: Path) -> None:
        self.s, self.zf, self.data_dir = session, zf, data_dir
        self.report = ImportReport()
        self.erased = set(session.scalars(select(ErasedTrainee.trainee_id)))
        self.new_answers: set[UUID] = set()
        self.reviewed_answers: set[UUID] = set()
        self.created_files: list[Path] = []

    def run(self) -> None:
        for name in TABLES:
            member = f"data/{name}.jsonl"
            try:
                info = self.zf.getinfo(member)
            except KeyError:
                continue
            t = table(name)
            with self.zf.open(info) as fh:
                for chunk in _chunks(_decoded(t, iter(fh), member)):
                    getattr(self, f"_merge_{name}")(t, chunk)
        apply_reviews(self.s, self.reviewed_answers)

    def _insert(self, t: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.s.execute(insert(t), rows)
            self.report.added[t.name] += len(rows)

    def _merge_trainees(self, t: Table, rows: list[dict[str, Any]]) -> None:
        erased = [r for r in rows if r["id"] in self.erased]
        self.report.skipped_erased += len(erased)
        here = _existing(self.s, Trainee.id, {r["id"] for r in rows})
        self._insert(t, [r for r in rows if r["id"] not in here and r["id"] not in self.erased])

    def _merge_workshops(self, t: Table, rows: list[dict[str, Any]]) -> None:
        here = _existing(self.s, Workshop.id, {r["id"] for r in rows})
        self._insert(t, [r for r in rows if r["id"] not in here])

    def _merge_workshop_members(self, t: Table, rows: list[dict[str, Any]]) -> None:
        pairs = {(r["workshop_id"], r["trainee_id"]) for r in rows}
        here = set(
            self.s.execute(
                select(t.c.workshop_id, t.c.trainee_id).where(tuple_(t.c.workshop_id, t.c.trainee_id).in_(pairs))
            ).tuples()
        )
        trainees = _existing(self.s, Trainee.id, {r["trainee_id"] for r in rows})
        workshops = _existing(self.s, Workshop.id, {r["workshop_id"] for r in rows})
        new = [r for r in rows if (r["workshop_id"], r["trainee_id"]) not in here]
        fit = [r for r in new if r["trainee_id"] in trainees and r["workshop_id"] in workshops]
        self.report.skipped_orphans += len(new) - len(fit)
        self._insert(t, fit)

    def _merge_practice_sessions(self, t: Table, rows: list[dict[str, Any]]) -> None:
        here = {
            row.id: row.status
            for row in self.s.execute(
                select(PracticeSession.id, PracticeSession.status).where(
                    PracticeSession.id.in_([r["id"] for r in rows])
                )
            )
        }
        trainees = _existing(self.s, Trainee.id, {r["trainee_id"] for r in rows})
        workshops = _existing(self.s, Workshop.id, {r["workshop_id"] for r in rows if r.get("workshop_id")})
        new = []
        for r in rows:
            if r["id"] in here:
                if here[r["id"]] == "in_progress" and r["status"] != "in_progress":
                    self.s.execute(
                        update(t).where(t.c.id == r["id"]).values(status=r["status"], ended_at=r.get("ended_at"))
                    )
                    self.report.sessions_finished += 1
            elif r["trainee_id"] in self.erased:
                self.report.skipped_erased += 1
            elif r["trainee_id"] not in trainees:
                self.report.skipped_orphans += 1
            else:
                if r.get("workshop_id") not in workshops:
                    r["workshop_id"] = None
                new.append(r)
        self._insert(t, new)

    def _merge_answers(self, t: Table, rows: list[dict[str, Any]]) -> None:
        here = _existing(self.s, Answer.id, {r["id"] for r in rows})
        sessions = _existing(self.s, PracticeSession.id, {r["session_id"] for r in rows})
        new = [r for r in rows if r["id"] not in here]
        fit = [r for r in new if r["session_id"] in sessions]
        self.report.skipped_orphans += len(new) - len(fit)
        for r in fit:
            if r.get("audio_path"):
                r["audio_path"] = self._copy_audio(r["audio_path"])
        self.new_answers.update(r["id"] for r in fit)
        self._insert(t, fit)

    def _merge_principle_scores(self, t: Table, rows: list[dict[str, Any]]) -> None:
        fit = [r for r in rows if r["answer_id"] in self.new_answers]
        for r in fit:  # recomputed from the reviews below
            r["review_id"], r["reviewed_score"], r["reviewed_status"] = None, None, None
        self._insert(t, fit)

    def _merge_trainer_reviews(self, t: Table, rows: list[dict[str, Any]]) -> None:
        here = _existing(self.s, t.c.id, {r["id"] for r in rows})
        answers = _existing(self.s, Answer.id, {r["answer_id"] for r in rows})
        new = [r for r in rows if r["id"] not in here]
        fit = [r for r in new if r["answer_id"] in answers]
        self.report.skipped_orphans += len(new) - len(fit)
        self.reviewed_answers.update(r["answer_id"] for r in fit)
        self._insert(t, fit)

    def _copy_audio(self, rel: str) -> str | None:
        try:
            rel = audio.clean_relpath(rel)
        except ValueError as exc:
            raise ArchiveError(f"unsafe audio path in the archive: {exc}") from exc
        target = audio.absolute(self.data_dir, rel)
        try:
            info = self.zf.getinfo(FILES_PREFIX + rel)
        except KeyError:
            return rel if target.exists() else None  # the recording did not travel with the archive
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.zf.open(info) as src, target.open("xb") as dst:
                self.created_files.append(target)
                shutil.copyfileobj(src, dst)
            self.report.audio_files += 1
        return rel


def import_archive(db: Database, path: Path) -> ImportReport:
    """Merge the backup archive at *path* into the database; see the module docstring."""
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveError(f"{path}: not a backup archive ({exc})") from exc
    with zf:
        read_manifest(zf)
        merger: _Merger | None = None
        try:
            with db.write() as s:
                merger = _Merger(s, zf, db.data_dir)
                merger.run()
        except BaseException as exc:
            if merger is not None:
                for created in merger.created_files:
                    with contextlib.suppress(OSError):
                        created.unlink()
            if isinstance(exc, IntegrityError):
                raise ArchiveError(f"{path}: the archive's data does not fit the database ({exc.orig})") from exc
            raise
        return merger.report
