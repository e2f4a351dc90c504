"""Reading a database file the way another process would, for the store tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def scalar(path: Path, sql: str, *params: object) -> object:
    """One value read through a separate plain connection (what another process would see)."""
    with closing(sqlite3.connect(path, timeout=5)) as connection:
        return connection.execute(sql, params).fetchone()[0]
