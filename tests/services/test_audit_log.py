"""The PC's audit log: who did what, when, on this PC; append-only, each entry queued for the server."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import text

from deskclient.domain.audit import AUDIT_TOPIC
from deskclient.domain.problems import Problem
from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext
from deskclient.services.work import WorkService
from tests.factories import GOOD_ANSWER, PIN, FakeClock, add_person, add_tickets
from tests.services.rows import outbox


def entries(context: ServiceContext) -> list[tuple[str, str | None, str | None, dict[str, Any]]]:
    """(action, user, subject, detail) of every audit entry, oldest first."""
    with context.database.read() as session:
        rows = session.execute(text("SELECT action, user_id, subject, detail_json, device_id FROM audit_log "
                                    "ORDER BY seq")).all()
    assert {row[4] for row in rows} <= {context.device_id}
    return [(row[0], row[1], row[2], json.loads(row[3])) for row in rows]


def test_a_working_day_in_the_audit_log(context: ServiceContext, clock: FakeClock) -> None:
    user_id = add_person(context, "Amina Yusuf")
    first, second, third = add_tickets(context, 3)
    auth, work = AuthService(context), WorkService(context)
    with pytest.raises(Problem):
        auth.login(user_id, "000999")
    amina = auth.login(user_id, PIN)
    item = work.next_task(amina)
    work.save_draft(amina, item.task_id, {"reply_text": "Dear Asha"}, active_ms=5)
    work.open_task(amina, item.task_id)
    work.submit(amina, item.task_id, GOOD_ANSWER, active_ms=60_000)
    escalated = work.next_task(amina)
    work.escalate(amina, escalated.task_id, {"category": "billing", "priority": "high",
                                             "internal_note": "Asha's card 4111 was charged twice"}, active_ms=1)
    skipped = work.next_task(amina)
    work.skip(amina, skipped.task_id, "other", "Customer Asha Mwangi phoned, +254 700 000 001", active_ms=1)
    auth.logout(amina, "logout")
    assert [(action, who, subject) for action, who, subject, _detail in entries(context)] == [
        ("login_failed", user_id, None), ("login", user_id, amina.session_id),
        ("task_viewed", user_id, item.task_id), ("task_viewed", user_id, item.task_id),
        ("task_submitted", user_id, item.task_id), ("task_viewed", user_id, escalated.task_id),
        ("task_escalated", user_id, escalated.task_id), ("task_viewed", user_id, skipped.task_id),
        ("task_skipped", user_id, skipped.task_id), ("logout", user_id, amina.session_id)]
    assert {item.task_id, escalated.task_id, skipped.task_id} == {first, second, third}
    details = [detail for *_rest, detail in entries(context)]
    assert details[0] == {"reason": "wrong_secret", "failures": 1}
    assert details[2] == {"how": "claim", "kind": "support_ticket"} and details[3]["how"] == "open"
    assert details[8] == {"reason": "other"} and details[9] == {"reason": "logout"}
    # Each entry went to the outbox with it, under its own id, for the server.
    queued = outbox(context, AUDIT_TOPIC)
    assert [body["action"] for _id, _topic, body in queued] == [entry[0] for entry in entries(context)]
    assert all(item_id == body["id"] for item_id, _topic, body in queued)
    # Never a customer's details or an answer: notes and values stay out of the log.
    logged = json.dumps(entries(context)) + json.dumps([body for *_rest, body in queued])
    for private in ("Asha", "4111", "+254", "Dear", PIN, "000999"):
        assert private not in logged


def test_failed_logins_and_the_lockout_are_logged(context: ServiceContext) -> None:
    user_id = add_person(context, "Amina Yusuf")
    auth = AuthService(context)
    for _ in range(4):
        with pytest.raises(Problem):
            auth.login(user_id, "000999")
    assert [(action, detail) for action, _who, _subject, detail in entries(context)] == [
        ("login_failed", {"reason": "wrong_secret", "failures": 1}),
        ("login_failed", {"reason": "wrong_secret", "failures": 2}),
        ("login_failed", {"reason": "wrong_secret", "failures": 3}),
        ("lockout", {"failures": 3, "seconds": 30}),
        ("login_failed", {"reason": "locked"}),
    ]


def test_the_audit_log_is_append_only(context: ServiceContext, folder: DataFolder) -> None:
    user_id = add_person(context, "Amina Yusuf")
    AuthService(context).login(user_id, PIN)
    with closing(sqlite3.connect(folder.database)) as connection:
        for statement in ("UPDATE audit_log SET user_id = 'someone-else'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)
        assert connection.execute("SELECT count(*), min(user_id) FROM audit_log").fetchone() == (1, user_id)
