"""Health of the database file: check it, move a damaged one aside (never delete), restore a backup."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskclient.store import health
from deskclient.store.health import checkpoint, free_bytes, quarantine, quick_check, restore_backup
from tests.store.rows import scalar

PAGE = 4096


def make_database(path: Path, rows: int = 3_000) -> Path:
    """A database spread over a few hundred pages, checkpointed into the main file."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("CREATE INDEX ix_t_body ON t (body)")
        connection.executemany("INSERT INTO t (body) VALUES (?)", [(f"row {n} " * 20,) for n in range(rows)])
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def make_crashed_trio(source_dir: Path, target_dir: Path) -> Path:
    """Database, -wal and -shm as a power cut leaves them: committed rows still only in the WAL."""
    source_dir.mkdir(parents=True, exist_ok=True)
    path = source_dir / "deskclient.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO t (body) VALUES ('in the wal')")
        target_dir.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{path}{suffix}", target_dir / f"deskclient.sqlite3{suffix}")
    return target_dir / "deskclient.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_is_a_new_pc(tmp_path: Path) -> None:
    report = quick_check(tmp_path / "none.sqlite3")
    assert report.ok and report.detail == "new"
    assert not (tmp_path / "none.sqlite3").exists()


def test_good_file(tmp_path: Path) -> None:
    report = quick_check(make_database(tmp_path / "good.sqlite3"))
    assert report.ok and report.detail == "ok"


def test_garbage_file_is_not_a_database_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"This is a spreadsheet someone saved here. " * 200)
    before = digest(path)
    report = quick_check(path)
    assert not report.ok
    assert "not a database" in report.detail
    assert digest(path) == before
    assert sorted(tmp_path.iterdir()) == [path]


def test_pages_overwritten_in_the_middle_are_found(tmp_path: Path) -> None:
    path = make_database(tmp_path / "torn.sqlite3")
    pages = path.stat().st_size // PAGE
    assert pages > 50
    data = bytearray(path.read_bytes())
    start = (pages // 2) * PAGE
    data[start:start + 3 * PAGE] = os.urandom(3 * PAGE)
    path.write_bytes(bytes(data))
    report = quick_check(path)
    assert not report.ok
    assert report.detail


def test_truncated_file_is_found(tmp_path: Path) -> None:
    path = make_database(tmp_path / "short.sqlite3")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate((size // PAGE // 2) * PAGE)
    report = quick_check(path)
    assert not report.ok
    assert report.detail


def test_quarantine_moves_database_wal_and_shm_without_deleting(tmp_path: Path) -> None:
    path = make_crashed_trio(tmp_path / "live", tmp_path / "home")
    digests = {suffix: digest(Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm")}
    kept = quarantine(path, tmp_path / "home" / "damaged")
    assert kept.parent == tmp_path / "home" / "damaged"
    for suffix in ("", "-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()
        assert digest(kept / f"deskclient.sqlite3{suffix}") == digests[suffix]
    # Kept together, the three files still hold the committed row that was only in the WAL.
    assert scalar(kept / "deskclient.sqlite3", "SELECT body FROM t") == "in the wal"


def test_quarantine_of_a_lone_file(tmp_path: Path) -> None:
    path = tmp_path / "deskclient.sqlite3"
    path.write_bytes(b"junk")
    kept = quarantine(path, tmp_path / "damaged")
    assert not path.exists()
    assert sorted(p.name for p in kept.iterdir()) == ["deskclient.sqlite3"]
    assert (kept / "deskclient.sqlite3").read_bytes() == b"junk"


class _FrozenDatetime(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
        return datetime(2026, 11, 25, 9, 0, 0, tzinfo=UTC)


def test_two_quarantines_in_the_same_second_keep_both_files(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health, "datetime", _FrozenDatetime)
    path = tmp_path / "deskclient.sqlite3"
    path.write_bytes(b"first damaged database")
    quarantine(path, tmp_path / "damaged")
    path.write_bytes(b"second damaged database (a restored backup that was bad too)")
    quarantine(path, tmp_path / "damaged")
    kept = sorted(p.read_bytes() for p in (tmp_path / "damaged").rglob("*") if p.is_file())
    assert kept == [b"first damaged database", b"second damaged database (a restored backup that was bad too)"]


def test_restore_backup_replaces_database_and_drops_stale_side_files(tmp_path: Path) -> None:
    backup = make_database(tmp_path / "backup.sqlite3", rows=10)
    backup_digest = digest(backup)
    path = tmp_path / "home" / "deskclient.sqlite3"
    path.parent.mkdir()
    # A stale WAL beside the restored file would be replayed into it: it must go.
    Path(f"{path}-wal").write_bytes(os.urandom(PAGE))
    Path(f"{path}-shm").write_bytes(os.urandom(PAGE))
    restore_backup(backup, path)
    assert digest(path) == backup_digest
    assert digest(backup) == backup_digest  # the backup itself is kept
    assert sorted(p.name for p in path.parent.iterdir()) == ["deskclient.sqlite3"]
    assert quick_check(path).ok
    assert scalar(path, "SELECT count(*) FROM t") == 10


def test_checkpoint_folds_the_wal_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(500)])
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0
        checkpoint(path)
        assert wal.stat().st_size == 0
    assert scalar(path, "SELECT count(*) FROM t") == 500


def test_free_bytes(tmp_path: Path) -> None:
    free = free_bytes(tmp_path)
    assert isinstance(free, int) and free > 0
    assert free <= shutil.disk_usage(tmp_path).total
