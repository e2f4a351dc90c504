"""Many PCs syncing at once: N simulated devices against one central server, on SQLite and on PostgreSQL.

The server runs in a child process (``ServerProcess``: the real ``EmbeddedServer``, uvicorn on
loopback), as it would on its own machine, so the devices' threads never share its GIL. Each
simulated device is enrolled over HTTP and speaks protocol v1 by hand with a ``requests.Session``
(gzip both ways, like the client): one sync cycle is a push of a few results for tasks it holds,
then pulls (asking for as many new tasks as it finished) until the server has nothing more. All
devices belong to one center, so their pulls queue on that center's lock: the worst case.

``python -m tests.benchmarks.bench_server serve URL [PORT]`` is the child process (used by
``bench_sync`` too): it prints ``ready PORT`` and serves until its standard input closes.
"""

from __future__ import annotations

import gzip
import json
import random
import select
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self

import requests

from deskclient.protocol import wire
from tests.benchmarks.common import ROOT, Metric, child_env, median, not_measured, percentile

DATABASES = ("sqlite", "postgres")
DEVICE_COUNTS = (1, 10, 50)
NAMES = tuple(f"server_{figure}_{db}_{n}" for db in DATABASES for n in DEVICE_COUNTS
              for figure in ("syncs_per_s", "sync_p95_ms"))
UNITS = tuple("syncs/s" if "syncs_per_s" in name else "ms" for name in NAMES)

POSTGRES_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
#: Results each device pushes per cycle (a worker finishes a ticket every few minutes).
RESULTS_PER_SYNC = 3
#: Leases each device starts with (taken before the clock starts).
START_LEASES = 12
PAYLOAD_BYTES = 2_000
ANSWER = {"category": "account_access", "priority": "normal", "resolution_code": "password_reset",
          "reply_text": "Dear customer, we have sent a reset link to your registered phone number. Please "
                        "follow it within thirty minutes and choose a new PIN.", "escalated": False}


# -- the server in a child process --------------------------------------------------------------------
class ChildServer:
    """A server in a child Python (``python -m MODULE ARGS...``) that prints ``ready PORT`` once listening
    and stops when its standard input closes."""

    def __init__(self, module: str, *args: str) -> None:
        self.argv = [sys.executable, "-m", module, *args]
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 60.0) -> Self:
        self.process = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        cwd=ROOT, env=child_env())
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("ready "):
            self.stop()
            raise RuntimeError(f"{' '.join(self.argv[2:4])}: the child did not start (said {line!r})")
        self.port = int(line.split()[1])
        return self

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        with suppress(OSError):
            assert process.stdin is not None
            process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


class ServerProcess(ChildServer):
    """``EmbeddedServer`` (uvicorn on loopback) on ``url``, already migrated, in a child Python."""

    def __init__(self, url: str, port: int = 0) -> None:
        super().__init__("tests.benchmarks.bench_server", "serve", url, str(port))
        self.url = url


def _serve(url: str, port: int) -> None:
    """The child: serve until standard input closes."""
    import logging

    from deskclient.server.runner import EmbeddedServer

    logging.basicConfig(level=logging.WARNING, format="server %(levelname)s %(name)s: %(message)s")
    server = EmbeddedServer(url, port=port).start(migrate_first=False)
    print(f"ready {server.port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        server.stop()


# -- a center full of work ----------------------------------------------------------------------------
@dataclass
class BenchCenter:
    center_id: str
    code: str
    user_ids: list[str]


def ticket_lines(count: int, seed: int, now: datetime, prefix: str = "TCK",
                 payload_bytes: int = PAYLOAD_BYTES) -> Iterator[dict[str, Any]]:
    """Import lines of support tickets whose payload is about ``payload_bytes`` of JSON.

    The benchmark dataset's tickets (greeting, product, issue, a few stock sentences, sign-off) with
    the body padded to size by ``EnglishFiller``: stock sentences alone repeat so much that gzip
    shrinks a page of them 15-fold, where customers' own words shrink about 3-fold.
    """
    from tests.benchmarks.dataset import generate_tickets

    rng = random.Random(seed)
    filler = EnglishFiller(seed)
    for number, incoming in enumerate(generate_tickets(count, seed=seed, now=now)):
        payload = dict(incoming.payload)
        sentences = payload["body"].split(". ")
        payload["body"] = ". ".join(sentences[:4]).rstrip(".") + "."
        signature = ". ".join(sentences[-1:])
        size = len(json.dumps(payload, ensure_ascii=False)) + len(signature) + 1
        target = rng.randint(payload_bytes - 200, payload_bytes + 200)
        payload["body"] += " " + filler.text(max(0, target - size)) + " " + signature
        yield {"external_id": f"{prefix}-{seed}-{number:06d}", "kind": "support_ticket", "payload": payload,
               "priority": incoming.priority,
               "due_at": incoming.due_at.isoformat() if incoming.due_at else None}


class EnglishFiller:
    """English-like prose of a given length: a word chain learnt from the Python docs shipped with Python.

    Nonsense to read, but with the word lengths, word frequencies and repetition of real prose, so it
    compresses like text people write (about 3x with gzip), which is what wire figures depend on.
    """

    def __init__(self, seed: int) -> None:
        import itertools
        import re

        try:
            from pydoc_data.topics import topics
            corpus = " ".join(topics.values())
        except ImportError:  # a Python without its docs: the stock sentences (compress too well)
            from tests.benchmarks.dataset import _SENTENCES
            corpus = " ".join(_SENTENCES)
        words = re.findall(r"[A-Za-z][a-z']*[.,]?", corpus)
        self.chain: dict[str, list[str]] = {}
        for first, second in itertools.pairwise(words):
            self.chain.setdefault(first.lower().rstrip(".,"), []).append(second)
        self.starts = sorted({word for word in words if word[0].isupper() and word[-1] not in ".,"})
        self.rng = random.Random(seed)

    def text(self, length: int) -> str:
        out: list[str] = []
        size = 0
        word = ""
        while size < length:
            following = self.chain.get(word.lower().rstrip(".,")) if word and not word.endswith(".") else None
            word = self.rng.choice(following) if following else self.rng.choice(self.starts)
            out.append(word)
            size += len(word) + 1
        return " ".join(out).rstrip(",") + ("" if out and out[-1].endswith(".") else ".")


def make_center(url: str, folder: Path, tasks: int, *, device_budget: int = 500, seed: int = 2026,
                workers: int = 3) -> BenchCenter:
    """Migrate ``url``, add a center with ``workers`` workers and import ``tasks`` ~2 KB tickets."""
    from deskclient.domain.credentials import make_verifier
    from deskclient.server import admin
    from deskclient.server.clock import server_now
    from deskclient.server.db import ServerDatabase, migrate
    from tests.factories import FAST_PARAMS, PIN

    migrate(url)
    database = ServerDatabase(url)
    try:
        now = server_now()
        center_id, code = admin.add_center(database, "Benchmark Center", now)
        admin.configure_center(database, center_id, device_budget=device_budget)
        verifier = make_verifier(PIN, FAST_PARAMS)  # the real format, at test cost
        user_ids = [admin.add_user(database, center_id=center_id, role="worker", username=f"worker{n}",
                                   display_name=f"Worker {n}", secret=PIN, now=now, verifier=verifier)
                    for n in range(1, workers + 1)]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"batch-{seed}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for line in ticket_lines(tasks, seed, now):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        report = admin.import_batch(database, center_id, path, now)
        if not report.ok or report.added != tasks:
            raise RuntimeError(f"import failed: {report}")
        path.unlink()
        return BenchCenter(center_id, code, user_ids)
    finally:
        database.dispose()


def enrollment_codes(url: str, center_id: str, count: int) -> list[str]:
    from deskclient.server.clock import server_now
    from deskclient.server.db import ServerDatabase
    from deskclient.server.devices import new_enrollment_code

    database = ServerDatabase(url)
    try:
        return [new_enrollment_code(database, center_id, server_now()) for _ in range(count)]
    finally:
        database.dispose()


# -- a simulated PC -----------------------------------------------------------------------------------
class SyncFailed(Exception):
    pass


@dataclass
class SimDevice:
    """An enrolled PC speaking protocol v1 by hand: push a few results, then pull until done."""

    base_url: str
    device_id: str
    secret: str
    user_ids: list[str]
    http: requests.Session = field(default_factory=requests.Session)
    epoch: str | None = None
    cursor: int = 0
    seq: int = 0
    held: deque[str] = field(default_factory=deque)

    @classmethod
    def enroll(cls, base_url: str, code: str, user_ids: list[str]) -> SimDevice:
        device_id = f"bench-pc-{uuid.uuid4().hex[:12]}"
        http = requests.Session()
        reply = _post(http, base_url, "/v1/enroll", {"code": code, "device_id": device_id,
                                                     "device_name": "Benchmark PC"}, None)
        return cls(base_url, reply["device_id"], reply["device_secret"], user_ids, http)

    def cycle(self, results: int = RESULTS_PER_SYNC) -> int:
        """One sync; returns how many results it pushed (0 once the device has run out of leased tasks)."""
        items = [self._result(self.held.popleft()) for _ in range(min(results, len(self.held)))]
        if items:
            reply = self._post("/v1/push", {"items": items})
            bad = [answer for answer in reply["answers"] if answer["status"] != "applied"]
            if bad or len(reply["answers"]) != len(items):
                raise SyncFailed(f"push answered {bad[:1] or reply['answers'][:1]}")
        self.pull(want=len(items))
        return len(items)

    def pull(self, want: int) -> None:
        while True:
            reply = self._post("/v1/pull", {"epoch": self.epoch, "cursor": self.cursor, "limit": 500,
                                            "want_tasks": want})
            want = 0
            for change in reply["changes"]:
                if change["type"] == "task" and change["task"]["id"] not in self.held:
                    self.held.append(change["task"]["id"])
                elif change["type"] == "lease_lost" and change["task_id"] in self.held:
                    self.held.remove(change["task_id"])
            self.epoch, self.cursor = reply["epoch"], reply["cursor"]
            if not reply["more"]:
                return

    def _result(self, task_id: str) -> dict[str, Any]:
        self.seq += 1
        result_id = str(uuid.uuid4())
        user_id = self.user_ids[self.seq % len(self.user_ids)]
        finished = datetime.now(UTC)
        return {"id": result_id, "seq": self.seq, "topic": "result.submitted", "user_id": user_id,
                "created_at": finished.isoformat(),
                "body": {"result_id": result_id, "task_id": task_id, "kind": "support_ticket", "kind_version": 1,
                         "user_id": user_id, "device_id": self.device_id, "session_id": str(uuid.uuid4()),
                         "values": ANSWER, "handle_ms": 95_000,
                         "started_at": (finished - timedelta(seconds=95)).isoformat(),
                         "finished_at": finished.isoformat()}}

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        return _post(self.http, self.base_url, path, payload, f"{self.device_id}.{self.secret}")


def _post(http: requests.Session, base_url: str, path: str, payload: dict[str, Any],
          token: str | None) -> dict[str, Any]:
    headers = {wire.VERSION_HEADER: str(wire.PROTOCOL_VERSION), "Content-Type": "application/json",
               "Content-Encoding": "gzip", "Accept-Encoding": "gzip"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = gzip.compress(json.dumps(payload).encode(), compresslevel=6)
    response = http.post(base_url + path, data=body, headers=headers, timeout=120)
    if response.status_code != 200:
        raise SyncFailed(f"{path}: HTTP {response.status_code} {response.text[:200]}")
    return response.json()  # type: ignore[no-any-return]


@dataclass
class LoadRun:
    cycles: int
    seconds: float
    latencies_ms: list[float]
    errors: list[str]
    dry: int = 0

    @property
    def per_second(self) -> float:
        return self.cycles / self.seconds if self.seconds else 0.0


def load(devices: list[SimDevice], seconds: float) -> LoadRun:
    """Every device syncs in a loop for ``seconds`` (all starting together); cycles finished per second."""
    latencies: list[list[float]] = [[] for _ in devices]
    errors: list[str] = []
    dry: list[int] = []
    start_at = time.perf_counter() + 0.05 + 0.002 * len(devices)
    deadline = start_at + seconds

    def loop(index: int, device: SimDevice) -> None:
        time.sleep(max(0.0, start_at - time.perf_counter()))
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            try:
                if device.cycle() == 0:
                    dry.append(index)
            except Exception as error:  # counted and shown; the other devices go on
                errors.append(f"{type(error).__name__}: {error}"[:200])
                time.sleep(0.05)
                continue
            latencies[index].append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=loop, args=(index, device), daemon=True)
               for index, device in enumerate(devices)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start_at
    flat = [latency for per_device in latencies for latency in per_device]
    return LoadRun(len(flat), elapsed, flat, errors, len(dry))


# -- the benchmark ------------------------------------------------------------------------------------
@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh database ``deskclient_bench_<random>`` on the local PostgreSQL (dropped after); yields its URL."""
    import psycopg

    name = f"deskclient_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_URL.format(name=name)
    finally:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(_data: object, work_root: Path, quick: bool) -> list[Metric]:
    runs, seconds = (1, 1.0) if quick else (3, 2.0)
    folder = work_root / "server-load"
    folder.mkdir(parents=True, exist_ok=True)
    metrics = _measure(f"sqlite:///{folder / 'server.sqlite3'}", "sqlite", folder, runs, seconds, quick)
    postgres = [(name, unit) for name, unit in zip(NAMES, UNITS, strict=True) if "_postgres_" in name]
    try:
        import psycopg

        psycopg.connect(POSTGRES_ADMIN).close()
    except Exception as error:
        why = f"PostgreSQL at 127.0.0.1:5432 unreachable ({type(error).__name__}: {str(error).strip()[:160]})"
        return metrics + [not_measured(name, unit, why) for name, unit in postgres]
    try:
        with postgres_database() as url:
            metrics += _measure(url, "postgres", work_root / "server-load-pg", runs, seconds, quick)
    except Exception as error:  # the SQLite figures still count
        traceback.print_exc()
        why = f"failed: {type(error).__name__}: {str(error).strip()[:200]}"
        metrics += [not_measured(name, unit, why) for name, unit in postgres]
    return metrics


def _measure(url: str, database: str, folder: Path, runs: int, seconds: float, quick: bool) -> list[Metric]:
    most = max(DEVICE_COUNTS)
    # Enough tickets that no device runs dry: the start leases plus what the busiest run can finish.
    tasks = most * START_LEASES + (1_500 if quick else 6_000)
    center = make_center(url, folder, tasks, device_budget=10_000)
    codes = enrollment_codes(url, center.center_id, most)
    metrics: list[Metric] = []
    with ServerProcess(url) as server:
        devices = [SimDevice.enroll(server.base_url, code, center.user_ids) for code in codes]
        for device in devices:
            device.pull(want=START_LEASES)
        for count in DEVICE_COUNTS:
            chosen = devices[:count]
            load(chosen, 0.3)  # warm-up: connections open, the server's caches filled
            results = [load(chosen, seconds) for _ in range(runs)]
            rates = [result.per_second for result in results]
            p95s = [percentile(result.latencies_ms, 0.95) if result.latencies_ms else float("nan")
                    for result in results]
            errors = [error for result in results for error in result.errors]
            cycles = sum(result.cycles for result in results)
            p50 = median([percentile(result.latencies_ms, 0.50) for result in results if result.latencies_ms] or [0])
            note = (f"{runs} x {seconds:g} s, {count} device(s) of one center, each cycle = push "
                    f"{RESULTS_PER_SYNC} results + pull (lease {RESULTS_PER_SYNC} more); {cycles} cycles, "
                    f"p50 {p50:.1f} ms; server: one uvicorn process"
                    + ("" if database == "sqlite" else " on PostgreSQL (pool 10+20)"))
            dry = sum(result.dry for result in results)
            if dry:
                note += f"; {dry} cycle(s) had no leased task left to finish (push skipped)"
            if errors:
                note += f"; {len(errors)} failed cycle(s), first: {errors[0]}"
            suffix = f"{database}_{count}"
            metrics.append(Metric(f"server_syncs_per_s_{suffix}", median(rates), "syncs/s", note=note,
                                  runs=rates))
            metrics.append(Metric(f"server_sync_p95_ms_{suffix}", median(p95s), "ms", note=note, runs=p95s))
        for device in devices:
            device.http.close()
    return metrics


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "serve":
        _serve(argv[1], int(argv[2]) if len(argv) > 2 else 0)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
