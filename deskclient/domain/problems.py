"""Expected failures, reported as a code with parameters.

Nothing below the UI layer writes sentences for people: a service raises a ``Problem`` with a stable
code and plain parameters, and the UI turns it into a translated sentence. That keeps the services
usable from the CLI and tests, and keeps every user-facing word in one translatable place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Problem(Exception):
    """An expected condition that a person should be told about calmly (not a bug)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: Mapping[str, Any] = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{key}={value!r}" for key, value in sorted(self.params.items()))
        return f"{self.code} ({details})"


# Codes, kept together so the UI can check it translates every one of them.
AUTH_WRONG_SECRET = "auth.wrong_secret"
AUTH_LOCKED = "auth.locked"
AUTH_UNKNOWN_USER = "auth.unknown_user"
AUTH_INACTIVE_USER = "auth.inactive_user"
AUTH_ROLE_NOT_ALLOWED = "auth.role_not_allowed"
AUTH_SECRET_CHANGE_REQUIRED = "auth.secret_change_required"
SECRET_PIN_TOO_SHORT = "secret.pin_too_short"
SECRET_PIN_TOO_SIMPLE = "secret.pin_too_simple"
SECRET_PASSWORD_TOO_SHORT = "secret.password_too_short"
SECRET_MISMATCH = "secret.mismatch"
SECRET_UNCHANGED = "secret.unchanged"
SECRET_RESET_NOT_ALLOWED = "secret.reset_not_allowed"
TASK_NONE_AVAILABLE = "task.none_available"
TASK_NOT_FOUND = "task.not_found"
TASK_NOT_YOURS = "task.not_yours"
TASK_ILLEGAL_TRANSITION = "task.illegal_transition"
TASK_UNKNOWN_KIND = "task.unknown_kind"
TASK_TOO_MANY_DRAFTS = "task.too_many_drafts"
#: The task's text cannot be read on this PC (its data key was lost); the next sync brings it back.
TASK_UNREADABLE = "task.unreadable"
RESULT_INVALID = "result.invalid"
REASON_REQUIRED = "reason.required"
DISK_FULL = "storage.disk_full"
DATABASE_BUSY = "storage.database_busy"
DATABASE_CORRUPT = "storage.database_corrupt"
STORAGE_FAILED = "storage.failed"

ALL_CODES = (
    AUTH_WRONG_SECRET,
    AUTH_LOCKED,
    AUTH_UNKNOWN_USER,
    AUTH_INACTIVE_USER,
    AUTH_ROLE_NOT_ALLOWED,
    AUTH_SECRET_CHANGE_REQUIRED,
    SECRET_PIN_TOO_SHORT,
    SECRET_PIN_TOO_SIMPLE,
    SECRET_PASSWORD_TOO_SHORT,
    SECRET_MISMATCH,
    SECRET_UNCHANGED,
    SECRET_RESET_NOT_ALLOWED,
    TASK_NONE_AVAILABLE,
    TASK_NOT_FOUND,
    TASK_NOT_YOURS,
    TASK_ILLEGAL_TRANSITION,
    TASK_UNKNOWN_KIND,
    TASK_TOO_MANY_DRAFTS,
    TASK_UNREADABLE,
    RESULT_INVALID,
    REASON_REQUIRED,
    DISK_FULL,
    DATABASE_BUSY,
    DATABASE_CORRUPT,
    STORAGE_FAILED,
)
