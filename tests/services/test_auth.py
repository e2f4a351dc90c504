"""Offline login on a shared PC: sessions, wrong PINs, lockout, logout."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskclient.domain.problems import (
    AUTH_INACTIVE_USER,
    AUTH_LOCKED,
    AUTH_UNKNOWN_USER,
    AUTH_WRONG_SECRET,
    Problem,
)
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IntakeService
from deskclient.store.models import LoginThrottle, OutboxItem, User, WorkSession
from tests.factories import CENTER_ID, PIN, FakeClock, add_person
from tests.services.rows import count, outbox

WRONG = "000000"


def fail(auth: AuthService, user_id: str, secret: str = WRONG) -> Problem:
    with pytest.raises(Problem) as caught:
        auth.login(user_id, secret)
    return caught.value


def test_login_opens_a_work_session_and_tells_the_server(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    user = AuthService(context).login(user_id, PIN)
    assert (user.id, user.display_name, user.role) == (user_id, "Amina Yusuf", "worker")
    with context.database.read() as session:
        work_session = session.get(WorkSession, user.session_id)
        assert work_session is not None
        assert (work_session.user_id, work_session.device_id) == (user_id, context.device_id)
        assert work_session.started_at == clock.now == work_session.last_seen_at
        assert work_session.ended_at is None
    [(_, topic, body)] = outbox(context, "session.started")
    assert topic == "session.started"
    assert body["session_id"] == user.session_id and body["user_id"] == user_id
    assert body["device_id"] == context.device_id


def test_each_login_is_a_new_session(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    first, second = auth.login(user_id, PIN), auth.login(user_id, PIN)
    assert first.session_id != second.session_id
    assert count(context, WorkSession) == 2


def test_wrong_pin_counts_down_then_locks(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    first, second = fail(auth, user_id), fail(auth, user_id)
    assert (first.code, dict(first.params)) == (AUTH_WRONG_SECRET, {"attempts_left": 2})
    assert (second.code, dict(second.params)) == (AUTH_WRONG_SECRET, {"attempts_left": 1})
    third = fail(auth, user_id)
    assert third.code == AUTH_LOCKED
    assert third.params["seconds"] == 30
    assert count(context, WorkSession) == 0
    # Only the audit log's entries (three failures, one lockout) wait to be sent: no session.
    assert count(context, OutboxItem, OutboxItem.topic != "audit.event") == 0


def test_locked_account_refuses_even_the_right_pin_until_the_lock_expires(context: ServiceContext,
                                                                          clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(3):
        fail(auth, user_id)
    clock.advance(seconds=10)
    locked = fail(auth, user_id, PIN)
    assert (locked.code, locked.params["seconds"]) == (AUTH_LOCKED, 20)
    clock.advance(seconds=19)
    assert fail(auth, user_id, PIN).params["seconds"] == 1
    clock.advance(seconds=1)
    user = auth.login(user_id, PIN)
    assert user.id == user_id


def test_lock_grows_with_further_failures(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(2):
        fail(auth, user_id)
    waits = []
    for _ in range(4):
        problem = fail(auth, user_id)
        assert problem.code == AUTH_LOCKED
        waits.append(problem.params["seconds"])
        clock.advance(seconds=problem.params["seconds"])
    assert waits == [30, 60, 120, 240]
    with context.database.read() as session:
        throttle = session.get(LoginThrottle, user_id)
        assert throttle is not None and throttle.failures == 6


def test_attempts_while_locked_do_not_extend_the_lock(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(3):
        fail(auth, user_id)
    for _ in range(5):
        fail(auth, user_id)
    clock.advance(seconds=30)
    assert auth.login(user_id, PIN).id == user_id


def test_success_resets_the_failures(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    fail(auth, user_id)
    fail(auth, user_id)
    auth.login(user_id, PIN)
    assert fail(auth, user_id).params == {"attempts_left": 2}
    with context.database.read() as session:
        throttle = session.get(LoginThrottle, user_id)
        assert throttle is not None and throttle.failures == 1 and throttle.locked_until is None


def test_failures_are_per_person(context: ServiceContext) -> None:
    amina, priya = add_person(context, "Amina Yusuf"), add_person(context, "Priya Das")
    auth = AuthService(context)
    for _ in range(3):
        fail(auth, amina)
    assert auth.login(priya, PIN).id == priya


def test_unknown_user(context: ServiceContext) -> None:
    problem = fail(AuthService(context), "user-nobody", PIN)
    assert problem.code == AUTH_UNKNOWN_USER
    assert count(context, LoginThrottle) == 0


def test_inactive_user_is_refused_even_with_the_right_pin(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    with context.database.read() as session:
        user = session.get(User, user_id)
        assert user is not None
        verifier = user.verifier
    IntakeService(context).upsert_user(user_id=user_id, center_id=CENTER_ID, username="amina yusuf",
                                       display_name="Amina Yusuf", role="worker", verifier=verifier, active=False)
    assert fail(AuthService(context), user_id, PIN).code == AUTH_INACTIVE_USER
    assert count(context, WorkSession) == 0


def test_malformed_verifier_is_a_wrong_pin_not_a_crash(context: ServiceContext) -> None:
    IntakeService(context).upsert_user(user_id="u1", center_id=CENTER_ID, username="u1", display_name="U",
                                       role="worker", verifier="md5$abc")
    assert fail(AuthService(context), "u1", PIN).code == AUTH_WRONG_SECRET


def test_verifier_with_unusable_parameters_is_a_wrong_pin_not_a_crash(context: ServiceContext) -> None:
    IntakeService(context).upsert_user(user_id="u1", center_id=CENTER_ID, username="u1", display_name="U",
                                       role="worker", verifier="scrypt$n=15,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                                                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    assert fail(AuthService(context), "u1", PIN).code == AUTH_WRONG_SECRET


def test_logout_ends_the_session_once(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    user = auth.login(user_id, PIN)
    clock.advance(minutes=42)
    auth.logout(user, "auto_lock")
    ended_at = clock.now
    clock.advance(minutes=5)
    auth.logout(user, "logout")  # a second logout changes nothing
    with context.database.read() as session:
        work_session = session.get(WorkSession, user.session_id)
        assert work_session is not None
        assert work_session.ended_at == ended_at == work_session.last_seen_at
        assert work_session.end_reason == "auto_lock"
    ended = outbox(context, "session.ended")
    assert len(ended) == 1
    assert ended[0][2]["reason"] == "auto_lock" and ended[0][2]["session_id"] == user.session_id


def test_touch_moves_last_seen(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    user = auth.login(user_id, PIN)
    clock.advance(minutes=3)
    auth.touch(user)
    with context.database.read() as session:
        work_session = session.get(WorkSession, user.session_id)
        assert work_session is not None
        assert work_session.last_seen_at - work_session.started_at == timedelta(minutes=3)
        assert work_session.ended_at is None


def test_clock_going_back_never_locks_longer_than_the_longest_lock(context: ServiceContext,
                                                                    clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(3):
        fail(auth, user_id)
    clock.advance(days=-400)  # the clock came back after a power cut set to an old date
    problem = fail(auth, user_id, PIN)
    assert problem.code == AUTH_LOCKED
    assert problem.params["seconds"] <= auth.policy.max_delay.total_seconds()
