"""Bringing work onto the PC: nothing twice, bad tickets refused with reasons, unknown kinds kept."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from deskclient.domain.tasks import NO_DUE_DATE_KEY, PRIORITY_RANK
from deskclient.domain.views import CannedResponse, LoggedInUser
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IncomingTask, IntakeService
from deskclient.services.work import WorkService
from deskclient.store import sealing
from deskclient.store.clock import to_text
from deskclient.store.models import Batch, CannedResponseRow, Center, Task, User
from tests.factories import CENTER_ID, FakeClock, ticket
from tests.services.rows import count, opened


def stored(context: ServiceContext, task_id: str) -> Task:
    with context.database.read() as session:
        task = session.scalar(select(Task).where(Task.id == task_id))
        assert task is not None
        return task


def test_import_stores_tickets_ready_for_the_queue(context: ServiceContext, clock: FakeClock) -> None:
    due = clock.now + timedelta(days=2)
    tasks = [ticket("Urgent one", id="t1", priority="urgent", due_at=due, external_id="EXT-1"),
             ticket("Plain one", id="t2"), ticket("Odd priority", id="t3", priority="whenever")]
    report = IntakeService(context).import_tasks(CENTER_ID, "Morning batch", tasks, batch_id="b1")
    assert (report.added, report.already_there, report.unknown_kind, report.refused) == (3, 0, 0, [])
    first = stored(context, "t1")
    assert (first.title, first.kind, first.kind_version, first.state, first.holder_user_id) == (
        "Urgent one", "support_ticket", 1, "available", None)
    assert (first.priority_rank, first.due_at, first.due_key, first.external_id) == (
        PRIORITY_RANK["urgent"], due, to_text(due), "EXT-1")
    assert first.payload_json.startswith(sealing.PREFIX)  # sealed at rest
    assert opened(context, sealing.PAYLOAD, "t1", first.payload_json) == dict(tasks[0].payload)
    assert (first.batch_id, first.received_at) == ("b1", clock.now)
    assert stored(context, "t2").due_key == NO_DUE_DATE_KEY
    assert stored(context, "t3").priority_rank == PRIORITY_RANK["normal"]
    with context.database.read() as session:
        batch = session.get(Batch, "b1")
        assert batch is not None and batch.name == "Morning batch" and batch.center_id == CENTER_ID


def test_reimport_adds_nothing_and_changes_nothing(context: ServiceContext) -> None:
    intake = IntakeService(context)
    tasks = [ticket(f"T{n}", id=f"t{n}") for n in range(5)]
    intake.import_tasks(CENTER_ID, "first", tasks, batch_id="b1")
    again = [*tasks[:3], ticket("Changed subject", id="t4"), ticket("New", id="t9")]
    report = intake.import_tasks(CENTER_ID, "second", again, batch_id="b1")
    assert (report.added, report.already_there) == (1, 4)
    assert count(context, Task) == 6
    assert stored(context, "t4").title == "T4"  # what is on the PC is left as it is
    assert count(context, Batch) == 1


def test_same_id_twice_in_one_batch_counts_once(context: ServiceContext) -> None:
    report = IntakeService(context).import_tasks(CENTER_ID, "b", [ticket("One", id="dup"), ticket("Two", id="dup")])
    assert (report.added, report.already_there) == (1, 1)
    assert count(context, Task, Task.id == "dup") == 1
    assert stored(context, "dup").title == "One"


def test_malformed_ticket_is_refused_with_reasons_the_rest_arrive(context: ServiceContext) -> None:
    bad = ticket("", id="bad", payload={"subject": "", "body": "text", "customer_email": "not-an-email"})
    report = IntakeService(context).import_tasks(CENTER_ID, "b", [ticket("Good", id="good"), bad])
    assert report.added == 1
    [(task_id, errors)] = report.refused
    assert task_id == "bad"
    assert {(error.field, error.code) for error in errors} == {("subject", "required"),
                                                                ("customer_email", "not_an_email")}
    assert count(context, Task) == 1


def test_unknown_kind_is_kept_for_a_later_version(context: ServiceContext) -> None:
    tasks = [IncomingTask(id="l1", kind="data_labelling", payload={"image": "a.jpg"}, external_id="LBL-1"),
             IncomingTask(id="l2", kind="data_labelling", payload={"subject": "Label the cats"}),
             IncomingTask(id="l3", kind="data_labelling", payload={})]
    report = IntakeService(context).import_tasks(CENTER_ID, "b", tasks)
    assert (report.added, report.unknown_kind, report.refused) == (3, 3, [])
    assert [stored(context, task_id).title for task_id in ("l1", "l2", "l3")] == ["LBL-1", "Label the cats", "l3"]
    assert opened(context, sealing.PAYLOAD, "l1", stored(context, "l1").payload_json) == {"image": "a.jpg"}


def test_empty_import(context: ServiceContext) -> None:
    report = IntakeService(context).import_tasks(CENTER_ID, "nothing", [])
    assert (report.added, report.already_there) == (0, 0)
    assert count(context, Task) == 0


def test_users_and_centers_are_upserted(context: ServiceContext, clock: FakeClock) -> None:
    intake = IntakeService(context)
    intake.add_center(CENTER_ID, "Renamed Center")
    intake.upsert_user(user_id="u1", center_id=CENTER_ID, username="amina", display_name="Amina",
                       role="worker", verifier="v1")
    clock.advance(days=1)
    intake.upsert_user(user_id="u1", center_id=CENTER_ID, username="amina", display_name="Amina Yusuf",
                       role="supervisor", verifier="v2", language="sw", active=False)
    assert count(context, Center) == 1 and count(context, User) == 1
    with context.database.read() as session:
        center, user = session.get(Center, CENTER_ID), session.get(User, "u1")
        assert center is not None and center.name == "Renamed Center"
        assert user is not None
        assert (user.display_name, user.role, user.verifier, user.language, user.active, user.updated_at) == (
            "Amina Yusuf", "supervisor", "v2", "sw", False, clock.now)


CANNED = [
    {"code": "reset", "title": "Password reset", "body": "Dear {customer_name}, use the link.",
     "category": "account_access"},
    {"code": "refund", "title": "refund on its way", "body": "Dear {customer_name}, refunded.", "category": "billing"},
    {"code": "reset", "language": "bn", "title": "পাসওয়ার্ড রিসেট", "body": "প্রিয় {customer_name}",
     "category": "account_access"},
]


def test_canned_responses_are_upserted(context: ServiceContext) -> None:
    intake = IntakeService(context)
    intake.add_canned_responses("support_ticket", CANNED)
    intake.add_canned_responses("support_ticket", [
        {"code": "reset", "title": "Reset your password", "body": "New body", "category": None}])
    assert count(context, CannedResponseRow) == 3
    with context.database.read() as session:
        row = session.scalars(select(CannedResponseRow).where(CannedResponseRow.code == "reset",
                                                               CannedResponseRow.language == "en")).one()
        assert (row.title, row.body, row.category) == ("Reset your password", "New body", None)


WORKER = LoggedInUser(id="user-amina", display_name="Amina", role="worker", session_id="s")


def test_canned_responses_in_the_workers_language_else_english(context: ServiceContext) -> None:
    intake = IntakeService(context)
    intake.add_canned_responses("support_ticket", CANNED)
    intake.add_canned_responses("other_kind", [{"code": "x", "title": "Other kind", "body": "x"}])
    work = WorkService(context)
    english = work.canned_responses(WORKER, "support_ticket")
    assert english == [
        CannedResponse(code="reset", title="Password reset", body="Dear {customer_name}, use the link.",
                       category="account_access"),
        CannedResponse(code="refund", title="refund on its way", body="Dear {customer_name}, refunded.",
                       category="billing"),
    ]
    bengali = work.canned_responses(WORKER, "support_ticket", "bn")
    assert [(response.code, response.title) for response in bengali] == [
        ("refund", "refund on its way"), ("reset", "পাসওয়ার্ড রিসেট")]
    assert work.canned_responses(WORKER, "support_ticket", "sw") == english
    assert work.canned_responses(WORKER, "unknown_kind", "bn") == []
