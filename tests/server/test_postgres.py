"""PostgreSQL: the schema migrates, and several server processes on one database never lease a task twice.

Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres, database ``test``; ``.ci/run`` starts it).
Each test creates a database of its own and drops it at the end. Unreachable: skipped, or failed when
``CI=true``.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import inspect

from deskclient.server import admin
from deskclient.server.cli import main
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase, migrate
from deskclient.server.devices import new_enrollment_code
from deskclient.server.meta import read_epoch
from tests.server.fixtures import FAST_VERIFIER, PROTOCOL_HEADERS, result_item, ticket_line, write_jsonl

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 3
DEVICES = 30
TASKS = 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    base_url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]


@pytest.fixture
def fleet(postgres_url: str, tmp_path: Path) -> Iterator[list[ServerProcess]]:
    """Three ``deskclient-server serve`` processes on the same PostgreSQL database, killed at the end."""
    migrate(postgres_url)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started: list[ServerProcess] = []
    try:
        for number in range(PROCESSES):
            port = free_port()
            log = tmp_path / f"server-{number}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [sys.executable, "-m", "deskclient.server.cli", "serve", "--db", postgres_url, "--port", str(port)],
                    stdout=out, stderr=subprocess.STDOUT, env=env)
            started.append(ServerProcess(process, f"http://127.0.0.1:{port}", log))
        with requests.Session() as http:
            deadline = time.monotonic() + 45
            for server in started:
                while True:
                    try:
                        if http.get(server.base_url + "/v1/health", timeout=2).status_code == 200:
                            break
                    except requests.ConnectionError:
                        pass
                    assert server.process.poll() is None, f"a server process ended:\n{server.output()}"
                    assert time.monotonic() < deadline, f"a server process did not answer:\n{server.output()}"
                    time.sleep(0.05)
        yield started
    finally:
        for server in started:
            if server.process.poll() is None:
                server.process.kill()
        for server in started:
            server.process.wait(timeout=30)


@dataclass
class PgDevice:
    id: str
    token: str
    base_url: str
    epoch: str | None = None
    cursor: int = 0

    def post(self, http: requests.Session, path: str, body: dict[str, Any], base_url: str | None = None
             ) -> dict[str, Any]:
        reply = http.post((base_url or self.base_url) + path, json=body, timeout=60,
                          headers=dict(PROTOCOL_HEADERS, Authorization=f"Bearer {self.token}"))
        assert reply.status_code == 200, reply.text
        result: dict[str, Any] = reply.json()
        return result


def enroll(http: requests.Session, database: ServerDatabase, center_id: str, device_id: str,
           base_url: str) -> PgDevice:
    code = new_enrollment_code(database, center_id, server_now())
    reply = http.post(base_url + "/v1/enroll", json={"code": code, "device_id": device_id},
                      headers=PROTOCOL_HEADERS, timeout=60)
    assert reply.status_code == 200, reply.text
    return PgDevice(device_id, f"{device_id}.{reply.json()['device_secret']}", base_url)


def seed(database: ServerDatabase, tmp_path: Path, tasks: int) -> tuple[str, str]:
    """A center with one worker and ``tasks`` tickets; (center id, worker id)."""
    center_id, _ = admin.add_center(database, "Busy Center", server_now())
    worker = admin.add_user(database, center_id=center_id, role="worker", username="amina", secret="",
                            now=server_now(), verifier=FAST_VERIFIER)
    batch = write_jsonl(tmp_path / "batch.jsonl", (ticket_line(f"T-{n:04d}") for n in range(tasks)))
    assert admin.import_batch(database, center_id, batch, server_now()).added == tasks
    return center_id, worker


def test_migrations_run_on_postgresql(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--db", postgres_url]) == 0
    assert "Created the database schema" in capsys.readouterr().out
    assert main(["init", "--db", postgres_url]) == 0
    assert "up to date" in capsys.readouterr().out
    database = ServerDatabase(postgres_url)
    try:
        assert database.is_postgres
        tables = set(inspect(database.engine).get_table_names())
        assert {"centers", "devices", "users", "tasks", "task_leases", "lease_losses", "results", "applied_items",
                "events", "enrollment_codes", "server_meta", "batches", "canned_responses",
                "alembic_version"} <= tables
        official = [ix for ix in inspect(database.engine).get_indexes("results")
                    if ix["name"] == "ux_results_one_official"]
        assert official and official[0]["unique"]
        assert read_epoch(database)
        # The admin path works on PostgreSQL too, time zones included.
        center_id, code = admin.add_center(database, "Pg Center", server_now())
        assert len(code) == 14
        assert main(["configure-center", "--db", postgres_url, "--center", center_id, "--lease-hours", "6"]) == 0
        with database.transaction() as session:
            from deskclient.server.models import Center

            center = session.get(Center, center_id)
            assert center is not None and center.lease_hours == 6
            assert center.created_at.tzinfo is not None
    finally:
        database.dispose()


@dataclass
class Received:
    tasks: list[tuple[str, int]]
    lost: list[tuple[str, int]]


def pull_until_nothing_is_left(devices: list[PgDevice], seed_value: int) -> dict[str, Received]:
    """All devices at once, each on its own thread: pull with random wants and page sizes until a pull
    that wanted tasks got none (so nothing is left to lease); what each device received."""
    start = threading.Barrier(len(devices))

    def work(device: PgDevice, rng: random.Random) -> Received:
        received = Received([], [])
        with requests.Session() as http:
            start.wait(timeout=60)
            while True:
                new, want = 0, rng.randint(1, 20)
                while True:
                    page = device.post(http, "/v1/pull", {"epoch": device.epoch, "cursor": device.cursor,
                                                          "limit": rng.randint(3, 40), "want_tasks": want})
                    assert page["cursor"] >= device.cursor, "the cursor went backwards"
                    device.epoch, device.cursor, want = page["epoch"], page["cursor"], 0
                    for change in page["changes"]:
                        if change["type"] == "task":
                            received.tasks.append((change["task"]["id"], change["task"]["lease_no"]))
                            new += 1
                        elif change["type"] == "lease_lost":
                            received.lost.append((change["task_id"], change["lease_no"]))
                    if not page["more"]:
                        break
                if new == 0:
                    return received

    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        futures = [pool.submit(work, device, random.Random(seed_value * 1000 + n)) for n, device in enumerate(devices)]
        return {device.id: future.result(timeout=120) for device, future in zip(devices, futures, strict=True)}


def holders(received: dict[str, Received], lease_no: int) -> dict[str, str]:
    """Task id -> the device that received it; fails if one task reached two devices."""
    pairs = [(task, device) for device, got in received.items() for task, number in got.tasks]
    assert all(number == lease_no for got in received.values() for _, number in got.tasks)
    by_task = dict(pairs)
    assert len(by_task) == len(pairs), "a task reached two devices"
    return by_task


def lease_table(database: ServerDatabase, center_id: str) -> tuple[dict[str, tuple[str, str, int]],
                                                                  list[tuple[str, int, str]]]:
    with database.engine.connect() as connection:
        tasks = connection.exec_driver_sql(
            "SELECT id, status, lease_device_id, lease_no FROM tasks WHERE center_id = %(c)s", {"c": center_id}).all()
        leases = connection.exec_driver_sql("SELECT task_id, lease_no, device_id FROM task_leases").all()
    return {row[0]: (row[1], row[2], row[3]) for row in tasks}, sorted((row[0], row[1], row[2]) for row in leases)


def test_many_devices_on_three_processes_never_lease_one_task_twice(postgres_url: str, fleet: list[ServerProcess],
                                                                    tmp_path: Path) -> None:
    database = ServerDatabase(postgres_url)
    try:
        center_id, _ = seed(database, tmp_path, TASKS)
        with requests.Session() as http:
            devices = [enroll(http, database, center_id, f"pc-{n:02d}", fleet[n % PROCESSES].base_url)
                       for n in range(DEVICES)]

        first = pull_until_nothing_is_left(devices, 1)
        holder = holders(first, lease_no=1)
        assert len(holder) == TASKS, "every task was leased"
        assert not any(got.lost for got in first.values())
        tasks, leases = lease_table(database, center_id)
        assert tasks == {task: ("leased", device, 1) for task, device in holder.items()}
        assert leases == sorted((task, 1, device) for task, device in holder.items())
        serving = {device.base_url for device in devices if first[device.id].tasks}
        assert len(serving) >= 2, "the leases did not come through several processes"

        # Every lease expires at once; all devices pull again: each task goes to exactly one device,
        # with the next lease number, and a device that lost a task to another learns it.
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE tasks SET lease_expires_at = now() - interval '1 minute'")
        second = pull_until_nothing_is_left(devices, 2)
        new_holder = holders(second, lease_no=2)
        assert set(new_holder) == set(holder)
        tasks, leases = lease_table(database, center_id)
        assert tasks == {task: ("leased", device, 2) for task, device in new_holder.items()}
        assert leases == sorted([(task, 1, device) for task, device in holder.items()]
                                + [(task, 2, device) for task, device in new_holder.items()])
        for device in devices:
            expected = sorted((task, 1) for task, old in holder.items() if old == device.id and
                              new_holder[task] != device.id)
            assert sorted(second[device.id].lost) == expected, device.id
        for server in fleet:
            assert server.process.poll() is None, server.output()
    finally:
        database.dispose()


def test_the_same_result_pushed_at_once_to_two_processes_is_applied_once(postgres_url: str, fleet: list[ServerProcess],
                                                                         tmp_path: Path) -> None:
    database = ServerDatabase(postgres_url)
    rounds = 10
    try:
        center_id, worker = seed(database, tmp_path, rounds)
        with requests.Session() as http:
            device = enroll(http, database, center_id, "pc-racer", fleet[0].base_url)
            page = device.post(http, "/v1/pull", {"want_tasks": rounds})
        tasks = sorted(c["task"]["id"] for c in page["changes"] if c["type"] == "task")
        assert len(tasks) == rounds
        items = [result_item(task, worker, seq) for seq, task in enumerate(tasks, start=1)]
        start = threading.Barrier(2)

        def push(item: dict[str, Any], base_url: str) -> str:
            with requests.Session() as http:
                start.wait(timeout=60)
                reply = device.post(http, "/v1/push", {"items": [item]}, base_url=base_url)
            [answer] = reply["answers"]
            return str(answer["status"])

        with ThreadPoolExecutor(max_workers=2) as pool:
            for item in items:  # each round: one retry racing the first try, through two processes
                racing = [pool.submit(push, item, fleet[n].base_url) for n in (1, 2)]
                assert sorted(f.result(timeout=60) for f in racing) == ["applied", "duplicate"], item["id"]
        with database.engine.connect() as connection:
            results = connection.exec_driver_sql("SELECT id, official FROM results").all()
            applied = connection.exec_driver_sql("SELECT count(*) FROM applied_items").scalar_one()
            last_seq = connection.exec_driver_sql("SELECT last_applied_seq FROM devices WHERE id = 'pc-racer'"
                                                  ).scalar_one()
        assert sorted(results) == sorted((item["id"], True) for item in items)
        assert applied == rounds and last_seq == rounds
    finally:
        database.dispose()
