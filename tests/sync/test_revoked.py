"""A revoked PC: sync stops at once and for good, its unsent work goes to a file and from there to the server once.

Real server on loopback, real client, the real ``deskclient`` and ``deskclient-server`` commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from deskclient.cli import main as pc_main
from deskclient.domain.problems import Problem
from deskclient.paths import DataFolder
from deskclient.server.cli import main as server_main
from deskclient.services.bundle import Services
from deskclient.sync.client import SyncClient
from deskclient.sync.transport import Failure
from tests.sync.conftest import (
    PULL,
    PUSH,
    CenterSetup,
    FaultAdapter,
    SyncServer,
    complete,
    cycle,
    failure_of,
    local_results,
    local_rows,
    login,
    outbox_counts,
)


def _summary(output: str) -> dict[str, int]:
    counts = {}
    for line in output.splitlines():
        status, _, number = line.partition(": ")
        if status in ("applied", "duplicate", "rejected", "conflict"):
            counts[status] = int(number)
    return counts


def test_revoke_export_import_exactly_once(client: SyncClient, services: Services, server: SyncServer,
                                           center: CenterSetup, faults: FaultAdapter, sleeps: list[float],
                                           folder: DataFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    device_id = services.context.device_id
    amina = login(services, center.people["amina"])
    synced = complete(services, amina, 2)
    assert cycle(client).pushed >= 2  # type: ignore[union-attr]
    offline = complete(services, amina, 3)  # done while the network was down: still in the outbox
    pending_before = outbox_counts(services)["pending"]
    assert pending_before >= 3

    capsys.readouterr()
    assert server_main(["revoke-device", device_id, "--reason", "stolen", "--db", server.url]) == 0
    assert "revoked" in capsys.readouterr().out
    assert server.sql("SELECT revoked_at IS NOT NULL FROM devices WHERE id = :d", d=device_id) == [(1,)]
    [(detail,)] = server.sql("SELECT detail FROM audit_events WHERE action = 'device_revoked' AND device_id = :d "
                             "AND source = 'admin'", d=device_id)
    assert json.loads(detail) == {"reason": "stolen"} if isinstance(detail, str) else detail == {"reason": "stolen"}

    # Sync fails with "revoked", is not retried, and the next cycle does not even ask the server.
    outcome = cycle(client)
    assert failure_of(outcome) == Failure.REVOKED.value
    assert sleeps == []
    calls = len(faults.calls_to(PUSH)) + len(faults.calls_to(PULL))
    assert failure_of(cycle(client)) == Failure.REVOKED.value
    assert len(faults.calls_to(PUSH)) + len(faults.calls_to(PULL)) == calls
    assert outbox_counts(services)["pending"] == pending_before  # nothing lost, nothing marked sent

    monkeypatch.setenv("DESKCLIENT_HOME", str(folder.root))
    assert pc_main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["revoked"] is True and status["last_error"] == "revoked"
    assert "disconnected" in status["message"] and status["export_command"] == "deskclient export-outbox FILE"
    assert pc_main(["sync", "--once"]) == 1
    assert "disconnected this PC" in capsys.readouterr().err

    export = tmp_path / "unsent.json"
    assert pc_main(["export-outbox", str(export)]) == 0
    assert "unsent item(s)" in capsys.readouterr().out
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["format"] == "deskclient-outbox" and data["format_version"] == 1
    assert data["device_id"] == device_id and data["center_id"] == center.id and data["created_at"]
    pending = local_rows(services, "SELECT id, seq, topic FROM outbox WHERE status = 'pending' ORDER BY seq")
    assert [(item["id"], item["seq"], item["topic"]) for item in data["items"]] == [tuple(row) for row in pending]
    # A result's outbox id is its result id; its body goes as a push sends it (sealed to the server).
    assert {item["id"] for item in data["items"] if item["topic"] == "result.submitted"} == set(offline)
    [(audit_id,)] = local_rows(services, "SELECT id FROM audit_log WHERE action = 'outbox_exported'")
    assert audit_id in {item["id"] for item in data["items"]}  # the export's own audit entry travels with it
    assert not export.with_name("unsent.json.partial").exists()

    assert server_main(["import-outbox", str(export), "--db", server.url]) == 0
    first = _summary(capsys.readouterr().out)
    assert sum(first.values()) == len(data["items"]) and first.get("conflict", 0) == 0
    assert first["applied"] >= len(offline)
    rows = server.sql("SELECT id, task_id FROM results WHERE device_id = :d", d=device_id)
    assert dict(rows) == local_results(services) == {**synced, **offline}  # every result, once
    imported = server.sql("SELECT count(*) FROM audit_events WHERE action = 'outbox_imported' AND device_id = :d",
                          d=device_id)
    assert imported == [(1,)]

    assert server_main(["import-outbox", str(export), "--db", server.url]) == 0
    second = _summary(capsys.readouterr().out)
    assert second.get("applied", 0) == 0 and second.get("conflict", 0) == 0
    assert second["duplicate"] == first["applied"] + first.get("duplicate", 0)
    assert second.get("rejected", 0) == first.get("rejected", 0)  # refused once, refused again: never applied
    assert dict(server.sql("SELECT id, task_id FROM results WHERE device_id = :d", d=device_id)) == local_results(
        services)
    # The revoked device's own token stays refused.
    assert failure_of(cycle(client)) == Failure.REVOKED.value


def test_a_revoked_token_is_refused_on_every_request(client: SyncClient, services: Services, server: SyncServer,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    engine = client.engine()
    assert server_main(["revoke-device", services.context.device_id, "--db", server.url]) == 0
    capsys.readouterr()
    for path in (PUSH, PULL):
        reply = requests.post(server.base_url + path, json={}, headers=dict(engine.transport.headers,
                              **{"Content-Encoding": "identity"}), timeout=30)
        assert reply.status_code == 403 and reply.json()["error"] == "device_revoked", path


def test_revoking_an_unknown_device_or_twice(server: SyncServer, client: SyncClient, services: Services,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert server_main(["revoke-device", "pc-nobody", "--db", server.url]) == 1
    assert "no device with id 'pc-nobody'" in capsys.readouterr().err
    device_id = services.context.device_id
    assert server_main(["revoke-device", device_id, "--db", server.url]) == 0
    assert server_main(["revoke-device", device_id, "--db", server.url]) == 0  # idempotent: one audit event
    assert server.sql("SELECT count(*) FROM audit_events WHERE action = 'device_revoked' AND device_id = :d",
                      d=device_id) == [(1,)]
    capsys.readouterr()
    assert server_main(["list-devices", "--json", "--db", server.url]) == 0
    listed = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed[device_id]["revoked_at"] is not None and listed[device_id]["last_seen_at"] is not None
    assert listed[device_id]["center"] == "Kisumu Center" and listed[device_id]["name"] == "PC 1"
    assert server_main(["list-devices", "--db", server.url]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["CENTER", "DEVICE", "NAME", "ENROLLED", "LAST", "SEEN", "REVOKED"]
    assert any(device_id in line and "UTC" in line.rsplit(device_id, 1)[1] for line in table[1:])


def test_a_problem_names_the_revoked_failure(client: SyncClient, services: Services, server: SyncServer) -> None:
    assert server_main(["revoke-device", services.context.device_id, "--db", server.url]) == 0
    with pytest.raises(Problem) as raised:
        client.run_once()
    assert raised.value.params["failure"] == "revoked"
    assert client.status().last_error == "revoked"
