"""The life of a task on this PC, as an explicit state machine.

Every change of a task's state goes through ``next_state`` so an impossible move (submitting a task
nobody claimed, approving a skipped one) fails loudly instead of corrupting the queue.
"""

from __future__ import annotations

from enum import StrEnum

from deskclient.domain.problems import TASK_ILLEGAL_TRANSITION, Problem


class TaskState(StrEnum):
    """Where a task stands."""

    AVAILABLE = "available"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    ESCALATED = "escalated"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"


class TaskAction(StrEnum):
    """What can happen to a task."""

    CLAIM = "claim"
    SUBMIT = "submit"
    ESCALATE = "escalate"
    SKIP = "skip"
    RETURN_FOR_REWORK = "return_for_rework"
    APPROVE = "approve"
    REJECT = "reject"
    EXPIRE = "expire"


_S, _A = TaskState, TaskAction

TRANSITIONS: dict[tuple[TaskState, TaskAction], TaskState] = {
    (_S.AVAILABLE, _A.CLAIM): _S.IN_PROGRESS,
    (_S.RETURNED, _A.CLAIM): _S.IN_PROGRESS,
    (_S.IN_PROGRESS, _A.SUBMIT): _S.SUBMITTED,
    (_S.IN_PROGRESS, _A.ESCALATE): _S.ESCALATED,
    # A skip hands the task back to the pool; the skip itself is recorded so the same worker is not
    # offered it again and the server learns why.
    (_S.IN_PROGRESS, _A.SKIP): _S.AVAILABLE,
    (_S.SUBMITTED, _A.RETURN_FOR_REWORK): _S.RETURNED,
    (_S.SUBMITTED, _A.APPROVE): _S.APPROVED,
    (_S.SUBMITTED, _A.REJECT): _S.REJECTED,
    (_S.ESCALATED, _A.APPROVE): _S.APPROVED,
    (_S.ESCALATED, _A.RETURN_FOR_REWORK): _S.RETURNED,
    (_S.AVAILABLE, _A.EXPIRE): _S.EXPIRED,
    (_S.IN_PROGRESS, _A.EXPIRE): _S.EXPIRED,
    (_S.RETURNED, _A.EXPIRE): _S.EXPIRED,
}

#: States in which a worker holds the task and may keep a draft.
HELD_STATES = frozenset({TaskState.IN_PROGRESS})
#: States in which the task's work is finished on this PC (it waits for review or is closed).
DONE_STATES = frozenset({TaskState.SUBMITTED, TaskState.ESCALATED, TaskState.APPROVED, TaskState.REJECTED})


def next_state(current: TaskState | str, action: TaskAction) -> TaskState:
    """Return the state after ``action``, or raise ``Problem(task.illegal_transition)``."""
    state = TaskState(current)
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise Problem(TASK_ILLEGAL_TRANSITION, state=state.value, action=action.value) from None


def allowed_actions(current: TaskState | str) -> frozenset[TaskAction]:
    """The actions that may follow from ``current``."""
    state = TaskState(current)
    return frozenset(action for (origin, action) in TRANSITIONS if origin is state)
