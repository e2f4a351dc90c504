"""The server's clock: the only time order is ever taken from."""

from __future__ import annotations

from datetime import UTC, datetime


def server_now() -> datetime:
    return datetime.now(UTC)
