"""Writing to the outbox: always inside the caller's transaction, beside the change it reports."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskclient.store.models import OutboxItem


def enqueue(session: Session, topic: str, body: Mapping[str, Any], *, user_id: str | None,
            now: datetime, item_id: str | None = None) -> OutboxItem:
    """Add an outbox row in ``session``'s transaction (so it commits with the change, or not at all)."""
    item = OutboxItem(
        id=item_id or str(uuid.uuid4()),
        topic=topic,
        user_id=user_id,
        body_json=json.dumps(body, ensure_ascii=False, sort_keys=True, default=str),
        created_at=now,
        status="pending",
        attempts=0,
    )
    session.add(item)
    return item


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.status == "pending")) or 0
