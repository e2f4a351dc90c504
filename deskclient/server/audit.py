"""Appending to the server's audit log: what PCs reported, and what the server and its admins did."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskclient.domain.audit import AuditAction
from deskclient.server.db import ServerDatabase
from deskclient.server.models import AuditEvent


def record(session: Session, action: AuditAction | str, *, source: str, at: datetime, received_at: datetime,
           center_id: str | None = None, device_id: str | None = None, user_id: str | None = None,
           subject: str | None = None, detail: Mapping[str, Any] | None = None,
           event_id: str | None = None) -> AuditEvent:
    """Add one event in ``session``'s transaction. ``source``: "device", "server" or "admin"."""
    event = AuditEvent(id=event_id or str(uuid.uuid4()), center_id=center_id, device_id=device_id,
                       user_id=user_id, source=source, action=str(action), subject=subject,
                       detail=dict(detail or {}), at=at, received_at=received_at)
    session.add(event)
    return event


def read_events(database: ServerDatabase, *, center_id: str | None = None, since: datetime | None = None,
                limit: int = 1000) -> list[AuditEvent]:
    """Events (of one center, from ``since`` on), oldest first by when they happened; detached rows."""
    with database.read() as session:
        query = select(AuditEvent)
        if center_id is not None:
            query = query.where(AuditEvent.center_id == center_id)
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        events = list(session.scalars(query.order_by(AuditEvent.at, AuditEvent.id).limit(limit)))
        session.expunge_all()
        return events
