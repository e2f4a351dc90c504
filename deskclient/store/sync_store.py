"""What sync reads and writes locally: its state row, and the outbox's life after sending."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from deskclient.domain.task_states import TaskState
from deskclient.store.models import OutboxItem, SyncState, Task

PENDING, ACKED, REJECTED = "pending", "acked", "rejected"


def state(session: Session) -> SyncState:
    """The one sync-state row (created empty on first use)."""
    row = session.get(SyncState, 1)
    if row is None:
        row = SyncState(id=1, cursor=0, server_applied_seq=0)
        session.add(row)
        session.flush()
    return row


def pending_items(session: Session, limit: int) -> list[OutboxItem]:
    """The oldest pending outbox rows, in sequence order (the order they happened)."""
    return list(session.scalars(select(OutboxItem).where(OutboxItem.status == PENDING)
                                .order_by(OutboxItem.seq).limit(limit)))


def mark_acked(session: Session, ids: Iterable[str], now: datetime) -> None:
    session.execute(update(OutboxItem).where(OutboxItem.id.in_(list(ids)))
                    .values(status=ACKED, acked_at=now, last_error=None))


def mark_rejected(session: Session, item_id: str, reason: str, now: datetime) -> None:
    """Set aside for a person to look at; it no longer blocks the items behind it."""
    session.execute(update(OutboxItem).where(OutboxItem.id == item_id)
                    .values(status=REJECTED, acked_at=now, last_error=reason[:500]))


def note_attempt(session: Session, ids: Iterable[str]) -> None:
    session.execute(update(OutboxItem).where(OutboxItem.id.in_(list(ids)))
                    .values(attempts=OutboxItem.attempts + 1))


def highest_acked_seq(session: Session) -> int:
    return session.scalar(select(func.max(OutboxItem.seq)).where(OutboxItem.status != PENDING)) or 0


def requeue_after(session: Session, server_applied_seq: int) -> int:
    """The server lost items it had acknowledged (restored from a backup): send them again."""
    result = session.execute(update(OutboxItem).where(OutboxItem.status == ACKED,
                                                      OutboxItem.seq > server_applied_seq)
                             .values(status=PENDING, acked_at=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def continue_above(session: Session, server_applied_seq: int) -> None:
    """After this PC was restored from a backup: new outbox rows must number above what the server saw."""
    current = session.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")).scalar()
    if current is None:
        session.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', :seq)"),
                        {"seq": server_applied_seq})
    elif current < server_applied_seq:
        session.execute(text("UPDATE sqlite_sequence SET seq = :seq WHERE name = 'outbox'"),
                        {"seq": server_applied_seq})


def set_aside_waiting_tasks(session: Session, now: datetime) -> int:
    """Mark every waiting (unclaimed) task expired; a pull that delivers it again brings it back."""
    result = session.execute(update(Task).where(Task.state == TaskState.AVAILABLE.value)
                             .values(state=TaskState.EXPIRED.value, updated_at=now))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def purge_acked(session: Session, before: datetime) -> int:
    """Drop acknowledged rows past the retention period (kept that long for a server restore)."""
    result = session.execute(delete(OutboxItem).where(OutboxItem.status == ACKED, OutboxItem.acked_at < before))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def counts(session: Session) -> tuple[int, int]:
    """(items waiting to be sent, items needing attention)."""
    rows = dict(session.execute(select(OutboxItem.status, func.count()).group_by(OutboxItem.status)).all())
    return int(rows.get(PENDING, 0)), int(rows.get(REJECTED, 0))


def rejected_items(session: Session) -> list[OutboxItem]:
    return list(session.scalars(select(OutboxItem).where(OutboxItem.status == REJECTED).order_by(OutboxItem.seq)))
