"""Logging in and out on a shared PC, offline."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import update

from deskclient.domain.credentials import MalformedVerifier, check_secret
from deskclient.domain.lockout import DEFAULT_LOCKOUT, LockoutPolicy
from deskclient.domain.problems import (
    AUTH_INACTIVE_USER,
    AUTH_LOCKED,
    AUTH_UNKNOWN_USER,
    AUTH_WRONG_SECRET,
    Problem,
)
from deskclient.domain.views import LoggedInUser
from deskclient.services.context import ServiceContext
from deskclient.store.models import LoginThrottle, User, WorkSession
from deskclient.store.outbox import enqueue


class AuthService:
    """Checks PINs against stored verifiers and keeps each person's work session."""

    def __init__(self, context: ServiceContext, policy: LockoutPolicy = DEFAULT_LOCKOUT) -> None:
        self.context = context
        self.policy = policy

    def login(self, user_id: str, secret: str) -> LoggedInUser:
        """Open a work session for ``user_id``, or raise a Problem saying why not."""
        now = self.context.now()
        with self.context.database.read() as session:
            user = session.get(User, user_id)
            if user is None:
                raise Problem(AUTH_UNKNOWN_USER)
            if not user.active:
                raise Problem(AUTH_INACTIVE_USER)
            throttle = session.get(LoginThrottle, user_id)
            if throttle and throttle.locked_until and throttle.locked_until > now:
                # Capped: a PC clock that jumped back must not turn a short lock into a long one.
                until = min(throttle.locked_until, now + self.policy.max_delay)
                raise Problem(AUTH_LOCKED, seconds=_seconds_until(until, now))
            verifier, display_name, role, language = user.verifier, user.display_name, user.role, user.language
        # The slow hash runs outside any transaction: it must not hold the database.
        try:
            matches = check_secret(secret, verifier)
        except MalformedVerifier:
            matches = False
        if not matches:
            self._record_failure(user_id, now)
        return self._open_session(user_id, display_name, role, language, now)

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
        if locked_until is not None:
            raise Problem(AUTH_LOCKED, seconds=_seconds_until(locked_until, now), failures=failures)
        raise Problem(AUTH_WRONG_SECRET, attempts_left=self.policy.free_attempts - failures)

    def _open_session(self, user_id: str, display_name: str, role: str, language: str | None,
                      now: datetime) -> LoggedInUser:
        session_id = str(uuid.uuid4())
        with self.context.database.write() as session:
            session.execute(update(LoginThrottle).where(LoginThrottle.user_id == user_id)
                            .values(failures=0, locked_until=None))
            session.add(WorkSession(id=session_id, user_id=user_id, device_id=self.context.device_id,
                                    started_at=now, last_seen_at=now))
            enqueue(session, "session.started", {"session_id": session_id, "user_id": user_id,
                                                 "device_id": self.context.device_id, "at": now.isoformat()},
                    user_id=user_id, now=now)
        return LoggedInUser(id=user_id, display_name=display_name, role=role, session_id=session_id,
                            language=language)

    def touch(self, user: LoggedInUser) -> None:
        """Note that the person is still here (a crash leaves the last heartbeat as the end)."""
        with self.context.database.write() as session:
            session.execute(update(WorkSession).where(WorkSession.id == user.session_id)
                            .values(last_seen_at=self.context.now()))

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


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, int((moment - now).total_seconds() + 0.999))
