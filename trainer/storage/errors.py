"""Errors the storage layer raises on purpose. Each carries a one-line message for people."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class: the message is one line a user can act on.

    *path*: the file or folder the problem is about, when there is one (the interface
    names it in its own, translated message).
    """

    def __init__(self, message: str = "", *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseBusyError(StorageError):
    """Another program holds the database lock longer than the busy timeout."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or reached (bad URL, server down, unreadable file)."""


class DiskFullError(DatabaseUnavailableError):
    """The disk (or the user's quota, or the file-size limit) is full: nothing more can be written.
    Nothing already committed is lost; the same write succeeds once space is freed."""


class ReadOnlyDatabaseError(DatabaseUnavailableError):
    """The database file or its folder cannot be written (permissions, a read-only file system).
    ``path`` is the folder."""


class CorruptDatabaseError(DatabaseUnavailableError):
    """The file is not a SQLite database or is damaged. It is never written to or replaced.
    ``path`` is the file."""


class SchemaError(StorageError):
    """The database schema cannot be used by this version of the app."""


class NewerSchemaError(SchemaError):
    """A newer version of the app has upgraded the database: this one refuses it and writes
    nothing to it. ``revision`` is the newer schema's id; ``path`` the SQLite file, if any."""

    def __init__(self, message: str, *, path: Path | None = None, revision: str = "") -> None:
        super().__init__(message, path=path)
        self.revision = revision


class NotFoundError(StorageError):
    """A trainee, session, answer or workshop with the given id does not exist."""


class ArchiveError(StorageError):
    """A backup archive or database file to import or restore is not valid."""
