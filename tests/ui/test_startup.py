from __future__ import annotations

import os
import subprocess
import sys

from deskclient.paths import DataFolder
from deskclient.ui.recovery_page import RecoveryPage
from deskclient.ui.single_instance import SingleInstance


def test_demo_starts_like_make_demo_and_shows_the_login_window(tmp_path):
    env = dict(os.environ, DESKCLIENT_HOME=str(tmp_path / "demo"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # never the real keyring
    done = subprocess.run([sys.executable, "-m", "deskclient", "--demo", "--exit-when-shown"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Demo center ready: 240 tickets queued." in done.stdout
    assert any(line.startswith("shown ") for line in done.stdout.splitlines())
    again = subprocess.run([sys.executable, "-m", "deskclient", "--demo", "--exit-when-shown"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "Demo center ready" not in again.stdout  # a seeded folder is left as it is


def test_a_second_copy_on_the_same_folder_is_refused_and_wakes_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):
        assert second.ask_first_to_show()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


def test_damaged_database_is_kept_aside_and_the_app_starts_empty(qtbot, make_window, tmp_path):
    folder = DataFolder(tmp_path / "broken").ensure()
    garbage = b"this is not a database, it was torn by a power cut" * 200
    folder.database.write_bytes(garbage)
    window = make_window(folder=folder, wait_ready=False)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), RecoveryPage), timeout=15_000)
    page = window.stack.currentWidget()
    assert page.restore_button is None  # no backups yet: only a fresh start is offered
    with qtbot.waitSignal(window.ready, timeout=15_000):
        page.fresh_button.click()
    kept = list(folder.quarantine.rglob("deskclient.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert window.stack.currentWidget() is window.login_page


def test_damaged_database_can_be_restored_from_the_last_backup(qtbot, make_window, seeded_folder):
    from deskclient.store.backup import backup_database

    backup_database(seeded_folder.database, seeded_folder.backups, label="auto")
    seeded_folder.database.write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        path = seeded_folder.root / f"deskclient.sqlite3{suffix}"
        path.unlink(missing_ok=True)
    window = make_window(wait_ready=False)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), RecoveryPage), timeout=15_000)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.stack.currentWidget().restore_button.click()
    assert [person.display_name for person in window.login_page._people] == [
        "Amina Yusuf", "Priya Das", "Rekha Kumari"]


def test_database_from_a_newer_version_is_left_untouched(qtbot, make_window, seeded_folder):
    import sqlite3

    from deskclient.ui.recovery_page import TooNewPage

    connection = sqlite3.connect(seeded_folder.database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = seeded_folder.database.read_bytes()
    window = make_window(wait_ready=False)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TooNewPage), timeout=15_000)
    assert not any(seeded_folder.quarantine.glob("*")) if seeded_folder.quarantine.exists() else True
    assert list(seeded_folder.backups.glob("*.sqlite3")) == []
    window.shutdown()
    assert seeded_folder.database.read_bytes()[:100] == before[:100]
