"""Enrollment, tokens, protocol versions and request bodies, against the real server on loopback."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import update

from deskclient.protocol import wire
from deskclient.server.clock import server_now
from deskclient.server.models import Device as DeviceRow
from deskclient.server.models import EnrollmentCode
from tests.server.fixtures import Center, Device, Server

UNAUTHORIZED = {"error": "unauthorized"}


# -- enrollment -----------------------------------------------------------------------------------
def test_a_code_enrolls_one_device_once(server: Server, center: Center) -> None:
    code = center.new_code()
    first = server.post("/v1/enroll", {"code": code.lower(), "device_id": "pc-a", "device_name": "Front desk"})
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["device_id"] == "pc-a" and body["center_id"] == center.id and body["center_name"] == "Kisumu Center"
    assert len(body["device_secret"]) >= 32
    assert body["server_epoch"] == server.sql("SELECT value FROM server_meta WHERE key = 'epoch'")[0][0]
    # The secret is stored only as a hash.
    assert server.sql("SELECT secret_hash FROM devices WHERE id = 'pc-a'")[0][0] != body["device_secret"]

    again = server.post("/v1/enroll", {"code": code, "device_id": "pc-b"})
    assert again.status_code == 400
    assert again.json()["error"] == "enrollment_code_invalid"
    assert server.sql("SELECT count(*) FROM devices WHERE id = 'pc-b'")[0][0] == 0


def test_an_expired_or_unknown_code_is_refused(server: Server, center: Center) -> None:
    code = center.new_code()
    with server.database.transaction() as session:
        session.execute(update(EnrollmentCode).where(EnrollmentCode.used_at.is_(None))
                        .values(expires_at=server_now() - timedelta(seconds=1)))
    expired = server.post("/v1/enroll", {"code": code, "device_id": "pc-late"})
    assert expired.status_code == 400 and expired.json()["error"] == "enrollment_code_invalid"
    unknown = server.post("/v1/enroll", {"code": "AAAA-BBBB-CCCC", "device_id": "pc-late"})
    assert unknown.status_code == 400 and unknown.json()["error"] == "enrollment_code_invalid"
    assert server.sql("SELECT count(*) FROM devices")[0][0] == 0


def test_the_same_device_id_cannot_enroll_twice_and_keeps_the_code_unspent(server: Server, center: Center) -> None:
    first = center.enroll("pc-same")
    code = center.new_code()
    twice = server.post("/v1/enroll", {"code": code, "device_id": "pc-same"})
    assert twice.status_code == 400 and twice.json()["error"] == "enrollment_code_invalid"
    # The first enrollment's secret still works; the refused attempt did not spend the code.
    assert first.post("/v1/pull", {}).status_code == 200
    assert server.post("/v1/enroll", {"code": code, "device_id": "pc-other"}).status_code == 200


def test_malformed_enrollments_are_400(server: Server, center: Center) -> None:
    code = center.new_code()
    for body in ({"code": "AB", "device_id": "pc"}, {"code": code, "device_id": ""}, {"device_id": "pc"},
                 {"code": code, "device_id": "pc", "admin": True}, {"code": code, "device_id": "p" * 65}):
        reply = server.post("/v1/enroll", body)
        assert reply.status_code == 400, body
        assert reply.json()["error"] == "bad_request"
    assert server.post("/v1/enroll", {"code": code, "device_id": "pc"}).status_code == 200


# -- tokens ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/v1/pull", "/v1/push"])
def test_requests_without_a_valid_token_get_401_and_nothing_else(server: Server, center: Center,
                                                               path: str) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    assert device.take_tasks(1)
    item = device.result(task, center.people["Amina"])
    body = {"items": [item]} if path == "/v1/push" else {"want_tasks": 5}
    attempts = {
        "missing": {},
        "wrong secret": {"Authorization": f"Bearer {device.id}.{'x' * 43}"},
        "unknown device": {"Authorization": f"Bearer pc-nobody.{device.secret}"},
        "no secret": {"Authorization": f"Bearer {device.id}"},
        "empty": {"Authorization": "Bearer "},
        "not bearer": {"Authorization": f"Basic {device.token}"},
    }
    for what, headers in attempts.items():
        reply = server.post(path, body, headers=headers)
        assert reply.status_code == 401, what
        assert reply.json() == UNAUTHORIZED, what
    with server.database.transaction() as session:
        session.execute(update(DeviceRow).where(DeviceRow.id == device.id).values(revoked_at=server_now()))
    revoked = device.post(path, body)
    assert revoked.status_code == 403 and revoked.json()["error"] == "device_revoked"
    # A wrong secret for the revoked device still learns nothing about it.
    assert server.post(path, body, headers=attempts["wrong secret"]).json() == UNAUTHORIZED
    # Nothing was applied, and no task was leased, by any refused request.
    assert server.sql("SELECT count(*) FROM applied_items")[0][0] == 0
    assert server.sql("SELECT count(*) FROM results")[0][0] == 0
    assert server.sql("SELECT count(*) FROM task_leases")[0][0] == 1


def test_an_unauthenticated_request_learns_nothing_from_its_body(server: Server) -> None:
    for data in (b'{"items": [{"id": "x"}]}', b'{"nonsense": 1}'):
        reply = server.post("/v1/push", data=data)
        assert reply.status_code == 401, reply.text
        assert reply.json() == UNAUTHORIZED


# -- protocol versions ----------------------------------------------------------------------------
def test_unsupported_protocol_versions_get_426(server: Server, center: Center) -> None:
    device = center.enroll()
    code = center.new_code()
    bodies = {"/v1/enroll": {"code": code, "device_id": "pc-new"}, "/v1/pull": {"want_tasks": 1},
              "/v1/push": {"items": []}}
    for path, body in bodies.items():
        for version in ("2", "0", "", "one", "1.0", "01x", "-1", "\xb2", "\xb9"):
            reply = device.post(path, body, headers={"X-Deskclient-Protocol": version})
            assert reply.status_code == 426, (path, version)
            assert reply.json() == {"error": "unsupported_protocol", "detail": f"protocol version {version!r}",
                                    "supported_versions": sorted(wire.SUPPORTED_VERSIONS)}
    assert server.sql("SELECT count(*) FROM devices WHERE id = 'pc-new'")[0][0] == 0


def test_a_request_without_the_version_header_gets_426(server: Server, center: Center) -> None:
    device = center.enroll()
    reply = server.http.post(server.base_url + "/v1/pull", json={},
                             headers={"Authorization": f"Bearer {device.token}"}, timeout=30)
    assert reply.status_code == 426 and reply.json()["supported_versions"] == [1]


def test_health_answers_without_the_version_header(server: Server) -> None:
    reply = server.http.get(server.base_url + "/v1/health", timeout=30)
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok" and reply.json()["supported_versions"] == [1]


# -- bodies ---------------------------------------------------------------------------------------
def test_malformed_pull_bodies_are_400(server: Server, center: Center) -> None:
    device = center.enroll()
    center.tasks(3)
    for data in (b"{not json", b"", b"[]", b'"text"', b'{"cursor": -1}', b'{"limit": 0}', b'{"limit": 2001}',
                 b'{"cursor": "ten"}', b'{"want_tasks": 5, "since": "2026-01-01"}', b'{"want_tasks": 5,'):
        reply = device.post("/v1/pull", data=data)
        assert reply.status_code == 400, (data, reply.text)
        assert reply.json()["error"] == "bad_request"
        assert set(reply.json()) <= {"error", "detail"}
    assert server.sql("SELECT count(*) FROM task_leases")[0][0] == 0


def test_a_push_with_one_malformed_item_is_refused_as_a_whole(server: Server, center: Center) -> None:
    device = center.enroll()
    tasks = center.tasks(2)
    device.take_tasks(2)
    good = device.result(tasks[0], center.people["Amina"])
    unknown_field = dict(device.result(tasks[1], center.people["Amina"]), priority="high")
    no_seq = {key: value for key, value in device.result(tasks[1], center.people["Amina"]).items() if key != "seq"}
    for bad in (unknown_field, no_seq, dict(good, seq=0), dict(good, id=""), dict(good, body="text")):
        reply = device.post("/v1/push", {"items": [good, bad]})
        assert reply.status_code == 400, bad
        assert reply.json()["error"] == "bad_request"
    too_many = device.post("/v1/push", {"items": [good] * (wire.MAX_PUSH_ITEMS + 1)})
    assert too_many.status_code == 400
    assert server.sql("SELECT count(*) FROM applied_items")[0][0] == 0
    assert device.push(good)["answers"][0]["status"] == "applied"


def test_gzip_request_bodies(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    item = device.result(task, center.people["Amina"])
    packed = gzip.compress(json.dumps({"items": [item]}).encode())
    gzip_headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}

    truncated = device.post("/v1/push", data=packed[: len(packed) // 2], headers=gzip_headers)
    assert truncated.status_code == 400 and truncated.json()["error"] == "bad_request"
    not_gzip = device.post("/v1/push", data=json.dumps({"items": [item]}).encode(), headers=gzip_headers)
    assert not_gzip.status_code == 400
    assert server.sql("SELECT count(*) FROM applied_items")[0][0] == 0

    reply = device.post("/v1/push", data=packed, headers=gzip_headers)
    assert reply.status_code == 200, reply.text
    assert [(a["id"], a["status"]) for a in reply.json()["answers"]] == [(item["id"], "applied")]
    pulled = device.post("/v1/pull", data=gzip.compress(b'{"cursor": 0}'), headers=gzip_headers)
    assert pulled.status_code == 200 and pulled.json()["last_applied_seq"] == item["seq"]


def test_large_replies_are_gzipped(server: Server, center: Center) -> None:
    device = center.enroll()
    center.tasks(20)
    reply = device.post("/v1/pull", {"want_tasks": 20}, headers={"Accept-Encoding": "gzip"})
    assert reply.status_code == 200
    assert reply.headers["Content-Encoding"] == "gzip"
    assert len(reply.json()["changes"]) == 20 + 4


def test_too_large_bodies_get_413(server: Server, center: Center) -> None:
    device = center.enroll()
    center.tasks(1)
    huge = b'{"cursor": 0, "pad": "' + b"x" * (wire.MAX_BODY_BYTES + 1) + b'"}'
    plain = device.post("/v1/pull", data=huge)
    assert plain.status_code == 413 and plain.json()["error"] == "too_large"
    bomb = device.post("/v1/pull", data=gzip.compress(huge), headers={"Content-Encoding": "gzip"})
    assert len(gzip.compress(huge)) < wire.MAX_BODY_BYTES
    assert bomb.status_code == 413 and bomb.json()["error"] == "too_large"

    def chunked() -> Iterator[bytes]:  # no Content-Length: the server must count as it reads
        for start in range(0, len(huge), 1 << 20):
            yield huge[start:start + (1 << 20)]

    streamed = device.post("/v1/pull", data=chunked())
    assert streamed.status_code == 413 and streamed.json()["error"] == "too_large"
    small = device.post("/v1/pull", data=iter([b"{\"cursor\"", b": 0}"]))
    assert small.status_code == 200, small.text
    assert server.sql("SELECT count(*) FROM task_leases")[0][0] == 0


def test_a_device_sees_only_the_tasks_of_its_own_center(server: Server, center: Center) -> None:
    other = server.center("Other Center")
    other.tasks(5)
    device: Device = center.enroll()
    assert device.take_tasks(5) == []
    assert device.pull(keep_cursor=False)["center"]["id"] == center.id
