"""Backups: consistent copies (WAL included), listed newest first, rotated without touching others."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from deskclient.store.backup import AUTO_PREFIX, backup_database, list_backups, rotate_backups
from deskclient.store.db import Database
from deskclient.store.health import quick_check
from deskclient.store.models import Center
from tests.store.rows import scalar


def add_centers(database: Database, *ids: str) -> None:
    with database.write() as session:
        for center_id in ids:
            session.add(Center(id=center_id, name=f"Center {center_id}"))


def test_backup_is_a_consistent_copy_including_the_wal(database: Database, tmp_path: Path) -> None:
    add_centers(database, "c1", "c2")
    wal = Path(f"{database.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the rows are still only in the WAL
    before = database.path.read_bytes()
    backup = backup_database(database.path, tmp_path / "backups", label="manual")
    assert backup.parent == tmp_path / "backups"
    assert backup.name.startswith("manual-") and backup.suffix == ".sqlite3"
    assert list((tmp_path / "backups").glob("*.partial")) == []
    assert scalar(backup, "SELECT group_concat(id, ',') FROM (SELECT id FROM centers ORDER BY id)") == "c1,c2"
    assert scalar(backup, "SELECT version_num FROM alembic_version") is not None
    # A single self-contained file: no WAL mode, so copying it alone is enough.
    assert scalar(backup, "PRAGMA journal_mode") == "delete"
    assert quick_check(backup).ok
    assert database.path.read_bytes() == before
    with database.read() as session:  # the app keeps working on the source
        assert session.scalars(select(Center.id)).all() == ["c1", "c2"]


def test_backup_during_an_open_write_holds_only_committed_work(database: Database, tmp_path: Path) -> None:
    add_centers(database, "c1")
    with database.write() as session:
        session.add(Center(id="uncommitted", name="Not yet"))
        session.flush()
        backup = backup_database(database.path, tmp_path / "backups")
    assert scalar(backup, "SELECT group_concat(id) FROM centers") == "c1"
    assert scalar(database.path, "SELECT count(*) FROM centers") == 2


def test_backups_get_distinct_names(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    paths = {backup_database(database.path, folder) for _ in range(3)}
    assert len(paths) == 3
    assert all(path.name.startswith(AUTO_PREFIX) for path in paths)


def _touch(path: Path, mtime: int) -> Path:
    path.write_bytes(b"backup")
    os.utime(path, (mtime, mtime))
    return path


def test_list_backups_newest_first_and_only_databases(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = _touch(folder / "auto-1.sqlite3", 1_000)
    new = _touch(folder / "before-upgrade-from-0001-2.sqlite3", 3_000)
    middle = _touch(folder / "auto-2.sqlite3", 2_000)
    _touch(folder / "auto-3.partial", 4_000)
    _touch(folder / "notes.txt", 5_000)
    assert list_backups(folder) == [new, middle, old]


def test_list_backups_of_a_missing_folder(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere") == []


def test_rotate_keeps_the_newest_automatic_backups_and_every_other_one(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    automatic = [_touch(folder / f"auto-{n}.sqlite3", 1_000 + n) for n in range(10)]
    upgrade = _touch(folder / "before-upgrade-from-0001-x.sqlite3", 10)  # older than all of them
    manual = _touch(folder / "manual-x.sqlite3", 20)
    partial = _touch(folder / "auto-11.partial", 5_000)
    removed = rotate_backups(folder, keep=3)
    assert sorted(removed) == sorted(automatic[:7])
    assert sorted(folder.iterdir()) == sorted([*automatic[7:], upgrade, manual])
    assert not partial.exists()
    assert rotate_backups(folder, keep=3) == []


def test_rotate_keep_zero_and_real_backups(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = backup_database(database.path, folder)
    os.utime(first, (1_000, 1_000))
    second = backup_database(database.path, folder)
    assert rotate_backups(folder, keep=1) == [first]
    assert list_backups(folder) == [second]
    assert rotate_backups(folder, keep=0) == [second]
    assert list_backups(folder) == []


def test_backup_of_a_database_another_connection_is_writing(db_path: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("INSERT INTO centers (id, name) VALUES ('c1', 'One')")
        backup = backup_database(db_path, tmp_path / "backups")
    assert scalar(backup, "SELECT name FROM centers") == "One"
