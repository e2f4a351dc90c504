"""What the audit log records: who did what, when, on which PC. Pure names, shared by PC and server."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    """One kind of audited act. Details never hold secrets or a customer's personal data."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOGOUT = "logout"
    TASK_VIEWED = "task_viewed"
    TASK_SUBMITTED = "task_submitted"
    TASK_ESCALATED = "task_escalated"
    TASK_SKIPPED = "task_skipped"
    REVIEW = "review"
    EXPORT = "export"
    ENROLLMENT = "enrollment"
    SECRET_CHANGED = "secret_changed"
    SECRET_RESET = "secret_reset"
    DEVICE_REVOKED = "device_revoked"
    OUTBOX_EXPORTED = "outbox_exported"
    OUTBOX_IMPORTED = "outbox_imported"
    IMPORT = "import"
    NEW_EPOCH = "new_epoch"
    CENTER_ADDED = "center_added"
    CENTER_CONFIGURED = "center_configured"
    USER_ADDED = "user_added"
    ROLE_DENIED = "role_denied"


#: The outbox topic that carries a PC's audit entries to the server.
AUDIT_TOPIC = "audit.event"
