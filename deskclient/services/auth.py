"""Logging in and out on a shared PC, offline; choosing a new PIN, and a supervisor's reset of one."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from deskclient.domain.audit import AuditAction
from deskclient.domain.credentials import (
    RESETTABLE_ROLES,
    MalformedVerifier,
    check_secret,
    generate_pin,
    make_verifier,
    may_reset_secret,
)
from deskclient.domain.credentials import secret_policy_problem as policy_problem
from deskclient.domain.lockout import DEFAULT_LOCKOUT, LockoutPolicy
from deskclient.domain.problems import (
    AUTH_INACTIVE_USER,
    AUTH_LOCKED,
    AUTH_UNKNOWN_USER,
    AUTH_WRONG_SECRET,
    SECRET_MISMATCH,
    SECRET_RESET_NOT_ALLOWED,
    SECRET_UNCHANGED,
    Problem,
)
from deskclient.domain.roles import Role
from deskclient.domain.views import LoggedInUser, UserCard
from deskclient.services.context import ServiceContext
from deskclient.services.permissions import ALL_ROLES, allowed_roles, before_login
from deskclient.store import audit
from deskclient.store.models import LoginThrottle, User, WorkSession
from deskclient.store.outbox import enqueue

#: Outbox topics of a PIN change: the person's own, and a supervisor's reset (the server checks both).
SECRET_CHANGED_TOPIC = "user.secret_changed"
SECRET_RESET_TOPIC = "user.secret_reset"
SECRET_TOPICS = (SECRET_CHANGED_TOPIC, SECRET_RESET_TOPIC)



def secret_problem(secret: str) -> Problem | None:
    """The Problem for a PIN or password the policy refuses (``secret.pin_too_short``...), or None."""
    code = policy_problem(secret)
    return Problem(f"secret.{code}") if code else None


class AuthService:
    """Checks PINs against stored verifiers and keeps each person's work session."""

    def __init__(self, context: ServiceContext, policy: LockoutPolicy = DEFAULT_LOCKOUT) -> None:
        self.context = context
        self.policy = policy

    @before_login
    def login(self, user_id: str, secret: str) -> LoggedInUser:
        """Open a work session for ``user_id``, or raise a Problem saying why not."""
        now = self.context.now()
        with self.context.database.read() as session:
            user = session.get(User, user_id)
            if user is None:
                raise Problem(AUTH_UNKNOWN_USER)
            if not user.active:
                refusal = Problem(AUTH_INACTIVE_USER)
            else:
                refusal = None
                throttle = session.get(LoginThrottle, user_id)
                if throttle and throttle.locked_until and throttle.locked_until > now:
                    # Capped: a PC clock that jumped back must not turn a short lock into a long one.
                    until = min(throttle.locked_until, now + self.policy.max_delay)
                    refusal = Problem(AUTH_LOCKED, seconds=_seconds_until(until, now))
            found = LoggedInUser(id=user.id, display_name=user.display_name, role=user.role, session_id="",
                                 language=user.language, must_change_secret=user.must_change_secret)
            verifier = user.verifier
        if refusal is not None:
            self._audit(AuditAction.LOGIN_FAILED, user_id, now,
                        detail={"reason": "inactive" if refusal.code == AUTH_INACTIVE_USER else "locked"})
            raise refusal
        # The slow hash runs outside any transaction: it must not hold the database.
        if not _matches(secret, verifier):
            self._record_failure(user_id, now)
        return self._open_session(found, now)

    def _audit(self, action: AuditAction, user_id: str | None, now: datetime, subject: str | None = None,
               detail: dict[str, object] | None = None) -> None:
        with self.context.database.write() as session:
            audit.record(session, action, device_id=self.context.device_id, user_id=user_id, now=now,
                         subject=subject, detail=detail)

    def _record_failure(self, user_id: str, now: datetime) -> None:
        with self.context.database.write() as session:
            throttle = session.get(LoginThrottle, user_id)
            if throttle is None:
                throttle = LoginThrottle(user_id=user_id, failures=0)
                session.add(throttle)
            throttle.failures += 1
            throttle.last_failure_at = now
            throttle.locked_until = self.policy.locked_until(throttle.failures, now)
            failures, locked_until = throttle.failures, throttle.locked_until
            audit.record(session, AuditAction.LOGIN_FAILED, device_id=self.context.device_id, user_id=user_id,
                         now=now, detail={"reason": "wrong_secret", "failures": failures})
            if locked_until is not None:
                seconds = _seconds_until(locked_until, now)
                audit.record(session, AuditAction.LOCKOUT, device_id=self.context.device_id, user_id=user_id,
                             now=now, detail={"failures": failures, "seconds": seconds})
        if locked_until is not None:
            raise Problem(AUTH_LOCKED, seconds=seconds, failures=failures)
        raise Problem(AUTH_WRONG_SECRET, attempts_left=self.policy.free_attempts - failures)

    def _open_session(self, found: LoggedInUser, now: datetime) -> LoggedInUser:
        user = dataclasses.replace(found, session_id=str(uuid.uuid4()))
        with self.context.database.write() as session:
            session.execute(update(LoginThrottle).where(LoginThrottle.user_id == user.id)
                            .values(failures=0, locked_until=None))
            session.add(WorkSession(id=user.session_id, user_id=user.id, device_id=self.context.device_id,
                                    started_at=now, last_seen_at=now))
            enqueue(session, "session.started", {"session_id": user.session_id, "user_id": user.id,
                                                 "device_id": self.context.device_id, "at": now.isoformat()},
                    user_id=user.id, now=now)
            audit.record(session, AuditAction.LOGIN, device_id=self.context.device_id, user_id=user.id, now=now,
                         subject=user.session_id,
                         detail={"must_change_secret": True} if user.must_change_secret else None)
        return user

    @allowed_roles(*ALL_ROLES, during_secret_change=True)
    def touch(self, user: LoggedInUser) -> None:
        """Note that the person is still here (a crash leaves the last heartbeat as the end)."""
        with self.context.database.write() as session:
            session.execute(update(WorkSession).where(WorkSession.id == user.session_id)
                            .values(last_seen_at=self.context.now()))

    @allowed_roles(*ALL_ROLES, during_secret_change=True)
    def logout(self, user: LoggedInUser, reason: str) -> None:
        """Close the work session (``reason``: logout, auto_lock, switch_user, app_closed)."""
        now = self.context.now()
        with self.context.database.write() as session:
            work_session = session.get(WorkSession, user.session_id)
            if work_session is None or work_session.ended_at is not None:
                return
            work_session.ended_at = now
            work_session.last_seen_at = now
            work_session.end_reason = reason
            enqueue(session, "session.ended", {"session_id": user.session_id, "user_id": user.id,
                                               "at": now.isoformat(), "reason": reason},
                    user_id=user.id, now=now)
            audit.record(session, AuditAction.LOGOUT, device_id=self.context.device_id, user_id=user.id, now=now,
                         subject=user.session_id, detail={"reason": reason})

    # -- PINs -------------------------------------------------------------------------------------
    @allowed_roles(*ALL_ROLES, during_secret_change=True)
    def change_own_secret(self, user: LoggedInUser, new_secret: str, repeated: str) -> LoggedInUser:
        """Replace ``user``'s PIN (typed twice) on this PC and tell the server; returns the updated person.

        Works offline: the new verifier is used here at once and reaches the center's other PCs
        through the server. Refused: the two entries differ, the policy says no, or it is the PIN
        they have now (a reset's one-time PIN must not stay).
        """
        if new_secret != repeated:
            raise Problem(SECRET_MISMATCH)
        weak = secret_problem(new_secret)
        if weak is not None:
            raise weak
        with self.context.database.read() as session:
            current = session.scalar(select(User.verifier).where(User.id == user.id))
        if current is None:
            raise Problem(AUTH_UNKNOWN_USER)
        if _matches(new_secret, current):
            raise Problem(SECRET_UNCHANGED)
        verifier = make_verifier(new_secret)  # slow on purpose: outside the transaction
        now = self.context.now()
        with self.context.database.write() as session:
            row = session.get(User, user.id)
            if row is None:
                raise Problem(AUTH_UNKNOWN_USER)
            row.verifier, row.must_change_secret, row.updated_at = verifier, False, now
            enqueue(session, SECRET_CHANGED_TOPIC, {"user_id": user.id, "verifier": verifier,
                                                    "changed_at": now.isoformat()}, user_id=user.id, now=now)
            audit.record(session, AuditAction.SECRET_CHANGED, device_id=self.context.device_id, user_id=user.id,
                         now=now, subject=user.id,
                         detail={"required": True} if user.must_change_secret else None)
        return dataclasses.replace(user, must_change_secret=False)

    @allowed_roles(Role.SUPERVISOR, Role.CENTER_ADMIN)
    def resettable_people(self, user: LoggedInUser) -> list[UserCard]:
        """The active people of this center whose PIN ``user`` may reset, by name."""
        roles = sorted(RESETTABLE_ROLES[user.role])
        with self.context.database.read() as session:
            center_id = session.scalar(select(User.center_id).where(User.id == user.id))
            rows = session.execute(select(User.id, User.display_name, User.role, User.language).where(
                User.center_id == center_id, User.active.is_(True), User.role.in_(roles), User.id != user.id)
                .order_by(User.display_name, User.id)).all()
        return [UserCard(id=row.id, display_name=row.display_name, role=row.role, language=row.language)
                for row in rows]

    @allowed_roles(Role.SUPERVISOR, Role.CENTER_ADMIN)
    def reset_secret(self, user: LoggedInUser, target_id: str, new_secret: str | None = None) -> str:
        """Give ``target_id`` a one-time PIN (made here when ``new_secret`` is None); returns it, to show once.

        The person must choose their own PIN at their next login, on any PC of the center; a lock
        from wrong PINs is lifted. Works offline; the server checks the reset again when it arrives.
        """
        if new_secret is None:
            new_secret = generate_pin()
        weak = secret_problem(new_secret)
        if weak is not None:
            raise weak
        with self.context.database.read() as session:
            self._resettable(session, user, target_id)
        verifier = make_verifier(new_secret)
        now = self.context.now()
        with self.context.database.write() as session:
            target = self._resettable(session, user, target_id)
            target.verifier, target.must_change_secret, target.updated_at = verifier, True, now
            session.execute(delete(LoginThrottle).where(LoginThrottle.user_id == target_id))
            enqueue(session, SECRET_RESET_TOPIC, {"user_id": target_id, "verifier": verifier, "by": user.id,
                                                  "reset_at": now.isoformat()}, user_id=user.id, now=now)
            audit.record(session, AuditAction.SECRET_RESET, device_id=self.context.device_id, user_id=user.id,
                         now=now, subject=target_id, detail={"role": target.role})
        return new_secret

    @staticmethod
    def _resettable(session: Session, user: LoggedInUser, target_id: str) -> User:
        target = session.get(User, target_id)
        if target is None:
            raise Problem(AUTH_UNKNOWN_USER)
        caller_center = session.scalar(select(User.center_id).where(User.id == user.id))
        if target.id == user.id or target.center_id != caller_center \
                or not may_reset_secret(user.role, target.role):
            raise Problem(SECRET_RESET_NOT_ALLOWED, role=target.role)
        if not target.active:
            raise Problem(AUTH_INACTIVE_USER)
        return target


def _matches(secret: str, verifier: str) -> bool:
    try:
        return check_secret(secret, verifier)
    except MalformedVerifier:
        return False


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, int((moment - now).total_seconds() + 0.999))
