"""Errors the storage layer raises on purpose. Each carries a one-line message for people."""

from __future__ import annotations


class StorageError(Exception):
    """Base class: the message is one line a user can act on."""


class DatabaseBusyError(StorageError):
    """Another program holds the database lock longer than the busy timeout."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or reached (bad URL, server down, unreadable file)."""


class SchemaError(StorageError):
    """The database schema cannot be used by this version of the app."""


class NotFoundError(StorageError):
    """A trainee, session, answer or workshop with the given id does not exist."""


class ArchiveError(StorageError):
    """A backup archive or database file to import or restore is not valid."""
