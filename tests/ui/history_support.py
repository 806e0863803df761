"""Databases for the history tests: demo data, and a real history on the bundled library."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

from trainer.content.loader import load_library
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer
from trainer.storage import demo_data
from trainer.storage.answers import save_scored_answer
from trainer.storage.audio import audio_relpath
from trainer.storage.engine import Database, open_database
from trainer.storage.records import ScenarioRef, TraineeInfo
from trainer.storage.sessions import finish_session, start_session
from trainer.storage.trainees import create_trainee, get_trainee
from trainer.ui.history.sample_history import SampleSession, build_sample_history

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 11, 20, 3, 0, tzinfo=UTC)
#: Vietnamese scenarios the sample history cycles through (two of them three times).
PRACTISED = ("ngo-doc-thuc-pham-ban-tru", "clip-bao-luc-hoc-duong", "sap-tran-phong-hoc", "lam-thu-dau-nam-hoc")


@dataclass
class HistoryWorld:
    db: Database
    data_dir: Path
    library: list[Scenario]
    lan: TraineeInfo  # a real history on the bundled library
    sample: list[SampleSession]
    demo: TraineeInfo  # a demo-data trainee (synthetic scenarios, none in the library)
    demo_sessions: int
    newcomer: TraineeInfo  # no practice yet

    def scenario(self, scenario_id: str) -> Scenario:
        return next(s for s in self.library if s.id == scenario_id)


def write_wav(path: Path, seconds: float = 0.4) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x10" * int(16000 * seconds))


def build_world(folder: Path) -> Iterator[HistoryWorld]:
    db = open_database(str(folder / "progress.sqlite3"), data_dir=folder)
    library = [r.scenario for r in load_library([ROOT / "scenarios"]) if r.scenario is not None]
    by_id = {s.id: s for s in library}
    lan = create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")
    sample = build_sample_history(db, lan.id, [by_id[i] for i in PRACTISED], sessions=10, now=NOW)

    # A spoken answer whose recording is in the data folder, and one whose file is gone.
    scenario = by_id["dich-tay-chan-mieng-mam-non"]
    spoken = start_session(db, lan.id, scenario, started_at=NOW - timedelta(hours=2))
    for n, question in enumerate(scenario.main_sequence[:2]):
        text = question.model_answer
        answer_id = uuid4()
        rel = audio_relpath(lan.id, answer_id)
        save_scored_answer(
            db, spoken.id, question_id=question.id, question_text=question.text, result=score_answer(scenario, question, text),
            duration_ms=30_000, input_mode="spoken", audio_path=rel, answer_id=answer_id,
            answered_at=NOW - timedelta(hours=2) + timedelta(minutes=n + 1),
        )  # fmt: skip
        if n == 0:
            write_wav(folder / rel)
    finish_session(db, spoken.id, ended_at=NOW - timedelta(hours=1))

    # Practised before the file changed, and a scenario that was deleted since.
    food = by_id["ngo-doc-thuc-pham-ban-tru"]
    for ref, question_id, text in (
        (ScenarioRef(food.id, "sha256:old-version", food.title, "vi", 2), "cau-hoi-da-xoa", "Câu hỏi của bản cũ?"),
        (
            ScenarioRef("kich-ban-da-xoa", "sha256:gone", "Kịch bản đã xóa", "vi", 1),
            "q1",
            "Câu hỏi của kịch bản đã xóa?",
        ),
    ):
        old = start_session(db, lan.id, ref, started_at=NOW - timedelta(days=70))
        save_scored_answer(
            db, old.id, question_id=question_id, question_text=text, question_kind="opening",
            result=score_answer(food, food.main_sequence[0], "Chúng tôi rất lo lắng cho các em."),
            duration_ms=20_000, answered_at=NOW - timedelta(days=70, minutes=-2),
        )  # fmt: skip
        finish_session(db, old.id, ended_at=NOW - timedelta(days=70, minutes=-3))

    report = demo_data.generate(db, trainees=1, answers=300, seed=5)
    newcomer = create_trainee(db, "Trần Văn Bình")
    yield HistoryWorld(
        db=db,
        data_dir=folder,
        library=library,
        lan=get_trainee(db, lan.id),
        sample=sample,
        demo=get_trainee(db, report.trainee_ids[0]),
        demo_sessions=report.sessions,
        newcomer=newcomer,
    )
    db.close()
