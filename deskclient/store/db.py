"""One engine per database file, and the two ways of using it: a read, or a durable write.

Every connection gets the pragmas that keep SQLite safe through power cuts (WAL with
``synchronous=FULL``) and writes take the write lock up front (``BEGIN IMMEDIATE``) so two writers
never deadlock half-way through a transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from deskclient.domain.problems import DATABASE_BUSY, DISK_FULL, STORAGE_FAILED, Problem
from deskclient.store.pragmas import BUSY_TIMEOUT_MS, CONNECT_PRAGMAS, apply_pragmas

__all__ = ["BUSY_TIMEOUT_MS", "CONNECT_PRAGMAS", "Database", "apply_pragmas", "translate_storage_errors"]

def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide how a transaction starts (pysqlite's own
    # implicit BEGIN would be DEFERRED and would come too late).
    dbapi_connection.isolation_level = None
    apply_pragmas(dbapi_connection)


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The local database: an engine, and sessions for reads and for writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine: Engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it sees one consistent snapshot."""
        with translate_storage_errors(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose changes are committed durably together, or not at all."""
        with translate_storage_errors(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def raw_write(self) -> Iterator[sqlite3.Connection]:
        """A durable write on the pool's plain ``sqlite3`` connection, for the hottest paths only.

        Claiming and submitting run thousands of times a day on slow PCs; the ORM's bookkeeping
        costs several times SQLite's own work there. Same engine, same pragmas, ``BEGIN IMMEDIATE``.
        """
        with translate_storage_errors():
            pooled = self.engine.raw_connection()
            try:
                connection = pooled.driver_connection
                assert isinstance(connection, sqlite3.Connection)
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                except BaseException:
                    if connection.in_transaction:  # some errors (a full disk) already rolled back
                        connection.execute("ROLLBACK")
                    raise
                connection.execute("COMMIT")
            finally:
                pooled.close()

    def dispose(self) -> None:
        self.engine.dispose()


def storage_problem(error: BaseException) -> Problem | None:
    """The expected condition behind a SQLite error (full disk, busy database), if it is one."""
    original = getattr(error, "orig", error)
    message = str(original).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return Problem(DISK_FULL)
    if "database is locked" in message or "database is busy" in message:
        return Problem(DATABASE_BUSY)
    if isinstance(original, sqlite3.OperationalError) and "disk i/o error" in message:
        return Problem(STORAGE_FAILED, detail=str(original))
    return None


@contextmanager
def translate_storage_errors() -> Iterator[None]:
    """Turn expected SQLite failures into ``Problem``s; anything else stays a bug."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as error:
        problem = storage_problem(error)
        if problem is None:
            raise
        raise problem from error
