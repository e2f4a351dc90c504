"""A worker's side of the queue: hand-out order, drafts, submit, escalate, skip, and what is refused."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from deskclient.domain.kinds.base import FieldError
from deskclient.domain.problems import (
    AUTH_ROLE_NOT_ALLOWED,
    DISK_FULL,
    REASON_REQUIRED,
    RESULT_INVALID,
    TASK_NONE_AVAILABLE,
    TASK_NOT_FOUND,
    TASK_NOT_YOURS,
    TASK_TOO_MANY_DRAFTS,
    Problem,
)
from deskclient.domain.tasks import MAX_DRAFTS_PER_WORKER
from deskclient.domain.views import LoggedInUser
from deskclient.services import work as work_module
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext
from deskclient.services.housekeeping import CRITICAL_DISK_BYTES
from deskclient.services.intake import IntakeService
from deskclient.services.work import WorkService
from deskclient.store import health, sealing
from deskclient.store.models import Draft, OutboxItem, Result, Task, TaskSkip
from tests.factories import CENTER_ID, GOOD_ANSWER, PIN, FakeClock, add_person, add_tickets, ticket
from tests.services.rows import count, opened, outbox

ESCALATION = {"category": "security", "priority": "urgent", "internal_note": "Looks like fraud, tier 2 please."}


def problem_of(call: Any, *args: Any) -> Problem:
    with pytest.raises(Problem) as caught:
        call(*args)
    return caught.value


def task_row(context: ServiceContext, task_id: str) -> tuple[str, str | None]:
    with context.database.read() as session:
        task = session.scalar(select(Task).where(Task.id == task_id))
        assert task is not None
        return task.state, task.holder_user_id


def draft_of(context: ServiceContext, task_id: str) -> dict[str, Any] | None:
    with context.database.read() as session:
        draft = session.get(Draft, task_id)
        return None if draft is None else opened(context, sealing.DRAFT, task_id, draft.values_json)


def import_named(context: ServiceContext, specs: list[tuple[str, str, int | None]], clock: FakeClock) -> None:
    """Tickets titled by name, with a priority and a due date in days from now (None: no due date)."""
    tasks = [ticket(name, id=f"task-{name}", priority=priority,
                    due_at=None if days is None else clock.now + timedelta(days=days))
             for name, priority, days in specs]
    IntakeService(context).import_tasks(CENTER_ID, "batch", tasks)


# --- hand-out order and fairness -----------------------------------------------------------------


def test_next_task_order_priority_then_due_date_then_arrival(context: ServiceContext, amina: LoggedInUser,
                                                             clock: FakeClock) -> None:
    import_named(context, [("A", "low", None), ("B", "normal", None), ("C", "urgent", 2), ("D", "urgent", 1),
                           ("E", "urgent", None), ("F", "normal", 1)], clock)
    import_named(context, [("G", "normal", None), ("H", "high", 30), ("I", "bogus-priority", 1)], clock)
    work = WorkService(context)
    handed = []
    for _ in range(9):
        item = work.next_task(amina)
        handed.append(item.payload["subject"])
        work.submit(amina, item.task_id, GOOD_ANSWER, active_ms=1_000)
    # An unknown priority counts as normal; a due date comes before none; then arrival order.
    assert handed == ["D", "C", "E", "H", "F", "I", "B", "G", "A"]
    assert problem_of(work.next_task, amina).code == TASK_NONE_AVAILABLE


def test_next_task_returns_the_work_item(context: ServiceContext, amina: LoggedInUser, clock: FakeClock) -> None:
    import_named(context, [("Only", "high", 1)], clock)
    item = WorkService(context).next_task(amina)
    assert item.task_id == "task-Only"
    assert item.kind == "support_ticket" and item.priority == "high" and item.state == "in_progress"
    assert item.due_at == clock.now + timedelta(days=1)
    assert item.payload["customer_email"] == "asha@example.com"
    assert dict(item.draft) == {} and item.draft_active_ms == 0
    assert task_row(context, "task-Only") == ("in_progress", amina.id)
    assert draft_of(context, "task-Only") == {}  # the draft exists from the claim on


def test_two_workers_never_get_the_same_task(context: ServiceContext, amina: LoggedInUser,
                                             priya: LoggedInUser) -> None:
    add_tickets(context, 12)
    work = WorkService(context)
    held: dict[str, list[str]] = {amina.id: [], priya.id: []}
    for _ in range(MAX_DRAFTS_PER_WORKER):
        for user in (amina, priya):
            held[user.id].append(work.next_task(user).task_id)
    every = held[amina.id] + held[priya.id]
    assert len(every) == len(set(every)) == 2 * MAX_DRAFTS_PER_WORKER
    for user_id, task_ids in held.items():
        for task_id in task_ids:
            assert task_row(context, task_id) == ("in_progress", user_id)


def test_two_threads_claiming_at_once_never_share_a_task(context: ServiceContext, amina: LoggedInUser,
                                                         priya: LoggedInUser) -> None:
    add_tickets(context, 40)
    work = WorkService(context)
    claimed: dict[str, list[str]] = {amina.id: [], priya.id: []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker(user: LoggedInUser) -> None:
        try:
            start.wait(timeout=10)
            while True:
                try:
                    item = work.next_task(user)
                except Problem as problem:
                    assert problem.code == TASK_NONE_AVAILABLE
                    return
                claimed[user.id].append(item.task_id)
                work.submit(user, item.task_id, GOOD_ANSWER, active_ms=10)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(user,)) for user in (amina, priya)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    every = claimed[amina.id] + claimed[priya.id]
    assert len(every) == len(set(every)) == 40
    assert count(context, Result) == 40


def test_skipped_task_goes_to_someone_else(context: ServiceContext, amina: LoggedInUser,
                                           priya: LoggedInUser, clock: FakeClock) -> None:
    import_named(context, [("First", "urgent", None), ("Second", "normal", None)], clock)
    work = WorkService(context)
    first = work.next_task(amina)
    assert first.task_id == "task-First"
    work.save_draft(amina, first.task_id, {"reply_text": "Dear"}, active_ms=3_000)
    clock.advance(minutes=1)
    work.skip(amina, first.task_id, "language", "  written in Tamil  ", active_ms=4_000)
    assert task_row(context, first.task_id) == ("available", None)
    assert draft_of(context, first.task_id) is None
    assert work.next_task(amina).task_id == "task-Second"  # not offered "First" again
    assert work.next_task(priya).task_id == "task-First"
    with context.database.read() as session:
        skip = session.scalars(select(TaskSkip)).one()
        note = opened(context, sealing.SKIP_NOTE, skip.id, skip.note)
        assert (skip.task_id, skip.user_id, skip.reason, note, skip.handle_ms) == (
            "task-First", amina.id, "language", "written in Tamil", 4_000)
        assert skip.at == clock.now
    [(item_id, _, body)] = outbox(context, "task.skipped")
    assert item_id == skip.id
    assert body["task_id"] == "task-First" and body["reason"] == "language"


def test_skip_for_another_reason_needs_a_note(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.save_draft(amina, task_id, {"priority": "low"}, active_ms=100)
    for note in ("", "   \n"):
        problem = problem_of(work.skip, amina, task_id, "other", note, 0)
        assert (problem.code, dict(problem.params)) == (REASON_REQUIRED, {"field": "note"})
    assert task_row(context, task_id) == ("in_progress", amina.id)
    assert draft_of(context, task_id) == {"priority": "low"}
    assert count(context, TaskSkip) == 0
    work.skip(amina, task_id, "other", "Customer wrote to the wrong company", 0)
    assert count(context, TaskSkip) == 1


def test_limit_of_held_tasks(context: ServiceContext, amina: LoggedInUser, priya: LoggedInUser) -> None:
    add_tickets(context, MAX_DRAFTS_PER_WORKER + 3)
    work = WorkService(context)
    held = [work.next_task(amina).task_id for _ in range(MAX_DRAFTS_PER_WORKER)]
    problem = problem_of(work.next_task, amina)
    assert (problem.code, dict(problem.params)) == (TASK_TOO_MANY_DRAFTS, {"limit": MAX_DRAFTS_PER_WORKER})
    assert work.next_task(priya).task_id not in held  # the limit is per worker
    work.submit(amina, held[0], GOOD_ANSWER, active_ms=1)
    assert work.next_task(amina).task_id not in held


def test_unknown_kinds_are_never_handed_out(context: ServiceContext, amina: LoggedInUser) -> None:
    unknown = [ticket(f"Label {n}", kind="data_labelling", priority="urgent") for n in range(3)]
    report = IntakeService(context).import_tasks(CENTER_ID, "labels", unknown)
    assert report.unknown_kind == 3 and report.added == 3
    work = WorkService(context)
    assert problem_of(work.next_task, amina).code == TASK_NONE_AVAILABLE
    [known] = add_tickets(context, 1, priority="low")
    assert work.next_task(amina).task_id == known
    for task in unknown:
        assert task_row(context, task.id) == ("available", None)


def test_nothing_available(context: ServiceContext, amina: LoggedInUser) -> None:
    problem = problem_of(WorkService(context).next_task, amina)
    assert (problem.code, dict(problem.params)) == (TASK_NONE_AVAILABLE, {})
    assert count(context, Draft) == 0


def test_critical_disk_space_stops_handing_out_work(context: ServiceContext, amina: LoggedInUser,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    [task_id] = add_tickets(context, 1)
    monkeypatch.setattr(health, "free_bytes", lambda folder: CRITICAL_DISK_BYTES - 1)
    assert problem_of(WorkService(context).next_task, amina).code == DISK_FULL
    assert task_row(context, task_id) == ("available", None)
    monkeypatch.setattr(health, "free_bytes", lambda folder: CRITICAL_DISK_BYTES)
    assert WorkService(context).next_task(amina).task_id == task_id


def test_roles_that_do_not_take_tasks_are_refused_by_the_service(context: ServiceContext) -> None:
    add_tickets(context, 1)
    trainer = AuthService(context).login(add_person(context, "Tara Trainer", role="trainer"), PIN)
    try:
        handed_out: str | None = WorkService(context).next_task(trainer).task_id
    except Problem as problem:
        assert problem.code == AUTH_ROLE_NOT_ALLOWED
        handed_out = None
    assert handed_out is None, "a trainer was handed a ticket"


# --- drafts ----------------------------------------------------------------------------------------


def test_save_draft_and_open_task_round_trip(context: ServiceContext, amina: LoggedInUser,
                                             clock: FakeClock) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    values = {"category": "billing", "reply_text": "প্রিয় গ্রাহক, ধন্যবাদ", "escalated": False}
    work.save_draft(amina, task_id, values, active_ms=12_345)
    item = work.open_task(amina, task_id)
    assert dict(item.draft) == values and item.draft_active_ms == 12_345
    clock.advance(seconds=5)
    work.save_draft(amina, task_id, {"category": "how_to"}, active_ms=-5)
    item = work.open_task(amina, task_id)
    assert dict(item.draft) == {"category": "how_to"} and item.draft_active_ms == 0
    assert count(context, Draft) == 1


# --- submit and escalate -------------------------------------------------------------------------


def test_submit_writes_result_and_outbox_row_with_one_id(context: ServiceContext, amina: LoggedInUser,
                                                         clock: FakeClock) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    claimed_at = clock.now
    work.next_task(amina)
    work.save_draft(amina, task_id, {"category": "billing"}, active_ms=1_000)
    clock.advance(minutes=4)
    result_id = work.submit(amina, task_id, dict(GOOD_ANSWER, internal_note=""), active_ms=95_000)
    with context.database.read() as session:
        result = session.get(Result, result_id)
        assert result is not None
        assert (result.task_id, result.user_id, result.outcome) == (task_id, amina.id, "submitted")
        assert (result.device_id, result.session_id) == (context.device_id, amina.session_id)
        assert (result.started_at, result.finished_at, result.handle_ms) == (claimed_at, clock.now, 95_000)
        # Empty fields are dropped; the answer says it was not escalated.
        assert opened(context, sealing.RESULT, result_id, result.values_json) == dict(GOOD_ANSWER, escalated=False)
    [(item_id, topic, body)] = outbox(context, "result.submitted")
    assert item_id == result_id and topic == "result.submitted"
    assert body["task_id"] == task_id and body["values"] == dict(GOOD_ANSWER, escalated=False)
    assert body["handle_ms"] == 95_000 and body["kind"] == "support_ticket"
    assert task_row(context, task_id) == ("submitted", amina.id)
    assert draft_of(context, task_id) is None


def test_submitting_twice_makes_one_result(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.submit(amina, task_id, GOOD_ANSWER, active_ms=1)
    assert problem_of(work.submit, amina, task_id, GOOD_ANSWER, 1).code == TASK_NOT_YOURS
    assert count(context, Result) == 1
    assert len(outbox(context, "result.submitted")) == 1


def test_failure_inside_submit_loses_nothing(context: ServiceContext, amina: LoggedInUser,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.save_draft(amina, task_id, GOOD_ANSWER, active_ms=7_000)
    outbox_before = count(context, OutboxItem)

    def broken_enqueue(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("outbox write failed")

    monkeypatch.setattr(work_module, "enqueue_raw", broken_enqueue)
    with pytest.raises(RuntimeError, match="outbox write failed"):
        work.submit(amina, task_id, GOOD_ANSWER, active_ms=8_000)
    assert count(context, Result) == 0
    assert count(context, OutboxItem) == outbox_before
    assert task_row(context, task_id) == ("in_progress", amina.id)
    item = work.open_task(amina, task_id)
    assert dict(item.draft) == GOOD_ANSWER and item.draft_active_ms == 7_000
    monkeypatch.undo()
    result_id = work.submit(amina, task_id, GOOD_ANSWER, active_ms=8_000)
    assert [row[0] for row in outbox(context, "result.submitted")] == [result_id]


def test_invalid_result_is_refused_with_field_errors(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.save_draft(amina, task_id, {"category": "billing"}, active_ms=500)
    outbox_before = count(context, OutboxItem)
    answer = {"category": "billing", "priority": "someday", "reply_text": "", "mood": "happy"}
    problem = problem_of(work.submit, amina, task_id, answer, 1_000)
    assert problem.code == RESULT_INVALID
    assert sorted(problem.params["errors"], key=lambda error: error.field) == [
        FieldError("mood", "unknown_field"),
        FieldError("priority", "not_a_choice", {"value": "someday"}),
        FieldError("reply_text", "required"),
        FieldError("resolution_code", "required"),
    ]
    assert count(context, Result) == 0 and count(context, OutboxItem) == outbox_before
    assert task_row(context, task_id) == ("in_progress", amina.id)
    assert draft_of(context, task_id) == {"category": "billing"}


def test_escalate_needs_an_internal_note(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    for note in (None, "", "   "):
        values = dict(ESCALATION, internal_note=note)
        problem = problem_of(work.escalate, amina, task_id, values, 1)
        assert (problem.code, dict(problem.params)) == (REASON_REQUIRED, {"field": "internal_note"})
    assert count(context, Result) == 0
    assert task_row(context, task_id) == ("in_progress", amina.id)


def test_escalate_without_reply_or_resolution(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    result_id = work.escalate(amina, task_id, ESCALATION, active_ms=20_000)
    with context.database.read() as session:
        result = session.get(Result, result_id)
        assert result is not None and result.outcome == "escalated"
        assert opened(context, sealing.RESULT, result_id, result.values_json) == dict(ESCALATION, escalated=True)
    [(item_id, _, body)] = outbox(context, "result.escalated")
    assert item_id == result_id and body["values"]["escalated"] is True
    assert task_row(context, task_id) == ("escalated", amina.id)
    assert draft_of(context, task_id) is None


def test_escalation_still_checks_category_and_priority(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    problem = problem_of(work.escalate, amina, task_id, {"internal_note": "help"}, 1)
    assert problem.code == RESULT_INVALID
    assert {error.field for error in problem.params["errors"]} == {"category", "priority"}


# --- whose task it is ------------------------------------------------------------------------------


def test_acting_on_another_workers_task_is_refused(context: ServiceContext, amina: LoggedInUser,
                                                   priya: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    work.next_task(amina)
    work.save_draft(amina, task_id, {"category": "billing"}, active_ms=1)
    attempts = [
        (work.open_task, (priya, task_id)),
        (work.save_draft, (priya, task_id, {"category": "other"}, 1)),
        (work.submit, (priya, task_id, GOOD_ANSWER, 1)),
        (work.escalate, (priya, task_id, ESCALATION, 1)),
        (work.skip, (priya, task_id, "language", "", 1)),
    ]
    for call, args in attempts:
        problem = problem_of(call, *args)
        assert (problem.code, dict(problem.params)) == (TASK_NOT_YOURS, {"task_id": task_id})
    assert task_row(context, task_id) == ("in_progress", amina.id)
    assert draft_of(context, task_id) == {"category": "billing"}
    assert count(context, Result) == 0 and count(context, TaskSkip) == 0


def test_a_task_not_held_by_anyone_is_not_yours(context: ServiceContext, amina: LoggedInUser) -> None:
    [task_id] = add_tickets(context, 1)
    work = WorkService(context)
    assert problem_of(work.submit, amina, task_id, GOOD_ANSWER, 1).code == TASK_NOT_YOURS
    assert problem_of(work.save_draft, amina, task_id, {}, 1).code == TASK_NOT_YOURS


def test_unknown_task(context: ServiceContext, amina: LoggedInUser) -> None:
    problem = problem_of(WorkService(context).open_task, amina, "no-such-task")
    assert (problem.code, dict(problem.params)) == (TASK_NOT_FOUND, {"task_id": "no-such-task"})
