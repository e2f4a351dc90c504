"""What the central operator does: centers, people, batches of tasks, exports."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from deskclient.domain.audit import AuditAction
from deskclient.domain.credentials import make_verifier, secret_policy_problem
from deskclient.domain.kinds import find_kind
from deskclient.domain.roles import Role
from deskclient.domain.tasks import priority_rank
from deskclient.server import audit
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.devices import new_enrollment_code
from deskclient.server.feed import lock_center, next_seq
from deskclient.server.models import Batch, CannedResponse, Center, Device, Result, Task, User, due_key


def add_center(database: ServerDatabase, name: str, now: datetime, lease_hours: int = 72,
               device_budget: int = 500, center_id: str | None = None) -> tuple[str, str]:
    """Create a center; returns its id and a one-time enrollment code for its first PC."""
    center_id = center_id or str(uuid.uuid4())
    with database.transaction() as session:
        session.add(Center(id=center_id, name=name, lease_hours=lease_hours, device_budget=device_budget,
                           change_seq=0, created_at=now))
        audit.record(session, AuditAction.CENTER_ADDED, source="admin", at=now, received_at=now, center_id=center_id,
                     subject=center_id, detail={"name": name, "lease_hours": lease_hours,
                                                "device_budget": device_budget})
    return center_id, new_enrollment_code(database, center_id, now)


def configure_center(database: ServerDatabase, center_id: str, *, lease_hours: int | None = None,
                     device_budget: int | None = None, retention_days: int | None = None,
                     now: datetime | None = None) -> None:
    now = now or server_now()
    with database.transaction() as session:
        center = lock_center(session, center_id)
        changed: dict[str, object] = {}
        if lease_hours is not None:
            changed["lease_hours"] = {"from": center.lease_hours, "to": lease_hours}
            center.lease_hours = lease_hours
        if device_budget is not None:
            changed["device_budget"] = {"from": center.device_budget, "to": device_budget}
            center.device_budget = device_budget
        if retention_days is not None:
            changed["retention_days"] = {"from": center.retention_days, "to": retention_days}
            center.retention_days = retention_days
        audit.record(session, AuditAction.CENTER_CONFIGURED, source="admin", at=now, received_at=now,
                     center_id=center_id, subject=center_id, detail=changed)


class UserRefused(ValueError):
    pass


def add_user(database: ServerDatabase, *, center_id: str, role: str, username: str, secret: str,
             display_name: str | None = None, language: str | None = None, now: datetime,
             user_id: str | None = None, verifier: str | None = None, must_change_secret: bool = False) -> str:
    """Create or update a person; their PIN travels to the PCs only as a scrypt verifier.

    ``must_change_secret``: the person chooses their own PIN at their first login (the command
    line sets it unless told otherwise; the demo and tests do not).
    """
    Role(role)
    if verifier is None:
        problem = secret_policy_problem(secret)
        if problem:
            raise UserRefused(problem)
        verifier = make_verifier(secret)
    with database.transaction() as session:
        center = lock_center(session, center_id)
        user = session.scalar(select(User).where(User.username == username))
        if user is not None and user.center_id != center_id:
            raise UserRefused("username_taken")
        created = user is None
        if user is None:
            user = User(id=user_id or str(uuid.uuid4()), center_id=center_id, username=username)
            session.add(user)
        user.display_name = display_name or username
        user.role = role
        user.verifier = verifier
        user.language = language
        user.active = True
        user.must_change_secret = must_change_secret
        user.updated_at = now
        user.change_seq = next_seq(center)
        session.flush()
        audit.record(session, AuditAction.USER_ADDED, source="admin", at=now, received_at=now, center_id=center_id,
                     user_id=user.id, subject=user.id,
                     detail={"username": username, "role": role, "created": created,
                             "must_change_secret": must_change_secret})
        return user.id


def add_canned_responses(database: ServerDatabase, center_id: str, responses: Iterable[dict[str, Any]]) -> int:
    count = 0
    with database.transaction() as session:
        center = lock_center(session, center_id)
        for response in responses:
            language = response.get("language") or "en"
            row = session.scalar(select(CannedResponse).where(
                CannedResponse.center_id == center_id, CannedResponse.kind == response["kind"],
                CannedResponse.code == response["code"], CannedResponse.language == language))
            if row is None:
                row = CannedResponse(center_id=center_id, kind=response["kind"], code=response["code"],
                                     language=language)
                session.add(row)
            row.category = response.get("category")
            row.title = response["title"]
            row.body = response["body"]
            row.change_seq = next_seq(center)
            count += 1
    return count


class ImportLine(BaseModel):
    """One line of an import file (JSON Lines)."""

    model_config = ConfigDict(extra="forbid")
    external_id: str = Field(min_length=1, max_length=200)
    kind: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any]
    priority: str = Field(default="normal", pattern="^(low|normal|high|urgent)$")
    due_at: datetime | None = None
    required_skill: str | None = Field(default=None, max_length=64)
    gold: dict[str, Any] | None = None


@dataclass
class ImportReport:
    added: int = 0
    already_there: int = 0
    invalid: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.invalid


def read_import_lines(stream: IO[str]) -> Iterator[tuple[int, ImportLine | str]]:
    """(line number, parsed line or the reason it is invalid), blank lines skipped."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line = ImportLine.model_validate_json(raw)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ())) or "line"
            yield number, f"{where}: {first.get('msg', 'invalid')}"
            continue
        if line.due_at is not None and line.due_at.tzinfo is None:
            yield number, "due_at: needs a time zone (e.g. 2026-12-01T12:00:00Z)"
            continue
        kind = find_kind(line.kind)
        if kind is not None:
            errors = kind.validate_payload(line.payload)
            if errors:
                yield number, "payload: " + ", ".join(f"{e.field} {e.code}" for e in errors)
                continue
            if line.gold is not None:
                gold_errors = kind.validate_result(line.gold)
                if gold_errors:
                    yield number, "gold: " + ", ".join(f"{e.field} {e.code}" for e in gold_errors)
                    continue
        yield number, line


def import_batch(database: ServerDatabase, center_id: str, path: Path, now: datetime,
                 skip_invalid: bool = False) -> ImportReport:
    """Import a JSON Lines file; all or nothing unless ``skip_invalid``. Re-importing adds nothing."""
    report = ImportReport()
    lines: list[ImportLine] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as stream:
        for number, parsed in read_import_lines(stream):
            if isinstance(parsed, str):
                report.invalid.append((number, parsed))
            elif parsed.external_id in seen:
                report.invalid.append((number, f"external_id: {parsed.external_id!r} appears twice in the file"))
            else:
                seen.add(parsed.external_id)
                lines.append(parsed)
    if report.invalid and not skip_invalid:
        return report
    with database.transaction() as session:
        center = lock_center(session, center_id)
        existing = set(session.scalars(select(Task.external_id).where(Task.center_id == center_id)))
        batch = Batch(id=str(uuid.uuid4()), center_id=center_id, name=path.name, imported_at=now)
        if any(line.external_id not in existing for line in lines):
            session.add(batch)  # a re-import that adds nothing leaves no empty batch behind
            session.flush()
        base = session.scalar(select(Task.seq).order_by(Task.seq.desc()).limit(1)) or 0
        for line in lines:
            if line.external_id in existing:
                report.already_there += 1
                continue
            base += 1
            session.add(Task(
                id=str(uuid.uuid4()), seq=base, center_id=center_id, batch_id=batch.id,
                external_id=line.external_id, kind=line.kind, payload=line.payload, priority=line.priority,
                priority_rank=priority_rank(line.priority), due_at=line.due_at, due_key=due_key(line.due_at),
                required_skill=line.required_skill,
                gold=line.gold, status="open", lease_no=0, change_seq=0, created_at=now))
            report.added += 1
        del center
        audit.record(session, AuditAction.IMPORT, source="admin", at=now, received_at=now, center_id=center_id,
                     subject=batch.id if report.added else None,
                     detail={"file": path.name[:200], "added": report.added, "already_there": report.already_there,
                             "skipped_invalid": len(report.invalid)})
    return report


EXPORT_FIELDS = ("task_id", "external_id", "kind", "result_id", "outcome", "worker", "worker_id", "device_id",
                 "started_at", "finished_at", "received_at", "handle_ms", "late", "values", "review_outcome")


def export_rows(database: ServerDatabase, center_id: str) -> list[dict[str, Any]]:
    """One row per official result of the center, oldest first."""
    with database.transaction() as session:
        rows = session.execute(
            select(Result, Task.external_id, User.username)
            .join(Task, Task.id == Result.task_id).join(User, User.id == Result.user_id)
            .where(Result.center_id == center_id, Result.official.is_(True))
            .order_by(Result.received_at, Result.id)).all()
        return [{
            "task_id": result.task_id, "external_id": external_id, "kind": None, "result_id": result.id,
            "outcome": result.outcome, "worker": username, "worker_id": result.user_id,
            "device_id": result.device_id, "started_at": result.started_at.isoformat(),
            "finished_at": result.finished_at.isoformat(), "received_at": result.received_at.isoformat(),
            "handle_ms": result.handle_ms, "late": result.late, "values": result.values,
            "review_outcome": None,  # the review issue fills this in
        } for result, external_id, username in rows]


def export_results(database: ServerDatabase, center_id: str, fmt: str, out: IO[str]) -> int:
    rows = export_rows(database, center_id)
    with database.transaction() as session:
        kinds = dict(session.execute(select(Task.id, Task.kind).where(Task.center_id == center_id)).all())
    for row in rows:
        row["kind"] = kinds.get(row["task_id"])
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(dict(row, values=json.dumps(row["values"], ensure_ascii=False, sort_keys=True)))
    now = server_now()
    with database.transaction() as session:
        audit.record(session, AuditAction.EXPORT, source="admin", at=now, received_at=now, center_id=center_id,
                     detail={"what": "results", "format": fmt, "rows": len(rows)})
    return len(rows)


def device_summary(database: ServerDatabase, center_id: str) -> list[dict[str, Any]]:
    with database.transaction() as session:
        devices = session.scalars(select(Device).where(Device.center_id == center_id)).all()
        return [{"id": d.id, "name": d.name, "last_seen_at": d.last_seen_at, "last_applied_seq": d.last_applied_seq,
                 "revoked": d.revoked_at is not None} for d in devices]
