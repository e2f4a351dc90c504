"""Sync on loopback: 10,000 tickets pulled, 10,000 results pushed, a cycle with nothing to do, bytes per task.

The central server runs in a child process (``bench_server.ServerProcess``: the real
``EmbeddedServer`` on a SQLite file) as it would on its own machine; the client is the real
``SyncClient`` in this process, on a data folder of its own. Every run starts from copies of the
same files: the server with 10,000 ~2 KB tickets and the center's device budget raised to 10,000
(``admin.configure_center``), and an empty client database (``prepare_database``).

The client's ``requests.Session`` counts and records the bytes at its socket (both ways, headers
included), which gives ``wire_bytes_per_task`` and the exact request and reply bodies the floors
replay: a bare endpoint (``http.server`` in a child process, answering the recorded gzip bodies in
order) fetched with a bare ``requests.Session``, plus the same rows written with plain ``sqlite3``
(``synchronous=FULL``, one transaction per page or per batch). Real runs and floor runs alternate.

``python -m tests.benchmarks.bench_sync bare DIR`` is that bare endpoint.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
import socket
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from tests.benchmarks.bench_server import ChildServer, ServerProcess, make_center
from tests.benchmarks.common import Metric, median, percentile

NAMES = ("sync_pull_10k_s", "sync_push_10k_s", "sync_noop_ms", "wire_bytes_per_task")
UNITS = ("s", "s", "ms", "B")
TASKS = 10_000
FLOOR_HEADERS = ("X-Deskclient-Protocol", "Content-Type", "Content-Encoding", "Accept-Encoding", "User-Agent",
                 "Authorization")


# -- bytes at the socket ----------------------------------------------------------------------------
class Tap:
    """Every byte a session's connections sent and received, kept per connection in order."""

    def __init__(self) -> None:
        self.connections: list[tuple[bytearray, bytearray]] = []
        self._lock = threading.Lock()

    def open(self) -> tuple[bytearray, bytearray]:
        streams = (bytearray(), bytearray())
        with self._lock:
            self.connections.append(streams)
        return streams

    def reset(self) -> None:
        with self._lock:
            for sent, received in self.connections:
                sent.clear()
                received.clear()

    @property
    def sent(self) -> int:
        return sum(len(sent) for sent, _ in self.connections)

    @property
    def received(self) -> int:
        return sum(len(received) for _, received in self.connections)

    def exchanges(self) -> list[Exchange]:
        """The HTTP requests and replies that went through, in order (one connection after the other)."""
        found: list[Exchange] = []
        for sent, received in self.connections:
            asked = _messages(bytes(sent))
            answered = _messages(bytes(received))
            if len(asked) != len(answered):
                raise RuntimeError(f"{len(asked)} requests but {len(answered)} replies on one connection")
            for (request_line, request_headers, request_body), (status_line, headers, body) in zip(
                    asked, answered, strict=True):
                found.append(Exchange(path=request_line.split()[1], request_headers=request_headers,
                                      request_body=request_body, status=int(status_line.split()[1]),
                                      reply_headers=headers, reply_body=body))
        return found


@dataclass
class Exchange:
    path: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    reply_headers: dict[str, str]
    reply_body: bytes

    def request_json(self) -> Any:
        return json.loads(_decoded(self.request_body, self.request_headers))

    def reply_json(self) -> Any:
        return json.loads(_decoded(self.reply_body, self.reply_headers))


def _decoded(body: bytes, headers: dict[str, str]) -> bytes:
    return gzip.decompress(body) if headers.get("content-encoding", "").lower() == "gzip" else body


def _messages(stream: bytes) -> list[tuple[str, dict[str, str], bytes]]:
    """Split an HTTP/1.1 byte stream into (start line, headers, body as sent)."""
    messages = []
    position = 0
    while position < len(stream):
        end = stream.index(b"\r\n\r\n", position)
        lines = stream[position:end].decode("latin-1").split("\r\n")
        headers = {name.strip().lower(): value.strip()
                   for name, _, value in (line.partition(":") for line in lines[1:])}
        position = end + 4
        if "content-length" in headers:
            length = int(headers["content-length"])
            body = stream[position:position + length]
            position += length
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                line_end = stream.index(b"\r\n", position)
                size = int(stream[position:line_end].split(b";")[0], 16)
                position = line_end + 2
                chunks.append(stream[position:position + size])
                position += size + 2
                if size == 0:
                    break
            body = b"".join(chunks)
        else:
            body = b""
        messages.append((lines[0], headers, body))
    return messages


class _CountingRaw(io.RawIOBase):
    def __init__(self, sock: socket.socket, received: bytearray) -> None:
        super().__init__()
        self._sock = sock
        self._received = received

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._sock.recv_into(buffer)
        self._received += memoryview(buffer)[:count]
        return count


class _CountingSocket:
    """A connected socket that copies what it sends and receives into a ``Tap``."""

    def __init__(self, sock: socket.socket, tap: Tap) -> None:
        self._sock = sock
        self._sent, self._received = tap.open()

    def sendall(self, data: Any, *flags: int) -> None:
        self._sock.sendall(data, *flags)
        self._sent += data

    def send(self, data: Any, *flags: int) -> int:
        count = self._sock.send(data, *flags)
        self._sent += memoryview(data)[:count]
        return count

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        count = self._sock.recv_into(buffer, nbytes, flags)
        self._received += memoryview(buffer)[:count]
        return count

    def recv(self, size: int, flags: int = 0) -> bytes:
        data = self._sock.recv(size, flags)
        self._received += data
        return data

    def makefile(self, mode: str = "rb", buffering: int = -1, **_: Any) -> io.BufferedReader:
        if mode != "rb":
            raise ValueError(mode)
        return io.BufferedReader(_CountingRaw(self._sock, self._received),
                                 buffering if buffering > 0 else io.DEFAULT_BUFFER_SIZE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def counting_session(tap: Tap) -> requests.Session:
    """A ``requests.Session`` whose plain-HTTP connections report to ``tap``."""

    class Connection(HTTPConnection):
        def connect(self) -> None:
            super().connect()
            self.sock = _CountingSocket(self.sock, tap)  # type: ignore[assignment]

    class Pool(HTTPConnectionPool):
        ConnectionCls = Connection

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": HTTPSConnectionPool}

    session = requests.Session()
    session.mount("http://", Adapter())
    return session


# -- the bare endpoint ----------------------------------------------------------------------------
class BareEndpoint(ChildServer):
    """Answers every POST with the next recorded reply body (as recorded, gzip), in order, round and round."""

    def __init__(self, folder: Path, exchanges: list[Exchange]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        manifest = []
        for number, exchange in enumerate(exchanges):
            name = f"{number:04d}.bin"
            (folder / name).write_bytes(exchange.reply_body)
            manifest.append({"file": name, "encoding": exchange.reply_headers.get("content-encoding"),
                             "type": exchange.reply_headers.get("content-type", "application/json")})
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        super().__init__("tests.benchmarks.bench_sync", "bare", str(folder))


def _serve_bare(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    replies = [((folder / entry["file"]).read_bytes(), entry["encoding"], entry["type"]) for entry in manifest]
    counter = iter(range(sys.maxsize))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                body, encoding, kind = replies[next(counter) % len(replies)]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"ready {server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()


Write = tuple[str, list[tuple[Any, ...]]] | None


def replay(base_url: str, exchanges: list[Exchange], writes: list[Write], connection: sqlite3.Connection) -> float:
    """The floor: each recorded request POSTed with a bare session, then its rows written in one transaction."""
    http = requests.Session()
    try:
        started = time.perf_counter()
        for exchange, write in zip(exchanges, writes, strict=True):
            headers = {name: exchange.request_headers[name.lower()] for name in FLOOR_HEADERS
                       if name.lower() in exchange.request_headers}
            response = http.post(base_url + exchange.path, data=exchange.request_body, headers=headers, timeout=60)
            if response.status_code != 200 or not response.content:
                raise RuntimeError(f"bare endpoint: HTTP {response.status_code}")
            if write is not None:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany(*write)
                connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        http.close()


# -- files -----------------------------------------------------------------------------------------
def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        origin = Path(f"{source}{suffix}")
        if origin.exists():
            shutil.copyfile(origin, Path(f"{target}{suffix}"))
    return target


def checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path, timeout=30)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def plain_connection(path: Path) -> sqlite3.Connection:
    from deskclient.store.pragmas import apply_pragmas

    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    apply_pragmas(connection)  # WAL, synchronous=FULL: the client's own settings
    return connection


@contextmanager
def memory_keyring() -> Iterator[None]:
    """Device secrets in memory for the run (never the machine's real keyring)."""
    import keyring

    from tests.factories import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


# -- the benchmark ---------------------------------------------------------------------------------
@dataclass
class World:
    root: Path
    server_ready: Path  # 10,000 open tickets, nothing leased
    empty_client: Path  # a migrated client database, never opened by the app
    code: str
    user_ids: list[str]


#: Seconds of real runs after which no further run of pull or push starts (the first always runs):
#: the whole module stays within a few minutes even while a run takes tens of seconds.
RUN_BUDGET_S = 45.0


def run(_data: object, work_root: Path, quick: bool) -> list[Metric]:
    pull_runs, push_runs, noop_runs, noop_cycles = (1, 1, 1, 15) if quick else (3, 3, 5, 20)
    with memory_keyring():
        world = _build(work_root / "sync")
        pull, wire, pushable = _pull(world, Runs(pull_runs, RUN_BUDGET_S))
        push = _push(world, pushable, Runs(push_runs, RUN_BUDGET_S))
        noop = _noop(world, noop_runs, noop_cycles)
    return [pull, push, noop, wire]


def _build(root: Path) -> World:
    from deskclient.paths import DataFolder
    from deskclient.services.startup import prepare_database

    root.mkdir(parents=True, exist_ok=True)
    server_ready = root / "server-ready.sqlite3"
    center = make_center(sqlite_url(server_ready), root, TASKS, device_budget=TASKS)
    checkpoint(server_ready)
    folder = DataFolder(root / "empty-client").ensure()
    prepare_database(folder)
    checkpoint(folder.database)
    return World(root, server_ready, folder.database, center.code, center.user_ids)


@dataclass
class Runs:
    """Up to ``wanted`` runs, but none started once the runs so far would overrun ``budget_s``."""

    wanted: int
    budget_s: float
    spent: list[float] = field(default_factory=list)
    _began: float = 0.0

    def __iter__(self) -> Iterator[int]:
        while len(self.spent) < self.wanted and (
                not self.spent or sum(self.spent) + max(self.spent) <= self.budget_s):
            self._began = time.perf_counter()
            yield len(self.spent)
            self.spent.append(time.perf_counter() - self._began)

    def describe(self) -> str:
        done = len(self.spent)
        if done >= self.wanted:
            return f"{done} run(s)"
        return (f"{done} of {self.wanted} runs (each ~{median(self.spent):.0f} s: the {self.budget_s:g} s budget "
                f"stopped the rest)")


@dataclass
class PullRun:
    seconds: float
    sent: int
    received: int
    exchanges: list[Exchange]
    folder: Any
    server_file: Path
    report: Any


def _pull_once(world: World, number: int) -> PullRun:
    from deskclient.paths import DataFolder
    from deskclient.services.context import open_context
    from deskclient.store import task_queue
    from deskclient.sync.client import SyncClient

    run_dir = world.root / f"pull-{number}"
    server_file = copy_database(world.server_ready, run_dir / "server.sqlite3")
    folder = DataFolder(run_dir / "client").ensure()
    copy_database(world.empty_client, folder.database)
    tap = Tap()
    with ServerProcess(sqlite_url(server_file)) as server:
        context = open_context(folder)
        http = counting_session(tap)
        try:
            client = SyncClient(context, http=http, target_queue=TASKS)
            client.enroll(server.base_url, world.code, device_name="Benchmark PC")
            tap.reset()
            started = time.perf_counter()
            report = client.run_once()
            seconds = time.perf_counter() - started
            with context.database.read() as session:
                claimable = task_queue.available_count(session)
        finally:
            http.close()
            context.database.dispose()
    if report.new_tasks != TASKS or claimable != TASKS:
        raise RuntimeError(f"pull brought {report.new_tasks} tasks, {claimable} claimable; expected {TASKS}")
    return PullRun(seconds, tap.sent, tap.received, tap.exchanges(), folder, server_file, report)


def _pull(world: World, runs: Runs) -> tuple[Metric, Metric, PullRun]:
    from deskclient.sync.engine import PULL_PAGE

    values: list[float] = []
    floors: list[float] = []
    first: PullRun | None = None
    last: PullRun | None = None
    bare: BareEndpoint | None = None
    try:
        for number in runs:
            if last is not None and last is not first:  # the last run's files become the push's start
                shutil.rmtree(world.root / f"pull-{number - 1}", ignore_errors=True)
            last = _pull_once(world, number)
            values.append(last.seconds)
            if first is None:
                first = last
                pages = _pulled_pages(first)
                writes = _task_rows(first.folder.database, pages)
                bare = BareEndpoint(world.root / "bare-pull", first.exchanges).start()
            floor_file = copy_database(world.empty_client, world.root / f"pull-floor-{number}" / "floor.sqlite3")
            connection = plain_connection(floor_file)
            try:
                assert bare is not None
                floors.append(replay(bare.base_url, first.exchanges, writes, connection))
            finally:
                connection.close()
            shutil.rmtree(floor_file.parent, ignore_errors=True)
    finally:
        if bare is not None:
            bare.stop()
    assert first is not None and last is not None
    if first is not last:
        shutil.rmtree(world.root / "pull-0", ignore_errors=True)
    _claim_one(last)
    # wire_bytes_per_task: what went over the socket both ways, against the tasks' own JSON in pages
    tasks = [change["task"] for page in pages for change in page if change["type"] == "task"]
    compact = [json.dumps(tasks[start:start + PULL_PAGE], ensure_ascii=False, separators=(",", ":")).encode()
               for start in range(0, len(tasks), PULL_PAGE)]
    floor_bytes = sum(len(gzip.compress(page, compresslevel=6)) for page in compact) / len(tasks)
    wire_bytes = (first.sent + first.received) / len(tasks)
    raw_json = sum(len(page) for page in compact) / len(tasks)
    reply_bodies = sum(len(exchange.reply_body) for exchange in first.exchanges)
    headers = first.received - reply_bodies
    wire = Metric(
        "wire_bytes_per_task", wire_bytes, "B", floor_bytes, target="ratio <= 1.1",
        note=(f"{first.sent:,} B sent + {first.received:,} B received over {len(first.exchanges)} HTTP exchanges "
              f"for {len(tasks):,} tasks (reply headers {headers:,} B); floor: the tasks' JSON "
              f"({raw_json:.0f} B/task uncompressed) in pages of {PULL_PAGE}, gzip -6"),
        runs=[wire_bytes], floor_runs=[floor_bytes])
    pull = Metric(
        "sync_pull_10k_s", median(values), "s", median(floors), target="ratio <= 2 and < 1 s",
        note=(f"{runs.describe()}: {TASKS:,} ~2 KB tickets into an empty enrolled client, SyncClient.run_once "
              f"(target_queue {TASKS:,}, device budget {TASKS:,}), {first.report.pages} pages; server "
              f"(EmbeddedServer, SQLite) in a child process; floor: the recorded gzip replies from a bare "
              f"http.server + executemany of the same rows (synchronous=FULL, one transaction per page)"),
        runs=values, floor_runs=floors)
    return pull, wire, last


def _pulled_pages(pulled: PullRun) -> list[list[dict[str, Any]]]:
    return [exchange.reply_json()["changes"] if exchange.path == "/v1/pull" else []
            for exchange in pulled.exchanges]


def _task_rows(database: Path, pages: list[list[dict[str, Any]]]) -> list[Write]:
    """The rows the client wrote, with their INSERT, grouped as the pages brought them."""
    connection = sqlite3.connect(database)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(tasks)") if row[1] != "seq"]
        by_id = {row[0]: row for row in connection.execute(f"SELECT {', '.join(columns)} FROM tasks")}
    finally:
        connection.close()
    assert columns[0] == "id"
    insert = f"INSERT INTO tasks ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    grouped = [[by_id[change["task"]["id"]] for change in page if change["type"] == "task"] for page in pages]
    return [(insert, rows) if rows else None for rows in grouped]


def _first_worker(session: Any) -> str:
    from sqlalchemy import select

    from deskclient.store.models import User

    user_id = session.scalar(select(User.id).where(User.role == "worker").order_by(User.username).limit(1))
    if user_id is None:
        raise RuntimeError("no worker arrived with the pull")
    return str(user_id)


def _claim_one(pulled: PullRun) -> None:
    """The pulled tasks are claimable: a worker takes one (on the last run's folder, untimed)."""
    from deskclient.services.auth import AuthService
    from deskclient.services.context import open_context
    from deskclient.services.work import WorkService
    from tests.factories import PIN

    context = open_context(pulled.folder)
    try:
        with context.database.read() as session:
            user_id = _first_worker(session)
        auth = AuthService(context)
        user = auth.login(user_id, PIN)
        item = WorkService(context).next_task(user)
        with context.database.raw_write() as connection:  # back to the queue: the push uses every task
            connection.execute("UPDATE tasks SET state = 'available', holder_user_id = NULL, claimed_at = NULL "
                               "WHERE id = ?", (item.task_id,))
            connection.execute("DELETE FROM drafts WHERE task_id = ?", (item.task_id,))
        auth.logout(user, "logout")
        with context.database.raw_write() as connection:  # the two session events are not part of the push
            connection.execute("DELETE FROM outbox")
    finally:
        context.database.dispose()


# -- push -------------------------------------------------------------------------------------------
@dataclass
class Pushable:
    server_file: Path
    client_file: Path
    items: int


def _prepare_push(world: World, pulled: PullRun) -> Pushable:
    """10,000 finished tickets in the pulled client's outbox, written as ``WorkService.submit`` writes them."""
    from deskclient.domain.kinds import find_kind
    from deskclient.services.auth import AuthService
    from deskclient.services.context import open_context
    from deskclient.store import sealing, task_queue
    from deskclient.store.clock import from_text, to_text
    from deskclient.store.outbox import enqueue_raw
    from tests.benchmarks.bench_submit import ANSWER
    from tests.factories import PIN

    context = open_context(pulled.folder)
    try:
        with context.database.read() as session:
            user_id = _first_worker(session)
        user = AuthService(context).login(user_id, PIN)  # its session.started event is pushed too
        values = {key: value for key, value in dict(ANSWER, escalated=False).items() if value not in (None, "")}
        now = context.now()
        cipher = sealing.cipher_for(context.database)  # results are stored and queued sealed, as the app does
        with context.database.raw_write() as connection:
            stamp = to_text(now)
            connection.execute("UPDATE tasks SET state = 'in_progress', holder_user_id = ?, claimed_at = ?, "
                               "updated_at = ? WHERE state = 'available'", (user_id, stamp, stamp))
            tasks = connection.execute("SELECT id, kind, claimed_at FROM tasks WHERE holder_user_id = ? "
                                       "ORDER BY priority_rank DESC, due_key, seq", (user_id,)).fetchall()
            for task_id, kind_code, claimed_at in tasks:
                kind = find_kind(kind_code)
                assert kind is not None
                result_id = str(uuid.uuid4())
                if not task_queue.finish(connection, task_id=task_id, user_id=user_id, new_state="submitted",
                                         now=now, result=(result_id, task_id, user_id, context.device_id,
                                                          user.session_id, "submitted",
                                                          cipher.seal_json(sealing.RESULT, result_id, values), 95_000,
                                                          claimed_at, stamp)):
                    raise RuntimeError(f"could not finish {task_id}")
                enqueue_raw(connection, "result.submitted", {
                    "result_id": result_id, "task_id": task_id, "kind": kind_code, "kind_version": kind.version,
                    "user_id": user_id, "device_id": context.device_id, "session_id": user.session_id,
                    "values": values, "handle_ms": 95_000, "started_at": from_text(claimed_at).isoformat(),
                    "finished_at": now.isoformat(),
                }, user_id=user_id, now=now, item_id=result_id, cipher=cipher)
            items = connection.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    finally:
        context.database.dispose()
    if len(tasks) != TASKS:
        raise RuntimeError(f"{len(tasks)} tasks to finish, expected {TASKS}")
    checkpoint(pulled.folder.database)
    checkpoint(pulled.server_file)
    client_file = copy_database(pulled.folder.database, world.root / "pushable" / "client.sqlite3")
    server_file = copy_database(pulled.server_file, world.root / "pushable" / "server.sqlite3")
    shutil.rmtree(pulled.server_file.parent, ignore_errors=True)
    return Pushable(server_file, client_file, int(items))


def _push_once(world: World, pushable: Pushable, number: int) -> tuple[float, Tap, Any]:
    from deskclient.paths import DataFolder
    from deskclient.services.context import open_context
    from deskclient.store import sync_store
    from deskclient.sync.client import SyncClient

    run_dir = world.root / f"push-{number}"
    server_file = copy_database(pushable.server_file, run_dir / "server.sqlite3")
    folder = DataFolder(run_dir / "client").ensure()
    copy_database(pushable.client_file, folder.database)
    tap = Tap()
    with ServerProcess(sqlite_url(server_file)) as server:
        connection = sqlite3.connect(folder.database)
        with connection:
            connection.execute("UPDATE sync_state SET server_url = ?", (server.base_url,))
        connection.close()
        context = open_context(folder)
        http = counting_session(tap)
        try:
            client = SyncClient(context, http=http, target_queue=0)  # nothing new to lease: push only
            started = time.perf_counter()
            report = client.run_once()
            seconds = time.perf_counter() - started
            with context.database.read() as session:
                waiting, attention = sync_store.counts(session)
        finally:
            http.close()
            context.database.dispose()
    if report.pushed != pushable.items or waiting or attention:
        raise RuntimeError(f"push: {report}; {waiting} still waiting, {attention} needing attention")
    shutil.rmtree(run_dir, ignore_errors=True)
    return seconds, tap, report


def _push(world: World, pulled: PullRun, runs: Runs) -> Metric:
    from deskclient.store.clock import to_text, utc_now

    pushable = _prepare_push(world, pulled)
    values: list[float] = []
    floors: list[float] = []
    bare: BareEndpoint | None = None
    try:
        for number in runs:
            seconds, tap, _report = _push_once(world, pushable, number)
            values.append(seconds)
            if bare is None:
                exchanges = tap.exchanges()
                stamp = to_text(utc_now())
                writes: list[Write] = []
                for exchange in exchanges:
                    pushed = exchange.request_json()["items"] if exchange.path == "/v1/push" else []
                    ids = [item["id"] for item in pushed]
                    writes.append((_ack_sql(len(ids)), [(stamp, *ids)]) if ids else None)
                bare = BareEndpoint(world.root / "bare-push", exchanges).start()
            floor_file = copy_database(pushable.client_file, world.root / f"push-floor-{number}" / "client.sqlite3")
            connection = plain_connection(floor_file)
            try:
                assert bare is not None
                floors.append(replay(bare.base_url, exchanges, writes, connection))
                left = connection.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
            finally:
                connection.close()
            if left:
                raise RuntimeError(f"the floor left {left} outbox rows pending")
            shutil.rmtree(floor_file.parent, ignore_errors=True)
    finally:
        if bare is not None:
            bare.stop()
    batches = sum(1 for exchange in exchanges if exchange.path == "/v1/push")
    return Metric(
        "sync_push_10k_s", median(values), "s", median(floors), target="ratio <= 2 and < 1 s",
        note=(f"{runs.describe()}: {pushable.items:,} outbox items ({TASKS:,} results written as WorkService does, "
              f"+1 session.started) until all acknowledged, SyncClient.run_once (with its empty pull) in "
              f"{batches} batches; floor: the recorded gzip requests POSTed to a bare http.server answering "
              f"the recorded replies + the same acknowledgement UPDATEs (synchronous=FULL)"),
        runs=values, floor_runs=floors)


def _ack_sql(count: int) -> str:
    marks = ", ".join("?" for _ in range(count))
    return f"UPDATE outbox SET status = 'acked', acked_at = ?, last_error = NULL WHERE id IN ({marks})"


# -- nothing to do ----------------------------------------------------------------------------------
def _noop(world: World, runs: int, cycles: int) -> Metric:
    from deskclient.paths import DataFolder
    from deskclient.services.context import open_context
    from deskclient.sync.client import SyncClient

    run_dir = world.root / "noop"
    server_file = copy_database(world.server_ready, run_dir / "server.sqlite3")
    folder = DataFolder(run_dir / "client").ensure()
    copy_database(world.empty_client, folder.database)
    tap = Tap()
    samples: list[list[float]] = []
    with ServerProcess(sqlite_url(server_file)) as server:
        context = open_context(folder)
        http = counting_session(tap)
        try:
            client = SyncClient(context, http=http)  # the default queue target: a PC holding its usual leases
            client.enroll(server.base_url, world.code, device_name="Benchmark PC")
            first = client.run_once()
            for _ in range(3):
                client.run_once()
            tap.reset()
            for _ in range(runs):
                times = []
                for _ in range(cycles):
                    started = time.perf_counter()
                    report = client.run_once()
                    times.append((time.perf_counter() - started) * 1000)
                    if report.pushed or report.new_tasks or report.pages != 1:
                        raise RuntimeError(f"the no-op sync did something: {report}")
                samples.append(times)
        finally:
            http.close()
            context.database.dispose()
    per_run = [median(times) for times in samples]
    flat = [value for times in samples for value in times]
    total = runs * cycles
    return Metric(
        "sync_noop_ms", median(per_run), "ms", target="< 10 ms",
        note=(f"{runs} x {cycles} cycles, client holding {first.new_tasks} leased tasks (renewed each cycle), "
              f"empty outbox, one empty pull page; p90 {percentile(flat, 0.9):.1f} ms; "
              f"{(tap.sent + tap.received) / total:.0f} B on the wire per cycle"),
        runs=per_run)


def main(argv: Iterable[str]) -> int:
    args = list(argv)
    if len(args) == 2 and args[0] == "bare":
        _serve_bare(Path(args[1]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
