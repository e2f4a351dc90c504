"""Who may do what at a center."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A person's role at a center; one role per account."""

    WORKER = "worker"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    CENTER_ADMIN = "center_admin"


#: Roles that take tasks from the queue. Supervisors may work tickets too (they often cover peaks).
TASK_ROLES = frozenset({Role.WORKER, Role.SUPERVISOR})
