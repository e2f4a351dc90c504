"""The engine: safety pragmas on every connection, durable writes, expected errors told apart."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from deskclient.domain.problems import DATABASE_BUSY, DISK_FULL, STORAGE_FAILED, Problem
from deskclient.store.db import BUSY_TIMEOUT_MS, Database, storage_problem, translate_storage_errors
from deskclient.store.models import Batch, Center, Setting
from tests.factories import FakeClock
from tests.store.rows import scalar

PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}


def pragmas_of(connection) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


def test_pragmas_on_every_pooled_connection(database: Database) -> None:
    assert BUSY_TIMEOUT_MS >= 1_000
    # Several connections at once force the pool to open several real DBAPI connections.
    connections = [database.engine.connect() for _ in range(3)]
    try:
        raw_ids = {id(connection.connection.dbapi_connection) for connection in connections}
        assert len(raw_ids) == 3
        for connection in connections:
            assert pragmas_of(connection) == EXPECTED
    finally:
        for connection in connections:
            connection.close()
    database.dispose()
    with database.engine.connect() as connection:  # a brand-new connection after dispose
        assert pragmas_of(connection) == EXPECTED


def test_pragmas_inside_read_and_write_sessions(database: Database) -> None:
    with database.read() as session:
        assert pragmas_of(session.connection()) == EXPECTED
    with database.write() as session:
        assert pragmas_of(session.connection()) == EXPECTED


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(Batch(id="b1", center_id="no-such-center", name="x", received_at=FakeClock()()))
    assert scalar(database.path, "SELECT count(*) FROM batches") == 0


def test_a_new_file_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    database = Database(path)
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE t (x)"))
    finally:
        database.dispose()
    assert scalar(path, "PRAGMA journal_mode") == "wal"


def _other_writer_can_begin(path: Path) -> bool:
    with closing(sqlite3.connect(path, timeout=0.05, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            return False
        other.execute("ROLLBACK")
        return True


def test_write_takes_the_write_lock_at_begin(database: Database) -> None:
    with database.write() as session:
        # Only a read so far: a DEFERRED transaction would not hold the write lock yet.
        session.execute(select(Setting.key)).all()
        assert not _other_writer_can_begin(database.path)
    assert _other_writer_can_begin(database.path)


def test_read_does_not_hold_the_write_lock(database: Database) -> None:
    with database.read() as session:
        session.execute(select(Setting.key)).all()
        assert _other_writer_can_begin(database.path)


def test_second_writer_with_short_timeout_gets_database_busy(database: Database) -> None:
    impatient = Database(database.path)
    # Runs after the app's own connect listener, so it overrides only the busy timeout.
    event.listen(impatient.engine, "connect", lambda connection, _record: connection.execute(
        "PRAGMA busy_timeout=50"))
    outcome: list[BaseException] = []

    def second_writer() -> None:
        try:
            with impatient.write() as other:
                other.add(Center(id="c2", name="Second"))
        except BaseException as error:
            outcome.append(error)

    try:
        with database.write() as session:
            session.add(Center(id="c1", name="First"))
            session.flush()
            thread = threading.Thread(target=second_writer)
            thread.start()
            thread.join(timeout=10)
            assert not thread.is_alive()
    finally:
        impatient.dispose()
    assert len(outcome) == 1 and isinstance(outcome[0], Problem), outcome
    assert outcome[0].code == DATABASE_BUSY
    assert isinstance(outcome[0].__cause__, OperationalError)
    assert scalar(database.path, "SELECT group_concat(id) FROM centers") == "c1"


def test_second_writer_waits_for_the_first_and_sees_its_commit(database: Database) -> None:
    holding, release, done = threading.Event(), threading.Event(), threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def first() -> None:
        with database.write() as session:
            session.add(Center(id="c1", name="First"))
            session.flush()
            holding.set()
            release.wait(timeout=10)

    def second() -> None:
        try:
            with database.write() as session:
                # With BEGIN IMMEDIATE this read happens only once the first writer committed.
                seen.append(len(session.scalars(select(Center.id)).all()))
                session.add(Center(id="c2", name="Second"))
        except BaseException as error:
            errors.append(error)
        finally:
            done.set()

    writer_one = threading.Thread(target=first)
    writer_one.start()
    assert holding.wait(timeout=10)
    writer_two = threading.Thread(target=second)
    writer_two.start()
    assert not done.wait(timeout=0.3), "the second writer must wait while the first holds the lock"
    release.set()
    writer_one.join(timeout=10)
    writer_two.join(timeout=10)
    assert errors == []
    assert seen == [1]
    assert scalar(database.path, "SELECT count(*) FROM centers") == 2


def test_exception_rolls_back_everything(database: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), database.write() as session:
        session.add(Center(id="c1", name="One"))
        session.flush()
        session.add(Setting(key="k", value="v"))
        session.flush()
        raise RuntimeError("boom")
    assert scalar(database.path, "SELECT count(*) FROM centers") == 0
    assert scalar(database.path, "SELECT count(*) FROM settings") == 0


def test_problem_inside_write_rolls_back_and_passes_unchanged(database: Database) -> None:
    problem = Problem("task.not_yours", task_id="t1")
    with pytest.raises(Problem) as caught, database.write() as session:
        session.add(Center(id="c1", name="One"))
        session.flush()
        raise problem
    assert caught.value is problem
    assert scalar(database.path, "SELECT count(*) FROM centers") == 0


def test_commit_is_visible_to_other_connections(database: Database) -> None:
    with database.write() as session:
        session.add(Center(id="c1", name="One"))
    assert scalar(database.path, "SELECT name FROM centers WHERE id = 'c1'") == "One"


def test_integrity_error_stays_a_bug(database: Database) -> None:
    with database.write() as session:
        session.add(Center(id="c1", name="One"))
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(Center(id="c1", name="Again"))
        session.flush()


@pytest.mark.parametrize(("message", "code"), [
    ("database or disk is full", DISK_FULL),
    ("disk is full", DISK_FULL),
    ("database is locked", DATABASE_BUSY),
    ("database is busy", DATABASE_BUSY),
    ("disk I/O error", STORAGE_FAILED),
])
def test_storage_problem_maps_expected_conditions(message: str, code: str) -> None:
    plain = sqlite3.OperationalError(message)
    problem = storage_problem(plain)
    assert problem is not None and problem.code == code
    wrapped = OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))
    wrapped_problem = storage_problem(wrapped)
    assert wrapped_problem is not None and wrapped_problem.code == code
    if code == STORAGE_FAILED:
        assert problem.params["detail"] == message


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("no such table: tasks"),
    sqlite3.IntegrityError("UNIQUE constraint failed: centers.id"),
    sqlite3.DatabaseError("file is not a database"),
])
def test_storage_problem_leaves_bugs_alone(error: BaseException) -> None:
    assert storage_problem(error) is None


def test_translate_passes_unexpected_errors_through() -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"), translate_storage_errors():
        raise sqlite3.OperationalError("no such table: tasks")


def _fill_until_full(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE IF NOT EXISTS filler (blob BLOB)")
    for _ in range(10_000):
        connection.execute("INSERT INTO filler VALUES (randomblob(8000))")


def test_real_sqlite_full_becomes_disk_full_problem(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages + 5}")
        with pytest.raises(Problem) as caught, translate_storage_errors():
            _fill_until_full(connection)
    assert caught.value.code == DISK_FULL
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)


def test_sqlite_full_inside_write_is_disk_full_and_commits_nothing(database: Database) -> None:
    with pytest.raises(Problem) as caught, database.write() as session:
        session.add(Center(id="c1", name="One"))
        session.flush()
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
        session.execute(text(f"PRAGMA max_page_count={pages + 5}"))
        session.execute(text("CREATE TABLE filler (blob BLOB)"))
        for _ in range(10_000):
            session.execute(text("INSERT INTO filler VALUES (randomblob(8000))"))
    assert caught.value.code == DISK_FULL
    database.dispose()  # forget the connection whose page limit was lowered
    assert scalar(database.path, "SELECT count(*) FROM centers") == 0
    assert scalar(database.path, "SELECT count(*) FROM sqlite_master WHERE name = 'filler'") == 0
    with database.write() as session:  # still usable afterwards
        session.add(Center(id="c2", name="Two"))
    assert scalar(database.path, "SELECT count(*) FROM centers") == 1
