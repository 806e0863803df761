"""Regenerate the history screenshots in docs/screenshots/ (offscreen is fine):

    QT_QPA_PLATFORM=offscreen python -m trainer.ui.history.screenshots

A private data folder with one trainee who practised four bundled scenarios over ten
weeks (:mod:`.sample_history`, scored by the real scorer): the overview, one session in
detail and two attempts side by side, in Vietnamese.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
PRACTISED = ("ngo-doc-thuc-pham-ban-tru", "clip-bao-luc-hoc-duong", "sap-tran-phong-hoc", "lam-thu-dau-nam-hoc")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="trainer-history-shots-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from trainer import paths
    from trainer.content.loader import load_library
    from trainer.storage.engine import open_database
    from trainer.storage.trainees import create_trainee, get_trainee
    from trainer.ui.application import create_application
    from trainer.ui.history import HistoryPage
    from trainer.ui.history.sample_history import build_sample_history

    app = create_application(["history-screenshots", *sys.argv[1:]], language="vi")
    db = open_database()
    library = [r.scenario for r in load_library([paths.bundled_scenarios_dir()]) if r.scenario is not None]
    by_id = {s.id: s for s in library}
    lan = create_trainee(db, "Nguyễn Thị Lan", unit="Trường Tiểu học Hòa An", role="Hiệu trưởng")
    sample = build_sample_history(db, lan.id, [by_id[i] for i in PRACTISED], sessions=14, days=70)

    def wait(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(lambda *_: loop.quit())  # type: ignore[attr-defined]
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()

    def save(name: str, widget: QWidget) -> Path:
        app.processEvents()
        path = OUT / name
        widget.grab().save(str(path))
        print(path)
        return path

    OUT.mkdir(parents=True, exist_ok=True)
    page = HistoryPage()
    page.resize(1366, 768)
    page.show()
    page.set_context(db, get_trainee(db, lan.id), library)
    wait(page.loaded)
    save("history-vi.png", page)

    reviewed = next(s for s in page.sessions.model.summaries() if s.session.id == sample[2].session.id)
    page.open_session(reviewed)
    wait(page.detail.shown)
    save("history-detail-vi.png", page)

    food = [s for s in page.sessions.model.summaries() if s.session.scenario_id == PRACTISED[0] and s.answers]
    page.compare(food[-1], food[0])
    wait(page.compare_view.shown)
    save("history-compare-vi.png", page)
    page.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
