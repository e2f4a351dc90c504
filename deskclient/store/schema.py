"""Bring a database file to the schema this version needs: back it up first, then migrate.

The check is done with plain ``sqlite3`` because it runs on every start, before the login window:
Alembic is only imported when a migration is really due.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from deskclient.store.backup import backup_database

log = logging.getLogger(__name__)

#: The newest Alembic revision; a test checks it matches the migrations folder.
SCHEMA_HEAD = "0003"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def current_revision(path: Path) -> str | None:
    """The schema revision of the database at ``path`` (None for a new or empty file)."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        connection.close()


def known_revisions() -> set[str]:
    """Revisions this version can upgrade from (file names start with the revision id)."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("*.py")}


def needs_upgrade(path: Path) -> bool:
    return current_revision(path) != SCHEMA_HEAD


def upgrade_database(path: Path, backups: Path) -> Path | None:
    """Migrate the database at ``path`` to ``SCHEMA_HEAD``; returns the pre-migration backup, if any.

    An existing database is copied aside first (SQLite's backup API, consistent even with a WAL):
    a failed upgrade in the field must never cost a center its queued work.
    """
    revision = current_revision(path)
    if revision == SCHEMA_HEAD:
        return None
    backup = None
    if revision is not None:
        backup = backup_database(path, backups, label=f"before-upgrade-from-{revision}")
        log.info("backed up database before upgrade from %s to %s: %s", revision, SCHEMA_HEAD, backup)
    run_alembic_upgrade(path)
    return backup


def run_alembic_upgrade(path: Path, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    from deskclient.store.db import Database

    database = Database(path)
    try:
        with database.engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            connection.commit()
    finally:
        database.dispose()
    del Config


def alembic_config():  # type: ignore[no-untyped-def]
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config
