"""Another laptop of the workshop, as a separate app process (used by test_workshop_shared).

    python workshop_laptop.py URL DATA_DIR WORKSHOP_ID TRAINEE_ID SCENARIO_FILE ANSWER

Opens the shared database, builds the workshop's control view for one trainee, puts the
first question to them, types ANSWER and submits it. Prints ``saved <answer id> <unix
time>`` once the answer is committed, then quits.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    url, data_dir, workshop_id, trainee_id, scenario_file, answer = sys.argv[1:7]
    from PySide6.QtCore import QTimer

    from trainer.content.loader import load_scenario
    from trainer.domain.scoring import score_answer
    from trainer.storage import trainees, workshops
    from trainer.storage.engine import open_database
    from trainer.ui.application import create_application
    from trainer.ui.tasks import wait_for_tasks
    from trainer.ui.workshop import ControlView, RunController

    app = create_application(["laptop"], language="vi")
    db = open_database(url, data_dir=Path(data_dir))
    workshop = workshops.get_workshop(db, UUID(workshop_id))
    person = trainees.get_trainee(db, UUID(trainee_id))
    controller = RunController(db, workshop, [person], load_scenario(scenario_file), scorer=score_answer)
    view = ControlView(controller, live=False)
    view.show()

    def saved(record: object) -> None:
        print("saved", getattr(record, "id", ""), repr(time.time()), flush=True)
        QTimer.singleShot(0, app.quit)

    controller.answer_saved.connect(saved)
    controller.failed.connect(lambda message: (print("failed", message, flush=True), app.quit()))
    view.next_turn()
    view.answer.setPlainText(answer)
    view.submit_typed()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    view.close()
    wait_for_tasks(5000)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
