"""Every frozen fixture database (one per released schema) upgrades to the head with nothing lost."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import open_context
from deskclient.services.queue import QueueService
from deskclient.services.startup import StartupState, prepare_database
from deskclient.services.work import WorkService
from deskclient.store import schema, sealing
from deskclient.store.backup import list_backups
from deskclient.store.health import quick_check
from deskclient.store.models import Draft, OutboxItem, Result, Task
from deskclient.store.schema import SCHEMA_HEAD, alembic_config, current_revision
from tests.factories import FakeClock
from tests.fixtures.make_schema_fixture import AMINA_ID, DRAFT, PIN, PRIYA_ID

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURES = sorted(FIXTURES_DIR.glob("schema_*.sqlite3"))
ANSWER = {"category": "billing", "priority": "normal", "resolution_code": "answered",
          "reply_text": "Dear customer, thank you for your patience."}


def table_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def sealing_settings(path: Path) -> int:
    """Rows of ``settings`` the first start adds for encryption at rest (the data key's id and check...)."""
    keys = (sealing.KEY_ID_SETTING, sealing.KEY_CHECK_SETTING, sealing.AT_REST_SETTING, sealing.SERVER_KEY_SETTING)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM settings WHERE key IN ({', '.join('?' * len(keys))})",
                                      keys).fetchone()[0])


def revision_of(fixture: Path) -> str:
    return fixture.stem.removeprefix("schema_")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_into_folder(fixture: Path, tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "home").ensure()
    shutil.copyfile(fixture, folder.database)
    return folder


def test_fixtures_exist_and_are_named_by_their_revision() -> None:
    assert FIXTURES, f"no fixture databases in {FIXTURES_DIR}"
    known = {revision.revision for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    for fixture in FIXTURES:
        assert revision_of(fixture) in known
        assert current_revision(fixture) == revision_of(fixture)
    # The first released schema must always stay covered.
    assert FIXTURES_DIR / "schema_0001.sqlite3" in FIXTURES


def test_fixture_holds_queued_work() -> None:
    counts = table_counts(FIXTURES_DIR / "schema_0001.sqlite3")
    assert counts["tasks"] == 30
    assert counts["users"] == 2 and counts["centers"] == 1
    assert counts["drafts"] >= 1 and counts["results"] >= 1 and counts["outbox"] >= counts["results"]
    assert counts["work_sessions"] >= 1 and counts["canned_responses"] >= 1
    with closing(sqlite3.connect(f"file:{FIXTURES_DIR / 'schema_0001.sqlite3'}?mode=ro", uri=True)) as connection:
        states = {row[0] for row in connection.execute("SELECT DISTINCT state FROM tasks")}
        assert {"available", "in_progress", "submitted"} <= states
        assert connection.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0] > 0
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_upgrade_keeps_every_row(fixture: Path, tmp_path: Path) -> None:
    committed = digest(fixture)
    expected = table_counts(fixture)
    folder = copy_into_folder(fixture, tmp_path)
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.READY, outcome
    assert current_revision(folder.database) == SCHEMA_HEAD
    assert quick_check(folder.database).ok
    after = table_counts(folder.database)
    after["settings"] -= sealing_settings(folder.database)  # added by encryption at rest (docs/SECURITY.md)
    assert {table: after[table] for table in expected} == expected
    backups = list_backups(folder.backups)
    if revision_of(fixture) == SCHEMA_HEAD:
        assert outcome.migrated_from is None
        assert backups == []
    else:
        assert outcome.migrated_from == revision_of(fixture)
        assert [path.name.startswith(f"before-upgrade-from-{revision_of(fixture)}-") for path in backups] == [True]
        assert table_counts(backups[0]) == expected
    assert digest(fixture) == committed  # the committed fixture is never touched


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_worker_finishes_held_draft_after_upgrade(fixture: Path, tmp_path: Path) -> None:
    folder = copy_into_folder(fixture, tmp_path)
    assert prepare_database(folder).state is StartupState.READY
    context = open_context(folder, clock=FakeClock())
    try:
        work, queue = WorkService(context), QueueService(context)
        with context.database.read() as session:
            outbox_before = session.scalar(select(func.count()).select_from(OutboxItem))
        amina = AuthService(context).login(AMINA_ID, PIN)
        [held] = queue.drafts(amina)
        item = work.open_task(amina, held.task_id)
        assert dict(item.draft) == DRAFT
        assert item.draft_active_ms == 61_000
        result_id = work.submit(amina, held.task_id, ANSWER, active_ms=item.draft_active_ms + 30_000)
        with context.database.read() as session:
            topics = session.scalars(select(OutboxItem.topic).order_by(OutboxItem.seq)).all()[outbox_before:]
            # the audit log's entries travel in the outbox too (login, task viewed, submit)
            assert [topic for topic in topics if not topic.startswith("audit.")] == [
                "session.started", "result.submitted"]
            result = session.get(Result, result_id)
            assert result is not None and result.handle_ms == 91_000 and result.user_id == AMINA_ID
            assert session.scalar(select(OutboxItem.id).where(OutboxItem.id == result_id)) == result_id
            assert session.get(Draft, held.task_id) is None
            assert session.scalar(select(Task.state).where(Task.id == held.task_id)) == "submitted"
        assert queue.drafts(amina) == []
    finally:
        context.database.dispose()


def test_skip_history_and_held_work_survive_the_upgrade(tmp_path: Path) -> None:
    folder = copy_into_folder(FIXTURES_DIR / "schema_0001.sqlite3", tmp_path)
    assert prepare_database(folder).state is StartupState.READY
    with closing(sqlite3.connect(folder.database)) as connection:
        [(skipped,)] = connection.execute("SELECT task_id FROM task_skips WHERE user_id = ?", (PRIYA_ID,)).fetchall()
    context = open_context(folder, clock=FakeClock())
    try:
        work = WorkService(context)
        priya = AuthService(context).login(PRIYA_ID, PIN)
        assert [draft.task_id for draft in QueueService(context).drafts(priya)] != []
        assert work.next_task(priya).task_id != skipped
        amina = AuthService(context).login(AMINA_ID, PIN)
        assert work.next_task(amina).task_id == skipped  # first in line, for anyone but Priya
    finally:
        context.database.dispose()


def _set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_database_behind_the_head_is_backed_up_before_migrating(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """There is one revision so far: stand in for an older one and a migration to check the order."""
    fixture = FIXTURES_DIR / "schema_0001.sqlite3"
    folder = copy_into_folder(fixture, tmp_path)
    _set_revision(folder.database, "0000older")
    calls: list[list[Path]] = []

    def fake_upgrade(path: Path, target: str = "head") -> None:
        calls.append(list_backups(folder.backups))
        _set_revision(path, SCHEMA_HEAD)

    monkeypatch.setattr(schema, "run_alembic_upgrade", fake_upgrade)
    monkeypatch.setattr(schema, "known_revisions", lambda: {"0000older", SCHEMA_HEAD})
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.READY
    assert outcome.migrated_from == "0000older"
    [backup] = list_backups(folder.backups)
    assert backup.name.startswith("before-upgrade-from-0000older-")
    assert calls == [[backup]]  # the backup was complete before the migration started
    assert current_revision(backup) == "0000older"
    assert table_counts(backup) == table_counts(fixture)
    assert current_revision(folder.database) == SCHEMA_HEAD


def test_failed_migration_is_reported_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixture = FIXTURES_DIR / "schema_0001.sqlite3"
    folder = copy_into_folder(fixture, tmp_path)
    _set_revision(folder.database, "0000older")

    def failing_upgrade(path: Path, target: str = "head") -> None:
        raise RuntimeError("migration step failed")

    monkeypatch.setattr(schema, "run_alembic_upgrade", failing_upgrade)
    monkeypatch.setattr(schema, "known_revisions", lambda: {"0000older", SCHEMA_HEAD})
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.DAMAGED
    assert "migration step failed" in outcome.detail
    [backup] = outcome.backups
    assert backup.name.startswith("before-upgrade-from-0000older-")
    assert table_counts(folder.database) == table_counts(fixture) == table_counts(backup)
    assert current_revision(folder.database) == "0000older"


def test_database_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    folder = copy_into_folder(FIXTURES_DIR / "schema_0001.sqlite3", tmp_path)
    _set_revision(folder.database, "9999")
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.TOO_NEW
    assert current_revision(folder.database) == "9999"
    assert list_backups(folder.backups) == []


# -- schema 0002: a PC that was enrolled and syncing when the new version arrived ----------------------
FIXTURE_0002 = FIXTURES_DIR / "schema_0002.sqlite3"
#: Columns a migration rewrites on purpose (table -> columns); every other old value must survive as it was.
TRANSFORMED: dict[str, set[str]] = {
    # Sealed by encryption at rest at the first start (tests/store/test_encryption_upgrade.py checks them).
    "tasks": {"payload_json"}, "drafts": {"values_json"}, "results": {"values_json"}, "task_skips": {"note"},
    "outbox": {"body_json"}, "settings": {"key", "value"},
}


def all_rows(path: Path) -> dict[str, dict[str, list[tuple[object, ...]]]]:
    """Every row of every table, by column name, in a stable order."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        found = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            found[table] = {column: [row[index] for row in rows] for index, column in enumerate(columns)}
        return found


def test_fixture_0002_holds_an_enrolled_pc_with_queued_work() -> None:
    counts = table_counts(FIXTURE_0002)
    assert counts["sync_state"] == 1 and counts["outages"] >= 1
    with closing(sqlite3.connect(f"file:{FIXTURE_0002}?mode=ro", uri=True)) as connection:
        statuses = dict(connection.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        assert statuses["pending"] >= 1 and statuses["acked"] >= 1 and statuses["rejected"] == 1
        assert connection.execute("SELECT count(*) FROM tasks WHERE lease_expires_at IS NULL").fetchone()[0] == 0
        assert connection.execute("SELECT server_url, epoch FROM sync_state").fetchone() == (
            "https://tasks.example.org", "epoch-fixture-1")
        assert connection.execute("SELECT count(*) FROM drafts").fetchone()[0] == 2


def test_upgrade_from_0002_keeps_every_value_of_every_row(tmp_path: Path) -> None:
    """Not only the counts: each old column of each row reads the same after the upgrade."""
    before = all_rows(FIXTURE_0002)
    folder = copy_into_folder(FIXTURE_0002, tmp_path)
    assert prepare_database(folder).state is StartupState.READY
    after = all_rows(folder.database)
    for table, columns in before.items():
        assert table in after, f"table {table} vanished"
        for column, values in columns.items():
            if column in TRANSFORMED.get(table, set()):
                continue
            assert column in after[table], f"{table}.{column} vanished"
            assert after[table][column] == values, f"{table}.{column} changed"


def test_enrolled_pc_keeps_syncing_state_after_the_upgrade_from_0002(tmp_path: Path) -> None:
    """The upgraded PC still knows its server, cursor and epoch, what waits to be sent and what was refused."""
    from deskclient.sync.client import SyncClient

    with closing(sqlite3.connect(f"file:{FIXTURE_0002}?mode=ro", uri=True)) as connection:
        pending = connection.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    folder = copy_into_folder(FIXTURE_0002, tmp_path)
    assert prepare_database(folder).state is StartupState.READY
    context = open_context(folder, clock=FakeClock())
    try:
        status = SyncClient(context).status()
        assert status.enrolled and status.server_url == "https://tasks.example.org"
        assert (status.epoch, status.cursor, status.clock_offset_ms) == ("epoch-fixture-1", 57, 1_250)
        assert status.waiting == pending and status.needs_attention == 1
        [(topic, reason, _at)] = SyncClient(context).needs_attention()
        assert (topic, reason) == ("result.escalated", "task_reassigned")
        assert status.last_success_at is not None and status.queue_depth == 24
    finally:
        context.database.dispose()
