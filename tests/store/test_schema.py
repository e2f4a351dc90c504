"""Schema: the head revision the code expects, and models that match what the migrations build."""

from __future__ import annotations

import itertools
import sqlite3
import warnings
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from deskclient.store.db import Database
from deskclient.store.models import Base
from deskclient.store.schema import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    needs_upgrade,
    run_alembic_upgrade,
    upgrade_database,
)
from tests.store.rows import scalar


def test_schema_head_is_the_alembic_head() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [SCHEMA_HEAD]
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_revisions_form_one_line() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None
    for newer, older in itertools.pairwise(revisions):
        assert newer.down_revision == older.revision


def test_current_revision(tmp_path: Path, db_path: Path) -> None:
    assert current_revision(tmp_path / "missing.sqlite3") is None
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert current_revision(empty) is None
    assert needs_upgrade(empty)
    assert current_revision(db_path) == SCHEMA_HEAD
    assert not needs_upgrade(db_path)


def _diffs(path: Path) -> list[object]:
    database = Database(path)
    try:
        with database.engine.connect() as connection, warnings.catch_warnings():
            # SQLite reflection cannot describe an expression index; alembic warns about it.
            warnings.filterwarnings("ignore", message=".*expression.*")
            warnings.filterwarnings("ignore", message=".*[Ii]ndex.*")
            context = MigrationContext.configure(connection, opts={
                "render_as_batch": True, "compare_type": True, "compare_server_default": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        database.dispose()


def _flatten(diffs: list[object]) -> list[tuple[object, ...]]:
    flat: list[tuple[object, ...]] = []
    for diff in diffs:
        flat.extend(diff if isinstance(diff, list) else [diff])  # type: ignore[arg-type]
    return flat  # type: ignore[return-value]


def _unexpected_diffs(path: Path) -> list[tuple[object, ...]]:
    """Differences between models and database, less the expression index reflection cannot compare."""
    return [diff for diff in _flatten(_diffs(path))
            if not (diff[0] in ("add_index", "remove_index") and getattr(diff[1], "name", None) == "ix_tasks_queue")]


def test_models_match_the_migrated_schema(db_path: Path) -> None:
    assert _unexpected_diffs(db_path) == []


def test_the_comparison_does_see_differences(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("DROP INDEX ix_tasks_holder")
        connection.execute("ALTER TABLE centers ADD COLUMN extra TEXT")
    found = {(diff[0], getattr(diff[1], "name", None) or getattr(diff[3], "name", None))
             for diff in _unexpected_diffs(db_path)}
    assert found == {("add_index", "ix_tasks_holder"), ("remove_column", "extra")}


def test_queue_index_exists_with_its_descending_column(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        row = connection.execute(
            "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_tasks_queue'").fetchone()
    assert row is not None
    table, sql = row
    assert table == "tasks"
    normalized = " ".join(sql.replace('"', "").split())
    assert "(state, priority_rank DESC, due_key, seq)" in normalized


def test_queue_order_uses_the_index(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE state = 'available' "
            "ORDER BY priority_rank DESC, due_key, seq LIMIT 1").fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_tasks_queue" in details
    assert "TEMP B-TREE" not in details.upper()


def test_upgrade_of_a_new_file_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    backups = tmp_path / "backups"
    assert upgrade_database(path, backups) is None
    assert current_revision(path) == SCHEMA_HEAD
    assert not backups.exists() or list(backups.iterdir()) == []


def test_upgrade_at_head_does_nothing(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    before = db_path.read_bytes()
    assert upgrade_database(db_path, backups) is None
    assert db_path.read_bytes() == before
    assert not backups.exists() or list(backups.iterdir()) == []


def test_downgrade_to_base_and_up_again(db_path: Path) -> None:
    database = Database(db_path)
    try:
        with database.engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
            connection.commit()
    finally:
        database.dispose()
    assert scalar(db_path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT IN ('alembic_version', 'sqlite_sequence')") == 0
    assert current_revision(db_path) is None
    run_alembic_upgrade(db_path)
    assert current_revision(db_path) == SCHEMA_HEAD
    assert _unexpected_diffs(db_path) == []
    assert scalar(db_path, "SELECT count(*) FROM tasks") == 0
