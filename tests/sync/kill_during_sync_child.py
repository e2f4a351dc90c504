"""Child process of ``test_kill_during_sync.py``: works and syncs in a loop until the parent kills it.

Usage: ``python kill_during_sync_child.py <data folder> <user id> <pin> <tasks per cycle>``

The PC is already enrolled; the device secret is in the data folder's protected file (the parent
sets ``PYTHON_KEYRING_BACKEND`` to the fail back-end, so the real keyring is never touched).
It prints one line per step, flushed at once, so the parent knows what was durably done:
``READY``; ``SUBMITTED <task> <result>`` once ``submit`` returned; ``SYNCING`` just before a sync
cycle starts; ``SYNCED <pushed> <pages>`` or ``SYNC_FAILED <failure>`` after it.
Pull pages are made small (5 changes) and the PC asks for a few tasks at a time, so that cycles
push, lease and pull several pages: more moments to be killed in.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PULL_PAGE = 5
TARGET_QUEUE = 8


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def answer(task_id: str) -> dict[str, Any]:
    return {"category": "connectivity", "priority": "high", "resolution_code": "answered",
            "reply_text": f"Dear customer, about {task_id[:8]}: the line was reset; please restart the router."}


def main(root: str, user_id: str, pin: str, per_cycle: int) -> int:
    from deskclient.domain.problems import TASK_NONE_AVAILABLE, Problem
    from deskclient.paths import DataFolder
    from deskclient.services.auth import AuthService
    from deskclient.services.context import open_context
    from deskclient.services.queue import QueueService
    from deskclient.services.work import WorkService
    from deskclient.sync import engine
    from deskclient.sync.client import SyncClient
    from deskclient.sync.engine import RetryPolicy

    engine.PULL_PAGE = PULL_PAGE
    context = open_context(DataFolder(Path(root)))
    user = AuthService(context).login(user_id, pin)
    work, queue = WorkService(context), QueueService(context)
    client = SyncClient(context, retry=RetryPolicy(attempts=2, base_s=0.01, cap_s=0.05), target_queue=TARGET_QUEUE)
    say("READY")

    def finish(task_id: str) -> None:
        result_id = work.submit(user, task_id, answer(task_id), active_ms=30_000)
        say(f"SUBMITTED {task_id} {result_id}")

    for draft in queue.drafts(user):  # claimed in a round that was killed before it was submitted
        finish(draft.task_id)
    while True:
        for _ in range(per_cycle):
            try:
                item = work.next_task(user)
            except Problem as problem:
                if problem.code != TASK_NONE_AVAILABLE:
                    raise
                break
            finish(item.task_id)
        say("SYNCING")
        try:
            report = client.run_once()
        except Problem as problem:
            say(f"SYNC_FAILED {problem.params.get('failure')}")
        else:
            say(f"SYNCED {report.pushed} {report.pages}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
