"""Pushed items about people: audit entries, PIN changes and resets, language choices.

Called by ``apply.py`` once the item's author is known to be an active person of the device's
center with a role allowed for the topic; each function raises ``Rejected`` before it writes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from deskclient.domain.credentials import MalformedVerifier, may_reset_secret, parse_verifier
from deskclient.protocol import wire
from deskclient.server.models import AuditEvent, Device, User

AUDIT_TOPIC = "audit.event"
SECRET_CHANGED_TOPIC = "user.secret_changed"
SECRET_RESET_TOPIC = "user.secret_reset"
PREFERENCES_TOPIC = "user.preferences"
PEOPLE_TOPICS = frozenset({AUDIT_TOPIC, SECRET_CHANGED_TOPIC, SECRET_RESET_TOPIC, PREFERENCES_TOPIC})

_ACTION = re.compile(r"^[a-z][a-z_]{0,31}$")
#: An audit entry's detail is a few small facts, never a document.
MAX_DETAIL_CHARS = 4000


class Rejected(Exception):
    """The item is not acceptable; ``reason`` is a short code the PC shows under "needs attention"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def aware_time(value: Any) -> datetime:
    """An ISO time with its zone, or ``Rejected("bad_times")``."""
    try:
        moment = datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise Rejected("bad_times") from None
    if moment.tzinfo is None:
        raise Rejected("bad_times")
    return moment


def apply_audit_event(session: Session, device: Device, user: User | None, item: wire.PushItem, now: datetime,
                      already_there: bool) -> None:
    """Keep a PC's audit entry (source "device"); the same entry twice is kept once."""
    body = item.body
    if body.get("id") != item.id:
        raise Rejected("audit_id_mismatch")
    action, subject, detail = body.get("action"), body.get("subject"), body.get("detail")
    if not isinstance(action, str) or not _ACTION.match(action):
        raise Rejected("bad_audit_entry")
    if subject is not None and (not isinstance(subject, str) or len(subject) > 64):
        raise Rejected("bad_audit_entry")
    if not isinstance(detail, dict) or len(json.dumps(detail, default=str)) > MAX_DETAIL_CHARS:
        raise Rejected("bad_audit_entry")
    at = aware_time(body.get("at"))
    if already_there:
        return
    session.add(AuditEvent(id=item.id, center_id=device.center_id, device_id=device.id,
                           user_id=user.id if user else None, source="device", action=action, subject=subject,
                           detail=detail, at=at, received_at=now))


def _verifier(body: dict[str, Any]) -> str:
    verifier = body.get("verifier")
    if not isinstance(verifier, str) or len(verifier) > 255:
        raise Rejected("bad_verifier")
    try:
        parse_verifier(verifier)
    except MalformedVerifier:
        raise Rejected("bad_verifier") from None
    return verifier


def apply_secret_changed(user: User, item: wire.PushItem, now: datetime, next_seq: Callable[[], int]) -> None:
    """A person chose their own PIN on a PC (only they may): every PC of the center learns it."""
    verifier = _verifier(item.body)
    user.verifier, user.must_change_secret = verifier, False
    user.updated_at, user.change_seq = now, next_seq()


def apply_secret_reset(session: Session, actor: User, item: wire.PushItem, now: datetime,
                       next_seq: Callable[[], int]) -> None:
    """A supervisor (or the center admin) gave someone of their center a one-time PIN."""
    body = item.body
    if body.get("by") != actor.id:
        raise Rejected("user_mismatch")
    target = session.get(User, str(body.get("user_id") or ""))
    if target is None or target.center_id != actor.center_id:
        raise Rejected("user_not_in_center")
    if target.id == actor.id or not may_reset_secret(actor.role, target.role):
        raise Rejected("reset_not_allowed")
    verifier = _verifier(body)
    target.verifier, target.must_change_secret = verifier, True
    target.updated_at, target.change_seq = now, next_seq()


def apply_preferences(user: User, item: wire.PushItem, now: datetime, next_seq: Callable[[], int]) -> None:
    """A person chose the language they work in (only they may)."""
    language = item.body.get("language")
    if language is not None and (not isinstance(language, str) or not 1 <= len(language) <= 16):
        raise Rejected("bad_language")
    if user.language != language:
        user.language = language
        user.updated_at, user.change_seq = now, next_seq()
