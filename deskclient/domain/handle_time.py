"""Handle time that counts only active work.

A worker who reads a ticket, goes to lunch and comes back must not look slow, and a PC that loses
power must not lose the minutes already worked. The tracker counts the time between two input
events only when the gap is within the idle threshold; the total is saved with the draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_IDLE_THRESHOLD_MS = 60_000


@dataclass
class ActiveTimeTracker:
    """Accumulates active milliseconds from a stream of activity timestamps (monotonic ms)."""

    active_ms: int = 0
    idle_threshold_ms: int = DEFAULT_IDLE_THRESHOLD_MS
    _last_activity_ms: int | None = field(default=None, repr=False)

    def activity(self, now_ms: int) -> None:
        """Record input at ``now_ms``; counts the gap since the last input if it was short."""
        last = self._last_activity_ms
        if last is not None:
            gap = now_ms - last
            if 0 < gap <= self.idle_threshold_ms:
                self.active_ms += gap
        self._last_activity_ms = now_ms

    def pause(self) -> None:
        """Forget the last input (screen locked, task saved): the next gap is not counted."""
        self._last_activity_ms = None
