"""The queries behind the queue: hand-out order, claiming, pages of the queue list.

Claiming and finishing run on the plain ``sqlite3`` connection (``Database.raw_write``): they are
the hottest paths of the app and run with 100,000 tasks queued on a slow disk. The queue list's
pages are Core statements, read in a normal session.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from deskclient.domain.task_states import TaskState
from deskclient.store.clock import to_text
from deskclient.store.models import Task

QUEUE_ORDER = (Task.priority_rank.desc(), Task.due_key, Task.seq)


# -- the hot paths, on the plain connection (Database.raw_write) ---------------------------------

_HELD_COUNT = "SELECT count(*) FROM tasks WHERE holder_user_id = ? AND state = 'in_progress'"
_CLAIM_NEXT = (
    "UPDATE tasks SET state = 'in_progress', holder_user_id = :user, claimed_at = :now, updated_at = :now "
    "WHERE seq = (SELECT seq FROM tasks WHERE state = 'available' AND kind IN ({kinds}) "
    "AND NOT EXISTS (SELECT 1 FROM task_skips WHERE task_skips.task_id = tasks.id "
    "AND task_skips.user_id = :user) "
    "ORDER BY priority_rank DESC, due_key, seq LIMIT 1) AND state = 'available' "
    "RETURNING id, kind, payload_json, priority_rank, due_at"
)
_INSERT_DRAFT = ("INSERT INTO drafts (task_id, user_id, values_json, active_ms, started_at, updated_at) "
                 "VALUES (?, ?, '{}', 0, ?, ?)")
_HELD_TASK = (
    "SELECT tasks.kind, tasks.state, tasks.holder_user_id, tasks.claimed_at, drafts.started_at "
    "FROM tasks LEFT JOIN drafts ON drafts.task_id = tasks.id WHERE tasks.id = ?"
)
_SET_STATE = "UPDATE tasks SET state = ?, updated_at = ? WHERE id = ? AND state = ? AND holder_user_id = ?"
_INSERT_RESULT = (
    "INSERT INTO results (id, task_id, user_id, device_id, session_id, outcome, values_json, handle_ms, "
    "started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_DELETE_DRAFT = "DELETE FROM drafts WHERE task_id = ?"
_claim_sql_cache: dict[tuple[str, ...], str] = {}


def held_count(connection: sqlite3.Connection, user_id: str) -> int:
    return int(connection.execute(_HELD_COUNT, (user_id,)).fetchone()[0])


def claim_next(connection: sqlite3.Connection, user_id: str, kinds: Collection[str],
               now: datetime) -> tuple[str, str, str, int, str | None] | None:
    """Claim the first available task in queue order in one statement; returns its row, or None.

    One ``UPDATE ... RETURNING`` picks, claims and reads the task: inside ``BEGIN IMMEDIATE`` no
    other writer can take it in between, so two workers of one PC never get the same task.
    """
    key = tuple(sorted(kinds))
    sql = _claim_sql_cache.get(key)
    if sql is None:
        sql = _CLAIM_NEXT.format(kinds=", ".join(f"'{kind}'" for kind in key if kind.isidentifier()))
        _claim_sql_cache[key] = sql
    stamp = to_text(now)
    row = connection.execute(sql, {"user": user_id, "now": stamp}).fetchone()
    if row is None:
        return None
    connection.execute(_INSERT_DRAFT, (row[0], user_id, stamp, stamp))
    return row


HeldTaskRow = tuple[str, str, str | None, str | None, str | None]


def held_task(connection: sqlite3.Connection, task_id: str) -> HeldTaskRow | None:
    """(kind, state, holder, claimed_at, draft started_at) of a task, or None."""
    return connection.execute(_HELD_TASK, (task_id,)).fetchone()


def finish(connection: sqlite3.Connection, *, task_id: str, user_id: str, new_state: str, result: Sequence[Any],
           now: datetime) -> bool:
    """Move a held task to ``new_state`` and record its result; False if it was not held by ``user_id``."""
    changed = connection.execute(_SET_STATE, (new_state, to_text(now), task_id, TaskState.IN_PROGRESS.value,
                                              user_id)).rowcount
    if changed != 1:
        return False
    connection.execute(_INSERT_RESULT, tuple(result))
    connection.execute(_DELETE_DRAFT, (task_id,))
    return True


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


def held_unfinished_count(session: Session) -> int:
    """Tasks a worker of this PC holds and has not finished (drafts, rework)."""
    return session.scalar(select(func.count()).select_from(Task).where(
        Task.state.in_([TaskState.IN_PROGRESS.value, TaskState.RETURNED.value]))) or 0


def available_count(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(Task).where(Task.state == TaskState.AVAILABLE.value)
    ) or 0
