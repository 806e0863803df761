"""Regenerate docs/screenshots/ (run under Xvfb by `./dev.sh screenshots`).

Uses a private, fresh data folder with one demo profile, so the pictures show the bundled
library and a real interview: the library, the interview, feedback on an answer and the
summary, in Vietnamese, and the library in English.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SCENARIO = "ngo-doc-thuc-pham-ban-tru"
# A middling first answer: empathy and facts, but a guess about the cause and no update time.
FIRST_ANSWER = (
    "Chúng tôi rất lo lắng cho các em. Hôm qua 37 em phải đi viện, hiện 31 em đã về nhà. "
    "Có lẽ là do hộp sữa chua, nhưng chúng tôi đang chờ kết quả xét nghiệm."
)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="trainer-shots-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from trainer.settings import Settings
    from trainer.storage import trainees
    from trainer.storage.engine import open_database
    from trainer.ui.application import create_application
    from trainer.ui.main_window import MainWindow

    db = open_database()
    lan = trainees.create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")
    db.close()

    app = create_application(["screenshots", *sys.argv[1:]], language="vi")
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings=Settings(last_trainee_id=str(lan.id)))
    window.resize(1366, 768)
    window.show()
    written: list[Path] = []
    steps: list[Callable[[], bool]] = []  # each returns True when it may move on

    def save(name: str, widget: QWidget | None = None) -> bool:
        path = OUT / name
        (widget or window).grab().save(str(path))
        written.append(path)
        return True

    def ready() -> bool:
        return not window.loading and window.state.trainee is not None

    def library_vi() -> bool:
        window.library.select_scenario(SCENARIO)
        return True

    practice = window.practice

    def start() -> bool:
        window.start_panel.difficulty.setCurrentIndex(1)
        window.start_panel.start_button.click()
        return True

    def in_interview() -> bool:
        return practice.currentWidget() is practice.interview_view and practice.interview_view.question is not None

    def type_answer() -> bool:
        practice.interview_view.answer.setPlainText(FIRST_ANSWER)
        return True

    def submit() -> bool:
        practice.interview_view.submit()
        return True

    def in_feedback() -> bool:
        return practice.currentWidget() is practice.feedback_view

    def answer_rest() -> bool:
        if practice.currentWidget() is practice.summary_view:
            return True
        if practice.currentWidget() is practice.feedback_view:
            practice.feedback_view.next_button.click()
        elif practice.currentWidget() is practice.interview_view and practice.interview_view.submit_button.isEnabled():
            q = practice.interview_view.question
            practice.interview_view.answer.setPlainText(q.model_answer if q else "")
            practice.interview_view.submit()
        return False

    def back() -> bool:
        practice.summary_view.back_button.click()
        return True

    def english() -> bool:
        window.set_language("en")
        window.library.select_scenario("en-student-data-breach")
        return True

    steps += [
        ready,
        library_vi,
        lambda: save("library-vi.png"),
        start,
        in_interview,
        type_answer,
        lambda: save("interview-vi.png"),
        submit,
        in_feedback,
        lambda: save("feedback-vi.png"),
        answer_rest,
        lambda: save("summary-vi.png"),
        back,
        english,
        lambda: save("library-en.png"),
    ]

    def tick() -> None:
        if not steps:
            app.quit()
            return
        if steps[0]():
            steps.pop(0)
        QTimer.singleShot(250, tick)

    QTimer.singleShot(500, tick)
    QTimer.singleShot(60_000, app.quit)  # never hang a build
    app.exec()
    window.close()
    for path in written:
        print(path)
    return 0 if not steps else 1


if __name__ == "__main__":
    raise SystemExit(main())
