"""Reading the queue for lists: pages in queue order, a worker's drafts, counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from deskclient.domain.kinds import KNOWN_KINDS
from deskclient.domain.roles import TASK_ROLES
from deskclient.domain.task_states import TaskState
from deskclient.domain.views import DraftSummary, LoggedInUser, QueueRow
from deskclient.services.context import ServiceContext
from deskclient.services.permissions import ALL_ROLES, allowed_roles
from deskclient.store import task_queue
from deskclient.store.models import Draft, Task
from deskclient.store.sync_store import counts


class QueueService:
    """Read-only views of the queue, cheap enough to call from a scrolling list."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @allowed_roles(*ALL_ROLES)
    def page(self, user: LoggedInUser, after: tuple[Any, ...] | None, limit: int = 500) -> list[QueueRow]:
        """The next ``limit`` waiting tasks after keyset position ``after`` (None: from the start).

        Everyone at the center may see what waits (titles only); only task roles take from it.
        """
        with self.context.database.read() as session:
            rows = task_queue.queue_page(session, after, limit)
        return [
            QueueRow(id=row.id, title=row.title, kind=row.kind, priority_rank=row.priority_rank,
                     due_at=row.due_at, state=row.state, kind_known=row.kind in KNOWN_KINDS,
                     sort_key=(row.priority_rank, row.due_key, row.seq))
            for row in rows
        ]

    @allowed_roles(*ALL_ROLES)
    def waiting_count(self, user: LoggedInUser) -> int:
        with self.context.database.read() as session:
            return task_queue.available_count(session)

    @allowed_roles(*ALL_ROLES)
    def outbox_pending(self, user: LoggedInUser) -> int:
        with self.context.database.read() as session:
            return counts(session)[0]

    @allowed_roles(*TASK_ROLES)
    def drafts(self, user: LoggedInUser) -> list[DraftSummary]:
        """Tasks ``user`` holds and has not finished (drafts, and work returned for rework), newest first."""
        with self.context.database.read() as session:
            rows = session.execute(
                select(Task.id, Task.title, Task.kind, Task.state, Draft.updated_at, Task.updated_at.label("touched"))
                .outerjoin(Draft, Draft.task_id == Task.id)
                .where(Task.holder_user_id == user.id,
                       Task.state.in_([TaskState.IN_PROGRESS.value, TaskState.RETURNED.value]))
                .order_by(Task.state.desc(), Draft.updated_at.desc())
            ).all()
        return [DraftSummary(task_id=row.id, title=row.title, kind=row.kind, updated_at=row.updated_at or row.touched,
                             returned=row.state == TaskState.RETURNED.value) for row in rows]
