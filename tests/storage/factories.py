"""Building domain objects for storage tests without the scorer."""

from __future__ import annotations

from trainer.domain.result import Evidence, Ladder, PrincipleScore, Result, Status
from trainer.storage.engine import Database
from trainer.storage.records import ScenarioRef, SessionInfo, TraineeInfo
from trainer.storage.sessions import start_session
from trainer.storage.trainees import create_trainee

SCENARIO = ScenarioRef("ngo-doc-thuc-pham", "sha256:abc123", "Ngộ độc thực phẩm bán trú", "vi", 2)


def status_for(score: int | None) -> Status:
    if score is None:
        return "not_applicable"
    return "met" if score >= 70 else "partly" if score >= 40 else "missed"


def make_result(scores: dict[str, int | None], *, text: str = "Nhà trường xin chia sẻ với các gia đình.") -> Result:
    principles = tuple(
        PrincipleScore(
            principle=p,
            status=status_for(s),
            score=s,
            weight=1.0,
            reason=f"Lý do cho {p}",
            advice="Hãy nói rõ hơn." if (s or 0) < 70 else "",
            evidence=(Evidence(0, min(len(text), 10), text[:10], "good", "ghi chú"),),
        )
        for p, s in scores.items()
    )
    applicable = [s for s in scores.values() if s is not None]
    overall = round(sum(applicable) / len(applicable)) if applicable else 0
    return Result(
        overall=overall,
        principles=principles,
        missing_key_messages=("km_safety",),
        missing_facts=(),
        ladder=Ladder(2, "understands", "Người nghe hiểu chuyện gì xảy ra."),
        answer_text=text,
        language="vi",
        notices=(),
    )


def trainee_with_session(db: Database, name: str = "Nguyễn Thị Lan") -> tuple[TraineeInfo, SessionInfo]:
    trainee = create_trainee(db, name, unit="Trường THCS Nguyễn Du", role="Hiệu trưởng")
    return trainee, start_session(db, trainee.id, SCENARIO)
