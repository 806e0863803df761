"""docs/screenshots/debrief-vi.png: the debrief page of the demo workshop, in Vietnamese.

    QT_QPA_PLATFORM=offscreen python -m trainer.ui.workshop.debrief_shot [OUT.png]

Uses a private, fresh data folder; the workshop is trainer/reports/demo.py (six principals,
real scorer, one answer re-scored by the trainer with a comment). The room is on the left,
Trần Văn Bình's card (with the trainer's comment) on the right.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "debrief-vi.png"


def save_debrief_screenshot(out: Path = OUT) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="trainer-debrief-shot-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    from trainer.reports.demo import build_demo_workshop
    from trainer.storage.engine import open_database
    from trainer.ui.application import create_application
    from trainer.ui.tasks import wait_for_tasks
    from trainer.ui.workshop.debrief import DebriefPage

    create_application(["screenshots"], language="vi")
    db = open_database(f"sqlite:///{tmp / 'progress.sqlite3'}", data_dir=tmp / "data")
    try:
        demo = build_demo_workshop(db)
        page = DebriefPage()
        page.resize(1366, 768)
        page.show()
        page.set_workshop(db, demo.workshop.id)
        clock = QElapsedTimer()
        clock.start()
        while page.debrief is None and clock.elapsed() < 20_000:
            QCoreApplication.processEvents()
        if page.debrief is None:
            raise RuntimeError("the debrief did not load within 20 s")
        page.tabs.setCurrentIndex(1)
        page.people.setCurrentRow(next(n for n, c in enumerate(page.debrief.cards) if c.who == "Trần Văn Bình"))
        for _ in range(5):  # let the layout settle
            QCoreApplication.processEvents()
        page.card.text.scrollToAnchor("comments")  # the trainer's comment on the re-scored answer
        QCoreApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(out))
        page.close()
        wait_for_tasks()
    finally:
        db.close()
    return out


if __name__ == "__main__":
    print(save_debrief_screenshot(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
