"""A work file replaced by garbage: random bytes, a truncated file, a zero-length file.

Each goes through the real start-up path (``prepare_database`` on the database lane of the real
window): the recovery page is shown with the choice of the last backup or a fresh start, the
damaged file is kept byte for byte in ``damaged/``, and choosing the backup brings the work back.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.paths import DataFolder
from deskclient.services.startup import StartupState, prepare_database
from deskclient.store.backup import backup_database
from deskclient.store.health import checkpoint
from deskclient.ui.recovery_page import RecoveryPage


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(20260105).randbytes(256 * 1024))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    """The first page survives (it even says "SQLite format 3"), the rest is gone."""
    data = path.read_bytes()
    path.write_bytes(data[:100])


DAMAGE = {"random bytes": _random_bytes, "truncated to half": _truncated, "zero-length": _zero_length,
          "header only": _header_only}


def _damage(folder: DataFolder, how: str) -> bytes:
    checkpoint(folder.database)  # everything in the main file, so truncating it really loses pages
    DAMAGE[how](folder.database)
    for suffix in ("-wal", "-shm"):
        Path(f"{folder.database}{suffix}").unlink(missing_ok=True)
    return folder.database.read_bytes()


def _tasks(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM tasks").fetchone()[0])


@pytest.mark.parametrize("how", list(DAMAGE))
def test_the_start_up_check_reports_the_damage_and_touches_nothing(seeded_folder, how):
    backup = backup_database(seeded_folder.database, seeded_folder.backups, label="auto")
    damaged = _damage(seeded_folder, how)
    outcome = prepare_database(seeded_folder)
    assert outcome.state is StartupState.DAMAGED and outcome.detail
    assert outcome.backups == [backup]
    assert seeded_folder.database.read_bytes() == damaged  # left exactly as it was found
    assert not seeded_folder.quarantine.exists() or not any(seeded_folder.quarantine.iterdir())


@pytest.mark.parametrize("how", list(DAMAGE))
def test_the_window_offers_the_backup_and_keeps_the_damaged_file(qtbot, make_window, seeded_folder, how):
    backup_database(seeded_folder.database, seeded_folder.backups, label="auto")
    tasks_before = _tasks(seeded_folder.database)
    damaged = _damage(seeded_folder, how)
    window = make_window(wait_ready=False)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), RecoveryPage), timeout=15_000)
    page = window.stack.currentWidget()
    assert page.restore_button is not None and page.restore_button.isVisibleTo(page)
    assert page.fresh_button.isVisibleTo(page)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        page.restore_button.click()
    kept = list(seeded_folder.quarantine.rglob("deskclient.sqlite3"))
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).digest() == hashlib.sha256(damaged).digest()
    assert window.stack.currentWidget() is window.login_page
    assert [person.display_name for person in window.login_page._people] == [
        "Amina Yusuf", "Priya Das", "Rekha Kumari"]
    assert _tasks(seeded_folder.database) == tasks_before


def test_a_zero_length_file_without_backups_offers_a_fresh_start(qtbot, make_window, tmp_path):
    folder = DataFolder(tmp_path / "empty").ensure()
    folder.database.write_bytes(b"")
    window = make_window(folder=folder, wait_ready=False)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), RecoveryPage), timeout=15_000)
    page = window.stack.currentWidget()
    assert page.restore_button is None
    with qtbot.waitSignal(window.ready, timeout=15_000):
        page.fresh_button.click()
    assert [path.stat().st_size for path in folder.quarantine.rglob("deskclient.sqlite3")] == [0]
    assert window.stack.currentWidget() is window.login_page
