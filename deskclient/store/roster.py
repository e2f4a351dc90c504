"""The login grid's list of people, read with plain ``sqlite3``.

This runs before the login window is shown, so it must not wait for SQLAlchemy to import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskclient.domain.views import UserCard


def read_roster(path: Path) -> list[UserCard]:
    """Active people of this PC's center, by display name."""
    if not path.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return []
    try:
        rows = connection.execute(
            "SELECT id, display_name, role, language FROM users WHERE active = 1 "
            "ORDER BY display_name COLLATE NOCASE"
        ).fetchall()
    except sqlite3.Error:
        # Not created yet, or damaged: the start-up check that follows says which, calmly.
        return []
    finally:
        connection.close()
    return [UserCard(id=row[0], display_name=row[1], role=row[2], language=row[3]) for row in rows]
