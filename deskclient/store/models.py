"""Tables of the local database. Changing them needs an Alembic revision (see migrations/)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from deskclient.store.clock import UtcDateTime


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime}


class Setting(Base):
    """Small facts about this PC (device id, idle timeout...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Center(Base):
    __tablename__ = "centers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Base):
    """A person who may log in on this PC; verifiers come from the server (or the demo seed)."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    verifier: Mapped[str] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True, server_default=text("1"))
    #: Set for a new account or after a supervisor's reset: the person picks a new PIN at next login.
    must_change_secret: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    updated_at: Mapped[datetime]


class UserPreference(Base):
    """What a person chose on a shared PC (their language): local, never overwritten by a pull."""

    __tablename__ = "user_preferences"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(16))
    updated_at: Mapped[datetime]


class LoginThrottle(Base):
    """Failed logins per account on this PC: local, never overwritten by a sync."""

    __tablename__ = "login_throttle"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_failure_at: Mapped[datetime | None]


class Batch(Base):
    __tablename__ = "batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("centers.id"))
    name: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime]


class Task(Base):
    """A unit of work queued on this PC. ``seq`` gives arrival order; ``id`` is the global id."""

    __tablename__ = "tasks"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[str | None] = mapped_column(ForeignKey("batches.id"))
    external_id: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    kind_version: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(500))
    payload_json: Mapped[str] = mapped_column(Text)
    priority_rank: Mapped[int] = mapped_column(default=1)
    due_at: Mapped[datetime | None]
    #: ``due_at`` as text, or a far-future value: lets one index serve the queue order.
    due_key: Mapped[str] = mapped_column(String(27))
    required_skill: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(32), default="available")
    holder_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime | None]
    received_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    #: The server's lease: which lease this PC holds, and until when (server clock).
    lease_no: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    lease_expires_at: Mapped[datetime | None]
    #: When the payload's personal fields were removed (retention); figures and history stay.
    personal_purged_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_tasks_queue", "state", text("priority_rank DESC"), "due_key", "seq"),
        Index("ix_tasks_holder", "holder_user_id", "state"),
    )


class Draft(Base):
    """Unfinished work on a held task, autosaved every few seconds."""

    __tablename__ = "drafts"
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    active_ms: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Result(Base):
    """A finished piece of work. Written in the same transaction as its outbox row."""

    __tablename__ = "results"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    session_id: Mapped[str | None] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(32))
    values_json: Mapped[str] = mapped_column(Text)
    handle_ms: Mapped[int]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]

    __table_args__ = (Index("ix_results_user_finished", "user_id", "finished_at"),)


class TaskSkip(Base):
    """A worker passed a task on, with a reason; they are not offered it again."""

    __tablename__ = "task_skips"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    handle_ms: Mapped[int] = mapped_column(default=0)
    at: Mapped[datetime]

    __table_args__ = (
        Index("ix_task_skips_user_task", "user_id", "task_id"),
        Index("ix_task_skips_user_at", "user_id", "at"),
    )


class WorkSession(Base):
    """One person's time at the PC, from login to logout, lock or a crash (last_seen_at)."""

    __tablename__ = "work_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(32))


class OutboxItem(Base):
    """A change the server must learn, in the order it happened (``seq`` never reuses a value)."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    topic: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(36))
    body_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    acked_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_outbox_status_seq", "status", "seq"), {"sqlite_autoincrement": True})


class AuditEntry(Base):
    """Who did what, when, on this PC. Append-only: triggers refuse UPDATE and DELETE (migration 0003)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(64))
    detail_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_audit_log_at", "at"), {"sqlite_autoincrement": True})


class CannedResponseRow(Base):
    """A reply template of a kind of task."""

    __tablename__ = "canned_responses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16), default="en")
    category: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kind", "code", "language"),)


class SyncState(Base):
    """Where this PC stands with the server: one row, written in the same transaction as what it describes."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(500))
    center_id: Mapped[str | None] = mapped_column(String(64))
    center_name: Mapped[str | None] = mapped_column(String(200))
    epoch: Mapped[str | None] = mapped_column(String(64))
    cursor: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    #: The highest outbox sequence the server said it applied (from this PC).
    server_applied_seq: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    last_success_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_detail: Mapped[str | None] = mapped_column(Text)
    clock_offset_ms: Mapped[int | None]


class Outage(Base):
    """A stretch when the server could not be reached, or the app or PC was down."""

    __tablename__ = "outages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
