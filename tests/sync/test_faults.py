"""Faults between the PC and the server: after each, every item took effect exactly once.

The real server on loopback and the real client; only the transport (an ``HTTPAdapter``) misbehaves
on cue. A cycle may fail with ``Problem(sync.failed, failure=...)``; then the faults stop, another
cycle runs, and both sides must agree: every result on the server once and official, nothing waiting
or set aside on the PC, every task on the PC once, the cursor never back, nothing half-applied.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests

from deskclient.domain.problems import Problem
from deskclient.services.bundle import Services
from deskclient.sync import engine as engine_module
from deskclient.sync.client import SyncClient
from deskclient.sync.engine import RetryPolicy, SyncReport
from tests.sync.conftest import (
    PULL,
    PUSH,
    CenterSetup,
    Fault,
    FaultAdapter,
    StepClock,
    SyncServer,
    assert_exactly_once,
    assert_tasks_agree,
    complete,
    cycle,
    failure_of,
    local_rows,
    login,
    outbox_counts,
    settle,
)

ATTEMPTS = 4  # RetryPolicy.attempts of the ``retry`` fixture

RATE_LIMITED = Fault("http_429", retry_after="7")
NOT_JSON = Fault("garbage", body=b"<html><body>502 Bad Gateway</body></html>")
MISSING_FIELDS = Fault("garbage", body=b'{"answers": []}')


def _cursor_backwards(reply: dict[str, Any]) -> dict[str, Any]:
    return dict(reply, cursor=1)


def _unknown_field(reply: dict[str, Any]) -> dict[str, Any]:
    return dict(reply, surprise="a newer server's field")


def _answers_dropped(reply: dict[str, Any]) -> dict[str, Any]:
    return dict(reply, answers=reply["answers"][:1])


PUSH_CASES = [
    # (fault, times, failure of the faulty cycle or None when the cycle still succeeds)
    pytest.param(Fault("fail_before_send"), 1, None, id="fail_before_send-once"),
    pytest.param(Fault("fail_before_send"), ATTEMPTS, "offline", id="fail_before_send-always"),
    pytest.param(Fault("drop_response"), 1, None, id="drop_response-once"),
    pytest.param(Fault("drop_response"), ATTEMPTS, "offline", id="drop_response-always"),
    pytest.param(Fault("http_500"), 1, None, id="http_500-once"),
    pytest.param(Fault("http_500"), ATTEMPTS, "server_error", id="http_500-always"),
    pytest.param(Fault("bad_gateway"), 1, None, id="bad_gateway-after-commit-once"),
    pytest.param(Fault("bad_gateway"), ATTEMPTS, "server_error", id="bad_gateway-after-commit-always"),
    pytest.param(RATE_LIMITED, 1, None, id="http_429-once"),
    pytest.param(RATE_LIMITED, ATTEMPTS, "rate_limited", id="http_429-always"),
    pytest.param(Fault("timeout"), 1, None, id="timeout-once"),
    pytest.param(Fault("timeout"), ATTEMPTS, None, id="timeout-then-halved"),
    pytest.param(Fault("truncated_gzip"), 1, "bad_reply", id="truncated_gzip"),
    pytest.param(Fault("http_413"), 1, None, id="http_413-halved"),
    pytest.param(Fault("wrong_version"), 1, "unsupported_protocol", id="wrong_version"),
    pytest.param(NOT_JSON, 1, "bad_reply", id="garbage-not-json"),
    pytest.param(MISSING_FIELDS, 1, "bad_reply", id="garbage-missing-fields"),
    pytest.param(Fault("tamper", change=_unknown_field), 1, "bad_reply", id="garbage-unknown-field"),
    pytest.param(Fault("tamper", change=_answers_dropped), 1, None, id="answers-missing"),
    pytest.param(Fault("oversized"), 1, "bad_reply", id="oversized"),
]


@pytest.mark.parametrize(("fault", "times", "failure"), PUSH_CASES)
def test_push_fault_then_recovery(fault: Fault, times: int, failure: str | None, client: SyncClient,
                                  services: Services, server: SyncServer, center: CenterSetup,
                                  faults: FaultAdapter) -> None:
    amina = login(services, center.people["amina"])
    done = complete(services, amina, 6)
    waiting = client.status().waiting
    assert waiting == 20  # six results, the work session, and the audit log's login, six claims and six submits

    faults.inject(PUSH, fault, times)
    outcome = cycle(client)

    assert failure_of(outcome) == failure, outcome
    assert faults.pending(PUSH) == 0
    status = client.status()
    if failure is None:
        assert not status.last_attempt_failed
    else:
        assert status.last_attempt_failed and status.last_error == failure
        assert len(local_rows(services, "SELECT id FROM results")) == 6  # nothing lost on the PC
    if fault.server_works:  # the server did its work before the answer went wrong: nothing twice
        assert len(server.sql("SELECT id FROM results WHERE device_id = :d", d=services.context.device_id)) == 6

    faults.clear()
    recovered = cycle(client)
    assert isinstance(recovered, SyncReport), recovered
    status = client.status()
    assert not status.last_attempt_failed and status.last_error is None
    assert status.needs_attention == 0
    # Only the record of the outage (closed at the end of the good cycle) may still wait; it goes next time.
    assert local_rows(services, "SELECT topic FROM outbox WHERE status = 'pending'") == (
        [("outage.recorded",)] if failure in {"offline", "timeout"} else [])
    settle(client, services)
    assert_exactly_once(server, services)
    assert_tasks_agree(server, services)
    assert set(done) <= set(r[0] for r in server.sql("SELECT id FROM results"))


PULL_CASES = [
    pytest.param(Fault("fail_before_send"), ATTEMPTS, "offline", id="fail_before_send"),
    pytest.param(Fault("drop_response"), 1, None, id="drop_response-once"),
    pytest.param(Fault("drop_response"), ATTEMPTS, "offline", id="drop_response-always"),
    pytest.param(Fault("http_500"), ATTEMPTS, "server_error", id="http_500"),
    pytest.param(RATE_LIMITED, 1, None, id="http_429-once"),
    pytest.param(Fault("timeout"), ATTEMPTS, "timeout", id="timeout"),
    pytest.param(Fault("truncated_gzip"), 1, "bad_reply", id="truncated_gzip"),
    pytest.param(Fault("wrong_version"), 1, "unsupported_protocol", id="wrong_version"),
    pytest.param(NOT_JSON, 1, "bad_reply", id="garbage-not-json"),
    pytest.param(MISSING_FIELDS, 1, "bad_reply", id="garbage-missing-fields"),
    pytest.param(Fault("tamper", change=_unknown_field), 1, "bad_reply", id="garbage-unknown-field"),
    pytest.param(Fault("tamper", change=_cursor_backwards), 1, "bad_reply", id="cursor-backwards"),
    pytest.param(Fault("oversized"), 1, "bad_reply", id="oversized"),
]


@pytest.mark.parametrize(("fault", "times", "failure"), PULL_CASES)
def test_pull_fault_then_recovery(fault: Fault, times: int, failure: str | None, client: SyncClient,
                                  services: Services, server: SyncServer, center: CenterSetup,
                                  faults: FaultAdapter) -> None:
    amina = login(services, center.people["amina"])
    complete(services, amina, 2)
    new_tasks = center.import_tickets(10)
    before = client.status()
    tasks_before = {row[0] for row in local_rows(services, "SELECT id FROM tasks")}
    users_before = local_rows(services, "SELECT id, verifier FROM users ORDER BY id")

    faults.inject(PULL, fault, times)
    outcome = cycle(client)

    assert failure_of(outcome) == failure, outcome
    after = client.status()
    assert after.waiting == 0  # the push half finished before the pull went wrong
    if failure is not None:
        # Refused whole: nothing of the reply applied, the cursor where it was.
        assert after.last_attempt_failed and after.last_error == failure
        assert (after.epoch, after.cursor) == (before.epoch, before.cursor)
        assert {row[0] for row in local_rows(services, "SELECT id FROM tasks")} == tasks_before
        assert local_rows(services, "SELECT id, verifier FROM users ORDER BY id") == users_before

    faults.clear()
    recovered = cycle(client)
    assert isinstance(recovered, SyncReport), recovered
    assert not client.status().last_attempt_failed
    local_tasks = {row[0] for row in local_rows(services, "SELECT id FROM tasks")}
    assert set(new_tasks) <= local_tasks
    assert len(local_tasks) == len(tasks_before) + len(new_tasks)
    assert_tasks_agree(server, services)
    settle(client, services)
    assert_exactly_once(server, services)


def test_pull_fails_between_pages(client: SyncClient, services: Services, server: SyncServer,
                                  center: CenterSetup, faults: FaultAdapter, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page and its cursor are committed together: a failure on page 3 keeps pages 1 and 2, and only them."""
    monkeypatch.setattr(engine_module, "PULL_PAGE", 4)
    center.import_tickets(20)
    before = client.status().cursor
    faults.inject(PULL, Fault("pass"), 2)
    faults.inject(PULL, Fault("truncated_gzip"))

    assert failure_of(cycle(client)) == "bad_reply"

    cursor = client.status().cursor
    assert cursor > before
    device_id = services.context.device_id
    up_to_cursor = {row[0] for row in server.sql(
        "SELECT id FROM tasks WHERE lease_device_id = :d AND change_seq <= :c", d=device_id, c=cursor)}
    local = {row[0] for row in local_rows(services, "SELECT id FROM tasks")}
    assert local == up_to_cursor
    assert len(local) == 30 + 8  # the first sync's tasks and two pages of four

    faults.clear()
    assert isinstance(cycle(client), SyncReport)
    assert_tasks_agree(server, services)
    assert len({row[0] for row in local_rows(services, "SELECT id FROM tasks")}) == 50


@pytest.mark.parametrize("retry_after", ["7", "http-date"])
def test_429_honours_retry_after(retry_after: str, client: SyncClient, services: Services, server: SyncServer,
                                 center: CenterSetup, faults: FaultAdapter, sleeps: list[float]) -> None:
    value = retry_after
    if retry_after == "http-date":
        value = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    complete(services, login(services, center.people["amina"]), 3)
    sleeps.clear()
    faults.inject(PUSH, Fault("http_429", retry_after=value), 2)

    assert isinstance(cycle(client), SyncReport)

    assert len(sleeps) == 2
    least = 7.0 if retry_after == "7" else 17.0  # an HTTP date is a moment: a little time passes
    assert all(slept >= least for slept in sleeps), sleeps
    assert_exactly_once(server, services)


def test_429_retry_after_longer_than_the_backoff_cap(client: SyncClient, services: Services, center: CenterSetup,
                                                     faults: FaultAdapter, sleeps: list[float]) -> None:
    complete(services, login(services, center.people["amina"]), 1)
    sleeps.clear()
    faults.inject(PUSH, Fault("http_429", retry_after="120"))

    outcome = cycle(client)

    calls_after_429 = len(faults.calls_to(PUSH)) - 1 - [c.fault for c in faults.calls_to(PUSH)].index("http_429")
    # Either it waits as long as asked, or it ends the cycle and leaves the wait to the scheduler.
    waited = bool(sleeps) and all(slept >= 120 for slept in sleeps)
    deferred = failure_of(outcome) == "rate_limited" and calls_after_429 == 0 and \
        isinstance(outcome, Problem) and outcome.params.get("retry_after") == 120
    assert waited or deferred, (sleeps, outcome)


def test_413_halves_the_batch_until_it_fits(client: SyncClient, services: Services, server: SyncServer,
                                            center: CenterSetup, faults: FaultAdapter, sleeps: list[float]) -> None:
    complete(services, login(services, center.people["amina"]), 12)
    sleeps.clear()
    faults.max_push_items = 3
    before = len(faults.calls_to(PUSH))  # the first sync's (the enrollment's audit entry)

    report = cycle(client)

    assert isinstance(report, SyncReport), report
    # 12 results, the work session and 25 audit entries (login, 12 claims, 12 submits).
    sizes = [(call.items, call.status) for call in faults.calls_to(PUSH)][before:]
    assert sizes[:5] == [(38, 413), (19, 413), (9, 413), (4, 413), (2, 200)], sizes
    assert all(items <= 3 and status == 200 for items, status in sizes[4:]), sizes
    assert sum(items for items, status in sizes if status == 200) == 38
    assert report.pushed == 38 and report.duplicates == 0
    assert sleeps == []  # a too-large batch is made smaller, not waited for
    assert_exactly_once(server, services)


def test_413_for_a_single_item_fails_calmly(client: SyncClient, services: Services, server: SyncServer,
                                            center: CenterSetup, faults: FaultAdapter) -> None:
    complete(services, login(services, center.people["amina"]), 2)
    faults.max_push_items = 0
    before = len(faults.calls_to(PUSH))  # the first sync's (the enrollment's audit entry)

    outcome = cycle(client)

    assert failure_of(outcome) == "too_large"
    # Two results, the work session and five audit entries (login, two claims, two submits): halved down to one.
    assert [call.items for call in faults.calls_to(PUSH)][before:] == [8, 4, 2, 1]
    assert client.status().waiting == 8
    faults.clear()
    assert isinstance(cycle(client), SyncReport)
    assert_exactly_once(server, services)


def test_status_shows_failure_only_until_the_next_success(client: SyncClient, services: Services,
                                                          center: CenterSetup, faults: FaultAdapter) -> None:
    assert not client.status().last_attempt_failed
    complete(services, login(services, center.people["amina"]), 2)
    faults.down = {PUSH, PULL}

    assert failure_of(cycle(client)) == "offline"
    failed = client.status()
    assert failed.last_attempt_failed and failed.last_error == "offline" and failed.waiting == 8  # 3 + 5 audit
    last_success = failed.last_success_at

    faults.clear()
    assert isinstance(cycle(client), SyncReport)
    ok = client.status()
    assert not ok.last_attempt_failed and ok.last_error is None
    assert ok.last_success_at is not None and last_success is not None and ok.last_success_at > last_success
    assert ok.waiting == 1  # the outage record, written when the server came back


def test_status_shows_failure_after_the_pc_clock_went_back(client: SyncClient, services: Services,
                                                           faults: FaultAdapter, pc_clock: StepClock) -> None:
    assert isinstance(cycle(client), SyncReport)
    pc_clock.offset = -timedelta(days=3)  # a flat CMOS battery after a power cut
    faults.down = {PUSH, PULL}

    assert failure_of(cycle(client)) == "offline"

    assert client.status().last_error == "offline"
    assert client.status().last_attempt_failed


@pytest.mark.parametrize("path", [PUSH, PULL])
def test_unsupported_protocol_asks_for_an_update(path: str, client: SyncClient, services: Services,
                                                 center: CenterSetup, faults: FaultAdapter,
                                                 sleeps: list[float]) -> None:
    complete(services, login(services, center.people["amina"]), 1)
    sleeps.clear()
    calls = len(faults.calls)
    faults.inject(path, Fault("wrong_version"))

    outcome = cycle(client)

    assert isinstance(outcome, Problem) and failure_of(outcome) == "unsupported_protocol"
    assert "unsupported_protocol" in outcome.params["detail"]
    assert faults.calls[-1].status == 426 and faults.calls[-1].path == path
    assert len(faults.calls) - calls == (1 if path == PUSH else 2)  # not retried
    assert sleeps == []
    assert client.status().last_error == "unsupported_protocol"


@pytest.mark.parametrize("fault", ["fail_before_send", "timeout"])
def test_outage_is_recorded_while_offline_and_closed_when_back(fault: str, client: SyncClient,
                                                               services: Services, server: SyncServer,
                                                               center: CenterSetup, faults: FaultAdapter) -> None:
    complete(services, login(services, center.people["amina"]), 2)
    assert client.status().unreachable_since is None
    for path in (PUSH, PULL):
        faults.inject(path, fault, 10 * ATTEMPTS)

    assert failure_of(cycle(client)) in {"offline", "timeout"}
    since = client.status().unreachable_since
    assert since is not None
    assert failure_of(cycle(client)) in {"offline", "timeout"}
    assert client.status().unreachable_since == since  # one outage, not one per failed cycle
    open_rows = local_rows(services, "SELECT id, started_at, ended_at FROM outages WHERE kind = 'server_unreachable'")
    assert len(open_rows) == 1 and open_rows[0][2] is None
    outage_id = open_rows[0][0]

    faults.clear()
    assert isinstance(cycle(client), SyncReport)
    assert client.status().unreachable_since is None
    closed = local_rows(services, "SELECT ended_at FROM outages WHERE id = :id", id=outage_id)
    assert closed[0][0] is not None
    reported = local_rows(services, "SELECT topic, status FROM outbox WHERE id = :id", id=outage_id)
    assert reported == [("outage.recorded", "pending")]

    assert isinstance(cycle(client), SyncReport)
    events = server.sql("SELECT topic, body FROM events WHERE id = :id", id=outage_id)
    assert len(events) == 1 and events[0][0] == "outage.recorded"
    body = events[0][1] if isinstance(events[0][1], dict) else json.loads(events[0][1])
    assert body["kind"] == "server_unreachable" and body["outage_id"] == outage_id
    assert datetime.fromisoformat(body["started_at"]) == since
    assert outbox_counts(services).get("pending", 0) == 0
    assert_exactly_once(server, services)


def test_every_fault_in_a_row_still_exactly_once(client: SyncClient, services: Services, server: SyncServer,
                                                 center: CenterSetup, faults: FaultAdapter) -> None:
    """Work between faulty cycles, many kinds in turn, then one clean cycle: each result once."""
    amina = login(services, center.people["amina"])
    priya = login(services, center.people["priya"])
    kinds = ["drop_response", "truncated_gzip", "timeout", "http_500", "garbage", "fail_before_send",
             "drop_response", "http_413"]
    for number, kind in enumerate(kinds):
        complete(services, amina if number % 2 else priya, 2)
        faults.inject(PUSH, kind, ATTEMPTS)
        faults.inject(PULL, kind, ATTEMPTS)
        cycle(client)
        faults.clear()
    assert isinstance(cycle(client), SyncReport)
    settle(client, services)
    assert len(local_rows(services, "SELECT id FROM results")) == 2 * len(kinds)
    assert_exactly_once(server, services)
    assert_tasks_agree(server, services)


def test_enrollment_survives_a_failure_before_sending(services: Services, server: SyncServer, center: CenterSetup,
                                                      http: requests.Session, retry: RetryPolicy,
                                                      faults: FaultAdapter) -> None:
    made = SyncClient(services.context, http=http, retry=retry)
    faults.inject("/v1/enroll", "fail_before_send")
    with pytest.raises(Problem) as refused:
        made.enroll(server.base_url, center.code)
    assert refused.value.params["failure"] == "offline"
    assert not made.status().enrolled

    made.enroll(server.base_url, center.code)  # the code was not spent
    assert isinstance(cycle(made), SyncReport)


def test_enrollment_survives_a_lost_reply(services: Services, server: SyncServer, center: CenterSetup,
                                          http: requests.Session, retry: RetryPolicy, faults: FaultAdapter) -> None:
    made = SyncClient(services.context, http=http, retry=retry)
    faults.inject("/v1/enroll", "drop_response")
    with pytest.raises(Problem):
        made.enroll(server.base_url, center.code)

    for code in (center.code, center.new_code()):  # the same code again, or else a new one from the operator
        try:
            made.enroll(server.base_url, code)
        except Problem:
            continue
        break
    assert made.status().enrolled
    assert isinstance(cycle(made), SyncReport)


def test_lost_pull_replies_do_not_make_the_pc_hoard_tasks(services: Services, server: SyncServer,
                                                          center: CenterSetup, http: requests.Session,
                                                          retry: RetryPolicy, faults: FaultAdapter) -> None:
    made = SyncClient(services.context, http=http, retry=retry, target_queue=5)
    made.enroll(server.base_url, center.code)
    faults.inject(PULL, "drop_response", ATTEMPTS - 1)

    assert isinstance(cycle(made), SyncReport)

    assert_tasks_agree(server, services)
    held = server.sql("SELECT count(*) FROM tasks WHERE lease_device_id = :d", d=services.context.device_id)[0][0]
    assert held <= 5, f"asked for 5 tasks, holds {held}"
