"""Push: apply each item of a PC's outbox exactly once, and say per item what happened.

The client's UUID is the key: the same id with the same content is a no-op ("duplicate"), with
other content a conflict, never an overwrite. An item that cannot be applied is answered
"rejected" with a reason and does not block the items after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskclient.domain.kinds import find_kind
from deskclient.domain.roles import TASK_ROLES
from deskclient.protocol import wire
from deskclient.server.feed import lock_center, next_seq
from deskclient.server.models import AppliedItem, Center, Device, Event, LeaseLoss, Result, Task, TaskLease, User

RESULT_TOPICS = {"result.submitted": "submitted", "result.escalated": "escalated"}
EVENT_TOPICS = frozenset({"task.skipped", "session.started", "session.ended", "outage.recorded"})


class Rejected(Exception):
    """The item is not acceptable; ``reason`` is a short code the PC shows under "needs attention"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def body_hash(item: wire.PushItem) -> str:
    canonical = json.dumps({"topic": item.topic, "user_id": item.user_id, "body": item.body},
                           sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class PushOutcome:
    answers: list[wire.ItemAnswer]
    last_applied_seq: int


def apply_push(session: Session, device_id: str, items: list[wire.PushItem], now: datetime) -> PushOutcome:
    """Apply ``items`` in the caller's transaction.

    Every refusal is decided before anything is written, so the batch is applied with one flush
    at the end. Only when that flush meets a unique index (the same item or another official
    result committed meanwhile by a concurrent request) is the batch redone item by item, each in
    a savepoint of its own, so one conflict never costs the others.
    """
    device = session.scalar(select(Device).where(Device.id == device_id).with_for_update())
    assert device is not None
    ordered = sorted(items, key=lambda i: i.seq)
    batch = session.begin_nested()
    try:
        known = _prefetch(session, device, ordered)
        answers = [_apply_one(session, device, item, now, known) for item in ordered]
        session.flush()
        batch.commit()
    except IntegrityError:
        batch.rollback()
        session.expire_all()
        known = _prefetch(session, device, ordered)
        answers = [_apply_one_alone(session, device, item, now, known) for item in ordered]
    for item in ordered:
        device.last_applied_seq = max(device.last_applied_seq, item.seq)
    device.last_seen_at = now
    return PushOutcome(answers=answers, last_applied_seq=device.last_applied_seq)


@dataclass
class _Prefetched:
    """What a batch needs, read in a few queries instead of a few per item.

    The rows are kept referenced, so the session's identity map serves the lookups.
    """

    applied: dict[str, AppliedItem]
    leased_here: set[str]
    rows: list[object] = field(default_factory=list)
    center: Center | None = None


def _prefetch(session: Session, device: Device, items: list[wire.PushItem]) -> _Prefetched:
    ids = [item.id for item in items]
    task_ids = sorted({str(item.body.get("task_id")) for item in items if item.body.get("task_id")})
    user_ids = sorted({item.user_id for item in items if item.user_id})
    known = _Prefetched(applied={}, leased_here=set())
    for start in range(0, max(len(ids), len(task_ids), len(user_ids)), 500):
        chunk_ids, chunk_tasks, chunk_users = ids[start:start + 500], task_ids[start:start + 500], \
            user_ids[start:start + 500]
        if chunk_ids:
            known.applied.update({row.id: row for row in session.scalars(
                select(AppliedItem).where(AppliedItem.id.in_(chunk_ids)))})
        if chunk_tasks:
            # Loaded (and on PostgreSQL locked) now: later lookups come from the identity map.
            known.rows.extend(session.scalars(select(Task).where(Task.id.in_(chunk_tasks)).with_for_update()))
            known.leased_here.update(session.scalars(select(TaskLease.task_id).where(
                TaskLease.task_id.in_(chunk_tasks), TaskLease.device_id == device.id)))
        if chunk_users:
            known.rows.extend(session.scalars(select(User).where(User.id.in_(chunk_users))))
    return known


def _apply_one(session: Session, device: Device, item: wire.PushItem, now: datetime,
               known: _Prefetched) -> wire.ItemAnswer:
    """Decide and stage one item (no flush): refusals are raised before anything is added."""
    digest = body_hash(item)
    previous = known.applied.get(item.id)
    if previous is not None:
        return _repeat_answer(previous, item, digest, device)
    status, reason = wire.ItemStatus.APPLIED, None
    try:
        _apply_body(session, device, item, now, known)
    except Rejected as rejected:
        status, reason = wire.ItemStatus.REJECTED, rejected.reason
    row = AppliedItem(id=item.id, device_id=device.id, seq=item.seq, topic=item.topic, body_hash=digest,
                      status=status.value, reason=reason, received_at=now)
    session.add(row)
    known.applied[item.id] = row
    return wire.ItemAnswer(id=item.id, status=status, reason=reason)


def _apply_one_alone(session: Session, device: Device, item: wire.PushItem, now: datetime,
                     known: _Prefetched) -> wire.ItemAnswer:
    """The slow path: one item in its own savepoint, after the batch met a concurrent conflict."""
    savepoint = session.begin_nested()
    try:
        answer = _apply_one(session, device, item, now, known)
        session.flush()
    except IntegrityError:
        savepoint.rollback()
        session.expire_all()
        known.applied.pop(item.id, None)
        again = session.get(AppliedItem, item.id)
        if again is not None:
            return _repeat_answer(again, item, body_hash(item), device)
        row = AppliedItem(id=item.id, device_id=device.id, seq=item.seq, topic=item.topic,
                          body_hash=body_hash(item), status=wire.ItemStatus.REJECTED.value,
                          reason="conflicting_state", received_at=now)
        session.add(row)
        session.flush()
        return wire.ItemAnswer(id=item.id, status=wire.ItemStatus.REJECTED, reason="conflicting_state")
    savepoint.commit()
    return answer


def _repeat_answer(known: AppliedItem, item: wire.PushItem, digest: str, device: Device) -> wire.ItemAnswer:
    if known.device_id != device.id or known.body_hash != digest:
        return wire.ItemAnswer(id=item.id, status=wire.ItemStatus.CONFLICT, reason="same_id_other_content")
    if known.status == wire.ItemStatus.REJECTED.value:
        return wire.ItemAnswer(id=item.id, status=wire.ItemStatus.REJECTED, reason=known.reason)
    return wire.ItemAnswer(id=item.id, status=wire.ItemStatus.DUPLICATE)


def _apply_body(session: Session, device: Device, item: wire.PushItem, now: datetime, known: _Prefetched) -> None:
    user = _user_of(session, device, item)
    if item.topic in RESULT_TOPICS:
        _apply_result(session, device, user, item, now, known)
    elif item.topic in EVENT_TOPICS:
        if item.topic == "task.skipped":
            _leased_task(session, device, str(item.body.get("task_id") or ""), known)
        session.add(Event(id=item.id, device_id=device.id, user_id=user.id if user else None, topic=item.topic,
                          body=item.body, client_time=item.created_at, received_at=now))
    else:
        raise Rejected("unknown_topic")


def _user_of(session: Session, device: Device, item: wire.PushItem) -> User | None:
    if item.user_id is None:
        if item.topic in RESULT_TOPICS or item.topic == "task.skipped":
            raise Rejected("user_missing")
        return None
    user = session.get(User, item.user_id)
    if user is None or user.center_id != device.center_id:
        raise Rejected("user_not_in_center")
    return user


def _leased_task(session: Session, device: Device, task_id: str, known: _Prefetched) -> Task:
    task = session.get(Task, task_id)  # loaded and locked by _prefetch
    if task is None or task.center_id != device.center_id:
        raise Rejected("task_unknown")
    if task_id not in known.leased_here:
        raise Rejected("task_not_leased")
    return task


def _apply_result(session: Session, device: Device, user: User | None, item: wire.PushItem, now: datetime,
                  known: _Prefetched) -> None:
    assert user is not None
    if user.role not in TASK_ROLES:
        raise Rejected("role_not_allowed")
    body = item.body
    if body.get("result_id") != item.id:
        raise Rejected("result_id_mismatch")
    task = _leased_task(session, device, str(body.get("task_id") or ""), known)
    kind = find_kind(task.kind)
    values: dict[str, Any] = body.get("values") if isinstance(body.get("values"), dict) else {}  # type: ignore[assignment]
    if kind is not None:
        errors = kind.validate_result(values, escalating=item.topic == "result.escalated")
        if errors:
            raise Rejected("invalid_result:" + ",".join(sorted({e.field for e in errors})))
    try:
        started = datetime.fromisoformat(str(body["started_at"]))
        finished = datetime.fromisoformat(str(body["finished_at"]))
        handle_ms = max(0, int(body.get("handle_ms") or 0))
    except (KeyError, ValueError, TypeError):
        raise Rejected("bad_times") from None
    if started.tzinfo is None or finished.tzinfo is None:
        raise Rejected("bad_times")
    official = task.official_result_id is None
    late = not (task.lease_device_id == device.id and task.lease_expires_at is not None
                and task.lease_expires_at > now)
    session.add(Result(id=item.id, task_id=task.id, center_id=task.center_id, device_id=device.id, user_id=user.id,
                       outcome=RESULT_TOPICS[item.topic], values=values, handle_ms=handle_ms, started_at=started,
                       finished_at=finished, received_at=now, official=official, late=late))
    if official:
        holder = task.lease_device_id
        if holder and task.status == "leased":
            # The task is closed: its holder hears so in the feed (a lease_lost change), so nobody
            # there redoes it; also this PC itself, should it be restored from an older backup.
            if known.center is None:
                known.center = lock_center(session, task.center_id)  # once per batch
            session.add(LeaseLoss(device_id=holder, task_id=task.id, lease_no=task.lease_no,
                                  change_seq=next_seq(known.center)))
        task.official_result_id = item.id
        task.status = "done"
        task.done_at = now
