"""Sealed outbox bodies on the real server (loopback): opened and applied intact, refused when changed,
still delivered after the PC lost its own key; tickets that could no longer be read come back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from deskclient.domain import sealed
from deskclient.domain.problems import TASK_UNREADABLE, Problem
from deskclient.paths import DataFolder
from deskclient.protocol import wire
from deskclient.server.apply import apply_push
from deskclient.server.clock import server_now
from deskclient.server.meta import ensure_sealing_key, sealing_private_key
from deskclient.services.bundle import Services
from deskclient.services.startup import prepare_database
from deskclient.store import sealing
from deskclient.sync.client import SyncClient
from tests.factories import MemoryKeyring
from tests.sync.conftest import CenterSetup, SyncServer, answer, local_rows, login


def sealed_rows(services: Services) -> list[tuple[str, str, dict[str, Any]]]:
    return [(row[0], row[1], json.loads(row[2])) for row in local_rows(
        services, "SELECT id, topic, body_json FROM outbox WHERE topic LIKE 'result.%' OR topic = 'task.skipped'")]


def test_server_opens_a_sealed_result_and_stores_it_intact(client: SyncClient, services: Services,
                                                          server: SyncServer, center: CenterSetup) -> None:
    public = ensure_sealing_key(server.database)
    assert sealing.cipher_for(services.context.database).server_key == public  # learned at enrollment
    amina = login(services, center.people["amina"])
    item = services.work.next_task(amina)
    values = answer(item.task_id) | {"reply_text": f"Dear {item.payload['customer_name']}, done."}
    result_id = services.work.submit(amina, item.task_id, values, active_ms=42_000)
    skipped = services.work.next_task(amina)
    services.work.skip(amina, skipped.task_id, "other", f"call {skipped.payload['customer_phone']}", 1_000)
    rows = sealed_rows(services)
    assert {topic for _, topic, _ in rows} == {"result.submitted", "task.skipped"}
    for _, _, body in rows:  # no plain field at all, and the server's wrap is there before the push
        assert set(body) == {"sealed"} and body["sealed"]["server"]["to"] == public
    assert item.payload["customer_name"] not in json.dumps([body for _, _, body in rows], ensure_ascii=False)
    report = client.run_once()
    assert report.pushed >= 2 and report.rejected == 0
    [(stored_values, outcome)] = server.sql("SELECT [values], outcome FROM results WHERE id = :id", id=result_id)
    stored = json.loads(stored_values) if isinstance(stored_values, str) else stored_values
    assert stored == dict(values, escalated=False) and outcome == "submitted"
    [(event_body,)] = server.sql("SELECT body FROM events WHERE topic = 'task.skipped' AND device_id = :d",
                                 d=services.context.device_id)
    event = json.loads(event_body) if isinstance(event_body, str) else event_body
    assert event["note"] == f"call {skipped.payload['customer_phone']}"


def test_a_changed_sealed_body_is_refused_and_blocks_nothing(client: SyncClient, services: Services,
                                                             server: SyncServer, center: CenterSetup) -> None:
    amina = login(services, center.people["amina"])
    first, second = (services.work.next_task(amina) for _ in range(2))
    ids = [services.work.submit(amina, task.task_id, answer(task.task_id), active_ms=1_000) for task in (first, second)]
    rows = {row[0]: row for row in local_rows(services, "SELECT id, seq, topic, user_id, created_at, body_json "
                                                        "FROM outbox WHERE id IN (:a, :b)", a=ids[0], b=ids[1])}
    items = []
    for result_id in ids:
        _, seq, topic, user_id, created_at, body_json = rows[result_id]
        body, _ = sealing.cipher_for(services.context.database).wire_body(topic, result_id, body_json)
        items.append(wire.PushItem(id=result_id, seq=seq, topic=topic, user_id=user_id,
                                   created_at=created_at, body=body))
    ciphertext = items[0].body["sealed"]["ct"]
    items[0].body["sealed"]["ct"] = ("B" if ciphertext[0] != "B" else "C") + ciphertext[1:]
    with server.database.transaction() as session:
        outcome = apply_push(session, services.context.device_id, items, server_now())
    answers = {answer.id: answer for answer in outcome.answers}
    assert answers[ids[0]].status is wire.ItemStatus.REJECTED and answers[ids[0]].reason == "sealed_body_unreadable"
    assert answers[ids[1]].status is wire.ItemStatus.APPLIED
    # A sealed body moved to another item does not open either (the item's id is bound to it).
    with server.database.read() as session:
        private = sealing_private_key(session)
    assert private is not None
    assert sealed.open_for_server(items[1].body, private, item_id=ids[1], topic=items[1].topic)["task_id"] == \
        second.task_id
    with pytest.raises(sealed.SealError):
        sealed.open_for_server(items[1].body, private, item_id=ids[0], topic=items[1].topic)


def test_lost_key_unsent_work_still_reaches_the_server_and_tickets_come_back(
        client: SyncClient, services: Services, server: SyncServer, center: CenterSetup, folder: DataFolder,
        memory_keyring: MemoryKeyring) -> None:
    amina = login(services, center.people["amina"])
    done = services.work.next_task(amina)
    result_id = services.work.submit(amina, done.task_id, answer(done.task_id), active_ms=5_000)
    held = services.work.next_task(amina)  # in progress, with a draft, when the key goes
    services.work.save_draft(amina, held.task_id, {"reply_text": "half"}, active_ms=3_000)
    waiting_before = local_rows(services, "SELECT count(*) FROM tasks WHERE state = 'available'")[0][0]
    services.close()
    # The keyring is wiped (a new Windows profile, a reinstalled PC); no file either.
    for name in [key for key in memory_keyring.secrets if key[1].startswith("data-key:")]:
        del memory_keyring.secrets[name]
    assert not (folder.root / sealing.KEY_FILE).exists()

    outcome = prepare_database(folder)
    assert outcome.state == "ready" and outcome.data_key_lost
    reopened = Services.open(folder, clock=services.context.clock)
    try:
        amina = login(reopened, center.people["amina"])
        # Waiting tickets were set aside until the re-pull; the held one says so calmly.
        assert local_rows(reopened, "SELECT count(*) FROM tasks WHERE state = 'available'")[0][0] == 0
        try:
            reopened.work.open_task(amina, held.task_id)
        except Problem as problem:
            assert problem.code == TASK_UNREADABLE
        else:
            raise AssertionError("an unreadable ticket opened")
        again = SyncClient(reopened.context, http=client.http, retry=client.retry)
        report = again.run_once()
        assert report.rejected == 0
        # The result sealed before the loss reached the server through its server wrap.
        assert server.sql("SELECT count(*) FROM results WHERE id = :id", id=result_id) == [(1,)]
        # Everything leased comes back readable; the held ticket is whole again (its draft is gone).
        assert local_rows(reopened, "SELECT count(*) FROM tasks WHERE state = 'available'")[0][0] == waiting_before
        item = reopened.work.open_task(amina, held.task_id)
        assert item.payload == held.payload and item.draft == {}
        claimed = reopened.work.next_task(amina)
        assert claimed.payload["customer_name"]
    finally:
        reopened.close()


def test_items_sealed_before_the_server_key_was_known_get_its_wrap_before_the_push(
        client: SyncClient, services: Services, server: SyncServer, center: CenterSetup) -> None:
    cipher = sealing.cipher_for(services.context.database)
    known = cipher.server_key
    cipher.server_key = None  # as on a PC enrolled with a server that had no key yet
    amina = login(services, center.people["amina"])
    item = services.work.next_task(amina)
    result_id = services.work.submit(amina, item.task_id, answer(item.task_id), active_ms=1_000)
    [(_, _, body)] = [row for row in sealed_rows(services) if row[0] == result_id]
    assert "server" not in body["sealed"] and "local" in body["sealed"]
    cipher.server_key = known
    client.run_once()
    [(_, _, body)] = [row for row in sealed_rows(services) if row[0] == result_id]
    assert body["sealed"]["server"]["to"] == known  # kept: a resend after a server restore sends the same
    assert server.sql("SELECT count(*) FROM results WHERE id = :id", id=result_id) == [(1,)]


def test_the_center_sets_how_long_its_pcs_keep_personal_data(client: SyncClient, services: Services,
                                                               server: SyncServer, center: CenterSetup) -> None:
    from deskclient.server.admin import configure_center

    client.run_once()  # settled: the next pull brings no change at all, only the center's data
    assert services.housekeeping.retention_days() == 14
    configure_center(server.database, center.id, retention_days=5)
    client.run_once()
    assert services.housekeeping.retention_days() == 5


def test_a_pull_with_nothing_else_new_still_brings_a_new_retention(
        client: SyncClient, services: Services, server: SyncServer, center: CenterSetup,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from deskclient.server.admin import configure_center
    from deskclient.sync.engine import SyncEngine

    client.run_once()
    configure_center(server.database, center.id, retention_days=9)
    original = SyncEngine._nothing_new
    verdicts: list[bool] = []

    def as_a_pc_without_leases(engine: SyncEngine, reply: wire.PullReply) -> bool:
        # A PC holding no leases gets an empty last page without a lease renewal: the cheap no-op path.
        verdicts.append(original(engine, reply.model_copy(update={"leases_renewed_until": None})))
        return verdicts[-1]

    monkeypatch.setattr(SyncEngine, "_nothing_new", as_a_pc_without_leases)
    client.run_once()
    assert verdicts == [False]  # the new retention is news: the page is applied
    assert services.housekeeping.retention_days() == 9
