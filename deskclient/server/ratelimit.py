"""Rate limits for the requests worth guessing at: enrollment codes, and pulls that hand out PIN verifiers.

A small token bucket per key, kept in this process's memory. Limits are therefore per server
process: with N processes behind a proxy an address gets up to N times the budget, and a restart
forgets every bucket. That is enough for its purpose (making a code or a stolen device token slow
to exploit), not an accounting of use. A front proxy can add a shared limit where that matters.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    """``burst`` tokens at most, refilled at one per ``per_s / burst`` seconds (``burst`` per ``per_s``)."""

    burst: int
    per_s: float

    @property
    def refill_per_s(self) -> float:
        return self.burst / self.per_s


@dataclass(frozen=True)
class RateLimits:
    """The server's limits; ``RateLimits.off()`` for a bench that must not be limited."""

    #: Refused enrollments (a wrong, used or expired code) per client address.
    enroll_failures_per_address: Rate = Rate(burst=10, per_s=3600.0)
    #: Attempts with one code, right or wrong (a PC retrying after a lost reply needs only a few).
    enroll_attempts_per_code: Rate = Rate(burst=10, per_s=3600.0)
    #: Pulls from the start of the feed that hand out the center's people and PIN verifiers, per device.
    full_pulls_per_device: Rate = Rate(burst=10, per_s=3600.0)
    #: Buckets kept per kind; the least recently used are forgotten past this (memory stays bounded).
    max_keys: int = 50_000
    enabled: bool = True

    @classmethod
    def off(cls) -> RateLimits:
        return cls(enabled=False)


class TokenBucket:
    """Buckets by key, thread-safe (FastAPI runs sync endpoints on a thread pool)."""

    def __init__(self, rate: Rate, max_keys: int = 50_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.max_keys = max_keys
        self.clock = clock
        self._lock = threading.Lock()
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, at)

    def _current(self, key: str, now: float) -> float:
        tokens, at = self._buckets.get(key, (float(self.rate.burst), now))
        return min(float(self.rate.burst), tokens + (now - at) * self.rate.refill_per_s)

    def retry_after(self, key: str, cost: float = 1.0) -> float:
        """0 when ``cost`` tokens are there now; otherwise the seconds until they are."""
        with self._lock:
            tokens = self._current(key, self.clock())
        return 0.0 if tokens >= cost else (cost - tokens) / self.rate.refill_per_s

    def take(self, key: str, cost: float = 1.0) -> float:
        """Spend ``cost`` tokens: 0 when they were there, else the seconds to wait (nothing spent)."""
        with self._lock:
            now = self.clock()
            tokens = self._current(key, now)
            if tokens < cost:
                return (cost - tokens) / self.rate.refill_per_s
            self._buckets[key] = (tokens - cost, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return 0.0

    def charge(self, key: str, cost: float = 1.0) -> None:
        """Spend ``cost`` tokens, down to empty at most (a refused attempt always costs)."""
        with self._lock:
            now = self.clock()
            self._buckets[key] = (max(0.0, self._current(key, now) - cost), now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)


class RateLimiter:
    """The server's buckets, one per kind of limit."""

    def __init__(self, limits: RateLimits | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits or RateLimits()
        self.enroll_failures = TokenBucket(self.limits.enroll_failures_per_address, self.limits.max_keys, clock)
        self.enroll_codes = TokenBucket(self.limits.enroll_attempts_per_code, self.limits.max_keys, clock)
        self.full_pulls = TokenBucket(self.limits.full_pulls_per_device, self.limits.max_keys, clock)

    @property
    def enabled(self) -> bool:
        return self.limits.enabled


def retry_after_header(seconds: float) -> str:
    """Whole seconds, at least 1 (HTTP's Retry-After takes an integer)."""
    return str(max(1, math.ceil(seconds)))
