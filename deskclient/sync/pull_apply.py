"""Applying one pulled page to the local database, in the caller's transaction (with the cursor)."""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from deskclient.domain.credentials import MalformedVerifier, parse_verifier
from deskclient.domain.task_states import TaskState
from deskclient.protocol import wire
from deskclient.services.auth import SECRET_TOPICS
from deskclient.services.housekeeping import RETENTION_DAYS_KEY
from deskclient.services.intake import IncomingTask, task_row
from deskclient.store import sealing
from deskclient.store.models import CannedResponseRow, Center, OutboxItem, Setting, Task, User

log = logging.getLogger(__name__)
_HELD_HERE = (TaskState.AVAILABLE.value, TaskState.IN_PROGRESS.value, TaskState.RETURNED.value)


@dataclass
class PageOutcome:
    users: int = 0
    new_tasks: int = 0
    renewed_tasks: int = 0
    lost_leases: int = 0
    canned_responses: int = 0
    refused: list[str] = field(default_factory=list)


def apply_page(session: Session, reply: wire.PullReply, now: datetime, cipher: sealing.FieldCipher) -> PageOutcome:
    """Users, canned replies, leased tasks and lost leases of one page; payloads are sealed with ``cipher``."""
    outcome = PageOutcome()
    if reply.leases_renewed_until is not None:
        # Before this page's lost leases: those are dropped below, the rest live on until then.
        session.execute(update(Task).where(Task.lease_no > 0, Task.state.in_(_HELD_HERE))
                        .values(lease_expires_at=reply.leases_renewed_until))
    center = reply.center
    known_center = session.get(Center, center.id)
    if known_center is None or known_center.name != center.name:
        session.merge(Center(id=center.id, name=center.name))
        session.flush()
    retention = str(center.retention_days)  # the center decides how long its PCs keep personal data
    known_retention = session.get(Setting, RETENTION_DAYS_KEY)
    if known_retention is None or known_retention.value != retention:
        session.merge(Setting(key=RETENTION_DAYS_KEY, value=retention))
    task_ids = [change.task.id for change in reply.changes if isinstance(change, wire.TaskChange)]
    local_states: dict[str, str] = {}
    lost: set[str] = set()  # payloads that could not be read after a lost key: replaced by this delivery
    for start in range(0, len(task_ids), 900):
        for task_id, state, head in session.execute(select(Task.id, Task.state, func.substr(
                Task.payload_json, 1, 5)).where(Task.id.in_(task_ids[start:start + 900]))):
            local_states[task_id] = state
            if head == sealing.LOST:
                lost.add(task_id)
    new_rows = []
    changing = _secrets_changing(session) if any(isinstance(c, wire.UserChange) for c in reply.changes) else set()
    for change in reply.changes:
        if isinstance(change, wire.UserChange):
            if _apply_user(session, center.id, change.user, now, changing):
                outcome.users += 1
            else:
                outcome.refused.append(f"user {change.user.id}: unreadable verifier")
        elif isinstance(change, wire.CannedResponseChange):
            _apply_canned(session, change.canned_response)
            outcome.canned_responses += 1
        elif isinstance(change, wire.TaskChange):
            row = _task_change(session, change.task, now, local_states.get(change.task.id), cipher,
                               change.task.id in lost)
            if row == "renewed":
                outcome.renewed_tasks += 1
            elif isinstance(row, dict):
                new_rows.append(row)
            else:
                outcome.refused.append(f"task {change.task.id}: {row}")
        else:
            if _lose_lease(session, change.task_id, change.lease_no, now):
                outcome.lost_leases += 1
    if new_rows:
        session.execute(insert(Task), new_rows)
        outcome.new_tasks = len(new_rows)
    return outcome


def _secrets_changing(session: Session) -> set[str]:
    """People whose PIN was changed or reset here and not yet sent: their local verifier wins for now."""
    bodies = session.scalars(select(OutboxItem.body_json).where(
        OutboxItem.status == "pending", OutboxItem.topic.in_(SECRET_TOPICS)))
    return {str(json.loads(body).get("user_id")) for body in bodies}


def _apply_user(session: Session, center_id: str, user: wire.UserData, now: datetime,
                changing: Collection[str] = frozenset()) -> bool:
    if not _readable_verifier(user.verifier):
        log.warning("user %s arrived with a verifier this version cannot check; not changed", user.id)
        return False
    verifier, must_change = user.verifier, user.must_change_secret
    if user.id in changing:
        local = session.get(User, user.id)
        if local is not None:  # the server has not heard of the new PIN yet: keep it
            verifier, must_change = local.verifier, local.must_change_secret
    session.merge(User(id=user.id, center_id=center_id, username=user.username, display_name=user.display_name,
                       role=user.role, verifier=verifier, language=user.language, active=user.active,
                       must_change_secret=must_change, updated_at=now))
    return True


def _readable_verifier(verifier: str) -> bool:
    try:
        parse_verifier(verifier)
    except MalformedVerifier:
        return False
    return True


def _apply_canned(session: Session, data: wire.CannedResponseData) -> None:
    statement = sqlite_insert(CannedResponseRow).values(
        kind=data.kind, code=data.code, language=data.language, category=data.category, title=data.title,
        body=data.body)
    session.execute(statement.on_conflict_do_update(
        index_elements=["kind", "code", "language"],
        set_={"title": statement.excluded.title, "body": statement.excluded.body,
              "category": statement.excluded.category}))


def _task_change(session: Session, task: wire.TaskData, now: datetime, local_state: str | None,
                 cipher: sealing.FieldCipher, payload_lost: bool) -> dict[str, object] | str:
    """A new task's row; "renewed" for one already here (its lease is updated, and a lost payload replaced)."""
    if local_state is not None:
        values: dict[str, object] = {"lease_no": task.lease_no, "lease_expires_at": task.lease_expires_at}
        if payload_lost:
            values["payload_json"] = cipher.seal_text(sealing.PAYLOAD, task.id,
                                                      json_text(task.payload))
        if local_state == TaskState.EXPIRED.value:
            values["state"] = TaskState.AVAILABLE.value  # leased to this PC again
        session.execute(update(Task).where(Task.id == task.id).values(**values))
        return "renewed"
    row = task_row(IncomingTask(id=task.id, kind=task.kind, payload=task.payload, external_id=task.external_id,
                                priority=task.priority, due_at=task.due_at, required_skill=task.required_skill),
                   now, lease_no=task.lease_no, lease_expires_at=task.lease_expires_at)
    if isinstance(row, list):
        return ", ".join(f"{error.field} {error.code}" for error in row)
    row["payload_json"] = cipher.seal_text(sealing.PAYLOAD, task.id, str(row["payload_json"]))
    return row


def json_text(payload: object) -> str:
    import json

    return json.dumps(dict(payload), ensure_ascii=False)  # type: ignore[call-overload]


def _lose_lease(session: Session, task_id: str, lease_no: int, now: datetime) -> bool:
    """The lease went to another PC: drop the task if nobody here started on it; keep it otherwise."""
    result = session.execute(update(Task).where(Task.id == task_id, Task.lease_no <= lease_no,
                                                Task.state == TaskState.AVAILABLE.value)
                             .values(state=TaskState.EXPIRED.value, updated_at=now))
    return bool(result.rowcount)  # type: ignore[attr-defined]
