"""A database written by a version without encryption at rest: sealed at the first start, nothing plain left behind."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import open_context
from deskclient.services.queue import QueueService
from deskclient.services.startup import StartupState, prepare_database
from deskclient.services.work import WorkService
from deskclient.store import sealing
from deskclient.store.backup import list_backups
from tests.factories import FakeClock
from tests.fixtures.make_schema_fixture import AMINA_ID, DRAFT, PIN
from tests.store.test_encryption_at_rest import leaks

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_*.sqlite3"))


def personal_values(path: Path) -> list[str]:
    """Customers' names, e-mails and phones in the fixture's plaintext payloads."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        payloads = [json.loads(row[0]) for row in connection.execute("SELECT payload_json FROM tasks")]
    values = {str(payload[field]) for payload in payloads
              for field in ("customer_name", "customer_email", "customer_phone") if payload.get(field)}
    return sorted(value for value in values if len(value) >= 6)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_older_plaintext_is_sealed_at_start_and_scrubbed_from_the_files(fixture: Path, tmp_path: Path) -> None:
    values = personal_values(fixture)
    assert len(values) >= 3 and leaks([fixture], values)  # the old file really holds them in clear
    folder = DataFolder(tmp_path / "home").ensure()
    shutil.copyfile(fixture, folder.database)

    outcome = prepare_database(folder)
    assert outcome.state is StartupState.READY and not outcome.data_key_lost
    assert leaks([folder.database, Path(f"{folder.database}-wal")], values) == []
    with closing(sqlite3.connect(folder.database)) as connection:
        for table, column in (("tasks", "payload_json"), ("results", "values_json")):
            plain = connection.execute(f"SELECT count(*) FROM {table} WHERE substr({column}, 1, 5) != 'enc1:'")
            assert plain.fetchone()[0] == 0, table
        assert connection.execute("SELECT count(*) FROM drafts WHERE values_json != '{}' "
                                  "AND substr(values_json, 1, 5) != 'enc1:'").fetchone()[0] == 0
        bodies = [json.loads(row[0]) for row in connection.execute(
            "SELECT body_json FROM outbox WHERE topic LIKE 'result.%' OR topic = 'task.skipped'")]
        assert bodies and all(set(body) == {"sealed"} for body in bodies)
    # The backup taken before the upgrade is the old file as it was (docs/SECURITY.md says so).
    [before] = list_backups(folder.backups)
    assert before.name.startswith("before-upgrade-") and leaks([before], values)

    # A second start finds nothing left to do, and the worker carries on with the draft she left.
    assert prepare_database(folder).state is StartupState.READY
    context = open_context(folder, clock=FakeClock())
    try:
        amina = AuthService(context).login(AMINA_ID, PIN)
        [held] = QueueService(context).drafts(amina)
        item = WorkService(context).open_task(amina, held.task_id)
        assert dict(item.draft) == DRAFT and item.payload["customer_name"]
    finally:
        context.database.dispose()


def test_the_sealing_step_is_idempotent(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "home").ensure()
    shutil.copyfile(FIXTURES[0], folder.database)
    assert prepare_database(folder).state is StartupState.READY
    with closing(sqlite3.connect(folder.database)) as connection:
        before = connection.execute("SELECT id, payload_json FROM tasks ORDER BY id").fetchall()
    assert prepare_database(folder).state is StartupState.READY
    with closing(sqlite3.connect(folder.database)) as connection:
        assert connection.execute("SELECT id, payload_json FROM tasks ORDER BY id").fetchall() == before
    context = open_context(folder)
    try:
        with context.database.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert sealing.cipher_for(context.database).open_json(sealing.PAYLOAD, before[0][0], before[0][1])
    finally:
        context.database.dispose()
