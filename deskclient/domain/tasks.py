"""Ordering and hand-out rules of the queue."""

from __future__ import annotations

from enum import StrEnum

#: Queue order: higher rank first.
PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
PRIORITY_BY_RANK = {rank: name for name, rank in PRIORITY_RANK.items()}
DEFAULT_PRIORITY = "normal"

#: A worker keeps at most this many unfinished tasks, so nobody hoards the queue on a shared PC.
MAX_DRAFTS_PER_WORKER = 5

#: Sort key of a task without a due date: after every real date.
NO_DUE_DATE_KEY = "9999-12-31T23:59:59"


class SkipReason(StrEnum):
    """Why a worker passed a task on."""

    LANGUAGE = "language"
    UNCLEAR = "unclear"
    NOT_TRAINED = "not_trained"
    CONFLICT_OF_INTEREST = "conflict_of_interest"
    OTHER = "other"


def priority_rank(priority: str | None) -> int:
    """Rank of a priority name; unknown names count as normal rather than failing the import."""
    return PRIORITY_RANK.get(priority or DEFAULT_PRIORITY, PRIORITY_RANK[DEFAULT_PRIORITY])
