"""The server's database: SQLite by default, PostgreSQL when many centers and processes share it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    from deskclient.paths import data_folder

    folder = data_folder().ensure()
    return f"sqlite:///{folder.root / 'server.sqlite3'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        def on_connect(connection: Any, _record: Any) -> None:
            connection.isolation_level = None
            for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                           "PRAGMA busy_timeout=30000"):
                connection.execute(pragma)

        def on_begin(connection: Any) -> None:
            # One writer at a time, taken at the start: no deadlock half-way through a pull.
            # Reads (``ServerDatabase.read``) begin DEFERRED and never wait for the writer (WAL).
            mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            connection.exec_driver_sql(f"BEGIN {mode}")

        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", on_begin)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class ServerDatabase:
    """Engine and sessions of the server."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (on SQLite it does not take the write lock)."""
        with self._readers() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def migrate(url: str) -> None:
    """Create or upgrade the schema to the newest revision, and give the database an epoch."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
    finally:
        engine.dispose()
    from deskclient.server.meta import ensure_epoch

    database = ServerDatabase(url)
    try:
        ensure_epoch(database)
    finally:
        database.dispose()
