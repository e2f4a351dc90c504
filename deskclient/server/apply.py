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
from deskclient.domain.roles import TASK_ROLES, Role
from deskclient.protocol import wire
from deskclient.server import apply_people as people
from deskclient.server import unseal
from deskclient.server.apply_people import Rejected
from deskclient.server.feed import lock_center, next_seq
from deskclient.server.models import (
    AppliedItem,
    AuditEvent,
    Center,
    Device,
    Event,
    LeaseLoss,
    Result,
    Task,
    TaskLease,
    User,
)

RESULT_TOPICS = {"result.submitted": "submitted", "result.escalated": "escalated"}
EVENT_TOPICS = frozenset({"task.skipped", "session.started", "session.ended", "outage.recorded"})
_ANYONE = frozenset(Role)
#: Who may be the author (the item's ``user_id``) of each topic. Every other topic is refused.
TOPIC_ROLES: dict[str, frozenset[str]] = {
    "result.submitted": TASK_ROLES, "result.escalated": TASK_ROLES, "task.skipped": TASK_ROLES,
    "session.started": _ANYONE, "session.ended": _ANYONE, "outage.recorded": _ANYONE,
    people.AUDIT_TOPIC: _ANYONE, people.SECRET_CHANGED_TOPIC: _ANYONE, people.PREFERENCES_TOPIC: _ANYONE,
    people.SECRET_RESET_TOPIC: frozenset({Role.SUPERVISOR, Role.CENTER_ADMIN}),
}
#: Facts a PC reports on its own, with no person logged in (an outage, the PC's enrollment).
WITHOUT_PERSON = frozenset({"outage.recorded", people.AUDIT_TOPIC})
#: What a person switched off at the center may no longer do. Everything else is kept: the PC let
#: them in while they were active, and work done offline before it learned otherwise must not be lost.
ONLY_WHILE_ACTIVE = frozenset({people.SECRET_CHANGED_TOPIC, people.SECRET_RESET_TOPIC, people.PREFERENCES_TOPIC})


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
    ordered = sorted(unseal.open_items(session, items), key=lambda i: i.seq)  # sealed bodies opened first
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
    audit_kept: set[str] = field(default_factory=set)

    def next_seq(self, session: Session, center_id: str) -> int:
        """The center's next change sequence; its row is locked once per batch."""
        if self.center is None:
            self.center = lock_center(session, center_id)
        return next_seq(self.center)


def _prefetch(session: Session, device: Device, items: list[wire.PushItem]) -> _Prefetched:
    ids = [item.id for item in items]
    task_ids = sorted({str(item.body.get("task_id")) for item in items if item.body.get("task_id")})
    user_ids = sorted({item.user_id for item in items if item.user_id})
    known = _Prefetched(applied={}, leased_here=set())
    audit_ids = [item.id for item in items if item.topic == people.AUDIT_TOPIC]
    for start in range(0, len(audit_ids), 500):
        known.audit_kept.update(session.scalars(select(AuditEvent.id).where(
            AuditEvent.id.in_(audit_ids[start:start + 500]))))
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
    if unseal.UNREADABLE in item.body:
        raise Rejected(unseal.REASON)
    if item.topic not in TOPIC_ROLES:
        raise Rejected("unknown_topic")
    user = _user_of(session, device, item)
    topic = item.topic
    if topic in RESULT_TOPICS:
        _apply_result(session, device, user, item, now, known)
    elif topic in EVENT_TOPICS:
        if topic == "task.skipped":
            _leased_task(session, device, str(item.body.get("task_id") or ""), known)
        session.add(Event(id=item.id, device_id=device.id, user_id=user.id if user else None, topic=topic,
                          body=item.body, client_time=item.created_at, received_at=now))
    elif topic == people.AUDIT_TOPIC:
        people.apply_audit_event(session, device, user, item, now, already_there=item.id in known.audit_kept)
        known.audit_kept.add(item.id)
    else:
        assert user is not None  # every people topic has an author (WITHOUT_PERSON)
        seq = lambda: known.next_seq(session, device.center_id)  # noqa: E731
        if topic == people.SECRET_CHANGED_TOPIC:
            people.apply_secret_changed(user, item, now, seq)
        elif topic == people.SECRET_RESET_TOPIC:
            people.apply_secret_reset(session, user, item, now, seq)
        else:
            people.apply_preferences(user, item, now, seq)


def _user_of(session: Session, device: Device, item: wire.PushItem) -> User | None:
    """The item's author: an active person of the device's center with a role allowed for the topic."""
    body = item.body
    if "device_id" in body and body["device_id"] != device.id:
        raise Rejected("device_mismatch")
    if item.user_id is None:
        if item.topic not in WITHOUT_PERSON:
            raise Rejected("user_missing")
        if body.get("user_id") is not None:
            raise Rejected("user_mismatch")
        return None
    user = session.get(User, item.user_id)
    if user is None or user.center_id != device.center_id:
        raise Rejected("user_not_in_center")
    if not user.active and item.topic in ONLY_WHILE_ACTIVE:
        raise Rejected("user_inactive")
    if user.role not in TOPIC_ROLES[item.topic]:
        raise Rejected("role_not_allowed")
    # The body names the same person (a reset names its target, and its author in "by").
    if item.topic != people.SECRET_RESET_TOPIC and "user_id" in body and body["user_id"] != user.id:
        raise Rejected("user_mismatch")
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
    assert user is not None  # _user_of: a person with a task role
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
    if started.tzinfo is None or finished.tzinfo is None or handle_ms > wire.MAX_SEQ:
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
            session.add(LeaseLoss(device_id=holder, task_id=task.id, lease_no=task.lease_no,
                                  change_seq=known.next_seq(session, task.center_id)))
        task.official_result_id = item.id
        task.status = "done"
        task.done_at = now
