"""A realistic small workshop for screenshots, manual checks and tests: six principals, one
bundled scenario, answers of every quality scored by the real scorer, and a trainer's
review that re-scores a principle with a comment.

    python -c "from trainer.reports.demo import main; main()" [DATABASE_URL]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

from trainer.content.loader import load_scenario
from trainer.domain.scoring import score_answer
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import Database, open_database
from trainer.storage.records import AnswerRecord, ScoreOverride, WorkshopInfo
from trainer.storage.reviews import review_answer
from trainer.storage.sessions import finish_session, start_session
from trainer.storage.trainees import create_trainee
from trainer.storage.workshops import create_workshop

SCENARIO_FILE = Path(__file__).resolve().parents[2] / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"
START = datetime(2025, 10, 14, 1, 30, tzinfo=UTC)  # 08:30 in Viet Nam

PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Nguyễn Thị Lan", "Trường Tiểu học Hòa An", "Hiệu trưởng"),
    ("Trần Văn Bình", "Trường THCS Lê Quý Đôn", "Hiệu trưởng"),
    ("Lê Thị Hồng Nhung", "Trường Mầm non Sơn Ca", "Phó Hiệu trưởng"),
    ("Phạm Quốc Việt", "Trường THPT Phan Châu Trinh", "Phó Hiệu trưởng"),
    ("Đỗ Minh Châu", "Trường Tiểu học Kim Đồng", "Hiệu trưởng"),
    ("Hoàng Thu Trang", "Phòng Văn hóa - Xã hội phường Hải Châu", "Chuyên viên"),
)

GOOD_OPENING = (
    "Trước hết, tôi xin chia sẻ sự lo lắng với các em và các gia đình; sức khỏe của các em là ưu tiên hàng đầu. "
    "Sau bữa trưa bán trú hôm qua, 37 em bị đau bụng, buồn nôn và đã được đưa đến Trung tâm Y tế khu vực. "
    "31 em đã ổn định, về nhà tối qua; 6 em vẫn được theo dõi, không em nào nguy kịch. Nguyên nhân chưa được "
    "xác định; đoàn liên ngành y tế đã lấy mẫu thức ăn lưu để xét nghiệm. Nhà trường sẽ cập nhật trên trang "
    "thông tin chính thức trước 17 giờ chiều nay."
)
MIDDLING_OPENING = (
    "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà. "
    "Có lẽ là do hộp sữa chua, nhưng chúng tôi đang chờ kết quả xét nghiệm."
)
WEAK_OPENING = "Việc này đang được cơ quan chức năng làm rõ, tôi không có bình luận gì thêm."
GOOD_CAUSE = (
    "Hiện chúng tôi chưa biết nguyên nhân và tôi không muốn phỏng đoán, vì điều đó có thể gây hiểu lầm cho "
    "phụ huynh. Mẫu thức ăn lưu của bữa trưa đã được niêm phong và đoàn liên ngành y tế đã lấy đi xét nghiệm. "
    "Nhà trường phối hợp đầy đủ với đoàn và sẽ công bố ngay khi có kết luận chính thức."
)
GUESSING_CAUSE = (
    "Theo tôi thì chắc chắn là do hộp sữa chua của công ty cung cấp, bếp của trường luôn sạch sẽ. "
    "Phụ huynh cũng nói quá lên một chút."
)
GOOD_PRIVACY = (
    "Tôi không thể cung cấp tên hay lớp của các em; đó là thông tin riêng tư của trẻ em mà pháp luật bảo vệ. "
    "Điều tôi có thể nói là 6 em đang được theo dõi và không em nào nguy kịch; nhà trường sẽ cập nhật tình hình "
    "các em trước 17 giờ hôm nay trên trang thông tin chính thức của trường."
)
LEAKY_PRIVACY = "Có em Minh lớp 3A và em Hà lớp 4B, anh cứ liên hệ cô chủ nhiệm để lấy số điện thoại gia đình."
GOOD_CLOSING = (
    "Nhà trường sẽ cập nhật tình hình các em trước 17 giờ hôm nay trên trang thông tin chính thức của trường. "
    "Chúng tôi phối hợp đầy đủ với đoàn liên ngành và sẽ công bố kết quả xét nghiệm ngay khi có. Phụ huynh và "
    "báo chí có thể gọi đường dây nóng của trường bất cứ lúc nào."
)
VAGUE_CLOSING = "Khi nào có thông tin thì chúng tôi sẽ báo sau."

#: Per person, in turn order: (question id, answer).
TURNS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("mo-dau", GOOD_OPENING), ("nguyen-nhan", GOOD_CAUSE), ("ket-thuc", GOOD_CLOSING)),
    (("mo-dau", MIDDLING_OPENING), ("nguyen-nhan", GUESSING_CAUSE), ("ket-thuc", VAGUE_CLOSING)),
    (("mo-dau", MIDDLING_OPENING), ("ten-lop", GOOD_PRIVACY), ("ket-thuc", GOOD_CLOSING)),
    (("mo-dau", WEAK_OPENING), ("ten-lop", LEAKY_PRIVACY), ("ket-thuc", VAGUE_CLOSING)),
    (("mo-dau", GOOD_OPENING), ("nguyen-nhan", GUESSING_CAUSE), ("ten-lop", GOOD_PRIVACY)),
    (("mo-dau", MIDDLING_OPENING), ("nguyen-nhan", GOOD_CAUSE), ("ket-thuc", VAGUE_CLOSING)),
)

TRAINER = "ThS. Lê Thu Hà"
COMMENT = "Câu mở đầu có đồng cảm nhưng đoán nguyên nhân là sữa chua: chỉ nói điều đã được xác nhận."
#: The trainer's verdict on Trần Văn Bình's first answer: facts lowered, with the comment above.
OVERRIDE = {"facts": ScoreOverride(20, "missed")}


@dataclass(frozen=True)
class DemoWorkshop:
    workshop: WorkshopInfo
    trainee_ids: tuple[UUID, ...]  # in the order of PEOPLE
    answers: tuple[tuple[AnswerRecord, ...], ...]  # per person, in turn order
    reviewed: AnswerRecord  # the answer the trainer re-scored (as stored before the review)


def build_demo_workshop(db: Database, *, scenario_file: Path = SCENARIO_FILE) -> DemoWorkshop:
    scenario = load_scenario(scenario_file)
    ids = tuple(create_trainee(db, name, unit=unit, role=role).id for name, unit, role in PEOPLE)
    workshop = create_workshop(
        db,
        "Tập huấn kỹ năng phát ngôn và ứng phó với báo chí",
        held_on=date(2025, 10, 14),
        place="Hội trường Sở Giáo dục và Đào tạo",
        trainer=TRAINER,
        members=ids,
    )
    answers: list[tuple[AnswerRecord, ...]] = []
    clock = START
    for person, turns in zip(ids, TURNS, strict=True):
        session = start_session(db, person, scenario, mode="workshop", workshop_id=workshop.id, started_at=clock)
        given = []
        for question_id, text in turns:
            clock += timedelta(minutes=3)
            result = score_answer(scenario, question_id, text, latency_s=2.0)
            given.append(
                save_scored_answer(
                    db,
                    session.id,
                    question_id=question_id,
                    question_text=scenario.question(question_id).text,
                    question_kind=scenario.question(question_id).kind,
                    result=result,
                    duration_ms=45_000,
                    latency_ms=2_000,
                    asked_at=clock - timedelta(seconds=47),
                    answered_at=clock,
                )
            )
        finish_session(db, session.id, ended_at=clock + timedelta(minutes=1))
        answers.append(tuple(given))
    reviewed = answers[1][0]
    review_answer(db, reviewed.id, reviewer=TRAINER, comment=COMMENT, overrides=OVERRIDE, created_at=clock)
    return DemoWorkshop(workshop, ids, tuple(answers), reviewed)


def main() -> None:  # pragma: no cover - a developer's helper
    db = open_database(sys.argv[1] if len(sys.argv) > 1 else None)
    try:
        demo = build_demo_workshop(db)
        print(f"workshop {demo.workshop.id}: {len(demo.trainee_ids)} trainees")
    finally:
        db.close()
