"""Plain, frozen values handed to the UI: never ORM objects, safe to pass between threads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class UserCard:
    """A person shown on the login grid."""

    id: str
    display_name: str
    role: str
    language: str | None = None


@dataclass(frozen=True)
class LoggedInUser:
    """The person using the PC right now and their work session."""

    id: str
    display_name: str
    role: str
    session_id: str
    language: str | None = None
    #: A new account or a reset PIN: the person must choose their own PIN before anything else.
    must_change_secret: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue list; small on purpose (100,000 of them may be held)."""

    id: str
    title: str
    kind: str
    priority_rank: int
    due_at: datetime | None
    state: str
    kind_known: bool
    sort_key: tuple[Any, ...] = field(compare=False, repr=False, default=())


@dataclass(frozen=True)
class WorkItem:
    """Everything the work screen needs for one task."""

    task_id: str
    kind: str
    payload: Mapping[str, Any]
    priority: str
    due_at: datetime | None
    state: str
    draft: Mapping[str, Any]
    draft_active_ms: int
    review_comment: str | None = None


@dataclass(frozen=True)
class CannedResponse:
    """A reply template for a kind of task."""

    code: str
    title: str
    body: str
    category: str | None


@dataclass(frozen=True)
class WorkerStats:
    """A worker's own output, for the home screen."""

    today_count: int
    today_avg_handle_ms: int | None
    week_count: int
    week_avg_handle_ms: int | None
    today_escalated: int = 0
    today_skipped: int = 0


@dataclass(frozen=True)
class DraftSummary:
    """An unfinished task of the worker, for the home screen."""

    task_id: str
    title: str
    kind: str
    updated_at: datetime | None
    returned: bool = False


#: A PC clock further off than this is shown (work is never refused for it: times come from the server).
CLOCK_WARNING_MS = 5 * 60_000


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and ``deskclient status`` show about sync."""

    enrolled: bool
    server_url: str | None
    center_name: str | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    waiting: int
    needs_attention: int
    queue_depth: int
    epoch: str | None
    cursor: int
    clock_offset_ms: int | None
    unreachable_since: datetime | None
    secret_in_file: bool = False

    @property
    def clock_is_off(self) -> bool:
        """True when the PC's clock differs from the server's by more than five minutes: worth a warning."""
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_WARNING_MS

    @property
    def last_attempt_failed(self) -> bool:
        """Only when the newest attempt failed: every success clears the error (no clock involved)."""
        return self.last_error is not None
