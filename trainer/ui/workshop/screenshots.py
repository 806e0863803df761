"""Regenerate docs/screenshots/presenter-vi.png and control-vi.png.

    QT_QPA_PLATFORM=offscreen python -m trainer.ui.workshop.screenshots

A private data folder and a fresh SQLite file; a workshop of four with the real scorer:
three turns answered, one reviewed with an override and a comment, the fourth turn on
the clock. Fictional names.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
PEOPLE = [
    ("Trần Văn Bình", "Trường THCS Kim Đồng", "Phó hiệu trưởng"),
    ("Phạm Minh Đức", "Trường THPT Nguyễn Du", "Hiệu trưởng"),
    ("Lê Thu Hà", "Trường Mầm non Sao Mai", "Hiệu trưởng"),
    ("Nguyễn Thị Lan", "Trường Tiểu học Hòa An", "Hiệu trưởng"),
]
ANSWERS = [
    "Không bình luận. Nhà trường đang làm việc với cơ quan chức năng.",
    "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà. "
    "Nhà trường đã tạm dừng bữa ăn bán trú và sẽ thông tin tiếp vào 17 giờ chiều nay.",
    "Chúng tôi chia sẻ với các gia đình. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà.",
]
TYPING = "Nhà trường xin chia sẻ lo lắng với phụ huynh. Hiện 31 em đã về nhà, "


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="trainer-workshop-shots-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtWidgets import QApplication

    from trainer import paths
    from trainer.content.loader import load_scenario
    from trainer.domain.scoring import score_answer
    from trainer.storage import trainees, workshops
    from trainer.storage.engine import open_database
    from trainer.storage.records import ScoreOverride
    from trainer.storage.reviews import review_answer
    from trainer.ui.application import create_application
    from trainer.ui.tasks import wait_for_tasks
    from trainer.ui.workshop import ControlView, PresenterView, RunController

    app = create_application(["screenshots", *sys.argv[1:]], language="vi")
    scenario = load_scenario(paths.bundled_scenarios_dir() / f"{SCENARIO}.json")
    db = open_database()
    people = [trainees.create_trainee(db, n, unit=u, role=r) for n, u, r in PEOPLE]
    ws = workshops.create_workshop(
        db, "Tập huấn ứng phó báo chí khi có sự cố", place="Hội trường Sở GD&ĐT", trainer="Cô Hạnh",
        members=[p.id for p in people],
    )  # fmt: skip
    controller = RunController(db, ws, people, scenario, scorer=score_answer, difficulty=2)
    control = ControlView(controller, live=False)
    control.resize(1366, 768)
    control.show()

    def pump(until: float) -> None:
        end = time.monotonic() + until
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def settle(condition: object, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            pump(0.05)

    for text in ANSWERS:
        control.next_turn()
        controller.start_clock()
        pump(0.2)
        control.answer.setPlainText(text)
        control.submit_typed()
        settle(lambda: controller.phase == "answered")
    first = controller.answers[0]
    review_answer(
        db, first.id, reviewer="Cô Hạnh", comment="Tránh “không bình luận”: hãy nói điều đã biết và hẹn giờ cập nhật.",
        overrides={"no_stonewalling": ScoreOverride(10, "missed")},
    )  # fmt: skip
    from trainer.storage.workshops import workshop_answers

    control.answers.merge(workshop_answers(db, ws.id, answer_ids=[first.id]))
    control.answers.select(first.id)
    control.next_turn()
    controller.start_clock()
    control.answer.setPlainText(TYPING)
    pump(1.3)
    control.refresh()
    OUT.mkdir(parents=True, exist_ok=True)
    written = [OUT / "control-vi.png", OUT / "presenter-vi.png"]
    control.grab().save(str(written[0]))
    room = PresenterView()
    room.resize(1280, 720)
    room.show()
    room.show_stage(controller.stage())
    room.set_clock(controller.remaining_s(), True)
    pump(0.3)
    room.grab().save(str(written[1]))
    # The first answer with its scores revealed, as the room sees it after the turn.
    control.controller.skip()
    controller.show_answer(control.answers.answers[first.id], reveal=True)
    room.show_stage(controller.stage())
    pump(0.3)
    written.append(OUT / "presenter-scores-vi.png")
    room.grab().save(str(written[2]))
    control.close()
    room.close()
    wait_for_tasks(5000)
    db.close()
    QApplication.processEvents()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
