"""The queries behind the queue: hand-out order, claiming, pages of the queue list.

Written as Core statements on purpose: claiming the next task is the hottest path of the app
and runs with 100,000 tasks queued on a slow disk.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session

from deskclient.domain.task_states import TaskState
from deskclient.store.models import Task, TaskSkip

QUEUE_ORDER = (Task.priority_rank.desc(), Task.due_key, Task.seq)


def next_claimable_id(session: Session, user_id: str, kinds: Collection[str],
                      skills: Collection[str] | None) -> str | None:
    """The first available task ``user_id`` may take, in queue order, or None."""
    statement = (
        select(Task.id)
        .where(Task.state == TaskState.AVAILABLE.value, Task.kind.in_(list(kinds)))
        .where(~exists().where(TaskSkip.task_id == Task.id, TaskSkip.user_id == user_id))
        .order_by(*QUEUE_ORDER)
        .limit(1)
    )
    if skills is not None:
        statement = statement.where(or_(Task.required_skill.is_(None), Task.required_skill.in_(list(skills))))
    return session.scalar(statement)


def claim(session: Session, task_id: str, user_id: str, now: datetime,
          from_states: Sequence[TaskState] = (TaskState.AVAILABLE,)) -> bool:
    """Give the task to ``user_id`` if it is still free; False when someone else was first."""
    result = session.execute(
        update(Task)
        .where(Task.id == task_id, Task.state.in_([state.value for state in from_states]))
        .values(state=TaskState.IN_PROGRESS.value, holder_user_id=user_id, claimed_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def queue_page(session: Session, after: tuple[Any, ...] | None, limit: int) -> list[Any]:
    """Rows of the available-task list in queue order, after the keyset position ``after``."""
    statement = (
        select(Task.id, Task.title, Task.kind, Task.priority_rank, Task.due_at, Task.state,
               Task.due_key, Task.seq)
        .where(Task.state == TaskState.AVAILABLE.value)
        .order_by(*QUEUE_ORDER)
        .limit(limit)
    )
    if after is not None:
        rank, due_key, seq = after
        statement = statement.where(
            or_(
                Task.priority_rank < rank,
                and_(Task.priority_rank == rank, Task.due_key > due_key),
                and_(Task.priority_rank == rank, Task.due_key == due_key, Task.seq > seq),
            )
        )
    return list(session.execute(statement).all())


def available_count(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(Task).where(Task.state == TaskState.AVAILABLE.value)
    ) or 0
