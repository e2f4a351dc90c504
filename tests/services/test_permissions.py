"""Every service operation declares who may call it, and the services layer enforces it for every role.

The operations are found by looking at the ``Services`` bundle, not listed by hand: a new service
or a new public method without a declaration fails here. Each one is then called with a person of
every role: a role it allows is never refused for its role, every other role is refused with
``auth.role_not_allowed`` before anything changes (only the refusal's audit entry is written).
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from deskclient.domain.audit import AUDIT_TOPIC, AuditAction
from deskclient.domain.problems import AUTH_ROLE_NOT_ALLOWED, AUTH_SECRET_CHANGE_REQUIRED, Problem
from deskclient.domain.roles import Role
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.services.bundle import Services
from deskclient.services.intake import IntakeService
from deskclient.services.permissions import (
    ALL_ROLES,
    Caller,
    Permission,
    allowed_roles,
    operations,
    permission_of,
    undeclared,
)
from deskclient.services.startup import prepare_database
from tests.factories import CENTER_ID, FakeClock, add_person, add_tickets

ROLES = [role.value for role in Role]


@pytest.fixture
def services(folder: DataFolder, clock: FakeClock) -> Iterator[Services]:
    assert prepare_database(folder).state == "ready"
    opened = Services.open(folder, clock=clock)
    IntakeService(opened.context).add_center(CENTER_ID, "Test Center")
    try:
        yield opened
    finally:
        opened.close()


def bundle_operations(services: Services) -> list[tuple[str, Callable[..., Any]]]:
    """("service.method", bound method) of every public operation of every service of the bundle."""
    found = []
    for bundle_field in dataclasses.fields(Services):
        if bundle_field.name == "context":
            continue
        service = getattr(services, bundle_field.name)
        found += [(f"{bundle_field.name}.{name}", method) for name, method in operations(service)]
    return found


def person(services: Services, role: str, **extra: Any) -> LoggedInUser:
    """A real person of ``role`` on the PC, logged in as the services see it."""
    user_id = add_person(services.context, f"Someone {role}", role=role)
    return LoggedInUser(id=user_id, display_name=role, role=role, session_id=f"session-{role}", **extra)


#: A plausible value for each parameter name an operation takes (besides ``user``). An operation
#: with a parameter not listed here fails the test: add a value that lets it run.
SAMPLES: dict[str, Any] = {
    "task_id": "task-not-here", "values": {}, "active_ms": 0, "reason": "other", "note": "a note",
    "kind": "support_ticket", "language": "en", "after": None, "limit": 5, "new_secret": "739251",
    "repeated": "739251", "target_id": "user-nobody", "user_id": "user-nobody", "secret": "739251",
}


def call(method: Callable[..., Any], user: LoggedInUser | None) -> Problem | None:
    """Call ``method`` with sample arguments; the Problem it raised, if any."""
    parameters = list(inspect.signature(method).parameters.values())
    args: list[Any] = []
    for parameter in parameters:
        if parameter.name == "user":
            args.append(user)
        elif parameter.default is inspect.Parameter.empty:
            assert parameter.name in SAMPLES, f"{method.__qualname__}: add a sample value for {parameter.name!r}"
            args.append(SAMPLES[parameter.name])
    try:
        method(*args)
    except Problem as problem:
        return problem
    return None


def changes(services: Services) -> list[Any]:
    """Everything an operation could change, but the audit log and its outbox rows."""
    with services.context.database.read() as session:
        return [session.execute(text(statement)).all() for statement in (
            f"SELECT topic, body_json FROM outbox WHERE topic != '{AUDIT_TOPIC}'",
            "SELECT id, state, holder_user_id FROM tasks ORDER BY id",
            "SELECT task_id, values_json FROM drafts", "SELECT id FROM results", "SELECT id FROM task_skips",
            "SELECT id, ended_at, last_seen_at FROM work_sessions",
            "SELECT id, verifier, must_change_secret FROM users",
            "SELECT user_id, language FROM user_preferences")]


def denials(services: Services) -> list[tuple[str | None, str | None]]:
    with services.context.database.read() as session:
        return [tuple(row) for row in session.execute(text(  # type: ignore[misc]
            "SELECT user_id, subject FROM audit_log WHERE action = :a ORDER BY seq"),
            {"a": AuditAction.ROLE_DENIED.value})]


def test_every_operation_of_every_service_declares_who_may_call_it(services: Services) -> None:
    found = bundle_operations(services)
    assert len(found) >= 20, found  # the enumeration really finds the services' methods
    missing = [name for name, method in found if permission_of(method) is None]
    assert missing == [], f"operations without @allowed_roles, @before_login or @system_task: {missing}"
    for bundle_field in dataclasses.fields(Services):
        if bundle_field.name != "context":
            assert undeclared(getattr(services, bundle_field.name)) == []


def test_the_declarations_that_matter(services: Services) -> None:
    declared = {name: permission_of(method) for name, method in bundle_operations(services)}
    assert declared["auth.login"] == Permission(Caller.BEFORE_LOGIN)
    assert declared["housekeeping.back_up"] == Permission(Caller.SYSTEM)
    task_roles = Permission(Caller.PERSON, frozenset({Role.WORKER, Role.SUPERVISOR}))
    for name in ("work.next_task", "work.submit", "work.escalate", "work.skip", "work.open_task", "work.save_draft"):
        assert declared[name] == task_roles, name
    resetters = frozenset({Role.SUPERVISOR, Role.CENTER_ADMIN})
    assert declared["auth.reset_secret"] == Permission(Caller.PERSON, resetters)
    change = declared["auth.change_own_secret"]
    assert change is not None and change.roles == ALL_ROLES and change.during_secret_change


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_called_with_every_role(services: Services, role: str) -> None:
    add_tickets(services.context, 3)
    user = person(services, role)
    refused = []
    for name, method in bundle_operations(services):
        permission = permission_of(method)
        assert permission is not None, name
        if permission.caller is not Caller.PERSON:
            problem = call(method, None)  # needs nobody: never a question of role
            assert problem is None or problem.code != AUTH_ROLE_NOT_ALLOWED, (name, problem)
            continue
        before = changes(services)
        problem = call(method, user)
        if permission.allows(role):
            assert problem is None or problem.code != AUTH_ROLE_NOT_ALLOWED, (name, role, problem)
        else:
            assert problem is not None and problem.code == AUTH_ROLE_NOT_ALLOWED, (name, role, problem)
            assert dict(problem.params) == {"role": role}
            assert changes(services) == before, f"{name} changed something before refusing {role}"
            refused.append(name)
    # Each refusal is in the audit log, under the person and the operation.
    assert [subject for _user, subject in denials(services)] == [
        f"{type(getattr(services, n.split('.')[0])).__name__}.{n.split('.')[1]}" for n in refused]
    assert {user_id for user_id, _subject in denials(services)} <= {user.id}
    expected_refusals = {"worker": 2, "supervisor": 0, "trainer": 10, "center_admin": 8}
    assert len(refused) == expected_refusals[role], (role, refused)


def test_until_a_new_pin_is_chosen_only_the_pin_change_and_leaving_work(services: Services) -> None:
    add_tickets(services.context, 2)
    user = person(services, "supervisor", must_change_secret=True)
    allowed = []
    for name, method in bundle_operations(services):
        permission = permission_of(method)
        assert permission is not None
        if permission.caller is not Caller.PERSON:
            continue
        problem = call(method, user)
        if problem is not None and problem.code == AUTH_SECRET_CHANGE_REQUIRED:
            continue
        allowed.append(name)
    assert sorted(allowed) == ["auth.change_own_secret", "auth.logout", "auth.touch", "preferences.set_language"]


def test_a_refused_operation_never_runs(services: Services) -> None:
    [task_id] = add_tickets(services.context, 1)
    trainer = person(services, "trainer")
    with pytest.raises(Problem) as refused:
        services.work.next_task(trainer)
    assert (refused.value.code, dict(refused.value.params)) == (AUTH_ROLE_NOT_ALLOWED, {"role": "trainer"})
    with services.context.database.read() as session:
        assert session.execute(text("SELECT state FROM tasks WHERE id = :t"), {"t": task_id}).scalar() == "available"


def test_a_declaration_needs_the_person_first_and_a_role() -> None:
    with pytest.raises(TypeError, match="first argument"):
        @allowed_roles(Role.WORKER)
        def misplaced(self: object, task_id: str, user: LoggedInUser) -> None: ...
    with pytest.raises(ValueError, match="at least one role"):
        allowed_roles()


def test_anything_but_a_logged_in_person_is_refused(services: Services) -> None:
    with pytest.raises(TypeError, match="logged-in person"):
        services.work.next_task("user-amina")  # type: ignore[arg-type]
