"""PINs: chosen at first login, reset on site by a supervisor, offline; each change queued for the server."""

from __future__ import annotations

import json

import pytest

from deskclient.domain.audit import AUDIT_TOPIC
from deskclient.domain.credentials import check_secret, generate_pin, is_trivial_pin, secret_policy_problem
from deskclient.domain.problems import (
    AUTH_INACTIVE_USER,
    AUTH_LOCKED,
    AUTH_ROLE_NOT_ALLOWED,
    AUTH_SECRET_CHANGE_REQUIRED,
    AUTH_UNKNOWN_USER,
    SECRET_MISMATCH,
    SECRET_PASSWORD_TOO_SHORT,
    SECRET_PIN_TOO_SHORT,
    SECRET_PIN_TOO_SIMPLE,
    SECRET_RESET_NOT_ALLOWED,
    SECRET_UNCHANGED,
    Problem,
)
from deskclient.services.auth import SECRET_CHANGED_TOPIC, SECRET_RESET_TOPIC, AuthService
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IntakeService
from deskclient.services.work import WorkService
from deskclient.store.models import User
from tests.factories import CENTER_ID, PIN, FakeClock, add_person, add_tickets
from tests.services.rows import outbox

NEW_PIN = "739251"


def must_change(context: ServiceContext, user_id: str) -> None:
    with context.database.write() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.must_change_secret = True


def stored(context: ServiceContext, user_id: str) -> tuple[str, bool]:
    with context.database.read() as session:
        user = session.get(User, user_id)
        assert user is not None
        return user.verifier, user.must_change_secret


def problem_of(call: object, *args: object) -> Problem:
    with pytest.raises(Problem) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def audit_rows(context: ServiceContext, action: str) -> list[tuple[str | None, str | None, dict[str, object]]]:
    return [(body["user_id"], body["subject"], body["detail"]) for _id, _topic, body in outbox(context, AUDIT_TOPIC)
            if body["action"] == action]


@pytest.mark.parametrize(("secret", "problem"), [
    ("121212", "pin_too_simple"), ("123123", "pin_too_simple"), ("4545454", "pin_too_simple"),
    ("890123", "pin_too_simple"), ("210987", "pin_too_simple"), ("000000", "pin_too_simple"),
    ("12345", "pin_too_short"), ("739251", None), ("112233", None), ("aaaaaaaa", "password_too_short"),
    ("abababab", "password_too_short"), ("river stone 7", None),
])
def test_the_policy_refuses_trivial_pins(secret: str, problem: str | None) -> None:
    assert secret_policy_problem(secret) == problem


def test_generated_pins_pass_the_policy_and_differ() -> None:
    pins = {generate_pin() for _ in range(200)}
    assert len(pins) > 190
    assert all(len(pin) == 6 and pin.isdigit() and secret_policy_problem(pin) is None for pin in pins)
    assert not any(is_trivial_pin(pin) for pin in pins)
    assert len(generate_pin(8)) == 8
    with pytest.raises(ValueError):
        generate_pin(4)


def test_a_new_account_logs_in_with_the_flag_and_may_do_nothing_else(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    must_change(context, user_id)
    add_tickets(context, 1)
    user = AuthService(context).login(user_id, PIN)
    assert user.must_change_secret
    assert problem_of(WorkService(context).next_task, user).code == AUTH_SECRET_CHANGE_REQUIRED
    [(who, _subject, detail)] = audit_rows(context, "login")
    assert who == user_id and detail == {"must_change_secret": True}


def test_choosing_the_new_pin(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    must_change(context, user_id)
    auth = AuthService(context)
    user = auth.login(user_id, PIN)
    clock.advance(minutes=1)
    updated = auth.change_own_secret(user, NEW_PIN, NEW_PIN)
    assert not updated.must_change_secret and updated.session_id == user.session_id
    verifier, flag = stored(context, user_id)
    assert check_secret(NEW_PIN, verifier) and not check_secret(PIN, verifier) and not flag
    [(_id, _topic, body)] = outbox(context, SECRET_CHANGED_TOPIC)
    assert body == {"user_id": user_id, "verifier": verifier, "changed_at": clock.now.isoformat()}
    [(who, subject, detail)] = audit_rows(context, "secret_changed")
    assert (who, subject, detail) == (user_id, user_id, {"required": True})
    # Work is open now, with the new PIN on this PC, offline.
    add_tickets(context, 1)
    assert WorkService(context).next_task(updated).task_id
    assert auth.login(user_id, NEW_PIN).must_change_secret is False
    assert problem_of(auth.login, user_id, PIN).code != AUTH_LOCKED  # the old PIN is simply wrong now


@pytest.mark.parametrize(("new", "again", "code"), [
    (NEW_PIN, "739252", SECRET_MISMATCH), ("12345", "12345", SECRET_PIN_TOO_SHORT),
    ("123456", "123456", SECRET_PIN_TOO_SIMPLE), ("abc", "abc", SECRET_PASSWORD_TOO_SHORT),
    (PIN, PIN, SECRET_UNCHANGED),
])
def test_a_refused_new_pin_changes_nothing(context: ServiceContext, new: str, again: str, code: str) -> None:
    user_id = add_person(context, "Amina Yusuf")
    must_change(context, user_id)
    auth = AuthService(context)
    user = auth.login(user_id, PIN)
    before = stored(context, user_id)
    assert problem_of(auth.change_own_secret, user, new, again).code == code
    assert stored(context, user_id) == before
    assert outbox(context, SECRET_CHANGED_TOPIC) == []


def test_a_supervisor_resets_a_workers_pin_offline(context: ServiceContext, clock: FakeClock) -> None:
    worker = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(3):  # she forgot it, and is locked out now
        problem_of(auth.login, worker, "000999")
    grace = auth.login(add_person(context, "Grace Wanjiru", role="supervisor"), PIN)
    assert [card.id for card in auth.resettable_people(grace)] == [worker]
    one_time = auth.reset_secret(grace, worker)
    assert secret_policy_problem(one_time) is None
    verifier, flag = stored(context, worker)
    assert check_secret(one_time, verifier) and flag
    [(_id, _topic, body)] = outbox(context, SECRET_RESET_TOPIC)
    assert body == {"user_id": worker, "verifier": verifier, "by": grace.id, "reset_at": clock.now.isoformat()}
    [(who, subject, detail)] = audit_rows(context, "secret_reset")
    assert (who, subject, detail) == (grace.id, worker, {"role": "worker"})
    # The lock from her wrong PINs is lifted; she logs in with the one-time PIN and must choose her own.
    amina = auth.login(worker, one_time)
    assert amina.must_change_secret
    assert not auth.change_own_secret(amina, NEW_PIN, NEW_PIN).must_change_secret


def test_a_typed_one_time_pin_must_pass_the_policy(context: ServiceContext) -> None:
    worker = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    grace = auth.login(add_person(context, "Grace Wanjiru", role="supervisor"), PIN)
    assert problem_of(auth.reset_secret, grace, worker, "111111").code == SECRET_PIN_TOO_SIMPLE
    assert auth.reset_secret(grace, worker, "590417") == "590417"
    assert check_secret("590417", stored(context, worker)[0])


def test_who_may_reset_whom(context: ServiceContext) -> None:
    auth = AuthService(context)
    people = {role: add_person(context, f"A {role}", role=role)
              for role in ("worker", "supervisor", "trainer", "center_admin")}
    other_supervisor = add_person(context, "Other Supervisor", role="supervisor")
    supervisor = auth.login(people["supervisor"], PIN)
    admin = auth.login(people["center_admin"], PIN)
    for target in (people["supervisor"], other_supervisor, people["trainer"], people["center_admin"]):
        assert problem_of(auth.reset_secret, supervisor, target).code == SECRET_RESET_NOT_ALLOWED
    assert problem_of(auth.reset_secret, admin, people["center_admin"]).code == SECRET_RESET_NOT_ALLOWED
    assert {card.id for card in auth.resettable_people(admin)} == {
        people["worker"], people["supervisor"], people["trainer"], other_supervisor}
    auth.reset_secret(admin, other_supervisor)
    assert problem_of(auth.reset_secret, supervisor, "user-nobody").code == AUTH_UNKNOWN_USER
    worker = auth.login(people["worker"], PIN)
    assert problem_of(auth.reset_secret, worker, people["trainer"]).code == AUTH_ROLE_NOT_ALLOWED
    assert problem_of(auth.resettable_people, worker).code == AUTH_ROLE_NOT_ALLOWED


def test_people_of_another_center_or_switched_off_are_not_offered(context: ServiceContext) -> None:
    intake = IntakeService(context)
    intake.add_center("center-other", "Other Center")
    stranger = "user-stranger"
    verifier = stored(context, add_person(context, "Amina Yusuf"))[0]
    intake.upsert_user(user_id=stranger, center_id="center-other", username="stranger", display_name="Stranger",
                       role="worker", verifier=verifier)
    intake.upsert_user(user_id="user-gone", center_id=CENTER_ID, username="gone", display_name="Gone",
                       role="worker", verifier=verifier, active=False)
    auth = AuthService(context)
    grace = auth.login(add_person(context, "Grace Wanjiru", role="supervisor"), PIN)
    assert [card.display_name for card in auth.resettable_people(grace)] == ["Amina Yusuf"]
    assert problem_of(auth.reset_secret, grace, stranger).code == SECRET_RESET_NOT_ALLOWED
    assert problem_of(auth.reset_secret, grace, "user-gone").code == AUTH_INACTIVE_USER


def test_no_pin_or_verifier_in_the_audit_log(context: ServiceContext) -> None:
    worker = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    grace = auth.login(add_person(context, "Grace Wanjiru", role="supervisor"), PIN)
    one_time = auth.reset_secret(grace, worker)
    amina = auth.login(worker, one_time)
    auth.change_own_secret(amina, NEW_PIN, NEW_PIN)
    with context.database.read() as session:
        from sqlalchemy import text

        details = [row[0] for row in session.execute(text("SELECT detail_json FROM audit_log"))]
    everything = json.dumps([*details, *(body for _i, _t, body in outbox(context, AUDIT_TOPIC))])
    for secret in (PIN, one_time, NEW_PIN, "scrypt$"):
        assert secret not in everything
