"""A worker's own figures: today and this week in the center's time zone, nobody else's work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from deskclient.domain.views import LoggedInUser
from deskclient.services.context import ServiceContext
from deskclient.services.stats import StatsService, day_and_week_start
from deskclient.services.work import WorkService
from tests.factories import GOOD_ANSWER, FakeClock, add_tickets

IST = timezone(timedelta(hours=5, minutes=30))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)


def submit_at(context: ServiceContext, clock: FakeClock, user: LoggedInUser, at: datetime, active_ms: int) -> None:
    clock.now = at
    work = WorkService(context)
    item = work.next_task(user)
    work.submit(user, item.task_id, GOOD_ANSWER, active_ms=active_ms)


def test_day_and_week_start_in_the_local_zone() -> None:
    # 2026-11-25 is a Wednesday; 20:00 UTC is already Thursday 01:30 in India.
    day, week = day_and_week_start(datetime(2026, 11, 25, 20, 0, tzinfo=UTC), IST)
    assert day == local(2026, 11, 26, 0, 0)
    assert week == local(2026, 11, 23, 0, 0)


def test_counts_and_averages_by_local_day_and_week(context: ServiceContext, clock: FakeClock,
                                                   amina: LoggedInUser, priya: LoggedInUser) -> None:
    add_tickets(context, 10)
    submit_at(context, clock, amina, local(2026, 11, 22, 23, 59), 9_000)  # Sunday: last week
    submit_at(context, clock, amina, local(2026, 11, 23, 0, 1), 4_000)  # Monday: this week
    submit_at(context, clock, amina, local(2026, 11, 24, 23, 59), 2_000)  # yesterday
    # 00:01 in India is still the previous day in UTC: a UTC day would miss these two.
    submit_at(context, clock, amina, local(2026, 11, 25, 0, 1), 1_000)
    submit_at(context, clock, amina, local(2026, 11, 25, 4, 0), 3_000)
    submit_at(context, clock, priya, local(2026, 11, 25, 9, 0), 100_000)  # someone else's
    clock.now = local(2026, 11, 25, 14, 30)
    stats = StatsService(context, local_zone=IST).for_worker(amina)
    assert (stats.today_count, stats.today_avg_handle_ms) == (2, 2_000)
    assert (stats.week_count, stats.week_avg_handle_ms) == (4, 2_500)
    assert (stats.today_escalated, stats.today_skipped) == (0, 0)


def test_escalations_and_skips_today(context: ServiceContext, clock: FakeClock, amina: LoggedInUser,
                                     priya: LoggedInUser) -> None:
    add_tickets(context, 6)
    work = WorkService(context)
    clock.now = local(2026, 11, 25, 10, 0)
    item = work.next_task(amina)
    work.escalate(amina, item.task_id, {"category": "security", "priority": "high", "internal_note": "fraud"}, 500)
    item = work.next_task(amina)
    work.skip(amina, item.task_id, "language", "", 100)
    item = work.next_task(priya)
    work.skip(priya, item.task_id, "unclear", "", 100)
    stats = StatsService(context, local_zone=IST).for_worker(amina)
    assert (stats.today_count, stats.today_escalated, stats.today_skipped) == (1, 1, 1)
    assert stats.today_avg_handle_ms == 500


def test_no_work_yet(context: ServiceContext, amina: LoggedInUser) -> None:
    stats = StatsService(context, local_zone=IST).for_worker(amina)
    assert (stats.today_count, stats.today_avg_handle_ms, stats.week_count, stats.week_avg_handle_ms) == (
        0, None, 0, None)
