"""Server hardening: a token on every endpoint, no stack traces, size limits, rate limits, replayed keys.

All against the real server on loopback (``EmbeddedServer``).
"""

from __future__ import annotations

import gzip
import json
import uuid
import zlib

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Route

from deskclient.protocol import wire
from deskclient.server import feed
from deskclient.server.app import create_app
from deskclient.server.ratelimit import Rate, RateLimiter, RateLimits, TokenBucket, retry_after_header
from tests.factories import GOOD_ANSWER
from tests.server.fixtures import PROTOCOL_HEADERS, Center, Server, answers

#: The endpoints meant to be used without a device token.
OPEN = {("GET", "/openapi.json"), ("GET", "/v1/health"), ("POST", "/v1/enroll")}


# -- a token on every endpoint --------------------------------------------------------------------
def _routes(server: Server) -> list[tuple[str, str]]:
    app = create_app(server.database)
    found = []
    for route in app.routes:
        if isinstance(route, APIRoute | Route):
            found += [(method, route.path) for method in sorted(route.methods or ()) if method != "HEAD"]
    return found


def test_every_endpoint_but_the_open_ones_needs_a_valid_device_token(server: Server, center: Center) -> None:
    routes = _routes(server)
    assert set(routes) >= OPEN
    assert {("POST", "/v1/pull"), ("POST", "/v1/push")} <= set(routes)
    device = center.enroll()
    for method, path in routes:
        for token in (None, f"{device.id}.wrong-secret", "not-a-token"):
            headers = dict(PROTOCOL_HEADERS, **({"Authorization": f"Bearer {token}"} if token else {}))
            reply = server.http.request(method, server.base_url + path, json={}, headers=headers, timeout=30)
            if (method, path) in OPEN:
                assert reply.status_code in (200, 400), (method, path, reply.text)
            else:
                assert reply.status_code == 401, (method, path, token)
                assert reply.json() == {"error": "unauthorized"}, (method, path)
    for method, path in sorted(set(routes) - OPEN):  # and a valid token opens them
        reply = device.server.http.request(method, server.base_url + path, json={} if path != "/v1/push" else
                                           {"items": []}, headers=dict(PROTOCOL_HEADERS,
                                                                       Authorization=f"Bearer {device.token}"),
                                           timeout=30)
        assert reply.status_code == 200, (method, path, reply.text)


def test_interactive_docs_are_not_served(server: Server) -> None:
    for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        reply = server.http.get(server.base_url + path, timeout=30)
        assert reply.status_code == 404
        assert reply.json() == {"error": "bad_request", "detail": "no such endpoint"}


def test_unknown_paths_and_methods_answer_an_error_reply(server: Server) -> None:
    missing = server.post("/v1/nothing", {})
    assert missing.status_code == 404 and missing.json()["error"] == "bad_request"
    wrong_method = server.http.get(server.base_url + "/v1/push", headers=PROTOCOL_HEADERS, timeout=30)
    assert wrong_method.status_code == 405 and wrong_method.json()["error"] == "bad_request"


# -- no stack traces ------------------------------------------------------------------------------
def test_an_internal_error_answers_server_error_without_internals(server: Server, center: Center,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    device = center.enroll()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals: /srv/deskclient/feed.py password=hunter2")

    monkeypatch.setattr(feed, "read_page", broken)
    with caplog.at_level("ERROR", logger="deskclient.server.app"):
        reply = device.post("/v1/pull", {})
    assert reply.status_code == 500
    assert reply.json() == {"error": "server_error"}
    assert "secret" not in reply.text and "Traceback" not in reply.text
    assert "hunter2" in caplog.text  # the operator's log has it, the client does not
    monkeypatch.undo()
    assert device.post("/v1/pull", {}).status_code == 200  # and the server goes on
    assert server.sql("SELECT count(*) FROM task_leases")[0][0] == 0  # the failed request left nothing


# -- request size limits --------------------------------------------------------------------------
def test_a_gzip_bomb_is_refused_without_inflating_it(server: Server, center: Center) -> None:
    device = center.enroll()
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(64)) + packer.flush()  # 64 MiB inflated
    assert len(bomb) < 100_000
    reply = device.post("/v1/push", data=bomb, headers={"Content-Encoding": "gzip"})
    assert reply.status_code == 413 and reply.json()["error"] == "too_large"


def test_batches_over_the_item_count_or_byte_limit_are_refused_whole(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    item = device.result(task, center.people["Amina"])
    many = [dict(item, id=str(uuid.uuid4()), seq=n + 1) for n in range(wire.MAX_PUSH_ITEMS + 1)]
    reply = device.post("/v1/push", {"items": many})
    assert reply.status_code == 400 and reply.json()["error"] == "bad_request"
    padded = dict(item, body=dict(item["body"], note="x" * 9000))
    heavy = [dict(padded, id=str(uuid.uuid4()), seq=n + 1) for n in range(wire.MAX_PUSH_ITEMS)]
    body = json.dumps({"items": heavy}).encode()
    assert len(body) > wire.MAX_BODY_BYTES
    reply = device.post("/v1/push", data=body)
    assert reply.status_code == 413 and reply.json()["error"] == "too_large"
    packed = device.post("/v1/push", data=gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert packed.status_code == 413
    assert server.sql("SELECT count(*) FROM applied_items")[0][0] == 0
    assert answers(device.push(item)) == [("applied", None)]


# -- replayed or altered idempotency keys ---------------------------------------------------------
def test_replayed_and_altered_keys(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    item = device.result(task, center.people["Amina"])
    # The same id twice in one batch: applied once, the second is the duplicate.
    assert answers(device.push(item, item)) == [("applied", None), ("duplicate", None)]
    assert answers(device.push(dict(item, seq=item["seq"] + 50))) == [("duplicate", None)]  # seq is not the key
    before = server.sql('SELECT id, "values", handle_ms, user_id, official FROM results')
    altered = dict(item, body=dict(item["body"], handle_ms=1))
    assert answers(device.push(altered)) == [("conflict", "same_id_other_content")]
    assert answers(device.push(dict(item, topic="result.escalated"))) == [("conflict", "same_id_other_content")]
    other_center = server.center("Other Center")
    other_center.person("Zawadi")
    foreign = other_center.enroll()
    assert answers(foreign.push(item)) == [("conflict", "same_id_other_content")]
    neighbour = center.enroll()
    assert answers(neighbour.push(item)) == [("conflict", "same_id_other_content")]
    assert server.sql('SELECT id, "values", handle_ms, user_id, official FROM results') == before
    assert server.sql("SELECT device_id, count(*) FROM applied_items GROUP BY device_id") == [(device.id, 1)]


def test_a_refused_item_replayed_stays_refused(server: Server, center: Center) -> None:
    device = center.enroll()
    item = device.result("no-such-task", center.people["Amina"])
    assert answers(device.push(item)) == [("rejected", "task_unknown")]
    [task] = center.tasks(1)
    device.take_tasks(1)
    assert answers(device.push(item)) == [("rejected", "task_unknown")]  # decided once, never re-applied
    fixed = dict(item, body=dict(item["body"], task_id=task, values=dict(GOOD_ANSWER)))
    assert answers(device.push(fixed)) == [("conflict", "same_id_other_content")]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 0


# -- rate limits ----------------------------------------------------------------------------------
def test_wrong_enrollment_codes_cost_and_then_get_429(server: Server, center: Center) -> None:
    limit = RateLimits().enroll_failures_per_address.burst
    for n in range(limit):
        reply = server.post("/v1/enroll", {"code": f"WRNG-CODE-{n:04d}", "device_id": "pc-guess"})
        assert reply.status_code == 400 and reply.json()["error"] == "enrollment_code_invalid", n
    refused = server.post("/v1/enroll", {"code": center.new_code(), "device_id": "pc-guess"})
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) >= 1
    assert server.sql("SELECT count(*) FROM devices")[0][0] == 0  # not even a right code passes meanwhile


def test_right_codes_do_not_cost_the_address(server: Server, center: Center) -> None:
    for _ in range(RateLimits().enroll_failures_per_address.burst + 2):
        center.enroll()  # a center setting up many PCs behind one address
    assert server.sql("SELECT count(*) FROM devices")[0][0] == RateLimits().enroll_failures_per_address.burst + 2


def test_one_code_is_tried_a_bounded_number_of_times(server: Server, center: Center) -> None:
    code = center.new_code()
    limit = RateLimits().enroll_attempts_per_code.burst
    for _ in range(limit):  # the same PC again (a lost reply): a fresh secret each time, never charged
        assert server.post("/v1/enroll", {"code": code, "device_id": "pc-retry"}).status_code == 200
    again = server.post("/v1/enroll", {"code": code, "device_id": "pc-retry"})
    assert again.status_code == 429 and again.json()["error"] == "rate_limited" and again.headers["Retry-After"]


def test_full_pulls_that_hand_out_verifiers_are_limited_per_device(server: Server, center: Center) -> None:
    device, other = center.enroll(), center.enroll()
    limit = RateLimits().full_pulls_per_device.burst
    assert any(change["type"] == "user" for change in device.pull()["changes"])  # the first sync: one of them
    for _ in range(limit - 1):
        page = device.post("/v1/pull", {"cursor": 0})
        assert page.status_code == 200 and any(change["type"] == "user" for change in page.json()["changes"])
    refused = device.post("/v1/pull", {"cursor": 0})
    assert refused.status_code == 429 and refused.json()["error"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) >= 1
    stale_epoch = device.post("/v1/pull", {"cursor": device.cursor, "epoch": "another-epoch"})
    assert stale_epoch.status_code == 429  # a wrong epoch means a full pull too
    assert device.cursor > 0 and device.pull()["epoch"]  # an ordinary pull from its cursor goes on
    assert other.pull(keep_cursor=False)["changes"]  # another device has its own budget


def test_token_bucket_refills_and_forgets_old_keys() -> None:
    now = [0.0]
    bucket = TokenBucket(Rate(burst=2, per_s=60.0), max_keys=3, clock=lambda: now[0])
    assert bucket.take("a") == 0 and bucket.take("a") == 0
    assert bucket.take("a") == pytest.approx(30.0)  # one token every 30 s
    now[0] += 15
    assert bucket.retry_after("a") == pytest.approx(15.0)
    now[0] += 15
    assert bucket.take("a") == 0
    bucket.charge("b", 5)
    assert bucket.retry_after("b") == pytest.approx(30.0)  # charged down to empty, not below
    for key in ("c", "d", "e"):
        bucket.take(key)
    assert bucket.retry_after("a") == 0  # forgotten (least recently used): memory stays bounded
    assert retry_after_header(0.2) == "1" and retry_after_header(29.01) == "30"


def test_limits_can_be_turned_off() -> None:
    limiter = RateLimiter(RateLimits.off())
    assert not limiter.enabled
