"""End to end over the real loopback server: the PC's audit log reaches the server; a supervisor's PIN
reset made offline on one PC reaches another PC, where the person chooses their own PIN, which comes
back; a pull never undoes a PIN change the server has not heard of yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from deskclient.domain.credentials import check_secret
from deskclient.domain.problems import AUTH_WRONG_SECRET, Problem
from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.services.bundle import Services
from deskclient.services.startup import prepare_database
from deskclient.sync.client import SyncClient
from deskclient.sync.engine import RetryPolicy, SyncReport
from tests.factories import PIN
from tests.sync.conftest import CenterSetup, StepClock, SyncServer, assert_exactly_once, complete, local_rows, login

NEW_PIN = "739251"


@pytest.fixture
def second_pc(scratch: Path, server: SyncServer, center: CenterSetup, http: requests.Session,
              retry: RetryPolicy) -> Iterator[tuple[Services, SyncClient]]:
    """Another PC of the same center, enrolled and synced once."""
    folder = DataFolder(scratch / "second").ensure()
    assert prepare_database(folder).state == "ready"
    opened = Services.open(folder, clock=StepClock())
    try:
        client = SyncClient(opened.context, http=http, retry=retry)
        client.enroll(server.base_url, center.new_code(), device_name="PC 2")
        client.run_once()
        yield opened, client
    finally:
        opened.close()


def local_verifier(services: Services, user_id: str) -> tuple[str, bool]:
    [(verifier, flag)] = local_rows(services, "SELECT verifier, must_change_secret FROM users WHERE id = :u", u=user_id)
    return verifier, bool(flag)


def test_the_pcs_audit_log_reaches_the_server(services: Services, client: SyncClient, server: SyncServer,
                                              center: CenterSetup) -> None:
    amina_id = center.people["amina"]
    with pytest.raises(Problem):
        services.auth.login(amina_id, "000999")
    amina = login(services, amina_id)
    [(result_id, task_id)] = complete(services, amina, 1).items()
    services.auth.logout(amina, "logout")
    assert isinstance(client.run_once(), SyncReport)
    assert_exactly_once(server, services)
    device_id = services.context.device_id
    on_server = server.sql("SELECT id, action, user_id, subject, center_id FROM audit_events "
                           "WHERE device_id = :d AND source = 'device'", d=device_id)
    local = local_rows(services, "SELECT id, action, user_id, subject FROM audit_log ORDER BY seq")
    assert sorted(row[:4] for row in on_server) == sorted(tuple(row) for row in local)
    assert {row[4] for row in on_server} == {center.id}
    assert [row[1] for row in local] == ["enrollment", "login_failed", "login", "task_viewed", "task_submitted",
                                         "logout"]
    assert local[4][3] == task_id and result_id
    # The server's own record of the enrollment sits beside the PC's.
    assert server.sql("SELECT source FROM audit_events WHERE device_id = :d AND action = 'enrollment' "
                      "ORDER BY source", d=device_id) == [("device",), ("server",)]


def test_a_reset_made_offline_reaches_the_other_pc_and_the_new_pin_comes_back(
        services: Services, client: SyncClient, second_pc: tuple[Services, SyncClient], server: SyncServer,
        center: CenterSetup) -> None:
    other, other_client = second_pc
    amina_id = center.people["amina"]
    grace = login(services, center.people["grace"])
    one_time = services.auth.reset_secret(grace, amina_id)  # no sync: it works offline, here at once
    assert services.auth.login(amina_id, one_time).must_change_secret
    with pytest.raises(Problem) as old_pin:
        other.auth.login(amina_id, one_time)  # the other PC has not heard of it yet
    assert old_pin.value.code == AUTH_WRONG_SECRET

    client.run_once()
    [(verifier, must_change)] = server.sql("SELECT verifier, must_change_secret FROM users WHERE id = :u", u=amina_id)
    assert check_secret(one_time, verifier) and must_change
    other_client.run_once()
    amina = other.auth.login(amina_id, one_time)
    assert amina.must_change_secret
    other.auth.change_own_secret(amina, NEW_PIN, NEW_PIN)
    other_client.run_once()
    client.run_once()
    assert not services.auth.login(amina_id, NEW_PIN).must_change_secret
    assert local_verifier(services, amina_id) == local_verifier(other, amina_id)
    client.run_once()  # her login there goes to the server too
    assert_exactly_once(server, services)
    assert server.sql("SELECT action, subject FROM audit_events WHERE action IN ('secret_reset', 'secret_changed') "
                      "ORDER BY action") == [("secret_changed", amina_id), ("secret_reset", amina_id)]


def test_a_pull_keeps_a_pin_change_the_server_has_not_heard_of(services: Services, client: SyncClient,
                                                                 center: CenterSetup, server: SyncServer) -> None:
    amina_id = center.people["amina"]
    amina = login(services, amina_id)
    services.auth.change_own_secret(amina, NEW_PIN, NEW_PIN)
    # Meanwhile the center renames her: the server sends her again, with the PIN it still has.
    admin.add_user(server.database, center_id=center.id, role="worker", username=f"amina-{center.id[:8]}",
                   display_name="Amina Yusuf", secret=PIN, now=server_now(),
                   verifier=server.sql("SELECT verifier FROM users WHERE id = :u", u=amina_id)[0][0])
    engine = client.engine()
    engine._pull_all(SyncReport(), None)  # a pull before the change was pushed (a push failed, say)
    [(name,)] = local_rows(services, "SELECT display_name FROM users WHERE id = :u", u=amina_id)
    assert name == "Amina Yusuf"
    assert check_secret(NEW_PIN, local_verifier(services, amina_id)[0])
    client.run_once()  # now it is pushed, and what comes back is the new PIN
    assert check_secret(NEW_PIN, local_verifier(services, amina_id)[0])
    [(verifier,)] = server.sql("SELECT verifier FROM users WHERE id = :u", u=amina_id)
    assert check_secret(NEW_PIN, verifier)
