"""Unattended care: rotating backups, WAL checkpoints, and disk space told as a calm state."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.services.context import ServiceContext
from deskclient.services.housekeeping import (
    CRITICAL_DISK_BYTES,
    KEEP_AUTOMATIC_BACKUPS,
    LOW_DISK_BYTES,
    DiskState,
    HousekeepingService,
)
from deskclient.store import health
from deskclient.store.backup import backup_database, list_backups
from tests.factories import add_tickets


def test_back_up_writes_a_copy_of_the_current_data(context: ServiceContext) -> None:
    add_tickets(context, 4)
    path = HousekeepingService(context).back_up()
    assert path.parent == context.folder.backups and path.name.startswith("auto-")
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM tasks").fetchone()[0] == 4
    assert health.quick_check(path).ok


def test_back_up_keeps_a_rotation_and_every_other_backup(context: ServiceContext) -> None:
    housekeeping = HousekeepingService(context)
    upgrade = backup_database(context.folder.database, context.folder.backups, label="before-upgrade-from-0000")
    os.utime(upgrade, (1_000, 1_000))
    made = []
    for age in range(KEEP_AUTOMATIC_BACKUPS + 3):
        path = housekeeping.back_up()
        os.utime(path, (10_000 + age, 10_000 + age))  # distinct times, oldest first
        made.append(path)
    automatic = [path for path in list_backups(context.folder.backups) if path.name.startswith("auto-")]
    assert automatic == made[::-1][:KEEP_AUTOMATIC_BACKUPS]  # the newest ones, newest first
    assert upgrade.exists()  # not an automatic backup: never rotated away


def test_back_up_never_deletes_the_backup_it_just_wrote(context: ServiceContext) -> None:
    housekeeping = HousekeepingService(context)
    future = time.time() + 365 * 24 * 3600  # written while the clock was a year ahead of today's
    for _ in range(KEEP_AUTOMATIC_BACKUPS):
        os.utime(housekeeping.back_up(), (future, future))
    path = housekeeping.back_up()
    assert path.exists()
    assert path in list_backups(context.folder.backups)


def test_checkpoint_empties_the_wal(context: ServiceContext) -> None:
    add_tickets(context, 50)
    wal = Path(f"{context.folder.database}-wal")
    assert wal.stat().st_size > 0
    HousekeepingService(context).checkpoint()
    assert wal.stat().st_size == 0
    with closing(sqlite3.connect(context.folder.database)) as connection:
        assert connection.execute("SELECT count(*) FROM tasks").fetchone()[0] == 50


@pytest.mark.parametrize(("free", "state"), [
    (10 * 1024**3, DiskState.OK),
    (LOW_DISK_BYTES, DiskState.OK),
    (LOW_DISK_BYTES - 1, DiskState.LOW),
    (CRITICAL_DISK_BYTES, DiskState.LOW),
    (CRITICAL_DISK_BYTES - 1, DiskState.CRITICAL),
    (0, DiskState.CRITICAL),
])
def test_disk_states(context: ServiceContext, monkeypatch: pytest.MonkeyPatch, free: int, state: DiskState) -> None:
    seen: list[Path] = []

    def fake_free_bytes(folder: Path) -> int:
        seen.append(folder)
        return free

    monkeypatch.setattr(health, "free_bytes", fake_free_bytes)
    report = HousekeepingService(context).disk()
    assert (report.state, report.free_bytes) == (state, free)
    assert seen == [context.folder.root]


def test_disk_on_the_real_folder(context: ServiceContext) -> None:
    report = HousekeepingService(context).disk()
    assert report.free_bytes > 0 and report.state in set(DiskState)
