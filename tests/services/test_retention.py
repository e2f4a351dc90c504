"""Retention: customers' personal data leaves the PC once the server acknowledged the result and the window passed."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from deskclient.domain import sealed
from deskclient.domain.views import LoggedInUser
from deskclient.services.context import ServiceContext, write_setting
from deskclient.services.housekeeping import DEFAULT_RETENTION_DAYS, RETENTION_DAYS_KEY, HousekeepingService
from deskclient.services.work import WorkService
from deskclient.store import sealing, sync_store
from deskclient.store.models import OutboxItem, Result, Task
from tests.factories import GOOD_ANSWER, FakeClock, add_tickets
from tests.services.rows import opened
from tests.store.test_encryption_at_rest import leaks

PERSONAL = ("Asha Mwangi", "asha@example.com", "+254 700 000 001")


def finish_three(context: ServiceContext, amina: LoggedInUser) -> dict[str, str]:
    """Submit one, escalate one, skip one then submit it: {what: task id}."""
    add_tickets(context, 4)
    work = WorkService(context)
    submitted = work.next_task(amina).task_id
    work.submit(amina, submitted, dict(GOOD_ANSWER, internal_note="Asha called twice"), active_ms=60_000)
    escalated = work.next_task(amina).task_id
    work.escalate(amina, escalated, {"category": "security", "priority": "urgent",
                                     "internal_note": "Asha Mwangi says her card was used abroad"}, active_ms=30_000)
    waiting = work.next_task(amina).task_id  # still in progress: never purged
    return {"submitted": submitted, "escalated": escalated, "waiting": waiting}


def ack_everything(context: ServiceContext, clock: FakeClock) -> None:
    with context.database.write() as session:
        ids = list(session.scalars(select(OutboxItem.id).where(OutboxItem.status == "pending")))
        sync_store.mark_acked(session, ids, clock.now)


def task_of(context: ServiceContext, task_id: str) -> Task:
    with context.database.read() as session:
        task = session.scalar(select(Task).where(Task.id == task_id))
        assert task is not None
        return task


def test_purge_after_the_window_keeps_figures_and_history(context: ServiceContext, amina: LoggedInUser,
                                                           clock: FakeClock) -> None:
    cipher = sealing.cipher_for(context.database)
    cipher.server_key = sealed.public_key_of(sealed.new_server_key())  # outbox bodies carry a server wrap
    tasks = finish_three(context, amina)
    with context.database.read() as session:
        figures_before = sorted(session.execute(select(Result.task_id, Result.outcome, Result.handle_ms)).all())
    ack_everything(context, clock)
    housekeeping = HousekeepingService(context)

    clock.advance(days=DEFAULT_RETENTION_DAYS - 1)
    assert housekeeping.purge_personal().tasks == 0  # the review window is not over
    clock.advance(days=2)
    report = housekeeping.purge_personal()
    assert (report.tasks, report.results) == (2, 2)

    for what in ("submitted", "escalated"):
        task = task_of(context, tasks[what])
        assert task.personal_purged_at == clock.now and task.state == what
        payload = opened(context, sealing.PAYLOAD, task.id, task.payload_json)
        assert payload == {"subject": task.title, "product": "PesaPlus app", "channel": "email", "language": "en"}
        with context.database.read() as session:
            result = session.scalars(select(Result).where(Result.task_id == task.id)).one()
            values = opened(context, sealing.RESULT, result.id, result.values_json)
            assert "reply_text" not in values and "internal_note" not in values
            assert values["category"] in ("account_access", "security") and "escalated" in values
            assert result.handle_ms > 0 and result.outcome == what  # figures stay
            body = json.loads(session.scalar(select(OutboxItem.body_json).where(OutboxItem.id == result.id)))
            assert "local" not in body["sealed"] and body["sealed"]["server"]  # the server alone can open it
    waiting = task_of(context, tasks["waiting"])
    assert waiting.personal_purged_at is None
    assert opened(context, sealing.PAYLOAD, waiting.id, waiting.payload_json)["customer_name"] == PERSONAL[0]
    with context.database.read() as session:
        assert sorted(session.execute(select(Result.task_id, Result.outcome, Result.handle_ms)).all()) == figures_before
    assert housekeeping.purge_personal().tasks == 0  # nothing twice


def test_unsent_or_refused_results_are_never_purged(context: ServiceContext, amina: LoggedInUser,
                                                    clock: FakeClock) -> None:
    tasks = finish_three(context, amina)
    with context.database.write() as session:  # the escalation was refused by the server: a person looks
        sync_store.mark_rejected(session, _result_id(context, tasks["escalated"]), "task_reassigned", clock.now)
    clock.advance(days=60)
    assert HousekeepingService(context).purge_personal().tasks == 0
    for what in ("submitted", "escalated"):
        assert task_of(context, tasks[what]).personal_purged_at is None


def test_retention_days_is_a_setting(context: ServiceContext, amina: LoggedInUser, clock: FakeClock) -> None:
    tasks = finish_three(context, amina)
    ack_everything(context, clock)
    housekeeping = HousekeepingService(context)
    write_setting(context, RETENTION_DAYS_KEY, "3")
    assert housekeeping.retention_days() == 3
    clock.advance(days=3, seconds=1)
    assert housekeeping.purge_personal().tasks == 2
    assert task_of(context, tasks["submitted"]).personal_purged_at is not None
    write_setting(context, RETENTION_DAYS_KEY, "soon")
    assert housekeeping.retention_days() == DEFAULT_RETENTION_DAYS


def test_a_backup_after_the_window_holds_no_purged_customer(context: ServiceContext, amina: LoggedInUser,
                                                            clock: FakeClock) -> None:
    """The purge runs before each backup; old rows' text was sealed anyway, now it is gone for good."""
    finish_three(context, amina)
    ack_everything(context, clock)
    clock.advance(days=DEFAULT_RETENTION_DAYS + 1)
    path = HousekeepingService(context).back_up()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM tasks WHERE personal_purged_at IS NOT NULL").fetchone()[0] == 2
    assert leaks([Path(path)], PERSONAL) == []


def _result_id(context: ServiceContext, task_id: str) -> str:
    with context.database.read() as session:
        return str(session.scalars(select(Result.id).where(Result.task_id == task_id)).one())
