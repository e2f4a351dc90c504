"""How long a shared PC refuses an account after wrong PINs.

A few honest typos cost nothing; after that each failure doubles the wait, so guessing a 6-digit
PIN on a PC left unattended takes years, while the real worker is back in at most a quarter hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LockoutPolicy:
    """Failures allowed before a lock, and how the lock grows."""

    free_attempts: int = 3
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(minutes=15)

    def delay_after(self, failures: int) -> timedelta:
        """The lock that follows the ``failures``-th consecutive failure (zero while still free)."""
        if failures < self.free_attempts:
            return timedelta(0)
        doublings = failures - self.free_attempts
        delay = self.first_delay * (2 ** min(doublings, 20))
        return min(delay, self.max_delay)

    def locked_until(self, failures: int, now: datetime) -> datetime | None:
        """When the account opens again after ``failures`` failures, or None if it is not locked."""
        delay = self.delay_after(failures)
        return now + delay if delay else None


DEFAULT_LOCKOUT = LockoutPolicy()
