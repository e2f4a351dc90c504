"""Enrollment of a PC with a one-time code, and checking its token on every request."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

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
            _audit_enrollment(session, existing, now, again=True)
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
        _audit_enrollment(session, device, now, again=False)
        return device, center, secret


def _audit_enrollment(session: Session, device: Device, now: datetime, again: bool) -> None:
    from deskclient.domain.audit import AuditAction
    from deskclient.server import audit

    detail: dict[str, object] = {"name": device.name}
    if again:
        detail["again_after_lost_reply"] = True
    audit.record(session, AuditAction.ENROLLMENT, source="server", at=now, received_at=now,
                 center_id=device.center_id, device_id=device.id, subject=device.id, detail=detail)


class DeviceRevoked(Exception):
    """The token is right, but the device was revoked: it must stop, and its unsent work be exported."""


def authenticate(database: ServerDatabase, authorization: str | None) -> Device | None:
    """The device behind ``Authorization: Bearer <id>.<secret>``, or None.

    Raises ``DeviceRevoked`` only for a right secret: a wrong one learns nothing about the device.
    """
    if not authorization or authorization[:7].lower() != "bearer ":
        return None
    device_id, _, secret = authorization[len("Bearer "):].strip().partition(".")
    if not device_id or not secret:
        return None
    with database.read() as session:
        device = session.get(Device, device_id)
        if device is None or not hmac.compare_digest(device.secret_hash, digest(secret)):
            return None
        if device.revoked_at is not None:
            raise DeviceRevoked(device_id)
        session.expunge(device)
        return device


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    center_id: str
    center_name: str
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    last_applied_seq: int
    revoked_at: datetime | None


def list_devices(database: ServerDatabase, center_id: str | None = None) -> list[DeviceInfo]:
    """Every enrolled device (of one center), by center then enrollment."""
    with database.read() as session:
        query = select(Device, Center.name).join(Center, Center.id == Device.center_id)
        if center_id is not None:
            query = query.where(Device.center_id == center_id)
        rows = session.execute(query.order_by(Center.name, Device.enrolled_at, Device.id)).all()
        return [DeviceInfo(id=d.id, center_id=d.center_id, center_name=name, name=d.name, enrolled_at=d.enrolled_at,
                           last_seen_at=d.last_seen_at, last_applied_seq=d.last_applied_seq, revoked_at=d.revoked_at)
                for d, name in rows]


class UnknownDevice(Exception):
    pass


def revoke(database: ServerDatabase, device_id: str, now: datetime, reason: str | None = None) -> DeviceInfo:
    """Revoke ``device_id`` at once (every request checks): audited as an admin act. Idempotent."""
    from deskclient.domain.audit import AuditAction
    from deskclient.server import audit

    with database.transaction() as session:
        device = session.scalar(select(Device).where(Device.id == device_id).with_for_update())
        if device is None:
            raise UnknownDevice(device_id)
        if device.revoked_at is None:
            device.revoked_at = now
            audit.record(session, AuditAction.DEVICE_REVOKED, source="admin", at=now, received_at=now,
                         center_id=device.center_id, device_id=device.id, subject=device.id,
                         detail={"reason": reason} if reason else {})
        center = session.get(Center, device.center_id)
        assert center is not None
        return DeviceInfo(id=device.id, center_id=device.center_id, center_name=center.name, name=device.name,
                          enrolled_at=device.enrolled_at, last_seen_at=device.last_seen_at,
                          last_applied_seq=device.last_applied_seq, revoked_at=device.revoked_at)
