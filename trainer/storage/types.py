"""Column types that enforce the house rules at the database boundary.

* :class:`UTCDateTime` stores timezone-aware UTC on both backends. PostgreSQL keeps the
  offset (``timestamptz``); SQLite keeps naive UTC text, and the UTC zone is restored on
  the way out. A naive datetime is refused rather than guessed.
* :class:`NFCText` / :class:`NFCString` / :class:`NFCJSON` normalise every string to NFC
  on the way in, so Vietnamese typed on any keyboard compares and sorts the same. A NUL
  character (pasted from a broken file, say), which PostgreSQL refuses in text and JSON,
  becomes U+FFFD on both backends: same length, so evidence offsets still point right.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from trainer.domain.text import nfc


def storable(value: str) -> str:
    """*value* as every text column keeps it: NFC, and no NUL characters."""
    return nfc(value).replace("\x00", "\ufffd")


def storable_deep(value: Any) -> Any:
    """:func:`storable` applied to every string inside nested dicts/lists (keys included)."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, list):
        return [storable_deep(v) for v in value]
    if isinstance(value, dict):
        return {storable(k) if isinstance(k, str) else k: storable_deep(v) for k, v in value.items()}
    return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """*value* converted to UTC; a naive datetime is an error (its zone is unknown)."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"naive datetime {value!r}: pass a timezone-aware datetime (e.g. datetime.now(UTC))")
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = as_utc(value)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)  # stored as text; UTC by convention
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class NFCText(TypeDecorator[str]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class NFCString(TypeDecorator[str]):
    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class NFCJSON(TypeDecorator[Any]):
    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return storable_deep(value)
