"""A worker's tasks: take the next one, keep a draft, submit, escalate or skip it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskclient.domain.audit import AuditAction
from deskclient.domain.kinds import KNOWN_KINDS, find_kind
from deskclient.domain.problems import (
    DISK_FULL,
    REASON_REQUIRED,
    RESULT_INVALID,
    TASK_NONE_AVAILABLE,
    TASK_NOT_FOUND,
    TASK_NOT_YOURS,
    TASK_TOO_MANY_DRAFTS,
    TASK_UNKNOWN_KIND,
    TASK_UNREADABLE,
    Problem,
)
from deskclient.domain.roles import TASK_ROLES
from deskclient.domain.task_states import TaskAction, TaskState, next_state
from deskclient.domain.tasks import MAX_DRAFTS_PER_WORKER, PRIORITY_BY_RANK, SkipReason
from deskclient.domain.views import CannedResponse, LoggedInUser, WorkItem
from deskclient.services.context import ServiceContext
from deskclient.services.housekeeping import CRITICAL_DISK_BYTES
from deskclient.services.permissions import allowed_roles
from deskclient.store import audit, health, sealing, task_queue
from deskclient.store.clock import from_text, to_text
from deskclient.store.models import CannedResponseRow, Draft, Task, TaskSkip
from deskclient.store.outbox import enqueue, enqueue_raw

log = logging.getLogger(__name__)


class WorkService:
    """The worker's side of the queue."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    @allowed_roles(*TASK_ROLES)
    def next_task(self, user: LoggedInUser) -> WorkItem:
        """Claim the next task for ``user`` (never one another worker of this PC holds)."""
        now = self.context.now()
        if health.free_bytes(self.context.folder.root) < CRITICAL_DISK_BYTES:
            # Handing out work that cannot be saved would cost the worker their effort.
            raise Problem(DISK_FULL)
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.raw_write() as connection:
            if task_queue.held_count(connection, user.id) >= MAX_DRAFTS_PER_WORKER:
                raise Problem(TASK_TOO_MANY_DRAFTS, limit=MAX_DRAFTS_PER_WORKER)
            # Until training exists (a later issue) everyone holds every skill.
            row = task_queue.claim_next(connection, user.id, KNOWN_KINDS.keys(), now)
            if row is not None:
                audit.record_raw(connection, AuditAction.TASK_VIEWED, device_id=self.context.device_id,
                                 user_id=user.id, now=now, subject=row[0], detail={"how": "claim", "kind": row[1]})
        if row is None:
            raise Problem(TASK_NONE_AVAILABLE)
        task_id, kind, payload_json, rank, due_at = row
        return WorkItem(task_id=task_id, kind=kind, payload=_payload(cipher, task_id, payload_json),
                        priority=PRIORITY_BY_RANK.get(rank, "normal"), due_at=from_text(due_at) if due_at else None,
                        state=TaskState.IN_PROGRESS.value, draft={}, draft_active_ms=0)

    @allowed_roles(*TASK_ROLES)
    def open_task(self, user: LoggedInUser, task_id: str) -> WorkItem:
        """Resume a task ``user`` holds: a draft, or work a reviewer returned to them for rework."""
        now = self.context.now()
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.write() as session:
            task = session.scalar(select(Task).where(Task.id == task_id))
            if task is not None and task.state == TaskState.RETURNED.value and task.holder_user_id == user.id:
                task.state = next_state(task.state, TaskAction.CLAIM).value
                task.claimed_at = now
                task.updated_at = now
                if session.get(Draft, task_id) is None:
                    session.add(Draft(task_id=task_id, user_id=user.id, values_json="{}", active_ms=0,
                                      started_at=now, updated_at=now))
                session.flush()
            held = _held_task(session, task_id, user)
            audit.record(session, AuditAction.TASK_VIEWED, device_id=self.context.device_id, user_id=user.id,
                         now=now, subject=task_id, detail={"how": "open", "kind": held.kind})
            return _work_item(session, task_id, cipher)

    @allowed_roles(*TASK_ROLES)
    def save_draft(self, user: LoggedInUser, task_id: str, values: Mapping[str, Any], active_ms: int) -> None:
        """Keep the worker's unfinished answer and time; called every few seconds by autosave."""
        now = self.context.now()
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.write() as session:
            _held_task(session, task_id, user)
            draft = session.get(Draft, task_id)
            if draft is None:
                draft = Draft(task_id=task_id, user_id=user.id, started_at=now)
                session.add(draft)
            draft.values_json = cipher.seal_json(sealing.DRAFT, task_id, values)
            draft.active_ms = max(0, int(active_ms))
            draft.updated_at = now

    @allowed_roles(*TASK_ROLES)
    def submit(self, user: LoggedInUser, task_id: str, values: Mapping[str, Any], active_ms: int) -> str:
        """Finish the task; the result and its outbox row are committed together. Returns the result id."""
        return self._finish(user, task_id, dict(values, escalated=False), active_ms, TaskAction.SUBMIT)

    @allowed_roles(*TASK_ROLES)
    def escalate(self, user: LoggedInUser, task_id: str, values: Mapping[str, Any], active_ms: int) -> str:
        """Pass the task to the next tier with an internal note saying why."""
        if not str(values.get("internal_note") or "").strip():
            raise Problem(REASON_REQUIRED, field="internal_note")
        return self._finish(user, task_id, dict(values, escalated=True), active_ms, TaskAction.ESCALATE)

    def _finish(self, user: LoggedInUser, task_id: str, values: dict[str, Any], active_ms: int,
                action: TaskAction) -> str:
        now = self.context.now()
        result_id = str(uuid.uuid4())
        values = {key: value for key, value in values.items() if value not in (None, "")}
        handle_ms = max(0, int(active_ms))
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.raw_write() as connection:
            found = task_queue.held_task(connection, task_id)
            if found is None:
                raise Problem(TASK_NOT_FOUND, task_id=task_id)
            kind_code, state, holder, claimed_at, draft_started_at = found
            if holder != user.id or state != TaskState.IN_PROGRESS.value:
                raise Problem(TASK_NOT_YOURS, task_id=task_id)
            kind = find_kind(kind_code)
            if kind is None:
                raise Problem(TASK_UNKNOWN_KIND, kind=kind_code)
            errors = kind.validate_result(values, escalating=action is TaskAction.ESCALATE)
            if errors:
                raise Problem(RESULT_INVALID, errors=tuple(errors))
            new_state = next_state(state, action).value
            started_text = draft_started_at or claimed_at or to_text(now)
            values_json = cipher.seal_json(sealing.RESULT, result_id, values)
            task_queue.finish(connection, task_id=task_id, user_id=user.id, new_state=new_state, now=now, result=(
                result_id, task_id, user.id, self.context.device_id, user.session_id, new_state, values_json,
                handle_ms, started_text, to_text(now)))
            enqueue_raw(connection, f"result.{new_state}", {
                "result_id": result_id, "task_id": task_id, "kind": kind_code, "kind_version": kind.version,
                "user_id": user.id, "device_id": self.context.device_id, "session_id": user.session_id,
                "values": values, "handle_ms": handle_ms, "started_at": from_text(started_text).isoformat(),
                "finished_at": now.isoformat(),
            }, user_id=user.id, now=now, item_id=result_id, cipher=cipher)
            audit.record_raw(connection, _FINISH_AUDIT[action], device_id=self.context.device_id, user_id=user.id,
                             now=now, subject=task_id, detail={"kind": kind_code, "result_id": result_id})
        return result_id

    @allowed_roles(*TASK_ROLES)
    def skip(self, user: LoggedInUser, task_id: str, reason: str, note: str, active_ms: int) -> None:
        """Hand the task back for someone else; this worker is not offered it again."""
        reason_code = SkipReason(reason)
        if reason_code is SkipReason.OTHER and not note.strip():
            raise Problem(REASON_REQUIRED, field="note")
        now = self.context.now()
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.write() as session:
            task = _held_task(session, task_id, user)
            task.state = next_state(task.state, TaskAction.SKIP).value
            task.holder_user_id = None
            task.claimed_at = None
            task.updated_at = now
            draft = session.get(Draft, task_id)
            if draft is not None:
                session.delete(draft)
            skip_id = str(uuid.uuid4())
            session.add(TaskSkip(id=skip_id, task_id=task_id, user_id=user.id, reason=reason_code.value,
                                 note=_sealed_note(cipher, skip_id, note.strip()),
                                 handle_ms=max(0, int(active_ms)), at=now))
            enqueue(session, "task.skipped", {
                "skip_id": skip_id, "task_id": task_id, "user_id": user.id, "reason": reason_code.value,
                "note": note.strip(), "handle_ms": max(0, int(active_ms)), "at": now.isoformat(),
            }, user_id=user.id, now=now, item_id=skip_id, cipher=cipher)
            # The reason code only: the note is free text and may hold a customer's details.
            audit.record(session, AuditAction.TASK_SKIPPED, device_id=self.context.device_id, user_id=user.id,
                         now=now, subject=task_id, detail={"reason": reason_code.value})

    @allowed_roles(*TASK_ROLES)
    def canned_responses(self, user: LoggedInUser, kind: str, language: str = "en") -> list[CannedResponse]:
        """Reply templates for ``kind``, in ``language`` when there are some, else English."""
        with self.context.database.read() as session:
            rows = session.scalars(select(CannedResponseRow).where(
                CannedResponseRow.kind == kind, CannedResponseRow.language.in_({language, "en"}))
                .order_by(CannedResponseRow.title)).all()
        preferred = {row.code: row for row in rows if row.language == "en"}
        preferred.update({row.code: row for row in rows if row.language == language})
        return sorted((CannedResponse(code=row.code, title=row.title, body=row.body, category=row.category)
                       for row in preferred.values()), key=lambda response: response.title.lower())


_FINISH_AUDIT = {TaskAction.SUBMIT: AuditAction.TASK_SUBMITTED, TaskAction.ESCALATE: AuditAction.TASK_ESCALATED}


def _held_task(session: Session, task_id: str, user: LoggedInUser) -> Task:
    task = session.scalar(select(Task).where(Task.id == task_id))
    if task is None:
        raise Problem(TASK_NOT_FOUND, task_id=task_id)
    if task.holder_user_id != user.id or task.state != TaskState.IN_PROGRESS.value:
        raise Problem(TASK_NOT_YOURS, task_id=task_id)
    return task


def _work_item(session: Session, task_id: str, cipher: sealing.FieldCipher) -> WorkItem:
    task = session.scalar(select(Task).where(Task.id == task_id))
    if task is None:
        raise Problem(TASK_NOT_FOUND, task_id=task_id)
    draft = session.get(Draft, task_id)
    values: dict[str, Any] = {}
    if draft is not None:
        try:
            values = cipher.open_json(sealing.DRAFT, task_id, draft.values_json)
        except sealing.Unreadable:  # damaged, or written under a key this PC lost: start again
            log.warning("draft of %s could not be read; the worker starts from an empty form", task_id)
    return WorkItem(
        task_id=task.id, kind=task.kind, payload=_payload(cipher, task.id, task.payload_json),
        priority=PRIORITY_BY_RANK.get(task.priority_rank, "normal"), due_at=task.due_at, state=task.state,
        draft=values, draft_active_ms=draft.active_ms if draft else 0,
    )


def _sealed_note(cipher: sealing.FieldCipher, skip_id: str, note: str) -> str:
    return cipher.seal_text(sealing.SKIP_NOTE, skip_id, note) if note else ""


def _payload(cipher: sealing.FieldCipher, task_id: str, stored: str) -> dict[str, Any]:
    """The task's payload, or ``task.unreadable`` (its key was lost: the next sync brings it back)."""
    try:
        return cipher.open_json(sealing.PAYLOAD, task_id, stored)
    except sealing.Unreadable:
        log.warning("payload of task %s cannot be read on this PC (lost key or damage)", task_id)
        raise Problem(TASK_UNREADABLE, task_id=task_id) from None
