"""Appending to the PC's audit log, with its outbox row, inside the caller's transaction."""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from deskclient.domain.audit import AUDIT_TOPIC, AuditAction
from deskclient.store.clock import to_text
from deskclient.store.outbox import enqueue, enqueue_raw

log = logging.getLogger(__name__)
_INSERT = ("INSERT INTO audit_log (id, at, device_id, user_id, action, subject, detail_json) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)")


def _entry(action: AuditAction, *, device_id: str, user_id: str | None, subject: str | None,
           detail: Mapping[str, Any] | None, now: datetime) -> tuple[str, dict[str, Any]]:
    entry_id = str(uuid.uuid4())
    body = {"id": entry_id, "at": now.isoformat(), "device_id": device_id, "user_id": user_id,
            "action": action.value, "subject": subject, "detail": dict(detail or {})}
    return entry_id, body


def record(session: Session, action: AuditAction, *, device_id: str, user_id: str | None, now: datetime,
           subject: str | None = None, detail: Mapping[str, Any] | None = None) -> str:
    """Append one entry and queue it for the server; commits (or not) with the caller's change."""
    entry_id, body = _entry(action, device_id=device_id, user_id=user_id, subject=subject, detail=detail, now=now)
    session.connection().exec_driver_sql(_INSERT, (entry_id, to_text(now), device_id, user_id, action.value,
                                                   subject, json.dumps(body["detail"], sort_keys=True)))
    enqueue(session, AUDIT_TOPIC, body, user_id=user_id, now=now, item_id=entry_id)
    _log(action, user_id, subject)
    return entry_id


def record_raw(connection: sqlite3.Connection, action: AuditAction, *, device_id: str, user_id: str | None,
               now: datetime, subject: str | None = None, detail: Mapping[str, Any] | None = None) -> str:
    """``record`` for the hot paths on the plain connection (``Database.raw_write``)."""
    entry_id, body = _entry(action, device_id=device_id, user_id=user_id, subject=subject, detail=detail, now=now)
    connection.execute(_INSERT, (entry_id, to_text(now), device_id, user_id, action.value, subject,
                                 json.dumps(body["detail"], sort_keys=True)))
    enqueue_raw(connection, AUDIT_TOPIC, body, user_id=user_id, now=now, item_id=entry_id)
    _log(action, user_id, subject)
    return entry_id


def _log(action: AuditAction, user_id: str | None, subject: str | None) -> None:
    """The same act in the log file, for support: ids only (details may be personal; never logged)."""
    log.info("%s: user %s, subject %s", action.value, user_id or "-", subject or "-")
