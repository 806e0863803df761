"""docs/screenshots/editor-vi.png: the editor on a copy of a bundled scenario, with one problem.

python -m trainer.ui.editor.screenshot [OUT.png]     (offscreen or under Xvfb)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "editor-vi.png"
SOURCE = Path(__file__).resolve().parents[3] / "scenarios" / "cho-hoc-sinh-nghi-hoc-tranh-bao.json"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    tmp = Path(tempfile.mkdtemp(prefix="trainer-editor-shot-"))
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"TRAINER_{name}_DIR"] = str(tmp / name.lower())
    from PySide6.QtCore import QTimer

    from trainer.settings import Settings
    from trainer.ui.application import create_application
    from trainer.ui.editor import EditorWindow

    app = create_application(["screenshot"], language="vi")
    editor = EditorWindow(Settings())
    editor.resize(1366, 768)
    editor.open_copy(SOURCE)
    editor.show()
    editor.go_to("/questions/3/text")
    # A question written in English in a Vietnamese scenario: the validator says so, at the field.
    editor.section("questions").form.field("/text").text_edit.setPlainText(
        "Who is to blame here: the province, or your department that sat on the notice?"
    )

    def shoot() -> None:
        if editor.validator.busy:
            QTimer.singleShot(100, shoot)
            return
        out.parent.mkdir(parents=True, exist_ok=True)
        editor.grab().save(str(out))
        print(out)
        editor.draft.mark_saved()
        app.quit()

    QTimer.singleShot(800, shoot)
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    return 0 if out.exists() else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
