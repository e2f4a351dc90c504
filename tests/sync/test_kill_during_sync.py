"""SIGKILL the PC's process at random moments during work and sync, many times, with the server running.

A child process (``kill_during_sync_child.py``) claims and submits tasks and runs sync cycles in a
loop; the parent (which runs the real server, ``EmbeddedServer``) kills it at seeded random moments:
some while it works, some right after it said "SYNCING". After each round: ``quick_check`` passes,
every task the child reported submitted has exactly one result on the PC, the cursor never went
back, and no task has two results on the server. At the end one clean sync in the parent, and every
result is on the server exactly once.
"""

from __future__ import annotations

import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.paths import DataFolder
from deskclient.services.bundle import Services
from deskclient.store.health import quick_check
from deskclient.sync.client import SyncClient
from deskclient.sync.credentials import SERVICE, CredentialStore
from deskclient.sync.engine import SyncReport
from tests.factories import PIN, MemoryKeyring
from tests.killable_child import KillableChild
from tests.sealing_helpers import NO_KEYRING_ENV, data_key_to_file
from tests.sync.conftest import (
    CenterSetup,
    SyncServer,
    assert_exactly_once,
    assert_tasks_agree,
    cycle,
    settle,
)

CHILD = Path(__file__).with_name("kill_during_sync_child.py")
ROUNDS = 20
SEED = 31
MORE_TICKETS = 170


def read_local(folder: DataFolder) -> tuple[str | None, int, dict[str, list[str]]]:
    """(epoch, cursor, {task id: [result ids]}) straight from the file, as the killed process left it."""
    with closing(sqlite3.connect(folder.database, timeout=10)) as connection:
        epoch, cursor = connection.execute("SELECT epoch, cursor FROM sync_state WHERE id = 1").fetchone()
        results: dict[str, list[str]] = {}
        for result_id, task_id in connection.execute("SELECT id, task_id FROM results"):
            results.setdefault(task_id, []).append(result_id)
        rejected = connection.execute("SELECT id, last_error FROM outbox WHERE status = 'rejected'").fetchall()
        without_row = connection.execute("SELECT id FROM results WHERE id NOT IN (SELECT id FROM outbox)").fetchall()
    assert rejected == [], f"set aside by the server (lost output): {rejected}"
    assert without_row == [], f"results without their outbox row: {without_row}"
    return epoch, cursor, results


@pytest.mark.slow
def test_sigkill_during_work_and_sync(client: SyncClient, services: Services, server: SyncServer,
                                      center: CenterSetup, folder: DataFolder, memory_keyring: MemoryKeyring,
                                      tmp_path: Path) -> None:
    center.import_tickets(MORE_TICKETS)
    device_id = services.context.device_id
    secret = memory_keyring.secrets[(SERVICE, f"device:{device_id}")]
    CredentialStore(folder)._write_file(secret)  # the child has no keyring: the protected file
    data_key_to_file(folder)  # the local data key too
    services.context.database.dispose()  # the parent keeps no connection open while the child works

    rng = random.Random(SEED)
    reported: dict[str, str] = {}
    epoch, cursor, _ = read_local(folder)
    killed_syncing = 0
    for number in range(ROUNDS):
        child = KillableChild(CHILD, [str(folder.root), center.people["amina"], PIN, str(rng.randint(1, 3))],
                              NO_KEYRING_ENV, tmp_path / f"child-{number}.err")
        try:
            child.wait_for("READY")
            if rng.random() < 0.6:
                child.wait_for("SYNCING", nth=rng.randint(1, 3))
                killed_syncing += 1
                time.sleep(rng.choice([0.0, 0.0, rng.uniform(0.0, 0.08)]))
            else:
                time.sleep(rng.uniform(0.0, 0.5))
        finally:
            lines = child.kill_and_collect()
        errors = (tmp_path / f"child-{number}.err").read_text()
        assert "Traceback" not in errors, errors
        for line in lines:
            if line.startswith("SUBMITTED "):
                _, task_id, result_id = line.split()
                assert reported.setdefault(task_id, result_id) == result_id, f"{task_id} submitted twice"

        assert quick_check(folder.database).ok, f"round {number}"
        new_epoch, new_cursor, results = read_local(folder)
        for task_id, result_id in reported.items():
            assert results.get(task_id) == [result_id], f"round {number}: {task_id} has {results.get(task_id)}"
        assert all(len(ids) == 1 for ids in results.values()), f"round {number}: a task finished twice"
        if new_epoch == epoch:
            assert new_cursor >= cursor, f"round {number}: cursor went back from {cursor} to {new_cursor}"
        epoch, cursor = new_epoch, new_cursor
        twice = server.sql("SELECT task_id FROM results WHERE center_id = :c GROUP BY task_id HAVING count(*) > 1",
                           c=center.id)
        assert twice == [], f"round {number}: tasks with two results on the server: {twice}"

    assert killed_syncing >= 8 and len(reported) >= ROUNDS // 2, (killed_syncing, len(reported))
    assert isinstance(cycle(client), SyncReport)
    settle(client, services)
    assert_exactly_once(server, services)
    assert_tasks_agree(server, services)
    on_server = dict(server.sql("SELECT task_id, id FROM results WHERE device_id = :d", d=device_id))
    assert {task_id: on_server.get(task_id) for task_id in reported} == reported
