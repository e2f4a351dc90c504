"""The task state machine: every legal move, and every other move refused with its reason."""

from __future__ import annotations

import itertools

import pytest

from deskclient.domain.problems import TASK_ILLEGAL_TRANSITION, Problem
from deskclient.domain.task_states import (
    DONE_STATES,
    HELD_STATES,
    TaskAction,
    TaskState,
    allowed_actions,
    next_state,
)

S, A = TaskState, TaskAction

# Written out by hand on purpose: the test states the intended rules, it does not copy the table.
LEGAL = {
    (S.AVAILABLE, A.CLAIM): S.IN_PROGRESS,
    (S.RETURNED, A.CLAIM): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.SUBMIT): S.SUBMITTED,
    (S.IN_PROGRESS, A.ESCALATE): S.ESCALATED,
    (S.IN_PROGRESS, A.SKIP): S.AVAILABLE,
    (S.SUBMITTED, A.RETURN_FOR_REWORK): S.RETURNED,
    (S.SUBMITTED, A.APPROVE): S.APPROVED,
    (S.SUBMITTED, A.REJECT): S.REJECTED,
    (S.ESCALATED, A.APPROVE): S.APPROVED,
    (S.ESCALATED, A.RETURN_FOR_REWORK): S.RETURNED,
    (S.AVAILABLE, A.EXPIRE): S.EXPIRED,
    (S.IN_PROGRESS, A.EXPIRE): S.EXPIRED,
    (S.RETURNED, A.EXPIRE): S.EXPIRED,
}
ILLEGAL = [pair for pair in itertools.product(TaskState, TaskAction) if pair not in LEGAL]


@pytest.mark.parametrize(("state", "action"), list(LEGAL), ids=lambda value: str(value))
def test_legal_transition(state: TaskState, action: TaskAction) -> None:
    assert next_state(state, action) is LEGAL[(state, action)]
    # The stored form of a state is its text value; it must be accepted too.
    assert next_state(state.value, action) is LEGAL[(state, action)]


@pytest.mark.parametrize(("state", "action"), ILLEGAL, ids=lambda value: str(value))
def test_illegal_transition_raises_problem_with_params(state: TaskState, action: TaskAction) -> None:
    with pytest.raises(Problem) as caught:
        next_state(state, action)
    assert caught.value.code == TASK_ILLEGAL_TRANSITION
    assert dict(caught.value.params) == {"state": state.value, "action": action.value}


def test_the_illegal_list_is_not_empty_and_covers_the_rest() -> None:
    assert len(LEGAL) + len(ILLEGAL) == len(TaskState) * len(TaskAction)
    assert (S.AVAILABLE, A.SUBMIT) in ILLEGAL  # submitting a task nobody claimed
    assert (S.IN_PROGRESS, A.APPROVE) not in LEGAL


def test_final_states_allow_nothing() -> None:
    for state in (S.APPROVED, S.REJECTED, S.EXPIRED):
        assert allowed_actions(state) == frozenset()


def test_allowed_actions_match_the_legal_moves() -> None:
    for state in TaskState:
        expected = {action for (origin, action) in LEGAL if origin is state}
        assert allowed_actions(state) == expected
        assert allowed_actions(state.value) == expected


def test_unknown_state_text_is_a_bug_not_a_problem() -> None:
    with pytest.raises(ValueError):
        next_state("lost", A.CLAIM)


def test_held_and_done_states() -> None:
    assert {S.IN_PROGRESS} == HELD_STATES
    assert {S.SUBMITTED, S.ESCALATED, S.APPROVED, S.REJECTED} == DONE_STATES
    assert not HELD_STATES & DONE_STATES
    assert S.AVAILABLE not in DONE_STATES and S.RETURNED not in DONE_STATES
