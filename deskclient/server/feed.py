"""Pull: lease new tasks to a device and send it what changed since its cursor, one page at a time.

Every change a center's PCs must learn gets the next value of that center's ``change_seq``, taken
under a lock on the center's row: changes of one center commit in sequence order, so a cursor never
skips a change that commits late. The same lock makes leasing safe with many server processes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from deskclient.protocol import wire
from deskclient.server.models import CannedResponse, Center, Device, LeaseLoss, Task, TaskLease, User


def lock_center(session: Session, center_id: str) -> Center:
    center = session.scalar(select(Center).where(Center.id == center_id).with_for_update())
    if center is None:
        raise LookupError(center_id)
    return center


def next_seq(center: Center) -> int:
    center.change_seq += 1
    return center.change_seq


def renew_and_lease(session: Session, center: Center, device: Device, want: int, now: datetime,
                    hold: int | None = None) -> datetime | None:
    """Renew the device's leases, then lease more within its budget; once per sync (first page).

    Returns a time every lease the device holds lasts at least until (renewals are not feed
    changes: the reply says it once instead of resending each task), or None on later pages.
    """
    if hold is None and want <= 0:
        return None
    lease = timedelta(hours=center.lease_hours)
    # Only leases past half their time are renewed: a PC syncing every few minutes rewrites nothing.
    session.execute(update(Task).where(Task.lease_device_id == device.id, Task.status == "leased",
                                       Task.lease_expires_at > now, Task.lease_expires_at < now + lease / 2)
                    .values(lease_expires_at=now + lease))
    held = session.scalar(select(func.count()).select_from(Task).where(
        Task.lease_device_id == device.id, Task.status == "leased", Task.lease_expires_at > now)) or 0
    room = max(0, min(hold, center.device_budget) - held) if hold is not None \
        else max(0, min(want, center.device_budget - held))
    if room:
        _lease(session, center, device, room, now, now + lease)
    return now + lease / 2


def _lease(session: Session, center: Center, device: Device, room: int, now: datetime, expires: datetime) -> None:
    """Lease the ``room`` most urgent free tasks (open, or leased elsewhere and expired) to ``device``."""
    order = (Task.priority_rank.desc(), Task.due_key, Task.seq)
    columns = (Task.id, Task.status, Task.lease_device_id, Task.lease_no, Task.priority_rank, Task.due_key, Task.seq)
    open_rows = session.execute(select(*columns).where(Task.center_id == center.id, Task.status == "open")
                                .order_by(*order).limit(room).with_for_update(skip_locked=True)).all()
    expired_rows = session.execute(select(*columns).where(Task.center_id == center.id, Task.status == "leased",
                                                          Task.lease_expires_at <= now)
                                   .order_by(*order).limit(room).with_for_update(skip_locked=True)).all()
    chosen = sorted((*open_rows, *expired_rows), key=lambda row: (-row.priority_rank, row.due_key, row.seq))[:room]
    updates, leases, losses = [], [], []
    for row in chosen:
        if row.status == "leased" and row.lease_device_id and row.lease_device_id != device.id:
            losses.append({"device_id": row.lease_device_id, "task_id": row.id, "lease_no": row.lease_no,
                           "change_seq": next_seq(center)})
        updates.append({"id": row.id, "status": "leased", "lease_device_id": device.id,
                        "lease_no": row.lease_no + 1, "lease_expires_at": expires, "change_seq": next_seq(center)})
        leases.append({"task_id": row.id, "lease_no": row.lease_no + 1, "device_id": device.id, "leased_at": now})
    if updates:
        session.execute(update(Task), updates)  # bulk UPDATE by primary key
        session.execute(insert(TaskLease), leases)
    if losses:
        session.execute(insert(LeaseLoss), losses)


def read_page(session: Session, center: Center, device: Device, cursor: int,
              limit: int) -> tuple[list[wire.Change], int, bool]:
    """Changes after ``cursor`` in sequence order: (changes, new cursor, more to come)."""
    users = session.scalars(select(User).where(User.center_id == center.id, User.change_seq > cursor)
                            .order_by(User.change_seq).limit(limit)).all()
    canned = session.scalars(select(CannedResponse).where(CannedResponse.center_id == center.id,
                                                          CannedResponse.change_seq > cursor)
                             .order_by(CannedResponse.change_seq).limit(limit)).all()
    tasks = session.scalars(select(Task).where(Task.lease_device_id == device.id, Task.status == "leased",
                                               Task.change_seq > cursor)
                            .order_by(Task.change_seq).limit(limit)).all()
    losses = session.scalars(select(LeaseLoss).where(LeaseLoss.device_id == device.id, LeaseLoss.change_seq > cursor)
                             .order_by(LeaseLoss.change_seq).limit(limit)).all()
    changes: list[wire.Change] = [
        *(wire.UserChange(seq=u.change_seq, user=wire.UserData(
            id=u.id, username=u.username, display_name=u.display_name, role=u.role,  # type: ignore[arg-type]
            verifier=u.verifier, language=u.language, active=u.active, must_change_secret=u.must_change_secret))
          for u in users),
        *(wire.CannedResponseChange(seq=c.change_seq, canned_response=wire.CannedResponseData(
            kind=c.kind, code=c.code, language=c.language, category=c.category, title=c.title, body=c.body))
          for c in canned),
        *(wire.TaskChange(seq=t.change_seq, task=task_data(t)) for t in tasks),
        *(wire.LeaseLostChange(seq=loss.change_seq, task_id=loss.task_id, lease_no=loss.lease_no) for loss in losses),
    ]
    changes.sort(key=lambda change: change.seq)
    full = any(len(rows) == limit for rows in (users, canned, tasks, losses))
    page = changes[:limit]
    more = full or len(changes) > limit
    new_cursor = page[-1].seq if page else cursor
    if not more:
        new_cursor = max(new_cursor, center.change_seq)  # nothing more for this device up to here
    return page, new_cursor, more


def task_data(task: Task) -> wire.TaskData:
    assert task.lease_expires_at is not None
    return wire.TaskData(id=task.id, kind=task.kind, external_id=task.external_id, payload=task.payload,
                         priority=task.priority,  # type: ignore[arg-type]
                         due_at=task.due_at, required_skill=task.required_skill, lease_no=task.lease_no,
                         lease_expires_at=task.lease_expires_at)
