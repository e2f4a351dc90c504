"""Tables of the central server. Changing them needs an Alembic revision (server/migrations)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class AwareDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on both SQLite (which forgets the zone) and PostgreSQL (timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NO_DUE_KEY = "9999-12-31T23:59:59"


def due_key(due_at: datetime | None) -> str:
    return due_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") if due_at else NO_DUE_KEY


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: AwareDateTime, dict[str, Any]: JSON}


class ServerMeta(Base):
    """Facts about this server database; ``epoch`` changes when it is restored from a backup."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Center(Base):
    """A delivery center. ``change_seq`` orders everything its PCs pull; its row lock serialises it."""

    __tablename__ = "centers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    lease_hours: Mapped[int] = mapped_column(default=72)
    device_budget: Mapped[int] = mapped_column(default=500)
    #: Days the PCs keep customers' personal data after the server confirmed the work (review window).
    retention_days: Mapped[int] = mapped_column(default=14, server_default=text("14"))
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_device: Mapped[str | None] = mapped_column(String(64))


class Device(Base):
    """An enrolled PC. ``last_applied_seq`` is the highest outbox sequence applied from it."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    secret_hash: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]
    last_applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    revoked_at: Mapped[datetime | None]


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    verifier: Mapped[str] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    #: A new account or a reset PIN: the person picks their own at next login (on any PC).
    must_change_secret: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    updated_at: Mapped[datetime]


class CannedResponse(Base):
    __tablename__ = "canned_responses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    kind: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16), default="en")
    category: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)

    __table_args__ = (UniqueConstraint("center_id", "kind", "code", "language"),)


class Batch(Base):
    __tablename__ = "batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    name: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime]


class Task(Base):
    """A task and its lease: one device at a time, ``lease_no`` grows with every new lease."""

    __tablename__ = "tasks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    batch_id: Mapped[str | None] = mapped_column(ForeignKey("batches.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    priority_rank: Mapped[int] = mapped_column(default=1)
    due_at: Mapped[datetime | None]
    #: ``due_at`` as sortable text, far future when there is none: lets one index give the lease order.
    due_key: Mapped[str] = mapped_column(String(32), default=NO_DUE_KEY, server_default=NO_DUE_KEY)
    required_skill: Mapped[str | None] = mapped_column(String(64))
    gold: Mapped[dict[str, Any] | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    lease_device_id: Mapped[str | None] = mapped_column(String(64))
    lease_no: Mapped[int] = mapped_column(default=0)
    lease_expires_at: Mapped[datetime | None]
    official_result_id: Mapped[str | None] = mapped_column(String(64))
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("center_id", "external_id"),
        Index("ix_tasks_lease_order", "center_id", "status", text("priority_rank DESC"), "due_key", "seq"),
        Index("ix_tasks_lease_expiry", "center_id", "status", "lease_expires_at"),
        Index("ix_tasks_device_feed", "lease_device_id", "change_seq"),
    )


class TaskLease(Base):
    """Every lease ever given: a result is accepted only from a device that held the task."""

    __tablename__ = "task_leases"
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    lease_no: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    leased_at: Mapped[datetime]


class LeaseLoss(Base):
    """A device's lease passed to another device: it learns so at its next pull."""

    __tablename__ = "lease_losses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64))
    task_id: Mapped[str] = mapped_column(String(36))
    lease_no: Mapped[int]
    change_seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_lease_losses_feed", "device_id", "change_seq"),)


class Result(Base):
    """A result from a PC. At most one per task is official; later ones are kept as late duplicates."""

    __tablename__ = "results"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)
    center_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(32))
    values: Mapped[dict[str, Any]]
    handle_ms: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    received_at: Mapped[datetime]
    official: Mapped[bool] = mapped_column(default=False)
    late: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        Index("ux_results_one_official", "task_id", unique=True,
              sqlite_where=text("official"), postgresql_where=text("official")),
    )


class AppliedItem(Base):
    """Every pushed item, by the client's UUID: the same id twice is applied once."""

    __tablename__ = "applied_items"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    topic: Mapped[str] = mapped_column(String(64))
    body_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime]


class Event(Base):
    """Work sessions, skips, outages and other facts a PC reports."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[str | None] = mapped_column(String(36))
    topic: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]]
    client_time: Mapped[datetime]
    received_at: Mapped[datetime]


class AuditEvent(Base):
    """Who did what, when, on which PC (or through the admin CLI). Append-only: triggers refuse changes."""

    __tablename__ = "audit_events"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_id: Mapped[str | None] = mapped_column(String(36), index=True)
    device_id: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(36))
    #: "device" for what a PC reported, "server" for what the server did, "admin" for the CLI.
    source: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]]
    at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(index=True)
