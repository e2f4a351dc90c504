"""Restores from backup, on either side: nothing lost, nothing applied twice.

- The server restored from a copy taken after sync 1 (``new_epoch`` run, as the operator must): the
  PC sends again what the server lost (acknowledged rows are kept 30 days) and pulls everything again.
- The PC restored from its own backup: it continues numbering above what the server already applied,
  and whatever it sends again is answered "duplicate", never applied twice.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from deskclient.paths import DataFolder
from deskclient.server.db import ServerDatabase
from deskclient.server.meta import new_epoch, read_epoch
from deskclient.services.bundle import Services
from deskclient.services.startup import prepare_database
from deskclient.store import health
from deskclient.store.backup import backup_database
from deskclient.sync.client import SyncClient
from deskclient.sync.engine import OUTBOX_RETENTION, RetryPolicy, SyncReport
from tests.sync.conftest import (
    CenterSetup,
    StepClock,
    SyncServer,
    assert_exactly_once,
    assert_tasks_agree,
    complete,
    cycle,
    local_results,
    local_rows,
    login,
    outbox_counts,
)


@pytest.fixture
def server(private_server: SyncServer) -> SyncServer:
    """These tests stop the server and put an old copy of its database back: a server of their own."""
    return private_server


def restore_server(server: SyncServer, copy: Path) -> str:
    """Stop, put ``copy`` in place of the database, give it a new epoch (as the operator must), start."""
    server.stop()
    for suffix in ("-wal", "-shm"):
        Path(f"{server.path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, server.path)
    database = ServerDatabase(server.url)
    try:
        epoch = new_epoch(database)
    finally:
        database.dispose()
    server.start()
    return epoch


def device_applied_seq(server: SyncServer, device_id: str) -> int:
    return int(server.sql("SELECT last_applied_seq FROM devices WHERE id = :d", d=device_id)[0][0])


# -- the server restored ---------------------------------------------------------------------------
def test_server_restored_from_backup_gets_back_what_it_lost(client: SyncClient, services: Services,
                                                             server: SyncServer, center: CenterSetup,
                                                             pc_clock: StepClock, tmp_path: Path) -> None:
    amina = login(services, center.people["amina"])
    complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)
    copy = server.backup(tmp_path / "server-copy.sqlite3")
    old_epoch = client.status().epoch

    complete(services, amina, 4)
    assert isinstance(cycle(client), SyncReport)
    device_id = services.context.device_id
    assert len(server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)) == 7
    applied_before = device_applied_seq(server, device_id)

    pc_clock.offset = OUTBOX_RETENTION - timedelta(days=1)  # 29 days on: still within the retention period
    assert isinstance(cycle(client), SyncReport)
    assert outbox_counts(services).get("acked", 0) >= 7  # nothing purged yet

    epoch = restore_server(server, copy)
    assert len(server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)) == 3
    assert device_applied_seq(server, device_id) < applied_before

    report = cycle(client)
    assert isinstance(report, SyncReport), report
    status = client.status()
    assert status.epoch == epoch != old_epoch
    assert report.requeued >= 4 and report.users == 3  # everything pulled again, people included
    settle_after_restore(client)

    assert device_applied_seq(server, device_id) == applied_before
    assert_exactly_once(server, services)
    assert_tasks_agree(server, services)
    assert read_epoch(server.database) == client.status().epoch


def settle_after_restore(client: SyncClient) -> None:
    """The rows found missing at the pull of the first cycle go at the latest with the next one."""
    if client.status().waiting:
        assert isinstance(cycle(client), SyncReport)
    assert client.status().waiting == 0


def test_server_restored_while_new_work_waits(client: SyncClient, services: Services, server: SyncServer,
                                              center: CenterSetup, tmp_path: Path) -> None:
    """Work goes on while the server is restored (the usual case): what the server lost must come back."""
    amina = login(services, center.people["amina"])
    complete(services, amina, 2)
    assert isinstance(cycle(client), SyncReport)
    copy = server.backup(tmp_path / "server-copy.sqlite3")
    complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)
    restore_server(server, copy)
    complete(services, amina, 2)

    for _ in range(3):  # however many cycles it takes
        assert isinstance(cycle(client), SyncReport)

    assert client.status().waiting == 0
    assert_tasks_agree(server, services)
    assert_exactly_once(server, services)


def test_server_restored_one_cycle_is_enough(client: SyncClient, services: Services, server: SyncServer,
                                             center: CenterSetup, tmp_path: Path) -> None:
    amina = login(services, center.people["amina"])
    complete(services, amina, 2)
    assert isinstance(cycle(client), SyncReport)
    copy = server.backup(tmp_path / "server-copy.sqlite3")
    complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)
    restore_server(server, copy)

    assert isinstance(cycle(client), SyncReport)

    status = client.status()
    assert not status.last_attempt_failed
    assert status.waiting == 0, f"{status.waiting} item(s) still waiting after a successful sync"
    assert_exactly_once(server, services)


def test_rows_past_the_retention_period_are_purged(client: SyncClient, services: Services,
                                                   center: CenterSetup, pc_clock: StepClock) -> None:
    complete(services, login(services, center.people["amina"]), 2)
    assert isinstance(cycle(client), SyncReport)
    # Two results and the work session; six audit entries (enrollment, login, two claims, two submits).
    assert outbox_counts(services) == {"acked": 9}
    pc_clock.offset = OUTBOX_RETENTION + timedelta(hours=1)
    assert isinstance(cycle(client), SyncReport)
    assert outbox_counts(services) == {}


# -- the PC restored -------------------------------------------------------------------------------
@pytest.fixture
def reopen() -> Iterator[list[Services]]:
    """Services opened again after a restore (closed at teardown)."""
    opened: list[Services] = []
    yield opened
    for services in opened:
        services.close()


def restore_pc(services: Services, backup: Path, folder: DataFolder, pc_clock: StepClock) -> Services:
    """Close the app, set its database aside, put ``backup`` in its place, start again."""
    services.close()
    health.quarantine(folder.database, folder.root / "quarantine")
    health.restore_backup(backup, folder.database)
    assert prepare_database(folder).state == "ready"
    return Services.open(folder, clock=pc_clock)


def test_pc_restored_from_backup_continues_above_the_server(client: SyncClient, services: Services,
                                                            server: SyncServer, center: CenterSetup,
                                                            folder: DataFolder, pc_clock: StepClock,
                                                            http: requests.Session, retry: RetryPolicy,
                                                            reopen: list[Services]) -> None:
    amina = login(services, center.people["amina"])
    complete(services, amina, 2)
    assert isinstance(cycle(client), SyncReport)
    complete(services, amina, 1)  # still waiting when the backup is taken
    backup = backup_database(folder.database, folder.backups)
    complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)
    device_id = services.context.device_id
    applied = device_applied_seq(server, device_id)
    on_server = {row[0] for row in server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)}
    assert len(on_server) == 6

    restored = restore_pc(services, backup, folder, pc_clock)
    reopen.append(restored)
    assert restored.context.device_id == device_id
    assert max(row[0] for row in local_rows(restored, "SELECT seq FROM outbox")) < applied
    again = SyncClient(restored.context, http=http, retry=retry)

    report = cycle(again)  # sends the rows that waited in the backup once more: duplicates
    assert isinstance(report, SyncReport), report
    assert report.duplicates == 3 and report.pushed == 0  # the result, its claim and its submit in the audit log

    complete(restored, login(restored, center.people["priya"]), 2)
    new_seqs = [row[0] for row in local_rows(restored, "SELECT seq FROM outbox WHERE status = 'pending'")]
    # The work session, two results; the audit log's login, two claims and two submits.
    assert len(new_seqs) == 8 and min(new_seqs) > applied, (new_seqs, applied)
    assert isinstance(cycle(again), SyncReport)

    assert again.status().waiting == 0 and again.status().needs_attention == 0
    results = {row[0] for row in server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)}
    assert results == on_server | set(local_results(restored))
    applied_rows = server.sql("SELECT status, count(*) FROM applied_items WHERE device_id = :d GROUP BY status",
                              d=device_id)
    assert dict(applied_rows).keys() == {"applied"}
    two_official = server.sql("SELECT task_id FROM results WHERE official GROUP BY task_id HAVING count(*) > 1")
    assert two_official == []
    assert device_applied_seq(server, device_id) == max(new_seqs)


def test_pc_restored_and_worked_before_its_first_sync(client: SyncClient, services: Services, server: SyncServer,
                                                      center: CenterSetup, folder: DataFolder, pc_clock: StepClock,
                                                      http: requests.Session, retry: RetryPolicy,
                                                      reopen: list[Services]) -> None:
    """Work done before the restored PC could sync reuses sequence numbers the server saw: still applied once."""
    amina = login(services, center.people["amina"])
    complete(services, amina, 1)
    assert isinstance(cycle(client), SyncReport)
    backup = backup_database(folder.database, folder.backups)
    complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)
    device_id = services.context.device_id
    before = {row[0] for row in server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)}

    restored = restore_pc(services, backup, folder, pc_clock)
    reopen.append(restored)
    complete(restored, login(restored, center.people["priya"]), 2)
    again = SyncClient(restored.context, http=http, retry=retry)

    report = cycle(again)

    assert isinstance(report, SyncReport), report
    # The work session and two results, and five audit entries (login, two claims, two submits).
    assert report.pushed == 8 and report.duplicates == 0 and report.rejected == 0
    assert again.status().waiting == 0 and again.status().needs_attention == 0
    results = server.sql("SELECT id FROM results WHERE device_id = :d", d=device_id)
    assert {row[0] for row in results} == before | set(local_results(restored))
    assert len(results) == len(before) + 2
    complete(restored, login(restored, center.people["priya"]), 1)
    latest = local_rows(restored, "SELECT max(seq) FROM outbox")[0][0]
    assert latest > device_applied_seq(server, device_id) - 2  # numbering continues above the server's
    assert isinstance(cycle(again), SyncReport)
    assert again.status().waiting == 0


def test_restored_pc_does_not_offer_work_already_done(client: SyncClient, services: Services,
                                                      center: CenterSetup, folder: DataFolder,
                                                      pc_clock: StepClock, http: requests.Session,
                                                      retry: RetryPolicy, reopen: list[Services]) -> None:
    amina = login(services, center.people["amina"])
    backup = backup_database(folder.database, folder.backups)
    done = complete(services, amina, 3)
    assert isinstance(cycle(client), SyncReport)

    restored = restore_pc(services, backup, folder, pc_clock)
    reopen.append(restored)
    assert isinstance(cycle(SyncClient(restored.context, http=http, retry=retry)), SyncReport)

    available = {row[0] for row in local_rows(restored, "SELECT id FROM tasks WHERE state = 'available'")}
    assert not available & set(done.values())

