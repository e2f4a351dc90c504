"""Start-up: a new or sound database is made ready; a damaged one is reported, kept, and can be replaced."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from deskclient.paths import DataFolder
from deskclient.services.context import open_context
from deskclient.services.intake import IntakeService
from deskclient.services.startup import StartupState, prepare_database, set_damaged_aside
from deskclient.store.backup import backup_database, list_backups
from deskclient.store.health import quick_check
from deskclient.store.schema import SCHEMA_HEAD, current_revision
from tests.factories import CENTER_ID, FakeClock, add_tickets


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ready_folder_with_backups(tmp_path: Path, tickets: int = 3) -> tuple[DataFolder, list[Path]]:
    folder = DataFolder(tmp_path / "home").ensure()
    assert prepare_database(folder).state is StartupState.READY
    context = open_context(folder, clock=FakeClock())
    try:
        IntakeService(context).add_center(CENTER_ID, "Center")
        add_tickets(context, tickets)
        older = backup_database(folder.database, folder.backups)
        os.utime(older, (1_000, 1_000))
        add_tickets(context, 2)
        newer = backup_database(folder.database, folder.backups)
    finally:
        context.database.dispose()
    return folder, [newer, older]


def task_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM tasks").fetchone()[0]


def test_new_folder_gets_a_database_at_head(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "home")
    outcome = prepare_database(folder)
    assert (outcome.state, outcome.migrated_from, outcome.backups) == (StartupState.READY, None, [])
    assert current_revision(folder.database) == SCHEMA_HEAD
    assert folder.backups.is_dir() and folder.logs.is_dir()
    assert prepare_database(folder).state is StartupState.READY  # and again, unchanged
    assert list_backups(folder.backups) == []


def test_garbage_file_is_damaged_listed_with_backups_and_left_untouched(tmp_path: Path) -> None:
    folder, backups = ready_folder_with_backups(tmp_path)
    folder.database.write_bytes(b"Not a database: a spreadsheet saved over it. " * 300)
    before = digest(folder.database)
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.DAMAGED
    assert "not a database" in outcome.detail
    assert outcome.backups == backups
    assert digest(folder.database) == before
    assert not Path(f"{folder.database}-wal").exists() and not Path(f"{folder.database}-shm").exists()
    assert not folder.quarantine.exists()
    assert [digest(path) for path in list_backups(folder.backups)] == [digest(path) for path in backups]


def test_torn_pages_are_damaged(tmp_path: Path) -> None:
    folder, _ = ready_folder_with_backups(tmp_path, tickets=300)
    size = folder.database.stat().st_size
    assert size > 40 * 4096
    with folder.database.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(os.urandom(4 * 4096))
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.DAMAGED
    assert outcome.detail


def test_set_damaged_aside_keeps_the_file_and_restores_a_backup(tmp_path: Path) -> None:
    folder, backups = ready_folder_with_backups(tmp_path)
    folder.database.write_bytes(b"garbage " * 1000)
    damaged = digest(folder.database)
    outcome = prepare_database(folder)
    assert outcome.state is StartupState.DAMAGED
    kept_at = set_damaged_aside(folder, restore_from=outcome.backups[0])
    assert kept_at.parent == folder.quarantine
    assert digest(kept_at / folder.database.name) == damaged
    assert digest(folder.database) == digest(backups[0])
    assert backups[0].exists()  # the backup itself stays available
    assert prepare_database(folder).state is StartupState.READY
    assert quick_check(folder.database).ok
    assert task_count(folder.database) == 5


def test_set_damaged_aside_without_backup_starts_empty(tmp_path: Path) -> None:
    folder, _ = ready_folder_with_backups(tmp_path)
    folder.database.write_bytes(b"garbage " * 1000)
    kept_at = set_damaged_aside(folder, restore_from=None)
    assert not folder.database.exists()
    assert (kept_at / folder.database.name).read_bytes() == b"garbage " * 1000
    assert prepare_database(folder).state is StartupState.READY
    assert task_count(folder.database) == 0
