"""SIGKILL a worker's process at random moments, inside and outside the submit transaction.

After every kill the database must be sound and consistent: a submit that returned is there once,
with its outbox row; a submit that did not commit left the task held with its draft; nothing half-done.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from deskclient.paths import DataFolder
from deskclient.services.context import open_context
from deskclient.services.intake import IntakeService
from deskclient.services.startup import StartupState, prepare_database
from deskclient.store import sealing
from deskclient.store.health import quick_check
from deskclient.store.roster import read_roster
from tests.factories import CENTER_ID, PIN, add_person, add_tickets
from tests.killable_child import KillableChild
from tests.sealing_helpers import NO_KEYRING_ENV, cipher_of, data_key_to_file
from tests.services.kill_during_submit_child import answer

CHILD = Path(__file__).with_name("kill_during_submit_child.py")
ROUNDS = 24
TICKETS = 1_500


def prepared_folder(tmp_path: Path) -> tuple[DataFolder, str]:
    folder = DataFolder(tmp_path / "home").ensure()
    assert prepare_database(folder).state is StartupState.READY
    context = open_context(folder)
    try:
        IntakeService(context).add_center(CENTER_ID, "Center")
        user_id = add_person(context, "Amina Yusuf")
        add_tickets(context, TICKETS)
    finally:
        context.database.dispose()
    data_key_to_file(folder)
    return folder, user_id


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path, timeout=5)) as connection:
        return connection.execute(sql).fetchall()


def check_consistency(path: Path, submitted: set[str], rounds_done: int) -> None:
    report = quick_check(path)
    assert report.ok, report.detail
    results = rows(path, "SELECT id, task_id FROM results")
    result_ids = [row[0] for row in results]
    outbox_ids = [row[0] for row in rows(path, "SELECT id FROM outbox WHERE topic LIKE 'result.%'")]
    # A result and its outbox row exist together or not at all, each once.
    assert sorted(result_ids) == sorted(outbox_ids)
    assert len(set(result_ids)) == len(result_ids)
    per_task: dict[str, int] = {}
    for _, task_id in results:
        per_task[str(task_id)] = per_task.get(str(task_id), 0) + 1
    assert all(number == 1 for number in per_task.values()), "a task has two results"
    # Every submit that returned is durable; at most one more per kill committed before it could say so.
    assert submitted <= set(per_task)
    assert len(per_task) - len(submitted) <= rounds_done
    assert rows(path, "SELECT count(*) FROM tasks t WHERE state = 'submitted' "
                      "AND NOT EXISTS (SELECT 1 FROM results r WHERE r.task_id = t.id)") == [(0,)]
    assert rows(path, "SELECT count(*) FROM results r JOIN tasks t ON t.id = r.task_id "
                      "WHERE t.state != 'submitted'") == [(0,)]
    assert rows(path, "SELECT count(*) FROM tasks t WHERE state = 'in_progress' "
                      "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.task_id = t.id)") == [(0,)]
    assert rows(path, "SELECT count(*) FROM drafts d JOIN tasks t ON t.id = d.task_id "
                      "WHERE t.state != 'in_progress'") == [(0,)]
    # The worker resumes held work first, so at most the one task of the killed round is held.
    assert rows(path, "SELECT count(*) FROM tasks WHERE state = 'in_progress'")[0][0] <= 1


def check_interrupted_submit(path: Path, task_id: str, user_id: str) -> None:
    """The submit killed inside its transaction left the task held, with the saved draft."""
    assert rows(path, f"SELECT state, holder_user_id FROM tasks WHERE id = '{task_id}'") == [
        ("in_progress", user_id)]
    assert rows(path, f"SELECT count(*) FROM results WHERE task_id = '{task_id}'") == [(0,)]
    [(values_json,)] = rows(path, f"SELECT values_json FROM drafts WHERE task_id = '{task_id}'")
    assert cipher_of(DataFolder(path.parent)).open_json(
        sealing.DRAFT, task_id, str(values_json)) == answer(task_id)


@pytest.mark.slow
def test_kill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    folder, user_id = prepared_folder(tmp_path)
    rng = random.Random(2024)
    submitted: set[str] = set()
    killed_in_tx = 0
    for number in range(ROUNDS):
        inside = number % 2 == 0
        hang_after = rng.randint(0, 3) if inside else -1
        delay = rng.uniform(0.0, 0.25)
        child = KillableChild(CHILD, [str(folder.root), user_id, PIN, str(hang_after)], NO_KEYRING_ENV,
                              tmp_path / f"child-{number}.stderr", stdin_pipe=True)  # data key from its file
        try:
            if inside:
                interrupted = child.wait_for("IN_TX ").split()[1]
            else:
                child.wait_for("READY")
                with pytest.raises(subprocess.TimeoutExpired):
                    child.process.wait(timeout=delay)  # still working when the power goes
        finally:
            lines = child.kill_and_collect()
        assert child.process.returncode == -signal.SIGKILL
        stderr = (tmp_path / f"child-{number}.stderr").read_text()
        assert "Traceback" not in stderr, stderr
        assert "EMPTY" not in lines, "not enough tickets for the rounds"
        submitted |= {line.split()[1] for line in lines if line.startswith("SUBMITTED ")}
        check_consistency(folder.database, submitted, number + 1)
        if inside:
            killed_in_tx += 1
            assert interrupted not in submitted
            check_interrupted_submit(folder.database, interrupted, user_id)
    assert killed_in_tx == ROUNDS // 2
    assert len(submitted) > ROUNDS  # the loop really worked between the kills
    # The login grid still reads the database the killed process left behind.
    assert [card.id for card in read_roster(folder.database)] == [user_id]
