"""The backup archive: everything out, merged back in without duplicates, across backends."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from trainer.storage import demo_data
from trainer.storage.answers import save_scored_answer
from trainer.storage.archive import TABLES, write_archive
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, open_database
from trainer.storage.erasure import erase_trainee
from trainer.storage.errors import ArchiveError
from trainer.storage.history import trainee_history
from trainer.storage.importing import import_archive
from trainer.storage.models import Base
from trainer.storage.records import ScoreOverride
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import finish_session

from .factories import make_result, trainee_with_session


def dump(db: Database) -> dict[str, list[Any]]:
    """Every row of every table, in a backend-neutral order-independent form."""
    out = {}
    with db.read() as s:
        for name in (*TABLES, "erased_trainees"):
            rows = s.execute(select(Base.metadata.tables[name])).mappings().all()
            out[name] = sorted(json.dumps(dict(r), sort_keys=True, default=str) for r in rows)
    return out


def _spoken_answer(db: Database, session_id: Any, trainee_id: Any, payload: bytes) -> Any:
    from uuid import uuid4

    answer_id = uuid4()
    rel = audio_relpath(trainee_id, answer_id)
    path = db.data_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(payload)
    return save_scored_answer(
        db, session_id, question_id="q1", question_text="Xin cho biết?", result=make_result({"facts": 70}),
        input_mode="spoken", audio_path=rel, duration_ms=3000, answer_id=answer_id,
    )  # fmt: skip


@pytest.fixture
def source(tmp_path: Path) -> Any:
    """Another machine: a SQLite database with history, a review and a recording."""
    db = open_database(str(tmp_path / "other" / "p.sqlite3"), data_dir=tmp_path / "other")
    report = demo_data.generate(db, trainees=5, answers=60, seed=3)
    trainee, session = trainee_with_session(db, "Đặng Quốc Hùng")
    spoken = _spoken_answer(db, session.id, trainee.id, b"RIFF fake wav")
    review_answer(db, spoken.id, reviewer="Cô Hà", overrides={"facts": ScoreOverride(90, "met")})
    yield db, report, trainee, session, spoken
    db.close()


def test_export_then_import_elsewhere_then_again_changes_nothing(db: Database, source: Any, tmp_path: Path) -> None:
    other, report, trainee, _, spoken = source
    archive = tmp_path / "backup.zip"
    written = write_archive(other, archive)
    assert written.counts["answers"] == report.answers + 1 and written.audio_files == 1
    first = import_archive(db, archive)
    assert first.added["answers"] == report.answers + 1 and first.audio_files == 1
    assert dump(db) == dump(other)  # the whole database travelled
    assert (db.data_dir / spoken.audio_path).read_bytes() == b"RIFF fake wav"
    merged = trainee_history(db, trainee.id)[0].answers[0]
    assert merged.score("facts").score == 90 and merged.score("facts").reviewed
    before = dump(db)
    second = import_archive(db, archive)
    assert not second.changed and sum(second.added.values()) == 0
    assert dump(db) == before


def test_merging_keeps_local_rows_and_finishes_sessions(db: Database, source: Any, tmp_path: Path) -> None:
    other, _, trainee, session, _ = source
    early = tmp_path / "early.zip"
    write_archive(other, early)
    import_archive(db, early)
    local_trainee, local_session = trainee_with_session(db, "Ngô Thị Yến")  # only here
    save_scored_answer(
        db, local_session.id, question_id="q", question_text="?", result=make_result({"facts": 1}), duration_ms=1
    )
    finish_session(other, session.id)  # finished there after the first export
    save_scored_answer(
        other, session.id, question_id="q2", question_text="?", result=make_result({"facts": 2}), duration_ms=1
    )
    late = tmp_path / "late.zip"
    write_archive(other, late)
    result = import_archive(db, late)
    assert result.added["answers"] == 1 and result.sessions_finished == 1 and result.added["trainees"] == 0
    assert trainee_history(db, local_trainee.id)[0].answers[0].overall == 1
    assert trainee_history(db, trainee.id)[0].session.status == "completed"


def test_one_trainees_archive(db: Database, source: Any, tmp_path: Path) -> None:
    other, report, _, _, _ = source
    chosen = report.trainee_ids[0]
    archive = tmp_path / "one.zip"
    written = write_archive(other, archive, trainee_id=chosen)
    assert written.counts["trainees"] == 1
    import_archive(db, archive)
    assert dump(db)["trainees"] == [r for r in dump(other)["trainees"] if chosen.hex in r or str(chosen) in r]
    assert len(dump(db)["workshops"]) == 1


def test_an_erased_trainee_is_not_brought_back(db: Database, source: Any, tmp_path: Path) -> None:
    other, _, trainee, _, _ = source
    archive = tmp_path / "backup.zip"
    write_archive(other, archive)
    import_archive(db, archive)
    erase_trainee(db, trainee.id)
    again = import_archive(db, archive)
    assert again.skipped_erased >= 2 and again.added["trainees"] == 0 and again.added["answers"] == 0
    with pytest.raises(Exception, match="no trainee"):
        trainee_history(db, trainee.id)


def _rewrite(archive: Path, target: Path, member: str, content: bytes) -> None:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, content if info.filename == member else src.read(info))


def test_a_broken_archive_changes_nothing(db: Database, source: Any, tmp_path: Path) -> None:
    other, _, _, _, _ = source
    archive = tmp_path / "backup.zip"
    write_archive(other, archive)
    lines = zipfile.ZipFile(archive).read("data/answers.jsonl").decode().splitlines()
    broken_row = json.loads(lines[-1])
    broken_row["overall"] = "high"
    bad = tmp_path / "bad.zip"
    _rewrite(archive, bad, "data/answers.jsonl", ("\n".join([*lines[:-1], json.dumps(broken_row)]) + "\n").encode())
    before = dump(db)
    with pytest.raises(ArchiveError, match=r"answers.jsonl, line \d+: overall must be a whole number"):
        import_archive(db, bad)
    assert dump(db) == before
    assert not list((db.data_dir / "audio").rglob("*.wav")) if (db.data_dir / "audio").exists() else True
    constraint = tmp_path / "constraint.zip"
    broken_row["overall"] = 1000  # a whole number, but out of range: the database refuses it
    _rewrite(
        archive, constraint, "data/answers.jsonl", ("\n".join([*lines[:-1], json.dumps(broken_row)]) + "\n").encode()
    )
    with pytest.raises(ArchiveError, match="does not fit"):
        import_archive(db, constraint)
    assert dump(db) == before
    newer = tmp_path / "newer.zip"
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    manifest["schema_revision"] = "9999"
    _rewrite(archive, newer, "manifest.json", json.dumps(manifest).encode())
    with pytest.raises(ArchiveError, match="newer version"):
        import_archive(db, newer)
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("hello")
    with pytest.raises(ArchiveError, match="not a backup archive"):
        import_archive(db, not_zip)


def test_archive_paths_cannot_escape_the_data_folder(db: Database, source: Any, tmp_path: Path) -> None:
    other, _, _, _, spoken = source
    archive = tmp_path / "backup.zip"
    write_archive(other, archive)
    lines = zipfile.ZipFile(archive).read("data/answers.jsonl").decode().splitlines()
    evil = [json.loads(line) for line in lines]
    for row in evil:
        if row["id"] == str(spoken.id):
            row["audio_path"] = "../../outside.wav"
    bad = tmp_path / "evil.zip"
    _rewrite(archive, bad, "data/answers.jsonl", ("\n".join(json.dumps(r) for r in evil) + "\n").encode())
    with pytest.raises(ArchiveError, match="unsafe audio path"):
        import_archive(db, bad)
    assert not (tmp_path / "outside.wav").exists()
