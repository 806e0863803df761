"""Where the debrief page writes its files: the save dialog and the work done on a worker thread."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer.domain.text import strip_diacritics
from trainer.reports.csv_export import write_debrief_csv
from trainer.reports.model import Debrief
from trainer.reports.pdf_debrief import render_debrief_pdf
from trainer.reports.pdf_personal import render_personal_pdf
from trainer.reports.personal_data import load_personal
from trainer.storage.engine import Database


def slug(text: str, limit: int = 60) -> str:
    """'Tập huấn Đà Nẵng' → 'tap-huan-da-nang' (safe in a file name on every system)."""
    plain = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(text).lower()).strip("-")
    return plain[:limit].rstrip("-") or "report"


def suggested_name(prefix: str, name: str, held_on: date | None, suffix: str) -> str:
    when = f"-{held_on.isoformat()}" if held_on else ""
    return f"{prefix}-{slug(name)}{when}.{suffix}"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
    """The file the trainer chose, or None if they cancelled (tests patch this function)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = "." + suggested.rsplit(".", 1)[-1]
    return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)


# -- run on a worker thread (no widgets) ----------------------------------------------------
def write_debrief_pdf(debrief: Debrief, path: Path) -> tuple[Path, int]:
    return path, render_debrief_pdf(debrief, path)


def write_debrief_table(debrief: Debrief, path: Path) -> tuple[Path, int]:
    return path, write_debrief_csv(debrief, path)


def write_personal_pdf(db: Database, trainee_id: UUID, path: Path, language: str) -> tuple[Path, int]:
    return path, render_personal_pdf(load_personal(db, trainee_id, language=language), path)
