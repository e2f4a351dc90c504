"""Connection settings that keep SQLite safe through power cuts; plain sqlite3, no SQLAlchemy."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 5_000

CONNECT_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Set the safety pragmas on a plain ``sqlite3`` connection (also used by fast paths)."""
    for pragma in CONNECT_PRAGMAS:
        connection.execute(pragma)
