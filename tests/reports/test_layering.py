"""trainer/reports sits below the interface: no widgets, no trainer.ui (the command writes
reports headless, and the PDF is painted on worker threads)."""

from __future__ import annotations

import ast
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "trainer" / "reports"


def _modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_reports_import_no_widgets_and_no_ui() -> None:
    files = sorted(REPORTS.glob("*.py"))
    assert len(files) > 5
    offenders = {
        p.name: sorted(m for m in _modules(p) if m.startswith(("PySide6.QtWidgets", "trainer.ui"))) for p in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_sees_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport trainer.ui.tasks\n", encoding="utf-8")
    assert _modules(bad) == {"PySide6.QtWidgets", "trainer.ui.tasks"}
