"""Child process of ``test_kill_during_submit.py``: works through tickets until the parent kills it.

Usage: ``python kill_during_submit_child.py <data folder> <user id> <pin> <hang after N submits, or -1>``

It prints one line per step (flushed at once) so the parent knows what was durably done:
``READY``, ``DRAFT <task>``, ``SUBMITTED <task>`` once ``submit`` returned, and ``IN_TX <task>`` when
it stops inside a submit transaction (rows flushed, not committed) to wait for its SIGKILL.
It imports only what a worker's loop needs, to start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def answer(task_id: str) -> dict[str, Any]:
    return {"category": "account_access", "priority": "normal", "resolution_code": "password_reset",
            "reply_text": f"Dear customer, about {task_id}: we have sent you a reset link."}


def main(root: str, user_id: str, pin: str, hang_after: int) -> int:
    from deskclient.domain.problems import TASK_NONE_AVAILABLE, Problem
    from deskclient.paths import DataFolder
    from deskclient.services import work as work_module
    from deskclient.services.auth import AuthService
    from deskclient.services.context import open_context
    from deskclient.services.queue import QueueService
    from deskclient.services.work import WorkService
    from deskclient.store import outbox

    submitted = 0
    enqueue_raw = outbox.enqueue_raw

    def hang_inside_submit(connection: Any, topic: str, body: Any, **kwargs: Any) -> str:
        # Inside the submit transaction: the task's new state, its Result and now its outbox row are
        # written to the database file, not committed.
        item_id = enqueue_raw(connection, topic, body, **kwargs)
        if topic.startswith("result.") and 0 <= hang_after <= submitted:
            say(f"IN_TX {body['task_id']}")
            sys.stdin.read()  # blocks until the parent's SIGKILL
        return item_id

    work_module.enqueue_raw = hang_inside_submit  # type: ignore[assignment]
    context = open_context(DataFolder(Path(root)))
    user = AuthService(context).login(user_id, pin)
    work, queue = WorkService(context), QueueService(context)
    say("READY")

    def finish(task_id: str) -> None:
        nonlocal submitted
        work.save_draft(user, task_id, answer(task_id), active_ms=1_000)
        say(f"DRAFT {task_id}")
        work.submit(user, task_id, answer(task_id), active_ms=1_500)
        say(f"SUBMITTED {task_id}")
        submitted += 1

    for draft in queue.drafts(user):  # work held from the round that was killed
        finish(draft.task_id)
    while True:
        try:
            item = work.next_task(user)
        except Problem as problem:
            if problem.code == TASK_NONE_AVAILABLE:
                say("EMPTY")
                return 0
            raise
        say(f"CLAIMED {item.task_id}")
        finish(item.task_id)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
