"""Work a reviewer returned: it shows on the worker's home and reopens for them only."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from deskclient.domain.problems import TASK_NOT_YOURS, Problem
from deskclient.services.queue import QueueService
from deskclient.services.work import WorkService
from deskclient.store.models import Task
from tests.factories import GOOD_ANSWER, add_tickets


def return_for_rework(context, task_id: str) -> None:
    # The review issue will do this through a service; here the state is set as a sync would.
    with context.database.write() as session:
        session.execute(update(Task).where(Task.id == task_id).values(state="returned"))


def test_returned_task_is_listed_and_reopens_with_a_fresh_draft(context, amina, priya):
    add_tickets(context, 2)
    work = WorkService(context)
    item = work.next_task(amina)
    work.submit(amina, item.task_id, GOOD_ANSWER, 1000)
    return_for_rework(context, item.task_id)

    drafts = QueueService(context).drafts(amina)
    assert [(d.task_id, d.returned) for d in drafts] == [(item.task_id, True)]
    assert QueueService(context).drafts(priya) == []
    with pytest.raises(Problem) as refused:
        work.open_task(priya, item.task_id)
    assert refused.value.code == TASK_NOT_YOURS

    reopened = work.open_task(amina, item.task_id)
    assert reopened.state == "in_progress"
    work.submit(amina, item.task_id, dict(GOOD_ANSWER, reply_text="Corrected reply"), 500)
    assert QueueService(context).drafts(amina) == []
