"""Writing to the outbox: always inside the caller's transaction, beside the change it reports.

Bodies of topics that carry a customer's data or free text (``result.*``, ``task.skipped``) are
sealed (``deskclient.store.sealing``): pass the data folder's ``cipher`` for them. Other topics
(sessions, outages, audit entries) hold no personal data and stay plain JSON.
"""

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
from deskclient.store.sealing import FieldCipher, sealed_topic


def outbox_row(topic: str, body: Mapping[str, Any], *, user_id: str | None, now: datetime,
               item_id: str | None = None, cipher: FieldCipher | None = None) -> dict[str, Any]:
    """The columns of a new, pending outbox row."""
    row_id = item_id or str(uuid.uuid4())
    if cipher is not None:
        body_json = cipher.outbox_json(topic, row_id, body)
    elif sealed_topic(topic):
        raise ValueError(f"an outbox body of {topic!r} must be sealed: pass the data folder's cipher")
    else:
        body_json = json.dumps(body, ensure_ascii=False, sort_keys=True, default=str)
    return {"id": row_id, "topic": topic, "user_id": user_id, "body_json": body_json,
            "created_at": now, "status": "pending", "attempts": 0}


def enqueue(session: Session, topic: str, body: Mapping[str, Any], *, user_id: str | None,
            now: datetime, item_id: str | None = None, cipher: FieldCipher | None = None) -> OutboxItem:
    """Add an outbox row in ``session``'s transaction (so it commits with the change, or not at all)."""
    item = OutboxItem(**outbox_row(topic, body, user_id=user_id, now=now, item_id=item_id, cipher=cipher))
    session.add(item)
    return item


_INSERT_RAW = ("INSERT INTO outbox (id, topic, user_id, body_json, created_at, status, attempts) "
               "VALUES (:id, :topic, :user_id, :body_json, :created_at, :status, :attempts)")


def enqueue_raw(connection: sqlite3.Connection, topic: str, body: Mapping[str, Any], *, user_id: str | None,
                now: datetime, item_id: str | None = None, cipher: FieldCipher | None = None) -> str:
    """``enqueue`` for the hot paths that run on the plain connection (see ``Database.raw_write``)."""
    row = outbox_row(topic, body, user_id=user_id, now=now, item_id=item_id, cipher=cipher)
    connection.execute(_INSERT_RAW, dict(row, created_at=to_text(now)))
    return str(row["id"])
