"""Bringing work and people onto the PC: tasks, users, canned responses.

Sync (a later issue) and the demo seed both come through here, so both get the same checks:
a task of an unknown kind is kept (and shown as needing an update), a malformed one of a known
kind is refused with its reason, and nothing arrives twice.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from deskclient.domain.kinds import find_kind
from deskclient.domain.kinds.base import FieldError
from deskclient.domain.tasks import NO_DUE_DATE_KEY, priority_rank
from deskclient.domain.untrusted import clean_for_storage
from deskclient.services.context import ServiceContext
from deskclient.store import sealing
from deskclient.store.clock import to_text
from deskclient.store.models import Batch, CannedResponseRow, Center, Task, User

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IncomingTask:
    """A task as it arrives from the server (or the demo seed)."""

    id: str
    kind: str
    payload: Mapping[str, Any]
    external_id: str | None = None
    priority: str = "normal"
    due_at: datetime | None = None
    required_skill: str | None = None


@dataclass
class IntakeReport:
    """What an import did."""

    added: int = 0
    already_there: int = 0
    unknown_kind: int = 0
    refused: list[tuple[str, list[FieldError]]] = field(default_factory=list)


class IntakeService:
    """Writes incoming data in large, single transactions."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def add_center(self, center_id: str, name: str) -> None:
        with self.context.database.write() as session:
            session.merge(Center(id=center_id, name=name))

    def upsert_user(self, *, user_id: str, center_id: str, username: str, display_name: str, role: str,
                    verifier: str, language: str | None = None, active: bool = True) -> None:
        with self.context.database.write() as session:
            session.merge(User(id=user_id, center_id=center_id, username=username, display_name=display_name,
                               role=role, verifier=verifier, language=language, active=active,
                               updated_at=self.context.now()))

    def add_canned_responses(self, kind: str, responses: Iterable[Mapping[str, Any]]) -> None:
        with self.context.database.write() as session:
            for response in responses:
                statement = sqlite_insert(CannedResponseRow).values(
                    kind=kind, code=response["code"], language=response.get("language", "en"),
                    category=response.get("category"), title=response["title"], body=response["body"])
                session.execute(statement.on_conflict_do_update(
                    index_elements=["kind", "code", "language"],
                    set_={"title": statement.excluded.title, "body": statement.excluded.body,
                          "category": statement.excluded.category}))

    def import_tasks(self, center_id: str, batch_name: str, tasks: Iterable[IncomingTask],
                     batch_id: str | None = None) -> IntakeReport:
        """Queue ``tasks`` in one transaction; ids already on the PC are left as they are."""
        now = self.context.now()
        report = IntakeReport()
        rows: list[dict[str, Any]] = []
        for task in tasks:
            row = task_row(task, now)
            if isinstance(row, list):
                report.refused.append((task.id, row))
                continue
            if find_kind(task.kind) is None:
                report.unknown_kind += 1
            rows.append(row)
        cipher = sealing.cipher_for(self.context.database)
        with self.context.database.write() as session:
            batch_key = batch_id or str(uuid.uuid4())
            if session.get(Batch, batch_key) is None:
                session.add(Batch(id=batch_key, center_id=center_id, name=batch_name, received_at=now))
                session.flush()
            existing: set[str] = set()
            ids = [row["id"] for row in rows]
            for start in range(0, len(ids), 900):
                existing.update(session.scalars(select(Task.id).where(Task.id.in_(ids[start:start + 900]))))
            fresh: list[dict[str, Any]] = []
            for row in rows:
                if row["id"] not in existing:
                    existing.add(row["id"])  # the same id twice in one batch counts once
                    fresh.append(dict(row, batch_id=batch_key, payload_json=cipher.seal_text(
                        sealing.PAYLOAD, row["id"], row["payload_json"])))
            if fresh:
                session.execute(insert(Task), fresh)
            report.added = len(fresh)
            report.already_there = len(rows) - len(fresh)
        return report


def task_row(task: IncomingTask, now: datetime, **extra: Any) -> dict[str, Any] | list[FieldError]:
    """The ``tasks`` row for an incoming task, or why its payload is refused.

    A task of a kind this client does not know is kept (and shown as needing an update): the
    server has leased it to this PC, and dropping it would lose it until the lease expires.
    Text is stored as it came, except lone surrogates (invalid UTF-8 on its way), which SQLite
    cannot store: they become U+FFFD, and the ticket screen says some characters were damaged.
    """
    task = _storable(task)
    kind = find_kind(task.kind)
    title = str(task.payload.get("subject") or task.external_id or task.id)
    if kind is not None:
        errors = kind.validate_payload(task.payload)
        if errors:
            return errors
        title = kind.title(task.payload)
    row = {
        "id": task.id, "batch_id": None, "external_id": task.external_id, "kind": task.kind,
        "kind_version": kind.version if kind else 1, "title": title[:500],
        "payload_json": json.dumps(dict(task.payload), ensure_ascii=False),
        "priority_rank": priority_rank(task.priority), "due_at": task.due_at,
        "due_key": to_text(task.due_at) if task.due_at else NO_DUE_DATE_KEY,
        "required_skill": task.required_skill, "state": "available", "holder_user_id": None,
        "claimed_at": None, "received_at": now, "updated_at": now,
    }
    row.update(extra)
    return row


def _storable(task: IncomingTask) -> IncomingTask:
    """``task`` with every lone surrogate replaced (``sqlite3`` cannot encode one: the write would fail)."""
    cleaned: dict[str, Any] = {}
    damaged = 0
    for name in ("id", "kind", "external_id", "priority", "required_skill", "payload"):
        value, count = clean_for_storage(getattr(task, name))
        if count:
            cleaned[name] = value
            damaged += count
    if not damaged:
        return task
    log.warning("task %s arrived with %d damaged character(s) (invalid UTF-8); stored as U+FFFD",
                cleaned.get("id", task.id), damaged)
    return replace(task, **cleaned)
