"""UTC timestamps stored as fixed-width ISO text, so they sort as text and read well in a dump."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: times are stored in UTC and must say so")
    return value.astimezone(UTC).strftime(_FORMAT)


def from_text(value: str) -> datetime:
    return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware ``datetime`` in Python, ``2026-11-28T13:56:02.000000Z`` in the database."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else to_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_text(value)
