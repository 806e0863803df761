"""What the user is told when the progress database or the settings file fails.

:func:`explain` turns a storage error into two translated sentences: what is wrong and
what to do about it. The start-up box (:func:`database_failed`) offers to try again once
the cause is fixed; the practice page uses the same sentences for a failed save, and the workshop's status
lines use them in one line (:func:`in_one_line`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer.ui import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def _path_of(error: BaseException, fallback: str = "") -> str:
    path = getattr(error, "path", None)
    return str(path) if isinstance(path, Path) else fallback


def _on_server() -> str:
    """Stands in for the file name when the database is a PostgreSQL server."""
    return QCoreApplication.translate("StorageMessages", "on the database server")


def explain(error: BaseException | None) -> tuple[str, str]:
    """(what is wrong, what to do), translated, for a failure of the progress database."""
    from trainer.storage.errors import (
        CorruptDatabaseError,
        DatabaseBusyError,
        DiskFullError,
        NewerSchemaError,
        ReadOnlyDatabaseError,
        SchemaError,
        StorageError,
    )

    if isinstance(error, DiskFullError):
        return (
            QCoreApplication.translate(
                "StorageMessages", "The disk is full, so the progress database cannot save anything more."
            ),
            QCoreApplication.translate(
                "StorageMessages",
                "Free some space on this computer (empty the Recycle Bin, delete large files you no longer "
                "need), then try again.",
            ),
        )
    if isinstance(error, ReadOnlyDatabaseError):
        return (
            QCoreApplication.translate(
                "StorageMessages", "The progress database cannot be written: the folder %1 is read-only."
            ).replace("%1", _path_of(error, "?")),
            QCoreApplication.translate(
                "StorageMessages",
                "Ask whoever looks after this computer to let you write to that folder, or choose another "
                "data folder in Settings, then try again.",
            ),
        )
    if isinstance(error, DatabaseBusyError):
        return (
            QCoreApplication.translate(
                "StorageMessages",
                "The progress database is busy: another program, or a second window of this app, is writing to it.",
            ),
            QCoreApplication.translate(
                "StorageMessages",
                "Wait a moment, then try again. If it keeps happening, close the other window or program.",
            ),
        )
    if isinstance(error, CorruptDatabaseError):
        path = Path(_path_of(error)) if _path_of(error) else None
        backups = path.parent / "backups" if path is not None else None
        return (
            QCoreApplication.translate(
                "StorageMessages",
                "The progress database %1 is damaged or is not a database file. It has been left as it is.",
            ).replace("%1", str(path) if path else "?"),
            QCoreApplication.translate(
                "StorageMessages",
                "To put a backup in its place, choose “Restore a backup…” (or run “python main.py db restore "
                "‹backup file›”): the damaged file is moved, as it is, into %1 and the backup restored. Copies "
                "made before each upgrade are in %1 too. Or move the damaged file to another folder to start a new "
                "database, then try again.",
            ).replace("%1", str(backups) if backups else "backups"),
        )
    if isinstance(error, NewerSchemaError):
        return (
            QCoreApplication.translate(
                "StorageMessages",
                "The progress database %1 was last used by a newer version of this app (database schema %2), "
                "which this version cannot read. It has been left as it is.",
            )
            .replace("%1", _path_of(error) or _on_server())
            .replace("%2", error.revision),
            QCoreApplication.translate(
                "StorageMessages",
                "Use the newer version of the app with this database. To go back to this version instead, put "
                "back the copy taken before that upgrade with “python main.py db restore-copy --keep-old-schema” "
                "(what was done since that upgrade is then lost).",
            ),
        )
    if isinstance(error, SchemaError):
        return (
            QCoreApplication.translate(
                "StorageMessages", "The file %1 is not a progress database of this app. It has been left as it is."
            ).replace("%1", _path_of(error) or _on_server()),
            QCoreApplication.translate(
                "StorageMessages",
                "Move that file to another folder so that a new database is made, or choose another database in "
                "Settings; then try again.",
            ),
        )
    if isinstance(error, StorageError):
        return (
            QCoreApplication.translate("StorageMessages", "The progress database could not be used: %1").replace(
                "%1", str(error)
            ),
            QCoreApplication.translate(
                "StorageMessages", "Check that the data folder exists and that you may write to it, then try again."
            ),
        )
    detail = f"{type(error).__name__}: {error}" if error is not None else ""
    return (
        QCoreApplication.translate("StorageMessages", "The progress database could not be used: %1").replace(
            "%1", detail
        ),
        QCoreApplication.translate(
            "StorageMessages", "Check that the data folder exists and that you may write to it, then try again."
        ),
    )


def in_one_line(error: BaseException) -> str:
    """What is wrong and what to do, as one line for a status line: :func:`explain`'s two
    sentences for a failure of the progress database, else the error's own message (a
    mistake in what was entered, which says itself what is wrong)."""
    from trainer.storage.errors import StorageError

    if isinstance(error, StorageError):
        return " ".join(explain(error))
    return str(error)


def database_failed(
    parent: QWidget | None, error: BaseException | None, *, retry: Callable[[], None] | None = None
) -> bool:
    """Tell the user the database could not be opened at start; True to try again now.

    A damaged database file (and *retry* given) also offers *Restore a backup…*
    (trainer/ui/restore_backup.py), which calls *retry* once the backup is in place."""
    from trainer.storage.errors import CorruptDatabaseError

    problem, remedy = explain(error)
    buttons = [
        ("retry", QCoreApplication.translate("StorageMessages", "Try again")),
        ("continue", QCoreApplication.translate("StorageMessages", "Continue without saving")),
    ]
    damaged = error.path if isinstance(error, CorruptDatabaseError) and retry is not None else None
    if damaged is not None:
        buttons.insert(0, ("restore", QCoreApplication.translate("StorageMessages", "Restore a backup…")))
    choice = messages.choose(
        parent,
        QCoreApplication.translate("StorageMessages", "The progress database could not be opened"),
        problem
        + "\n\n"
        + QCoreApplication.translate(
            "StorageMessages", "You can still read the scenarios; practice and history need the database."
        ),
        buttons,
        default="retry",
        cancel="continue",
        detail=remedy,
    )
    if choice == "restore" and damaged is not None and retry is not None:
        from trainer.ui.restore_backup import choose_and_restore

        choose_and_restore(parent, damaged, retry)
    return choice == "retry"


def settings_set_aside(parent: QWidget | None) -> None:
    """Say once that a corrupt settings file was moved aside and the defaults are in use."""
    from trainer.settings import take_set_aside

    problem = take_set_aside()
    if problem is None:
        return
    original, moved_to = problem
    if moved_to is not None:
        text = QCoreApplication.translate(
            "StorageMessages",
            "Your settings file could not be read, so the app started with the default settings. "
            "The damaged file was moved to %1 in case you want to look at it.",
        ).replace("%1", str(moved_to))
    else:
        text = QCoreApplication.translate(
            "StorageMessages",
            "Your settings file %1 could not be read, so the app started with the default settings. "
            "The file could not be moved aside; delete it or make its folder writable.",
        ).replace("%1", str(original))
    log.info("told the user about the corrupt settings file %s", original)
    messages.info(
        parent,
        QCoreApplication.translate("StorageMessages", "Settings were reset"),
        text,
        QCoreApplication.translate(
            "StorageMessages", "Choose your settings again under Settings (your progress is not affected)."
        ),
    )
