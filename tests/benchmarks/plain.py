"""The floors: the claim and the submit done with nothing but ``sqlite3``.

Each writes exactly the rows ``WorkService`` writes (same columns, same text formats) on a
connection with the app's pragmas (``apply_pragmas``), in ``BEGIN IMMEDIATE ... COMMIT``.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Collection, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from deskclient.store.clock import to_text, utc_now
from deskclient.store.db import BUSY_TIMEOUT_MS, apply_pragmas

NEXT_SQL = (
    "SELECT tasks.id FROM tasks WHERE tasks.state = ? AND tasks.kind IN ({kinds}) "
    "AND NOT (EXISTS (SELECT * FROM task_skips WHERE task_skips.task_id = tasks.id "
    "AND task_skips.user_id = ?)) "
    "ORDER BY tasks.priority_rank DESC, tasks.due_key, tasks.seq LIMIT 1"
)
CLAIM_SQL = (
    "UPDATE tasks SET state = 'in_progress', holder_user_id = ?, claimed_at = ?, updated_at = ? "
    "WHERE tasks.id = ? AND tasks.state IN ('available')"
)
DRAFT_SQL = (
    "INSERT INTO drafts (task_id, user_id, values_json, active_ms, started_at, updated_at) "
    "VALUES (?, ?, '{}', 0, ?, ?)"
)
RESULT_SQL = (
    "INSERT INTO results (id, task_id, user_id, device_id, session_id, outcome, values_json, handle_ms, "
    "started_at, finished_at) VALUES (?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?)"
)
OUTBOX_SQL = (
    "INSERT INTO outbox (id, topic, user_id, body_json, created_at, status, attempts, acked_at, last_error) "
    "VALUES (?, 'result.submitted', ?, ?, ?, 'pending', 0, NULL, NULL)"
)
DELETE_DRAFT_SQL = "DELETE FROM drafts WHERE drafts.task_id = ?"
FINISH_SQL = "UPDATE tasks SET state = 'submitted', updated_at = ? WHERE tasks.id = ?"
RELEASE_SQL = "UPDATE tasks SET state = 'submitted', updated_at = ? WHERE id = ?"


def connect(path: Path) -> sqlite3.Connection:
    """A connection set up like the app's: the same pragmas, transactions begun by hand."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                 check_same_thread=False)
    apply_pragmas(connection)
    return connection


class PlainWork:
    """Claim and submit for one user on one database file, with plain ``sqlite3``."""

    def __init__(self, path: Path, user_id: str, kinds: Collection[str]) -> None:
        self.connection = connect(path)
        self.user_id = user_id
        self.kinds = list(kinds)
        self._next_sql = NEXT_SQL.format(kinds=", ".join("?" for _ in self.kinds))
        row = self.connection.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        self.device_id = row[0] if row else str(uuid.uuid4())
        self.session_id = str(uuid.uuid4())

    def close(self) -> None:
        self.connection.close()

    def claim(self) -> tuple[str, datetime]:
        """Take the next task: the hand-out query, the claim and the empty draft, one durable write."""
        now = utc_now()
        stamp = to_text(now)
        execute = self.connection.execute
        execute("BEGIN IMMEDIATE")
        try:
            row = execute(self._next_sql, ("available", *self.kinds, self.user_id)).fetchone()
            if row is None:
                raise LookupError("no task available")
            task_id = row[0]
            if execute(CLAIM_SQL, (self.user_id, stamp, stamp, task_id)).rowcount != 1:
                raise LookupError("task taken meanwhile")
            execute(DRAFT_SQL, (task_id, self.user_id, stamp, stamp))
            execute("COMMIT")
        except BaseException:
            execute("ROLLBACK")
            raise
        return task_id, now

    def submit(self, task_id: str, started_at: datetime, values: Mapping[str, Any], active_ms: int,
               kind_version: int = 1) -> str:
        """The result row, its outbox row, the draft gone and the task finished, one durable write."""
        now = utc_now()
        stamp = to_text(now)
        result_id = str(uuid.uuid4())
        values = {key: value for key, value in dict(values, escalated=False).items() if value not in (None, "")}
        values_json = json.dumps(values, ensure_ascii=False, sort_keys=True)
        handle_ms = max(0, int(active_ms))
        body_json = json.dumps({
            "result_id": result_id, "task_id": task_id, "kind": "support_ticket", "kind_version": kind_version,
            "user_id": self.user_id, "device_id": self.device_id, "session_id": self.session_id,
            "values": values, "handle_ms": handle_ms, "started_at": started_at.isoformat(),
            "finished_at": now.isoformat(),
        }, ensure_ascii=False, sort_keys=True, default=str)
        execute = self.connection.execute
        execute("BEGIN IMMEDIATE")
        try:
            execute(RESULT_SQL, (result_id, task_id, self.user_id, self.device_id, self.session_id, values_json,
                                 handle_ms, to_text(started_at), stamp))
            execute(OUTBOX_SQL, (result_id, self.user_id, body_json, stamp))
            execute(DELETE_DRAFT_SQL, (task_id,))
            execute(FINISH_SQL, (stamp, task_id))
            execute("COMMIT")
        except BaseException:
            execute("ROLLBACK")
            raise
        return result_id

    def release(self, task_id: str) -> None:
        """Untimed between two claims: the task leaves the queue (as if finished), its draft goes."""
        release(self.connection, task_id)


def release(connection: sqlite3.Connection, task_id: str) -> None:
    execute = connection.execute
    execute("BEGIN IMMEDIATE")
    try:
        execute(RELEASE_SQL, (to_text(utc_now()), task_id))
        execute(DELETE_DRAFT_SQL, (task_id,))
        execute("COMMIT")
    except BaseException:
        execute("ROLLBACK")
        raise
