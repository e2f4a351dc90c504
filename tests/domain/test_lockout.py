"""Lockout after wrong PINs: a few free tries, then a doubling wait with a ceiling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from deskclient.domain.lockout import DEFAULT_LOCKOUT, LockoutPolicy

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("failures", [0, 1, 2])
def test_free_attempts_cost_nothing(failures: int) -> None:
    assert DEFAULT_LOCKOUT.delay_after(failures) == timedelta(0)
    assert DEFAULT_LOCKOUT.locked_until(failures, NOW) is None


@pytest.mark.parametrize(("failures", "seconds"), [(3, 30), (4, 60), (5, 120), (6, 240), (7, 480)])
def test_each_failure_after_the_free_ones_doubles_the_wait(failures: int, seconds: int) -> None:
    assert DEFAULT_LOCKOUT.delay_after(failures) == timedelta(seconds=seconds)
    assert DEFAULT_LOCKOUT.locked_until(failures, NOW) == NOW + timedelta(seconds=seconds)


@pytest.mark.parametrize("failures", [8, 9, 30, 10_000])
def test_wait_is_capped(failures: int) -> None:
    assert DEFAULT_LOCKOUT.delay_after(failures) == timedelta(minutes=15)


def test_wait_never_shrinks_as_failures_grow() -> None:
    delays = [DEFAULT_LOCKOUT.delay_after(n) for n in range(0, 200)]
    assert delays == sorted(delays)


def test_custom_policy() -> None:
    policy = LockoutPolicy(free_attempts=1, first_delay=timedelta(seconds=5), max_delay=timedelta(seconds=12))
    assert policy.delay_after(0) == timedelta(0)
    assert [policy.delay_after(n).total_seconds() for n in (1, 2, 3, 4)] == [5, 10, 12, 12]
