"""Regenerate docs/screenshots/ (run under Xvfb by `./dev.sh screenshots`).

Uses a private, empty user folder so that the pictures show the bundled library only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="trainer-shots-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from trainer.settings import Settings
    from trainer.ui.application import create_application, install_translator
    from trainer.ui.library_model import ScenarioRole
    from trainer.ui.main_window import MainWindow

    app = create_application(["screenshots", *sys.argv[1:]], language="vi")
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings=Settings())
    window.resize(1360, 760)
    window.show()
    shots: list[tuple[str, str, str | None]] = [
        ("library-vi.png", "vi", "ngo-doc-thuc-pham-ban-tru"),
        ("library-en.png", "en", "en-student-data-breach"),
    ]
    written: list[Path] = []

    def select(scenario_id: str | None) -> None:
        lib = window.library
        for row in range(lib.proxy.rowCount()):
            s = lib.proxy.index(row, 0).data(ScenarioRole)
            if s is not None and s.id == scenario_id:
                lib.table.selectRow(row)
                return

    def take(i: int = 0) -> None:
        if window.loading:
            QTimer.singleShot(100, lambda: take(i))
            return
        if i >= len(shots):
            app.quit()
            return
        name, language, scenario_id = shots[i]
        if QApplication.instance().property("trainer_language") != language:
            window.set_language(language)
        select(scenario_id)
        QTimer.singleShot(400, lambda: save(i))

    def save(i: int) -> None:
        path = OUT / shots[i][0]
        window.grab().save(str(path))
        written.append(path)
        take(i + 1)

    QTimer.singleShot(300, take)
    app.exec()
    install_translator(app, "vi")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
