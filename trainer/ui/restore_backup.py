"""*Restore a backup…* in the damaged-database box: what ``python main.py db restore`` does,
from the window.

The person picks a copy (the file dialog opens in ``backups/`` beside the database); the
restore runs off the GUI thread (trainer/storage/backup.py: the damaged file is moved, byte
for byte, to ``backups/<name>-damaged-<time>.sqlite3`` and the copy put in its place), then
the app says where the damaged file went and opens the database again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from trainer.ui import messages
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trainer.storage.backup import Restored

log = logging.getLogger(__name__)


def _restore(database: Path, copy: Path) -> Restored:
    from trainer.storage.backup import restore_sqlite
    from trainer.storage.engine import connect

    db = connect(str(database))  # not opened: the file is damaged
    try:
        return restore_sqlite(db, copy)
    finally:
        db.close()


def choose_and_restore(parent: QWidget | None, database: Path, on_restored: Callable[[], None]) -> None:
    """Ask for a backup of *database* and restore it; *on_restored* runs once it is in place."""
    folder = database.parent / "backups"
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreBackup", "Choose a backup of the progress database"),
        str(folder if folder.is_dir() else database.parent),
        QCoreApplication.translate("RestoreBackup", "Database copies (*.sqlite3 *.db);;All files (*)"),
    )
    if not chosen:
        return
    copy = Path(chosen)

    def done(restored: Restored) -> None:
        log.info("restored %s from %s (the damaged file is %s)", database, copy, restored.previous)
        text = QCoreApplication.translate("RestoreBackup", "The backup %1 is now the progress database.").replace(
            "%1", str(copy)
        )
        if restored.damaged:
            text += " " + QCoreApplication.translate(
                "RestoreBackup", "The damaged file was moved, as it was, to %1 in case it is needed."
            ).replace("%1", str(restored.previous))
        messages.info(parent, QCoreApplication.translate("RestoreBackup", "The backup was restored"), text)
        on_restored()

    def failed(exc: Exception) -> None:
        from trainer.storage.errors import ArchiveError
        from trainer.ui.storage_messages import in_one_line

        log.error("restoring %s from %s failed: %s", database, copy, exc)
        messages.error(
            parent,
            QCoreApplication.translate("RestoreBackup", "The backup could not be restored"),
            QCoreApplication.translate(
                "RestoreBackup",
                "The file %1 is not a copy of the progress database made by this version of the app, so nothing "
                "was changed.",
            ).replace("%1", str(copy))
            if isinstance(exc, ArchiveError)  # checked before anything is moved
            else in_one_line(exc),
            QCoreApplication.translate("RestoreBackup", "Choose another copy and try again."),
        )

    run_task(_restore, database, copy, on_done=done, on_error=failed)
