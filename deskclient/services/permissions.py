"""Who may call each service operation: a declaration on every public method, checked before it runs.

Hiding a button is not a rule. Every public method of a service in the ``Services`` bundle carries
one of three declarations, and ``tests/services/test_permissions.py`` fails for a method without one:

- ``@allowed_roles(Role.SUPERVISOR, ...)``: called for a logged-in person, passed as the first
  argument ``user`` (a ``LoggedInUser``). Another role gets ``Problem(AUTH_ROLE_NOT_ALLOWED,
  role=...)`` before anything happens (and the refusal goes to the audit log). While the person
  still has to choose a new PIN, only operations declared ``during_secret_change=True`` run;
  the others answer ``Problem(AUTH_SECRET_CHANGE_REQUIRED)``.
- ``@before_login``: called before anybody is logged in (logging in itself, the people of the PC).
- ``@system_task``: the app's own upkeep, on behalf of nobody (backups, checkpoints, disk space).
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar, cast

from deskclient.domain.audit import AuditAction
from deskclient.domain.problems import AUTH_ROLE_NOT_ALLOWED, AUTH_SECRET_CHANGE_REQUIRED, Problem
from deskclient.domain.roles import Role
from deskclient.domain.views import LoggedInUser
from deskclient.store import audit

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

ALL_ROLES = frozenset(Role)
#: Where the declaration is kept on the method.
ATTRIBUTE = "__permission__"


class Caller(StrEnum):
    """Who an operation is for."""

    PERSON = "person"  # a logged-in person with one of ``roles``
    BEFORE_LOGIN = "before_login"  # nobody yet: the login page
    SYSTEM = "system"  # the app itself


@dataclass(frozen=True)
class Permission:
    """The declaration of one operation."""

    caller: Caller
    roles: frozenset[Role] = frozenset()
    during_secret_change: bool = False

    def allows(self, role: str) -> bool:
        return self.caller is Caller.PERSON and role in self.roles


def allowed_roles(*roles: Role, during_secret_change: bool = False) -> Callable[[F], F]:
    """Declare the roles that may call the decorated method; its first argument must be ``user``."""
    if not roles:
        raise ValueError("name at least one role (a method for nobody is a method to delete)")
    permission = Permission(Caller.PERSON, frozenset(Role(role) for role in roles), during_secret_change)

    def decorate(method: F) -> F:
        parameters = list(inspect.signature(method).parameters)
        if parameters[:2] != ["self", "user"]:
            raise TypeError(f"{method.__qualname__}: the first argument of a person's operation must be 'user'")

        @functools.wraps(method)
        def checked(self: Any, user: LoggedInUser, *args: Any, **kwargs: Any) -> Any:
            check(self, method.__qualname__, user, permission)
            return method(self, user, *args, **kwargs)

        setattr(checked, ATTRIBUTE, permission)
        return cast(F, checked)

    return decorate


def before_login(method: F) -> F:
    """Declare an operation of the login page: nobody is logged in yet."""
    setattr(method, ATTRIBUTE, Permission(Caller.BEFORE_LOGIN))
    return method


def system_task(method: F) -> F:
    """Declare the app's own upkeep, done on behalf of nobody."""
    setattr(method, ATTRIBUTE, Permission(Caller.SYSTEM))
    return method


def check(service: Any, operation: str, user: LoggedInUser, permission: Permission) -> None:
    """Refuse ``user`` unless ``permission`` lets them call ``operation`` now."""
    if not isinstance(user, LoggedInUser):
        raise TypeError(f"{operation}: expected the logged-in person, got {type(user).__name__}")
    if not permission.allows(user.role):
        log.warning("%s refused for role %s (user %s)", operation, user.role, user.id)
        _audit_refusal(service, operation, user)
        raise Problem(AUTH_ROLE_NOT_ALLOWED, role=user.role)
    if user.must_change_secret and not permission.during_secret_change:
        raise Problem(AUTH_SECRET_CHANGE_REQUIRED)


def _audit_refusal(service: Any, operation: str, user: LoggedInUser) -> None:
    context = getattr(service, "context", None)
    if context is None:
        return
    with context.database.write() as session:
        audit.record(session, AuditAction.ROLE_DENIED, device_id=context.device_id, user_id=user.id,
                     now=context.now(), subject=operation[:64], detail={"role": user.role})


def permission_of(method: Callable[..., Any]) -> Permission | None:
    """The declaration of ``method`` (bound or not), or None when it has none."""
    permission = getattr(method, ATTRIBUTE, None)
    return permission if isinstance(permission, Permission) else None


def operations(service: object) -> Iterable[tuple[str, Callable[..., Any]]]:
    """(name, bound method) of every public operation of ``service``."""
    for name, _ in inspect.getmembers(type(service), inspect.isfunction):
        if not name.startswith("_"):
            yield name, getattr(service, name)


def undeclared(service: object) -> list[str]:
    """Names of the public operations of ``service`` that declare nothing."""
    return [name for name, method in operations(service) if permission_of(method) is None]
