"""Connection settings that keep SQLite safe through power cuts; plain sqlite3, no SQLAlchemy."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 5_000

CONNECT_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Deleted and overwritten content is zeroed, so an old draft or a replaced value does not linger in
    # free pages of the file or the WAL (encryption at rest, docs/SECURITY.md).
    "PRAGMA secure_delete=ON",
    # Checkpoints are done by housekeeping every few minutes, off the worker's commits; this is only
    # the safety net that keeps the WAL from growing past ~16 MB if housekeeping cannot run.
    "PRAGMA wal_autocheckpoint=4000",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Set the safety pragmas on a plain ``sqlite3`` connection (also used by fast paths)."""
    for pragma in CONNECT_PRAGMAS:
        connection.execute(pragma)
