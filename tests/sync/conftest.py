"""Fixtures of the sync tests: the real server on loopback, the real client, and a transport that fails on cue.

- ``server``: ``EmbeddedServer`` on 127.0.0.1, port 0, a temporary SQLite file, one for the session
  (each test makes a center of its own); tests that stop or restore it use ``private_server`` instead.
- ``center``: a center on that server with two workers, a supervisor, canned replies and
  ``TICKETS`` imported tickets (a JSON Lines file built with ``generate_tickets``).
- ``services``: the client's ``Services`` on a temporary data folder (``prepare_database`` first).
- ``faults``: a ``FaultAdapter`` (an ``HTTPAdapter``) mounted on ``http``, the ``requests.Session``
  the client talks through; faults are queued per request path.
- ``sleeps`` / ``retry``: a fast ``RetryPolicy`` that records its sleeps instead of sleeping.
- ``client``: a ``SyncClient`` enrolled with the center and synced once (tasks and people pulled).

Only set-up and the checks touch the server's database directly; all sync traffic is real HTTP.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import sqlite3
import tempfile
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from sqlalchemy import text
from urllib3.response import HTTPResponse

from deskclient.demo.content import generate_canned_responses, generate_tickets
from deskclient.domain.credentials import make_verifier
from deskclient.domain.problems import Problem
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.protocol import wire
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.runner import EmbeddedServer
from deskclient.services.bundle import Services
from deskclient.services.startup import prepare_database
from deskclient.sync.client import SyncClient
from deskclient.sync.engine import SYNC_FAILED, RetryPolicy, SyncReport
from tests.factories import FAST_PARAMS, PIN

TICKETS = 30
PUSH = "/v1/push"
PULL = "/v1/pull"
#: One verifier for everybody: scrypt at test cost, in the real format.
FAST_VERIFIER = make_verifier(PIN, FAST_PARAMS)


# -- where the files go ----------------------------------------------------------------------------
#: Both databases run with ``synchronous=FULL``: on a disk every commit waits for an fsync, which
#: would make these tests several times slower. What they check (a killed process, lost or damaged
#: replies, restores) does not depend on fsync reaching the platter (the page cache outlives a
#: killed process), so on Linux their files live in RAM (``/dev/shm``) when it is there.
RAM_DISK = Path("/dev/shm")


def _scratch(fallback: Path) -> Iterator[Path]:
    if not (RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK)):
        yield fallback
        return
    made = Path(tempfile.mkdtemp(prefix="deskclient-sync-", dir=RAM_DISK))
    try:
        yield made
    finally:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A fresh folder for this test's databases (in RAM where possible)."""
    yield from _scratch(tmp_path)


@pytest.fixture
def folder(scratch: Path) -> DataFolder:
    """The PC's data folder (overrides the project-wide one: same layout, faster disk)."""
    return DataFolder(scratch / "home").ensure()


# -- the server ------------------------------------------------------------------------------------
class SyncServer:
    """A real server on loopback with a temporary SQLite file; can be stopped, restored and started again."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.path = folder / "server.sqlite3"
        self.url = f"sqlite:///{self.path}"
        self.embedded = EmbeddedServer(self.url).start()

    @property
    def base_url(self) -> str:
        return self.embedded.base_url

    @property
    def database(self) -> ServerDatabase:
        assert self.embedded.database is not None, "the server is stopped"
        return self.embedded.database

    def stop(self) -> None:
        self.embedded.stop()

    def start(self) -> None:
        self.embedded.start()  # the same port again

    def sql(self, statement: str, **params: Any) -> list[Any]:
        with self.database.transaction() as session:
            result = session.execute(text(statement), params)
            return list(result.all()) if result.returns_rows else []

    def backup(self, target: Path) -> Path:
        """A consistent copy of the server's database file (SQLite's backup API)."""
        with closing(sqlite3.connect(self.path)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
        return target


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncServer]:
    for root in _scratch(tmp_path_factory.mktemp("server")):
        started = SyncServer(root / "server")
        try:
            yield started
        finally:
            started.stop()


@pytest.fixture
def server(shared_server: SyncServer) -> SyncServer:
    """The server of this test: one for the whole session (each test has a center of its own).

    Tests that stop or restore the server override this fixture with a private one (``private_server``).
    """
    assert shared_server.embedded.running
    return shared_server


@pytest.fixture
def private_server(scratch: Path) -> Iterator[SyncServer]:
    started = SyncServer(scratch / "server")
    try:
        yield started
    finally:
        started.stop()


@dataclass
class CenterSetup:
    server: SyncServer
    id: str
    code: str
    people: dict[str, str] = field(default_factory=dict)
    batches: int = 0

    def import_tickets(self, count: int) -> list[str]:
        """Import ``count`` more demo tickets (a batch of their own); their server ids."""
        self.batches += 1
        prefix = f"{self.id[:8]}-B{self.batches}"
        path = self.server.folder / f"batch-{prefix}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for ticket in generate_tickets(count):
                out.write(json.dumps({
                    "external_id": f"{prefix}-{ticket.external_id}", "kind": ticket.kind, "payload": ticket.payload,
                    "priority": ticket.priority, "due_at": ticket.due_at.isoformat() if ticket.due_at else None,
                }) + "\n")
        report = admin.import_batch(self.server.database, self.id, path, server_now())
        assert report.ok and report.added == count, report
        rows = self.server.sql("SELECT id FROM tasks WHERE center_id = :c AND external_id LIKE :p",
                               c=self.id, p=f"{prefix}-%")
        return [row[0] for row in rows]

    def new_code(self) -> str:
        from deskclient.server.devices import new_enrollment_code

        return new_enrollment_code(self.server.database, self.id, server_now())


@pytest.fixture
def center(server: SyncServer) -> CenterSetup:
    """A center with Amina and Priya (workers), Grace (supervisor), canned replies and ``TICKETS`` tickets."""
    center_id, code = admin.add_center(server.database, "Kisumu Center", server_now())
    made = CenterSetup(server, center_id, code)
    for name, role in (("amina", "worker"), ("priya", "worker"), ("grace", "supervisor")):
        made.people[name] = admin.add_user(server.database, center_id=center_id, role=role,
                                           username=f"{name}-{center_id[:8]}",
                                           display_name=name.title(), secret=PIN, now=server_now(),
                                           verifier=FAST_VERIFIER)
    admin.add_canned_responses(server.database, center_id, [
        {"kind": "support_ticket", "code": reply.code, "title": reply.title, "category": reply.category,
         "body": reply.body} for reply in generate_canned_responses()[:3]])
    made.import_tickets(TICKETS)
    return made


# -- the fault-injecting transport -----------------------------------------------------------------
@dataclass(frozen=True)
class Fault:
    """One scripted misfortune for one request.

    kinds: ``pass`` (no fault: lets one request through before the next fault), ``fail_before_send``,
    ``drop_response`` (the server commits, the answer is lost),
    ``http_500``, ``http_429`` (with ``retry_after``), ``timeout`` (sent, then ReadTimeout),
    ``truncated_gzip`` (sent; the real answer's gzip body cut in half), ``http_413``, ``wrong_version``
    (sent with an unsupported protocol header: the real server's 426), ``garbage`` (sent; answered 200
    with ``body``), ``tamper`` (sent; the real JSON answer changed by ``change``), ``bad_gateway`` (sent;
    a proxy's 502 HTML page instead of the answer), ``oversized`` (a 200 reply larger than the client accepts).
    """

    kind: str
    retry_after: str | None = None
    body: bytes = b"this is not json"
    change: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    @property
    def server_works(self) -> bool:
        """The request reaches the server, which does its work and commits; only the answer goes wrong."""
        return self.kind in {"drop_response", "timeout", "truncated_gzip", "garbage", "tamper", "bad_gateway"}


@dataclass
class Call:
    path: str
    fault: str | None
    items: int | None
    status: int | None = None


class FaultAdapter(HTTPAdapter):
    """Passes requests to the real server, except those a scripted fault was queued for."""

    def __init__(self) -> None:
        super().__init__()
        self.queued: dict[str, deque[Fault]] = defaultdict(deque)
        #: When set, a push with more items than this is answered 413 without reaching the server.
        self.max_push_items: int | None = None
        #: When set, every call to these paths fails before sending (the server is unreachable).
        self.down: set[str] = set()
        self.calls: list[Call] = []

    def inject(self, path: str, fault: Fault | str, times: int = 1) -> None:
        fault = Fault(fault) if isinstance(fault, str) else fault
        self.queued[path].extend([fault] * times)

    def clear(self) -> None:
        self.queued.clear()
        self.max_push_items = None
        self.down.clear()

    def pending(self, path: str) -> int:
        return len(self.queued[path])

    def calls_to(self, path: str) -> list[Call]:
        return [call for call in self.calls if call.path == path]

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: Any = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        path = urlsplit(request.url).path
        items = _push_items(request) if path == PUSH else None
        fault = self.queued[path].popleft() if self.queued[path] else None
        if fault is not None and fault.kind == "pass":
            fault = None
        if fault is None and path in self.down:
            fault = Fault("fail_before_send")
        if fault is None and self.max_push_items is not None and items is not None and items > self.max_push_items:
            fault = Fault("http_413")
        call = Call(path, fault.kind if fault else None, items)
        self.calls.append(call)
        real_kwargs = {"stream": stream, "timeout": timeout, "verify": verify, "cert": cert, "proxies": proxies}
        if fault is None:
            response = super().send(request, **real_kwargs)
            call.status = response.status_code
            return response
        response = self._misfortune(fault, request, real_kwargs)
        call.status = response.status_code
        return response

    def _misfortune(self, fault: Fault, request: requests.PreparedRequest,
                    real_kwargs: dict[str, Any]) -> requests.Response:
        kind = fault.kind
        if kind == "fail_before_send":
            raise requests.ConnectionError("injected: network unreachable", request=request)
        if kind == "http_500":
            return self._fake(request, 500, _error_body(wire.ErrorCode.SERVER_ERROR))
        if kind == "http_429":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return self._fake(request, 429, _error_body(wire.ErrorCode.RATE_LIMITED, "slow down"), headers)
        if kind == "http_413":
            return self._fake(request, 413, _error_body(wire.ErrorCode.TOO_LARGE, "request body too large"))
        if kind == "oversized":
            return self._fake(request, 200, b"", raw=_EndlessBody())
        if kind == "wrong_version":
            request = request.copy()
            request.headers[wire.VERSION_HEADER] = "99"
            return super().send(request, **real_kwargs)  # the real server's 426
        # The rest reach the server, which does its work and commits before it answers.
        real = super().send(request, **real_kwargs)
        try:
            if kind == "truncated_gzip":
                encoded = real.raw.read(decode_content=False)
                if real.headers.get("Content-Encoding", "").lower() != "gzip":
                    encoded = gzip.compress(encoded)  # small replies are not compressed by the server
                status = real.status_code
            else:
                content = real.content
        finally:
            real.close()
        if kind == "drop_response":
            raise requests.ConnectionError("injected: connection reset after the server answered", request=request)
        if kind == "timeout":
            raise requests.ReadTimeout("injected: read timed out", request=request)
        if kind == "truncated_gzip":
            raw = HTTPResponse(body=io.BytesIO(encoded[: len(encoded) // 2]),
                               headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
                               status=status, preload_content=False, decode_content=True)
            return self._fake(request, status, b"", {"Content-Encoding": "gzip"}, raw=raw)
        if kind == "garbage":
            return self._fake(request, 200, fault.body)
        if kind == "bad_gateway":
            return self._fake(request, 502, b"<html><h1>502 Bad Gateway</h1></html>", {"Content-Type": "text/html"})
        if kind == "tamper":
            assert fault.change is not None
            return self._fake(request, 200, json.dumps(fault.change(json.loads(content))).encode())
        raise AssertionError(f"unknown fault {kind!r}")

    def _fake(self, request: requests.PreparedRequest, status: int, body: bytes,
              headers: Mapping[str, str] | None = None, raw: Any = None) -> requests.Response:
        response = requests.models.Response()
        response.status_code = status
        response.reason = HTTPStatus(status).phrase
        response.headers = CaseInsensitiveDict({"Content-Type": "application/json", **(headers or {})})
        response.raw = raw if raw is not None else io.BytesIO(body)
        response.url = request.url or ""
        response.request = request
        response.connection = self
        response.encoding = "utf-8"
        return response


class _EndlessBody(io.RawIOBase):
    """A reply body that never ends (the client must stop reading at its limit)."""

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return b" " * (size if size and size > 0 else 65536)


def _error_body(code: wire.ErrorCode, detail: str | None = None) -> bytes:
    return wire.ErrorReply(error=code, detail=detail).model_dump_json(exclude_none=True).encode()


def _push_items(request: requests.PreparedRequest) -> int | None:
    body = request.body
    if not isinstance(body, bytes):
        return None
    if request.headers.get("Content-Encoding", "").lower() == "gzip":
        body = gzip.decompress(body)
    return len(json.loads(body)["items"])


@pytest.fixture
def faults() -> FaultAdapter:
    return FaultAdapter()


@pytest.fixture
def http(faults: FaultAdapter) -> Iterator[requests.Session]:
    session = requests.Session()
    session.mount("http://", faults)
    session.mount("https://", faults)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def retry(sleeps: list[float]) -> RetryPolicy:
    """Four tries a call, backoff with jitter; the sleeps are recorded, never slept."""
    return RetryPolicy(attempts=4, base_s=1.0, cap_s=30.0, sleep=sleeps.append, rng=random.Random(5))


# -- the client ------------------------------------------------------------------------------------
class StepClock:
    """The PC's clock: real time plus an offset the test can move (a clock jump), a microsecond a read."""

    def __init__(self) -> None:
        self.offset = timedelta()
        self._last = datetime.min.replace(tzinfo=UTC)

    def __call__(self) -> datetime:
        now = datetime.now(UTC) + self.offset
        if now <= self._last and self.offset >= timedelta():
            now = self._last + timedelta(microseconds=1)
        self._last = now
        return now


@pytest.fixture
def pc_clock() -> StepClock:
    return StepClock()


@pytest.fixture
def services(folder: DataFolder, pc_clock: StepClock) -> Iterator[Services]:
    outcome = prepare_database(folder)
    assert outcome.state == "ready", outcome
    opened = Services.open(folder, clock=pc_clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def client(services: Services, server: SyncServer, center: CenterSetup, http: requests.Session,
           retry: RetryPolicy) -> SyncClient:
    """Enrolled with ``center`` and synced once: people, canned replies and tasks are on the PC."""
    made = SyncClient(services.context, http=http, retry=retry)
    made.enroll(server.base_url, center.code, device_name="PC 1")
    made.run_once()
    return made


# -- doing work and syncing ------------------------------------------------------------------------
def answer(task_id: str) -> dict[str, Any]:
    return {"category": "account_access", "priority": "normal", "resolution_code": "password_reset",
            "reply_text": f"Dear customer, about {task_id[:8]}: we have sent you a reset link."}


def login(services: Services, user_id: str) -> LoggedInUser:
    return services.auth.login(user_id, PIN)


def complete(services: Services, user: LoggedInUser, count: int) -> dict[str, str]:
    """``user`` claims and submits ``count`` tasks; {result id: task id}."""
    done = {}
    for _ in range(count):
        item = services.work.next_task(user)
        done[services.work.submit(user, item.task_id, answer(item.task_id), active_ms=42_000)] = item.task_id
    return done


def cycle(client: SyncClient) -> SyncReport | Problem:
    """One sync cycle; the Problem when it failed. The cursor never goes back within one epoch."""
    before = client.status()
    try:
        outcome: SyncReport | Problem = client.run_once()
    except Problem as problem:
        assert problem.code == SYNC_FAILED, problem
        outcome = problem
    after = client.status()
    if after.epoch == before.epoch:
        assert after.cursor >= before.cursor, (before.cursor, after.cursor)
    return outcome


def failure_of(outcome: SyncReport | Problem) -> str | None:
    return outcome.params.get("failure") if isinstance(outcome, Problem) else None  # type: ignore[no-any-return]


# -- looking at both sides -------------------------------------------------------------------------
def local_rows(services: Services, statement: str, **params: Any) -> list[Any]:
    with services.context.database.read() as session:
        return list(session.execute(text(statement), params).all())


def local_results(services: Services) -> dict[str, str]:
    """{result id: task id} of every result on the PC."""
    return dict(local_rows(services, "SELECT id, task_id FROM results"))  # type: ignore[arg-type]


def outbox_counts(services: Services) -> dict[str, int]:
    return dict(local_rows(services, "SELECT status, count(*) FROM outbox GROUP BY status"))  # type: ignore[arg-type]


def assert_exactly_once(server: SyncServer, services: Services) -> None:
    """Every result of the PC is on the server once, official, applied once; the outbox is empty of work."""
    device_id = services.context.device_id
    local = local_results(services)
    rows = server.sql("SELECT id, task_id, official FROM results WHERE device_id = :d", d=device_id)
    on_server = [row[0] for row in rows]
    assert sorted(on_server) == sorted(local), "results on the server differ from the PC's"
    assert len(set(on_server)) == len(on_server)
    assert {row[0]: row[1] for row in rows} == local
    assert all(row[2] for row in rows), "a result of the only device is not official"
    center_id = local_rows(services, "SELECT center_id FROM sync_state")[0][0]
    per_task = server.sql("SELECT task_id, count(*) FROM results WHERE center_id = :c GROUP BY task_id "
                          "HAVING count(*) > 1", c=center_id)
    assert per_task == [], f"tasks with more than one result: {per_task}"
    official = server.sql("SELECT task_id, count(*) FROM results WHERE official AND center_id = :c "
                          "GROUP BY task_id HAVING count(*) > 1", c=center_id)
    assert official == []
    applied = server.sql("SELECT id, status, count(*) FROM applied_items WHERE device_id = :d GROUP BY id", d=device_id)
    statuses = {row[0]: row[1] for row in applied}
    assert all(row[2] == 1 for row in applied)
    for result_id in local:
        assert statuses.get(result_id) == "applied", (result_id, statuses.get(result_id))
    assert set(statuses.values()) == {"applied"} or not statuses, statuses
    done = server.sql("SELECT id, official_result_id, status FROM tasks WHERE official_result_id IS NOT NULL "
                      "AND center_id = :c", c=center_id)
    assert {row[1]: row[0] for row in done} == local
    assert {row[2] for row in done} <= {"done"}
    counts = outbox_counts(services)
    assert counts.get("pending", 0) == 0, counts
    assert counts.get("rejected", 0) == 0, counts
    # Every outbox row the PC still keeps was applied on the server exactly once.
    kept = [row[0] for row in local_rows(services, "SELECT id FROM outbox")]
    assert set(kept) <= set(statuses), set(kept) - set(statuses)


def assert_tasks_agree(server: SyncServer, services: Services) -> None:
    """The PC holds each task once, and exactly the tasks the server leased to it (or it finished)."""
    device_id = services.context.device_id
    local = [row[0] for row in local_rows(services, "SELECT id FROM tasks")]
    assert len(local) == len(set(local)), "a task arrived twice"
    leased = {row[0] for row in server.sql(
        "SELECT id FROM tasks WHERE lease_device_id = :d AND status IN ('leased', 'done')", d=device_id)}
    assert set(local) == leased


def settle(client: SyncClient, services: Services) -> None:
    """After the good cycle that followed an outage, only its record may wait: one more cycle sends it."""
    waiting = [row[0] for row in local_rows(services, "SELECT topic FROM outbox WHERE status = 'pending'")]
    assert set(waiting) <= {"outage.recorded"}, waiting
    if waiting:
        assert isinstance(cycle(client), SyncReport)
    assert client.status().waiting == 0
