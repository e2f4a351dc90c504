"""Writing to the outbox: always inside the caller's transaction, beside the change it reports."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from deskclient.store.clock import to_text
from deskclient.store.models import OutboxItem


def outbox_row(topic: str, body: Mapping[str, Any], *, user_id: str | None, now: datetime,
               item_id: str | None = None) -> dict[str, Any]:
    """The columns of a new, pending outbox row."""
    return {
        "id": item_id or str(uuid.uuid4()), "topic": topic, "user_id": user_id,
        "body_json": json.dumps(body, ensure_ascii=False, sort_keys=True, default=str),
        "created_at": now, "status": "pending", "attempts": 0,
    }


def enqueue(session: Session, topic: str, body: Mapping[str, Any], *, user_id: str | None,
            now: datetime, item_id: str | None = None) -> OutboxItem:
    """Add an outbox row in ``session``'s transaction (so it commits with the change, or not at all)."""
    item = OutboxItem(**outbox_row(topic, body, user_id=user_id, now=now, item_id=item_id))
    session.add(item)
    return item


_INSERT_RAW = ("INSERT INTO outbox (id, topic, user_id, body_json, created_at, status, attempts) "
               "VALUES (:id, :topic, :user_id, :body_json, :created_at, :status, :attempts)")


def enqueue_raw(connection: sqlite3.Connection, topic: str, body: Mapping[str, Any], *, user_id: str | None,
                now: datetime, item_id: str | None = None) -> str:
    """``enqueue`` for the hot paths that run on the plain connection (see ``Database.raw_write``)."""
    row = outbox_row(topic, body, user_id=user_id, now=now, item_id=item_id)
    connection.execute(_INSERT_RAW, dict(row, created_at=to_text(now)))
    return str(row["id"])
