"""Helpers for the server tests: the real server on loopback, centers, people, devices, results.

Everything goes over HTTP to a real uvicorn (``EmbeddedServer``, port 0, a temporary SQLite file);
only set-up (centers, people, batches) and the checks read or write the database directly.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import text, update

from deskclient.domain.credentials import make_verifier
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.devices import new_enrollment_code
from deskclient.server.models import Task
from deskclient.server.runner import EmbeddedServer
from tests.factories import FAST_PARAMS, GOOD_ANSWER, PIN

PROTOCOL_HEADERS = {"X-Deskclient-Protocol": "1"}
#: One verifier for everybody: scrypt at test cost, in the real format.
FAST_VERIFIER = make_verifier(PIN, FAST_PARAMS)


def ticket_line(external_id: str, **overrides: Any) -> dict[str, Any]:
    """One line of an import file: a valid support ticket."""
    line: dict[str, Any] = {
        "external_id": external_id, "kind": "support_ticket",
        "payload": {"subject": f"Ticket {external_id}", "body": "My phone shows no signal since this morning.",
                    "customer_name": "Asha Mwangi", "customer_email": "asha@example.com", "channel": "email"},
    }
    line.update(overrides)
    return line


def write_jsonl(path: Path, lines: Iterable[Mapping[str, Any] | str]) -> Path:
    """Write an import file; a str line is written as is (to make invalid lines)."""
    with path.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def result_item(task_id: str, user_id: str | None, seq: int, *, item_id: str | None = None,
                values: Mapping[str, Any] | None = None, topic: str = "result.submitted",
                handle_ms: int = 95_000) -> dict[str, Any]:
    """A pushed result, shaped as the client's outbox sends it."""
    item_id = item_id or str(uuid.uuid4())
    finished = datetime.now(UTC).replace(microsecond=0)
    return {
        "id": item_id, "seq": seq, "topic": topic, "user_id": user_id, "created_at": finished.isoformat(),
        "body": {"result_id": item_id, "task_id": task_id,
                 "values": dict(values if values is not None else GOOD_ANSWER),
                 "started_at": (finished - timedelta(milliseconds=handle_ms)).isoformat(),
                 "finished_at": finished.isoformat(), "handle_ms": handle_ms},
    }


class Server:
    """A real server on 127.0.0.1 with a temporary SQLite database, and one HTTP session to talk to it."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.url = f"sqlite:///{folder / 's.sqlite3'}"
        self.embedded = EmbeddedServer(self.url).start()
        self.http = requests.Session()
        self.folder = folder

    @property
    def base_url(self) -> str:
        return self.embedded.base_url

    @property
    def database(self) -> ServerDatabase:
        assert self.embedded.database is not None
        return self.embedded.database

    def close(self) -> None:
        self.http.close()
        self.embedded.stop()

    def post(self, path: str, body: Any = None, *, token: str | None = None, headers: Mapping[str, str] | None = None,
             data: bytes | Iterable[bytes] | None = None) -> requests.Response:
        """POST ``body`` as JSON (or raw ``data``) with the protocol header; ``headers`` override it."""
        all_headers = dict(PROTOCOL_HEADERS)
        if token is not None:
            all_headers["Authorization"] = f"Bearer {token}"
        all_headers.update(headers or {})
        if data is not None:
            all_headers.setdefault("Content-Type", "application/json")
            return self.http.post(self.base_url + path, data=data, headers=all_headers, timeout=30)
        return self.http.post(self.base_url + path, json=body, headers=all_headers, timeout=30)

    def center(self, name: str = "Test Center", *, lease_hours: int = 72, device_budget: int = 500) -> Center:
        center_id, code = admin.add_center(self.database, name, server_now(), lease_hours=lease_hours,
                                           device_budget=device_budget)
        return Center(self, center_id, code)

    def sql(self, statement: str, **params: Any) -> list[Any]:
        """Run SQL on the server's database (checks, and time travel of leases)."""
        with self.database.transaction() as session:
            result = session.connection().execute(text(statement), params)
            return list(result.all()) if result.returns_rows else []

    def expire_leases(self, task_ids: Iterable[str]) -> None:
        """Move the leases of ``task_ids`` into the past, as if their hours had passed."""
        with self.database.transaction() as session:  # through the ORM: SQLite compares dates as text
            session.execute(update(Task).where(Task.id.in_(list(task_ids)))
                            .values(lease_expires_at=server_now() - timedelta(minutes=5)))


@dataclass
class Center:
    server: Server
    id: str
    code: str
    _devices: int = 0
    _imports: int = 0
    people: dict[str, str] = field(default_factory=dict)

    def new_code(self) -> str:
        return new_enrollment_code(self.server.database, self.id, server_now())

    def person(self, name: str, role: str = "worker") -> str:
        user_id = admin.add_user(self.server.database, center_id=self.id, role=role,
                                 username=f"{name.lower()}-{self.id[:8]}", secret=PIN, display_name=name,
                                 now=server_now(), verifier=FAST_VERIFIER)
        self.people[name] = user_id
        return user_id

    def tasks(self, count: int, **overrides: Any) -> list[str]:
        """Import ``count`` tickets; their server ids in queue order."""
        self._imports += 1
        prefix = f"{self.id[:8]}-{self._imports}"
        path = write_jsonl(self.server.folder / f"batch-{prefix}.jsonl",
                           (ticket_line(f"{prefix}-{n:05d}", **overrides) for n in range(count)))
        report = admin.import_batch(self.server.database, self.id, path, server_now())
        assert report.ok and report.added == count, report
        rows = self.server.sql("SELECT id FROM tasks WHERE center_id = :c AND external_id LIKE :p ORDER BY seq",
                               c=self.id, p=f"{prefix}-%")
        return [row[0] for row in rows]

    def enroll(self, device_id: str | None = None) -> Device:
        self._devices += 1
        device_id = device_id or f"pc-{self._devices}-{uuid.uuid4().hex[:8]}"
        reply = self.server.post("/v1/enroll", {"code": self.new_code(), "device_id": device_id,
                                               "device_name": f"PC {self._devices}"})
        assert reply.status_code == 200, reply.text
        body = reply.json()
        assert body["center_id"] == self.id
        return Device(self.server, body["device_id"], body["device_secret"], self.id)


@dataclass
class Device:
    """An enrolled PC, speaking the protocol by hand."""

    server: Server
    id: str
    secret: str
    center_id: str
    epoch: str | None = None
    cursor: int = 0
    next_seq: int = 1

    @property
    def token(self) -> str:
        return f"{self.id}.{self.secret}"

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        return self.server.post(path, body, token=self.token, **kwargs)

    def pull(self, want_tasks: int = 0, limit: int = 500, *, keep_cursor: bool = True) -> dict[str, Any]:
        """One pull page from the device's cursor; the cursor moves on unless ``keep_cursor`` is False."""
        reply = self.post("/v1/pull", {"epoch": self.epoch, "cursor": self.cursor, "limit": limit,
                                       "want_tasks": want_tasks})
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        if keep_cursor:
            self.epoch, self.cursor = body["epoch"], body["cursor"]
        return body

    def pull_all(self, want_tasks: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        """Pull until no more pages; every change received, in order."""
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(want_tasks if not changes else 0, limit)
            changes += page["changes"]
            if not page["more"]:
                return changes

    def take_tasks(self, want: int) -> list[dict[str, Any]]:
        """Ask for ``want`` more tasks; the task data of those leased now."""
        return [change["task"] for change in self.pull_all(want_tasks=want) if change["type"] == "task"]

    def push(self, *items: dict[str, Any]) -> dict[str, Any]:
        reply = self.post("/v1/push", {"items": list(items)})
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        return body

    def result(self, task_id: str, user_id: str | None, **kwargs: Any) -> dict[str, Any]:
        """A result item with this device's next outbox sequence."""
        item = result_item(task_id, user_id, self.next_seq, **kwargs)
        self.next_seq += 1
        return item


def answers(reply: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """(status, reason) of each answer of a push reply."""
    return [(answer["status"], answer.get("reason")) for answer in reply["answers"]]
