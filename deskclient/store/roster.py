"""The login grid's list of people, read with plain ``sqlite3``.

This runs before the login window is shown, so it must not wait for SQLAlchemy to import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskclient.domain.views import UserCard

_USERS_ONLY = ("SELECT id, display_name, role, language FROM users WHERE active = 1 "
               "ORDER BY display_name COLLATE NOCASE")
_WITH_PREFERENCES = ("SELECT u.id, u.display_name, u.role, COALESCE(p.language, u.language) FROM users u "
                     "LEFT JOIN user_preferences p ON p.user_id = u.id WHERE u.active = 1 "
                     "ORDER BY u.display_name COLLATE NOCASE")


def read_roster(path: Path) -> list[UserCard]:
    """Active people of this PC's center, by display name."""
    if not path.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return []
    try:
        try:  # the language a person chose on this PC comes first, then the one the server has for them
            rows = connection.execute(_WITH_PREFERENCES).fetchall()
        except sqlite3.OperationalError:  # a file from before user_preferences (migrated a moment later)
            rows = connection.execute(_USERS_ONLY).fetchall()
    except sqlite3.Error:
        # Not created yet, or damaged: the start-up check that follows says which, calmly.
        return []
    finally:
        connection.close()
    return [UserCard(id=row[0], display_name=row[1], role=row[2], language=row[3]) for row in rows]
