"""Turning database and file-system failures into :class:`StorageError`\\ s a user can act on.

SQLite reports a full disk, a read-only folder or a damaged file with its own error codes
(``sqlite3.Error.sqlite_errorname``); some of them ("unable to open database file",
"disk I/O error") do not say why, so the folder is then looked at: not writable means
read-only, (almost) no free space or the file-size limit reached means full. PostgreSQL
says the same with SQLSTATEs. Anything else that is not the app's own bug becomes a plain
:class:`DatabaseUnavailableError`.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from trainer.storage.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
)

_BUSY_MARKERS = ("database is locked", "database is busy", "database table is locked", "lock timeout")
_PG_BUSY_SQLSTATES = {"55P03", "40P01"}  # lock_not_available, deadlock_detected
_PG_FULL_SQLSTATES = {"53100"}  # disk_full
_PG_READ_ONLY_SQLSTATES = {"25006"}  # read_only_sql_transaction (a hot standby, a read-only server)
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
#: Less free space than this counts as a full disk when SQLite only says "disk I/O error".
NEARLY_FULL_BYTES = 1024 * 1024


def display_url(url: URL) -> str:
    """The URL without its password (a SQLite database: its file path), for messages and logs."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def _sqlite_file(url: URL | None) -> Path | None:
    if url is None or url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def folder_is_writable(path: Path) -> bool:
    """Whether the database file (if it exists) and its folder may be written.
    ``os.access`` also says no on a read-only file system."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folder is created at start: its nearest existing parent counts
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def disk_is_full(path: Path) -> bool:
    """Whether the file system holding *path* has (almost) no space left, or the database
    file has reached this process's file-size limit (``ulimit -f``)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return True
    except OSError:
        return False
    try:
        import resource  # not on Windows, which has no file-size limit
    except ImportError:
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    sizes = [p.stat().st_size for p in folder.glob(path.name + "*") if p.is_file()]
    return any(size + 64 * 1024 > soft for size in sizes)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def translate_error(exc: BaseException, url: URL | None = None) -> StorageError | None:
    """A :class:`StorageError` for a failure a user can act on, else None (a bug: raised as it is)."""
    if isinstance(exc, StorageError):
        return exc
    where = f" ({display_url(url)})" if url is not None else ""
    path = _sqlite_file(url)
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = _first_line(orig)
    lowered = text.lower()
    code = str(getattr(orig, "sqlite_errorname", "") or "")
    sqlstate = getattr(orig, "sqlstate", None)
    os_errno = orig.errno if isinstance(orig, OSError) else None

    if any(m in lowered for m in _BUSY_MARKERS) or code.startswith("SQLITE_BUSY") or sqlstate in _PG_BUSY_SQLSTATES:
        return DatabaseBusyError(
            f"the progress database is busy{where}: another program is writing to it; try again in a moment"
        )
    if code.startswith("SQLITE_FULL") or "disk is full" in lowered or sqlstate in _PG_FULL_SQLSTATES:
        return _full(where, path, text)
    if os_errno in _FULL_ERRNOS:
        return _full(where, path, text)
    if code.startswith("SQLITE_READONLY") or "readonly database" in lowered or sqlstate in _PG_READ_ONLY_SQLSTATES:
        return _read_only(where, path, text)
    if os_errno in _READ_ONLY_ERRNOS:
        return _read_only(where, path, text)
    if code in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "file is not a database" in lowered or "malformed" in lowered:
        return CorruptDatabaseError(
            f"the progress database{where} is damaged or is not a database file ({text}); it was left unchanged",
            path=path,
        )
    vague = (
        code.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")) or "unable to open" in lowered or "i/o error" in lowered
    )
    if vague and path is not None:
        if not folder_is_writable(path):
            return _read_only(where, path, text)
        if disk_is_full(path):
            return _full(where, path, text)
    if (
        isinstance(exc, OperationalError)
        or isinstance(orig, sqlite3.OperationalError)
        or type(orig) is sqlite3.DatabaseError
    ):
        return DatabaseUnavailableError(f"cannot use the progress database{where}: {text}", path=path)
    return None  # integrity and programming errors are bugs or bad data: the caller sees them as they are


def _full(where: str, path: Path | None, text: str) -> DiskFullError:
    return DiskFullError(
        f"the disk holding the progress database{where} is full ({text}): free some space, then try again",
        path=path,
    )


def _read_only(where: str, path: Path | None, text: str) -> ReadOnlyDatabaseError:
    folder = path.parent if path is not None else None
    return ReadOnlyDatabaseError(
        f"the progress database{where} cannot be written ({text}): its folder or file is read-only",
        path=folder,
    )


@contextmanager
def translating_errors(url: URL | None = None) -> Iterator[None]:
    """Raise database and file-system failures as :class:`StorageError`\\ s with a clear message."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        storage_error = translate_error(exc, url)
        if storage_error is None or (isinstance(exc, OSError) and type(storage_error) is DatabaseUnavailableError):
            raise
        raise storage_error from exc
