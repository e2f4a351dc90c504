"""Queue lists: keyset pages in hand-out order, every waiting task once; a worker's own drafts."""

from __future__ import annotations

import random
from datetime import timedelta

from deskclient.domain.tasks import NO_DUE_DATE_KEY, PRIORITY_RANK
from deskclient.domain.views import LoggedInUser, QueueRow
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IncomingTask, IntakeService
from deskclient.services.queue import QueueService
from deskclient.services.work import WorkService
from deskclient.store.clock import to_text
from tests.factories import CENTER_ID, GOOD_ANSWER, FakeClock, add_tickets, ticket

#: Anybody logged in may look at the queue: its operations check the role, nothing else.
VIEWER = LoggedInUser(id="user-viewer", display_name="Viewer", role="trainer", session_id="s")


def mixed_tickets(clock: FakeClock, count: int, seed: int = 5) -> list[IncomingTask]:
    rng = random.Random(seed)
    tasks = []
    for number in range(count):
        days = rng.choice([None, None, 1, 2, 3])
        tasks.append(ticket(f"T{number:02d}", id=f"task-{number:02d}", priority=rng.choice(list(PRIORITY_RANK)),
                            due_at=None if days is None else clock.now + timedelta(days=days)))
    return tasks


def expected_order(tasks: list[IncomingTask]) -> list[str]:
    """Queue order computed independently of the query: rank desc, due date (none last), arrival."""
    def key(pair: tuple[int, IncomingTask]) -> tuple[int, str, int]:
        arrival, task = pair
        due = to_text(task.due_at) if task.due_at else NO_DUE_DATE_KEY
        return (-PRIORITY_RANK[task.priority], due, arrival)

    return [task.id for _, task in sorted(enumerate(tasks), key=key)]


def all_pages(queue: QueueService, limit: int) -> list[list[QueueRow]]:
    pages: list[list[QueueRow]] = []
    after = None
    while True:
        page = queue.page(VIEWER, after, limit=limit)
        if not page:
            return pages
        assert len(page) <= limit
        pages.append(page)
        after = page[-1].sort_key


def test_pages_of_seven_hold_every_waiting_task_once_in_queue_order(context: ServiceContext,
                                                                     clock: FakeClock) -> None:
    tasks = mixed_tickets(clock, 45)
    IntakeService(context).import_tasks(CENTER_ID, "batch", tasks)
    pages = all_pages(QueueService(context), limit=7)
    assert [len(page) for page in pages] == [7] * 6 + [3]
    ids = [row.id for page in pages for row in page]
    assert ids == expected_order(tasks)
    assert len(set(ids)) == 45


def test_pages_leave_out_tasks_someone_holds(context: ServiceContext, clock: FakeClock,
                                             amina: LoggedInUser) -> None:
    tasks = mixed_tickets(clock, 20, seed=9)
    IntakeService(context).import_tasks(CENTER_ID, "batch", tasks)
    work = WorkService(context)
    taken = {work.next_task(amina).task_id for _ in range(3)}
    submitted = work.next_task(amina).task_id
    work.submit(amina, submitted, GOOD_ANSWER, active_ms=1)
    ids = [row.id for page in all_pages(QueueService(context), limit=7) for row in page]
    assert ids == [task_id for task_id in expected_order(tasks) if task_id not in taken | {submitted}]
    assert QueueService(context).waiting_count(amina) == 16


def test_rows_describe_the_task(context: ServiceContext, clock: FakeClock) -> None:
    due = clock.now + timedelta(hours=5)
    IntakeService(context).import_tasks(CENTER_ID, "batch", [
        ticket("Printer on fire", id="t-known", priority="urgent", due_at=due),
        IncomingTask(id="t-unknown", kind="data_labelling", payload={"image": "a.jpg"}, external_id="LBL-7"),
    ])
    known, unknown = QueueService(context).page(VIEWER, None)
    assert (known.id, known.title, known.kind, known.priority_rank, known.due_at, known.state, known.kind_known) == (
        "t-known", "Printer on fire", "support_ticket", PRIORITY_RANK["urgent"], due, "available", True)
    assert (unknown.id, unknown.kind, unknown.kind_known, unknown.title) == (
        "t-unknown", "data_labelling", False, "LBL-7")


def test_empty_queue(context: ServiceContext) -> None:
    queue = QueueService(context)
    assert queue.page(VIEWER, None) == []
    assert queue.waiting_count(VIEWER) == 0


def test_outbox_pending_counts_unsent_changes(context: ServiceContext, amina: LoggedInUser) -> None:
    queue = QueueService(context)
    assert queue.outbox_pending(amina) == 2  # amina's session.started and its audit entry
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.submit(amina, task_id, GOOD_ANSWER, active_ms=1)
    assert queue.outbox_pending(amina) == 5  # + the result, and the claim and submit in the audit log


def test_drafts_are_the_workers_own_newest_first(context: ServiceContext, clock: FakeClock,
                                                 amina: LoggedInUser, priya: LoggedInUser) -> None:
    add_tickets(context, 6)
    work, queue = WorkService(context), QueueService(context)
    mine = [work.next_task(amina) for _ in range(3)]
    theirs = work.next_task(priya)
    clock.advance(minutes=1)
    work.save_draft(amina, mine[0].task_id, {"category": "billing"}, active_ms=1)
    clock.advance(minutes=1)
    work.save_draft(amina, mine[2].task_id, {"category": "billing"}, active_ms=1)
    work.submit(amina, mine[1].task_id, GOOD_ANSWER, active_ms=1)
    drafts = queue.drafts(amina)
    assert [draft.task_id for draft in drafts] == [mine[2].task_id, mine[0].task_id]
    assert drafts[0].updated_at == clock.now
    assert drafts[0].title == mine[2].payload["subject"] and drafts[0].kind == "support_ticket"
    assert [draft.task_id for draft in queue.drafts(priya)] == [theirs.task_id]
