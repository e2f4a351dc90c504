"""Enrollment of a PC with a one-time code, and checking its token on every request."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select

from deskclient.server.db import ServerDatabase
from deskclient.server.models import Center, Device, EnrollmentCode

CODE_VALID_FOR = timedelta(days=7)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrollment_code(database: ServerDatabase, center_id: str, now: datetime) -> str:
    """A one-time code to enroll one PC of ``center_id`` (shown once; only its hash is stored)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone line
    code = "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))
    with database.transaction() as session:
        session.add(EnrollmentCode(center_id=center_id, code_hash=digest(code.upper()), created_at=now,
                                   expires_at=now + CODE_VALID_FOR))
    return code


class EnrollmentRefused(Exception):
    pass


def enroll(database: ServerDatabase, code: str, device_id: str, name: str, now: datetime) -> tuple[Device, Center, str]:
    """Spend ``code`` on a new device; returns the device, its center and its secret (shown once)."""
    secret = secrets.token_urlsafe(32)
    with database.transaction() as session:
        row = session.scalar(select(EnrollmentCode).where(EnrollmentCode.code_hash == digest(code.strip().upper()))
                             .with_for_update())
        existing = session.get(Device, device_id)
        if row is not None and row.used_by_device == device_id and existing is not None \
                and existing.last_seen_at is None and existing.revoked_at is None:
            # The same PC again with the same code, and it never synced: the reply to its first try
            # was lost. Give it a fresh secret (the old one never reached anybody who used it).
            existing.secret_hash = digest(secret)
            center = session.get(Center, row.center_id)
            assert center is not None
            return existing, center, secret
        if row is None or row.used_at is not None or row.expires_at <= now:
            raise EnrollmentRefused("invalid, used or expired code")
        if existing is not None:
            raise EnrollmentRefused("device id already enrolled")
        row.used_at = now
        row.used_by_device = device_id
        device = Device(id=device_id, center_id=row.center_id, name=name[:200], secret_hash=digest(secret),
                        enrolled_at=now, last_applied_seq=0)
        session.add(device)
        center = session.get(Center, row.center_id)
        assert center is not None
        return device, center, secret


def authenticate(database: ServerDatabase, authorization: str | None) -> Device | None:
    """The device behind ``Authorization: Bearer <id>.<secret>``, or None."""
    if not authorization or not authorization.startswith("Bearer "):
        return None
    device_id, _, secret = authorization[len("Bearer "):].strip().partition(".")
    if not device_id or not secret:
        return None
    with database.read() as session:
        device = session.get(Device, device_id)
        if device is None or device.revoked_at is not None:
            return None
        if not hmac.compare_digest(device.secret_hash, digest(secret)):
            return None
        session.expunge(device)
        return device
