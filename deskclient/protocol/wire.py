"""Version 1 of the wire protocol: every request and reply body, as typed models.

Both sides validate with these models, so a malformed or truncated body is refused as a whole
before anything is applied, and the server's OpenAPI description is generated from them.

Rules that are part of the protocol:
- Every request carries ``X-Deskclient-Protocol: 1``; an unsupported version gets HTTP 426 with an
  ``ErrorReply`` naming the supported versions, and the client asks to be updated.
- Devices authenticate with ``Authorization: Bearer <device id>.<device secret>``.
- Bodies may be gzip-compressed (``Content-Encoding: gzip``) in both directions.
- Password verifiers travel in the client's format: ``scrypt$n=<N>,r=<r>,p=<p>$<salt b64>$<key b64>``.
- Order is never taken from a client's clock: the server answers with its own time and orders by
  its own sequences (``seq`` per device for pushes, a per-center change sequence for pulls).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
VERSION_HEADER = "X-Deskclient-Protocol"
VERIFIER_SCHEME = "scrypt"
MAX_PUSH_ITEMS = 1000
MAX_PULL_LIMIT = 2000
MAX_BODY_BYTES = 8 * 1024 * 1024
#: Sequences and cursors are 64-bit integers in both databases; bounded to what a JSON number (a double)
#: holds exactly, so a client in any language reads the same value.
MAX_SEQ = 2**53 - 1

Id = Annotated[str, Field(min_length=1, max_length=64)]
ShortText = Annotated[str, Field(max_length=500)]


class Wire(BaseModel):
    """Strict models: unknown fields are refused, so a wrong-version body cannot pass for a right one."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# -- errors ---------------------------------------------------------------------------------------
class ErrorCode(StrEnum):
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"
    UNAUTHORIZED = "unauthorized"
    BAD_REQUEST = "bad_request"
    TOO_LARGE = "too_large"
    RATE_LIMITED = "rate_limited"
    ENROLLMENT_CODE_INVALID = "enrollment_code_invalid"
    DEVICE_REVOKED = "device_revoked"
    SERVER_ERROR = "server_error"


class ErrorReply(Wire):
    error: ErrorCode
    detail: str | None = None
    supported_versions: list[int] | None = None


class HealthReply(Wire):
    """``GET /v1/health``: open to anybody (no token, no version header), tells nothing private."""

    status: Literal["ok"]
    server_time: datetime
    epoch: Id
    supported_versions: list[int]


# -- enrollment -----------------------------------------------------------------------------------
class EnrollRequest(Wire):
    code: Annotated[str, Field(min_length=4, max_length=64)]
    device_id: Id
    device_name: ShortText = ""
    client_version: ShortText = ""


class EnrollReply(Wire):
    device_id: Id
    device_secret: Annotated[str, Field(min_length=16, max_length=128)]
    center_id: Id
    center_name: ShortText
    server_epoch: Id
    server_time: datetime
    #: The server's X25519 public key (base64): PCs seal outbox bodies to it, so unsent work stays
    #: readable by the server even if the PC loses its own key.
    sealing_public_key: Annotated[str, Field(max_length=128)] | None = None


# -- push -----------------------------------------------------------------------------------------
class PushItem(Wire):
    """One outbox row: a change the server must learn, identified by the client's UUID."""

    id: Id
    seq: Annotated[int, Field(ge=1, le=MAX_SEQ)]
    topic: Annotated[str, Field(min_length=1, max_length=64)]
    user_id: Id | None = None
    created_at: datetime
    body: dict[str, Any]


class PushRequest(Wire):
    items: Annotated[list[PushItem], Field(max_length=MAX_PUSH_ITEMS)]


class ItemStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    CONFLICT = "conflict"


class ItemAnswer(Wire):
    id: Id
    status: ItemStatus
    reason: str | None = None


class PushReply(Wire):
    answers: list[ItemAnswer]
    last_applied_seq: int
    server_epoch: Id
    server_time: datetime


# -- pull -----------------------------------------------------------------------------------------
class PullRequest(Wire):
    epoch: Id | None = None
    cursor: Annotated[int, Field(ge=0, le=MAX_SEQ)] = 0
    limit: Annotated[int, Field(ge=1, le=MAX_PULL_LIMIT)] = 500
    #: How many more tasks this PC would like; the server caps it by the center's device budget.
    want_tasks: Annotated[int, Field(ge=0, le=100_000)] = 0
    #: How many tasks this PC wants to hold in all (its leases included); preferred over ``want_tasks``
    #: because it is safe to repeat: a retry after a lost reply does not lease the same number again.
    hold_tasks: Annotated[int, Field(ge=0, le=100_000)] | None = None


class UserData(Wire):
    id: Id
    username: Annotated[str, Field(max_length=64)]
    display_name: Annotated[str, Field(max_length=200)]
    role: Literal["worker", "supervisor", "trainer", "center_admin"]
    verifier: Annotated[str, Field(max_length=255)]
    language: Annotated[str, Field(max_length=16)] | None = None
    active: bool = True
    #: A new account or a reset PIN: the person must pick a new PIN at their next login.
    must_change_secret: bool = False


class TaskData(Wire):
    id: Id
    kind: Annotated[str, Field(max_length=64)]
    external_id: Annotated[str, Field(max_length=200)] | None = None
    payload: dict[str, Any]
    priority: Literal["low", "normal", "high", "urgent"] = "normal"
    due_at: datetime | None = None
    required_skill: Annotated[str, Field(max_length=64)] | None = None
    lease_no: int
    lease_expires_at: datetime


class CannedResponseData(Wire):
    kind: Annotated[str, Field(max_length=64)]
    code: Annotated[str, Field(max_length=64)]
    language: Annotated[str, Field(max_length=16)] = "en"
    category: Annotated[str, Field(max_length=64)] | None = None
    title: Annotated[str, Field(max_length=200)]
    body: Annotated[str, Field(max_length=20_000)]


class UserChange(Wire):
    type: Literal["user"] = "user"
    seq: int
    user: UserData


class TaskChange(Wire):
    type: Literal["task"] = "task"
    seq: int
    task: TaskData


class CannedResponseChange(Wire):
    type: Literal["canned_response"] = "canned_response"
    seq: int
    canned_response: CannedResponseData


class LeaseLostChange(Wire):
    """The task is no longer this PC's to do: drop it unless work on it began here.

    Its lease passed to another PC, or the task was closed (a result was accepted).
    """

    type: Literal["lease_lost"] = "lease_lost"
    seq: int
    task_id: Id
    lease_no: int


Change = Annotated[UserChange | TaskChange | CannedResponseChange | LeaseLostChange, Field(discriminator="type")]


class CenterData(Wire):
    id: Id
    name: ShortText
    lease_hours: int
    #: Days the PCs keep customers' personal data once the server confirmed the work.
    retention_days: Annotated[int, Field(ge=1, le=3650)] = 14


class PullReply(Wire):
    epoch: Id
    cursor: int
    more: bool
    changes: list[Change]
    center: CenterData
    last_applied_seq: int
    server_time: datetime
    #: Every lease this device holds lasts at least until then (server clock); on the first page only.
    leases_renewed_until: datetime | None = None
    #: See ``EnrollReply.sealing_public_key``; repeated here so enrolled PCs learn it (and a new one).
    sealing_public_key: Annotated[str, Field(max_length=128)] | None = None


# -- outbox export file -----------------------------------------------------------------------------
OUTBOX_EXPORT_FORMAT: Literal[1] = 1


class OutboxExport(Wire):
    """A PC's unsent work in a file, for the operator to apply when the PC cannot sync any more.

    Written on the PC (``deskclient export-outbox``), applied on the server
    (``deskclient-server import-outbox``).

    ``items`` are exactly what a push would send (bodies sealed or not, as they are in the outbox);
    the server applies them as a push from ``device_id``, so nothing is applied twice.
    """

    format: Literal["deskclient-outbox"] = "deskclient-outbox"
    format_version: Literal[1] = OUTBOX_EXPORT_FORMAT
    device_id: Id
    center_id: Id | None = None
    center_name: ShortText | None = None
    created_at: datetime
    items: list[PushItem]
